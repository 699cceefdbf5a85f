#!/usr/bin/env python3
"""Validator for tr.json (blind Turkish evaluation set). Prints OK or a list of errors."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
STYLE_COUNTS = {"statement": 4, "press": 2, "cosmetic": 1}
TR_LETTERS = set("ıİşŞğĞçÇöÖüÜ")

errors = []


def err(msg):
    errors.append(msg)


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: text missing")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras, 1):
        if not p:
            err(f"{where}: empty paragraph {i}")
        if "\n" in p:
            err(f"{where}: single line break in paragraph {i}")
        if p != p.strip():
            err(f"{where}: paragraph {i} has leading/trailing spaces")
        if "\t" in p or "\r" in p:
            err(f"{where}: tab or CR in paragraph {i}")


def snippet_ok(where, s, text):
    """Checks one snippet against one text; returns its span or None."""
    if not isinstance(s, str) or not s:
        err(f"{where}: snippet missing")
        return None
    n = len(s.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words: {s!r}")
    if "\n" in s:
        err(f"{where}: paragraph break inside: {s!r}")
    if ";" in s:
        err(f"{where}: semicolon inside: {s!r}")
    for m in re.finditer(r"[.!?…](?=\s)", s):
        if not (m.group() == "." and m.start() > 0 and s[m.start() - 1].isdigit()):
            err(f"{where}: sentence end inside: {s!r}")
    if not (s[0].isalnum() and s[-1].isalnum()):
        err(f"{where}: leading/trailing punctuation: {s!r}")
    if s != s.strip():
        err(f"{where}: leading/trailing space: {s!r}")
    c = text.count(s)
    if c != 1:
        err(f"{where}: occurs {c} times (need exactly 1): {s!r}")
        return None
    start = text.index(s)
    return (start, start + len(s), s)


def check_overlaps(where, spans):
    spans = sorted(spans)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(f"{where}: snippets overlap: {a[2]!r} / {b[2]!r}")


def main():
    path = os.path.join(HERE, "tr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level is not an array")
        data = []
    styles = Counter(p.get("style") for p in data)
    if dict(styles) != STYLE_COUNTS:
        err(f"style counts {dict(styles)} != {STYLE_COUNTS}")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("duplicate pair names")

    kinds, slots = Counter(), Counter()
    for p in data:
        name = p.get("name", "?")
        if set(p) != PAIR_KEYS:
            err(f"{name}: keys {sorted(p)}")
            continue
        old, new = p["old"], p["new"]
        check_text(f"{name}/old", old)
        check_text(f"{name}/new", new)
        if old == new:
            err(f"{name}: old and new identical")
        # letters
        for side, text in (("old", old), ("new", new)):
            if p["style"] == "cosmetic" and side == "old":
                continue
            if not TR_LETTERS & set(text):
                err(f"{name}/{side}: no Turkish letters")
            if re.search(r"\bTurkiye\b|\bTurkey\b", text):
                err(f"{name}/{side}: 'Türkiye' misspelt")
        spans = {"old": [], "new": []}
        exp = p["expected"]
        if not isinstance(exp, list) or not exp:
            err(f"{name}: expected empty")
            exp = []
        for i, lab in enumerate(exp):
            w = f"{name}/expected[{i}]"
            k = lab.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k!r}")
                continue
            kinds[k] += 1
            want = {"kind"}
            if k in ("unchanged",) or k in SLOTTED:
                want |= {"old", "new"}
            if k == "dropped":
                want |= {"old"}
            if k == "added":
                want |= {"new"}
            if k in SLOTTED:
                want |= {"slot"}
            if set(lab) != want:
                err(f"{w}: keys {sorted(lab)} (want {sorted(want)})")
            if k in SLOTTED:
                sl = lab.get("slot")
                if sl not in SLOTS:
                    err(f"{w}: bad slot {sl!r}")
                else:
                    slots[sl] += 1
            if p["style"] == "cosmetic" and k != "unchanged":
                err(f"{w}: cosmetic pair label not unchanged")
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = snippet_ok(f"{w}.{side}", lab[side], text)
                    if sp:
                        spans[side].append(sp)
        nc = p["notCommitments"]
        if not isinstance(nc, list) or not nc:
            err(f"{name}: notCommitments empty")
            nc = []
        for i, s in enumerate(nc):
            w = f"{name}/notCommitments[{i}]"
            found = False
            for side, text in (("old", old), ("new", new)):
                if isinstance(s, str) and s in text:
                    found = True
                    sp = snippet_ok(f"{w}.{side}", s, text)
                    if sp:
                        spans[side].append(sp)
            if not found:
                err(f"{w}: not found in old or new: {s!r}")
                snippet_ok(w, s, old)  # report word-count etc. problems too
        check_overlaps(f"{name}/old", spans["old"])
        check_overlaps(f"{name}/new", spans["new"])

    non_unchanged = sum(v for k, v in kinds.items() if k != "unchanged")
    if non_unchanged < 45:
        err(f"only {non_unchanged} labels that are not unchanged (need >= 45)")
    missing_k = KINDS - set(kinds)
    if missing_k:
        err(f"kinds never used: {sorted(missing_k)}")
    missing_s = SLOTS - set(slots)
    if missing_s:
        err(f"slots never used: {sorted(missing_s)}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("kinds:", dict(sorted(kinds.items())))
    print("slots:", dict(sorted(slots.items())))
    print("not unchanged:", non_unchanged, "total labels:", sum(kinds.values()))
    print("OK")


if __name__ == "__main__":
    main()
