#!/usr/bin/env python3
"""Build en.json / ar.json / ru.json from *_data.py and check every label.

Checks: snippet is an exact substring occurring exactly once on its side,
3-7 words, no semicolon / line break / sentence end inside; label fields per
kind; slots; no two snippets overlapping on the same side; paragraph counts;
cosmetic pairs only 'unchanged'; press pairs have notCommitments; quotas.
Prints paragraphs that no snippet touches so they can be reviewed by hand.
Usage: python3 build.py [--write]
"""
import importlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

KINDS = ["added", "dropped", "softened", "strengthened", "reworded", "unchanged"]
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
SENT_END = re.compile(r"[.!?\u061f](?=\s)")   # . ! ? ؟ followed by space

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def check_snippet(pname, side, snip, text, what):
    if not isinstance(snip, str) or not snip:
        err(f"{pname}: {what}: empty {side} snippet")
        return None
    n = text.count(snip)
    if n != 1:
        err(f"{pname}: {what}: {side} snippet occurs {n}x: {snip!r}")
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(f"{pname}: {what}: {side} snippet has {len(words)} words: {snip!r}")
    if snip != snip.strip():
        err(f"{pname}: {what}: {side} snippet has outer whitespace: {snip!r}")
    if ";" in snip or "\u061b" in snip or "\n" in snip:
        err(f"{pname}: {what}: {side} snippet crosses ; or line: {snip!r}")
    if SENT_END.search(snip):
        err(f"{pname}: {what}: {side} snippet crosses sentence end: {snip!r}")
    if n >= 1:
        i = text.index(snip)
        return (i, i + len(snip))
    return None


def check_pair(p, lang):
    name = p.get("name", "?")
    if not name.startswith(lang + "-"):
        err(f"{name}: name must start with {lang}-")
    if p.get("style") not in STYLES:
        err(f"{name}: bad style {p.get('style')}")
    for side in ("old", "new"):
        t = p[side]
        paras = t.split("\n\n")
        if not 5 <= len(paras) <= 12:
            err(f"{name}: {side} has {len(paras)} paragraphs")
        if "\n\n\n" in t or any(q != q.strip() or not q for q in paras):
            err(f"{name}: {side} paragraph spacing problem")
    spans = {"old": [], "new": []}
    for k, lab in enumerate(p["expected"]):
        kind = lab.get("kind")
        what = f"label {k} ({kind})"
        if kind not in KINDS:
            err(f"{name}: {what}: bad kind")
            continue
        need_old = kind != "added"
        need_new = kind != "dropped"
        if need_old != ("old" in lab) or need_new != ("new" in lab):
            err(f"{name}: {what}: wrong old/new fields")
        if kind in ("softened", "strengthened", "reworded"):
            if lab.get("slot") not in SLOTS:
                err(f"{name}: {what}: missing/bad slot {lab.get('slot')}")
        elif "slot" in lab and lab["slot"] not in SLOTS:
            err(f"{name}: {what}: bad slot {lab.get('slot')}")
        for side in ("old", "new"):
            if side in lab:
                sp = check_snippet(name, side, lab[side], p[side], what)
                if sp:
                    spans[side].append((sp, what, lab[side]))
    for k, snip in enumerate(p.get("notCommitments", [])):
        what = f"notCommitment {k}"
        found = False
        for side in ("old", "new"):
            c = p[side].count(snip)
            if c > 1:
                err(f"{name}: {what}: occurs {c}x in {side}: {snip!r}")
            if c == 1:
                found = True
                i = p[side].index(snip)
                spans[side].append(((i, i + len(snip)), what, snip))
        if not found:
            err(f"{name}: {what}: not found: {snip!r}")
        words = snip.split()
        if not 3 <= len(words) <= 7:
            err(f"{name}: {what}: {len(words)} words: {snip!r}")
        if ";" in snip or "\u061b" in snip or SENT_END.search(snip):
            err(f"{name}: {what}: crosses ; or sentence end: {snip!r}")
    # overlaps
    for side in ("old", "new"):
        s = sorted(spans[side])
        for a, b in zip(s, s[1:]):
            if b[0][0] < a[0][1]:
                err(f"{name}: {side}: overlapping snippets {a[2]!r} / {b[2]!r}")
    # untouched paragraphs (for manual review)
    for side in ("old", "new"):
        pos = 0
        for para in p[side].split("\n\n"):
            start, end = pos, pos + len(para)
            pos = end + 2
            if not any(sp[0][0] < end and sp[0][1] > start for sp in spans[side]):
                warnings.append(f"{name} [{side}] untouched: {para[:90]}")
    if p["style"] == "cosmetic":
        if any(l["kind"] != "unchanged" for l in p["expected"]):
            err(f"{name}: cosmetic pair with non-unchanged label")
        if p["old"] == p["new"]:
            err(f"{name}: cosmetic pair is identical")
    if p["style"] == "press" and len(p.get("notCommitments", [])) < 5:
        err(f"{name}: press pair with few notCommitments")


def main():
    write = "--write" in sys.argv
    summary = {}
    for lang in ("en", "ar", "ru"):
        try:
            mod = importlib.import_module(f"{lang}_data")
        except ModuleNotFoundError:
            print(f"{lang}: no data yet")
            continue
        pairs = mod.PAIRS
        names = [p["name"] for p in pairs]
        if len(set(names)) != len(names):
            err(f"{lang}: duplicate names")
        for p in pairs:
            check_pair(p, lang)
        c = Counter(l["kind"] for p in pairs for l in p["expected"])
        styles = Counter(p["style"] for p in pairs)
        nonu = sum(v for k, v in c.items() if k != "unchanged")
        summary[lang] = {"pairs": len(pairs), "styles": dict(styles),
                         "kinds": {k: c.get(k, 0) for k in KINDS},
                         "non_unchanged": nonu,
                         "notCommitments": sum(len(p["notCommitments"]) for p in pairs)}
        if not 10 <= len(pairs) <= 12:
            err(f"{lang}: {len(pairs)} pairs")
        if styles.get("press", 0) < 3 or styles.get("cosmetic", 0) < 1:
            err(f"{lang}: styles {dict(styles)}")
        if nonu < 60:
            err(f"{lang}: only {nonu} non-unchanged labels")
        for k in ("softened", "strengthened", "added", "dropped"):
            if c.get(k, 0) < 8:
                err(f"{lang}: only {c.get(k, 0)} {k}")
        if c.get("reworded", 0) < 5:
            err(f"{lang}: only {c.get('reworded', 0)} reworded")
        slots = Counter(l.get("slot") for p in pairs for l in p["expected"]
                        if l["kind"] in ("softened", "strengthened", "reworded"))
        summary[lang]["slots"] = dict(sorted(slots.items()))
        if write:
            with open(os.path.join(HERE, f"{lang}.json"), "w", encoding="utf-8") as f:
                json.dump(pairs, f, ensure_ascii=False, indent=2)
                f.write("\n")
    for w in warnings:
        print("REVIEW", w)
    for e in errors:
        print("ERROR", e)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    if write and not errors:
        with open(os.path.join(HERE, "counts.json"), "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("errors:", len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
