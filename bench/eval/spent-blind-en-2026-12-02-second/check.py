#!/usr/bin/env python3
"""Validator for en.json (blind English evaluation set, Astana-format texts).

Checks the label format described in the brief: pair structure, paragraphs,
snippet rules (3-7 words, exact, unique, no sentence end / semicolon /
paragraph break, no leading or trailing punctuation, no overlaps), kinds and
slots, totals, and that the cosmetic pair differs only cosmetically.
Prints OK when everything passes.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "en.json")

KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOT_KINDS = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
STYLE_COUNTS = {"statement": 4, "press": 2, "cosmetic": 1}
MIN_NON_UNCHANGED = 45

# A commitment snippet must contain a word that marks the parties' act
# (or the modal / negation carrying it).
ACT_RE = re.compile(
    r"\b(reaffirm\w*|condemn\w*|concern\w*|call\w*|urg\w*|welcom\w*|not(ed)?|"
    r"agree\w*|reject\w*|stress\w*|emphasi[sz]\w*|underlin\w*|decid\w*|"
    r"express\w*|demand\w*|oppos\w*|readiness|gratitude|thank\w*|reach\w*|"
    r"instruct\w*|must|should|could|will|would|refrain\w*)\b",
    re.IGNORECASE)

# Variants allowed in the cosmetic pair (old form -> canonical form).
COSMETIC_VARIANTS = [
    ("Türkiye", "Turkiye"),
    ("\u2013", "-"),
    ("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"),
    ("emphasised", "emphasized"),
    ("organisations", "organizations"),
    ("politicisation", "politicization"),
    ("pre-conditions", "preconditions"),
    ("Idleb", "Idlib"),
    ("al-Hawl", "Al-Hol"),
    ("twenty-fourth", "24th"),
]

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, snip):
    """Start offsets of every (possibly overlapping) occurrence."""
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def is_word_char(ch):
    return unicodedata.category(ch)[0] in ("L", "N")


def check_snippet(where, snip):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet must be a non-empty string")
        return False
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words (need 3-7): {snip!r}")
    if snip != snip.strip() or "  " in snip:
        err(f"{where}: stray spaces: {snip!r}")
    if not is_word_char(snip[0]) or not is_word_char(snip[-1]):
        err(f"{where}: leading/trailing punctuation: {snip!r}")
    if re.search(r"[.!?;\n\r]", snip):
        err(f"{where}: sentence end, semicolon or line break inside: {snip!r}")
    return True


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: text must be a string")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(f"{where}: CR or tab")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p:
            err(f"{where}: empty paragraph {k} (more than one blank line?)")
        if "\n" in p:
            err(f"{where}: single line break in paragraph {k}")
        if p != p.strip():
            err(f"{where}: leading/trailing spaces in paragraph {k}")
        if "  " in p:
            err(f"{where}: double space in paragraph {k}")


def cosmetic_norm(text):
    for a, b in COSMETIC_VARIANTS:
        text = text.replace(a, b)
    return text


def main():
    try:
        data = json.load(open(PATH, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot load {PATH}: {e}")
        sys.exit(1)
    if not isinstance(data, list):
        print("top level must be a JSON array")
        sys.exit(1)
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")

    styles = Counter()
    kinds = Counter()
    slots = Counter()
    names = set()

    for i, pair in enumerate(data):
        where = f"pair {i}"
        if not isinstance(pair, dict):
            err(f"{where}: not an object")
            continue
        if set(pair) != PAIR_KEYS:
            err(f"{where}: keys {sorted(pair)} != {sorted(PAIR_KEYS)}")
            continue
        name = pair["name"]
        where = f"pair {i} ({name})"
        if not isinstance(name, str) or not name or name in names:
            err(f"{where}: name missing or duplicate")
        names.add(name)
        style = pair["style"]
        if style not in STYLE_COUNTS:
            err(f"{where}: unknown style {style!r}")
        styles[style] += 1
        texts = {"old": pair["old"], "new": pair["new"]}
        for side, t in texts.items():
            check_text(f"{where} {side}", t)
        if pair["old"] == pair["new"]:
            err(f"{where}: old and new are identical")
        spans = {"old": [], "new": []}

        def place(w, side, snip):
            t = texts[side]
            if not isinstance(t, str):
                return
            occ = occurrences(t, snip)
            if len(occ) != 1:
                err(f"{w}: occurs {len(occ)} times in {side}: {snip!r}")
                return
            spans[side].append((occ[0], occ[0] + len(snip), snip))

        exp = pair["expected"]
        if not isinstance(exp, list) or not exp:
            err(f"{where}: expected must be a non-empty list")
            exp = []
        for j, lab in enumerate(exp):
            w = f"{where} label {j}"
            if not isinstance(lab, dict):
                err(f"{w}: not an object")
                continue
            if not set(lab) <= {"kind", "old", "new", "slot"}:
                err(f"{w}: unknown keys {sorted(lab)}")
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{w}: bad kind {kind!r}")
                continue
            kinds[kind] += 1
            need = {"kind"}
            if kind == "dropped":
                need |= {"old"}
            elif kind == "added":
                need |= {"new"}
            else:
                need |= {"old", "new"}
            if kind in SLOT_KINDS:
                need |= {"slot"}
                if lab.get("slot") not in SLOTS:
                    err(f"{w}: bad slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            if set(lab) != need:
                err(f"{w}: keys {sorted(lab)} but kind {kind} needs {sorted(need)}")
            if style == "cosmetic" and kind != "unchanged":
                err(f"{w}: cosmetic pair labels must all be unchanged")
            for side in ("old", "new"):
                if side in lab:
                    if check_snippet(f"{w} {side}", lab[side]):
                        if not ACT_RE.search(lab[side]):
                            err(f"{w} {side}: no act word in commitment snippet: {lab[side]!r}")
                        place(f"{w} {side}", side, lab[side])

        nc = pair["notCommitments"]
        if not isinstance(nc, list) or len(nc) < 2:
            err(f"{where}: notCommitments must list at least 2 snippets")
            nc = []
        for j, snip in enumerate(nc):
            w = f"{where} notCommitment {j}"
            if not check_snippet(w, snip):
                continue
            found = False
            for side, t in texts.items():
                if not isinstance(t, str):
                    continue
                occ = occurrences(t, snip)
                if len(occ) > 1:
                    err(f"{w}: occurs {len(occ)} times in {side}: {snip!r}")
                elif len(occ) == 1:
                    found = True
                    spans[side].append((occ[0], occ[0] + len(snip), snip))
            if not found:
                err(f"{w}: found in neither text: {snip!r}")

        for side, sp in spans.items():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(f"{where} {side}: overlapping snippets {a[2]!r} / {b[2]!r}")

        if style == "cosmetic":
            if cosmetic_norm(pair["old"]) != cosmetic_norm(pair["new"]):
                err(f"{where}: cosmetic pair differs beyond the listed variants")

    for s, n in STYLE_COUNTS.items():
        if styles[s] != n:
            err(f"style {s}: {styles[s]} pairs (need {n})")
    non_unchanged = sum(v for k, v in kinds.items() if k != "unchanged")
    if non_unchanged < MIN_NON_UNCHANGED:
        err(f"{non_unchanged} labels not unchanged (need >= {MIN_NON_UNCHANGED})")
    for k in sorted(KINDS - set(kinds)):
        err(f"kind never used: {k}")
    for s in sorted(SLOTS - set(slots)):
        err(f"slot never used: {s}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("kinds:", dict(sorted(kinds.items())))
    print("slots:", dict(sorted(slots.items())))
    print("labels:", sum(kinds.values()), "not unchanged:", non_unchanged)
    print("OK")


if __name__ == "__main__":
    main()
