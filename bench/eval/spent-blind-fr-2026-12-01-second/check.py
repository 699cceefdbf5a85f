#!/usr/bin/env python3
"""Validator for the blind French evaluation set (fr.json).

Checks: JSON shape, kinds and slots, snippet rules (3-7 words, exactly once
in its text, no sentence end / semicolon / paragraph break inside), no two
labelled snippets overlapping in one text, 5-12 paragraphs per text separated
by exactly one blank line, coverage of every kind and slot, and at least 45
labels that are not `unchanged`. Prints counts by kind and slot.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
SENT_END = re.compile(r"[.!?\u2026](\s|$)")

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    toks = s.split()
    return toks, [t for t in toks if re.search(r"\w", t)]


def find_all(text, snip, ci=False):
    if ci:
        text, snip = text.casefold(), snip.casefold()
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip, text, need_once=True):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: empty or non-string snippet")
        return None
    if snip != snip.strip():
        err(f"{where}: leading/trailing whitespace in {snip!r}")
    toks, ws = words(snip)
    if not (3 <= len(toks) <= 7) or not (3 <= len(ws) <= 7):
        err(f"{where}: {len(toks)} tokens / {len(ws)} words in {snip!r}")
    if "\n" in snip:
        err(f"{where}: paragraph/line break in {snip!r}")
    if ";" in snip or "\u061b" in snip:
        err(f"{where}: semicolon in {snip!r}")
    if SENT_END.search(snip):
        err(f"{where}: sentence end in {snip!r}")
    hits = find_all(text, snip)
    hits_ci = find_all(text, snip, ci=True)
    if need_once and len(hits) != 1:
        err(f"{where}: occurs {len(hits)} times: {snip!r}")
        return None
    if len(hits) > 1:
        err(f"{where}: occurs {len(hits)} times: {snip!r}")
    if len(hits_ci) > 1:
        err(f"{where}: occurs {len(hits_ci)} times ignoring case: {snip!r}")
    return (hits[0], hits[0] + len(snip)) if hits else None


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty text")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if re.search(r"\n[ \t\u00a0\u202f]*\n[ \t\u00a0\u202f]*\n", text):
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    for k, p in enumerate(paras):
        if not p.strip() or "\n" in p or p != p.strip():
            err(f"{where}: malformed paragraph {k + 1}: {p[:40]!r}")
    if not (5 <= len(paras) <= 12):
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")


def main(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err("top level must be an array")
        data = []
    kinds, slots, styles, names = Counter(), Counter(), Counter(), set()
    slot_by_kind = Counter()
    for n, pair in enumerate(data):
        name = pair.get("name", f"#{n}")
        if name in names:
            err(f"{name}: duplicate name")
        names.add(name)
        extra = set(pair) - {"name", "style", "old", "new", "expected", "notCommitments"}
        if extra:
            err(f"{name}: unknown keys {extra}")
        style = pair.get("style")
        if style not in STYLES:
            err(f"{name}: bad style {style!r}")
        styles[style] += 1
        old, new = pair.get("old", ""), pair.get("new", "")
        check_text(f"{name}.old", old)
        check_text(f"{name}.new", new)
        spans = {"old": [], "new": []}
        for i, lab in enumerate(pair.get("expected", [])):
            w = f"{name}.expected[{i}]"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{w}: bad kind {kind!r}")
                continue
            extra = set(lab) - {"kind", "old", "new", "slot"}
            if extra:
                err(f"{w}: unknown keys {extra}")
            kinds[kind] += 1
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(f"{w}: bad or missing slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
                    slot_by_kind[(kind, lab["slot"])] += 1
            elif "slot" in lab:
                err(f"{w}: slot not allowed for {kind}")
            need_old = kind != "added"
            need_new = kind != "dropped"
            if need_old != ("old" in lab):
                err(f"{w}: 'old' snippet {'missing' if need_old else 'not allowed'}")
            if need_new != ("new" in lab):
                err(f"{w}: 'new' snippet {'missing' if need_new else 'not allowed'}")
            if style == "cosmetic" and kind != "unchanged":
                err(f"{w}: cosmetic pair may only hold unchanged labels")
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{w}.{side}", lab[side], text)
                    if sp:
                        spans[side].append((sp, w))
        nc_spans = {"old": [], "new": []}
        for i, snip in enumerate(pair.get("notCommitments", [])):
            w = f"{name}.notCommitments[{i}]"
            found = False
            for side, text in (("old", old), ("new", new)):
                sp = check_snippet(f"{w}.{side}", snip, text, need_once=False)
                if sp:
                    found = True
                    nc_spans[side].append((sp, w))
            if not found:
                err(f"{w}: occurs in neither text: {snip!r}")
        for side in ("old", "new"):
            allsp = sorted(spans[side] + nc_spans[side])
            for (a, wa), (b, wb) in zip(allsp, allsp[1:]):
                if b[0] < a[1]:
                    err(f"{name}.{side}: overlapping snippets {wa} / {wb}")
    for st, cnt in STYLES.items():
        if styles[st] != cnt:
            err(f"need {cnt} {st} pairs, found {styles[st]}")
    for k in KINDS - set(kinds):
        err(f"kind never used: {k}")
    for s in SLOTS - set(slots):
        err(f"slot never used: {s}")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (need >= 45)")
    print(f"pairs: {len(data)}  styles: {dict(styles)}")
    print(f"labels: {sum(kinds.values())}  not unchanged: {changed}")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(KINDS)))
    print("by slot: " + ", ".join(f"{s} {slots[s]}" for s in sorted(SLOTS)))
    print("by kind/slot: " + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(slot_by_kind.items())))
    nc = sum(len(p.get("notCommitments", [])) for p in data)
    print(f"notCommitments: {nc}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("fr.json")))
