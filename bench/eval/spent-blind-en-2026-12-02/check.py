#!/usr/bin/env python3
"""Validate en.json of the blind English Astana-format evaluation set."""
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
    out, start = [], 0
    while True:
        i = text.find(snip, start)
        if i < 0:
            return out
        out.append((i, i + len(snip)))
        start = i + 1


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: not a string")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if "\n" in p or "\r" in p:
            err(f"{where} para {k + 1}: single line break inside")
        if p != p.strip() or not p:
            err(f"{where} para {k + 1}: empty or leading/trailing spaces")


def check_snippet(where, text, snip):
    """Return span of snippet in text or None."""
    if not isinstance(snip, str):
        err(f"{where}: snippet not a string")
        return None
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words in {snip!r}")
    if snip != snip.strip():
        err(f"{where}: leading/trailing space in {snip!r}")
    if not snip or not snip[0].isalnum() or not snip[-1].isalnum():
        err(f"{where}: leading/trailing punctuation in {snip!r}")
    if ";" in snip or "\n" in snip:
        err(f"{where}: semicolon or line break in {snip!r}")
    if re.search(r"[.!?][\"'\u201d\u2019)]?\s", snip):
        err(f"{where}: sentence end inside {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(f"{where}: {snip!r} occurs {len(occ)} times")
        return None
    return occ[0]


def main():
    path = os.path.join(HERE, "en.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level is not an array")
        data = []
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    styles = Counter()
    kinds, slots = Counter(), Counter()
    names = set()
    for pi, pair in enumerate(data):
        pn = pair.get("name", f"#{pi}")
        if set(pair) != PAIR_KEYS:
            err(f"{pn}: keys {sorted(pair)}")
        if pn in names:
            err(f"{pn}: duplicate name")
        names.add(pn)
        style = pair.get("style")
        if style not in STYLES:
            err(f"{pn}: bad style {style!r}")
        styles[style] += 1
        texts = {"old": pair.get("old", ""), "new": pair.get("new", "")}
        for side, t in texts.items():
            check_text(f"{pn}.{side}", t)
        if texts["old"] == texts["new"]:
            err(f"{pn}: old and new identical")
        spans = {"old": [], "new": []}
        exp = pair.get("expected", [])
        if not isinstance(exp, list) or not exp:
            err(f"{pn}: expected empty or not a list")
            exp = []
        for li, lab in enumerate(exp):
            where = f"{pn}.expected[{li}]"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
                continue
            kinds[kind] += 1
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err(f"{where}: extra keys {set(lab) - allowed}")
            need = {"dropped": {"old"}, "added": {"new"}}.get(kind, {"old", "new"})
            have = {k for k in ("old", "new") if k in lab}
            if have != need:
                err(f"{where}: {kind} needs exactly {sorted(need)}, has {sorted(have)}")
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(f"{where}: {kind} needs valid slot, has {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            elif "slot" in lab:
                err(f"{where}: slot not allowed for {kind}")
            if style == "cosmetic" and kind != "unchanged":
                err(f"{where}: cosmetic pair label must be unchanged")
            for side in ("old", "new"):
                if side in lab:
                    sp = check_snippet(f"{where}.{side}", texts[side], lab[side])
                    if sp:
                        spans[side].append((sp, lab[side]))
        ncs = pair.get("notCommitments", [])
        if not isinstance(ncs, list) or not ncs:
            err(f"{pn}: notCommitments empty or not a list")
            ncs = []
        for ni, snip in enumerate(ncs):
            where = f"{pn}.notCommitments[{ni}]"
            found = False
            for side in ("old", "new"):
                if isinstance(snip, str) and snip in texts[side]:
                    found = True
                    sp = check_snippet(f"{where}.{side}", texts[side], snip)
                    if sp:
                        spans[side].append((sp, snip))
            if not found:
                check_snippet(where, "", snip)
        for side in ("old", "new"):
            ss = sorted(spans[side])
            for (a, sa), (b, sb) in zip(ss, ss[1:]):
                if b[0] < a[1]:
                    err(f"{pn}.{side}: overlapping snippets {sa!r} / {sb!r}")
    for st, n in STYLES.items():
        if styles[st] != n:
            err(f"style {st}: {styles[st]} pairs (need {n})")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (need 45)")
    for k in KINDS - set(kinds):
        err(f"kind never used: {k}")
    for s in SLOTS - set(slots):
        err(f"slot never used: {s}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    total = sum(kinds.values())
    print(f"pairs={len(data)} labels={total} changed={changed}")
    print("kinds:", dict(sorted(kinds.items())))
    print("slots:", dict(sorted(slots.items())))
    print("OK")


if __name__ == "__main__":
    main()
