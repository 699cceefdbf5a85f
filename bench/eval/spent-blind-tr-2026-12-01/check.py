#!/usr/bin/env python3
"""Validator for the Turkish blind set (tr.json).

Checks: JSON shape, kinds and slots, snippet length (3-7 words), that every
snippet occurs exactly once in its text (notCommitments: at most once in each
text, at least once overall), that no snippet crosses a sentence end, a
semicolon or a paragraph break, that label snippets do not overlap each other
or a notCommitment in the same text, that each text has 5-12 paragraphs
separated by exactly one blank line, pair/style counts, and coverage of every
kind and slot. Prints counts by kind and slot.

Usage: python3 check.py [path/to/tr.json]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "tr.json")

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
# Subjects a snippet must not start with (snippets start after the subject).
SUBJECTS = {"taraflar", "taraflar,", "garantör", "garantörler", "garantörler,",
            "türkiye", "türkiye,", "rusya", "iran", "i̇ran", "i̇ran"}

# A sentence end is . ! ? … (optionally followed by a closing quote) followed by
# whitespace. A period right after a digit is an ordinal ("21. tur") or a
# clock time, not a sentence end.
SENT_END = re.compile(r"(?<!\d)[.!?…][”»\"’']?\s")

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip):
    if not isinstance(snip, str) or not snip.strip():
        err(f"{where}: empty or non-string snippet")
        return False
    if snip != snip.strip():
        err(f"{where}: leading/trailing whitespace in {snip!r}")
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words (need 3-7): {snip!r}")
    if "\n" in snip:
        err(f"{where}: crosses a paragraph break: {snip!r}")
    if ";" in snip or "؛" in snip:
        err(f"{where}: crosses a semicolon: {snip!r}")
    if SENT_END.search(snip):
        err(f"{where}: crosses a sentence end: {snip!r}")
    return True


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: missing text")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    for k, p in enumerate(paras):
        if not p.strip():
            err(f"{where}: empty paragraph {k + 1}")
        if "\n" in p:
            err(f"{where}: paragraph {k + 1} has a line break inside")
        if p != p.strip():
            err(f"{where}: paragraph {k + 1} has stray whitespace")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")


def main():
    with open(PATH, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level must be a JSON array")
        return None
    kinds, slots, kind_slot = Counter(), Counter(), Counter()
    styles, names = Counter(), set()
    n_not = 0
    for pi, pair in enumerate(data):
        name = pair.get("name", f"#{pi}")
        if not isinstance(name, str) or not name.startswith("tr-"):
            err(f"{name}: name must start with 'tr-'")
        if name in names:
            err(f"{name}: duplicate name")
        names.add(name)
        extra = set(pair) - {"name", "style", "old", "new", "expected", "notCommitments"}
        if extra:
            err(f"{name}: unknown keys {sorted(extra)}")
        style = pair.get("style")
        if style not in STYLES:
            err(f"{name}: bad style {style!r}")
        styles[style] += 1
        texts = {"old": pair.get("old"), "new": pair.get("new")}
        for side, t in texts.items():
            check_text(f"{name}.{side}", t)
        if texts["old"] == texts["new"]:
            err(f"{name}: old and new are identical")
        spans = {"old": [], "new": []}
        exp = pair.get("expected")
        if not isinstance(exp, list) or not exp:
            err(f"{name}: expected must be a non-empty list")
            exp = []
        for li, lab in enumerate(exp):
            where = f"{name}.expected[{li}]"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
                continue
            extra = set(lab) - {"kind", "old", "new", "slot"}
            if extra:
                err(f"{where}: unknown keys {sorted(extra)}")
            need = {"added": ["new"], "dropped": ["old"]}.get(kind, ["old", "new"])
            for side in ("old", "new"):
                if side in need and side not in lab:
                    err(f"{where}: {kind} needs '{side}'")
                if side not in need and side in lab:
                    err(f"{where}: {kind} must not have '{side}'")
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(f"{where}: {kind} needs a valid slot, got {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
                    kind_slot[(kind, lab["slot"])] += 1
            elif "slot" in lab:
                err(f"{where}: {kind} must not have a slot")
            if style == "cosmetic" and kind != "unchanged":
                err(f"{where}: cosmetic pairs hold only 'unchanged' labels")
            kinds[kind] += 1
            for side in need:
                snip = lab.get(side)
                if not check_snippet(f"{where}.{side}", snip):
                    continue
                first = snip.split()[0].lower()
                if first in SUBJECTS:
                    err(f"{where}.{side}: snippet starts at the subject: {snip!r}")
                occ = occurrences(texts[side] or "", snip)
                if len(occ) != 1:
                    err(f"{where}.{side}: occurs {len(occ)} times in {side}: {snip!r}")
                else:
                    spans[side].append((occ[0], occ[0] + len(snip), snip))
        nots = pair.get("notCommitments", [])
        if not isinstance(nots, list):
            err(f"{name}: notCommitments must be a list")
            nots = []
        if len(set(nots)) != len(nots):
            err(f"{name}: duplicate notCommitments")
        for ni, snip in enumerate(nots):
            where = f"{name}.notCommitments[{ni}]"
            n_not += 1
            if not check_snippet(where, snip):
                continue
            total = 0
            for side in ("old", "new"):
                occ = occurrences(texts[side] or "", snip)
                if len(occ) > 1:
                    err(f"{where}: occurs {len(occ)} times in {side}: {snip!r}")
                for o in occ:
                    spans[side].append((o, o + len(snip), "NOT:" + snip))
                total += len(occ)
            if total == 0:
                err(f"{where}: occurs in neither text: {snip!r}")
        for side in ("old", "new"):
            sp = sorted(spans[side])
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(f"{name}.{side}: overlapping snippets {a[2]!r} / {b[2]!r}")
    for st, n in STYLES.items():
        if styles[st] != n:
            err(f"need {n} '{st}' pairs, found {styles[st]}")
    missing_k = KINDS - set(kinds)
    if missing_k:
        err(f"kinds never used: {sorted(missing_k)}")
    missing_s = SLOTS - set(slots)
    if missing_s:
        err(f"slots never used: {sorted(missing_s)}")
    non_unch = sum(v for k, v in kinds.items() if k != "unchanged")
    if non_unch < 45:
        err(f"only {non_unch} labels that are not 'unchanged' (need >= 45)")
    return kinds, slots, kind_slot, styles, n_not, non_unch, len(data)


if __name__ == "__main__":
    res = main()
    if res:
        kinds, slots, kind_slot, styles, n_not, non_unch, npairs = res
        print(f"pairs: {npairs} " + ", ".join(f"{k}={styles[k]}" for k in STYLES))
        print(f"labels: {sum(kinds.values())} (not unchanged: {non_unch}); notCommitments: {n_not}")
        print("by kind: " + ", ".join(f"{k}={kinds[k]}" for k in
              ["added", "dropped", "softened", "strengthened", "reworded", "unchanged"]))
        print("by slot: " + ", ".join(f"{s}={slots[s]}" for s in sorted(SLOTS)))
        print("by kind/slot: " + ", ".join(f"{k}/{s}={n}" for (k, s), n in sorted(kind_slot.items())))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")
