#!/usr/bin/env python3
"""Validator for fa.json (blind Persian evaluation set). Prints OK or the list of problems."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
ZWNJ = "\u200c"
AR_YEH, AR_KAF = "\u064a", "\u0643"
ASCII_DIGITS = set("0123456789")
AR_INDIC = set("٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
SENT_END = set(".!?؟؛;\n")
errors = []

def err(msg):
    errors.append(msg)

def is_wordchar(c):
    return c == ZWNJ or c.isalnum() or unicodedata.category(c).startswith("M")

def occurrences(text, s):
    n, i = [], text.find(s)
    while i != -1:
        n.append(i)
        i = text.find(s, i + 1)
    return n

def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty or not a string"); return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p:
            err(f"{where}: empty paragraph {k+1} (more than one blank line?)")
        if "\n" in p:
            err(f"{where}: single line break in paragraph {k+1}")
        if p != p.strip():
            err(f"{where}: paragraph {k+1} has leading/trailing spaces")
        if "  " in p:
            err(f"{where}: double space in paragraph {k+1}")
    if ZWNJ not in text:
        err(f"{where}: no ZWNJ")
    if "\r" in text or "\t" in text:
        err(f"{where}: CR or tab")

def check_snippet(where, text, s):
    """returns span or None"""
    if not isinstance(s, str) or not s:
        err(f"{where}: snippet missing/empty"); return None
    words = s.split()
    if not 3 <= len(words) <= 7:
        err(f"{where}: {len(words)} words: «{s}»")
    if s != s.strip():
        err(f"{where}: leading/trailing space: «{s}»")
    if any(c in SENT_END for c in s):
        err(f"{where}: sentence end/semicolon/line break inside: «{s}»")
    if not (s[0].isalnum() and s[-1].isalnum()):
        err(f"{where}: leading/trailing punctuation: «{s}»")
    occ = occurrences(text, s)
    if len(occ) != 1:
        err(f"{where}: occurs {len(occ)} times (need 1): «{s}»")
        return None
    i = occ[0]; j = i + len(s)
    if (i > 0 and is_wordchar(text[i-1])) or (j < len(text) and is_wordchar(text[j])):
        err(f"{where}: does not start/end at a word boundary: «{s}»")
    return (i, j)

def check_overlaps(where, spans):
    spans = sorted(spans)
    for (a, b, la), (c, d, lc) in zip(spans, spans[1:]):
        if c < b:
            err(f"{where}: snippets overlap: {la} and {lc}")

def main(path):
    try:
        data = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        print("cannot read", path, e); return 1
    if not isinstance(data, list):
        err("top level is not an array"); data = []
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    styles = Counter(p.get("style") for p in data)
    for st, n in STYLES.items():
        if styles.get(st, 0) != n:
            err(f"style {st}: {styles.get(st, 0)} pairs (need {n})")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("duplicate pair names")
    kinds, slots = Counter(), Counter()
    for pi, p in enumerate(data):
        nm = p.get("name", f"#{pi}")
        keys = set(p)
        need = {"name", "style", "old", "new", "expected", "notCommitments"}
        if keys != need:
            err(f"{nm}: keys {sorted(keys)} (need {sorted(need)})")
            if not need <= keys: continue
        if not isinstance(p["name"], str) or not p["name"]:
            err(f"pair {pi}: bad name")
        if p["style"] not in STYLES:
            err(f"{nm}: bad style {p['style']}")
        old, new = p["old"], p["new"]
        check_text(f"{nm}.old", old); check_text(f"{nm}.new", new)
        if old == new:
            err(f"{nm}: old and new identical")
        # orthography
        texts = {"old": old, "new": new}
        if p["style"] != "cosmetic":
            for w, t in texts.items():
                if AR_YEH in t or AR_KAF in t:
                    err(f"{nm}.{w}: Arabic yeh/kaf found")
                if set(t) & (ASCII_DIGITS | AR_INDIC):
                    err(f"{nm}.{w}: non-Persian digits found")
                if not set(t) & FA_DIGITS:
                    err(f"{nm}.{w}: no Persian digits")
        else:
            arabic = [w for w, t in texts.items() if AR_YEH in t or AR_KAF in t]
            if len(arabic) != 1:
                err(f"{nm}: exactly one cosmetic text must use Arabic yeh/kaf (found {arabic})")
            else:
                a = texts[arabic[0]]; o = texts["new" if arabic[0] == "old" else "old"]
                if not (set(a) & AR_INDIC and set(a) & FA_DIGITS):
                    err(f"{nm}.{arabic[0]}: needs mixed Arabic-Indic and Persian digits")
                if AR_YEH in o or AR_KAF in o or set(o) & (AR_INDIC | ASCII_DIGITS):
                    err(f"{nm}: the other cosmetic text must be plain Persian")
                if "ی" not in o or "ک" not in o:
                    err(f"{nm}: plain text lacks Persian yeh/kaf")
                if set(o) & ASCII_DIGITS or not set(o) & FA_DIGITS:
                    err(f"{nm}: plain text digits must be Persian")
        spans = {"old": [], "new": []}
        exp = p["expected"]
        if not isinstance(exp, list) or not exp:
            err(f"{nm}: expected empty"); exp = []
        for li, l in enumerate(exp):
            w = f"{nm}.expected[{li}]"
            k = l.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k}"); continue
            kinds[k] += 1
            allowed = {"kind", "old", "new", "slot"}
            if set(l) - allowed:
                err(f"{w}: extra keys {set(l) - allowed}")
            if k == "dropped":
                if "old" not in l or "new" in l: err(f"{w}: dropped needs only old")
            elif k == "added":
                if "new" not in l or "old" in l: err(f"{w}: added needs only new")
            else:
                if "old" not in l or "new" not in l: err(f"{w}: {k} needs old and new")
            if k in SLOTTED:
                if l.get("slot") not in SLOTS: err(f"{w}: slot missing/bad: {l.get('slot')}")
                else: slots[l["slot"]] += 1
            elif "slot" in l:
                err(f"{w}: slot not allowed for {k}")
            if k in SLOTTED and l.get("old") == l.get("new"):
                err(f"{w}: {k} but old and new snippets are identical")
            if p["style"] == "cosmetic" and k != "unchanged":
                err(f"{w}: cosmetic pair label must be unchanged")
            for side in ("old", "new"):
                if side in l:
                    sp = check_snippet(f"{w}.{side}", texts[side], l[side])
                    if sp: spans[side].append((sp[0], sp[1], f"expected[{li}].{side}"))
        nc = p["notCommitments"]
        if not isinstance(nc, list) or not nc:
            err(f"{nm}: notCommitments empty"); nc = []
        if len(set(nc)) != len(nc):
            err(f"{nm}: duplicate notCommitments")
        for ni, s in enumerate(nc):
            w = f"{nm}.notCommitments[{ni}]"
            found = False
            for side, t in texts.items():
                if isinstance(s, str) and s in t:
                    found = True
                    sp = check_snippet(f"{w}.{side}", t, s)
                    if sp: spans[side].append((sp[0], sp[1], f"notCommitments[{ni}]"))
            if not found:
                err(f"{w}: occurs in neither text: «{s}»")
        for side in spans:
            check_overlaps(f"{nm}.{side}", spans[side])
    nonun = sum(v for k, v in kinds.items() if k != "unchanged")
    if nonun < 45:
        err(f"only {nonun} labels that are not unchanged (need 45)")
    for k in KINDS:
        if not kinds[k]: err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]: err(f"slot {s} never used")
    if errors:
        for e in errors: print(e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"kinds: {dict(sorted(kinds.items()))}")
    print(f"slots: {dict(sorted(slots.items()))}")
    print(f"pairs: {len(data)}, labels: {sum(kinds.values())}, not unchanged: {nonun}")
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "fa.json")))
