#!/usr/bin/env python3
"""Checker for this evaluation set.  Exits 1 on any error.

Verifies, for en.json, ar.json and ru.json:
  * 10 pairs; styles: >=5 statement, >=3 press, exactly 1 cosmetic;
  * names "<lang>-NN-..." unique;
  * each text has 5-12 paragraphs separated by exactly one blank line;
  * label format (kinds, sides, slots), cosmetic pairs only "unchanged";
  * snippet rules: 3-7 words, no sentence end / semicolon / paragraph break
    inside, exactly one (case-insensitive) occurrence on its side, aligned
    on word boundaries, label snippets on one side do not overlap,
    notCommitments do not overlap labels;
  * notCommitments: at most once on each side, at least once in the pair;
  * >= 60 labels per language whose kind is not "unchanged";
  * README.md first lines.
Also prints warnings (not errors) for statement paragraphs after the
title and preamble that hold no label snippet.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ar", "ru")
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
FORBIDDEN_IN_SNIPPET = set(".!?;\u061b\u061f\n")  # . ! ? ; ؛ ؟ newline
FIRST_LINE = ("Illustrative texts written on 2026-12-01 \u2014 not official "
              "statements or real press reports.")
SECOND_LINE = "This is a development set: it may be read and tuned on."

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def is_word_char(c):
    return c.isalnum() or c in "\u0640"  # tatweel counts as part of a word


def occurrences(text, snip):
    """Start positions of case-insensitive (overlapping) occurrences."""
    t, s = text.lower(), snip.lower()
    pos, out = 0, []
    while True:
        k = t.find(s, pos)
        if k < 0:
            return out
        out.append(k)
        pos = k + 1


def check_snippet(where, snip):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet must be a non-empty string")
        return False
    if snip != snip.strip():
        err(f"{where}: snippet has leading/trailing whitespace: {snip!r}")
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(f"{where}: snippet has {n} words (need 3-7): {snip!r}")
    bad = FORBIDDEN_IN_SNIPPET & set(snip)
    if bad:
        err(f"{where}: snippet crosses a sentence end/semicolon/paragraph "
            f"({''.join(sorted(bad))!r}): {snip!r}")
    return True


def locate(where, text, snip, exactly_once=True):
    """Return (start, end) of the single occurrence or None."""
    occ = occurrences(text, snip)
    if exactly_once and len(occ) != 1:
        err(f"{where}: snippet occurs {len(occ)} times (need exactly 1): {snip!r}")
        return None
    if not occ:
        return None
    if len(occ) > 1:
        err(f"{where}: snippet occurs {len(occ)} times (max 1): {snip!r}")
        return None
    a = occ[0]
    b = a + len(snip)
    if a > 0 and is_word_char(text[a - 1]) and is_word_char(snip[0]):
        err(f"{where}: snippet does not start at a word boundary: {snip!r}")
    if b < len(text) and is_word_char(text[b]) and is_word_char(snip[-1]):
        err(f"{where}: snippet does not end at a word boundary: {snip!r}")
    return (a, b)


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: text must be a string")
        return []
    if len(text.lower()) != len(text):
        err(f"{where}: text changes length when lower-cased (e.g. dotted I)")
    if text != text.strip():
        err(f"{where}: text has leading/trailing whitespace")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    for k, p in enumerate(paras):
        if not p.strip():
            err(f"{where}: empty paragraph {k + 1}")
        if "\n" in p:
            err(f"{where}: paragraph {k + 1} contains a single line break")
        if p != p.strip():
            err(f"{where}: paragraph {k + 1} has surrounding whitespace")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    return paras


def overlaps(spans):
    spans = sorted(s for s in spans if s)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            return True
    return False


def check_pair(lang, idx, pair, names):
    where = f"{lang}[{idx}]"
    if not isinstance(pair, dict):
        err(f"{where}: pair must be an object")
        return 0
    keys = set(pair)
    need = {"name", "style", "old", "new", "expected", "notCommitments"}
    if keys != need:
        err(f"{where}: keys {sorted(keys)} != {sorted(need)}")
    name = pair.get("name", "")
    where = f"{lang}:{name}"
    if not re.fullmatch(rf"{lang}-\d\d-[a-z0-9][a-z0-9-]*", str(name)):
        err(f"{where}: bad name")
    if name in names:
        err(f"{where}: duplicate name")
    names.add(name)
    style = pair.get("style")
    if style not in ("statement", "press", "cosmetic"):
        err(f"{where}: bad style {style!r}")
    old, new = pair.get("old", ""), pair.get("new", "")
    old_paras = check_text(f"{where}.old", old)
    new_paras = check_text(f"{where}.new", new)
    if old == new:
        err(f"{where}: old and new are identical")

    spans = {"old": [], "new": []}
    non_unchanged = 0
    exp = pair.get("expected", [])
    if not isinstance(exp, list) or not exp:
        err(f"{where}: expected must be a non-empty list")
        exp = []
    for j, lab in enumerate(exp):
        lw = f"{where}.expected[{j}]"
        if not isinstance(lab, dict):
            err(f"{lw}: label must be an object")
            continue
        kind = lab.get("kind")
        if kind not in KINDS:
            err(f"{lw}: bad kind {kind!r}")
            continue
        allowed = {"kind", "old", "new", "slot"}
        if set(lab) - allowed:
            err(f"{lw}: unknown keys {sorted(set(lab) - allowed)}")
        if kind == "added":
            if "old" in lab or "new" not in lab:
                err(f"{lw}: 'added' needs new only")
        elif kind == "dropped":
            if "new" in lab or "old" not in lab:
                err(f"{lw}: 'dropped' needs old only")
        elif "old" not in lab or "new" not in lab:
            err(f"{lw}: '{kind}' needs old and new")
        if kind in SLOTTED:
            if lab.get("slot") not in SLOTS:
                err(f"{lw}: '{kind}' needs a slot from {sorted(SLOTS)}")
        elif "slot" in lab:
            err(f"{lw}: slot is only allowed with softened/strengthened/reworded")
        if style == "cosmetic" and kind != "unchanged":
            err(f"{lw}: cosmetic pair may only hold 'unchanged' labels")
        if kind != "unchanged":
            non_unchanged += 1
        for side, text in (("old", old), ("new", new)):
            if side in lab:
                if check_snippet(f"{lw}.{side}", lab[side]):
                    spans[side].append(locate(f"{lw}.{side}", text, lab[side]))
    for side in ("old", "new"):
        if overlaps(spans[side]):
            err(f"{where}: label snippets overlap on the {side} side")

    nc = pair.get("notCommitments", [])
    if not isinstance(nc, list):
        err(f"{where}: notCommitments must be a list")
        nc = []
    if len(set(nc)) != len(nc):
        err(f"{where}: duplicate notCommitments")
    if style == "press" and not nc:
        err(f"{where}: a press pair should list notCommitments")
    for j, s in enumerate(nc):
        nw = f"{where}.notCommitments[{j}]"
        if not check_snippet(nw, s):
            continue
        total = 0
        for side, text in (("old", old), ("new", new)):
            sp = locate(f"{nw}.{side}", text, s, exactly_once=False)
            if sp:
                total += 1
                if overlaps(spans[side] + [sp]):
                    err(f"{nw}: overlaps a label snippet on the {side} side: {s!r}")
        if total == 0:
            err(f"{nw}: occurs in neither text: {s!r}")

    if style == "statement":
        for side, paras in (("old", old_paras), ("new", new_paras)):
            offs, pos = [], 0
            for p in paras:
                offs.append((pos, pos + len(p)))
                pos += len(p) + 2
            for k, (a, b) in enumerate(offs[2:], start=3):
                if not any(sp and a <= sp[0] < b for sp in spans[side]):
                    warnings.append(f"{where}.{side}: paragraph {k} holds no label")
    return non_unchanged


def main():
    counts = {}
    for lang in LANGS:
        path = os.path.join(HERE, f"{lang}.json")
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(f"{lang}.json: cannot load: {e}")
            continue
        if not isinstance(data, list) or len(data) != 10:
            err(f"{lang}.json: must be a list of 10 pairs")
            if not isinstance(data, list):
                continue
        styles = [p.get("style") for p in data if isinstance(p, dict)]
        if styles.count("statement") < 5:
            err(f"{lang}: fewer than 5 statement pairs")
        if styles.count("press") < 3:
            err(f"{lang}: fewer than 3 press pairs")
        if styles.count("cosmetic") != 1:
            err(f"{lang}: need exactly 1 cosmetic pair")
        names = set()
        total = 0
        for i, pair in enumerate(data):
            total += check_pair(lang, i, pair, names)
        counts[lang] = total
        if total < 60:
            err(f"{lang}: only {total} labels whose kind is not 'unchanged' (need >= 60)")
    readme = os.path.join(HERE, "README.md")
    try:
        with open(readme, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[0] != FIRST_LINE:
            err("README.md: first line is wrong")
        if len(lines) < 2 or lines[1] != SECOND_LINE:
            err("README.md: development-set sentence missing after first line")
    except OSError:
        err("README.md missing")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("non-unchanged labels:", counts)
    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
