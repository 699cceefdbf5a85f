#!/usr/bin/env python3
"""Checks en.json / ar.json / ru.json of this development set.

Usage: python3 check.py [en ar ru]
Exit code 1 if any error is found. Warnings do not fail the check.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
NEEDS = {"added": ("new",), "dropped": ("old",), "softened": ("old", "new"),
         "strengthened": ("old", "new"), "reworded": ("old", "new"), "unchanged": ("old", "new")}
SENT_END = re.compile(r"[.!?؟…](?=\s|$)")
BAD_CHARS = [";", "؛", "\n"]
WORD_CHAR = re.compile(r"\w", re.UNICODE)


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def snippet_errors(text, s, where):
    errs = []
    n = len(s.split())
    if not 3 <= n <= 7:
        errs.append(f"{where}: {n} words (need 3-7): {s!r}")
    if s != s.strip():
        errs.append(f"{where}: leading/trailing space: {s!r}")
    for c in BAD_CHARS:
        if c in s:
            errs.append(f"{where}: contains {c!r}: {s!r}")
    if SENT_END.search(s):
        errs.append(f"{where}: crosses/ends at a sentence end: {s!r}")
    occ = occurrences(text, s)
    if len(occ) != 1:
        errs.append(f"{where}: occurs {len(occ)} times (need exactly 1): {s!r}")
    for i in occ:
        if i > 0 and WORD_CHAR.match(text[i - 1]) and WORD_CHAR.match(s[0]):
            errs.append(f"{where}: does not start at a word boundary: {s!r}")
        j = i + len(s)
        if j < len(text) and WORD_CHAR.match(text[j]) and WORD_CHAR.match(s[-1]):
            errs.append(f"{where}: does not end at a word boundary: {s!r}")
    return errs, occ


def check_lang(lang):
    path = os.path.join(HERE, f"{lang}.json")
    pairs = json.load(open(path, encoding="utf-8"))
    errors, warnings = [], []
    kinds, styles = Counter(), Counter()
    slots = Counter()
    names = set()
    for p in pairs:
        name = p.get("name", "?")
        if name in names:
            errors.append(f"{name}: duplicate name")
        names.add(name)
        if not name.startswith(lang + "-"):
            errors.append(f"{name}: name must start with {lang}-")
        style = p.get("style")
        if style not in STYLES:
            errors.append(f"{name}: bad style {style!r}")
        styles[style] += 1
        for side in ("old", "new"):
            t = p[side]
            paras = t.split("\n\n")
            if "\n\n\n" in t or any(not x.strip() or "\n" in x for x in paras):
                errors.append(f"{name}.{side}: paragraphs must be separated by exactly one blank line")
            if not 5 <= len(paras) <= 12:
                errors.append(f"{name}.{side}: {len(paras)} paragraphs (need 5-12)")
        if p["old"] == p["new"]:
            errors.append(f"{name}: old and new are identical")
        spans = {"old": [], "new": []}
        for k, lab in enumerate(p["expected"]):
            kind = lab.get("kind")
            where = f"{name}#{k}({kind})"
            if kind not in KINDS:
                errors.append(f"{where}: bad kind")
                continue
            kinds[kind] += 1
            for side in ("old", "new"):
                if side in NEEDS[kind] and side not in lab:
                    errors.append(f"{where}: missing {side!r}")
                if side not in NEEDS[kind] and side in lab:
                    errors.append(f"{where}: unexpected {side!r}")
            if kind in ("softened", "strengthened", "reworded"):
                if lab.get("slot") not in SLOTS:
                    errors.append(f"{where}: bad or missing slot {lab.get('slot')!r}")
                else:
                    slots[(kind, lab["slot"])] += 1
            elif "slot" in lab:
                errors.append(f"{where}: slot not allowed for {kind}")
            if style == "cosmetic" and kind != "unchanged":
                errors.append(f"{where}: cosmetic pair may only have unchanged labels")
            for side in NEEDS[kind]:
                if side not in lab:
                    continue
                e, occ = snippet_errors(p[side], lab[side], f"{where}.{side}")
                errors += e
                for i in occ:
                    spans[side].append((i, i + len(lab[side]), lab[side]))
        for side in ("old", "new"):
            sp = sorted(spans[side])
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    errors.append(f"{name}.{side}: overlapping label snippets {a[2]!r} / {b[2]!r}")
        for s in p.get("notCommitments", []):
            where = f"{name}.notCommitments"
            total = 0
            for side in ("old", "new"):
                occ = occurrences(p[side], s)
                total += len(occ)
                if len(occ) > 1:
                    errors.append(f"{where}: {s!r} occurs {len(occ)} times in {side}")
                for i in occ:
                    for a, b, t in spans[side]:
                        if i < b and a < i + len(s):
                            errors.append(f"{where}: {s!r} overlaps label snippet {t!r}")
            if total == 0:
                errors.append(f"{where}: {s!r} not found")
            e, _ = snippet_errors(s, s, where)  # form checks only
            errors += [x for x in e if "occurs" not in x]
        # heuristic coverage warning: paragraphs with no label and no notCommitment
        for side in ("old", "new"):
            t = p[side]
            pos = 0
            for para in t.split("\n\n"):
                a, b = pos, pos + len(para)
                pos = b + 2
                if len(para.split()) < 6:
                    continue  # date lines and similar
                hit = any(x < b and a < y for x, y, _ in spans[side])
                hit = hit or any(para.find(s) != -1 for s in p.get("notCommitments", []))
                if not hit:
                    warnings.append(f"{name}.{side}: paragraph with no label/notCommitment: {para[:60]!r}")
    nonunch = sum(v for k, v in kinds.items() if k != "unchanged")
    if nonunch < 35:
        errors.append(f"{lang}: only {nonunch} non-unchanged labels (need >= 35)")
    if styles["press"] < 2:
        errors.append(f"{lang}: need >= 2 press pairs")
    if styles["cosmetic"] < 1:
        errors.append(f"{lang}: need >= 1 cosmetic pair")
    if len(pairs) != 7:
        errors.append(f"{lang}: {len(pairs)} pairs (need 7)")
    return pairs, kinds, styles, slots, errors, warnings


def main():
    langs = sys.argv[1:] or ["en", "ar", "ru"]
    bad = False
    for lang in langs:
        pairs, kinds, styles, slots, errors, warnings = check_lang(lang)
        nonunch = sum(v for k, v in kinds.items() if k != "unchanged")
        print(f"== {lang}: {len(pairs)} pairs, styles {dict(styles)}")
        print("   kinds: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)) +
              f"; total={sum(kinds.values())}; non-unchanged={nonunch}")
        print("   slots: " + ", ".join(f"{k}/{s}={v}" for (k, s), v in sorted(slots.items())))
        for w in warnings:
            print("   WARN", w)
        for e in errors:
            print("   ERROR", e)
        bad = bad or bool(errors)
    print("FAILED" if bad else "OK")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
