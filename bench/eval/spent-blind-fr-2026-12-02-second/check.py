#!/usr/bin/env python3
"""Validator for fr.json (blind French evaluation set). Prints OK when every rule holds."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip):
    """Start offsets of snip in text (exact, may overlap)."""
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip, text):
    """Checks one snippet against one text; returns its span or None."""
    if not isinstance(snip, str) or not snip:
        err(f"{where}: empty or non-string snippet")
        return None
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(f"{where}: {len(words)} words: {snip!r}")
    if snip != snip.strip():
        err(f"{where}: leading/trailing space: {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(f"{where}: leading/trailing punctuation: {snip!r}")
    if "\n" in snip:
        err(f"{where}: line or paragraph break inside: {snip!r}")
    if ";" in snip:
        err(f"{where}: semicolon inside: {snip!r}")
    if re.search(r"[.!?…](\s|$)", snip):
        err(f"{where}: sentence end inside: {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(f"{where}: occurs {len(occ)} times (need exactly 1): {snip!r}")
        return None
    ci = len(occurrences(text.lower(), snip.lower()))
    if ci != 1:
        err(f"{where}: occurs {ci} times ignoring case: {snip!r}")
    return (occ[0], occ[0] + len(snip), snip)


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: not a string")
        return
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p:
            err(f"{where} para {k + 1}: empty (more than one blank line?)")
        if "\n" in p:
            err(f"{where} para {k + 1}: single line break inside")
        if p != p.strip():
            err(f"{where} para {k + 1}: leading/trailing whitespace")
        if "\r" in p or "\t" in p:
            err(f"{where} para {k + 1}: CR or tab")


def main():
    path = os.path.join(HERE, "fr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level is not an array")
        data = []
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    styles = Counter()
    kinds = Counter()
    slots = Counter()
    names = set()
    for i, pair in enumerate(data):
        tag = f"pair {i + 1} ({pair.get('name')})"
        keys = set(pair)
        want = {"name", "style", "old", "new", "expected", "notCommitments"}
        if keys != want:
            err(f"{tag}: keys {sorted(keys)} != {sorted(want)}")
        if pair.get("name") in names:
            err(f"{tag}: duplicate name")
        names.add(pair.get("name"))
        style = pair.get("style")
        styles[style] += 1
        if style not in STYLES:
            err(f"{tag}: bad style {style!r}")
        old, new = pair.get("old", ""), pair.get("new", "")
        check_text(f"{tag} old", old)
        check_text(f"{tag} new", new)
        if old == new:
            err(f"{tag}: old and new identical")
        spans = {"old": [], "new": []}
        exp = pair.get("expected", [])
        if not exp:
            err(f"{tag}: no expected labels")
        for j, lab in enumerate(exp):
            w = f"{tag} label {j + 1}"
            kind = lab.get("kind")
            kinds[kind] += 1
            if kind not in KINDS:
                err(f"{w}: bad kind {kind!r}")
                continue
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err(f"{w}: unknown keys {sorted(set(lab) - allowed)}")
            if kind == "dropped":
                if "old" not in lab or "new" in lab:
                    err(f"{w}: dropped needs only old")
            elif kind == "added":
                if "new" not in lab or "old" in lab:
                    err(f"{w}: added needs only new")
            else:
                if "old" not in lab or "new" not in lab:
                    err(f"{w}: {kind} needs old and new")
            if kind in {"softened", "strengthened", "reworded"}:
                if lab.get("slot") not in SLOTS:
                    err(f"{w}: {kind} needs a valid slot, got {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            elif "slot" in lab:
                err(f"{w}: {kind} must not have a slot")
            if style == "cosmetic" and kind != "unchanged":
                err(f"{w}: cosmetic pair label must be unchanged")
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{w} {side}", lab[side], text)
                    if sp:
                        spans[side].append(sp)
        ncs = pair.get("notCommitments", [])
        if not ncs:
            err(f"{tag}: no notCommitments")
        for j, snip in enumerate(ncs):
            w = f"{tag} notCommitment {j + 1}"
            found = False
            for side, text in (("old", old), ("new", new)):
                n = len(occurrences(text, snip)) if isinstance(snip, str) else 0
                if n > 1:
                    err(f"{w}: occurs {n} times in {side}: {snip!r}")
                if n == 1:
                    found = True
                    sp = check_snippet(f"{w} {side}", snip, text)
                    if sp:
                        spans[side].append(sp)
            if not found:
                err(f"{w}: not found in old or new: {snip!r}")
        for side in ("old", "new"):
            ss = sorted(spans[side])
            for a, b in zip(ss, ss[1:]):
                if b[0] < a[1]:
                    err(f"{tag} {side}: overlapping snippets {a[2]!r} / {b[2]!r}")
    for s, n in STYLES.items():
        if styles[s] != n:
            err(f"style {s}: {styles[s]} pairs (need {n})")
    changed = sum(n for k, n in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (need >= 45)")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")
    if "-v" in sys.argv:
        print("kinds:", dict(sorted(kinds.items())))
        print("slots:", dict(sorted(slots.items())))
        print("not unchanged:", changed, "total labels:", sum(kinds.values()))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
