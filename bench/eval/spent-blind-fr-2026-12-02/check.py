# -*- coding: utf-8 -*-
"""Validator for the blind French evaluation set (fr.json).

Run:  python3 check.py   -> prints OK or the list of problems.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}
# first word of a commitment snippet: the act (auxiliary or verb of the parties)
ACT_STARTS = {"ont", "se", "sont", "il", "n'ont", "n’ont"}
NBSP, THIN = "\u00a0", "\u202f"
FORBIDDEN_IN_SNIPPET = set(".!?;…\n\r")
ACCENTED = re.compile(r"[àâäáãçéèêëíìîïñóòôöõúùûüÿœæÀÂÄÁÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]")

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


def check_snippet(where, snip, text):
    """Return the span of snip in text, or None after recording problems."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing or not a string")
        return None
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (need 3-7): {snip!r}")
    bad = FORBIDDEN_IN_SNIPPET.intersection(snip)
    if bad:
        err(where, f"snippet contains sentence end/semicolon/break {sorted(bad)}: {snip!r}")
    if snip != snip.strip():
        err(where, f"snippet has leading/trailing space: {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(where, f"snippet starts or ends with punctuation: {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f"snippet occurs {len(occ)} times (need exactly 1): {snip!r}")
        return None
    return (occ[0], occ[0] + len(snip))


def check_text(where, text):
    if not isinstance(text, str):
        err(where, "text is not a string")
        return []
    if text != text.strip():
        err(where, "leading/trailing whitespace in text")
    if "\r" in text:
        err(where, "carriage return in text")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras):
        if not p:
            err(where, f"paragraph {i + 1} empty (more than one blank line?)")
        if "\n" in p:
            err(where, f"paragraph {i + 1} contains a single line break")
        if p != p.strip():
            err(where, f"paragraph {i + 1} has leading/trailing spaces")
    return paras


def no_overlap(where, spans):
    spans = sorted(s for s in spans if s)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            err(where, f"snippets overlap at offsets {a}-{b} and {c}-{d}")


def sentences(par):
    body = re.sub(r"^\d+\.\s+", "", par)
    return [s for s in re.split(r"(?<=\.)\s+", body) if s.strip()]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "fr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        print("fr.json is not a JSON array")
        return 1
    if len(data) != 7:
        err("set", f"{len(data)} pairs (need 7)")

    styles = Counter()
    names = set()
    kinds, slots = Counter(), Counter()
    all_text = ""
    for pi, pair in enumerate(data):
        name = pair.get("name", f"#{pi}") if isinstance(pair, dict) else f"#{pi}"
        if not isinstance(pair, dict):
            err(name, "pair is not an object")
            continue
        if set(pair) != PAIR_KEYS:
            err(name, f"keys {sorted(pair)} != {sorted(PAIR_KEYS)}")
        if name in names:
            err(name, "duplicate name")
        names.add(name)
        style = pair.get("style")
        styles[style] += 1
        if style not in STYLES:
            err(name, f"unknown style {style!r}")
        old, new = pair.get("old", ""), pair.get("new", "")
        all_text += old + "\n" + new + "\n"
        paras = {"old": check_text(f"{name}.old", old), "new": check_text(f"{name}.new", new)}
        texts = {"old": old, "new": new}
        if old == new:
            err(name, "old and new are identical")
        spans = {"old": [], "new": []}
        cspans = {"old": [], "new": []}

        exp = pair.get("expected")
        if not isinstance(exp, list) or not exp:
            err(name, "expected missing or empty")
            exp = []
        for li, lab in enumerate(exp):
            w = f"{name}.expected[{li}]"
            if not isinstance(lab, dict):
                err(w, "label is not an object")
                continue
            kind = lab.get("kind")
            if kind not in KINDS:
                err(w, f"bad kind {kind!r}")
                continue
            kinds[kind] += 1
            want = {"kind"}
            if kind == "dropped":
                want |= {"old"}
            elif kind == "added":
                want |= {"new"}
            else:
                want |= {"old", "new"}
            if kind in SLOTTED:
                want |= {"slot"}
                if lab.get("slot") not in SLOTS:
                    err(w, f"bad slot {lab.get('slot')!r}")
                else:
                    slots[lab["slot"]] += 1
            if set(lab) != want:
                err(w, f"fields {sorted(lab)} != {sorted(want)}")
            if style == "cosmetic" and kind != "unchanged":
                err(w, "cosmetic pair may only have unchanged labels")
            for side in ("old", "new"):
                if side in lab:
                    snip = lab[side]
                    sp = check_snippet(f"{w}.{side}", snip, texts[side])
                    if sp:
                        spans[side].append(sp)
                        cspans[side].append(sp)
                    first = snip.split()[0].lower() if isinstance(snip, str) and snip.split() else ""
                    if first not in ACT_STARTS and lab.get("slot") != "speaker":
                        err(f"{w}.{side}", f"commitment snippet does not start at the act: {snip!r}")
            if kind == "unchanged" and style != "cosmetic" and lab.get("old") != lab.get("new"):
                err(w, "unchanged label outside the cosmetic pair has different snippets")

        nc = pair.get("notCommitments")
        if not isinstance(nc, list) or not nc:
            err(name, "notCommitments missing or empty")
            nc = []
        for ni, snip in enumerate(nc):
            w = f"{name}.notCommitments[{ni}]"
            if not isinstance(snip, str):
                err(w, "not a string")
                continue
            found = False
            for side in ("old", "new"):
                if snip in texts[side]:
                    found = True
                    sp = check_snippet(f"{w}.{side}", snip, texts[side])
                    if sp:
                        spans[side].append(sp)
            if not found:
                err(w, f"occurs in neither text: {snip!r}")
                check_snippet(w, snip, "")  # still validate its shape

        for side in ("old", "new"):
            no_overlap(f"{name}.{side}", spans[side])

        # every sentence of a numbered item must hold a labelled commitment
        if style in ("statement", "cosmetic"):
            for side in ("old", "new"):
                text = texts[side]
                pos = 0
                for par in paras[side]:
                    start = text.find(par, pos)
                    pos = start + len(par)
                    if not re.match(r"^\d+\.\s", par):
                        continue
                    off = start
                    for sent in sentences(par):
                        s0 = text.find(sent, off)
                        s1 = s0 + len(sent)
                        off = s1
                        if not any(s0 <= a and b <= s1 for a, b in cspans[side]):
                            err(f"{name}.{side}", f"unlabelled numbered-item sentence: {sent[:60]!r}")

        if style == "cosmetic":
            noacc = [s for s in ("old", "new") if not ACCENTED.search(texts[s])]
            if len(noacc) != 1:
                err(name, "cosmetic pair needs exactly one text typed without accents")
            if len(old.split("\n\n")) != len(new.split("\n\n")):
                err(name, "cosmetic pair changes the paragraph structure")

    for st, n in STYLES.items():
        if styles[st] != n:
            err("set", f"{styles[st]} pairs of style {st} (need {n})")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err("set", f"only {changed} labels are not unchanged (need >= 45)")
    for k in KINDS - set(kinds):
        err("set", f"kind {k} never used")
    for s in SLOTS - set(slots):
        err("set", f"slot {s} never used")
    # typography of the set as a whole
    if not re.search("«[" + NBSP + THIN + "]", all_text):
        err("set", "no « followed by a no-break or thin space")
    if THIN + "»" not in all_text or NBSP + "»" not in all_text:
        err("set", "need both no-break and thin spaces before »")
    if '"' not in all_text:
        err("set", 'no plain " quotation marks')
    if not re.search(r"\b[ld]['’]\w", all_text):
        err("set", "no elision l'/d'")
    if not ACCENTED.search(all_text):
        err("set", "no accents")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"labels by kind: {dict(sorted(kinds.items()))}")
    print(f"labels by slot: {dict(sorted(slots.items()))}")
    print(f"not unchanged: {changed}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
