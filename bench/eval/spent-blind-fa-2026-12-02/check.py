#!/usr/bin/env python3
"""Validator for the blind Persian evaluation set fa.json (communique-diff).

Checks the label format, the snippet rules and the Persian orthography rules
of the brief. Prints counts by kind and slot, and "OK" when everything passes.
Usage: python3 check.py [path/to/fa.json]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "fa.json")

KINDS = ["unchanged", "softened", "strengthened", "reworded", "dropped", "added"]
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
KEYS_BY_KIND = {
    "unchanged": {"kind", "old", "new"},
    "softened": {"kind", "old", "new", "slot"},
    "strengthened": {"kind", "old", "new", "slot"},
    "reworded": {"kind", "old", "new", "slot"},
    "dropped": {"kind", "old"},
    "added": {"kind", "new"},
}
ZWNJ = "\u200c"
ARABIC_YEH_KAF = "\u064a\u0643\u0649"          # ي ك ى
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
SENTENCE_END = ".!?؟؛;\n"
EXTRA_PUNCT = "«»\"'()[]،,:؛;.!?؟-—–…"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_punct(ch):
    return ch in EXTRA_PUNCT or unicodedata.category(ch).startswith("P")


def is_boundary(ch):
    return ch.isspace() or is_punct(ch)


def occurrences(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def check_snippet(where, snip, text=None):
    """Shape rules; if text is given also exact-once and word boundaries.
    Returns the span (start, end) in text or None."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet must be a non-empty string")
        return None
    if snip != snip.strip() or snip.strip(ZWNJ) != snip:
        err(where, f"leading/trailing space in {snip!r}")
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"{n} words (need 3-7): {snip!r}")
    for ch in SENTENCE_END:
        if ch in snip:
            err(where, f"sentence end/semicolon/break {ch!r} inside {snip!r}")
    if is_punct(snip[0]) or is_punct(snip[-1]):
        err(where, f"leading/trailing punctuation in {snip!r}")
    if text is None:
        return None
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f"occurs {len(occ)} times (need exactly 1): {snip!r}")
        return None
    s, e = occ[0], occ[0] + len(snip)
    if s > 0 and not is_boundary(text[s - 1]):
        err(where, f"does not start at a word boundary: {snip!r}")
    if e < len(text) and not is_boundary(text[e]):
        err(where, f"does not end at a word boundary: {snip!r}")
    return (s, e)


def check_text(where, text, arabic_variant=False):
    if not isinstance(text, str) or not text:
        err(where, "text must be a non-empty string")
        return []
    if text != text.strip():
        err(where, "leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(where, "CR or TAB in text")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(where, f"{len(paras)} paragraphs (need 5-12)")
    for i, p in enumerate(paras, 1):
        if not p:
            err(where, f"paragraph {i} empty (more than one blank line?)")
        if "\n" in p:
            err(where, f"paragraph {i} has a single line break")
        if p != p.strip() or p.strip(ZWNJ) != p:
            err(where, f"paragraph {i} has leading/trailing spaces")
    if re.search(r"[0-9]", text):
        err(where, "ASCII digits present (use Persian digits)")
    if not any(d in text for d in PERSIAN_DIGITS):
        err(where, "no Persian digits")
    if re.search(r"(^|\s)" + ZWNJ + "|" + ZWNJ + r"(\s|$)", text):
        err(where, "ZWNJ next to a space (must be inside words)")
    if arabic_variant:
        if not ("\u064a" in text and "\u0643" in text):
            err(where, "cosmetic variant text must use Arabic ي and ك")
        if not (any(d in text for d in ARABIC_DIGITS) and any(d in text for d in PERSIAN_DIGITS)):
            err(where, "cosmetic variant text must mix Arabic-Indic and Persian digits")
        return paras
    if any(c in text for c in ARABIC_YEH_KAF):
        err(where, "Arabic ي/ك/ى present (use Persian ی/ک)")
    if any(d in text for d in ARABIC_DIGITS):
        err(where, "Arabic-Indic digits present (use Persian digits)")
    if "ی" not in text or "ک" not in text:
        err(where, "Persian ی/ک missing")
    if ZWNJ not in text:
        err(where, "no ZWNJ in text")
    if "  " in text:
        err(where, "double space")
    if re.search(r"(^|\s)ن?می\s", text):
        err(where, "detached verbal prefix «می » (use ZWNJ: «می‌کنند»)")
    if re.search(r"بین\s+الملل", text):
        err(where, "«بین الملل…» with a space (use ZWNJ)")
    return paras


def normalise_cosmetic(text):
    t = text.replace("\u064a", "ی").replace("\u0649", "ی").replace("\u0643", "ک")
    t = t.translate(str.maketrans(ARABIC_DIGITS, PERSIAN_DIGITS))
    t = t.replace(ZWNJ, " ")
    t = "".join(ch for ch in t if unicodedata.category(ch) != "Mn")
    t = "".join(" " if is_punct(ch) else ch for ch in t)
    return t.split()


def overlap_check(where, spans):
    spans = sorted(s for s in spans if s is not None)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            err(where, f"snippets overlap at characters {a}-{b} and {c}-{d}")


def item_coverage(where, paras, spans):
    """Every sentence of a numbered item must hold at least one label snippet."""
    offset = 0
    for p in paras:
        m = re.match(r"^[" + PERSIAN_DIGITS + ARABIC_DIGITS + r"]+\.\s", p)
        if m:
            body_start = offset + m.end()
            body = p[m.end():]
            pos = 0
            for sent in re.split(r"(?<=[.؟!])\s+", body):
                s0 = body_start + body.find(sent, pos)
                s1 = s0 + len(sent)
                pos = body.find(sent, pos) + len(sent)
                if not any(s0 <= a and b <= s1 for a, b in spans):
                    err(where, f"numbered-item sentence without a label: {sent[:60]!r}")
        offset += len(p) + 2


def main():
    try:
        data = json.load(open(PATH, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot read {PATH}: {e}")
        sys.exit(1)
    if not isinstance(data, list):
        print("top level must be a JSON array")
        sys.exit(1)
    kinds, slots, kind_slot = Counter(), Counter(), Counter()
    styles = Counter()
    names = set()
    for pi, pair in enumerate(data):
        w = f"pair {pi} {pair.get('name', '?')}"
        if set(pair) != {"name", "style", "old", "new", "expected", "notCommitments"}:
            err(w, f"keys {sorted(pair)}")
            continue
        if pair["name"] in names:
            err(w, "duplicate name")
        names.add(pair["name"])
        style = pair["style"]
        styles[style] += 1
        if style not in STYLES:
            err(w, f"bad style {style!r}")
        old, new = pair["old"], pair["new"]
        arabic_old = arabic_new = False
        if style == "cosmetic":
            arabic_old = any(c in old for c in "\u064a\u0643")
            arabic_new = any(c in new for c in "\u064a\u0643")
            if arabic_old == arabic_new:
                err(w, "exactly one cosmetic text must use Arabic ي/ك")
            a, b = normalise_cosmetic(old), normalise_cosmetic(new)
            if len(a) != len(b):
                err(w, f"cosmetic texts differ in word count after normalisation ({len(a)} vs {len(b)})")
            else:
                diff = [(x, y) for x, y in zip(a, b) if x != y]
                if len(diff) > 6:
                    err(w, f"too many word differences for a cosmetic pair: {diff}")
            if old == new:
                err(w, "cosmetic texts identical")
        paras_old = check_text(w + " old", old, arabic_old)
        paras_new = check_text(w + " new", new, arabic_new)
        exp = pair["expected"]
        if not isinstance(exp, list) or not exp:
            err(w, "expected must be a non-empty list")
            continue
        spans_old, spans_new = [], []
        for li, lab in enumerate(exp):
            lw = f"{w} label {li}"
            k = lab.get("kind")
            if k not in KEYS_BY_KIND:
                err(lw, f"bad kind {k!r}")
                continue
            if set(lab) != KEYS_BY_KIND[k]:
                err(lw, f"keys {sorted(lab)} but {k} needs {sorted(KEYS_BY_KIND[k])}")
            kinds[k] += 1
            if k in SLOTTED:
                sl = str(lab.get("slot"))
                if sl not in SLOTS:
                    err(lw, f"bad slot {sl!r}")
                slots[sl] += 1
                kind_slot[(k, sl)] += 1
                if lab.get("old") == lab.get("new"):
                    err(lw, "old and new snippets identical for a changed label")
            if style == "cosmetic" and k != "unchanged":
                err(lw, "cosmetic pair labels must all be unchanged")
            if "old" in lab:
                spans_old.append(check_snippet(lw + " old", lab["old"], old))
            if "new" in lab:
                spans_new.append(check_snippet(lw + " new", lab["new"], new))
            if k == "dropped" and isinstance(lab.get("old"), str) and lab["old"] in new:
                err(lw, "dropped snippet still occurs in new")
            if k == "added" and isinstance(lab.get("new"), str) and lab["new"] in old:
                err(lw, "added snippet already occurs in old")
        nc = pair["notCommitments"]
        if not isinstance(nc, list) or len(nc) < 1:
            err(w, "notCommitments must be a non-empty list")
            nc = []
        nc_old, nc_new = [], []
        for ni, s in enumerate(nc):
            nw = f"{w} notCommitment {ni}"
            check_snippet(nw, s)
            if not isinstance(s, str):
                continue
            co, cn = len(occurrences(old, s)), len(occurrences(new, s))
            if co > 1 or cn > 1 or (co == 0 and cn == 0):
                err(nw, f"must occur exactly once in old and/or new (old {co}, new {cn}): {s!r}")
                continue
            if co:
                nc_old.append(check_snippet(nw + " (old)", s, old))
            if cn:
                nc_new.append(check_snippet(nw + " (new)", s, new))
        overlap_check(w + " old", spans_old + nc_old)
        overlap_check(w + " new", spans_new + nc_new)
        item_coverage(w + " old", paras_old, [s for s in spans_old if s])
        item_coverage(w + " new", paras_new, [s for s in spans_new if s])
    for st, n in STYLES.items():
        if styles[st] != n:
            err("set", f"{styles[st]} pairs of style {st} (need {n})")
    if len(data) != sum(STYLES.values()):
        err("set", f"{len(data)} pairs (need {sum(STYLES.values())})")
    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err("set", f"only {changed} labels that are not unchanged (need >= 45)")
    for k in KINDS:
        if not kinds[k]:
            err("set", f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err("set", f"slot {s} never used")

    print(f"pairs: {len(data)}  styles: {dict(styles)}")
    print(f"labels: {sum(kinds.values())}  not unchanged: {changed}")
    print("by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("by slot: " + ", ".join(f"{s} {slots[s]}" for s in SLOTS))
    print("by kind and slot: " + ", ".join(
        f"{k}/{s} {n}" for (k, s), n in sorted(kind_slot.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1])))))
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
