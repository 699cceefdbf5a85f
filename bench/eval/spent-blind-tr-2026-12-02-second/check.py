#!/usr/bin/env python3
"""Validator for tr.json (blind Turkish evaluation set, Astana-format texts)."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["unchanged", "softened", "strengthened", "reworded", "dropped", "added"]
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]
STYLES = {"statement": 4, "press": 2, "cosmetic": 1}
PAIR_KEYS = {"name", "style", "old", "new", "expected", "notCommitments"}

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    return s.split()


def count(text, snip):
    n, i = 0, text.find(snip)
    while i != -1:
        n += 1
        i = text.find(snip, i + 1)
    return n


def check_snippet(where, snip):
    if not isinstance(snip, str) or not snip:
        err(f"{where}: snippet must be a non-empty string")
        return False
    n = len(words(snip))
    if not 3 <= n <= 7:
        err(f"{where}: snippet has {n} words (3-7 required): {snip!r}")
    if snip != snip.strip():
        err(f"{where}: leading/trailing space: {snip!r}")
    if not (snip[0].isalnum() and snip[-1].isalnum()):
        err(f"{where}: leading/trailing punctuation: {snip!r}")
    if "\n" in snip:
        err(f"{where}: line break inside: {snip!r}")
    if ";" in snip:
        err(f"{where}: semicolon inside: {snip!r}")
    if re.search(r"[.!?…]", snip):
        err(f"{where}: sentence end inside: {snip!r}")
    return True


def check_text(where, text):
    if not isinstance(text, str):
        err(f"{where}: text must be a string")
        return
    if text != text.strip():
        err(f"{where}: leading/trailing whitespace in text")
    paras = text.split("\n\n")
    if not 5 <= len(paras) <= 12:
        err(f"{where}: {len(paras)} paragraphs (5-12 required)")
    for k, p in enumerate(paras, 1):
        if not p:
            err(f"{where}: empty paragraph {k} (more than one blank line?)")
        if "\n" in p:
            err(f"{where}: single line break inside paragraph {k}")
        if p != p.strip():
            err(f"{where}: leading/trailing space in paragraph {k}")
        if "\t" in p or "\r" in p:
            err(f"{where}: tab or CR in paragraph {k}")


# Turkish orthography checks
PROPER = ("Suriye|İdlib|Astana|Türkiye|Cenevre|Halep|Tahran|Rusya|İran|Kazakistan|"
          "İsrail|Fırat|Humus|Lazkiye|Ankara|Şam")
CASE_END = "nin|nın|nün|nun|de|da|te|ta|den|dan|ten|tan|deki|daki|teki|taki|ye|ya|yi|yı|e|a|i|ı|in|ın|un|ün"
NO_APOS = re.compile(r"\b(" + PROPER + r")(" + CASE_END + r")\b")
ASCII_FORMS = re.compile(r"\b(Turkiye|Idlib|Iran|Iliskin|Aciklama\w*|cagri\w*|bagli\w*|ulke\w*|"
                         r"butunlug\w*|Uluslararasi|Toplantisi\w*|sukunet\w*|yonelik|duzenleme\w*)\b")


def turkish_checks(where, text, ascii_allowed):
    m = NO_APOS.search(text)
    if m:
        err(f"{where}: case ending without apostrophe: {m.group(0)!r}")
    if "Türkiye" not in text:
        err(f"{where}: 'Türkiye' not written")
    forms = ASCII_FORMS.findall(text)
    if ascii_allowed:
        if not forms:
            err(f"{where}: cosmetic old text should be typed partly without Turkish letters")
        if not re.search(r"[çğıöşüİÇĞÖŞÜ]", text):
            err(f"{where}: cosmetic old text should only partly lack Turkish letters")
    elif forms:
        err(f"{where}: text typed without Turkish letters: {forms[:5]}")


FOLD = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u",
                      "Ç": "C", "Ğ": "G", "İ": "I", "Ö": "O", "Ş": "S", "Ü": "U",
                      "â": "a", "î": "i", "û": "u", "’": "'", "‘": "'", "“": '"',
                      "”": '"', "–": "-", "—": "-"})
TRANSLIT = [("Mikhail", "Mihail"), ("Ali Reza Hajiani", "Ali Riza Haciani"), ("'nci", ".")]


def cosmetic_norm(text):
    t = text.translate(FOLD)
    for a, b in TRANSLIT:
        t = t.replace(a, b)
    return re.sub(r"[ ]+", " ", t)


def main():
    path = os.path.join(HERE, "tr.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        print("tr.json must be a JSON array")
        sys.exit(1)
    if len(data) != 7:
        err(f"expected 7 pairs, found {len(data)}")
    styles = Counter(p.get("style") for p in data)
    for s, n in STYLES.items():
        if styles.get(s, 0) != n:
            err(f"style {s}: {styles.get(s, 0)} pairs, {n} required")
    for s in styles:
        if s not in STYLES:
            err(f"unknown style {s!r}")
    names = Counter(p.get("name") for p in data)
    for n, c in names.items():
        if c > 1 or not n:
            err(f"pair name {n!r} missing or repeated")

    kinds, slots = Counter(), Counter()
    for p in data:
        pn = p.get("name", "?")
        if set(p) != PAIR_KEYS:
            err(f"{pn}: keys {sorted(p)} != {sorted(PAIR_KEYS)}")
            continue
        old, new = p["old"], p["new"]
        check_text(f"{pn}/old", old)
        check_text(f"{pn}/new", new)
        if old == new:
            err(f"{pn}: old and new are identical")
        cos = p["style"] == "cosmetic"
        turkish_checks(f"{pn}/old", old, ascii_allowed=cos)
        turkish_checks(f"{pn}/new", new, ascii_allowed=False)
        spans = {"old": [], "new": []}
        texts = {"old": old, "new": new}

        def place(side, snip, where):
            if not check_snippet(where, snip):
                return
            c = count(texts[side], snip)
            if c != 1:
                err(f"{where}: occurs {c} times in {side} (exactly once required): {snip!r}")
                return
            i = texts[side].find(snip)
            spans[side].append((i, i + len(snip), where, snip))

        if not isinstance(p["expected"], list) or not p["expected"]:
            err(f"{pn}: expected must be a non-empty list")
            continue
        for j, lab in enumerate(p["expected"]):
            w = f"{pn}/expected[{j}]"
            k = lab.get("kind")
            if k not in KINDS:
                err(f"{w}: bad kind {k!r}")
                continue
            kinds[k] += 1
            allowed = {"kind", "old", "new", "slot"}
            if set(lab) - allowed:
                err(f"{w}: unknown keys {sorted(set(lab) - allowed)}")
            if k == "dropped":
                need = {"kind", "old"}
            elif k == "added":
                need = {"kind", "new"}
            elif k == "unchanged":
                need = {"kind", "old", "new"}
            else:
                need = {"kind", "old", "new", "slot"}
            if set(lab) != need:
                err(f"{w}: kind {k} needs exactly keys {sorted(need)}, has {sorted(lab)}")
            if "slot" in lab:
                if lab["slot"] not in SLOTS:
                    err(f"{w}: bad slot {lab['slot']!r}")
                else:
                    slots[lab["slot"]] += 1
            if "old" in lab:
                place("old", lab["old"], w + ".old")
            if "new" in lab:
                place("new", lab["new"], w + ".new")
            if k in ("softened", "strengthened", "reworded") and lab.get("old") == lab.get("new"):
                err(f"{w}: {k} label with identical old and new snippets")
            if cos and k != "unchanged":
                err(f"{w}: cosmetic pair labels must all be unchanged")
        if not isinstance(p["notCommitments"], list) or not p["notCommitments"]:
            err(f"{pn}: notCommitments must be a non-empty list")
        else:
            if len(set(p["notCommitments"])) != len(p["notCommitments"]):
                err(f"{pn}: repeated notCommitments entry")
            for j, snip in enumerate(p["notCommitments"]):
                w = f"{pn}/notCommitments[{j}]"
                if not check_snippet(w, snip):
                    continue
                found = False
                for side in ("old", "new"):
                    c = count(texts[side], snip)
                    if c == 0:
                        continue
                    found = True
                    if c != 1:
                        err(f"{w}: occurs {c} times in {side}: {snip!r}")
                        continue
                    i = texts[side].find(snip)
                    spans[side].append((i, i + len(snip), w, snip))
                if not found:
                    err(f"{w}: not found in old or new: {snip!r}")
        for side in ("old", "new"):
            sp = sorted(spans[side])
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err(f"{pn}/{side}: snippets overlap: {a[3]!r} ({a[2]}) and {b[3]!r} ({b[2]})")
        if cos and cosmetic_norm(old) != cosmetic_norm(new):
            a, b = cosmetic_norm(old), cosmetic_norm(new)
            i = next((x for x in range(min(len(a), len(b))) if a[x] != b[x]), min(len(a), len(b)))
            err(f"{pn}: cosmetic texts differ beyond cosmetic changes near {a[max(0,i-30):i+30]!r} / {b[max(0,i-30):i+30]!r}")

    changed = sum(v for k, v in kinds.items() if k != "unchanged")
    if changed < 45:
        err(f"only {changed} labels that are not unchanged (45 required)")
    for k in KINDS:
        if not kinds[k]:
            err(f"kind {k} never used")
    for s in SLOTS:
        if not slots[s]:
            err(f"slot {s} never used")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"pairs={len(data)} labels={sum(kinds.values())} not-unchanged={changed}")
    print("kinds:", dict((k, kinds[k]) for k in KINDS))
    print("slots:", dict((s, slots[s]) for s in SLOTS))
    print("OK")


if __name__ == "__main__":
    main()
