#!/usr/bin/env python3
"""Validator for the blind Russian evaluation set ru.json (communique-diff).

Checks the label format described in README.md and prints OK when all checks pass.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip):
    """Start offsets of all (possibly overlapping) case-insensitive occurrences."""
    t, s = text.lower(), snip.lower()
    out, i = [], t.find(s)
    while i != -1:
        out.append(i)
        i = t.find(s, i + 1)
    return out


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty or not a string")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras):
        if not p:
            err(f"{where}: empty paragraph {i}")
        if "\n" in p or "\r" in p:
            err(f"{where}: single line break in paragraph {i}")
        if p != p.strip():
            err(f"{where}: paragraph {i} has leading/trailing spaces")
        if "  " in p or "\t" in p:
            err(f"{where}: paragraph {i} has double spaces or tabs")
    if not re.search("[А-Яа-яЁё]", text):
        err(f"{where}: no Cyrillic text")


def check_snippet(where, text, snip):
    """Validate one snippet; return its (start, end) span in text or None."""
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet missing or not a string")
        return None
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words in {snip!r} (need 3-7)")
    if snip != snip.strip() or "  " in snip:
        err(f"{where}: bad spacing in {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(f"{where}: leading/trailing punctuation in {snip!r}")
    if re.search(r"[.!?…;\n]", snip):
        err(f"{where}: sentence end, semicolon or line break inside {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(f"{where}: {snip!r} occurs {len(occ)} times (need exactly 1)")
        return None
    s = occ[0]
    e = s + len(snip)
    # must not cut a word at either edge
    if s > 0 and text[s - 1].isalnum():
        err(f"{where}: {snip!r} starts inside a word")
    if e < len(text) and text[e].isalnum():
        err(f"{where}: {snip!r} ends inside a word")
    return (s, e)


def check_overlaps(where, spans):
    spans = sorted((sp, sn) for sp, sn in spans if sp)
    for (a, sa), (b, sb) in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(f"{where}: snippets overlap: {sa!r} / {sb!r}")


def main():
    path = os.path.join(HERE, "ru.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        err("top level is not a JSON array")
        data = []
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    styles = Counter(p.get("style") for p in data)
    for st, n in STYLES.items():
        if styles[st] != n:
            err(f"style {st}: {styles[st]} pairs (need {n})")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("pair names not unique")

    kinds, slots, kind_slot = Counter(), Counter(), Counter()
    all_text = ""
    for p in data:
        name = p.get("name", "?")
        if set(p) != PAIR_KEYS:
            err(f"{name}: keys {sorted(p)} (need {sorted(PAIR_KEYS)})")
        for side in ("old", "new"):
            check_text(f"{name}.{side}", p.get(side))
        old, new = p.get("old", ""), p.get("new", "")
        all_text += old + new
        if old == new:
            err(f"{name}: old and new are identical")
        spans = {"old": [], "new": []}
        exp = p.get("expected", [])
        if not exp:
            err(f"{name}: no expected labels")
        for i, lab in enumerate(exp):
            w = f"{name}.expected[{i}]"
            k = lab.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k!r}")
                continue
            need = {"kind"}
            if k == "dropped":
                need |= {"old"}
            elif k == "added":
                need |= {"new"}
            else:
                need |= {"old", "new"}
            if k in SLOTTED:
                need |= {"slot"}
                if lab.get("slot") not in SLOTS:
                    err(f"{w}: bad slot {lab.get('slot')!r}")
            if set(lab) != need:
                err(f"{w}: keys {sorted(lab)} (need {sorted(need)})")
            kinds[k] += 1
            if k in SLOTTED:
                slots[lab.get("slot")] += 1
                kind_slot[(k, lab.get("slot"))] += 1
            if p.get("style") == "cosmetic" and k != "unchanged":
                err(f"{w}: cosmetic pair label is not unchanged")
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{w}.{side}", text, lab[side])
                    spans[side].append((sp, lab[side]))
        ncs = p.get("notCommitments", [])
        if not ncs:
            err(f"{name}: no notCommitments")
        for i, sn in enumerate(ncs):
            w = f"{name}.notCommitments[{i}]"
            found = False
            for side, text in (("old", old), ("new", new)):
                if isinstance(sn, str) and occurrences(text, sn):
                    found = True
                    sp = check_snippet(f"{w}.{side}", text, sn)
                    spans[side].append((sp, sn))
            if not found:
                err(f"{w}: {sn!r} occurs in neither text")
        for side in ("old", "new"):
            check_overlaps(f"{name}.{side}", spans[side])

    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (need >= 45)")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")
    for ch in ("ё", "«", "»", "„", "“"):
        if ch not in all_text:
            err(f"character {ch} never occurs")

    if "-v" in sys.argv:
        print("kinds:", dict(sorted(kinds.items())))
        print("slots:", dict(sorted(slots.items())))
        print("kind/slot:", {f"{a}/{b}": n for (a, b), n in sorted(kind_slot.items())})
        print("labels:", sum(kinds.values()), "not unchanged:", changed)
        for p in data:
            c = Counter(l.get("kind") for l in p.get("expected", []))
            print(p.get("name"), p.get("style"), dict(c),
                  "notCommitments:", len(p.get("notCommitments", [])))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
