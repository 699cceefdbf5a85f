#!/usr/bin/env python3
"""Validator for the blind Persian set (fa.json).

Checks: JSON shape, styles, kinds and slots, snippet rules (3-7 words,
exactly one occurrence in its text, no sentence end / semicolon / paragraph
break inside), notCommitments (at most once in each text, at least once in
one), non-overlap of snippets within a text, 5-12 paragraphs separated by
exactly one blank line, Persian letter/digit hygiene outside the cosmetic
pair, and the set-level minimums of the brief. Prints label counts.

Usage: python3 check.py [fa.json]
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
# sentence ends, semicolons (Latin and Arabic-script), line breaks
BREAKERS = set(".!?؟;؛\n\r…")
ARABIC_LETTERS = set("يك")             # Arabic yeh / kaf
ARABIC_INDIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")  # U+0660-0669 (not Persian)
ASCII_DIGITS = set("0123456789")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def occurrences(text, snip):
    """Count overlapping occurrences; return (count, list of start offsets)."""
    starts, i = [], text.find(snip)
    while i != -1:
        starts.append(i)
        i = text.find(snip, i + 1)
    return len(starts), starts


def check_snippet(where, snip, text):
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing or not a string")
        return None
    if snip != snip.strip():
        err(where, f"leading/trailing whitespace in {snip!r}")
    bad = BREAKERS.intersection(snip)
    if bad:
        err(where, f"snippet {snip!r} crosses a sentence end/semicolon/break {sorted(bad)}")
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"snippet {snip!r} has {n} words (need 3-7)")
    count, starts = occurrences(text, snip)
    if count != 1:
        err(where, f"snippet {snip!r} occurs {count} times (need exactly 1)")
        return None
    return (starts[0], starts[0] + len(snip))


def check_paragraphs(where, text):
    if text != text.strip():
        err(where, "text has leading/trailing whitespace")
    if "\r" in text:
        err(where, "carriage return in text")
    if re.search(r"\n[ \t\u200c]*\n[ \t\u200c]*\n", text):
        err(where, "more than one blank line between paragraphs")
    paras = text.split("\n\n")
    for k, p in enumerate(paras):
        if not p.strip():
            err(where, f"paragraph {k + 1} is empty")
        if "\n" in p:
            err(where, f"paragraph {k + 1} contains a single line break")
        if p != p.strip():
            err(where, f"paragraph {k + 1} has surrounding whitespace")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    return len(paras)


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list) or not data:
        err("file", "top level must be a non-empty JSON array")
        return Counter(), Counter(), Counter()
    kinds, slots, styles = Counter(), Counter(), Counter()
    kind_slot = Counter()
    names = set()
    for i, pair in enumerate(data):
        name = pair.get("name", f"#{i}")
        where = name
        if not isinstance(pair, dict):
            err(where, "pair is not an object")
            continue
        extra = set(pair) - {"name", "style", "old", "new", "expected", "notCommitments"}
        if extra:
            err(where, f"unexpected keys {sorted(extra)}")
        if not isinstance(pair.get("name"), str) or not pair["name"].startswith("fa-"):
            err(where, "name must be a string starting with 'fa-'")
        if name in names:
            err(where, "duplicate name")
        names.add(name)
        style = pair.get("style")
        if style not in STYLES:
            err(where, f"bad style {style!r}")
        styles[style] += 1
        texts = {}
        for side in ("old", "new"):
            t = pair.get(side)
            if not isinstance(t, str) or not t:
                err(where, f"{side} text missing")
                t = ""
            texts[side] = t
            check_paragraphs(f"{where}/{side}", t)
            if ARABIC_INDIC_DIGITS.intersection(t):
                err(f"{where}/{side}", "Arabic-Indic digits (U+0660-0669) found; use Persian ۰-۹")
            if style != "cosmetic":
                if ARABIC_LETTERS.intersection(t):
                    err(f"{where}/{side}", "Arabic ي/ك found outside the cosmetic pair")
                if ASCII_DIGITS.intersection(t):
                    err(f"{where}/{side}", "Western digits found outside the cosmetic pair")
        if style == "cosmetic" and texts["old"] == texts["new"]:
            err(where, "cosmetic pair has identical texts")

        spans = {"old": [], "new": []}
        exp = pair.get("expected")
        if not isinstance(exp, list) or not exp:
            err(where, "expected must be a non-empty list")
            exp = []
        for j, lab in enumerate(exp):
            lw = f"{where}/expected[{j}]"
            if not isinstance(lab, dict):
                err(lw, "label is not an object")
                continue
            extra = set(lab) - {"kind", "old", "new", "slot"}
            if extra:
                err(lw, f"unexpected keys {sorted(extra)}")
            kind = lab.get("kind")
            if kind not in KINDS:
                err(lw, f"bad kind {kind!r}")
                continue
            kinds[kind] += 1
            if kind in SLOTTED:
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(lw, f"bad or missing slot {slot!r} for {kind}")
                else:
                    slots[slot] += 1
                    kind_slot[(kind, slot)] += 1
            elif "slot" in lab:
                err(lw, f"slot given for kind {kind}")
            need_old = kind != "added"
            need_new = kind != "dropped"
            for side, need in (("old", need_old), ("new", need_new)):
                if need and side not in lab:
                    err(lw, f"{kind} label needs an {side} snippet")
                if not need and side in lab:
                    err(lw, f"{kind} label must not have an {side} snippet")
                if need and side in lab:
                    span = check_snippet(f"{lw}/{side}", lab[side], texts[side])
                    if span:
                        spans[side].append((span, f"{lw}/{side}"))
            if style == "cosmetic" and kind != "unchanged":
                err(lw, "cosmetic pairs may only hold unchanged labels")

        # labelled commitments must not overlap one another
        for side in ("old", "new"):
            ss = sorted(spans[side])
            for (a, wa), (b, wb) in zip(ss, ss[1:]):
                if b[0] < a[1]:
                    err(where, f"{wa} overlaps {wb}")

        nc = pair.get("notCommitments")
        if not isinstance(nc, list):
            err(where, "notCommitments must be a list")
            nc = []
        if style == "press" and len(nc) < 5:
            err(where, "press pair should list headline, dateline, byline, frames, quotes")
        seen = set()
        for j, s in enumerate(nc):
            nw = f"{where}/notCommitments[{j}]"
            if not isinstance(s, str) or not s:
                err(nw, "not a string")
                continue
            if s in seen:
                err(nw, "duplicate entry")
            seen.add(s)
            bad = BREAKERS.intersection(s)
            if bad:
                err(nw, f"{s!r} crosses a sentence end/semicolon/break")
            n = len(s.split())
            if not 3 <= n <= 7:
                err(nw, f"{s!r} has {n} words (need 3-7)")
            co = occurrences(texts["old"], s)[0]
            cn = occurrences(texts["new"], s)[0]
            if co > 1 or cn > 1:
                err(nw, f"{s!r} occurs {co}x in old, {cn}x in new (max 1 each)")
            if co + cn == 0:
                err(nw, f"{s!r} occurs in neither text")
            # a not-commitment must not overlap a labelled commitment
            for side, c in (("old", co), ("new", cn)):
                if c == 1:
                    a = texts[side].find(s)
                    b = a + len(s)
                    for (x, y), w in spans[side]:
                        if a < y and x < b:
                            err(nw, f"{s!r} overlaps {w}")

    # set-level requirements of the brief
    if len(data) != 7:
        err("set", f"{len(data)} pairs (need 7)")
    want = {"statement": 4, "press": 2, "cosmetic": 1}
    for st, n in want.items():
        if styles[st] != n:
            err("set", f"{styles[st]} {st} pairs (need {n})")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err("set", f"only {changed} labels that are not unchanged (need 45)")
    for k in KINDS - {"unchanged"}:
        if not kinds[k]:
            err("set", f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err("set", f"slot {s} never used")
    return kinds, slots, kind_slot


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "fa.json")
    kinds, slots, kind_slot = main(path)
    total = sum(kinds.values())
    changed = total - kinds["unchanged"]
    print(f"labels: {total} (not unchanged: {changed})")
    print("by kind: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
    print("by slot: " + ", ".join(f"{s}={slots[s]}" for s in sorted(slots)))
    print("by kind/slot: " + ", ".join(f"{k}/{s}={n}" for (k, s), n in sorted(kind_slot.items())))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")
