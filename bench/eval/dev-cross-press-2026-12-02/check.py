#!/usr/bin/env python3
"""Validator for the cross-language evaluation set in this folder.

Usage: python3 check.py [--stats]
Checks shape, paragraphs, links, labels, snippets, numbers, notCommitments and
script rules, then prints OK (or the list of errors).  --stats prints counts.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"press.json": "press", "faithful.json": "faithful"}
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
PAIR_KEYS = {"name", "style", "lang", "old", "new", "links", "expected",
             "numbers", "notCommitments"}
LABEL_KEYS = {
    "unchanged": {"kind", "old", "new"},
    "softened": {"kind", "old", "new", "slot"},
    "strengthened": {"kind", "old", "new", "slot"},
    "reworded": {"kind", "old", "new", "slot"},
    "dropped": {"kind", "old"},
    "added": {"kind", "new"},
}
PARA_MIN, PARA_MAX = 7, 12          # this set's brief (general rule: 5-14)
DIGIT_MAP = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
NUM_RE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+")
ITEM_RE = re.compile(r"^[0-9\u0660-\u0669\u06F0-\u06F9]+[.)\-–]\s")
NAME_RE = re.compile(r"^([a-z]{2})-([a-z]{2})-(\d{2})-(faithful|divergent|press)-round(\d+)$")
SENT_END_RE = re.compile(r"[.!?؟…](\s|$)")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def norm_num(s):
    return str(int(s.translate(DIGIT_MAP)))


def para_numbers(p):
    """Number values in a paragraph, without the item number at its start."""
    m = ITEM_RE.match(p)
    body = p[m.end():] if m else p
    return [norm_num(x) for x in NUM_RE.findall(body)]


def is_word_char(ch):
    return unicodedata.category(ch)[0] in "LNM"


def para_spans(text):
    spans, pos = [], 0
    for p in text.split("\n\n"):
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return spans


def para_of(spans, start):
    for i, (a, b) in enumerate(spans):
        if a <= start < b:
            return i
    return None


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_snippet_form(s, where):
    ok = True
    if not isinstance(s, str) or not s:
        err(where, "snippet must be a non-empty string")
        return False
    if s != s.strip() or "\n" in s:
        err(where, f"snippet has outer spaces or a line break: {s!r}")
        ok = False
    n = len(s.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (need 3-7): {s!r}")
        ok = False
    if not is_word_char(s[0]) or not is_word_char(s[-1]):
        err(where, f"snippet starts or ends with punctuation: {s!r}")
        ok = False
    if ";" in s or "؛" in s:
        err(where, f"snippet crosses a semicolon: {s!r}")
        ok = False
    if SENT_END_RE.search(s):
        err(where, f"snippet crosses a sentence end: {s!r}")
        ok = False
    return ok


# ---------------------------------------------------------------- scripts
FA_FORBIDDEN = {"\u064A": "Arabic yeh ي", "\u0643": "Arabic kaf ك"}
AR_FORBIDDEN = {"\u06CC": "Persian yeh ی", "\u06A9": "Persian keheh ک",
                "\u06AF": "گ", "\u067E": "پ", "\u0686": "چ", "\u0698": "ژ"}


def letters(text):
    return [c for c in text if unicodedata.category(c)[0] == "L"]


def script_of(c):
    name = unicodedata.name(c, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("ARABIC"):
        return "arabic"
    return "other"


def check_script(lang, text, where):
    ls = letters(text)
    scripts = Counter(script_of(c) for c in ls)
    if '"' in text:
        err(where, "straight double quote; use the language's typographic quotes")
    if "  " in text:
        err(where, "double space")
    if lang in ("fa", "ar"):
        if scripts["latin"] or scripts["cyrillic"]:
            err(where, f"Latin/Cyrillic letters in {lang} text")
    if lang == "fa":
        for ch, nm in FA_FORBIDDEN.items():
            if ch in text:
                err(where, f"Persian text contains {nm}")
        if re.search(r"[0-9\u0660-\u0669]", text):
            err(where, "Persian text must use Persian digits ۰-۹ only")
        if "\u200c" not in text:
            err(where, "Persian text without any ZWNJ")
        if re.search(r"(^|\s)(ن?می) ", text):
            err(where, "Persian 'می' prefix followed by a space instead of ZWNJ")
        ok_words = {"میلادی", "میزبانی", "میان", "میدان", "میراث", "میزان",
                    "میلیون", "میانه", "میانجی", "میانجیگری"}
        for m in re.finditer(r"(?:^|\s)(ن?می\w+)", text):
            word = "".join(c for c in m.group(1) if unicodedata.category(c)[0] == "L")
            if word not in ok_words:
                warn(where, f"check ZWNJ after 'می' in {word!r}")
    if lang == "ar":
        for ch, nm in AR_FORBIDDEN.items():
            if ch in text:
                err(where, f"Arabic text contains {nm}")
        if re.search(r"[\u06F0-\u06F9]", text):
            err(where, "Arabic text contains Persian digits")
        if re.search(r"[0-9]", text) and re.search(r"[\u0660-\u0669]", text):
            err(where, "Arabic text mixes Western and Arabic-Indic digits")
    if lang == "ru":
        if scripts["latin"] or scripts["arabic"]:
            err(where, "Russian text contains Latin or Arabic letters")
        if scripts["cyrillic"] < 0.95 * max(1, len(ls)):
            err(where, "Russian text is not mostly Cyrillic")
    if lang in ("en", "tr", "fr"):
        if scripts["cyrillic"] or scripts["arabic"]:
            err(where, f"Cyrillic/Arabic letters in {lang} text")
    if lang in ("en", "tr"):
        if re.search(r"\bTurkey\b|\bTurkiye\b", text):
            err(where, "write Türkiye")
    if lang == "tr":
        if not re.search(r"[ıİşŞğĞ]", text):
            err(where, "Turkish text without ı/İ/ş/ğ")
        if "Turkiye" in text or "Türkıye" in text:
            err(where, "misspelt Türkiye")
    if lang == "fr":
        if not re.search(r"[éèàêçôû]", text):
            err(where, "French text without accents")
        if text.count("«") != text.count("»"):
            err(where, "unbalanced « »")
        for m in re.finditer("«", text):
            if text[m.end():m.end() + 1] not in (" ", "\u00a0", "\u202f"):
                err(where, "« must be followed by a space")
        for m in re.finditer("»", text):
            if text[m.start() - 1:m.start()] not in (" ", "\u00a0", "\u202f"):
                err(where, "» must be preceded by a space")
    if lang == "ru" and ("“" in text or "”" in text):
        err(where, "Russian text should use « »")


# ---------------------------------------------------------------- pairs
def check_pair(pair, fstyle, names, stats):
    where0 = f"{pair.get('name', '?')}"
    if not isinstance(pair, dict):
        err(where0, "pair is not an object")
        return
    keys = set(pair)
    if keys != PAIR_KEYS:
        err(where0, f"keys {sorted(keys)} != {sorted(PAIR_KEYS)}")
        return
    name, style, lang = pair["name"], pair["style"], pair["lang"]
    if name in names:
        err(where0, "duplicate name")
    names.add(name)
    if style not in STYLES:
        err(where0, f"bad style {style}")
    if style != fstyle:
        err(where0, f"style {style} in the {fstyle} file")
    if not isinstance(lang, dict) or set(lang) != {"old", "new"}:
        err(where0, "lang must be {old, new}")
        return
    if lang["old"] not in LANGS or lang["new"] not in LANGS or lang["old"] == lang["new"]:
        err(where0, f"bad lang {lang}")
    m = NAME_RE.match(name)
    if not m:
        err(where0, "name does not match <old>-<new>-NN-<style>-roundN")
    else:
        if (m.group(1), m.group(2)) != (lang["old"], lang["new"]) or m.group(4) != style:
            err(where0, "name disagrees with lang/style")

    paras = {}
    for side in ("old", "new"):
        text = pair[side]
        w = f"{where0}.{side}"
        if not isinstance(text, str):
            err(w, "text must be a string")
            return
        if text != text.strip():
            err(w, "leading/trailing whitespace")
        if "\n\n\n" in text or "\r" in text or "\t" in text:
            err(w, "bad paragraph separator or control character")
        ps = text.split("\n\n")
        for i, p in enumerate(ps):
            if not p:
                err(w, f"empty paragraph {i}")
            if "\n" in p:
                err(w, f"single line break inside paragraph {i}")
            if p != p.strip():
                err(w, f"paragraph {i} has leading/trailing spaces")
        if not PARA_MIN <= len(ps) <= PARA_MAX:
            err(w, f"{len(ps)} paragraphs (need {PARA_MIN}-{PARA_MAX})")
        paras[side] = ps
        check_script(lang[side], text, w)
    old, new = pair["old"], pair["new"]
    spans = {"old": para_spans(old), "new": para_spans(new)}

    # links
    links = pair["links"]
    link_of = {"old": {}, "new": {}}
    if not isinstance(links, list) or not links:
        err(where0, "links must be a non-empty array")
        return
    for li, lk in enumerate(links):
        w = f"{where0}.links[{li}]"
        if not isinstance(lk, dict) or set(lk) != {"old", "new"}:
            err(w, "link must be {old: [...], new: [...]}")
            continue
        if not lk["old"] and not lk["new"]:
            err(w, "link with both sides empty")
        for side in ("old", "new"):
            idx = lk[side]
            if not isinstance(idx, list) or not all(isinstance(i, int) for i in idx):
                err(w, f"{side} must be a list of integers")
                continue
            if idx != sorted(idx) or (idx and idx != list(range(idx[0], idx[-1] + 1))):
                err(w, f"{side} indices must be consecutive and ascending")
            for i in idx:
                if not 0 <= i < len(paras[side]):
                    err(w, f"{side} index {i} out of range")
                elif i in link_of[side]:
                    err(w, f"{side} paragraph {i} in two links")
                else:
                    link_of[side][i] = li
        o, n = len(lk["old"]), len(lk["new"])
        shape = ("1:1" if o == 1 and n == 1 else "old-only" if n == 0 else
                 "new-only" if o == 0 else "split" if o == 1 else
                 "merge" if n == 1 else "many-to-many")
        if shape == "many-to-many":
            err(w, "many-to-many link")
        if style == "faithful" and shape in ("old-only", "new-only"):
            err(w, "faithful pairs have no one-sided links")
        stats["links"][shape] += 1
    for side in ("old", "new"):
        for i in range(len(paras[side])):
            if i not in link_of[side]:
                err(where0, f"{side} paragraph {i} is in no link")
    two_sided = {li for li, lk in enumerate(links)
                 if isinstance(lk, dict) and lk.get("old") and lk.get("new")}

    # snippets: labels
    taken = {"old": [], "new": []}     # (start, end, label)
    covered = {"old": set(), "new": set()}

    def place(side, s, w):
        if not check_snippet_form(s, w):
            return None
        text = pair[side]
        occ = occurrences(text, s)
        if len(occ) != 1:
            err(w, f"snippet occurs {len(occ)} times in {side}: {s!r}")
            return None
        a, b = occ[0], occ[0] + len(s)
        pa = para_of(spans[side], a)
        if pa is None or para_of(spans[side], b - 1) != pa:
            err(w, f"snippet crosses a paragraph break: {s!r}")
            return None
        for (x, y, other) in taken[side]:
            if a < y and x < b:
                err(w, f"snippet overlaps {other!r}: {s!r}")
        taken[side].append((a, b, s))
        covered[side].add(pa)
        return pa

    expected = pair["expected"]
    if not isinstance(expected, list) or not expected:
        err(where0, "expected must be a non-empty array")
        expected = []
    kinds = Counter()
    for ei, lab in enumerate(expected):
        w = f"{where0}.expected[{ei}]"
        if not isinstance(lab, dict) or lab.get("kind") not in KINDS:
            err(w, f"bad label {lab!r}")
            continue
        kind = lab["kind"]
        if set(lab) != LABEL_KEYS[kind]:
            err(w, f"keys {sorted(lab)} != {sorted(LABEL_KEYS[kind])} for {kind}")
            continue
        if kind in SLOTTED and lab["slot"] not in SLOTS:
            err(w, f"bad slot {lab['slot']!r}")
        kinds[kind] += 1
        stats["kinds"][kind] += 1
        if kind in SLOTTED:
            stats["slots"][f"{kind}/{lab['slot']}"] += 1
        po = place("old", lab["old"], w + ".old") if "old" in lab else None
        pn = place("new", lab["new"], w + ".new") if "new" in lab else None
        if "old" in lab and "new" in lab and po is not None and pn is not None:
            if link_of["old"].get(po) != link_of["new"].get(pn):
                err(w, f"old snippet (para {po}) and new snippet (para {pn}) are not in the same link")
        if style == "press":
            if po is not None and link_of["old"].get(po) not in two_sided:
                err(w, "press: an item the report leaves out must get no label")
        if kind == "dropped" and po is not None and style != "press":
            pass
        if kind == "added" and pn is not None and style == "press":
            pass
    if style == "faithful" and set(kinds) - {"unchanged"}:
        err(where0, "faithful pairs carry only unchanged labels")
    nonu = sum(v for k, v in kinds.items() if k != "unchanged")
    if style == "divergent" and nonu < 8:
        err(where0, f"divergent pair with only {nonu} non-unchanged labels")
    if style == "press":
        sw = kinds["softened"] + kinds["strengthened"]
        if sw < 2:
            err(where0, "press pair needs at least two softened/strengthened labels")
        if not any(lk["old"] and not lk["new"] for lk in links
                   if isinstance(lk, dict) and isinstance(lk.get("old"), list)):
            err(where0, "press pair must leave out at least one official paragraph")

    # notCommitments
    ncs = pair["notCommitments"]
    if not isinstance(ncs, list) or not ncs:
        err(where0, "notCommitments must be a non-empty array")
        ncs = []
    seen_nc = set()
    for ni, s in enumerate(ncs):
        w = f"{where0}.notCommitments[{ni}]"
        if s in seen_nc:
            err(w, f"duplicate {s!r}")
        seen_nc.add(s)
        if not check_snippet_form(s, w):
            continue
        co, cn = len(occurrences(old, s)), len(occurrences(new, s))
        if co + cn != 1:
            err(w, f"occurs {co} times in old and {cn} in new (need exactly once): {s!r}")
            continue
        side = "old" if co else "new"
        place(side, s, w)
        stats["notCommitments"] += 1

    # every paragraph of a two-sided link carries some snippet, and so do
    # the report's own paragraphs (headline, byline, quotes, background)
    for side in ("old", "new"):
        for i in range(len(paras[side])):
            li = link_of[side].get(i)
            one_sided_new = side == "new" and li is not None and li not in two_sided
            if (li in two_sided or one_sided_new) and i not in covered[side]:
                err(where0, f"{side} paragraph {i} has no label and no notCommitment snippet")

    # numbers
    nums = pair["numbers"]
    if not isinstance(nums, list):
        err(where0, "numbers must be an array")
        nums = []
    if style == "faithful" and nums:
        err(where0, "faithful pairs have numbers: []")
    listed = []
    for ni, nm in enumerate(nums):
        w = f"{where0}.numbers[{ni}]"
        if not isinstance(nm, dict) or set(nm) != {"old", "new"} or not all(
                isinstance(nm[k], str) and NUM_RE.fullmatch(nm[k]) for k in ("old", "new")):
            err(w, f"bad number entry {nm!r}")
            continue
        vo, vn = norm_num(nm["old"]), norm_num(nm["new"])
        if vo == vn:
            err(w, "values are equal")
        if nm["old"] not in old:
            err(w, f"{nm['old']} does not occur in old")
        if nm["new"] not in new:
            err(w, f"{nm['new']} does not occur in new")
        listed.append((vo, vn, w))
        stats["numbers"] += 1
    used = set()
    for li in sorted(two_sided):
        lk = links[li]
        on = Counter(v for i in lk["old"] for v in para_numbers(paras["old"][i]))
        nn = Counter(v for i in lk["new"] for v in para_numbers(paras["new"][i]))
        only_o = set(on) - set(nn)
        only_n = set(nn) - set(on)
        lo, ln = set(), set()
        for k, (vo, vn, w) in enumerate(listed):
            if vo in only_o and vn in only_n:
                lo.add(vo)
                ln.add(vn)
                used.add(k)
        rest_o, rest_n = only_o - lo, only_n - ln
        if style == "faithful" and (rest_o or rest_n):
            err(where0, f"link {li}: numbers differ {sorted(rest_o)} vs {sorted(rest_n)}")
        elif rest_o and rest_n:
            err(where0, f"link {li}: unlisted value difference {sorted(rest_o)} -> {sorted(rest_n)}")
    for k, (vo, vn, w) in enumerate(listed):
        if k not in used:
            err(w, f"{vo}->{vn} is not a difference between linked paragraphs")

    stats["styles"][style] += 1
    stats["pairs_by_lang"][f"{lang['old']}→{lang['new']}"] += 1
    stats["paragraphs"] += len(paras["old"]) + len(paras["new"])


def main():
    stats = {"styles": Counter(), "kinds": Counter(), "slots": Counter(),
             "links": Counter(), "numbers": 0, "notCommitments": 0,
             "pairs_by_lang": Counter(), "paragraphs": 0}
    names = set()
    for fn, fstyle in FILES.items():
        path = os.path.join(HERE, fn)
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            err(fn, f"cannot read: {e}")
            continue
        if not isinstance(data, list) or not data:
            err(fn, "must be a non-empty JSON array")
            continue
        for pair in data:
            check_pair(pair, fstyle, names, stats)
    for w in warnings:
        print("WARNING:", w)
    if "--stats" in sys.argv:
        print(json.dumps({k: (dict(v) if isinstance(v, Counter) else v)
                          for k, v in stats.items()}, ensure_ascii=False, indent=1))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
