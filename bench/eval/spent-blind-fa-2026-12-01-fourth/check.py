#!/usr/bin/env python3
"""Validator for fa.json (blind Persian Astana-format evaluation set).

Run: python3 check.py   -> prints counts and "OK", or lists problems and exits 1.
"""
import json
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "fa.json")

KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}

ZWNJ = "\u200c"
ARABIC_YEH_KAF = {"\u064a", "\u0643"}          # ي ك
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
ASCII_DIGITS = set("0123456789")
SENTENCE_END = set(".!?؟…")
SEMICOLONS = set(";؛")
EXTRA_PUNCT = set("«»\"'()[]{}-–—:،,;؛.!?؟…/")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_punct(ch):
    return ch in EXTRA_PUNCT or unicodedata.category(ch).startswith("P")


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(where, "text missing or empty")
        return
    if text != text.strip():
        err(where, "leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(where, "CR or tab in text")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p:
            err(where, f"empty paragraph {k + 1} (more than one blank line?)")
        if "\n" in p:
            err(where, f"single line break inside paragraph {k + 1}")
        if p != p.strip():
            err(where, f"paragraph {k + 1} has leading/trailing whitespace")
    for i, ch in enumerate(text):
        if ch == ZWNJ:
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if not (prev.isalpha() and nxt.isalpha()):
                err(where, f"ZWNJ not inside a word at offset {i}")
    if ZWNJ not in text:
        err(where, "no ZWNJ in text")


def check_snippet(where, s):
    ok = True
    if not isinstance(s, str) or not s:
        err(where, "snippet missing or not a string")
        return False
    n = len(s.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (need 3-7): {s!r}")
        ok = False
    if s != s.strip():
        err(where, f"snippet has leading/trailing whitespace: {s!r}")
        ok = False
    if is_punct(s[0]) or is_punct(s[-1]):
        err(where, f"snippet starts/ends with punctuation: {s!r}")
        ok = False
    if "\n" in s:
        err(where, f"line/paragraph break inside snippet: {s!r}")
        ok = False
    bad = [c for c in s if c in SENTENCE_END or c in SEMICOLONS]
    if bad:
        err(where, f"sentence end or semicolon inside snippet: {s!r}")
        ok = False
    return ok


def place(where, text, s, spans):
    occ = occurrences(text, s)
    if len(occ) != 1:
        err(where, f"snippet occurs {len(occ)} times (need exactly 1): {s!r}")
        return
    spans.append((occ[0], occ[0] + len(s), where, s))


def check_overlaps(where, spans):
    spans = sorted(spans)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(where, f"snippets overlap: {a[3]!r} ({a[2]}) / {b[3]!r} ({b[2]})")


def main():
    try:
        with open(PATH, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        print(f"cannot load {PATH}: {e}")
        sys.exit(1)
    if not isinstance(data, list):
        print("fa.json must be a JSON array")
        sys.exit(1)
    if len(data) != 7:
        err("file", f"{len(data)} pairs (need 7)")

    styles = Counter()
    kinds = Counter()
    slots = Counter()
    names = set()
    for pi, pair in enumerate(data):
        where = f"pair {pi + 1}"
        if not isinstance(pair, dict):
            err(where, "not an object")
            continue
        keys = set(pair)
        if keys != PAIR_KEYS:
            err(where, f"keys {sorted(keys)} (need {sorted(PAIR_KEYS)})")
        name = pair.get("name")
        where = f"pair {pi + 1} ({name})"
        if not isinstance(name, str) or not name:
            err(where, "name missing")
        elif name in names:
            err(where, "duplicate name")
        names.add(name)
        style = pair.get("style")
        if style not in STYLES:
            err(where, f"bad style {style!r}")
        styles[style] += 1
        old, new = pair.get("old", ""), pair.get("new", "")
        check_text(where + " old", old)
        check_text(where + " new", new)
        if not isinstance(old, str) or not isinstance(new, str):
            continue
        if old == new:
            err(where, "old and new are identical")

        # letters and digits
        def feats(t):
            return {
                "arabic_letters": any(c in ARABIC_YEH_KAF for c in t),
                "arabic_digits": any(c in ARABIC_INDIC_DIGITS for c in t),
                "persian_digits": any(c in PERSIAN_DIGITS for c in t),
                "ascii_digits": any(c in ASCII_DIGITS for c in t),
                "persian_letters": ("ی" in t and "ک" in t),
            }
        fo, fn = feats(old), feats(new)
        for side, f in (("old", fo), ("new", fn)):
            if f["ascii_digits"]:
                err(f"{where} {side}", "ASCII digits (use Persian digits)")
        if style == "cosmetic":
            marked = [side for side, f in (("old", fo), ("new", fn))
                      if f["arabic_letters"] or f["arabic_digits"]]
            if len(marked) != 1:
                err(where, f"cosmetic pair: exactly one text must use Arabic ي/ك and Arabic-Indic digits (found {marked})")
            else:
                f = fo if marked[0] == "old" else fn
                g = fn if marked[0] == "old" else fo
                if not (f["arabic_letters"] and f["arabic_digits"] and f["persian_digits"]):
                    err(where, "cosmetic variant text needs Arabic ي/ك and mixed Arabic-Indic/Persian digits")
                if not (g["persian_letters"] and g["persian_digits"]):
                    err(where, "cosmetic standard text needs Persian ی/ک and Persian digits")
        else:
            for side, f in (("old", fo), ("new", fn)):
                if f["arabic_letters"]:
                    err(f"{where} {side}", "Arabic ي/ك (use Persian ی/ک)")
                if f["arabic_digits"]:
                    err(f"{where} {side}", "Arabic-Indic digits (use Persian ۰-۹)")
                if not f["persian_digits"]:
                    err(f"{where} {side}", "no Persian digits")
                if not f["persian_letters"]:
                    err(f"{where} {side}", "no Persian ی/ک")

        spans = {"old": [], "new": []}
        texts = {"old": old, "new": new}
        exp = pair.get("expected")
        if not isinstance(exp, list) or not exp:
            err(where, "expected must be a non-empty list")
            exp = []
        for li, lab in enumerate(exp):
            lw = f"{where} label {li + 1}"
            if not isinstance(lab, dict):
                err(lw, "not an object")
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err(lw, f"bad kind {kind!r}")
                continue
            kinds[kind] += 1
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err(lw, f"unknown keys {sorted(set(lab) - allowed)}")
            if kind == "dropped":
                need = {"old"}
            elif kind == "added":
                need = {"new"}
            else:
                need = {"old", "new"}
            have = {k for k in ("old", "new") if k in lab}
            if have != need:
                err(lw, f"{kind} needs exactly {sorted(need)}, has {sorted(have)}")
            if kind in SLOTTED:
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(lw, f"bad or missing slot {slot!r}")
                else:
                    slots[slot] += 1
                if lab.get("old") == lab.get("new"):
                    err(lw, f"{kind} label with identical old/new snippets")
            elif "slot" in lab:
                err(lw, f"slot not allowed for {kind}")
            if style == "cosmetic" and kind != "unchanged":
                err(lw, "cosmetic pair labels must all be unchanged")
            for side in ("old", "new"):
                if side in lab and check_snippet(f"{lw} {side}", lab[side]):
                    place(f"{lw} {side}", texts[side], lab[side], spans[side])

        nc = pair.get("notCommitments")
        if not isinstance(nc, list) or not nc:
            err(where, "notCommitments must be a non-empty list")
            nc = []
        for ni, s in enumerate(nc):
            nw = f"{where} notCommitment {ni + 1}"
            if not check_snippet(nw, s):
                continue
            found = False
            for side in ("old", "new"):
                c = len(occurrences(texts[side], s))
                if c > 1:
                    err(nw, f"occurs {c} times in {side}: {s!r}")
                elif c == 1:
                    found = True
                    place(f"{nw} {side}", texts[side], s, spans[side])
            if not found:
                err(nw, f"occurs in neither text: {s!r}")
        for side in ("old", "new"):
            check_overlaps(f"{where} {side}", spans[side])

    for st, n in STYLES.items():
        if styles[st] != n:
            err("file", f"{styles[st]} pairs of style {st} (need {n})")
    changed = sum(n for k, n in kinds.items() if k != "unchanged")
    if changed < 45:
        err("file", f"only {changed} labels that are not unchanged (need >= 45)")
    for k in sorted(KINDS - set(kinds)):
        err("file", f"kind never used: {k}")
    for s in sorted(SLOTS - set(slots)):
        err("file", f"slot never used: {s}")

    print("pairs by style:", dict(styles))
    print("labels by kind:", dict(sorted(kinds.items())),
          "| total", sum(kinds.values()), "| not unchanged", changed)
    print("slots:", dict(sorted(slots.items())))
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
