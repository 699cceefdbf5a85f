#!/usr/bin/env python3
"""Validator for fr.json (blind French evaluation set, third series).

Run: python3 check.py [path/to/fr.json]   -> prints OK or the list of problems.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOT_KINDS = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
MIN_CHANGED = 45

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip, fold=False):
    """Start offsets of every (possibly overlapping) occurrence."""
    if fold:
        text, snip = text.casefold(), snip.casefold()
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet is not a non-empty string")
        return False
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words (need 3-7): {snip!r}")
    if "\n" in snip:
        err(f"{where}: line/paragraph break inside: {snip!r}")
    if ";" in snip:
        err(f"{where}: semicolon inside: {snip!r}")
    if re.search(r"[.!?\u2026](\s|$)", snip):
        err(f"{where}: sentence end inside: {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(f"{where}: leading/trailing punctuation or space: {snip!r}")
    return True


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: not a string")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras, 1):
        if not p:
            err(f"{where}: empty paragraph {k} (more than one blank line?)")
        if "\n" in p:
            err(f"{where}: single line break in paragraph {k}")
        if p != p.strip():
            err(f"{where}: paragraph {k} has leading/trailing spaces")


def has_accents(text):
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text)) or "œ" in text


# --- cosmetic equivalence: fold away spelling/typography/digits/transliteration
NAME_VARIANTS = [
    ("sergueï", "sergei"), ("ali-asghar", "ali asghar"), ("khadjavi", "khajavi"),
    ("türkiye", "turkiye"),
]


def cosmetic_fold(text):
    t = text.casefold()
    for a, b in NAME_VARIANTS:
        t = t.replace(a, b)
    t = t.replace("œ", "oe").replace("æ", "ae")
    t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
    t = re.sub(r"(\d)\s+(\d{3})\b", r"\1\2", t)          # 2 000 -> 2000
    t = re.sub(r"\b(\d+)(?:er|e|eme|ème)\b", r"\1", t)     # 1er, 41e, 41eme -> 1, 41
    t = re.sub(r"[^\w]+", " ", t)
    return t.split()


def main(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err("top level is not a JSON array")
        return
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    styles = Counter(p.get("style") for p in data)
    for s, n in STYLES.items():
        if styles[s] != n:
            err(f"style {s}: {styles[s]} pairs (need {n})")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("duplicate pair names")

    kinds, slots = Counter(), Counter()
    typographic_spaces = False
    accentless_cosmetic = False
    for p in data:
        name = p.get("name", "?")
        if set(p) != PAIR_KEYS:
            err(f"{name}: keys {sorted(p)} (need {sorted(PAIR_KEYS)})")
            continue
        old, new = p["old"], p["new"]
        check_text(f"{name}.old", old)
        check_text(f"{name}.new", new)
        if not isinstance(old, str) or not isinstance(new, str):
            continue
        if old == new:
            err(f"{name}: old and new are identical")
        if "\u00a0" in old + new or "\u202f" in old + new:
            typographic_spaces = True
        spans = {"old": [], "new": []}

        def place(where, side, snip):
            text = old if side == "old" else new
            occ = occurrences(text, snip)
            if len(occ) != 1:
                err(f"{where}: occurs {len(occ)} times in {side}: {snip!r}")
                return
            if len(occurrences(text, snip, fold=True)) != 1:
                err(f"{where}: not unique in {side} ignoring case: {snip!r}")
            spans[side].append((occ[0], occ[0] + len(snip), where, snip))

        if not isinstance(p["expected"], list) or not p["expected"]:
            err(f"{name}: expected must be a non-empty list")
            continue
        for i, lab in enumerate(p["expected"]):
            where = f"{name}.expected[{i}]"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
                continue
            kinds[kind] += 1
            want = {"kind"}
            if kind == "dropped":
                want |= {"old"}
            elif kind == "added":
                want |= {"new"}
            else:
                want |= {"old", "new"}
            if kind in SLOT_KINDS:
                want |= {"slot"}
                if lab.get("slot") not in SLOTS:
                    err(f"{where}: bad slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            if set(lab) != want:
                err(f"{where}: keys {sorted(lab)} (need {sorted(want)})")
            for side in ("old", "new"):
                if side in lab and check_snippet(f"{where}.{side}", lab[side]):
                    place(f"{where}.{side}", side, lab[side])
            if kind == "dropped" and isinstance(lab.get("old"), str) and lab["old"] in new:
                err(f"{where}: dropped snippet still present in new")
            if kind == "added" and isinstance(lab.get("new"), str) and lab["new"] in old:
                err(f"{where}: added snippet already present in old")
            if p["style"] == "cosmetic" and kind != "unchanged":
                err(f"{where}: cosmetic pair label must be unchanged")

        nc = p["notCommitments"]
        if not isinstance(nc, list) or not nc:
            err(f"{name}: notCommitments must be a non-empty list")
            nc = []
        for i, snip in enumerate(nc):
            where = f"{name}.notCommitments[{i}]"
            if not check_snippet(where, snip):
                continue
            found = 0
            for side, text in (("old", old), ("new", new)):
                c = len(occurrences(text, snip))
                if c > 1:
                    err(f"{where}: occurs {c} times in {side}: {snip!r}")
                elif c == 1:
                    found += 1
                    place(where, side, snip)
            if not found:
                err(f"{where}: found in neither text: {snip!r}")

        for side, lst in spans.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    err(f"{name}.{side}: overlapping snippets {a[3]!r} / {b[3]!r}")

        if p["style"] == "cosmetic":
            if has_accents(old) == has_accents(new):
                err(f"{name}: exactly one cosmetic text must be typed without accents")
            else:
                accentless_cosmetic = True
            fo, fn = cosmetic_fold(old), cosmetic_fold(new)
            if fo != fn:
                for k, (x, y) in enumerate(zip(fo, fn)):
                    if x != y:
                        err(f"{name}: cosmetic texts differ beyond typography near word {k}: {x!r} vs {y!r}")
                        break
                else:
                    err(f"{name}: cosmetic texts differ in length after folding")

    changed = sum(n for k, n in kinds.items() if k != "unchanged")
    if changed < MIN_CHANGED:
        err(f"only {changed} labels are not unchanged (need >= {MIN_CHANGED})")
    for k in sorted(KINDS - set(kinds)):
        err(f"kind never used: {k}")
    for s in sorted(SLOTS - set(slots)):
        err(f"slot never used: {s}")
    if not typographic_spaces:
        err("no no-break or thin space anywhere")
    if not accentless_cosmetic:
        err("no accentless text in the cosmetic pair")
    return kinds, slots, changed


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("fr.json"))
    res = main(path)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    kinds, slots, changed = res
    print("kinds:", dict(sorted(kinds.items())))
    print("slots:", dict(sorted(slots.items())))
    print("labels not unchanged:", changed)
    print("OK")
