#!/usr/bin/env python3
"""Validate fr.json (blind French evaluation set). Prints OK or a list of errors."""
import json, os, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster", "hedge",
         "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
ACCENTED = set("àâäéèêëîïôöùûüçÿœæÀÂÄÉÈÊËÎÏÔÖÙÛÜÇŸŒÆ")
errors = []

def err(msg):
    errors.append(msg)

def nwords(s):
    return len(s.split())

def occurrences(text, sub):
    n, i = 0, text.find(sub)
    spans = []
    while i != -1:
        n += 1
        spans.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return spans

def check_snippet(where, s):
    ok = True
    if not isinstance(s, str) or not s:
        err(f"{where}: snippet missing or not a string"); return False
    if not (3 <= nwords(s) <= 7):
        err(f"{where}: {s!r} has {nwords(s)} words (need 3-7)"); ok = False
    if not (s[0].isalnum() and s[-1].isalnum()):
        err(f"{where}: {s!r} has leading/trailing punctuation or space"); ok = False
    for bad in (".", ";", "!", "?", "\n"):
        if bad in s:
            err(f"{where}: {s!r} contains {bad!r} (sentence end / semicolon / break)"); ok = False
    return ok

def check_text(where, t):
    if not isinstance(t, str):
        err(f"{where}: not a string"); return
    if t != t.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\n\n\n" in t:
        err(f"{where}: more than one blank line between paragraphs")
    paras = t.split("\n\n")
    if not (5 <= len(paras) <= 12):
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p.strip():
            err(f"{where} para {k+1}: empty")
        if "\n" in p:
            err(f"{where} para {k+1}: single line break inside")
        if p != p.strip():
            err(f"{where} para {k+1}: leading/trailing spaces")

def main():
    path = os.path.join(HERE, "fr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level is not an array"); return
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    styles = Counter()
    names = set()
    kinds, slots = Counter(), Counter()
    nonunchanged = 0
    has_nbsp = has_thin = has_plain = has_noaccent_cosmetic = False
    for pi, pair in enumerate(data):
        name = pair.get("name", f"#{pi}")
        where = f"pair {name}"
        if set(pair) != {"name", "style", "old", "new", "expected", "notCommitments"}:
            err(f"{where}: keys {sorted(pair)}")
            continue
        if name in names:
            err(f"{where}: duplicate name")
        names.add(name)
        style = pair["style"]
        if style not in STYLES:
            err(f"{where}: bad style {style!r}")
        styles[style] += 1
        old, new = pair["old"], pair["new"]
        check_text(f"{where} old", old)
        check_text(f"{where} new", new)
        if old == new:
            err(f"{where}: old and new identical")
        for t in (old, new):
            if "«\u00a0" in t or "\u00a0»" in t: has_nbsp = True
            if "«\u202f" in t or "\u202f»" in t: has_thin = True
            if '"' in t: has_plain = True
        if style == "cosmetic" and (not any(c in ACCENTED for c in old) or not any(c in ACCENTED for c in new)):
            has_noaccent_cosmetic = True
        spans = {"old": [], "new": []}
        texts = {"old": old, "new": new}
        exp = pair["expected"]
        if not isinstance(exp, list) or not exp:
            err(f"{where}: expected empty"); exp = []
        for li, lab in enumerate(exp):
            lw = f"{where} label {li+1}"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{lw}: bad kind {kind!r}"); continue
            kinds[kind] += 1
            if kind != "unchanged":
                nonunchanged += 1
            if style == "cosmetic" and kind != "unchanged":
                err(f"{lw}: cosmetic pair label must be unchanged")
            allowed = {"kind"}
            if kind == "dropped":
                need = {"old"}
            elif kind == "added":
                need = {"new"}
            else:
                need = {"old", "new"}
            if kind in ("softened", "strengthened", "reworded"):
                need = need | {"slot"}
            if set(lab) != allowed | need:
                err(f"{lw}: keys {sorted(lab)} but kind {kind} needs {sorted(allowed | need)}")
            if "slot" in lab:
                if lab["slot"] not in SLOTS:
                    err(f"{lw}: bad slot {lab['slot']!r}")
                else:
                    slots[lab["slot"]] += 1
            for side in ("old", "new"):
                if side in lab:
                    s = lab[side]
                    if not check_snippet(f"{lw} {side}", s):
                        continue
                    occ = occurrences(texts[side], s)
                    if len(occ) != 1:
                        err(f"{lw} {side}: {s!r} occurs {len(occ)} times in {side} text")
                    else:
                        spans[side].append((occ[0], s))
        nc = pair["notCommitments"]
        if not isinstance(nc, list) or not nc:
            err(f"{where}: notCommitments empty"); nc = []
        for ni, s in enumerate(nc):
            nw = f"{where} notCommitment {ni+1}"
            if not check_snippet(nw, s):
                continue
            found = False
            for side in ("old", "new"):
                occ = occurrences(texts[side], s)
                if len(occ) > 1:
                    err(f"{nw}: {s!r} occurs {len(occ)} times in {side} text")
                elif len(occ) == 1:
                    found = True
                    spans[side].append((occ[0], s))
            if not found:
                err(f"{nw}: {s!r} found in neither text")
        for side in ("old", "new"):
            sp = sorted(spans[side])
            for (a, sa), (b, sb) in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(f"{where} {side}: snippets overlap: {sa!r} / {sb!r}")
    for st, n in STYLES.items():
        if styles[st] != n:
            err(f"style {st}: {styles[st]} pairs (need {n})")
    if nonunchanged < 45:
        err(f"only {nonunchanged} non-unchanged labels (need >= 45)")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")
    if not has_nbsp: err("no « » with no-break spaces")
    if not has_thin: err("no « » with thin spaces")
    if not has_plain: err('no plain " " quotes')
    if not has_noaccent_cosmetic: err("cosmetic pair has no text typed without accents")
    if "-v" in sys.argv:
        print("labels:", sum(kinds.values()), "non-unchanged:", nonunchanged)
        print("kinds:", dict(sorted(kinds.items())))
        print("slots:", dict(sorted(slots.items())))

main()
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
