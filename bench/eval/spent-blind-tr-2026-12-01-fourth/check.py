#!/usr/bin/env python3
"""Validator for the blind Turkish set tr.json. Prints OK when every rule holds."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["unchanged", "softened", "strengthened", "reworded", "dropped", "added"]
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
errors = []

def err(where, msg):
    errors.append(f"{where}: {msg}")

def occurrences(text, snip):
    """Start offsets of every (possibly overlapping) occurrence."""
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out

def word_char(c):
    return c.isalnum() or c in "'’"

def check_snippet(where, text, snip):
    """Checks form and placement; returns the (start, end) span or None."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet must be a non-empty string"); return None
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"{n} words (need 3-7): {snip!r}")
    if "\n" in snip:
        err(where, f"paragraph/line break inside: {snip!r}")
    if ";" in snip:
        err(where, f"semicolon inside: {snip!r}")
    if re.search(r"(?<!\d)[.!?…](?=\s)", snip):
        err(where, f"sentence end inside: {snip!r}")
    if snip != snip.strip() or "  " in snip:
        err(where, f"stray spaces: {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(where, f"leading/trailing punctuation: {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f"occurs {len(occ)} times (need exactly 1): {snip!r}"); return None
    s, e = occ[0], occ[0] + len(snip)
    if (s > 0 and word_char(text[s - 1])) or (e < len(text) and word_char(text[e])):
        err(where, f"does not sit on word boundaries: {snip!r}")
    return (s, e)

def check_text(where, text):
    if not isinstance(text, str):
        err(where, "text must be a string"); return
    if text != text.strip():
        err(where, "leading/trailing whitespace in text")
    if "\r" in text or "\t" in text:
        err(where, "CR or TAB in text")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras):
        if not p:
            err(where, f"paragraph {i+1} empty (more than one blank line?)")
        if "\n" in p:
            err(where, f"paragraph {i+1} has a single line break")
        if p != p.strip():
            err(where, f"paragraph {i+1} has leading/trailing spaces")

# words that betray missing Turkish letters, and proper names without apostrophe
ASCII_TR = re.compile(r"\b(Turkiye|Idlib|Iran|Islam|icin|Aciklama\w*|Toplantisi\w*|tum|bagliliklarini|kinadilar)\b")
NO_APOS = re.compile(r"\b(Suriye|İdlib|Türkiye|Cenevre|Kazakistan|Astana)(nin|nın|de|da|deki|daki|ye|ya|yi|yı|ni|den|dan)\b")

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "tr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        print("tr.json must be a JSON array"); sys.exit(1)
    if len(data) != 7:
        err("file", f"{len(data)} pairs (need 7)")
    styles = Counter(p.get("style") for p in data)
    for st, n in STYLES.items():
        if styles.get(st, 0) != n:
            err("file", f"{styles.get(st, 0)} {st} pairs (need {n})")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("file", "duplicate names")
    kinds, slots = Counter(), Counter()
    for pi, p in enumerate(data):
        w = f"pair {pi+1} ({p.get('name')})"
        if set(p) != {"name", "style", "old", "new", "expected", "notCommitments"}:
            err(w, f"keys are {sorted(p)}")
            continue
        if not isinstance(p["name"], str) or not p["name"]:
            err(w, "name must be a non-empty string")
        if p["style"] not in STYLES:
            err(w, f"bad style {p['style']!r}")
        texts = {"old": p["old"], "new": p["new"]}
        for side, t in texts.items():
            check_text(f"{w} {side}", t)
        if p["old"] == p["new"]:
            err(w, "old and new are identical")
        spans = {"old": [], "new": []}
        exp = p["expected"]
        if not isinstance(exp, list) or not exp:
            err(w, "expected must be a non-empty list"); exp = []
        for li, lab in enumerate(exp):
            lw = f"{w} label {li+1}"
            k = lab.get("kind")
            if k not in KINDS:
                err(lw, f"bad kind {k!r}"); continue
            kinds[k] += 1
            want = {"kind"}
            if k != "added": want.add("old")
            if k != "dropped": want.add("new")
            if k in SLOTTED: want.add("slot")
            if set(lab) != want:
                err(lw, f"fields {sorted(lab)} but {k} needs {sorted(want)}")
            if k in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(lw, f"bad slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
                if lab.get("old") == lab.get("new") and k != "unchanged":
                    err(lw, "changed label with identical snippets")
            if p["style"] == "cosmetic" and k != "unchanged":
                err(lw, "cosmetic pair may only have unchanged labels")
            for side in ("old", "new"):
                if side in lab:
                    sp = check_snippet(f"{lw} {side}", texts[side], lab[side])
                    if sp: spans[side].append((sp, f"label {li+1} {side}"))
        nc = p["notCommitments"]
        if not isinstance(nc, list) or not nc:
            err(w, "notCommitments must be a non-empty list"); nc = []
        for ni, snip in enumerate(nc):
            nw = f"{w} notCommitment {ni+1}"
            found = False
            for side in ("old", "new"):
                if not isinstance(snip, str): break
                cnt = len(occurrences(texts[side], snip))
                if cnt > 1:
                    err(nw, f"occurs {cnt} times in {side}: {snip!r}")
                if cnt == 1:
                    found = True
                    sp = check_snippet(f"{nw} {side}", texts[side], snip)
                    if sp: spans[side].append((sp, f"notCommitment {ni+1}"))
            if not found:
                err(nw, f"found in neither text: {snip!r}")
        for side in ("old", "new"):
            ss = sorted(spans[side])
            for (a, la), (b, lb) in zip(ss, ss[1:]):
                if b[0] < a[1]:
                    err(f"{w} {side}", f"{la} overlaps {lb}")
        # Turkish orthography
        for side, t in texts.items():
            cosmetic_old = p["style"] == "cosmetic" and side == "old"
            if not cosmetic_old:
                m = ASCII_TR.search(t)
                if m: err(f"{w} {side}", f"Turkish letters missing in {m.group(0)!r}")
                if not re.search(r"[İıŞşĞğÇçÖöÜü]", t):
                    err(f"{w} {side}", "no Turkish letters at all")
            m = NO_APOS.search(t)
            if m: err(f"{w} {side}", f"missing apostrophe before case ending: {m.group(0)!r}")
            if "Turkey" in t:
                err(f"{w} {side}", "write 'Türkiye'")
        if p["style"] == "cosmetic":
            if not ASCII_TR.search(p["old"]):
                err(w, "cosmetic old should be typed partly without Turkish letters")
            if p["old"].count("\n\n") != p["new"].count("\n\n"):
                err(w, "cosmetic texts should keep the paragraph structure")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err("file", f"only {changed} labels that are not unchanged (need 45)")
    for k in KINDS:
        if not kinds[k]: err("file", f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]: err("file", f"slot {s} never used")
    if errors:
        for e in errors: print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("labels:", sum(kinds.values()), "| not unchanged:", changed)
    print("kinds:", dict((k, kinds[k]) for k in KINDS))
    print("slots:", dict((s, slots[s]) for s in SLOTS))
    print("notCommitments:", sum(len(p["notCommitments"]) for p in data))
    print("OK")

if __name__ == "__main__":
    main()
