#!/usr/bin/env python3
"""Validator for the blind cross-language set blind-cross-2026-12-01-fourth.

Usage: python3 check.py [--stats]
Prints OK (and, with --stats, the counts used in README.md) or a list of errors.
Checks: file/pair shape, language pairs, paragraph rules, links, label kinds and
slots, snippet rules (3-7 words, exact, unique, word boundaries, no sentence end,
semicolon or paragraph break, no leading/trailing punctuation, no overlaps),
label placement in linked paragraphs, every numbered item labelled, numbers
(occurrence, value difference, completeness per link), notCommitments, and script
rules per language (Persian ی/ک/ZWNJ/Persian digits, Arabic letters, Cyrillic,
Turkish "Türkiye", French « » and accents).
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
PAIR_FILES = ["en-ar", "en-ru", "en-fa", "en-tr", "en-fr", "ar-fa", "ru-fa"]
PRESS_LANGS = [("en", "ar"), ("fa", "en"), ("ru", "tr")]
KEYS = {"name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"}
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"]
SLOTTED = {"softened", "strengthened", "reworded"}
MIN_PARAS, MAX_PARAS = 7, 12          # this set (the general format allows 5-14)
MIN_DIVERGENT = 8

DIGITS = {}
for base in (0x30, 0x660, 0x6F0):
    for i in range(10):
        DIGITS[chr(base + i)] = str(i)
NUM_RE = re.compile("[0-9\u0660-\u0669\u06F0-\u06F9]+")
ITEM_RE = re.compile("^([0-9\u0660-\u0669\u06F0-\u06F9]+)[.)\\-] ")
ZWNJ = "\u200c"
WORD_INNER = {ZWNJ, "'", "\u2019", "\u200d"}

errors = []
notes = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm_num(s):
    return "".join(DIGITS.get(c, c) for c in s)


def is_wordchar(c):
    if c in WORD_INNER:
        return True
    cat = unicodedata.category(c)
    return cat[0] in "LNM"


def paragraphs(text):
    return text.split("\n\n")


def para_offsets(text):
    offs, pos = [], 0
    for p in paragraphs(text):
        offs.append((pos, pos + len(p)))
        pos += len(p) + 2
    return offs


def para_of(offs, start):
    for i, (a, b) in enumerate(offs):
        if a <= start < b:
            return i
    return None


def check_snippet(where, s, text):
    """Return start offset of the single occurrence, or None."""
    if not isinstance(s, str):
        err(where, f"snippet is not a string: {s!r}")
        return None
    if s != s.strip():
        err(where, f"leading/trailing space in {s!r}")
    n = len(s.split())
    if not 3 <= n <= 7:
        err(where, f"{n} words (need 3-7): {s!r}")
    if "\n" in s:
        err(where, f"crosses a line/paragraph break: {s!r}")
    if ";" in s or "\u061b" in s:
        err(where, f"crosses a semicolon: {s!r}")
    if re.search("[.!?\u061f\u2026](\\s|$)", s[:-1] + " " if s else s):
        # any sentence-final mark followed by space inside the snippet
        if re.search("[.!?\u061f\u2026]\\s", s):
            err(where, f"crosses a sentence end: {s!r}")
    if s:
        for c, pos in ((s[0], "starts"), (s[-1], "ends")):
            cat = unicodedata.category(c)
            if cat[0] in "PSZ" or (pos == "starts" and cat[0] == "M"):
                err(where, f"{pos} with punctuation/symbol {c!r}: {s!r}")
    cnt = text.count(s)
    if cnt != 1:
        err(where, f"occurs {cnt} times (need exactly 1): {s!r}")
        return None
    if text.casefold().count(s.casefold()) != 1:
        err(where, f"not unique case-insensitively: {s!r}")
    i = text.index(s)
    if i > 0 and is_wordchar(text[i - 1]) and is_wordchar(s[0]):
        err(where, f"starts inside a word: {s!r}")
    j = i + len(s)
    if j < len(text) and is_wordchar(text[j]) and is_wordchar(s[-1]):
        err(where, f"ends inside a word: {s!r}")
    return i


def check_script(where, lang, text):
    latin = re.search("[A-Za-z]", text)
    cyr = re.search("[\u0400-\u04FF]", text)
    arab = re.search("[\u0600-\u06FF]", text)
    if lang == "fa":
        for c, name in (("\u064A", "Arabic yeh ي"), ("\u0643", "Arabic kaf ك"),
                        ("\u0649", "alef maksura ى"), ("\u0629", "teh marbuta ة")):
            if c in text:
                err(where, f"Persian text contains {name}")
        if re.search("[0-9\u0660-\u0669]", text):
            err(where, "Persian text contains non-Persian digits")
        if ZWNJ not in text:
            err(where, "Persian text has no ZWNJ")
        if re.search("(^|\\s)(می|نمی) ", text):
            err(where, "Persian prefix می written without ZWNJ")
        if re.search(" (ها|های|هایی)(\\s|[.،])", text):
            err(where, "Persian plural ها detached by a space")
        if latin or cyr:
            err(where, "Persian text contains Latin/Cyrillic letters")
        if not arab:
            err(where, "Persian text has no Perso-Arabic letters")
    elif lang == "ar":
        for c, name in (("\u06CC", "Persian yeh ی"), ("\u06A9", "Persian kaf ک"), (ZWNJ, "ZWNJ")):
            if c in text:
                err(where, f"Arabic text contains {name}")
        if re.search("[\u06F0-\u06F9]", text):
            err(where, "Arabic text contains Persian digits")
        if latin or cyr:
            err(where, "Arabic text contains Latin/Cyrillic letters")
        if not arab:
            err(where, "Arabic text has no Arabic letters")
    elif lang == "ru":
        if not cyr:
            err(where, "Russian text has no Cyrillic")
        if latin or arab:
            err(where, "Russian text contains Latin/Arabic letters")
    elif lang in ("en", "tr", "fr"):
        if cyr or arab:
            err(where, f"{lang} text contains Cyrillic/Arabic letters")
        if re.search("Turkey|Türkei|Turkiye|Turquie", text):
            err(where, "use Türkiye")
        if lang == "tr":
            if "Türkiye" not in text:
                err(where, "Turkish text does not name Türkiye")
            if not re.search("[ığşçöüİĞŞÇÖÜ]", text):
                err(where, "Turkish text has no Turkish letters")
        if lang == "fr":
            if '"' in text:
                err(where, "French text uses straight double quotes")
            if text.count("«") != text.count("»"):
                err(where, "unbalanced « »")
            if not re.search("[éèêàçôûîù]", text):
                err(where, "French text has no accents")
        if lang == "en":
            bad = set(c for c in text if ord(c) > 127) - set("ü’“”—")
            if bad:
                err(where, f"English text has unexpected characters {sorted(bad)}")


def numbers_in(par):
    m = ITEM_RE.match(par)
    body = par[m.end():] if m else par
    return [norm_num(x) for x in NUM_RE.findall(body)]


def check_pair(fname, p, names, stats):
    where = f"{fname}:{p.get('name', '?')}"
    if set(p.keys()) != KEYS:
        err(where, f"keys {sorted(p.keys())} != {sorted(KEYS)}")
        return
    name, style = p["name"], p["style"]
    if name in names:
        err(where, "duplicate name")
    names.add(name)
    if style not in ("faithful", "divergent", "press"):
        err(where, f"bad style {style}")
    lang = p["lang"]
    if not (isinstance(lang, dict) and set(lang) == {"old", "new"} and lang["old"] in LANGS
            and lang["new"] in LANGS and lang["old"] != lang["new"]):
        err(where, f"bad lang {lang}")
        return
    if style == "press":
        if not re.fullmatch(r"press-\d{2}-%s-%s-round\d+" % (lang["old"], lang["new"]), name):
            err(where, "name should be like press-01-en-ar-round34")
    else:
        if not re.fullmatch(r"[a-z]{2}-[a-z]{2}-\d{2}-%s-round\d+" % style, name):
            err(where, "name should be like en-ar-01-faithful-round31")
        if name[:5] != fname:
            err(where, "name does not start with the file's language pair")

    texts = {}
    offs = {}
    for side in ("old", "new"):
        t = p[side]
        if not isinstance(t, str):
            err(where, f"{side} is not a string")
            return
        if t != t.strip():
            err(where, f"{side} has leading/trailing whitespace")
        if "\n\n\n" in t:
            err(where, f"{side} has more than one blank line between paragraphs")
        pars = paragraphs(t)
        if not MIN_PARAS <= len(pars) <= MAX_PARAS:
            err(where, f"{side} has {len(pars)} paragraphs (need {MIN_PARAS}-{MAX_PARAS})")
        for i, par in enumerate(pars):
            if "\n" in par:
                err(where, f"{side}[{i}] has a single line break")
            if par != par.strip() or not par:
                err(where, f"{side}[{i}] empty or has leading/trailing spaces")
            if "  " in par:
                err(where, f"{side}[{i}] has double spaces")
        check_script(f"{where}:{side}", lang[side], t)
        texts[side] = t
        offs[side] = para_offsets(t)
    npar = {s: len(paragraphs(texts[s])) for s in texts}
    stats["paragraphs"] += npar["old"] + npar["new"]
    stats["texts"] += 2

    # title number vs name
    m = re.search(r"round(\d+)$", name)
    if m and m.group(1) not in numbers_in(paragraphs(texts["old"])[0]) + numbers_in(" ".join(paragraphs(texts["old"])[:3])):
        err(where, "round number of the name not found in the old title/dateline/preamble")

    # links
    seen = {"old": Counter(), "new": Counter()}
    link_of = {"old": {}, "new": {}}
    links = p["links"]
    if not isinstance(links, list) or not links:
        err(where, "links must be a non-empty list")
        return
    for k, ln in enumerate(links):
        if not (isinstance(ln, dict) and set(ln) == {"old", "new"}):
            err(where, f"link {k} bad shape {ln}")
            continue
        o, n = ln["old"], ln["new"]
        if not all(isinstance(i, int) for i in o + n):
            err(where, f"link {k} non-integer index")
            continue
        for side, idx in (("old", o), ("new", n)):
            if idx != sorted(idx) or (idx and idx != list(range(idx[0], idx[-1] + 1))):
                err(where, f"link {k} {side} indices not sorted/contiguous {idx}")
            for i in idx:
                if not 0 <= i < npar[side]:
                    err(where, f"link {k} {side} index {i} out of range")
                seen[side][i] += 1
                link_of[side][i] = k
        if not o and not n:
            err(where, f"link {k} is empty on both sides")
        elif len(o) > 1 and len(n) > 1:
            err(where, f"link {k} is many-to-many")
        elif len(o) > 2 or len(n) > 2:
            err(where, f"link {k} merges/splits more than two paragraphs")
        if len(o) == 1 and len(n) == 1:
            shape = "1:1"
        elif len(o) == 1 and len(n) == 2:
            shape = "split 1:2"
        elif len(o) == 2 and len(n) == 1:
            shape = "merge 2:1"
        elif not n:
            shape = "old only"
        elif not o:
            shape = "new only"
        else:
            shape = "other"
        stats["links"][shape] += 1
        if style == "faithful" and (not o or not n):
            err(where, f"faithful pair has a one-sided link {ln}")
    for side in ("old", "new"):
        for i in range(npar[side]):
            if seen[side][i] != 1:
                err(where, f"{side} paragraph {i} appears in {seen[side][i]} links")
    # reorderings: pairs of two-sided links whose order differs between sides
    two = [(min(l["old"]), min(l["new"])) for l in links if l["old"] and l["new"]]
    stats["reordered"] += sum(1 for a in range(len(two)) for b in range(a + 1, len(two))
                              if (two[a][0] - two[b][0]) * (two[a][1] - two[b][1]) < 0)

    # spans for overlap checks
    spans = {"old": [], "new": []}

    def locate(label_where, side, s):
        i = check_snippet(label_where, s, texts[side])
        if i is None:
            return None
        spans[side].append((i, i + len(s), s))
        return para_of(offs[side], i)

    # expected
    exp = p["expected"]
    if not isinstance(exp, list) or not exp:
        err(where, "expected must be a non-empty list")
        exp = []
    labelled = {"old": set(), "new": set()}
    nonunch = 0
    for k, lab in enumerate(exp):
        lw = f"{where}:expected[{k}]"
        if not isinstance(lab, dict) or lab.get("kind") not in KINDS:
            err(lw, f"bad label {lab}")
            continue
        kind = lab["kind"]
        want = {"kind"}
        if kind != "added":
            want.add("old")
        if kind != "dropped":
            want.add("new")
        if kind in SLOTTED:
            want.add("slot")
        if set(lab) != want:
            err(lw, f"keys {sorted(lab)} != {sorted(want)} for kind {kind}")
            continue
        if kind in SLOTTED and lab["slot"] not in SLOTS:
            err(lw, f"bad slot {lab['slot']}")
        stats["kinds"][kind] += 1
        stats["kinds_by_style"][(style, kind)] += 1
        if kind in SLOTTED:
            stats["slots"][(kind, lab["slot"])] += 1
            stats["slot_total"][lab["slot"]] += 1
        if kind != "unchanged":
            nonunch += 1
        po = locate(lw + ":old", "old", lab["old"]) if "old" in lab else None
        pn = locate(lw + ":new", "new", lab["new"]) if "new" in lab else None
        if po is not None:
            labelled["old"].add(po)
        if pn is not None:
            labelled["new"].add(pn)
        if po is not None and pn is not None and link_of["old"].get(po) != link_of["new"].get(pn):
            err(lw, f"old snippet (paragraph {po}) and new snippet (paragraph {pn}) are not in the same link")
        if style == "press" and po is not None:
            lk = links[link_of["old"][po]] if po in link_of["old"] else None
            if lk is not None and not lk["new"]:
                err(lw, "press: an item the report leaves out must get no label")
        if style == "press" and kind == "dropped":
            err(lw, "press: leave omitted items unlabelled instead of 'dropped'")
        if kind == "added" and pn is not None:
            pass
    if style == "faithful" and nonunch:
        err(where, "faithful pair has labels that are not unchanged")
    if style == "divergent" and nonunch < MIN_DIVERGENT:
        err(where, f"divergent pair has only {nonunch} labels that are not unchanged")
    if style == "press" and nonunch == 0:
        err(where, "press pair has no divergence")

    # every numbered item paragraph is labelled (press: old items either omitted or labelled)
    for side in ("old", "new"):
        if style == "press" and side == "new":
            continue
        for i, par in enumerate(paragraphs(texts[side])):
            if ITEM_RE.match(par):
                if style == "press" and side == "old":
                    lk = links[link_of["old"][i]] if i in link_of["old"] else None
                    if lk is not None and not lk["new"]:
                        continue
                if i not in labelled[side]:
                    err(where, f"{side} item paragraph {i} has no label")
    if style == "press":
        for lk in links:
            if lk["old"] and lk["new"] and any(ITEM_RE.match(paragraphs(texts["old"])[i]) for i in lk["old"]):
                if not any(j in labelled["new"] for j in lk["new"]):
                    err(where, f"press: report paragraph(s) {lk['new']} reporting an item carry no label")

    # notCommitments
    ncs = p["notCommitments"]
    if not isinstance(ncs, list):
        err(where, "notCommitments must be a list")
        ncs = []
    if len(set(ncs)) != len(ncs):
        err(where, "duplicate notCommitments")
    for k, s in enumerate(ncs):
        nw = f"{where}:notCommitments[{k}]"
        found = False
        for side in ("old", "new"):
            if isinstance(s, str) and s in texts[side]:
                found = True
                pi = locate(nw + ":" + side, side, s)
                if pi is None:
                    continue
                par = paragraphs(texts[side])[pi]
                is_statement = side == "old" or style != "press"
                if is_statement and ITEM_RE.match(par):
                    err(nw, f"notCommitment inside numbered item {side}[{pi}] of a statement")
        if not found:
            err(nw, f"not found in either text: {s!r}")
            check_snippet(nw, s, "")
        stats["notCommitments"] += 1

    for side in ("old", "new"):
        sp = sorted(spans[side])
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                err(where, f"{side} snippets overlap: {a[2]!r} / {b[2]!r}")

    # numbers
    nums = p["numbers"]
    if not isinstance(nums, list):
        err(where, "numbers must be a list")
        nums = []
    if style == "faithful" and nums:
        err(where, "faithful pair must have numbers []")
    pars = {s: paragraphs(texts[s]) for s in texts}
    pending = []
    for k, e in enumerate(nums):
        ew = f"{where}:numbers[{k}]"
        if not (isinstance(e, dict) and set(e) == {"old", "new"} and all(isinstance(e[s], str) for s in e)):
            err(ew, f"bad entry {e}")
            continue
        if not all(NUM_RE.fullmatch(e[s]) for s in e):
            err(ew, f"entry is not a plain number {e}")
            continue
        if norm_num(e["old"]) == norm_num(e["new"]):
            err(ew, f"same value {e}")
        for s in ("old", "new"):
            if not re.search("(?<![0-9\u0660-\u0669\u06F0-\u06F9])%s(?![0-9\u0660-\u0669\u06F0-\u06F9])" % e[s], texts[s]):
                err(ew, f"{e[s]} does not occur as a number in the {s} text")
        pending.append((norm_num(e["old"]), norm_num(e["new"]), k))
        stats["numbers"] += 1
    used = set()
    for ln in links:
        if not ln["old"] or not ln["new"]:
            continue
        ov = Counter(v for i in ln["old"] for v in numbers_in(pars["old"][i]))
        nv = Counter(v for i in ln["new"] for v in numbers_in(pars["new"][i]))
        lo, lnw = ov - nv, nv - ov
        for o, n, k in pending:
            if k not in used and lo[o] > 0 and lnw[n] > 0:
                lo[o] -= 1
                lnw[n] -= 1
                used.add(k)
        lo, lnw = +lo, +lnw
        if lo and lnw:
            err(where, f"link {ln}: unlisted number differences old {dict(lo)} / new {dict(lnw)}")
        elif lo or lnw:
            msg = f"link {ln}: number only on one side old {dict(lo)} / new {dict(lnw)}"
            if style == "press":
                notes.append(f"{where}: {msg} (report omits/adds a number; not a value change)")
            else:
                err(where, msg)
    for o, n, k in pending:
        if k not in used:
            err(f"{where}:numbers[{k}]", "listed difference not found between linked paragraphs")


def main():
    show_stats = "--stats" in sys.argv
    stats = {"paragraphs": 0, "texts": 0, "links": Counter(), "kinds": Counter(),
             "kinds_by_style": Counter(), "slots": Counter(), "slot_total": Counter(),
             "numbers": 0, "notCommitments": 0, "reordered": 0, "styles": Counter()}
    expected_files = {f + ".json" for f in PAIR_FILES} | {"press.json"}
    present = {f for f in os.listdir(HERE) if f.endswith(".json")}
    for f in sorted(expected_files - present):
        err(f, "missing file")
    for f in sorted(present - expected_files):
        err(f, "unexpected JSON file")
    names = set()
    for f in PAIR_FILES + ["press"]:
        path = os.path.join(HERE, f + ".json")
        if not os.path.exists(path):
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except Exception as e:  # noqa
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(data, list):
            err(f, "top level must be an array")
            continue
        for p in data:
            if isinstance(p, dict):
                stats["styles"][p.get("style")] += 1
                check_pair(f, p, names, stats)
            else:
                err(f, "pair is not an object")
        if f == "press":
            if len(data) != 3 or any(p.get("style") != "press" for p in data):
                err(f, "press.json must hold 3 press pairs")
            got = [(p["lang"]["old"], p["lang"]["new"]) for p in data if isinstance(p, dict) and "lang" in p]
            if got != PRESS_LANGS:
                err(f, f"press language directions {got} != {PRESS_LANGS}")
        else:
            a, b = f.split("-")
            styles = sorted(p.get("style") for p in data if isinstance(p, dict))
            if len(data) != 2 or styles != ["divergent", "faithful"]:
                err(f, "must hold exactly one faithful and one divergent pair")
                continue
            fa = next(p for p in data if p["style"] == "faithful")
            dv = next(p for p in data if p["style"] == "divergent")
            for p in (fa, dv):
                if {p["lang"]["old"], p["lang"]["new"]} != {a, b}:
                    err(f, f"{p['name']} languages {p['lang']} not {a}/{b}")
            if fa["lang"]["old"] != dv["lang"]["new"]:
                err(f, "faithful and divergent pairs must swap which language is old")
    for s in SLOTS:
        if stats["slot_total"][s] < 2:
            err("set", f"slot {s} used {stats['slot_total'][s]} times (need >= 2)")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    if show_stats:
        print("pairs by style:", dict(stats["styles"]))
        print("texts:", stats["texts"], "paragraphs:", stats["paragraphs"])
        print("labels by kind:", dict(stats["kinds"]), "total", sum(stats["kinds"].values()))
        print("labels by style and kind:", {f"{a}/{b}": c for (a, b), c in sorted(stats["kinds_by_style"].items())})
        print("slots by kind:", {f"{a}/{b}": c for (a, b), c in sorted(stats["slots"].items())})
        print("slot totals:", {s: stats["slot_total"][s] for s in SLOTS})
        print("links by shape:", dict(stats["links"]))
        print("reordered link pairs:", stats["reordered"])
        print("number differences:", stats["numbers"])
        print("notCommitments:", stats["notCommitments"])
        for n in notes:
            print("note:", n)
    print("OK")


if __name__ == "__main__":
    main()
