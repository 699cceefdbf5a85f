#!/usr/bin/env python3
"""Checks en.json / ar.json / ru.json of this blind set.

For every pair: 5-12 paragraphs per side separated by exactly one blank line;
every snippet (labels and notCommitments) is 3-7 words, an exact substring that
occurs once on its side (also case-insensitively), starts and ends on word
boundaries and does not cross a sentence end, semicolon or paragraph break;
label snippets on one side do not overlap each other or a notCommitment.
Per language: >= 55 labels whose kind is not "unchanged", >= 2 press pairs,
>= 1 cosmetic pair whose labels are all "unchanged".  Prints counts.
"""
import json
import sys
import unicodedata
from collections import Counter

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
FORBIDDEN = [".", ";", "؛", "\n", "!", "?", "؟"]


def wordchar(c):
    return c.isalnum() or unicodedata.category(c).startswith("M") or c in "_"


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_snippet(errs, where, text, s):
    """Returns (start, end) or None."""
    if not isinstance(s, str) or not s:
        errs.append(f"{where}: empty snippet")
        return None
    n = len(s.split())
    if not 3 <= n <= 7:
        errs.append(f"{where}: {n} words: {s!r}")
    if s != s.strip():
        errs.append(f"{where}: leading/trailing space: {s!r}")
    for f in FORBIDDEN:
        if f in s:
            errs.append(f"{where}: contains {f!r}: {s!r}")
    occ = occurrences(text, s)
    if len(occ) != 1:
        errs.append(f"{where}: occurs {len(occ)} times: {s!r}")
        return None
    if len(occurrences(text.lower(), s.lower())) != 1:
        errs.append(f"{where}: not unique case-insensitively: {s!r}")
    a, b = occ[0], occ[0] + len(s)
    if a > 0 and wordchar(text[a - 1]) and wordchar(s[0]):
        errs.append(f"{where}: starts mid-word: {s!r}")
    if b < len(text) and wordchar(text[b]) and wordchar(s[-1]):
        errs.append(f"{where}: ends mid-word: {s!r}")
    return (a, b)


def overlaps(spans):
    spans = sorted(spans)
    return [(x, y) for x, y in zip(spans, spans[1:]) if x[1] > y[0]]


def check_file(path):
    errs = []
    pairs = json.load(open(path, encoding="utf-8"))
    kinds = Counter()
    styles = Counter()
    names = set()
    for p in pairs:
        nm = p.get("name", "?")
        if nm in names:
            errs.append(f"{nm}: duplicate name")
        names.add(nm)
        if p.get("style") not in STYLES:
            errs.append(f"{nm}: bad style {p.get('style')}")
        styles[p.get("style")] += 1
        for side in ("old", "new"):
            t = p[side]
            paras = t.split("\n\n")
            if not 5 <= len(paras) <= 12:
                errs.append(f"{nm}.{side}: {len(paras)} paragraphs")
            if "\n\n\n" in t or any(x != x.strip() or not x for x in paras):
                errs.append(f"{nm}.{side}: bad paragraph separation")
        if p["old"] == p["new"]:
            errs.append(f"{nm}: old == new")
        spans = {"old": [], "new": []}
        for i, l in enumerate(p["expected"]):
            k = l.get("kind")
            w = f"{nm}[{i}]"
            if k not in KINDS:
                errs.append(f"{w}: bad kind {k}")
                continue
            kinds[k] += 1
            need = {"added": ["new"], "dropped": ["old"]}.get(k, ["old", "new"])
            for side in ("old", "new"):
                if side in need and side not in l:
                    errs.append(f"{w}: {k} lacks {side}")
                if side not in need and side in l:
                    errs.append(f"{w}: {k} has {side}")
            if k in ("softened", "strengthened", "reworded"):
                if l.get("slot") not in SLOTS:
                    errs.append(f"{w}: bad slot {l.get('slot')}")
            elif "slot" in l:
                errs.append(f"{w}: {k} has slot")
            for side in need:
                if side in l:
                    sp = check_snippet(errs, f"{w}.{side}", p[side], l[side])
                    if sp:
                        spans[side].append(sp)
        for side in ("old", "new"):
            for x, y in overlaps(spans[side]):
                errs.append(f"{nm}.{side}: overlapping label snippets {p[side][x[0]:x[1]]!r} / {p[side][y[0]:y[1]]!r}")
        if p["style"] == "cosmetic" and any(l["kind"] != "unchanged" for l in p["expected"]):
            errs.append(f"{nm}: cosmetic pair with a changed label")
        for s in p.get("notCommitments", []):
            w = f"{nm}.notCommitments"
            found = []
            for side in ("old", "new"):
                t = p[side]
                occ = occurrences(t, s)
                if len(occ) > 1:
                    errs.append(f"{w}: occurs {len(occ)} times in {side}: {s!r}")
                if len(occ) == 1:
                    e2 = []
                    sp = check_snippet(e2, w, t, s)
                    errs.extend(e2)
                    if sp:
                        found.append(side)
                        for q in spans[side]:
                            if sp[0] < q[1] and q[0] < sp[1]:
                                errs.append(f"{w}: overlaps a label snippet: {s!r}")
            if not found:
                errs.append(f"{w}: not found: {s!r}")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 55:
        errs.append(f"{path}: only {changed} non-unchanged labels")
    if styles["press"] < 2:
        errs.append(f"{path}: fewer than 2 press pairs")
    if styles["cosmetic"] < 1:
        errs.append(f"{path}: no cosmetic pair")
    return pairs, kinds, styles, changed, errs


def main(argv):
    files = argv[1:] or ["en.json", "ar.json", "ru.json"]
    bad = 0
    for f in files:
        pairs, kinds, styles, changed, errs = check_file(f)
        nc = sum(len(p.get("notCommitments", [])) for p in pairs)
        print(f"{f}: {len(pairs)} pairs, styles {dict(styles)}, labels {sum(kinds.values())}, "
              f"non-unchanged {changed}, notCommitments {nc}")
        print("   " + ", ".join(f"{k} {kinds[k]}" for k in sorted(KINDS)))
        for e in errs:
            print("   ERROR", e)
        bad += len(errs)
    print("OK" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
