#!/usr/bin/env python3
"""Validator for the dev-fr-tr-fa-2026-12-01 label files.

Checks: JSON shape, kinds and slots, that every snippet (label or notCommitments)
has 3-7 words, does not cross a sentence end, a semicolon or a paragraph break,
that each label snippet occurs exactly once in its text (notCommitments: at most
once in each text and at least once overall), that label snippets do not overlap
each other or a notCommitments snippet, and that each text has 5-12 paragraphs
separated by exactly one blank line. Prints counts by kind and slot.

Usage: python3 check.py [--markdown]
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"fr": "fr.json", "tr": "tr.json", "fa": "fa.json"}
KINDS = ["added", "dropped", "softened", "strengthened", "reworded", "unchanged"]
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 3, "press": 1, "cosmetic": 1}
MIN_CHANGED = 28
# A sentence end: . ! ? ؟ … (optionally followed by closing quotes/brackets) and
# then whitespace. A period right after a digit is an ordinal or list number
# ("21. Astana toplantısı", "1. Ont réaffirmé") and is not counted.
SENT_END = re.compile(r"(?:(?<!\d)\.|[!?؟…])[\"'»”’)\]]*\s")
HARD_BREAK = re.compile(r"[;؛\n\r]")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def words(snippet):
    return [t for t in snippet.split() if re.search(r"\w", t)]


def find_all(text, snippet):
    out, i = [], text.find(snippet)
    while i != -1:
        out.append((i, i + len(snippet)))
        i = text.find(snippet, i + 1)
    return out


def check_snippet_shape(where, snip):
    if not isinstance(snip, str) or not snip:
        err(where, "snippet must be a non-empty string")
        return False
    if snip != snip.strip():
        err(where, f"snippet has leading/trailing space: {snip!r}")
    n = len(words(snip))
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (need 3-7): {snip!r}")
    if HARD_BREAK.search(snip):
        err(where, f"snippet crosses a semicolon or paragraph break: {snip!r}")
    if SENT_END.search(snip + " "):
        err(where, f"snippet crosses or ends on a sentence end: {snip!r}")
    return True


def check_text(where, text):
    if not isinstance(text, str):
        err(where, "text must be a string")
        return
    if text != text.strip():
        err(where, "text has leading/trailing whitespace")
    if "\r" in text:
        err(where, "text contains carriage returns")
    if "\n\n\n" in text:
        err(where, "paragraphs must be separated by exactly one blank line")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"text has {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras, 1):
        if not p.strip():
            err(where, f"paragraph {k} is empty")
        elif p != p.strip():
            err(where, f"paragraph {k} has leading/trailing whitespace")
        if "\n" in p:
            err(where, f"paragraph {k} contains a line break (paragraphs are single lines)")


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check_file(lang, path, counts):
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        err(path, f"cannot load JSON: {exc}")
        return
    if not isinstance(data, list):
        err(path, "top level must be an array of pairs")
        return
    styles = collections.Counter()
    names = set()
    kinds_seen, slots_seen = collections.Counter(), collections.Counter()
    for i, p in enumerate(data):
        where = f"{lang}[{i}]"
        if not isinstance(p, dict):
            err(where, "pair must be an object")
            continue
        extra = set(p) - {"name", "style", "old", "new", "expected", "notCommitments"}
        if extra:
            err(where, f"unknown keys {sorted(extra)}")
        name = p.get("name")
        where = f"{lang}:{name}"
        if not isinstance(name, str) or not name.startswith(f"{lang}-"):
            err(where, f"name must start with '{lang}-'")
        if name in names:
            err(where, "duplicate name")
        names.add(name)
        style = p.get("style")
        if style not in STYLES:
            err(where, f"bad style {style!r}")
        styles[style] += 1
        texts = {"old": p.get("old"), "new": p.get("new")}
        for side, t in texts.items():
            check_text(f"{where}.{side}", t)
        if not all(isinstance(t, str) for t in texts.values()):
            continue
        if texts["old"] == texts["new"]:
            err(where, "old and new are identical")
        spans = {"old": [], "new": []}
        exp = p.get("expected")
        if not isinstance(exp, list) or not exp:
            err(where, "expected must be a non-empty array")
            exp = []
        for j, lab in enumerate(exp):
            lw = f"{where}.expected[{j}]"
            if not isinstance(lab, dict):
                err(lw, "label must be an object")
                continue
            extra = set(lab) - {"kind", "old", "new", "slot"}
            if extra:
                err(lw, f"unknown keys {sorted(extra)}")
            kind = lab.get("kind")
            if kind not in KINDS:
                err(lw, f"bad kind {kind!r}")
                continue
            need = {"added": {"new"}, "dropped": {"old"}}.get(kind, {"old", "new"})
            for side in ("old", "new"):
                if side in need and side not in lab:
                    err(lw, f"kind {kind} needs an '{side}' snippet")
                if side not in need and side in lab:
                    err(lw, f"kind {kind} must not have an '{side}' snippet")
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(lw, f"kind {kind} needs a slot from {SLOTS}, got {lab.get('slot')!r}")
                else:
                    slots_seen[lab["slot"]] += 1
                    counts["slot"][(lang, kind, lab["slot"])] += 1
            elif "slot" in lab:
                err(lw, f"kind {kind} must not have a slot")
            if style == "cosmetic" and kind != "unchanged":
                err(lw, "cosmetic pairs may only hold 'unchanged' labels")
            kinds_seen[kind] += 1
            counts["kind"][(lang, kind)] += 1
            for side in ("old", "new"):
                if side not in lab:
                    continue
                snip = lab[side]
                if not check_snippet_shape(f"{lw}.{side}", snip):
                    continue
                hits = find_all(texts[side], snip)
                if len(hits) != 1:
                    err(lw, f"{side} snippet occurs {len(hits)} times in {side}: {snip!r}")
                    continue
                for other, osnip in spans[side]:
                    if overlaps(hits[0], other):
                        err(lw, f"{side} snippet overlaps label snippet {osnip!r}: {snip!r}")
                spans[side].append((hits[0], snip))
        ncs = p.get("notCommitments")
        if not isinstance(ncs, list):
            err(where, "notCommitments must be an array")
            ncs = []
        if style == "press" and len(ncs) < 5:
            err(where, "press pairs need several notCommitments")
        for j, snip in enumerate(ncs):
            nw = f"{where}.notCommitments[{j}]"
            if not check_snippet_shape(nw, snip):
                continue
            total = 0
            for side in ("old", "new"):
                hits = find_all(texts[side], snip)
                total += len(hits)
                if len(hits) > 1:
                    err(nw, f"occurs {len(hits)} times in {side}: {snip!r}")
                for h in hits:
                    for other, osnip in spans[side]:
                        if overlaps(h, other):
                            err(nw, f"overlaps commitment snippet {osnip!r} in {side}: {snip!r}")
            if total == 0:
                err(nw, f"occurs in neither text: {snip!r}")
    for style, n in STYLES.items():
        if styles[style] != n:
            err(lang, f"needs {n} '{style}' pair(s), has {styles[style]}")
    changed = sum(v for k, v in kinds_seen.items() if k != "unchanged")
    counts["changed"][lang] = changed
    if changed < MIN_CHANGED:
        err(lang, f"only {changed} labels that are not 'unchanged' (need {MIN_CHANGED})")
    for k in KINDS:
        if not kinds_seen[k]:
            err(lang, f"no label of kind {k!r}")
    for s in SLOTS:
        if not slots_seen[s]:
            err(lang, f"no label with slot {s!r}")


def main():
    counts = {"kind": collections.Counter(), "slot": collections.Counter(), "changed": {}}
    for lang, fname in FILES.items():
        check_file(lang, os.path.join(HERE, fname), counts)
    langs = list(FILES)
    md = "--markdown" in sys.argv
    print("Labels by kind" if not md else "#### Labels by kind\n")
    print("| kind | " + " | ".join(langs) + " | total |")
    print("|---|" + "---:|" * (len(langs) + 1))
    for k in KINDS:
        row = [counts["kind"][(lang, k)] for lang in langs]
        print(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [sum(counts["kind"][(lang, k)] for k in KINDS) for lang in langs]
    print("| **all** | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [counts["changed"].get(lang, 0) for lang in langs]
    print("| not unchanged | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print()
    print("Labels by slot (softened / strengthened / reworded)" if not md
          else "#### Labels by slot (softened / strengthened / reworded)\n")
    print("| slot | " + " | ".join(langs) + " | total |")
    print("|---|" + "---:|" * (len(langs) + 1))
    for s in SLOTS:
        cells = []
        for lang in langs:
            c = [counts["slot"][(lang, k, s)] for k in ("softened", "strengthened", "reworded")]
            cells.append("{}/{}/{}".format(*c))
        t = [sum(counts["slot"][(lang, k, s)] for lang in langs)
             for k in ("softened", "strengthened", "reworded")]
        print(f"| {s} | " + " | ".join(cells) + " | {}/{}/{} |".format(*t))
    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
