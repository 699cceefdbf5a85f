#!/usr/bin/env python3
"""Validate tr.json (blind Turkish evaluation set for communique-diff).

Usage: python3 check.py [path/to/tr.json]
Prints OK and exits 0 when every rule holds; otherwise lists the problems.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
MIN_CHANGED = 45
TURKISH = set("İıŞşĞğÇçÖöÜü")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(where, "text missing or empty")
        return
    if text != text.strip():
        err(where, "leading or trailing whitespace")
    if "\r" in text or "\t" in text:
        err(where, "carriage return or tab in text")
    if "\n\n\n" in text:
        err(where, "more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras, 1):
        if "\n" in p:
            err(where, f"paragraph {i} contains a single line break")
        if p != p.strip() or not p.strip():
            err(where, f"paragraph {i} has leading/trailing spaces or is empty")


def occurrences(text, snip):
    out, start = [], 0
    while True:
        i = text.find(snip, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def check_snippet_form(where, snip):
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing or not a string")
        return False
    ok = True
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (need 3-7): {snip!r}")
        ok = False
    m = len(re.findall(r"\w+", snip))
    if not 3 <= m <= 7:
        err(where, f"snippet has {m} letter/digit runs (need 3-7 either way): {snip!r}")
        ok = False
    if snip != snip.strip():
        err(where, f"snippet has leading/trailing space: {snip!r}")
        ok = False
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(where, f"snippet starts or ends with punctuation: {snip!r}")
        ok = False
    if re.search(r"[.!?;\n]", snip):
        err(where, f"snippet contains a sentence end, semicolon or break: {snip!r}")
        ok = False
    return ok


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("file", "top level is not a JSON array")
        return
    if len(data) != 7:
        err("file", f"{len(data)} pairs (need 7)")

    styles = Counter()
    kinds = Counter()
    slots = Counter()
    kind_slot = Counter()
    names = set()

    for pi, pair in enumerate(data):
        pw = f"pair[{pi}]"
        if not isinstance(pair, dict):
            err(pw, "not an object")
            continue
        keys = set(pair)
        if keys != PAIR_KEYS:
            err(pw, f"keys {sorted(keys)} != {sorted(PAIR_KEYS)}")
        name = pair.get("name")
        pw = f"pair[{pi}] {name}"
        if not isinstance(name, str) or not name:
            err(pw, "name missing")
        elif name in names:
            err(pw, "duplicate name")
        names.add(name)
        style = pair.get("style")
        if style not in STYLES:
            err(pw, f"bad style {style!r}")
        styles[style] += 1

        texts = {"old": pair.get("old", ""), "new": pair.get("new", "")}
        for side, t in texts.items():
            check_text(f"{pw} {side}", t)
            if isinstance(t, str):
                if "Turkiye" in t and style != "cosmetic":
                    err(f"{pw} {side}", "'Turkiye' without ü outside the cosmetic pair")
                if not (TURKISH & set(t)):
                    err(f"{pw} {side}", "no Turkish letters at all")
        if texts["old"] == texts["new"]:
            err(pw, "old and new are identical")

        spans = {"old": [], "new": []}  # (start, end, label)

        def locate(side, snip, label):
            t = texts[side]
            if not isinstance(t, str):
                return
            occ = occurrences(t, snip)
            if len(occ) != 1:
                err(pw, f"{label}: {side} snippet occurs {len(occ)} times: {snip!r}")
                return
            spans[side].append((occ[0], occ[0] + len(snip), f"{label} {snip!r}"))

        expected = pair.get("expected")
        if not isinstance(expected, list) or not expected:
            err(pw, "expected missing or empty")
            expected = []
        for li, lab in enumerate(expected):
            lw = f"expected[{li}]"
            if not isinstance(lab, dict):
                err(pw, f"{lw} not an object")
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err(pw, f"{lw} bad kind {kind!r}")
                continue
            kinds[kind] += 1
            allowed = {"kind"}
            if kind == "dropped":
                need = {"old"}
            elif kind == "added":
                need = {"new"}
            else:
                need = {"old", "new"}
            allowed |= need
            if kind in SLOTTED:
                allowed.add("slot")
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(pw, f"{lw} {kind} needs a valid slot, got {slot!r}")
                else:
                    slots[slot] += 1
                    kind_slot[(kind, slot)] += 1
            elif "slot" in lab:
                err(pw, f"{lw} {kind} must not have a slot")
            for k in need:
                if k not in lab:
                    err(pw, f"{lw} {kind} lacks {k!r}")
            extra = set(lab) - allowed
            if extra:
                err(pw, f"{lw} {kind} has unexpected keys {sorted(extra)}")
            if style == "cosmetic" and kind != "unchanged":
                err(pw, f"{lw} cosmetic pair label is {kind}, must be unchanged")
            if kind in SLOTTED and lab.get("old") == lab.get("new"):
                err(pw, f"{lw} {kind} but old and new snippets are identical")
            for side in ("old", "new"):
                if side in lab and side in need:
                    if check_snippet_form(f"{pw} {lw} {side}", lab[side]):
                        locate(side, lab[side], lw)

        nc = pair.get("notCommitments")
        if not isinstance(nc, list) or not nc:
            err(pw, "notCommitments missing or empty")
            nc = []
        if len(set(nc)) != len(nc):
            err(pw, "duplicate notCommitments")
        for ni, snip in enumerate(nc):
            nw = f"notCommitments[{ni}]"
            if not check_snippet_form(f"{pw} {nw}", snip):
                continue
            found = False
            for side in ("old", "new"):
                t = texts[side]
                if not isinstance(t, str):
                    continue
                occ = occurrences(t, snip)
                if len(occ) > 1:
                    err(pw, f"{nw}: occurs {len(occ)} times in {side}: {snip!r}")
                elif len(occ) == 1:
                    found = True
                    spans[side].append((occ[0], occ[0] + len(snip), f"{nw} {snip!r}"))
            if not found:
                err(pw, f"{nw}: found in neither text: {snip!r}")

        for side, sp in spans.items():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(pw, f"overlapping snippets in {side}: {a[2]} / {b[2]}")

    for st, n in STYLES.items():
        if styles[st] != n:
            err("file", f"{styles[st]} {st} pairs (need {n})")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < MIN_CHANGED:
        err("file", f"only {changed} labels are not unchanged (need {MIN_CHANGED})")
    for k in KINDS:
        if not kinds[k]:
            err("file", f"kind {k!r} never used")
    for s in SLOTS:
        if not slots[s]:
            err("file", f"slot {s!r} never used")

    return kinds, slots, kind_slot, changed, styles


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "tr.json")
    res = main(path)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    kinds, slots, kind_slot, changed, styles = res
    print("pairs by style:", dict(styles))
    print("labels by kind:", dict(sorted(kinds.items())))
    print("changed labels:", changed)
    print("slots:", dict(sorted(slots.items())))
    print("kind/slot:", {f"{k}/{s}": n for (k, s), n in sorted(kind_slot.items())})
    print("OK")
