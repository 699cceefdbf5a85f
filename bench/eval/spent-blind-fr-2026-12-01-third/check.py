#!/usr/bin/env python3
"""Validator for fr.json (blind French evaluation set, Astana-format texts).

Usage: python3 check.py [path/to/fr.json]   -> prints OK or the list of problems.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = ["unchanged", "softened", "strengthened", "reworded", "dropped", "added"]
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
SLOTTED = {"softened", "strengthened", "reworded"}
MIN_CHANGED = 45

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append((i, i + len(snip)))
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip):
    """Shape rules for any snippet; returns True if usable for span checks."""
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet must be a non-empty string")
        return False
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {snip!r} has {n} words (need 3-7)")
    if "\n" in snip:
        err(f"{where}: {snip!r} contains a line break")
    if ";" in snip:
        err(f"{where}: {snip!r} contains a semicolon")
    if re.search(r"[.!?\u2026](\s|$)", snip):
        err(f"{where}: {snip!r} contains a sentence end")
    if snip != snip.strip():
        err(f"{where}: {snip!r} has leading/trailing whitespace")
    s = snip.strip()
    if s and (not s[0].isalnum() or not s[-1].isalnum()):
        err(f"{where}: {snip!r} starts or ends with punctuation")
    return True


def check_text(where, t):
    if not isinstance(t, str) or not t:
        err(f"{where}: text must be a non-empty string")
        return []
    if t != t.strip():
        err(f"{where}: leading/trailing whitespace")
    paras = t.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras, 1):
        if not p:
            err(f"{where}: empty paragraph {k} (more than one blank line?)")
        if "\n" in p:
            err(f"{where}: single line break in paragraph {k}")
        if p != p.strip():
            err(f"{where}: paragraph {k} has leading/trailing spaces")
    return paras


def para_spans(t):
    spans, pos = [], 0
    for p in t.split("\n\n"):
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return spans


def main(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        print(f"cannot load {path}: {e}")
        return 1
    if not isinstance(data, list):
        print("top level must be a JSON array")
        return 1
    if len(data) != 7:
        err(f"expected 7 pairs, found {len(data)}")

    styles = Counter()
    names = Counter()
    kinds = Counter()
    slots = Counter()
    changed = 0

    for pi, pair in enumerate(data):
        tag = f"pair[{pi}]"
        if not isinstance(pair, dict):
            err(f"{tag}: not an object")
            continue
        keys = set(pair)
        if keys != PAIR_KEYS:
            err(f"{tag}: keys {sorted(keys)} != {sorted(PAIR_KEYS)}")
        name = pair.get("name")
        tag = f"pair[{pi}] {name}"
        if not isinstance(name, str) or not name:
            err(f"{tag}: bad name")
        names[name] += 1
        style = pair.get("style")
        if style not in STYLES:
            err(f"{tag}: bad style {style!r}")
        styles[style] += 1
        texts = {"old": pair.get("old"), "new": pair.get("new")}
        paras = {side: check_text(f"{tag}.{side}", texts[side]) for side in texts}
        if texts["old"] == texts["new"]:
            err(f"{tag}: old and new are identical")
        spans = {"old": [], "new": []}  # (start, end, label) per side

        exp = pair.get("expected")
        if not isinstance(exp, list) or not exp:
            err(f"{tag}: expected must be a non-empty list")
            exp = []
        for li, lab in enumerate(exp):
            lt = f"{tag}.expected[{li}]"
            if not isinstance(lab, dict):
                err(f"{lt}: not an object")
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{lt}: bad kind {kind!r}")
                continue
            kinds[kind] += 1
            if kind != "unchanged":
                changed += 1
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err(f"{lt}: unknown keys {sorted(set(lab) - allowed)}")
            need = {"unchanged": {"old", "new"}, "dropped": {"old"}, "added": {"new"}}.get(kind, {"old", "new", "slot"})
            have = set(lab) - {"kind"}
            if have != need:
                err(f"{lt}: kind {kind} needs exactly {sorted(need)}, has {sorted(have)}")
            if kind in SLOTTED:
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(f"{lt}: bad slot {slot!r}")
                else:
                    slots[slot] += 1
            if style == "cosmetic" and kind != "unchanged":
                err(f"{lt}: cosmetic pair labels must all be unchanged")
            for side in ("old", "new"):
                if side not in lab or not isinstance(texts[side], str):
                    continue
                snip = lab[side]
                if not check_snippet(f"{lt}.{side}", snip):
                    continue
                occ = occurrences(texts[side], snip)
                if len(occ) != 1:
                    err(f"{lt}.{side}: {snip!r} occurs {len(occ)} times in {side} (need exactly 1)")
                    continue
                s, e = occ[0]
                if "\n" in texts[side][s:e]:
                    err(f"{lt}.{side}: {snip!r} crosses a paragraph break")
                spans[side].append((s, e, f"expected[{li}]"))
            if kind == "dropped" and isinstance(lab.get("old"), str) and isinstance(texts["new"], str) \
                    and lab["old"] in texts["new"]:
                err(f"{lt}: dropped snippet {lab['old']!r} still occurs in new")
            if kind == "added" and isinstance(lab.get("new"), str) and isinstance(texts["old"], str) \
                    and lab["new"] in texts["old"]:
                err(f"{lt}: added snippet {lab['new']!r} already occurs in old")

        nc = pair.get("notCommitments")
        if not isinstance(nc, list) or not nc:
            err(f"{tag}: notCommitments must be a non-empty list")
            nc = []
        if len(set(nc)) != len(nc):
            err(f"{tag}: duplicate notCommitments")
        for ni, snip in enumerate(nc):
            nt = f"{tag}.notCommitments[{ni}]"
            if not check_snippet(nt, snip):
                continue
            found = 0
            for side in ("old", "new"):
                if not isinstance(texts[side], str):
                    continue
                occ = occurrences(texts[side], snip)
                if len(occ) > 1:
                    err(f"{nt}: {snip!r} occurs {len(occ)} times in {side}")
                elif len(occ) == 1:
                    found += 1
                    spans[side].append((occ[0][0], occ[0][1], f"notCommitments[{ni}]"))
            if not found:
                err(f"{nt}: {snip!r} occurs in neither text")

        for side in ("old", "new"):
            sp = sorted(spans[side])
            for (s1, e1, a), (s2, e2, b) in zip(sp, sp[1:]):
                if s2 < e1:
                    err(f"{tag}.{side}: snippets {a} and {b} overlap")

        # every numbered item of a statement must carry at least one commitment label
        if style in ("statement", "cosmetic"):
            for side in ("old", "new"):
                t = texts[side]
                if not isinstance(t, str):
                    continue
                exp_spans = [(s, e) for s, e, who in spans[side] if who.startswith("expected")]
                nums = []
                for k, ((ps, pe), p) in enumerate(zip(para_spans(t), t.split("\n\n")), 1):
                    m = re.match(r"(\d+)\. ", p)
                    if not m:
                        continue
                    nums.append(int(m.group(1)))
                    if not any(ps <= s and e <= pe for s, e in exp_spans):
                        err(f"{tag}.{side}: numbered paragraph {k} has no commitment label")
                if not nums:
                    err(f"{tag}.{side}: statement without numbered items")
                elif nums != list(range(1, len(nums) + 1)):
                    err(f"{tag}.{side}: items not numbered 1..n: {nums}")

    for n, c in names.items():
        if c > 1:
            err(f"duplicate pair name {n!r}")
    for st, want in STYLES.items():
        if styles[st] != want:
            err(f"style {st}: {styles[st]} pairs (need {want})")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")
    if changed < MIN_CHANGED:
        err(f"only {changed} labels that are not unchanged (need >= {MIN_CHANGED})")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("kinds:", dict(kinds))
    print("slots:", dict(slots))
    print("labels:", sum(kinds.values()), "changed:", changed)
    print("OK")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "fr.json")))
