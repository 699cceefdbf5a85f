#!/usr/bin/env python3
"""Validator for the blind Persian evaluation set fa.json (third set, 2026-12-02).

Checks the label format and text rules of the brief. Prints OK or a list of
problems (exit code 1).
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "fa.json")

KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}

ZWNJ = "\u200c"
AR_YEH, AR_KAF = "\u064a", "\u0643"
FA_YEH, FA_KAF = "\u06cc", "\u06a9"
AR_DIGITS = set(chr(c) for c in range(0x0660, 0x066A))
FA_DIGITS = set(chr(c) for c in range(0x06F0, 0x06FA))
ASCII_DIGITS = set("0123456789")
# sentence ends, semicolons, line breaks are not allowed inside a snippet
FORBIDDEN_IN_SNIPPET = set(".!?\u061f;\u061b\n\r")
# act verbs used to check that every commitment sentence is labelled (heuristic)
ACT_VERB = re.compile(r"(?<![\w\u200c])(?:ن?کردند|شدند|خواستند|گرفتند|دادند)(?![\w\u200c])")
SENT_END = re.compile(r"[.!?\u061f\u061b;]|\n\n")

errors = []


def err(msg):
    errors.append(msg)


def nwords(s):
    return len(s.split())


def occurrences(text, snip):
    """Start offsets of all (possibly overlapping) occurrences."""
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def edge_ok(ch):
    return unicodedata.category(ch)[0] in "LNM"


def check_snippet(where, text, snip):
    """Return (start, end) span if valid, else None."""
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet is not a non-empty string")
        return None
    if snip != snip.strip():
        err(f"{where}: leading/trailing space in {snip!r}")
    n = nwords(snip)
    if not 3 <= n <= 7:
        err(f"{where}: {n} words (need 3-7): {snip!r}")
    bad = FORBIDDEN_IN_SNIPPET & set(snip)
    if bad:
        err(f"{where}: forbidden character(s) {sorted(bad)!r} in {snip!r}")
    if not edge_ok(snip[0]) or not edge_ok(snip[-1]):
        err(f"{where}: leading/trailing punctuation in {snip!r}")
    if "  " in snip:
        err(f"{where}: double space in {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(f"{where}: occurs {len(occ)} times (need exactly 1): {snip!r}")
        return None
    s = occ[0]
    e = s + len(snip)
    # the snippet must not cut a word in half
    if s > 0 and (text[s - 1].isalnum() or text[s - 1] == ZWNJ):
        err(f"{where}: starts inside a word: {snip!r}")
    if e < len(text) and (text[e].isalnum() or text[e] == ZWNJ):
        err(f"{where}: ends inside a word: {snip!r}")
    return (s, e)


def letters_of(text):
    return {
        "ar_letters": AR_YEH in text or AR_KAF in text,
        "ar_digits": bool(AR_DIGITS & set(text)),
        "fa_digits": bool(FA_DIGITS & set(text)),
        "ascii_digits": bool(ASCII_DIGITS & set(text)),
    }


def check_text(where, text):
    if not isinstance(text, str) or not text:
        err(f"{where}: text missing")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(f"{where}: CR or TAB in text")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras, 1):
        if not p:
            err(f"{where}: empty paragraph {i}")
        if "\n" in p:
            err(f"{where}: single line break inside paragraph {i}")
        if p != p.strip():
            err(f"{where}: paragraph {i} has leading/trailing spaces")
        if "  " in p:
            err(f"{where}: double space in paragraph {i}")
    if ZWNJ not in text:
        err(f"{where}: no ZWNJ inside words")
    for m in re.finditer(ZWNJ, text):
        i = m.start()
        if i == 0 or i == len(text) - 1 or not text[i - 1].isalpha() or not text[i + 1].isalpha():
            err(f"{where}: ZWNJ not inside a word at offset {i}")


def spans_overlap(where, spans):
    spans = sorted(spans)
    for (a, b, sa), (c, d, sc) in zip(spans, spans[1:]):
        if c < b:
            err(f"{where}: snippets overlap: {sa!r} / {sc!r}")


def coverage(where, text, spans):
    """Heuristic: each sentence needs at least as many snippets as act verbs."""
    norm = text.replace(AR_YEH, FA_YEH).replace(AR_KAF, FA_KAF)
    bounds, start = [], 0
    for m in SENT_END.finditer(norm):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(norm)))
    for s, e in bounds:
        verbs = len(ACT_VERB.findall(norm[s:e]))
        if not verbs:
            continue
        inside = sum(1 for a, b, _ in spans if a >= s and b <= e)
        if inside < verbs:
            err(f"{where}: sentence has {verbs} act verb(s) but {inside} snippet(s): "
                f"{norm[s:e].strip()[:90]!r}")


def main():
    try:
        data = json.load(open(PATH, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot read {PATH}: {e}")
        return 1
    if not isinstance(data, list):
        print("fa.json must be a JSON array")
        return 1
    if len(data) != 7:
        err(f"need 7 pairs, found {len(data)}")
    styles = Counter(p.get("style") for p in data)
    if dict(styles) != STYLES:
        err(f"style counts {dict(styles)} != {STYLES}")
    names = [p.get("name") for p in data]
    if len(set(names)) != len(names):
        err("pair names are not unique")

    kinds, slots = Counter(), Counter()
    all_text = ""
    for p in data:
        name = p.get("name", "?")
        if set(p) != PAIR_KEYS:
            err(f"{name}: keys {sorted(p)} != {sorted(PAIR_KEYS)}")
            continue
        old, new = p["old"], p["new"]
        check_text(f"{name}/old", old)
        check_text(f"{name}/new", new)
        all_text += old + "\n\n" + new + "\n\n"
        if old == new:
            err(f"{name}: old and new are identical")

        lo, ln = letters_of(old), letters_of(new)
        for side, lt in (("old", lo), ("new", ln)):
            if lt["ascii_digits"]:
                err(f"{name}/{side}: ASCII digits (use Persian digits)")
            if not lt["fa_digits"]:
                err(f"{name}/{side}: no Persian digits")
        if p["style"] == "cosmetic":
            variant = [s for s, lt in (("old", lo), ("new", ln)) if lt["ar_letters"]]
            if len(variant) != 1:
                err(f"{name}: exactly one text must use Arabic ي/ك (found {variant})")
            else:
                v = lo if variant[0] == "old" else ln
                c = ln if variant[0] == "old" else lo
                if not (v["ar_digits"] and v["fa_digits"]):
                    err(f"{name}: Arabic-letter text must mix Arabic-Indic and Persian digits")
                if c["ar_digits"] or c["ar_letters"]:
                    err(f"{name}: the other text must use only Persian letters and digits")
        else:
            for side, lt in (("old", lo), ("new", ln)):
                if lt["ar_letters"]:
                    err(f"{name}/{side}: Arabic ي/ك (use Persian ی/ک)")
                if lt["ar_digits"]:
                    err(f"{name}/{side}: Arabic-Indic digits (use Persian ۰–۹)")

        spans = {"old": [], "new": []}
        texts = {"old": old, "new": new}
        exp = p["expected"]
        if not isinstance(exp, list) or not exp:
            err(f"{name}: expected must be a non-empty list")
            exp = []
        for i, lab in enumerate(exp):
            w = f"{name}/expected[{i}]"
            k = lab.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k!r}")
                continue
            kinds[k] += 1
            allowed = {"kind", "old", "new"} | ({"slot"} if k in SLOTTED else set())
            if set(lab) - allowed:
                err(f"{w}: unexpected keys {sorted(set(lab) - allowed)}")
            need = {"dropped": {"old"}, "added": {"new"}}.get(k, {"old", "new"})
            for side in ("old", "new"):
                if side in need and side not in lab:
                    err(f"{w}: {k} needs {side!r}")
                if side not in need and side in lab:
                    err(f"{w}: {k} must not have {side!r}")
            if k in SLOTTED:
                s = lab.get("slot")
                if s not in SLOTS:
                    err(f"{w}: {k} needs a slot from {sorted(SLOTS)}, got {s!r}")
                else:
                    slots[s] += 1
                if lab.get("old") == lab.get("new"):
                    err(f"{w}: {k} with identical old/new snippets")
            if p["style"] == "cosmetic" and k != "unchanged":
                err(f"{w}: cosmetic pair labels must all be unchanged")
            for side in ("old", "new"):
                if side in lab:
                    sp = check_snippet(f"{w}.{side}", texts[side], lab[side])
                    if sp:
                        spans[side].append((sp[0], sp[1], lab[side]))

        ncs = p["notCommitments"]
        if not isinstance(ncs, list) or len(ncs) < 3:
            err(f"{name}: notCommitments needs at least 3 snippets")
            ncs = []
        if len(set(ncs)) != len(ncs):
            err(f"{name}: duplicate notCommitments")
        for i, snip in enumerate(ncs):
            w = f"{name}/notCommitments[{i}]"
            found = [side for side in ("old", "new") if snip in texts[side]]
            if not found:
                err(f"{w}: not found in old or new: {snip!r}")
                continue
            for side in found:
                sp = check_snippet(f"{w}.{side}", texts[side], snip)
                if sp:
                    spans[side].append((sp[0], sp[1], snip))

        for side in ("old", "new"):
            spans_overlap(f"{name}/{side}", spans[side])
            coverage(f"{name}/{side}", texts[side], spans[side])

    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (need >= 45)")
    for k in sorted(KINDS - set(kinds)):
        err(f"kind never used: {k}")
    for s in sorted(SLOTS - set(slots)):
        err(f"slot never used: {s}")

    # phenomena of the brief that should appear somewhere in the texts
    for phrase in ["محکوم کردند", "ابراز نگرانی کردند", "تأکید کردند", "خواستار",
                   "استقبال کردند", "توافق کردند", "رد کردند", "مجدداً تأیید کردند",
                   "توافق نکردند", "باید", "بهتر است", "می\u200cتوانند",
                   "در صورتی که", "به محض فراهم شدن شرایط", "بیست و یکمین دور",
                   "دور ۲", "در این بیانیه آمده است", "به گزارش", "بین\u200cالمللی"]:
        if phrase not in all_text:
            err(f"phenomenon missing from all texts: {phrase!r}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"kinds: {dict(sorted(kinds.items()))}")
    print(f"slots: {dict(sorted(slots.items()))}")
    print(f"labels: {sum(kinds.values())}, not unchanged: {changed}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
