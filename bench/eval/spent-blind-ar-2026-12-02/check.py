#!/usr/bin/env python3
"""Validator for the blind Arabic (MSA) evaluation set ar.json."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
SENT_END = set(".!?؟;؛")
errors = []


def err(msg):
    errors.append(msg)


def is_punct(ch):
    return unicodedata.category(ch).startswith("P") or ch in "–—-«»\"'"


def count(text, snip):
    n, i = 0, text.find(snip)
    while i != -1:
        n += 1
        i = text.find(snip, i + 1)
    return n


def check_snippet(where, snip):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: empty or non-string snippet")
        return False
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(f"{where}: {len(words)} words: {snip!r}")
    if snip != snip.strip():
        err(f"{where}: leading/trailing space: {snip!r}")
    if "\n" in snip:
        err(f"{where}: line break inside: {snip!r}")
    if any(c in SENT_END for c in snip):
        err(f"{where}: sentence end or semicolon inside: {snip!r}")
    if is_punct(snip[0]) or is_punct(snip[-1]):
        err(f"{where}: leading/trailing punctuation: {snip!r}")
    return True


def check_text(where, text):
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace in text")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs")
    for k, p in enumerate(paras):
        if "\n" in p:
            err(f"{where} para {k+1}: single line break / extra blank line")
        if p != p.strip() or not p:
            err(f"{where} para {k+1}: empty or leading/trailing whitespace")


# --- cosmetic normalisation: what may differ in a cosmetic pair ---
TASHKEEL = re.compile("[\u064B-\u0652\u0670]")
TRANSLIT = [("قازاخستان", "كازاخستان"), ("لوندجرين", "لوندغرين"), ("سورية", "سوريا")]


def normalise(t):
    t = TASHKEEL.sub("", t).replace("\u0640", "")
    for a, b in TRANSLIT:
        t = t.replace(a, b)
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي")
    t = t.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    t = "".join(" " if is_punct(c) or unicodedata.category(c).startswith("S") else c for c in t)
    return " ".join(t.split())


def main():
    with open(os.path.join(HERE, "ar.json"), encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level is not an array")
        return
    styles = Counter(p.get("style") for p in data)
    if dict(styles) != STYLES:
        err(f"style counts {dict(styles)} != {STYLES}")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("duplicate pair names")
    kinds, slots = Counter(), Counter()
    for p in data:
        name = p.get("name")
        if set(p) != {"name", "style", "old", "new", "expected", "notCommitments"}:
            err(f"{name}: keys {sorted(p)}")
            continue
        texts = {"old": p["old"], "new": p["new"]}
        for side, t in texts.items():
            check_text(f"{name}.{side}", t)
        spans = {"old": [], "new": []}
        if not p["expected"]:
            err(f"{name}: no expected labels")
        for i, lab in enumerate(p["expected"]):
            where = f"{name}.expected[{i}]"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{where}: bad kind {kind!r}")
                continue
            kinds[kind] += 1
            need = {"dropped": {"old"}, "added": {"new"}}.get(kind, {"old", "new"})
            allowed = need | {"kind"} | ({"slot"} if kind in SLOTTED else set())
            if set(lab) != allowed:
                err(f"{where}: keys {sorted(lab)} but {kind} needs {sorted(allowed)}")
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(f"{where}: bad slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            if p["style"] == "cosmetic" and kind != "unchanged":
                err(f"{where}: cosmetic pair label is {kind}")
            for side in need:
                snip = lab.get(side)
                if not check_snippet(f"{where}.{side}", snip):
                    continue
                c = count(texts[side], snip)
                if c != 1:
                    err(f"{where}.{side}: occurs {c} times: {snip!r}")
                else:
                    s = texts[side].find(snip)
                    spans[side].append((s, s + len(snip), where))
        if not p["notCommitments"]:
            err(f"{name}: no notCommitments")
        for i, snip in enumerate(p["notCommitments"]):
            where = f"{name}.notCommitments[{i}]"
            if not check_snippet(where, snip):
                continue
            found = False
            for side, t in texts.items():
                c = count(t, snip)
                if c > 1:
                    err(f"{where}: occurs {c} times in {side}: {snip!r}")
                elif c == 1:
                    found = True
                    s = t.find(snip)
                    spans[side].append((s, s + len(snip), where))
            if not found:
                err(f"{where}: not found: {snip!r}")
        for side, sp in spans.items():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(f"{name}.{side}: overlap {a[2]} / {b[2]}")
        if p["style"] == "cosmetic":
            if normalise(p["old"]) != normalise(p["new"]):
                a, b = normalise(p["old"]).split(), normalise(p["new"]).split()
                diff = [(x, y) for x, y in zip(a, b) if x != y][:5]
                err(f"{name}: texts differ beyond cosmetic variants: {diff}")
            if p["old"] == p["new"]:
                err(f"{name}: cosmetic texts identical")
    non_unchanged = sum(v for k, v in kinds.items() if k != "unchanged")
    if non_unchanged < 45:
        err(f"only {non_unchanged} labels that are not unchanged (< 45)")
    for k in KINDS - set(kinds):
        err(f"kind never used: {k}")
    for s in SLOTS - set(slots):
        err(f"slot never used: {s}")
    print("pairs:", len(data), dict(styles))
    print("kinds:", dict(sorted(kinds.items())), "not unchanged:", non_unchanged)
    print("slots:", dict(sorted(slots.items())))


main()
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
