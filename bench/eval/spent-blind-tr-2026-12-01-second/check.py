#!/usr/bin/env python3
"""Validator for the blind Turkish evaluation set (tr.json).

Checks: JSON shape, kinds and slots, snippet rules (3-7 words, exactly one
occurrence in its text, no sentence end / semicolon / paragraph break inside),
notCommitments rules, no overlapping snippets, paragraph layout (5-12
paragraphs separated by exactly one blank line), and the set-level quotas.
Usage: python3 check.py [path/to/tr.json]
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement", "press", "cosmetic"}
QUOTA = {"statement": 4, "press": 2, "cosmetic": 1}
MIN_CHANGED = 45

errors = []


def err(msg):
    errors.append(msg)


def bad_boundary(snippet):
    """Return a reason if the snippet crosses a sentence end, ';' or a break."""
    if "\n" in snippet:
        return "contains a line/paragraph break"
    for ch in ";؛":
        if ch in snippet:
            return "contains a semicolon"
    for i, ch in enumerate(snippet):
        if ch in "!?…؟":
            return "contains sentence-final punctuation %r" % ch
        if ch == ".":
            # a period is tolerated only right after a digit (ordinals: "21.")
            if i > 0 and snippet[i - 1].isdigit():
                continue
            return "contains a period"
    return None


def check_snippet(pair, where, snippet, text, label, allow_absent=False):
    if not isinstance(snippet, str) or not snippet.strip():
        err("%s: %s snippet missing or empty in %s" % (pair, where, label))
        return None
    if snippet != snippet.strip():
        err("%s: %s snippet has outer whitespace: %r" % (pair, where, snippet))
    n = len(snippet.split())
    if not 3 <= n <= 7:
        err("%s: %s snippet has %d words (3-7): %r" % (pair, where, n, snippet))
    reason = bad_boundary(snippet)
    if reason:
        err("%s: %s snippet %s: %r" % (pair, where, reason, snippet))
    c = text.count(snippet)
    if c == 0 and allow_absent:
        return None
    if c != 1:
        err("%s: %s snippet occurs %d times in %s text: %r" % (pair, where, c, where, snippet))
        return None
    start = text.index(snippet)
    return (start, start + len(snippet), snippet)


def check_paragraphs(pair, where, text):
    if text != text.strip():
        err("%s: %s text has leading/trailing whitespace" % (pair, where))
    if "\r" in text or "\t" in text:
        err("%s: %s text contains CR or TAB" % (pair, where))
    if "\n\n\n" in text:
        err("%s: %s text has more than one blank line between paragraphs" % (pair, where))
    paras = text.split("\n\n")
    for i, p in enumerate(paras):
        if not p.strip():
            err("%s: %s paragraph %d is empty" % (pair, where, i + 1))
        if "\n" in p:
            err("%s: %s paragraph %d contains a single line break" % (pair, where, i + 1))
        if p != p.strip():
            err("%s: %s paragraph %d has outer whitespace" % (pair, where, i + 1))
    if not 5 <= len(paras) <= 12:
        err("%s: %s text has %d paragraphs (5-12)" % (pair, where, len(paras)))
    return len(paras)


def overlaps(pair, where, spans):
    spans = sorted(s for s in spans if s)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err("%s: overlapping snippets in %s: %r / %r" % (pair, where, a[2], b[2]))


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top level must be a JSON array")
        return Counter(), Counter(), Counter()
    kinds, slots, styles = Counter(), Counter(), Counter()
    names = set()
    for idx, pair in enumerate(data):
        name = pair.get("name", "#%d" % idx) if isinstance(pair, dict) else "#%d" % idx
        if not isinstance(pair, dict):
            err("%s: pair is not an object" % name)
            continue
        extra = set(pair) - {"name", "style", "old", "new", "expected", "notCommitments"}
        if extra:
            err("%s: unexpected keys %s" % (name, sorted(extra)))
        if not isinstance(pair.get("name"), str) or not pair["name"].startswith("tr-"):
            err("%s: name must be a string starting with 'tr-'" % name)
        if name in names:
            err("%s: duplicate name" % name)
        names.add(name)
        style = pair.get("style")
        if style not in STYLES:
            err("%s: bad style %r" % (name, style))
        styles[style] += 1
        old, new = pair.get("old"), pair.get("new")
        if not isinstance(old, str) or not isinstance(new, str):
            err("%s: old/new must be strings" % name)
            continue
        if old == new:
            err("%s: old and new are identical" % name)
        check_paragraphs(name, "old", old)
        check_paragraphs(name, "new", new)
        exp = pair.get("expected")
        if not isinstance(exp, list) or not exp:
            err("%s: expected must be a non-empty list" % name)
            continue
        spans = {"old": [], "new": []}
        for j, lab in enumerate(exp):
            tag = "%s[%d]" % (name, j)
            if not isinstance(lab, dict):
                err("%s: label is not an object" % tag)
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err("%s: bad kind %r" % (tag, kind))
                continue
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err("%s: unexpected keys %s" % (tag, sorted(set(lab) - allowed)))
            if kind in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err("%s: %s needs a valid slot, got %r" % (tag, kind, lab.get("slot")))
                else:
                    slots[(kind, lab["slot"])] += 1
            elif "slot" in lab:
                err("%s: %s must not carry a slot" % (tag, kind))
            need_old = kind != "added"
            need_new = kind != "dropped"
            if need_old != ("old" in lab):
                err("%s: %s %s an old snippet" % (tag, kind, "needs" if need_old else "must not have"))
            if need_new != ("new" in lab):
                err("%s: %s %s a new snippet" % (tag, kind, "needs" if need_new else "must not have"))
            if "old" in lab:
                spans["old"].append(check_snippet(tag, "old", lab["old"], old, "label"))
            if "new" in lab:
                spans["new"].append(check_snippet(tag, "new", lab["new"], new, "label"))
            if style == "cosmetic" and kind != "unchanged":
                err("%s: cosmetic pairs may only hold unchanged labels" % tag)
            kinds[kind] += 1
        nc = pair.get("notCommitments", [])
        if not isinstance(nc, list):
            err("%s: notCommitments must be a list" % name)
            nc = []
        if len(set(nc)) != len(nc):
            err("%s: duplicate notCommitments" % name)
        for s in nc:
            tag = "%s[nc]" % name
            so = check_snippet(tag, "old", s, old, "notCommitments", allow_absent=True)
            sn = check_snippet(tag, "new", s, new, "notCommitments", allow_absent=True)
            if isinstance(s, str) and old.count(s) == 0 and new.count(s) == 0:
                err("%s: notCommitment occurs in neither text: %r" % (tag, s))
            spans["old"].append(so)
            spans["new"].append(sn)
        if style == "press" and not nc:
            err("%s: press pairs need notCommitments" % name)
        overlaps(name, "old", spans["old"])
        overlaps(name, "new", spans["new"])
    for st, q in QUOTA.items():
        if styles[st] != q:
            err("set: expected %d %s pairs, found %d" % (q, st, styles[st]))
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < MIN_CHANGED:
        err("set: only %d labels that are not unchanged (need >= %d)" % (changed, MIN_CHANGED))
    for k in KINDS:
        if kinds[k] == 0:
            err("set: kind %s never used" % k)
    used_slots = {s for (_, s) in slots}
    for s in SLOTS - used_slots:
        err("set: slot %s never used" % s)
    return kinds, slots, styles


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "tr.json")
    kinds, slots, styles = main(path)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAILED with %d error(s)" % len(errors))
        sys.exit(1)
    print("OK: %d pairs %s" % (sum(styles.values()), dict(styles)))
    print("kinds:", dict(sorted(kinds.items())))
    print("not unchanged:", sum(v for k, v in kinds.items() if k != "unchanged"))
    by_slot = Counter()
    for (k, s), v in slots.items():
        by_slot[s] += v
    print("slots:", dict(sorted(by_slot.items())))
    print("kind/slot:", {"%s/%s" % ks: v for ks, v in sorted(slots.items())})
