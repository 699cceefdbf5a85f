#!/usr/bin/env python3
"""Checker for the blind evaluation set in this folder.

Verifies the structural and labelling rules of the brief and exits 1 on any
error.  Run:  python3 check.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ar", "ru"]
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
# characters a snippet may not contain: sentence ends, semicolons, breaks
FORBIDDEN = [".", "!", "?", ";", "\u061b", "\u061f", "\u2026", "\n", "\r", "\t"]
# a snippet must start at the act, not at its subject
SUBJECT_WORDS = {
    "the", "they", "it", "we", "iran", "russia", "türkiye", "turkey",
    "guarantors", "parties", "participants", "delegations", "three",
    "стороны", "гаранты", "участники", "они", "иран", "россия", "турция",
    "делегации", "тройка",
    "الدول", "الأطراف", "إيران", "روسيا", "تركيا", "الوفود", "البيان",
}
READ_ALSO = {"en": "Read also", "ru": "Читайте также", "ar": "اقرأ أيضاً"}
README_FIRST = ("Illustrative texts written on 2026-12-01 \u2014 not official "
                "statements or real press reports.")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_word_char(ch):
    if ch.isalnum():
        return True
    cat = unicodedata.category(ch)
    return cat.startswith("M")  # combining marks (Arabic harakat etc.)


def occurrences(text, snip):
    """Case-insensitive count of (possibly overlapping) occurrences."""
    t, s = text.lower(), snip.lower()
    n, i = 0, t.find(s)
    while i != -1:
        n += 1
        i = t.find(s, i + 1)
    return n


def check_snippet(where, text, snip):
    """Shared copying rules; returns (start, end) of the exact match or None."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet must be a non-empty string")
        return None
    if snip != " ".join(snip.split()):
        err(where, f"snippet has stray whitespace: {snip!r}")
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(where, f"snippet must have 3-7 words, has {len(words)}: {snip!r}")
    for ch in FORBIDDEN:
        if ch in snip:
            err(where, f"snippet crosses a sentence end/semicolon/break ({ch!r}): {snip!r}")
    start = text.find(snip)
    if start == -1:
        err(where, f"snippet not copied exactly from the text: {snip!r}")
        return None
    end = start + len(snip)
    if start > 0 and is_word_char(text[start - 1]) and is_word_char(snip[0]):
        err(where, f"snippet starts inside a word: {snip!r}")
    if end < len(text) and is_word_char(text[end]) and is_word_char(snip[-1]):
        err(where, f"snippet ends inside a word: {snip!r}")
    # must stay inside one paragraph (also guaranteed by FORBIDDEN)
    return (start, end)


def overlaps(spans):
    spans = sorted(spans)
    bad = []
    for (a, b, s1), (c, d, s2) in zip(spans, spans[1:]):
        if c < b:
            bad.append((s1, s2))
    return bad


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(where, "text must be a non-empty string")
        return
    if "\r" in text:
        err(where, "text contains \\r")
    if "\n\n\n" in text:
        err(where, "paragraphs separated by more than one blank line")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"text must have 5-12 paragraphs, has {len(paras)}")
    for i, p in enumerate(paras, 1):
        if not p.strip():
            err(where, f"paragraph {i} is empty")
        if p != p.strip():
            err(where, f"paragraph {i} has leading/trailing whitespace")
        if "\n" in p:
            err(where, f"paragraph {i} contains a single line break")


def check_pair(lang, idx, pair, stats):
    where = f"{lang}[{idx}]"
    if not isinstance(pair, dict):
        err(where, "pair must be an object")
        return
    keys = set(pair)
    if keys != PAIR_KEYS:
        err(where, f"pair keys must be {sorted(PAIR_KEYS)}, got {sorted(keys)}")
    name = pair.get("name", "")
    where = f"{lang}[{idx}] {name}"
    if not isinstance(name, str) or not re.match(rf"^{lang}-\d\d-[a-z0-9-]+$", name):
        err(where, f"name must look like '{lang}-NN-slug'")
    style = pair.get("style")
    if style not in STYLES:
        err(where, f"bad style {style!r}")
    old, new = pair.get("old", ""), pair.get("new", "")
    check_text(where + " old", old)
    check_text(where + " new", new)
    if old == new:
        err(where, "old and new are identical")
    expected = pair.get("expected")
    if not isinstance(expected, list) or not expected:
        err(where, "expected must be a non-empty list")
        expected = []
    spans = {"old": [], "new": []}
    for j, lab in enumerate(expected):
        lw = f"{where} expected[{j}]"
        if not isinstance(lab, dict):
            err(lw, "label must be an object")
            continue
        kind = lab.get("kind")
        if kind not in KINDS:
            err(lw, f"bad kind {kind!r}")
            continue
        need = {"kind"}
        if kind != "added":
            need.add("old")
        if kind != "dropped":
            need.add("new")
        if kind in SLOTTED:
            need.add("slot")
        if set(lab) != need:
            err(lw, f"{kind} label must have keys {sorted(need)}, got {sorted(lab)}")
        if kind in SLOTTED and lab.get("slot") not in SLOTS:
            err(lw, f"bad slot {lab.get('slot')!r}")
        for side, text in (("old", old), ("new", new)):
            if side not in lab:
                continue
            snip = lab[side]
            sw = f"{lw} {side}"
            span = check_snippet(sw, text, snip)
            if span is None:
                continue
            n = occurrences(text, snip)
            if n != 1:
                err(sw, f"snippet must occur exactly once on its side (case-insensitive), occurs {n}x: {snip!r}")
            first = snip.split()[0].lower().strip("\u00ab\u00bb\"\u201c\u201d'(")
            if first in SUBJECT_WORDS:
                err(sw, f"snippet starts at the subject, not the act: {snip!r}")
            spans[side].append((span[0], span[1], snip))
        if kind == "dropped" and isinstance(lab.get("old"), str) and occurrences(new, lab["old"]):
            err(lw, f"dropped snippet still occurs in new: {lab['old']!r}")
        if kind == "added" and isinstance(lab.get("new"), str) and occurrences(old, lab["new"]):
            err(lw, f"added snippet already occurs in old: {lab['new']!r}")
        stats["kind"][kind] += 1
        if kind in SLOTTED and lab.get("slot") in SLOTS:
            stats["slot"][(kind, lab["slot"])] += 1
            stats["slots"].add(lab["slot"])
        if kind != "unchanged":
            stats["changed"] += 1
    for side in ("old", "new"):
        for s1, s2 in overlaps(spans[side]):
            err(f"{where} {side}", f"label snippets overlap: {s1!r} / {s2!r}")
    kinds = [lab.get("kind") for lab in expected if isinstance(lab, dict)]
    if style == "cosmetic":
        if any(k != "unchanged" for k in kinds):
            err(where, "a cosmetic pair may only carry 'unchanged' labels")
        if len(kinds) < 3:
            err(where, "a cosmetic pair needs at least 3 labels")
    elif style in STYLES and not any(k != "unchanged" for k in kinds):
        err(where, "a non-cosmetic pair needs at least one change label")
    # notCommitments
    nc = pair.get("notCommitments")
    if not isinstance(nc, list):
        err(where, "notCommitments must be a list")
        nc = []
    if len(set(nc)) != len(nc):
        err(where, "duplicate notCommitments entries")
    nc_spans = {"old": [], "new": []}
    for j, snip in enumerate(nc):
        nw = f"{where} notCommitments[{j}]"
        total = 0
        for side, text in (("old", old), ("new", new)):
            if not isinstance(snip, str):
                continue
            n = occurrences(text, snip)
            if n > 1:
                err(nw, f"occurs {n}x on {side} side (max once): {snip!r}")
            if n:
                total += n
                span = check_snippet(f"{nw} {side}", text, snip)
                if span:
                    nc_spans[side].append((span[0], span[1], snip))
        if total == 0:
            err(nw, f"does not occur in the pair: {snip!r}")
            check_snippet(nw, old + "\n\n" + new, snip)
    for side in ("old", "new"):
        nc_set = {s for _, _, s in nc_spans[side]}
        for s1, s2 in overlaps(spans[side] + nc_spans[side]):
            if s1 in nc_set or s2 in nc_set:
                err(f"{where} {side}", f"notCommitment overlaps another snippet: {s1!r} / {s2!r}")
    if style == "press":
        if len(nc) < 4:
            err(where, "a press pair needs at least 4 notCommitments (traps)")
        if READ_ALSO[lang] not in old and READ_ALSO[lang] not in new:
            err(where, f"a press pair needs a '{READ_ALSO[lang]}' link")
    stats["styles"][style] += 1


def main():
    grand = Counter()
    for lang in LANGS:
        path = os.path.join(HERE, f"{lang}.json")
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            err(lang, f"cannot read {path}: {exc}")
            continue
        if not isinstance(data, list) or len(data) != 10:
            err(lang, "file must hold a JSON array of exactly 10 pairs")
            if not isinstance(data, list):
                continue
        stats = {"kind": Counter(), "slot": Counter(), "slots": set(),
                 "styles": Counter(), "changed": 0}
        names = [p.get("name") for p in data if isinstance(p, dict)]
        for n, c in Counter(names).items():
            if c > 1:
                err(lang, f"duplicate pair name {n!r}")
        for i, pair in enumerate(data):
            check_pair(lang, i, pair, stats)
        st = stats["styles"]
        if st["statement"] < 5:
            err(lang, f"needs >=5 statement pairs, has {st['statement']}")
        if st["press"] < 3:
            err(lang, f"needs >=3 press pairs, has {st['press']}")
        if st["cosmetic"] != 1:
            err(lang, f"needs exactly 1 cosmetic pair, has {st['cosmetic']}")
        if stats["changed"] < 60:
            err(lang, f"needs >=60 labels whose kind is not 'unchanged', has {stats['changed']}")
        missing = SLOTS - stats["slots"]
        if missing:
            err(lang, f"slots never used: {sorted(missing)}")
        for k in ("added", "dropped", "softened", "strengthened", "reworded", "unchanged"):
            if stats["kind"][k] == 0:
                err(lang, f"kind {k!r} never used")
        print(f"{lang}: pairs={len(data)} styles={dict(st)} changed={stats['changed']} "
              f"kinds={dict(stats['kind'])}")
        grand.update(stats["kind"])
    # README
    readme = os.path.join(HERE, "README.md")
    try:
        with open(readme, encoding="utf-8") as fh:
            first = fh.readline().rstrip("\n")
        if first != README_FIRST:
            err("README.md", f"first line must be exactly: {README_FIRST!r}")
    except OSError:
        err("README.md", "missing")
    for name in ("check.py", "common.py", "build_en.py", "build_ar.py",
                 "build_ru.py", "build_readme.py"):
        if not os.path.exists(os.path.join(HERE, name)):
            err(name, "missing")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK", dict(grand))


if __name__ == "__main__":
    main()
