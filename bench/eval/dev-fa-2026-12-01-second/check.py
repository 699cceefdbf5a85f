#!/usr/bin/env python3
"""Validator for fa.json (Persian development set, Astana-format statements and press reports).

Run:  python3 check.py [path/to/fa.json]
Prints OK when every rule of the label format holds, otherwise lists the problems and exits 1.
"""
import json
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "fa.json")

KINDS = ["unchanged", "softened", "strengthened", "reworded", "dropped", "added"]
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}

ZWNJ = "\u200c"
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
ASCII_DIGITS = set("0123456789")
ARABIC_LETTERS = set("يك")          # Arabic yeh U+064A, Arabic kaf U+0643
PERSIAN_LETTERS = set("یک")         # Persian yeh U+06CC, keheh U+06A9
SENTENCE_END = set(".!?؟…")
SEMICOLONS = set(";؛")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_word_char(ch):
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or ch == ZWNJ


def paragraphs(where, text):
    if not isinstance(text, str) or not text:
        err(where, "text missing or not a string")
        return []
    if text != text.strip():
        err(where, "leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(where, "carriage return or tab")
    paras = text.split("\n\n")
    for i, p in enumerate(paras, 1):
        if not p:
            err(where, f"paragraph {i} empty (more than one blank line?)")
        if "\n" in p:
            err(where, f"paragraph {i} contains a single line break")
        if p != p.strip():
            err(where, f"paragraph {i} has leading/trailing whitespace")
        if "  " in p:
            err(where, f"paragraph {i} has a double space")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    return paras


def persian_script(where, text):
    if set(text) & ARABIC_LETTERS:
        err(where, "Arabic yeh/kaf (ي/ك) outside the cosmetic pair")
    if set(text) & ASCII_DIGITS:
        err(where, "ASCII digits")
    if set(text) & ARABIC_DIGITS:
        err(where, "Arabic-Indic digits outside the cosmetic pair")
    if not set(text) & PERSIAN_DIGITS:
        err(where, "no Persian digits")
    if ZWNJ not in text:
        err(where, "no ZWNJ")
    if not set(text) & PERSIAN_LETTERS:
        err(where, "no Persian yeh/keheh")
    for bad in (" " + ZWNJ, ZWNJ + " ", ZWNJ + ZWNJ):
        if bad in text:
            err(where, "ZWNJ next to a space or doubled")


TRANSLIT = [("آستانا", "آستانه"), ("جبهة النصرة", "جبهه النصره")]


def normalize_cosmetic(s):
    for a, b in TRANSLIT:
        s = s.replace(a, b)
    s = s.replace("ي", "ی").replace("ك", "ک").replace("ة", "ه").replace("أ", "ا")
    s = s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"))
    s = s.replace(ZWNJ, " ").replace(",", "،")
    for q in "«»\"“”":
        s = s.replace(q, "")
    return " ".join(s.split(" "))


def occurrences(text, snip):
    out, start = [], 0
    while True:
        i = text.find(snip, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def snippet_shape(where, snip):
    """Rules that do not depend on the text."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing or not a string")
        return False
    ok = True
    n = len(snip.split())
    if snip != snip.strip() or "  " in snip:
        err(where, f"snippet has stray spaces: {snip!r}")
        ok = False
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (need 3-7): {snip!r}")
        ok = False
    if "\n" in snip:
        err(where, f"snippet spans a line/paragraph break: {snip!r}")
        ok = False
    if set(snip) & SENTENCE_END:
        err(where, f"snippet contains a sentence end: {snip!r}")
        ok = False
    if set(snip) & SEMICOLONS:
        err(where, f"snippet contains a semicolon: {snip!r}")
        ok = False
    if not is_word_char(snip[0]) or not is_word_char(snip[-1]) or snip[0] == ZWNJ or snip[-1] == ZWNJ:
        err(where, f"snippet has leading/trailing punctuation: {snip!r}")
        ok = False
    return ok


def place(where, text, snip, spans, label):
    """Snippet must occur exactly once, on word boundaries; record its span."""
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f"snippet occurs {len(occ)} times (need exactly 1): {snip!r}")
        return
    i = occ[0]
    j = i + len(snip)
    if i > 0 and is_word_char(text[i - 1]):
        err(where, f"snippet starts inside a word: {snip!r}")
    if j < len(text) and is_word_char(text[j]):
        err(where, f"snippet ends inside a word: {snip!r}")
    spans.append((i, j, label, snip))


def overlaps(where, spans):
    spans = sorted(spans)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(where, f"snippets overlap: {a[3]!r} ({a[2]}) / {b[3]!r} ({b[2]})")


def main():
    try:
        with open(PATH, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        print(f"cannot read {PATH}: {e}")
        return 1
    if not isinstance(data, list):
        print("top level must be a JSON array")
        return 1
    if len(data) != 7:
        err("file", f"{len(data)} pairs (need 7)")

    styles = Counter()
    kinds = Counter()
    slots = Counter()
    names = set()
    for pi, pair in enumerate(data):
        where = f"pair {pi}"
        if not isinstance(pair, dict):
            err(where, "not an object")
            continue
        if set(pair) != PAIR_KEYS:
            err(where, f"keys {sorted(pair)} != {sorted(PAIR_KEYS)}")
        name = pair.get("name")
        where = f"pair {pi} ({name})"
        if not isinstance(name, str) or not name:
            err(where, "name missing")
        elif name in names:
            err(where, "duplicate name")
        names.add(name)
        style = pair.get("style")
        if style not in STYLES:
            err(where, f"bad style {style!r}")
        styles[style] += 1
        texts = {"old": pair.get("old", ""), "new": pair.get("new", "")}
        for side, t in texts.items():
            paragraphs(f"{where}.{side}", t)
        if isinstance(texts["old"], str) and texts["old"] == texts["new"]:
            err(where, "old and new are identical")

        # script / orthography
        if style == "cosmetic":
            arab = [s for s, t in texts.items() if set(t) & ARABIC_LETTERS]
            if len(arab) != 1:
                err(where, f"exactly one text must use Arabic ي/ك (found in {arab})")
            else:
                a = arab[0]
                p = "new" if a == "old" else "old"
                persian_script(f"{where}.{p}", texts[p])
                ta = texts[a]
                if set(ta) & PERSIAN_LETTERS:
                    err(f"{where}.{a}", "Arabic-letter text still has Persian ی/ک")
                if not (set(ta) & ARABIC_DIGITS and set(ta) & PERSIAN_DIGITS):
                    err(f"{where}.{a}", "Arabic-letter text must mix Arabic-Indic and Persian digits")
            if normalize_cosmetic(texts["old"]) != normalize_cosmetic(texts["new"]):
                err(where, "cosmetic texts differ after normalizing letters/digits/quotes/spaces/names")
        else:
            for side, t in texts.items():
                persian_script(f"{where}.{side}", t)

        spans = {"old": [], "new": []}
        expected = pair.get("expected")
        if not isinstance(expected, list) or not expected:
            err(where, "expected missing or empty")
            expected = []
        for li, lab in enumerate(expected):
            lw = f"{where} label {li}"
            if not isinstance(lab, dict):
                err(lw, "not an object")
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err(lw, f"bad kind {kind!r}")
                continue
            kinds[kind] += 1
            need = {"kind"}
            if kind == "dropped":
                need |= {"old"}
            elif kind == "added":
                need |= {"new"}
            else:
                need |= {"old", "new"}
            if kind in SLOTTED:
                need |= {"slot"}
            if set(lab) != need:
                err(lw, f"keys {sorted(lab)} != {sorted(need)} for kind {kind}")
            if kind in SLOTTED:
                slot = lab.get("slot")
                if slot not in SLOTS:
                    err(lw, f"bad slot {slot!r}")
                else:
                    slots[slot] += 1
                if lab.get("old") == lab.get("new"):
                    err(lw, f"{kind} label has identical old/new snippets")
            if style == "cosmetic" and kind != "unchanged":
                err(lw, "cosmetic pair may only have unchanged labels")
            for side in ("old", "new"):
                if side in lab:
                    s = lab[side]
                    if snippet_shape(f"{lw}.{side}", s):
                        place(f"{lw}.{side}", texts[side], s, spans[side], f"label {li}")
            if style == "cosmetic" and kind == "unchanged" and "old" in lab and "new" in lab:
                if normalize_cosmetic(lab["old"]) != normalize_cosmetic(lab["new"]):
                    err(lw, "cosmetic unchanged snippets differ beyond cosmetic variation")

        ncs = pair.get("notCommitments")
        if not isinstance(ncs, list) or not ncs:
            err(where, "notCommitments missing or empty")
            ncs = []
        if len(set(ncs)) != len(ncs):
            err(where, "duplicate notCommitments")
        for ni, snip in enumerate(ncs):
            nw = f"{where} notCommitment {ni}"
            if not snippet_shape(nw, snip):
                continue
            found = False
            for side in ("old", "new"):
                if snip in texts[side]:
                    found = True
                    place(f"{nw}.{side}", texts[side], snip, spans[side], f"notCommitment {ni}")
            if not found:
                err(nw, f"occurs in neither text: {snip!r}")
        for side in ("old", "new"):
            overlaps(f"{where}.{side}", spans[side])

    for st, n in STYLES.items():
        if styles[st] != n:
            err("file", f"{styles[st]} {st} pairs (need {n})")
    for k in KINDS:
        if not kinds[k]:
            err("file", f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err("file", f"slot {s} never used")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err("file", f"only {changed} labels that are not unchanged (need >= 45)")

    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        return 1
    total = sum(kinds.values())
    print(f"pairs={len(data)} labels={total} not-unchanged={changed}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    print("slots: " + ", ".join(f"{s}={slots[s]}" for s in SLOTS))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
