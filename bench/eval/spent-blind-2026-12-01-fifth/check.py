#!/usr/bin/env python3
"""Checker for en.json, ar.json, ru.json and README.md in this folder.

Verifies the format rules of the evaluation set and exits 1 on any error.
Usage: python3 check.py [-v]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ar", "ru")
KINDS = {"added", "dropped", "softened", "strengthened", "reworded", "unchanged"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
STYLES = {"statement", "press", "cosmetic"}
SENT_END = set(".!?;؛؟…\n")
README_FIRST = ("Illustrative texts written on 2026-12-01 — not official statements "
                "or real press reports.")

# words a label snippet must not start with (subjects, articles, pronouns)
BAD_START = {
    "en": {"the", "a", "an", "they", "it", "iran", "russia", "türkiye", "turkey",
           "guarantors", "parties", "ministers", "delegations", "three", "all",
           "this", "these", "that", "which", "who", "and"},
    "ru": {"стороны", "иран", "россия", "турция", "они", "гаранты", "это",
           "министры", "делегации", "и", "что", "который", "которые", "страны",
           "государства-гаранты", "участники"},
    "ar": {"الدول", "إيران", "روسيا", "تركيا", "الأطراف", "الضامنة", "هذه",
           "التي", "الذي", "الوزراء", "الوفود", "الجانب", "كما", "وقد"},
}
RU_ADVERBS = {"решительно", "категорически", "твердо", "твёрдо", "настоятельно",
              "незамедлительно", "вновь", "также", "отдельно", "особо", "еще", "ещё",
              "настойчиво", "безоговорочно"}
SCRIPT = {"en": re.compile(r"[A-Za-z]"), "ar": re.compile(r"[\u0600-\u06FF]"),
          "ru": re.compile(r"[\u0400-\u04FF]")}

# phenomena every language must cover: (kind, slot or None)
COVER = [("softened", "condition"), ("strengthened", "condition"),
         ("softened", "negation"), ("softened", "act"), ("strengthened", "act"),
         ("softened", "urgency"), ("strengthened", "urgency"),
         ("softened", "scope"), ("strengthened", "scope"),
         ("softened", "modality"), ("strengthened", "modality"),
         ("strengthened", "booster"), ("softened", "booster"),
         ("softened", "hedge"), ("reworded", "addressee"),
         ("softened", "speaker"), ("reworded", "object"),
         ("added", None), ("dropped", None), ("unchanged", None)]

errors = []
VERBOSE = "-v" in sys.argv


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- cosmetic
AR_DIAC = re.compile(r"[\u064B-\u0652\u0670\u0640]")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
VARIANTS = [
    # renamed places, country names and transliteration variants (applied after
    # lowercasing and Arabic letter normalisation, before punctuation is dropped)
    ("nur-sultan", "astana"), ("nur sultan", "astana"),
    ("нур-султане", "астане"), ("нур-султана", "астаны"), ("нур-султан", "астана"),
    ("нур султан", "астана"),
    ("نور سلطان", "استانا"), ("نور-سلطان", "استانا"), ("نورسلطان", "استانا"),
    ("turkey", "türkiye"), ("turkiye", "türkiye"),
    ("idleb", "idlib"), ("идлеб", "идлиб"),
    ("де-эскалации", "деэскалации"), ("эр-ракка", "ракка"), ("эр-ракки", "ракки"),
    ("جينيف", "جنيف"),
    ("dar'a", "daraa"), ("deraa", "daraa"),
    ("deir ez-zor", "deir ezzor"), ("deir al-zor", "deir ezzor"),
]
EN_SPELL = [(re.compile(r"is(e|ed|es|ing|ation|ations)\b"), r"iz\1"),
            (re.compile(r"our\b"), "or"), (re.compile(r"ours\b"), "ors"),
            (re.compile(r"tre\b"), "ter"), (re.compile(r"tres\b"), "ters"),
            (re.compile(r"ll(ed|ing)\b"), r"l\1")]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = AR_DIAC.sub("", s)
    s = s.translate(DIGITS)
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ё", "е")
    for a, b in VARIANTS:
        s = s.replace(a, b)
    for rx, rep in EN_SPELL:
        s = rx.sub(rep, s)
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in s)
    s = s.replace("ü", "u")
    return " ".join(s.split())


def same_act(a, b, lang):
    """Unchanged snippets must be equal after cosmetic normalisation; in Arabic a
    conjunction و/ف attached to the first word (added or lost when sentences are
    merged or split) is ignored."""
    na, nb = norm(a), norm(b)
    if na == nb:
        return True
    if lang == "ar":
        strip = lambda t: re.sub(r"^[وف](?=\S{3,})", "", t)
        return strip(na) == strip(nb)
    return False


# ---------------------------------------------------------------- snippets
def occurrences(text, snip):
    t, s = text.lower(), snip.lower()
    out, i = [], t.find(s)
    while i != -1:
        before = t[i - 1] if i > 0 else " "
        after = t[i + len(s)] if i + len(s) < len(t) else " "
        out.append((i, i + len(s), not (before.isalnum() or after.isalnum())))
        i = t.find(s, i + 1)
    return out


def snippet_shape(where, s, lang, label=True):
    if not isinstance(s, str) or not s:
        err(f"{where}: snippet must be a non-empty string")
        return False
    ok = True
    if s != s.strip() or "  " in s:
        err(f"{where}: snippet has stray whitespace: {s!r}")
        ok = False
    bad = [c for c in s if c in SENT_END]
    if bad:
        err(f"{where}: snippet crosses a sentence end / semicolon / paragraph: {s!r}")
        ok = False
    n = len(s.split())
    if not 3 <= n <= 7:
        err(f"{where}: snippet has {n} words (3-7 required): {s!r}")
        ok = False
    first = s.split()[0].strip("\"'“”«»„(").lower()
    if label and lang == "en" and first.endswith("ly") and first not in ("apply", "rely", "supply", "reply"):
        err(f"{where}: snippet starts at an adverb, not the act's verb: {s!r}")
        ok = False
    if label and lang == "ru" and first in RU_ADVERBS:
        err(f"{where}: snippet starts at an adverb, not the act's verb: {s!r}")
        ok = False
    if label and first in BAD_START[lang]:
        err(f"{where}: snippet starts at a subject/article, not the act: {s!r}")
        ok = False
    if s[0] in ",:،" or s[-1] in ",:،":
        err(f"{where}: snippet starts/ends with punctuation: {s!r}")
        ok = False
    return ok


def check_text(where, text, lang):
    if not isinstance(text, str):
        err(f"{where}: text must be a string")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace")
    if "\r" in text or "\t" in text:
        err(f"{where}: CR or TAB in text")
    if "\n\n\n" in text:
        err(f"{where}: more than one blank line between paragraphs")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (5-12 required)")
    for i, p in enumerate(paras):
        if not p.strip():
            err(f"{where}: empty paragraph {i + 1}")
        if "\n" in p:
            err(f"{where}: single line break inside paragraph {i + 1}")
        if p != p.strip():
            err(f"{where}: paragraph {i + 1} has leading/trailing whitespace")
        if "  " in p:
            err(f"{where}: double space in paragraph {i + 1}")
    letters = [c for c in text if c.isalpha()]
    if letters:
        share = sum(1 for c in letters if SCRIPT[lang].match(c)) / len(letters)
        need = 0.9 if lang == "en" else 0.75
        if share < need:
            err(f"{where}: only {share:.0%} of letters are in the {lang} script")
    if "[[" in text or "]]" in text:
        err(f"{where}: builder mark left in text")


def check_pair(lang, p, idx, names):
    where = f"{lang}[{idx}]"
    if not isinstance(p, dict):
        err(f"{where}: pair must be an object")
        return Counter()
    keys = set(p)
    want = {"name", "style", "old", "new", "expected", "notCommitments"}
    if keys != want:
        err(f"{where}: keys {sorted(keys)} != {sorted(want)}")
    name = p.get("name", "")
    where = f"{lang}:{name}"
    if not isinstance(name, str) or not re.fullmatch(lang + r"-\d\d-[a-z0-9-]+", name):
        err(f"{where}: name must look like '{lang}-NN-words'")
    if name in names:
        err(f"{where}: duplicate name")
    names.add(name)
    style = p.get("style")
    if style not in STYLES:
        err(f"{where}: bad style {style!r}")
    old, new = p.get("old", ""), p.get("new", "")
    check_text(where + "/old", old, lang)
    check_text(where + "/new", new, lang)
    if not isinstance(old, str) or not isinstance(new, str):
        return Counter()
    if old == new:
        err(f"{where}: old and new are identical")
    exp = p.get("expected")
    if not isinstance(exp, list) or not exp:
        err(f"{where}: expected must be a non-empty list")
        return Counter()
    spans = {"old": [], "new": []}
    cover = Counter()
    for j, lab in enumerate(exp):
        lw = f"{where} label {j}"
        if not isinstance(lab, dict):
            err(f"{lw}: must be an object")
            continue
        kind = lab.get("kind")
        if kind not in KINDS:
            err(f"{lw}: bad kind {kind!r}")
            continue
        need = {"added": {"new"}, "dropped": {"old"}}.get(kind, {"old", "new"})
        allowed = need | {"kind"} | ({"slot"} if kind in ("softened", "strengthened", "reworded") else set())
        if set(lab) - allowed:
            err(f"{lw}: unexpected fields {sorted(set(lab) - allowed)} for {kind}")
        if kind in ("softened", "strengthened", "reworded"):
            if lab.get("slot") not in SLOTS:
                err(f"{lw}: {kind} needs a valid slot, got {lab.get('slot')!r}")
        for side in need:
            if side not in lab:
                err(f"{lw}: {kind} needs '{side}'")
                continue
            s = lab[side]
            if not snippet_shape(f"{lw}/{side}", s, lang):
                continue
            occ = occurrences(old if side == "old" else new, s)
            if len(occ) != 1:
                err(f"{lw}/{side}: snippet occurs {len(occ)} times (exactly 1 required): {s!r}")
                continue
            a, b, whole = occ[0]
            if not whole:
                err(f"{lw}/{side}: snippet is not on word boundaries: {s!r}")
            spans[side].append((a, b, s))
        if kind == "unchanged" and "old" in lab and "new" in lab:
            if not same_act(lab["old"], lab["new"], lang):
                err(f"{lw}: 'unchanged' but snippets differ beyond cosmetics: {lab['old']!r} / {lab['new']!r}")
        if kind != "unchanged" and lab.get("old") is not None and lab.get("old") == lab.get("new") and VERBOSE:
            print(f"note {lw}: {kind} with identical snippets {lab['old']!r}")
        if style == "cosmetic" and kind != "unchanged":
            err(f"{lw}: cosmetic pairs may only hold 'unchanged' labels")
        cover[(kind, lab.get("slot"))] += 1
    for side in spans:
        sp = sorted(spans[side])
        for (a1, b1, s1), (a2, b2, s2) in zip(sp, sp[1:]):
            if a2 < b1:
                err(f"{where}/{side}: label snippets overlap: {s1!r} / {s2!r}")
    nc = p.get("notCommitments")
    if not isinstance(nc, list):
        err(f"{where}: notCommitments must be a list")
        nc = []
    if len(set(nc)) != len(nc):
        err(f"{where}: duplicate notCommitments")
    for j, s in enumerate(nc):
        nw = f"{where} notCommitments {j}"
        if not snippet_shape(nw, s, lang, label=False):
            continue
        total = 0
        for side, text in (("old", old), ("new", new)):
            occ = occurrences(text, s)
            if len(occ) > 1:
                err(f"{nw}: occurs {len(occ)} times in {side} (at most 1): {s!r}")
            for a, b, whole in occ:
                if not whole:
                    err(f"{nw}: not on word boundaries in {side}: {s!r}")
                for a2, b2, s2 in spans[side]:
                    if a < b2 and a2 < b:
                        err(f"{nw}: overlaps label snippet {s2!r} in {side}")
            total += len(occ)
        if total < 1:
            err(f"{nw}: occurs nowhere in the pair: {s!r}")
    if style == "press" and len(nc) < 3:
        err(f"{where}: press pairs need at least 3 notCommitments (headline, frame, third party...)")
    if style == "cosmetic":
        if norm(old) != norm(new):
            a, b = norm(old).split(), norm(new).split()
            k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            err(f"{where}: cosmetic pair differs beyond cosmetics near: {' '.join(a[k:k+6])!r} / {' '.join(b[k:k+6])!r}")
    elif not any(l.get("kind") != "unchanged" for l in exp if isinstance(l, dict)):
        err(f"{where}: non-cosmetic pair without any change label")
    return cover


def main():
    names = set()
    for lang in LANGS:
        path = os.path.join(HERE, f"{lang}.json")
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa: BLE001
            err(f"{lang}.json: cannot load: {e}")
            continue
        if not isinstance(data, list) or len(data) != 10:
            err(f"{lang}.json: must be an array of 10 pairs")
            if not isinstance(data, list):
                continue
        styles = Counter(p.get("style") for p in data if isinstance(p, dict))
        if styles["statement"] < 5:
            err(f"{lang}: {styles['statement']} statement pairs (at least 5)")
        if styles["press"] < 3:
            err(f"{lang}: {styles['press']} press pairs (at least 3)")
        if styles["cosmetic"] != 1:
            err(f"{lang}: {styles['cosmetic']} cosmetic pairs (exactly 1)")
        cover = Counter()
        for i, p in enumerate(data):
            cover += check_pair(lang, p, i, names)
        nonun = sum(v for (k, _), v in cover.items() if k != "unchanged")
        if nonun < 60:
            err(f"{lang}: {nonun} labels not 'unchanged' (at least 60)")
        for k, s in COVER:
            got = sum(v for (k2, s2), v in cover.items() if k2 == k and (s is None or s2 == s))
            if not got:
                err(f"{lang}: phenomenon not covered: {k}{'/' + s if s else ''}")
        if VERBOSE:
            print(lang, dict(sorted(((f"{k}/{s}" if s else k), v) for (k, s), v in cover.items())))
    try:
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            first = f.readline().rstrip("\n")
        if first != README_FIRST:
            err(f"README.md: first line must be {README_FIRST!r}")
    except OSError as e:
        err(f"README.md: {e}")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
