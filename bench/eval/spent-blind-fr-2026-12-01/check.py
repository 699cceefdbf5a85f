#!/usr/bin/env python3
"""Validator for the French blind set (fr.json).

Usage: python3 check.py [fr.json]

Checks:
  * JSON shape: a list of pairs with name / style / old / new / expected / notCommitments;
  * style counts (4 statement, 2 press, 1 cosmetic) and unique names;
  * kinds and slots (slot required for softened / strengthened / reworded, forbidden otherwise;
    added has only `new`, dropped only `old`, the others both);
  * every snippet: 3-7 words, occurs exactly once in its text (also case-insensitively),
    never crosses a sentence end, a semicolon or a paragraph break;
  * notCommitments: same snippet rules, at most once in each text and present in at least one;
  * label snippets do not overlap each other, nor notCommitments, inside one text;
  * each text has 5-12 paragraphs separated by exactly one blank line;
  * totals: >= 45 labels that are not `unchanged`, every kind and every slot used.
Prints counts by kind, by slot and per pair. Exit code 1 on any error.
"""
import json
import re
import sys
from collections import Counter

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    # whitespace includes NBSP / narrow NBSP; punctuation-only tokens (« » : ; –) are not words
    return [t for t in re.split(r"\s+", s) if re.search(r"\w", t)]


SENT_END = re.compile(r"[.!?…](\s|$)")


def spans(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append((i, i + len(snip)))
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip, text, exactly_once=True):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: empty or non-string snippet {snip!r}")
        return None
    if snip != snip.strip():
        err(f"{where}: leading/trailing whitespace in {snip!r}")
    n = len(words(snip))
    if not 3 <= n <= 7:
        err(f"{where}: {n} words (need 3-7): {snip!r}")
    if "\n" in snip:
        err(f"{where}: crosses a line/paragraph break: {snip!r}")
    if ";" in snip or "؛" in snip:
        err(f"{where}: crosses a semicolon: {snip!r}")
    if SENT_END.search(snip):
        err(f"{where}: crosses or ends on a sentence end: {snip!r}")
    sp = spans(text, snip)
    ci = len(spans(text.lower(), snip.lower()))
    if exactly_once:
        if len(sp) != 1:
            err(f"{where}: occurs {len(sp)} times (need exactly 1): {snip!r}")
        elif ci != 1:
            err(f"{where}: occurs {ci} times case-insensitively: {snip!r}")
    else:
        if len(sp) > 1 or ci > 1:
            err(f"{where}: occurs more than once: {snip!r}")
    return sp[0] if len(sp) == 1 else None


def check_paragraphs(where, text):
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\r" in text:
        err(f"{where}: carriage return")
    if re.search(r"\n\s*\n\s*\n", text) or re.search(r"\n[ \t\u00a0\u202f]+\n", text):
        err(f"{where}: paragraphs must be separated by exactly one blank line")
    paras = text.split("\n\n")
    for i, p in enumerate(paras):
        if not p.strip():
            err(f"{where}: empty paragraph {i + 1}")
        if "\n" in p:
            err(f"{where}: paragraph {i + 1} contains a single line break")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    return len(paras)


def overlaps(where, items):
    items = sorted(i for i in items if i[0] is not None)
    for (a, la), (b, lb) in zip(items, items[1:]):
        if b[0] < a[1]:
            err(f"{where}: snippets overlap: {la!r} / {lb!r}")


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level must be a JSON array")
        return
    kinds, slots = Counter(), Counter()
    kind_slot = Counter()
    styles = Counter()
    names = Counter()
    per_pair = []
    for idx, pair in enumerate(data):
        name = pair.get("name", f"#{idx}")
        names[name] += 1
        keys = set(pair)
        need = {"name", "style", "old", "new", "expected", "notCommitments"}
        if not need <= keys:
            err(f"{name}: missing keys {sorted(need - keys)}")
            continue
        if keys - need:
            err(f"{name}: unexpected keys {sorted(keys - need)}")
        if not name.startswith("fr-"):
            err(f"{name}: name should start with 'fr-'")
        style = pair["style"]
        styles[style] += 1
        if style not in STYLES:
            err(f"{name}: bad style {style!r}")
        old, new = pair["old"], pair["new"]
        if not isinstance(old, str) or not isinstance(new, str):
            err(f"{name}: old/new must be strings")
            continue
        if old == new:
            err(f"{name}: old and new are identical")
        np_old = check_paragraphs(f"{name}/old", old)
        np_new = check_paragraphs(f"{name}/new", new)
        pos = {"old": [], "new": []}
        nonun = 0
        for j, lab in enumerate(pair["expected"]):
            w = f"{name}/expected[{j}]"
            k = lab.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k!r}")
                continue
            kinds[k] += 1
            if k != "unchanged":
                nonun += 1
            if k in SLOTTED:
                s = lab.get("slot")
                if s not in SLOTS:
                    err(f"{w}: bad or missing slot {s!r}")
                else:
                    slots[s] += 1
                    kind_slot[(k, s)] += 1
            elif "slot" in lab:
                err(f"{w}: slot not allowed for kind {k}")
            allowed = {"kind", "slot", "old", "new"}
            if set(lab) - allowed:
                err(f"{w}: unexpected keys {sorted(set(lab) - allowed)}")
            need_old = k != "added"
            need_new = k != "dropped"
            if need_old != ("old" in lab) or need_new != ("new" in lab):
                err(f"{w}: kind {k} needs old={need_old} new={need_new}")
            if style == "cosmetic" and k != "unchanged":
                err(f"{w}: cosmetic pairs should only hold unchanged labels")
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{w}.{side}", lab[side], text)
                    pos[side].append((sp, lab[side]))
        for j, snip in enumerate(pair["notCommitments"]):
            w = f"{name}/notCommitments[{j}]"
            found = 0
            for side, text in (("old", old), ("new", new)):
                sp = check_snippet(w + "." + side, snip, text, exactly_once=False) if snip in text else None
                if snip in text:
                    found += 1
                    pos[side].append((sp, "NC:" + snip))
            if isinstance(snip, str) and not found:
                err(f"{w}: occurs in neither text: {snip!r}")
            if isinstance(snip, str) and not 3 <= len(words(snip)) <= 7:
                err(f"{w}: {len(words(snip))} words (need 3-7): {snip!r}")
        for side in ("old", "new"):
            overlaps(f"{name}/{side}", pos[side])
        per_pair.append((name, style, np_old, np_new, len(pair["expected"]), nonun))
    for n, c in names.items():
        if c > 1:
            err(f"duplicate name {n}")
    for s, c in STYLES.items():
        if styles[s] != c:
            err(f"style {s}: {styles[s]} pairs (need {c})")
    total_nonun = sum(v for k, v in kinds.items() if k != "unchanged")
    if total_nonun < 45:
        err(f"only {total_nonun} labels that are not unchanged (need >= 45)")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")

    print("pairs:")
    for name, style, a, b, nl, nn in per_pair:
        print(f"  {name:45s} {style:9s} paragraphs {a:2d}/{b:2d}  labels {nl:2d}  not unchanged {nn:2d}")
    print("labels by kind:", ", ".join(f"{k} {kinds[k]}" for k in
          ["added", "dropped", "softened", "strengthened", "reworded", "unchanged"]))
    print(f"labels total {sum(kinds.values())}, not unchanged {total_nonun}")
    print("labels by slot:", ", ".join(f"{s} {slots[s]}" for s in SLOTS))
    print("kind x slot:")
    for s in SLOTS:
        print(f"  {s:10s}", "  ".join(f"{k} {kind_slot[(k, s)]}" for k in sorted(SLOTTED)))
    nc = sum(len(p["notCommitments"]) for p in data if isinstance(p, dict) and "notCommitments" in p)
    print("notCommitments:", nc)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/fr.json")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")
