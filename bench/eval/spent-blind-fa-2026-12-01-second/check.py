#!/usr/bin/env python3
"""Validator for the blind Persian evaluation set (fa.json).

Checks:
  * JSON shape: a list of pairs with name, style, old, new, expected, notCommitments
  * style is statement / press / cosmetic; names are unique
  * kinds and slots (slot required for softened/strengthened/reworded, absent otherwise)
  * which snippet fields each kind carries (added: new; dropped: old; others: both)
  * every snippet: 3-7 whitespace-separated words, no sentence end / semicolon /
    line break inside, occurs exactly once in its text, starts and ends on word
    boundaries
  * notCommitments: same copying rules, at most once in each text, at least in one
  * label snippets of one text do not overlap each other or a notCommitment
  * each text has 5-12 paragraphs separated by exactly one blank line
  * the set as a whole: >= 45 labels that are not `unchanged`, every kind and
    every slot used

Usage: python3 check.py [path/to/fa.json]
Exit status 0 when everything passes.
"""
import json
import os
import sys
import unicodedata
from collections import Counter

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
# sentence ends, semicolons (Latin and Arabic script), ellipsis, line breaks
BREAKERS = set(".!?؟;؛…\n\r")
ZWNJ = "\u200c"
ZWJ = "\u200d"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_word_char(ch):
    if ch in (ZWNJ, ZWJ):
        return True
    if ch.isalnum():
        return True
    return unicodedata.category(ch) in ("Mn", "Mc")


def occurrences(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet_form(where, snip):
    if not isinstance(snip, str) or not snip:
        err(where, "snippet must be a non-empty string")
        return False
    ok = True
    if snip != snip.strip():
        err(where, f"leading/trailing whitespace in {snip!r}")
        ok = False
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"{n} words (need 3-7): {snip!r}")
        ok = False
    bad = sorted(set(snip) & BREAKERS)
    if bad:
        err(where, f"crosses a sentence end/semicolon/break {bad!r}: {snip!r}")
        ok = False
    return ok


def boundary_ok(text, start, end):
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        return False
    if end < len(text) and is_word_char(text[end]) and is_word_char(text[end - 1]):
        return False
    return True


def check_paragraphs(where, text):
    if not isinstance(text, str) or not text:
        err(where, "text must be a non-empty string")
        return
    if text != text.strip():
        err(where, "text has leading/trailing whitespace")
    if "\r" in text:
        err(where, "text contains \\r")
    if "\n\n\n" in text:
        err(where, "paragraphs separated by more than one blank line")
    paras = text.split("\n\n")
    for k, p in enumerate(paras):
        if not p.strip():
            err(where, f"empty paragraph #{k + 1}")
        elif p != p.strip():
            err(where, f"paragraph #{k + 1} has surrounding whitespace")
        if "\n" in p:
            err(where, f"paragraph #{k + 1} contains a single line break")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list) or not data:
        err("file", "top level must be a non-empty JSON array")
        return Counter(), Counter(), Counter()

    kinds, slots, styles = Counter(), Counter(), Counter()
    names = Counter()
    for pi, pair in enumerate(data):
        where = f"pair[{pi}]"
        if not isinstance(pair, dict):
            err(where, "pair must be an object")
            continue
        name = pair.get("name")
        where = f"pair[{pi}] {name}"
        names[name] += 1
        allowed = {"name", "style", "old", "new", "expected", "notCommitments"}
        for k in pair:
            if k not in allowed:
                err(where, f"unknown key {k!r}")
        for k in allowed:
            if k not in pair:
                err(where, f"missing key {k!r}")
        if not isinstance(name, str) or not name.startswith("fa-"):
            err(where, "name must be a string starting with 'fa-'")
        style = pair.get("style")
        if style not in STYLES:
            err(where, f"bad style {style!r}")
        styles[style] += 1
        texts = {"old": pair.get("old", ""), "new": pair.get("new", "")}
        for side in ("old", "new"):
            check_paragraphs(f"{where} [{side}]", texts[side])
        if texts["old"] == texts["new"]:
            err(where, "old and new are identical")

        spans = {"old": [], "new": []}
        expected = pair.get("expected", [])
        if not isinstance(expected, list) or not expected:
            err(where, "expected must be a non-empty list")
            expected = []
        for li, lab in enumerate(expected):
            lw = f"{where} expected[{li}]"
            if not isinstance(lab, dict):
                err(lw, "label must be an object")
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err(lw, f"bad kind {kind!r}")
                continue
            kinds[kind] += 1
            for k in lab:
                if k not in ("kind", "old", "new", "slot"):
                    err(lw, f"unknown key {k!r}")
            if kind in SLOTTED:
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(lw, f"bad or missing slot {slot!r}")
                else:
                    slots[(kind, slot)] += 1
            elif "slot" in lab:
                err(lw, f"kind {kind} must not carry a slot")
            need = {"added": ("new",), "dropped": ("old",)}.get(kind, ("old", "new"))
            for side in ("old", "new"):
                if side in need and side not in lab:
                    err(lw, f"kind {kind} needs an {side!r} snippet")
                if side not in need and side in lab:
                    err(lw, f"kind {kind} must not have an {side!r} snippet")
            if style == "cosmetic" and kind != "unchanged":
                err(lw, "cosmetic pairs may only hold unchanged labels")
            for side in need:
                snip = lab.get(side)
                sw = f"{lw} [{side}]"
                if not check_snippet_form(sw, snip):
                    continue
                occ = occurrences(texts[side], snip)
                if len(occ) != 1:
                    err(sw, f"occurs {len(occ)} times in {side} (need exactly 1): {snip!r}")
                    continue
                s, e = occ[0], occ[0] + len(snip)
                if not boundary_ok(texts[side], s, e):
                    err(sw, f"does not start/end on a word boundary: {snip!r}")
                for (s2, e2, w2) in spans[side]:
                    if s < e2 and s2 < e:
                        err(sw, f"overlaps another label snippet ({w2}): {snip!r}")
                spans[side].append((s, e, sw))

        ncs = pair.get("notCommitments", [])
        if not isinstance(ncs, list):
            err(where, "notCommitments must be a list")
            ncs = []
        seen = set()
        for ni, snip in enumerate(ncs):
            nw = f"{where} notCommitments[{ni}]"
            if snip in seen:
                err(nw, f"duplicate entry {snip!r}")
            seen.add(snip)
            if not check_snippet_form(nw, snip):
                continue
            total = 0
            for side in ("old", "new"):
                occ = occurrences(texts[side], snip)
                total += len(occ)
                if len(occ) > 1:
                    err(nw, f"occurs {len(occ)} times in {side} (max 1): {snip!r}")
                for s in occ:
                    e = s + len(snip)
                    if not boundary_ok(texts[side], s, e):
                        err(nw, f"not on a word boundary in {side}: {snip!r}")
                    for (s2, e2, w2) in spans[side]:
                        if s < e2 and s2 < e:
                            err(nw, f"overlaps a commitment snippet ({w2}) in {side}: {snip!r}")
            if total == 0:
                err(nw, f"occurs in neither text: {snip!r}")

    for n, c in names.items():
        if c > 1:
            err("file", f"duplicate pair name {n!r}")

    # whole-set requirements
    non_unchanged = sum(v for k, v in kinds.items() if k != "unchanged")
    if non_unchanged < 45:
        err("set", f"only {non_unchanged} labels that are not unchanged (need >= 45)")
    for k in sorted(KINDS - set(kinds)):
        err("set", f"kind {k!r} never used")
    used_slots = {s for (_, s) in slots}
    for s in sorted(SLOTS - used_slots):
        err("set", f"slot {s!r} never used")
    return kinds, slots, styles


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "fa.json")
    kinds, slots, styles = main(path)
    print(f"pairs by style: {dict(sorted(styles.items()))}")
    print(f"labels by kind: {dict(sorted(kinds.items()))}  total={sum(kinds.values())}"
          f"  not-unchanged={sum(v for k, v in kinds.items() if k != 'unchanged')}")
    by_slot = Counter()
    for (k, s), v in slots.items():
        by_slot[s] += v
    print(f"labels by slot: {dict(sorted(by_slot.items()))}")
    print("by kind/slot: " + ", ".join(f"{k}/{s}={v}" for (k, s), v in sorted(slots.items())))
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK")
