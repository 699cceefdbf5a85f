#!/usr/bin/env python3
"""Consistency checks for en.json / ar.json / ru.json in this folder.

Usage: python3 check.py [-v]
  -v  print, for every paragraph, which labels / notCommitments fall in it
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
SENT_END = re.compile(r"[.!?\u061f\u2026]\s")
VERBOSE = "-v" in sys.argv

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_snippet(where, s):
    if not isinstance(s, str) or not s:
        err(f"{where}: empty snippet")
        return False
    n = len(s.split())
    if n < 3 or n > 7:
        err(f"{where}: {n} words: {s!r}")
    if "\n" in s or ";" in s or "\u061b" in s:
        err(f"{where}: crosses paragraph/semicolon: {s!r}")
    if SENT_END.search(s):
        err(f"{where}: crosses sentence end: {s!r}")
    if s != s.strip():
        err(f"{where}: leading/trailing space: {s!r}")
    return True


def para_index(text, pos):
    return text[:pos].count("\n\n")


totals = {}
for lang in ("en", "ar", "ru"):
    path = os.path.join(HERE, f"{lang}.json")
    if not os.path.exists(path):
        err(f"missing {path}")
        continue
    with open(path, encoding="utf-8") as f:
        pairs = json.load(f)
    kinds = collections.Counter()
    slots = collections.Counter()
    styles = collections.Counter()
    names = set()
    for p in pairs:
        name = p.get("name")
        if name in names:
            err(f"{lang}: duplicate name {name}")
        names.add(name)
        if not str(name).startswith(lang + "-"):
            err(f"{name}: name should start with {lang}-")
        style = p.get("style")
        styles[style] += 1
        if style not in STYLES:
            err(f"{name}: bad style {style}")
        texts = {"old": p["old"], "new": p["new"]}
        for side, t in texts.items():
            if "\n\n\n" in t or t != t.strip():
                err(f"{name}.{side}: bad paragraph separation")
            paras = t.split("\n\n")
            if not 5 <= len(paras) <= 12:
                err(f"{name}.{side}: {len(paras)} paragraphs")
            for q in paras:
                if "\n" in q:
                    err(f"{name}.{side}: single newline inside paragraph")
        if p["old"] == p["new"]:
            err(f"{name}: old == new")
        spans = {"old": [], "new": []}  # (start, end, tag)
        for i, lab in enumerate(p["expected"]):
            where = f"{name}#{i}"
            k = lab.get("kind")
            if k not in KINDS:
                err(f"{where}: bad kind {k}")
                continue
            kinds[k] += 1
            need = {"added": ("new",), "dropped": ("old",)}.get(k, ("old", "new"))
            for side in ("old", "new"):
                if side in need and side not in lab:
                    err(f"{where}: {k} needs {side}")
                if side not in need and side in lab:
                    err(f"{where}: {k} must not have {side}")
            if k in ("softened", "strengthened", "reworded"):
                if lab.get("slot") not in SLOTS:
                    err(f"{where}: bad/missing slot {lab.get('slot')}")
                else:
                    slots[(k, lab["slot"])] += 1
            elif "slot" in lab and lab["slot"] not in SLOTS:
                err(f"{where}: bad slot {lab['slot']}")
            if style == "cosmetic" and k != "unchanged":
                err(f"{where}: cosmetic pair with {k}")
            for side in need:
                s = lab.get(side)
                if not check_snippet(f"{where}.{side}", s):
                    continue
                occ = find_all(texts[side], s)
                if len(occ) != 1:
                    err(f"{where}.{side}: occurs {len(occ)}x: {s!r}")
                for o in occ[:1]:
                    spans[side].append((o, o + len(s), f"L{i}:{k}"))
        for j, s in enumerate(p.get("notCommitments", [])):
            where = f"{name}/nc{j}"
            if not check_snippet(where, s):
                continue
            found = False
            for side in ("old", "new"):
                occ = find_all(texts[side], s)
                if len(occ) > 1:
                    err(f"{where}: occurs {len(occ)}x in {side}: {s!r}")
                if occ:
                    found = True
                    spans[side].append((occ[0], occ[0] + len(s), f"NC{j}"))
            if not found:
                err(f"{where}: not found in either text: {s!r}")
        if style == "press" and not p.get("notCommitments"):
            err(f"{name}: press pair without notCommitments")
        for side in ("old", "new"):
            sp = sorted(spans[side])
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(f"{name}.{side}: overlapping spans {a[2]} / {b[2]}")
            paras = texts[side].split("\n\n")
            per = collections.defaultdict(list)
            for st, en, tag in sp:
                per[para_index(texts[side], st)].append(tag)
            for pi, q in enumerate(paras):
                if not per[pi]:
                    warn(f"{name}.{side} para {pi} has no label/nc: {q[:70]!r}")
                if VERBOSE:
                    print(f"{name}.{side}[{pi}] {per[pi]} :: {q[:90]}")
    totals[lang] = (len(pairs), styles, kinds, slots)
    nonun = sum(v for k, v in kinds.items() if k != "unchanged")
    if not 10 <= len(pairs) <= 12:
        err(f"{lang}: {len(pairs)} pairs")
    if styles["press"] < 3:
        err(f"{lang}: only {styles['press']} press pairs")
    if styles["cosmetic"] < 1:
        err(f"{lang}: no cosmetic pair")
    if nonun < 60:
        err(f"{lang}: only {nonun} non-unchanged labels")
    for k in ("softened", "strengthened", "added", "dropped"):
        if kinds[k] < 8:
            err(f"{lang}: only {kinds[k]} {k}")
    if kinds["reworded"] < 5:
        err(f"{lang}: only {kinds['reworded']} reworded")

for lang, (n, styles, kinds, slots) in totals.items():
    nonun = sum(v for k, v in kinds.items() if k != "unchanged")
    print(f"{lang}: {n} pairs {dict(styles)}; labels {sum(kinds.values())}, non-unchanged {nonun}")
    print("   ", ", ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print("    slots:", ", ".join(f"{k[:4]}/{s}={v}" for (k, s), v in sorted(slots.items())))
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
