#!/usr/bin/env python3
"""Validator for the blind-2026-12-01-names set (en.json, ar.json, ru.json)."""
import json, re, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
SENT_END = re.compile(r"[.!?؟;؛\n]")
errors = []
def err(m): errors.append(m)
def count(text, s):
    n, i = 0, text.find(s)
    while i != -1:
        n += 1; i = text.find(s, i + 1)
    return n
def check_snip(where, text, s):
    if not isinstance(s, str) or not s.strip():
        err(f"{where}: empty snippet"); return
    w = len(s.split())
    if not 3 <= w <= 7: err(f"{where}: {w} words: {s!r}")
    if SENT_END.search(s): err(f"{where}: crosses sentence end / semicolon / paragraph: {s!r}")
    if s != s.strip(): err(f"{where}: leading/trailing space: {s!r}")
    c = count(text, s)
    if c != 1: err(f"{where}: occurs {c} times: {s!r}")
def check_paras(where, text):
    if "\n\n\n" in text or text != text.strip(): err(f"{where}: extra blank lines/whitespace")
    ps = text.split("\n\n")
    if not 5 <= len(ps) <= 12: err(f"{where}: {len(ps)} paragraphs")
    for i, p in enumerate(ps):
        if not p.strip() or "\n" in p or p != p.strip(): err(f"{where}: bad paragraph {i+1}")
totals = {}
for fn in ("en.json", "ar.json", "ru.json"):
    path = os.path.join(HERE, fn)
    try: data = json.load(open(path, encoding="utf-8"))
    except Exception as e: err(f"{fn}: {e}"); continue
    kinds, slots, styles, names = Counter(), Counter(), Counter(), set()
    for pair in data:
        n = pair.get("name", "?")
        if n in names: err(f"{fn}:{n}: duplicate name")
        names.add(n)
        if pair.get("style") not in STYLES: err(f"{fn}:{n}: bad style")
        styles[pair.get("style")] += 1
        for k in ("old", "new"): check_paras(f"{fn}:{n}:{k}", pair[k])
        for i, e in enumerate(pair.get("expected", [])):
            w = f"{fn}:{n}:expected[{i}]"
            k = e.get("kind")
            if k not in KINDS: err(f"{w}: bad kind {k}"); continue
            kinds[k] += 1
            need = {"added": ["new"], "dropped": ["old"]}.get(k, ["old", "new"])
            for side in ("old", "new"):
                if side in need: check_snip(f"{w}.{side}", pair[side], e.get(side))
                elif side in e: err(f"{w}: {k} must not have {side}")
            if k in ("softened", "strengthened", "reworded"):
                if e.get("slot") not in SLOTS: err(f"{w}: bad/missing slot {e.get('slot')}")
                else: slots[f"{k}/{e['slot']}"] += 1
            elif "slot" in e: err(f"{w}: slot not allowed for {k}")
        # same snippet used twice on one side
        for side in ("old", "new"):
            used = [e[side] for e in pair["expected"] if side in e]
            for s, c in Counter(used).items():
                if c > 1: err(f"{fn}:{n}: {side} snippet labelled twice: {s!r}")
        for s in pair.get("notCommitments", []):
            w = f"{fn}:{n}:notCommitments"
            w_ = len(s.split())
            if not 3 <= w_ <= 7: err(f"{w}: {w_} words: {s!r}")
            if SENT_END.search(s): err(f"{w}: crosses sentence end: {s!r}")
            co, cn = count(pair["old"], s), count(pair["new"], s)
            if co > 1 or cn > 1 or co + cn == 0: err(f"{w}: occurs old={co} new={cn}: {s!r}")
    nonu = sum(v for k, v in kinds.items() if k != "unchanged")
    if nonu < 15: err(f"{fn}: only {nonu} non-unchanged labels")
    if styles != Counter({"statement": 2, "press": 1, "cosmetic": 1}): err(f"{fn}: styles {dict(styles)}")
    totals[fn] = (kinds, slots, nonu)
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} error(s)"); sys.exit(1)
allk, alls = Counter(), Counter()
for fn, (k, s, nonu) in totals.items():
    allk += k; alls += s
    print(f"{fn}: {sum(k.values())} labels, {nonu} not unchanged; kinds {dict(sorted(k.items()))}")
print("all kinds:", dict(sorted(allk.items())))
print("all kind/slot:", dict(sorted(alls.items())))
used = {x.split('/')[1] for x in alls}
print("slots missing:", sorted(SLOTS - used) or "none")
print("OK")
