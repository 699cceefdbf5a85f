#!/usr/bin/env python3
"""Validator for the blind cross-language set written on 2026-12-02 (third set).

Run:  python3 check.py      (from any directory; it reads the JSON files next to it)
Prints OK when every rule holds, otherwise one line per problem.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = {
    "en-ar.json": ("en", "ar"), "en-ru.json": ("en", "ru"), "en-fa.json": ("en", "fa"),
    "en-tr.json": ("en", "tr"), "en-fr.json": ("en", "fr"), "ar-fa.json": ("ar", "fa"),
    "ru-fr.json": ("ru", "fr"), "tr-ar.json": ("tr", "ar"),
}
PRESS_DIRS = [("en", "ar"), ("ru", "fa"), ("tr", "en"), ("fr", "tr"), ("fa", "ru")]
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"]
PAIR_KEYS = {"name", "style", "lang", "old", "new", "links", "expected", "numbers",
             "notCommitments"}
MIN_PARAS, MAX_PARAS = 7, 12   # brief for this set (format allows 5-14)

DIGITS = {}
for base in (0x30, 0x660, 0x6F0):
    for i in range(10):
        DIGITS[chr(base + i)] = str(i)
NUM_RE = re.compile("[0-9\u0660-\u0669\u06F0-\u06F9]+")
ITEM_RE = re.compile("^[0-9\u0660-\u0669\u06F0-\u06F9]+\\s*[.)\\-\u2013]\\s")
ZWNJ = "\u200c"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def value(numstr):
    return str(int("".join(DIGITS[c] for c in numstr)))


def is_word_char(c):
    return c.isalnum() or c in (ZWNJ, "\u0640") or unicodedata_mark(c)


def unicodedata_mark(c):
    import unicodedata
    return unicodedata.category(c).startswith("M")


def occurrences(text, snip):
    out, start = [], 0
    while True:
        i = text.find(snip, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def para_spans(text):
    spans, pos = [], 0
    for p in text.split("\n\n"):
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return spans


def para_of(spans, i):
    for k, (a, b) in enumerate(spans):
        if a <= i < b:
            return k
    return None


def check_snippet(where, text, snip, spans):
    """Returns (start, end, paragraph) or None."""
    if not isinstance(snip, str) or not snip:
        err(where, f"snippet must be a non-empty string: {snip!r}")
        return None
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(where, f"snippet has {len(words)} words (3-7): {snip!r}")
    if snip != snip.strip() or "  " in snip or "\n" in snip:
        err(where, f"snippet has bad whitespace: {snip!r}")
    if not (is_word_char(snip[0]) and is_word_char(snip[-1])):
        err(where, f"snippet starts or ends with punctuation: {snip!r}")
    if re.search(r"[.!?\u061F\u2026](\s|$)", snip) or re.search("[;\u061B]", snip):
        err(where, f"snippet crosses a sentence end or semicolon: {snip!r}")
    occ = occurrences(text, snip)
    if len(occ) != 1:
        err(where, f"snippet occurs {len(occ)} times (must be once): {snip!r}")
        return None
    i = occ[0]
    j = i + len(snip)
    if (i > 0 and is_word_char(text[i - 1])) or (j < len(text) and is_word_char(text[j])):
        err(where, f"snippet does not start/end at a word boundary: {snip!r}")
    pa, pb = para_of(spans, i), para_of(spans, j - 1)
    if pa is None or pa != pb:
        err(where, f"snippet crosses a paragraph break: {snip!r}")
    return (i, j, pa)


def numbers_of(par):
    m = ITEM_RE.match(par)
    body = par[m.end():] if m else par
    return [value(x) for x in NUM_RE.findall(body)]


def script_checks(where, lang, text):
    latin = re.search("[A-Za-z]", text)
    cyr = re.search("[\u0400-\u04FF]", text)
    arab = re.search("[\u0600-\u06FF]", text)
    if lang in ("en", "tr", "fr"):
        if cyr or arab:
            err(where, f"{lang} text contains Cyrillic or Arabic script")
        if re.search(r"\bTurkey\b", text):
            err(where, "use 'Türkiye' (not 'Turkey')")
    if lang == "ru":
        if latin or arab:
            err(where, "ru text contains Latin or Arabic letters")
        if len(re.findall("[\u0400-\u04FF]", text)) < 200:
            err(where, "ru text is not mainly Cyrillic")
    if lang in ("ar", "fa"):
        if latin or cyr:
            err(where, f"{lang} text contains Latin or Cyrillic letters")
        if len(re.findall("[\u0600-\u06FF]", text)) < 200:
            err(where, f"{lang} text is not mainly Arabic script")
    if lang == "fa":
        if re.search("[\u064A\u0643]", text):
            err(where, "fa text uses Arabic ي/ك instead of Persian ی/ک")
        if re.search("[0-9\u0660-\u0669]", text):
            err(where, "fa text must use Persian digits ۰-۹ only")
        if re.search(r"(^|\s)(ن?می)\s", text):
            err(where, "fa text writes the prefix می/نمی as a separate word (use ZWNJ)")
        if re.search("(^|\\s)(ن?می)(?!\u200c)[\u0600-\u06FF]{2,}(ند|یم|ید|د|م|ی)(\\s|$|[.،:])", text):
            bad = re.findall("(?:^|\\s)(ن?می(?!\u200c)[\u0600-\u06FF]{2,}(?:ند|یم|ید))", text)
            bad = [b for b in bad if not b.startswith(("میان", "میز", "میلاد", "میراث", "میدان"))]
            if bad:
                err(where, f"fa verb prefix می without ZWNJ: {bad[:3]}")
        if ZWNJ not in text:
            err(where, "fa text has no ZWNJ at all")
    if lang == "ar":
        if re.search("[\u06CC\u06A9\u06F0-\u06F9]", text):
            err(where, "ar text uses Persian ی/ک or Persian digits")
        if re.search("[0-9]", text) and re.search("[\u0660-\u0669]", text):
            err(where, "ar text mixes Western and Arabic-Indic digits")
    if lang == "tr":
        if "Türkiye" not in text:
            err(where, "tr text should name Türkiye")
        if not re.search("[ğışİçöüĞŞÇÖÜ]", text):
            err(where, "tr text lacks Turkish letters")
    if lang == "fr":
        if '"' in text:
            err(where, "fr text uses straight double quotes (use « »)")
        if not re.search("[éèàêçôûî]", text):
            err(where, "fr text lacks accents")
        if re.search("«[^\u00a0\u202f ]", text) or re.search("[^\u00a0\u202f ]»", text):
            err(where, "fr guillemets need a (narrow) space inside")
    if lang == "en" and "\u00ab" in text:
        err(where, "en text uses guillemets")


def check_pair(fname, pair, slot_count, kind_count):
    where = f"{fname}:{pair.get('name', '?')}"
    if set(pair) != PAIR_KEYS:
        err(where, f"keys are {sorted(pair)}")
        return
    style = pair["style"]
    if style not in STYLES:
        err(where, f"bad style {style}")
    lang = pair["lang"]
    if not isinstance(lang, dict) or set(lang) != {"old", "new"} or \
            lang["old"] not in LANGS or lang["new"] not in LANGS or lang["old"] == lang["new"]:
        err(where, f"bad lang {lang}")
        return
    texts = {}
    spans = {}
    for side in ("old", "new"):
        t = pair[side]
        if not isinstance(t, str):
            err(where, f"{side} is not a string")
            return
        if t != t.strip():
            err(where, f"{side} has leading/trailing whitespace")
        if "\n\n\n" in t or "\r" in t:
            err(where, f"{side} has more than one blank line between paragraphs or CR")
        ps = t.split("\n\n")
        for k, p in enumerate(ps):
            if "\n" in p:
                err(where, f"{side}[{k}] has a single line break inside")
            if not p.strip() or p != p.strip():
                err(where, f"{side}[{k}] is empty or has leading/trailing spaces")
        if not MIN_PARAS <= len(ps) <= MAX_PARAS:
            err(where, f"{side} has {len(ps)} paragraphs ({MIN_PARAS}-{MAX_PARAS})")
        script_checks(f"{where}:{side}", lang[side], t)
        texts[side] = ps
        spans[side] = para_spans(t)
    # links
    links = pair["links"]
    seen = {"old": collections.Counter(), "new": collections.Counter()}
    link_of = {"old": {}, "new": {}}
    for li, l in enumerate(links):
        if not isinstance(l, dict) or set(l) != {"old", "new"}:
            err(where, f"link {li} malformed: {l}")
            continue
        for side in ("old", "new"):
            for x in l[side]:
                if not isinstance(x, int) or not 0 <= x < len(texts[side]):
                    err(where, f"link {li} index {x} out of range on {side}")
                else:
                    seen[side][x] += 1
                    link_of[side][x] = li
            if l[side] != sorted(l[side]) or (l[side] and l[side][-1] - l[side][0] != len(l[side]) - 1):
                err(where, f"link {li} indices on {side} not contiguous/sorted: {l[side]}")
        shape = (len(l["old"]), len(l["new"]))
        if shape not in {(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)}:
            err(where, f"link {li} has shape {shape}")
        if style == "faithful" and 0 in shape:
            err(where, f"faithful pair has one-sided link {l}")
    for side in ("old", "new"):
        for k in range(len(texts[side])):
            if seen[side][k] != 1:
                err(where, f"{side} paragraph {k} appears in {seen[side][k]} links")
    # labels
    used = {"old": [], "new": []}
    labelled_paras = {"old": set(), "new": set()}
    exp = pair["expected"]
    nonunchanged = 0
    moved = 0
    for ei, lab in enumerate(exp):
        lw = f"{where}:label{ei}"
        if not isinstance(lab, dict) or "kind" not in lab:
            err(lw, f"malformed {lab}")
            continue
        kind = lab["kind"]
        if kind not in KINDS:
            err(lw, f"bad kind {kind}")
            continue
        want = {"kind"}
        if kind != "added":
            want.add("old")
        if kind != "dropped":
            want.add("new")
        if kind in SLOTTED:
            want.add("slot")
        if set(lab) != want:
            err(lw, f"keys {sorted(lab)} but {kind} needs {sorted(want)}")
            continue
        if kind in SLOTTED:
            if lab["slot"] not in SLOTS:
                err(lw, f"bad slot {lab['slot']}")
            else:
                slot_count[lab["slot"]] += 1
        kind_count[kind] += 1
        if kind != "unchanged":
            nonunchanged += 1
        if kind in ("softened", "strengthened"):
            moved += 1
        if style == "faithful" and kind != "unchanged":
            err(lw, "faithful pair with a label that is not unchanged")
        if style == "press" and kind == "dropped":
            err(lw, "press pairs give no label to items the report leaves out")
        pos = {}
        for side in ("old", "new"):
            if side in lab:
                r = check_snippet(f"{lw}:{side}", pair[side], lab[side], spans[side])
                if r:
                    used[side].append((r[0], r[1], lab[side]))
                    pos[side] = r[2]
                    labelled_paras[side].add(r[2])
        if "old" in pos and "new" in pos:
            if link_of["old"].get(pos["old"]) != link_of["new"].get(pos["new"]):
                err(lw, f"old snippet (para {pos['old']}) and new snippet (para {pos['new']}) are not in the same link")
    if style == "divergent" and nonunchanged < 8:
        err(where, f"divergent pair has only {nonunchanged} labels that are not unchanged")
    if style == "press" and moved < 2:
        err(where, f"press pair reports only {moved} items stronger or weaker")
    # notCommitments
    nc = pair["notCommitments"]
    if not isinstance(nc, list) or not nc:
        err(where, "notCommitments must be a non-empty list")
        nc = []
    for ni, s in enumerate(nc):
        nw = f"{where}:nc{ni}"
        co, cn = (len(occurrences(pair["old"], s)), len(occurrences(pair["new"], s))) if isinstance(s, str) else (0, 0)
        if co + cn != 1:
            err(nw, f"notCommitment occurs {co}+{cn} times (must be once in one text): {s!r}")
            continue
        side = "old" if co else "new"
        r = check_snippet(nw, pair[side], s, spans[side])
        if r:
            used[side].append((r[0], r[1], s))
    for side in ("old", "new"):
        iv = sorted(used[side])
        for a, b in zip(iv, iv[1:]):
            if b[0] < a[1]:
                err(where, f"snippets overlap on {side}: {a[2]!r} / {b[2]!r}")
    # every item paragraph is labelled (non-press); linked report paragraphs are labelled (press)
    for side in ("old", "new"):
        for k, p in enumerate(texts[side]):
            li = link_of[side].get(k)
            if li is None:
                continue
            l = links[li]
            if style != "press":
                if ITEM_RE.match(p) and k not in labelled_paras[side]:
                    err(where, f"{side} item paragraph {k} has no label")
                if not ITEM_RE.match(p) and k in labelled_paras[side]:
                    err(where, f"{side} paragraph {k} is not an item but has a label")
            else:
                if side == "new" and l["old"] and l["new"] and k not in labelled_paras["new"]:
                    err(where, f"report paragraph {k} is linked to the statement but has no label")
                if side == "new" and not l["old"] and k in labelled_paras["new"]:
                    err(where, f"report paragraph {k} has no official counterpart but has a label")
                if side == "old" and not l["new"] and k in labelled_paras["old"]:
                    err(where, f"statement paragraph {k} is left out by the report but has a label")
    if style == "press":
        left_out = [l for l in links if not l["new"] and l["old"] and ITEM_RE.match(texts["old"][l["old"][0]])]
        if not left_out:
            err(where, "press report covers every item (must cover only some)")
        if not any(not l["old"] for l in links):
            err(where, "press report has no paragraph of its own (headline, background, quote)")
    # numbers
    nums = pair["numbers"]
    if not isinstance(nums, list):
        err(where, "numbers must be a list")
        nums = []
    if style == "faithful" and nums:
        err(where, "faithful pair lists number differences")
    diffs = []
    for li, l in enumerate(links):
        if not l["old"] or not l["new"]:
            continue
        o = collections.Counter(v for k in l["old"] for v in numbers_of(texts["old"][k]))
        n = collections.Counter(v for k in l["new"] for v in numbers_of(texts["new"][k]))
        oo = sorted((o - n).elements())
        nn = sorted((n - o).elements())
        if len(oo) != len(nn):
            err(where, f"link {li}: a number is present on one side only: old {oo} new {nn}")
        diffs.append((li, oo, nn))
    listed = []
    for x in nums:
        if not isinstance(x, dict) or set(x) != {"old", "new"}:
            err(where, f"bad numbers entry {x}")
            continue
        if not NUM_RE.fullmatch(x["old"]) or not NUM_RE.fullmatch(x["new"]):
            err(where, f"numbers entry is not a plain number: {x}")
            continue
        if x["old"] not in pair["old"] or x["new"] not in pair["new"]:
            err(where, f"numbers entry does not occur in its texts: {x}")
        if value(x["old"]) == value(x["new"]):
            err(where, f"numbers entry has equal values: {x}")
        listed.append((value(x["old"]), value(x["new"])))
    remaining = list(listed)
    for li, oo, nn in diffs:
        for a, b in zip(oo, nn):
            if (a, b) in remaining:
                remaining.remove((a, b))
            else:
                err(where, f"link {li}: unlisted number difference {a} -> {b}")
    for r in remaining:
        err(where, f"listed number difference {r} not found between linked paragraphs")


def main():
    slot_count = collections.Counter()
    kind_count = collections.Counter()
    names = set()
    for fname in list(FILES) + ["press.json"]:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(fname, "missing")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:  # noqa
            err(fname, f"not valid JSON: {e}")
            continue
        if not isinstance(data, list):
            err(fname, "not a JSON array")
            continue
        for pair in data:
            if not isinstance(pair, dict):
                err(fname, "pair is not an object")
                continue
            n = pair.get("name")
            if n in names:
                err(fname, f"duplicate name {n}")
            names.add(n)
            check_pair(fname, pair, slot_count, kind_count)
        try:
            dirs = [(p["lang"]["old"], p["lang"]["new"]) for p in data]
            styles = sorted(p["style"] for p in data)
        except Exception:  # noqa
            continue
        if fname in FILES:
            a, b = FILES[fname]
            if len(data) != 2 or styles != ["divergent", "faithful"]:
                err(fname, f"must hold 1 faithful and 1 divergent pair, has {styles}")
            if sorted(dirs) != sorted([(a, b), (b, a)]):
                err(fname, f"directions must be {a}->{b} and {b}->{a}, are {dirs}")
        else:
            if styles != ["press"] * 5:
                err(fname, f"must hold 5 press pairs, has {styles}")
            if sorted(dirs) != sorted(PRESS_DIRS):
                err(fname, f"press directions must be {PRESS_DIRS}, are {dirs}")
    for s in SLOTS:
        if slot_count[s] < 2:
            err("set", f"slot {s} used {slot_count[s]} times (at least 2)")
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
