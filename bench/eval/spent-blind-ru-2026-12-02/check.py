#!/usr/bin/env python3
"""Validator for the blind Russian evaluation set ru.json (illustrative Astana-format texts)."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PUNCT = ".,;:!?…—–-«»„“”\"'()[]/ "
errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip):
    out, start = [], 0
    while True:
        i = text.find(snip, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def word_boundary_ok(text, i, snip):
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(snip)] if i + len(snip) < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def check_snippet(where, text, snip, spans):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: empty or non-string snippet")
        return
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words, need 3-7: {snip!r}")
    if snip != snip.strip() or snip[0] in PUNCT or snip[-1] in PUNCT:
        err(f"{where}: leading/trailing space or punctuation: {snip!r}")
    if "\n" in snip or ";" in snip:
        err(f"{where}: line break or semicolon inside: {snip!r}")
    if re.search(r"[.!?…](\s|$)", snip):
        err(f"{where}: sentence end inside: {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(f"{where}: occurs {len(occ)} times (need exactly 1): {snip!r}")
        return
    i = occ[0]
    if not word_boundary_ok(text, i, snip):
        err(f"{where}: does not start/end at a word boundary: {snip!r}")
    spans.append((i, i + len(snip), where, snip))


def check_overlaps(pname, side, spans):
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(f"{pname}/{side}: overlapping snippets {a[3]!r} and {b[3]!r}")


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: not a string")
        return
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs, need 5-12")
    for k, p in enumerate(paras):
        if not p:
            err(f"{where}: empty paragraph {k} (more than one blank line?)")
        if "\n" in p:
            err(f"{where}: single line break inside paragraph {k}")
        if p != p.strip():
            err(f"{where}: leading/trailing whitespace in paragraph {k}")
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace in text")
    if not re.search(r"[А-Яа-яЁё]", text):
        err(f"{where}: no Cyrillic text")


def main():
    path = os.path.join(HERE, "ru.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        print("ru.json must be a JSON array")
        return 1
    if len(data) != 7:
        err(f"need 7 pairs, found {len(data)}")
    styles = Counter()
    kinds, slots = Counter(), Counter()
    names = set()
    for idx, p in enumerate(data):
        pname = p.get("name", f"#{idx}")
        if set(p) != {"name", "style", "old", "new", "expected", "notCommitments"}:
            err(f"{pname}: keys must be name, style, old, new, expected, notCommitments; got {sorted(p)}")
        if pname in names:
            err(f"{pname}: duplicate name")
        names.add(pname)
        style = p.get("style")
        styles[style] += 1
        if style not in STYLES:
            err(f"{pname}: bad style {style!r}")
        old, new = p.get("old", ""), p.get("new", "")
        check_text(f"{pname}/old", old)
        check_text(f"{pname}/new", new)
        if old == new:
            err(f"{pname}: old and new are identical")
        spans = {"old": [], "new": []}
        exp = p.get("expected", [])
        if not isinstance(exp, list) or not exp:
            err(f"{pname}: expected must be a non-empty list")
            exp = []
        for j, lab in enumerate(exp):
            where = f"{pname}/expected[{j}]"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
                continue
            kinds[kind] += 1
            allowed = {"kind"}
            if kind == "dropped":
                allowed |= {"old"}
            elif kind == "added":
                allowed |= {"new"}
            else:
                allowed |= {"old", "new"}
            if kind in SLOTTED:
                allowed |= {"slot"}
            if set(lab) != allowed:
                err(f"{where}: keys for {kind} must be {sorted(allowed)}, got {sorted(lab)}")
            if kind in SLOTTED:
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(f"{where}: bad slot {slot!r}")
                else:
                    slots[slot] += 1
            if "old" in lab:
                check_snippet(f"{where}.old", old, lab["old"], spans["old"])
            if "new" in lab:
                check_snippet(f"{where}.new", new, lab["new"], spans["new"])
            if style == "cosmetic" and kind != "unchanged":
                err(f"{where}: cosmetic pairs may only have unchanged labels")
        nc = p.get("notCommitments", [])
        if not isinstance(nc, list) or not nc:
            err(f"{pname}: notCommitments must be a non-empty list")
            nc = []
        for j, snip in enumerate(nc):
            where = f"{pname}/notCommitments[{j}]"
            found = False
            for side, text in (("old", old), ("new", new)):
                if isinstance(snip, str) and snip in text:
                    found = True
                    check_snippet(f"{where}.{side}", text, snip, spans[side])
            if not found:
                err(f"{where}: occurs in neither text: {snip!r}")
        check_overlaps(pname, "old", spans["old"])
        check_overlaps(pname, "new", spans["new"])
    for s, n in STYLES.items():
        if styles[s] != n:
            err(f"need {n} {s} pairs, found {styles[s]}")
    nonun = sum(v for k, v in kinds.items() if k != "unchanged")
    if nonun < 45:
        err(f"need at least 45 labels that are not unchanged, found {nonun}")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind never used: {k}")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot never used: {s}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("pairs:", dict(styles))
    print("kinds:", dict(sorted(kinds.items())), "| not unchanged:", nonun, "| total:", sum(kinds.values()))
    print("slots:", dict(sorted(slots.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
