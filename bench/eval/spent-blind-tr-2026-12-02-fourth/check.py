#!/usr/bin/env python3
"""Validator for tr.json (blind Turkish evaluation set)."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
errors = []

def err(msg):
    errors.append(msg)

def check_snippet(s, text, where, spans):
    if not isinstance(s, str):
        err(f"{where}: snippet not a string"); return
    n = len(s.split())
    if not 3 <= n <= 7:
        err(f"{where}: {n} words: {s!r}")
    if s != s.strip() or not s[0].isalnum() or not s[-1].isalnum():
        err(f"{where}: leading/trailing punctuation or space: {s!r}")
    if "\n" in s or ";" in s:
        err(f"{where}: line break or semicolon inside: {s!r}")
    if re.search(r"[.!?…](\s|$)", s):
        err(f"{where}: sentence end inside: {s!r}")
    c = text.count(s)
    if c != 1:
        err(f"{where}: occurs {c} times: {s!r}"); return
    a = text.index(s); b = a + len(s)
    for (x, y, t) in spans:
        if a < y and x < b:
            err(f"{where}: overlaps {t!r}: {s!r}")
    spans.append((a, b, s))

def check_text(t, where):
    if not isinstance(t, str):
        err(f"{where}: not a string"); return
    if t != t.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\n\n\n" in t:
        err(f"{where}: more than one blank line")
    paras = t.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs")
    for i, p in enumerate(paras):
        if "\n" in p:
            err(f"{where} para {i+1}: single line break")
        if p != p.strip() or not p:
            err(f"{where} para {i+1}: empty or leading/trailing spaces")
    if re.search(r"\bTurkey\b|\bTurkiye\b", t):
        err(f"{where}: write 'Türkiye'")

data = json.load(open(os.path.join(HERE, "tr.json"), encoding="utf-8"))
if not isinstance(data, list) or len(data) != 7:
    err("tr.json must be an array of 7 pairs")
styles = Counter(p.get("style") for p in data)
if styles != Counter({"statement": 4, "press": 2, "cosmetic": 1}):
    err(f"style counts wrong: {dict(styles)}")
names = [p.get("name") for p in data]
if len(set(names)) != len(names):
    err("duplicate names")

kinds = Counter(); slots = Counter(); nonunch = 0
for p in data:
    nm = p.get("name", "?")
    if set(p) != {"name", "style", "old", "new", "expected", "notCommitments"}:
        err(f"{nm}: keys {sorted(p)}")
        continue
    check_text(p["old"], f"{nm}.old"); check_text(p["new"], f"{nm}.new")
    if p["old"] == p["new"]:
        err(f"{nm}: old == new")
    spans = {"old": [], "new": []}
    if not p["expected"]:
        err(f"{nm}: no expected labels")
    for i, e in enumerate(p["expected"]):
        w = f"{nm}.expected[{i}]"
        k = e.get("kind")
        if k not in KINDS:
            err(f"{w}: bad kind {k!r}"); continue
        kinds[k] += 1
        if k != "unchanged":
            nonunch += 1
        want = {"unchanged": {"kind", "old", "new"}, "dropped": {"kind", "old"},
                "added": {"kind", "new"}}.get(k, {"kind", "old", "new", "slot"})
        if set(e) != want:
            err(f"{w}: keys {sorted(e)} expected {sorted(want)}")
        if "slot" in e:
            if e["slot"] not in SLOTS:
                err(f"{w}: bad slot {e['slot']!r}")
            slots[e["slot"]] += 1
        for side in ("old", "new"):
            if side in e:
                check_snippet(e[side], p[side], f"{w}.{side}", spans[side])
        if k in ("softened", "strengthened", "reworded") and e.get("old") == e.get("new"):
            err(f"{w}: {k} but snippets identical")
        if p["style"] == "cosmetic" and k != "unchanged":
            err(f"{w}: cosmetic pair label must be unchanged")
    nc = p["notCommitments"]
    if not isinstance(nc, list) or len(nc) < 3:
        err(f"{nm}: need at least 3 notCommitments")
    for i, s in enumerate(nc):
        w = f"{nm}.notCommitments[{i}]"
        found = False
        for side in ("old", "new"):
            if isinstance(s, str) and s in p[side]:
                found = True
                check_snippet(s, p[side], f"{w}.{side}", spans[side])
        if not found:
            err(f"{w}: not found in either text: {s!r}")

if nonunch < 45:
    err(f"only {nonunch} non-unchanged labels (need 45)")
for k in KINDS - set(kinds):
    err(f"kind never used: {k}")
for s in SLOTS - set(slots):
    err(f"slot never used: {s}")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} error(s)"); sys.exit(1)
print(f"kinds: {dict(sorted(kinds.items()))}")
print(f"slots: {dict(sorted(slots.items()))}")
print(f"non-unchanged labels: {nonunch}; total labels: {sum(kinds.values())}")
print("OK")
