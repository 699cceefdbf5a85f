#!/usr/bin/env python3
"""Validator for ar.json (blind Arabic evaluation set). Prints OK or the list of problems."""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
FORBIDDEN_INSIDE = [".", "!", "?", "\u061f", ";", "\u061b", "\n", "\u2026"]
errors = []

def err(msg):
    errors.append(msg)

def is_punct(ch):
    return unicodedata.category(ch).startswith("P") or ch in "«»\"'"

def is_wordchar(ch):
    c = unicodedata.category(ch)
    return c[0] in "LMN"

def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out

def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty or not a string"); return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(f"{where}: CR or tab")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p:
            err(f"{where}: empty paragraph {k}")
        if "\n" in p:
            err(f"{where}: single line break in paragraph {k}")
        if p != p.strip():
            err(f"{where}: paragraph {k} has leading/trailing spaces")

def check_snippet(where, text, s):
    """Returns (start, end) of the unique occurrence, or None."""
    if not isinstance(s, str) or not s:
        err(f"{where}: snippet missing or not a string"); return None
    n = len(s.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words: {s!r}")
    if s != s.strip():
        err(f"{where}: leading/trailing space: {s!r}")
    for ch in FORBIDDEN_INSIDE:
        if ch in s:
            err(f"{where}: forbidden {ch!r} inside: {s!r}")
    if s and (is_punct(s[0]) or is_punct(s[-1])):
        err(f"{where}: leading/trailing punctuation: {s!r}")
    occ = occurrences(text, s)
    if len(occ) != 1:
        err(f"{where}: occurs {len(occ)} times (need 1): {s!r}")
        return None
    a, b = occ[0], occ[0] + len(s)
    if a > 0 and is_wordchar(text[a - 1]) or b < len(text) and is_wordchar(text[b]):
        err(f"{where}: does not start/end at a word boundary: {s!r}")
    return (a, b)

def check_overlaps(where, spans):
    spans = sorted(spans)
    for (a1, b1, s1), (a2, b2, s2) in zip(spans, spans[1:]):
        if a2 < b1:
            err(f"{where}: overlapping snippets {s1!r} / {s2!r}")

def main():
    path = os.path.join(HERE, "ar.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level is not an array"); return
    styles = Counter()
    kinds, slots = Counter(), Counter()
    names = set()
    for i, pair in enumerate(data):
        w = f"pair {i} ({pair.get('name')})"
        if set(pair) != {"name", "style", "old", "new", "expected", "notCommitments"}:
            err(f"{w}: keys {sorted(pair)}")
            continue
        if pair["name"] in names:
            err(f"{w}: duplicate name")
        names.add(pair["name"])
        style = pair["style"]
        if style not in STYLES:
            err(f"{w}: bad style {style!r}")
        styles[style] += 1
        old, new = pair["old"], pair["new"]
        check_text(w + " old", old)
        check_text(w + " new", new)
        if old == new:
            err(f"{w}: old and new are identical")
        spans = {"old": [], "new": []}
        exp = pair["expected"]
        if not isinstance(exp, list) or not exp:
            err(f"{w}: expected is empty"); continue
        for j, lab in enumerate(exp):
            lw = f"{w} label {j}"
            kind = lab.get("kind")
            if kind not in KINDS:
                err(f"{lw}: bad kind {kind!r}"); continue
            kinds[kind] += 1
            want = {"kind"}
            if kind != "added": want.add("old")
            if kind != "dropped": want.add("new")
            if kind in SLOTTED: want.add("slot")
            if set(lab) != want:
                err(f"{lw}: keys {sorted(lab)} but {kind} needs {sorted(want)}")
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(f"{lw}: bad slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            if style == "cosmetic" and kind != "unchanged":
                err(f"{lw}: cosmetic pair label is {kind}")
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{lw} {side}", text, lab[side])
                    if sp:
                        spans[side].append((sp[0], sp[1], lab[side]))
        ncs = pair["notCommitments"]
        if not isinstance(ncs, list) or len(ncs) < 3:
            err(f"{w}: notCommitments must be a list of at least 3 snippets")
            ncs = []
        if len(set(ncs)) != len(ncs):
            err(f"{w}: duplicate notCommitments")
        for j, s in enumerate(ncs):
            nw = f"{w} notCommitment {j}"
            found = False
            for side, text in (("old", old), ("new", new)):
                if isinstance(s, str) and s in text:
                    found = True
                    sp = check_snippet(f"{nw} {side}", text, s)
                    if sp:
                        spans[side].append((sp[0], sp[1], s))
            if not found:
                err(f"{nw}: not found in old or new: {s!r}")
            elif isinstance(s, str):
                n = len(s.split())
                if not 3 <= n <= 7:
                    pass  # already reported by check_snippet
        for side in ("old", "new"):
            check_overlaps(f"{w} {side}", spans[side])
        # every numbered item of a statement carries at least one commitment label
        if style in ("statement", "cosmetic"):
            for side, text in (("old", old), ("new", new)):
                pos = 0
                for k, p in enumerate(text.split("\n\n")):
                    a, b = pos, pos + len(p)
                    pos = b + 2
                    if re.match(r"^[0-9\u0660-\u0669]+[.\-]", p):
                        if not any(a <= s0 and s1 <= b for s0, s1, s in spans[side]
                                   if any(lab.get(side) == s for lab in exp)):
                            err(f"{w} {side}: numbered paragraph {k} has no label")
        if style != "cosmetic" and not any(l.get("kind") != "unchanged" for l in exp):
            err(f"{w}: no changed label")
        if style != "cosmetic" and not any(l.get("kind") == "unchanged" for l in exp):
            err(f"{w}: no unchanged label")
    if len(data) != 7:
        err(f"{len(data)} pairs (need 7)")
    for st, n in STYLES.items():
        if styles[st] != n:
            err(f"style {st}: {styles[st]} pairs (need {n})")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (need 45)")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")
    if "--counts" in sys.argv:
        print("pairs:", dict(styles))
        print("labels:", sum(kinds.values()), "changed:", changed)
        print("kinds:", dict(sorted(kinds.items())))
        print("slots:", dict(sorted(slots.items())))
        for pair in data:
            c = Counter(l["kind"] for l in pair["expected"])
            print(" ", pair["name"], pair["style"], len(pair["expected"]), dict(sorted(c.items())),
                  "paras", len(pair["old"].split("\n\n")), len(pair["new"].split("\n\n")),
                  "notCommitments", len(pair["notCommitments"]))

main()
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
