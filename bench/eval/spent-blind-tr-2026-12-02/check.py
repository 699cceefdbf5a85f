#!/usr/bin/env python3
"""Validator for the blind Turkish evaluation set tr.json (standalone, python3 only).

Usage: python3 check.py [path/to/tr.json]   -> prints OK (and counts) or a list of errors.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = ["unchanged", "softened", "strengthened", "reworded", "dropped", "added"]
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
TR_LETTERS = set("İıŞşĞğÇçÖöÜü")
# names that must take an apostrophe before a case ending
NAMES = ["Suriye", "İdlib", "Astana", "Türkiye", "Rusya", "İran", "Kazakistan", "Cenevre", "Fırat"]
ENDINGS = ["nin", "nın", "nun", "nün", "de", "da", "den", "dan", "ye", "ya", "yi", "yı", "e", "a",
           "deki", "daki", "in", "ın", "i", "ı"]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def occurrences(text, snip):
    """Start offsets of all (possibly overlapping) occurrences."""
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(where, "text missing or empty")
        return
    if text != text.strip():
        err(where, "leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(where, "CR or TAB in text")
    if "\n\n\n" in text:
        err(where, "more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for k, p in enumerate(paras):
        if not p:
            err(where, f"paragraph {k} empty")
        if "\n" in p:
            err(where, f"paragraph {k} contains a single line break")
        if p != p.strip() or p != p.strip(" \u00a0"):
            err(where, f"paragraph {k} has leading/trailing spaces")
        if "  " in p:
            err(where, f"paragraph {k} has a double space")


def check_turkish(where, text, cosmetic_new=False):
    if not cosmetic_new:
        if not (set(text) & TR_LETTERS):
            err(where, "no Turkish letters")
        if re.search(r"\bTurkiye\b", text):
            err(where, "'Turkiye' without ü")
    for n in NAMES:
        for e in ENDINGS:
            if re.search(r"(?<!\w)" + re.escape(n + e) + r"(?!\w)", text):
                err(where, f"missing apostrophe: {n + e}")


def check_snippet(where, text, snip):
    """Returns the (start, end) span if valid, else None."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing/empty")
        return None
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(where, f"{len(words)} words (need 3-7): {snip!r}")
    if snip != snip.strip() or "  " in snip:
        err(where, f"bad spacing: {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(where, f"leading/trailing punctuation: {snip!r}")
    if "\n" in snip:
        err(where, f"paragraph/line break inside: {snip!r}")
    if ";" in snip:
        err(where, f"semicolon inside: {snip!r}")
    # sentence end inside: . ! ? … followed by a space, except ordinal/number periods (21. Astana)
    if re.search(r"(?<!\d)[.!?…](?=\s)", snip):
        err(where, f"sentence end inside: {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f"occurs {len(occ)} times (need exactly 1): {snip!r}")
        return None
    s = occ[0]
    e = s + len(snip)
    if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
        err(where, f"not on word boundaries: {snip!r}")
    return (s, e)


def check_overlaps(where, spans):
    spans = sorted(spans)
    for (a, b, la), (c, d, lc) in zip(spans, spans[1:]):
        if c < b:
            err(where, f"snippets overlap: {la!r} / {lc!r}")


def main(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        err("top", "not a JSON array")
        return Counter(), Counter(), Counter()
    if len(data) != 7:
        err("top", f"{len(data)} pairs (need 7)")
    styles = Counter(p.get("style") for p in data if isinstance(p, dict))
    if dict(styles) != STYLES:
        err("top", f"style counts {dict(styles)} != {STYLES}")
    names = [p.get("name") for p in data if isinstance(p, dict)]
    if len(set(names)) != len(names):
        err("top", "duplicate names")

    kinds, slots, kind_slot = Counter(), Counter(), Counter()
    for i, p in enumerate(data):
        w = f"pair[{i}]"
        if not isinstance(p, dict):
            err(w, "not an object")
            continue
        w = f"pair[{i}] {p.get('name')}"
        if set(p) != PAIR_KEYS:
            err(w, f"keys {sorted(p)} != {sorted(PAIR_KEYS)}")
        if not isinstance(p.get("name"), str) or not p.get("name"):
            err(w, "bad name")
        old, new = p.get("old", ""), p.get("new", "")
        check_text(w + " old", old)
        check_text(w + " new", new)
        if old == new:
            err(w, "old and new identical")
        cosmetic = p.get("style") == "cosmetic"
        check_turkish(w + " old", old)
        check_turkish(w + " new", new, cosmetic_new=cosmetic)

        spans = {"old": [], "new": []}
        exp = p.get("expected")
        if not isinstance(exp, list) or not exp:
            err(w, "expected missing or empty")
            exp = []
        for j, lab in enumerate(exp):
            lw = f"{w} expected[{j}]"
            if not isinstance(lab, dict):
                err(lw, "not an object")
                continue
            k = lab.get("kind")
            if k not in KINDS:
                err(lw, f"bad kind {k!r}")
                continue
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err(lw, f"unknown keys {sorted(set(lab) - allowed)}")
            need = {"dropped": {"old"}, "added": {"new"}}.get(k, {"old", "new"})
            have = {x for x in ("old", "new") if x in lab}
            if have != need:
                err(lw, f"{k} must have exactly {sorted(need)}, has {sorted(have)}")
            if k in SLOTTED:
                if lab.get("slot") not in SLOTS:
                    err(lw, f"{k} needs a valid slot, has {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
                    kind_slot[(k, lab["slot"])] += 1
            elif "slot" in lab:
                err(lw, f"{k} must not have a slot")
            if cosmetic and k != "unchanged":
                err(lw, "cosmetic pair labels must all be unchanged")
            kinds[k] += 1
            for side, text in (("old", old), ("new", new)):
                if side in lab:
                    sp = check_snippet(f"{lw} {side}", text, lab[side])
                    if sp:
                        spans[side].append((sp[0], sp[1], lab[side]))
            if k in SLOTTED and lab.get("old") == lab.get("new"):
                err(lw, f"{k} label with identical old/new snippets")

        nc = p.get("notCommitments")
        if not isinstance(nc, list) or not nc:
            err(w, "notCommitments missing or empty")
            nc = []
        if len(set(nc)) != len(nc):
            err(w, "duplicate notCommitments")
        for j, snip in enumerate(nc):
            nw = f"{w} notCommitments[{j}]"
            found = False
            for side, text in (("old", old), ("new", new)):
                if isinstance(snip, str) and snip in text:
                    found = True
                    sp = check_snippet(f"{nw} {side}", text, snip)
                    if sp:
                        spans[side].append((sp[0], sp[1], snip))
            if not found:
                err(nw, f"occurs in neither text: {snip!r}")
                check_snippet(nw, "", snip) if isinstance(snip, str) else None
        for side in ("old", "new"):
            check_overlaps(f"{w} {side}", spans[side])

    non_unchanged = sum(v for k, v in kinds.items() if k != "unchanged")
    if non_unchanged < 45:
        err("top", f"only {non_unchanged} labels not unchanged (need >= 45)")
    for k in KINDS:
        if not kinds[k]:
            err("top", f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err("top", f"slot {s} never used")
    return kinds, slots, kind_slot


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "tr.json")
    kinds, slots, kind_slot = main(path)
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("kinds:", dict(kinds))
    print("slots:", dict(slots))
    print("kind/slot:", {f"{k}/{s}": v for (k, s), v in sorted(kind_slot.items())})
    print("not unchanged:", sum(v for k, v in kinds.items() if k != "unchanged"),
          "total labels:", sum(kinds.values()))
    print("OK")
