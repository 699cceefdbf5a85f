#!/usr/bin/env python3
"""Validator for this blind cross-language evaluation set.

Usage: python3 check.py           -> prints problems, or OK
       python3 check.py --stats   -> also prints the counts used in README.md

Checks: file list and pair mix, keys and shapes, paragraph format, script rules per
language, links (cover every paragraph once, allowed shapes), labels (kinds, slots,
snippet rules, linking of both snippets, one-sided paragraphs), numbers (value
differences between linked paragraphs), notCommitments, and set-level quotas.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"]
PAIR_KEYS = {"name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"}
LANG_FILES = ["en-ar", "en-ru", "en-fa", "en-tr", "en-fr", "ar-ru", "tr-fa", "fr-ar"]
PRESS_DIRS = [("en", "ar"), ("fa", "en"), ("ru", "tr")]
MIN_PARAS, MAX_PARAS = 7, 12          # brief for this set (format allows 5-14)
MIN_DIVERGENT = 8

DIGITS = {}
for base in ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"):
    for i, ch in enumerate(base):
        DIGITS[ch] = str(i)
DIGIT_CLASS = "0-9٠-٩۰-۹"
ITEM_RE = re.compile(r"^[" + DIGIT_CLASS + r"]+[.\-)]\s")
NUM_RE = re.compile(r"[" + DIGIT_CLASS + r"]+")
# characters that end a sentence or clause; a snippet must not contain them
# ('.' is allowed only between two digits)
BREAKERS = set(";؛!?؟…")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm_num(s):
    return "".join(DIGITS.get(c, c) for c in s)


def is_wordchar(c):
    cat = unicodedata.category(c)
    return cat[0] in ("L", "N", "M")


def words(s):
    return s.split()


def paragraphs(text):
    return text.split("\n\n")


def para_starts(text):
    starts, pos = [], 0
    for p in paragraphs(text):
        starts.append(pos)
        pos += len(p) + 2
    return starts


def para_of(text, pos):
    starts = para_starts(text)
    idx = 0
    for i, s in enumerate(starts):
        if s <= pos:
            idx = i
    return idx


def find_all(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def check_snippet(where, text, snip):
    """Return the (start, end) span of the snippet or None after reporting problems."""
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing or not a string")
        return None
    n = len(words(snip))
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (3-7): {snip!r}")
    if snip != snip.strip() or "  " in snip:
        err(where, f"snippet has stray spaces: {snip!r}")
    if "\n" in snip:
        err(where, f"snippet crosses a paragraph break: {snip!r}")
    if not is_wordchar(snip[0]) or not is_wordchar(snip[-1]):
        err(where, f"snippet starts or ends with punctuation: {snip!r}")
    for i, c in enumerate(snip):
        if c in BREAKERS:
            err(where, f"snippet crosses a sentence end or semicolon: {snip!r}")
            break
        if c == "." and not (0 < i < len(snip) - 1 and snip[i - 1] in DIGITS and snip[i + 1] in DIGITS):
            err(where, f"snippet crosses a sentence end: {snip!r}")
            break
    hits = find_all(text, snip)
    if len(hits) != 1:
        err(where, f"snippet occurs {len(hits)} times (must be 1): {snip!r}")
        return None
    s = hits[0]
    e = s + len(snip)
    if s > 0 and is_wordchar(text[s - 1]) and text[s - 1] != "\u200c":
        err(where, f"snippet starts inside a word: {snip!r}")
    if e < len(text) and is_wordchar(text[e]) and text[e] != "\u200c":
        err(where, f"snippet ends inside a word: {snip!r}")
    return (s, e)


def letters(text):
    return [c for c in text if c.isalpha()]


def check_script(where, lang, text):
    L = letters(text)
    if not L:
        err(where, "text has no letters")
        return
    def share(pred):
        return sum(1 for c in L if pred(c)) / len(L)
    arabic_block = lambda c: "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff"
    cyr = lambda c: "\u0400" <= c <= "\u04ff"
    latin = lambda c: c.isascii() or "\u00c0" <= c <= "\u024f"
    if lang in ("ar", "fa"):
        if share(arabic_block) < 0.97:
            err(where, f"{lang} text is not mainly in Arabic script")
    if lang == "fa":
        for bad, name in (("\u064a", "Arabic yeh ي"), ("\u0643", "Arabic kaf ك"), ("\u0649", "alef maksura ى")):
            if bad in text:
                err(where, f"Persian text contains {name}; use ی / ک")
        if re.search(r"[0-9٠-٩]", text):
            err(where, "Persian text must use Persian digits ۰-۹ only")
        if "\u200c" not in text:
            err(where, "Persian text has no ZWNJ (e.g. می‌کنند)")
        if "\u06cc" not in text or "\u06a9" not in text:
            err(where, "Persian text lacks Persian ی or ک")
        if re.search(r"\bمی [^\s]", text) or " می " in text:
            err(where, "Persian 'می' written with a space instead of ZWNJ")
    if lang == "ar":
        for bad, name in (("\u06cc", "Persian yeh ی"), ("\u06a9", "Persian kaf ک"), ("\u06af", "gaf گ"),
                          ("\u067e", "peh پ"), ("\u0686", "tcheh چ"), ("\u0698", "jeh ژ"), ("\u200c", "ZWNJ")):
            if bad in text:
                err(where, f"Arabic text contains {name}")
        if re.search(r"[۰-۹]", text):
            err(where, "Arabic text contains Persian digits")
        if re.search(r"[0-9]", text) and re.search(r"[٠-٩]", text):
            err(where, "Arabic text mixes Western and Arabic-Indic digits")
    if lang == "ru":
        if share(cyr) < 0.97:
            err(where, "Russian text is not mainly Cyrillic")
    if lang in ("en", "tr", "fr"):
        if share(latin) < 0.99:
            err(where, f"{lang} text is not in Latin script")
        if re.search(r"\bTurkey\b|\bTurkiye\b|\bTurquie\b|\bTürkei\b", text):
            err(where, "use 'Türkiye'")
        if "Türkiye" not in text and lang != "fr":
            err(where, "text never names Türkiye")
    if lang == "tr":
        if not re.search(r"[ıİşŞğĞçÇöÖüÜ]", text):
            err(where, "Turkish text lacks Turkish letters")
        if re.search(r"\bIdlib|\bIran\b|\bIslam\b", text):
            err(where, "Turkish text should write İdlib / İran / İslam with dotted İ")
    if lang == "fr":
        if '"' in text or "“" in text or "”" in text:
            err(where, "French text must use « » quotes")
        if not re.search(r"[éèêàçôûî]", text):
            err(where, "French text lacks accents")
        if "«" in text and not re.search(r"« \S", text):
            err(where, "French « » should be spaced")
    if lang == "en":
        if re.search(r"[«»]", text):
            err(where, "English text uses « »")


def check_text(where, lang, text):
    if not isinstance(text, str) or not text:
        err(where, "text missing")
        return []
    if text != text.strip():
        err(where, "leading/trailing whitespace")
    if "\n\n\n" in text:
        err(where, "more than one blank line between paragraphs")
    if "\r" in text or "\t" in text:
        err(where, "CR or TAB in text")
    paras = paragraphs(text)
    if not MIN_PARAS <= len(paras) <= MAX_PARAS:
        err(where, f"{len(paras)} paragraphs (must be {MIN_PARAS}-{MAX_PARAS})")
    for i, p in enumerate(paras):
        if not p.strip():
            err(where, f"paragraph {i} empty")
        if "\n" in p:
            err(where, f"paragraph {i} has a single line break inside")
        if p != p.strip():
            err(where, f"paragraph {i} has leading/trailing spaces")
        if "  " in p:
            err(where, f"paragraph {i} has a double space")
    check_script(where, lang, text)
    return paras


def item_numbers(paras):
    out = []
    for p in paras:
        m = ITEM_RE.match(p)
        out.append(int(norm_num(m.group(0)[:-2])) if m else None)
    return out


def para_numbers(p):
    m = ITEM_RE.match(p)
    body = p[m.end():] if m else p
    return Counter(norm_num(x) for x in NUM_RE.findall(body))


def check_pair(fname, pair, stats):
    name = pair.get("name", "?") if isinstance(pair, dict) else "?"
    W = f"{fname}:{name}"
    if not isinstance(pair, dict):
        err(W, "pair is not an object")
        return
    keys = set(pair)
    if keys != PAIR_KEYS:
        err(W, f"keys differ: missing {sorted(PAIR_KEYS - keys)}, extra {sorted(keys - PAIR_KEYS)}")
        return
    style = pair["style"]
    if style not in STYLES:
        err(W, f"bad style {style!r}")
    lang = pair["lang"]
    if not (isinstance(lang, dict) and set(lang) == {"old", "new"} and lang["old"] in LANGS
            and lang["new"] in LANGS and lang["old"] != lang["new"]):
        err(W, f"bad lang {lang!r}")
        return
    if not re.fullmatch(r"[a-z0-9-]+", name) or style not in name:
        err(W, "name should be lower-case with the style in it")
    op = check_text(W + ":old", lang["old"], pair["old"])
    np_ = check_text(W + ":new", lang["new"], pair["new"])
    old, new = pair["old"], pair["new"]

    # item numbering (non-press texts): numbered items run 1..n in order
    for side, paras in (("old", op), ("new", np_)):
        if style == "press" and side == "new":
            continue
        nums = [n for n in item_numbers(paras) if n is not None]
        if nums != list(range(1, len(nums) + 1)):
            err(W, f"{side}: item numbers are not 1..n in order: {nums}")

    # links
    links = pair["links"]
    seen_o, seen_n = Counter(), Counter()
    olink, nlink = {}, {}
    shapes = Counter()
    if not isinstance(links, list) or not links:
        err(W, "links missing")
        links = []
    for li, L in enumerate(links):
        if not (isinstance(L, dict) and set(L) == {"old", "new"}
                and all(isinstance(x, list) for x in L.values())):
            err(W, f"link {li} malformed: {L!r}")
            continue
        lo, ln = L["old"], L["new"]
        if not lo and not ln:
            err(W, f"link {li} empty on both sides")
        for side, idx, n, seen, m in (("old", lo, len(op), seen_o, olink), ("new", ln, len(np_), seen_n, nlink)):
            for i in idx:
                if not isinstance(i, int) or not 0 <= i < n:
                    err(W, f"link {li}: {side} index {i} out of range")
                    continue
                seen[i] += 1
                m[i] = li
            if idx and idx != list(range(idx[0], idx[0] + len(idx))):
                err(W, f"link {li}: {side} indices not consecutive {idx}")
        a, b = len(lo), len(ln)
        if a == 1 and b == 1:
            shapes["1:1"] += 1
        elif a == 1 and b > 1:
            shapes["split 1:n"] += 1
        elif a > 1 and b == 1:
            shapes["merge n:1"] += 1
        elif a >= 1 and b == 0:
            shapes["old only"] += 1
        elif a == 0 and b >= 1:
            shapes["new only"] += 1
        else:
            err(W, f"link {li}: shape {a}:{b} not allowed")
        if style == "faithful" and (a == 0 or b == 0):
            err(W, f"link {li}: faithful pairs have no one-sided links")
    for side, n, seen in (("old", len(op), seen_o), ("new", len(np_), seen_n)):
        for i in range(n):
            if seen[i] != 1:
                err(W, f"{side} paragraph {i} appears in {seen[i]} links (must be 1)")
    # crossing links = reordering
    pairs_ = sorted((min(L["old"]), min(L["new"])) for L in links
                    if isinstance(L, dict) and L.get("old") and L.get("new"))
    crossings = sum(1 for i in range(len(pairs_)) for j in range(i + 1, len(pairs_))
                    if pairs_[j][1] < pairs_[i][1])
    stats["reordered"] += 1 if crossings else 0

    # labels
    spans = {"old": [], "new": []}
    exp = pair["expected"]
    if not isinstance(exp, list) or not exp:
        err(W, "expected missing")
        exp = []
    labelled_paras = {"old": set(), "new": set()}
    nonunch = 0
    for k, lab in enumerate(exp):
        LW = f"{W}:label{k}"
        if not isinstance(lab, dict):
            err(LW, "label not an object")
            continue
        kind = lab.get("kind")
        if kind not in KINDS:
            err(LW, f"bad kind {kind!r}")
            continue
        want = {"kind"}
        if kind != "added":
            want.add("old")
        if kind != "dropped":
            want.add("new")
        if kind in SLOTTED:
            want.add("slot")
        if set(lab) != want:
            err(LW, f"keys {sorted(lab)} but {kind} needs exactly {sorted(want)}")
        if kind in SLOTTED and lab.get("slot") not in SLOTS:
            err(LW, f"bad slot {lab.get('slot')!r}")
        if style == "faithful" and kind != "unchanged":
            err(LW, "faithful pairs have only unchanged labels")
        if style == "press" and kind in ("dropped", "added"):
            err(LW, "press pairs: items the report leaves out get no label")
        if kind != "unchanged":
            nonunch += 1
        stats["kind"][kind] += 1
        if kind in SLOTTED:
            stats["slot"][lab.get("slot")] += 1
            stats["kind_slot"][(kind, lab.get("slot"))] += 1
        po = pn = None
        if "old" in lab:
            sp = check_snippet(LW + ":old", old, lab["old"])
            if sp:
                spans["old"].append((sp, LW + ":old"))
                po = para_of(old, sp[0])
                labelled_paras["old"].add(po)
        if "new" in lab:
            sp = check_snippet(LW + ":new", new, lab["new"])
            if sp:
                spans["new"].append((sp, LW + ":new"))
                pn = para_of(new, sp[0])
                labelled_paras["new"].add(pn)
        if po is not None and pn is not None and olink.get(po) != nlink.get(pn):
            err(LW, f"old snippet (paragraph {po}) and new snippet (paragraph {pn}) are not in the same link")
        if po is not None and kind != "dropped":
            L = links[olink[po]] if po in olink else None
            if L is not None and not L["new"]:
                err(LW, f"old paragraph {po} exists in old only, so its labels must be dropped")
        if pn is not None and kind != "added":
            L = links[nlink[pn]] if pn in nlink else None
            if L is not None and not L["old"]:
                err(LW, f"new paragraph {pn} exists in new only, so its labels must be added")
    if style == "divergent" and nonunch < MIN_DIVERGENT:
        err(W, f"divergent pair has {nonunch} non-unchanged labels (needs {MIN_DIVERGENT})")
    # every numbered item paragraph that has a counterpart carries at least one label
    for side, paras in (("old", op), ("new", np_)):
        m = olink if side == "old" else nlink
        for i, p in enumerate(paras):
            if ITEM_RE.match(p) and i not in labelled_paras[side]:
                L = links[m[i]] if i in m else None
                one_sided_press = style == "press" and L is not None and not L["new"] and side == "old"
                if not one_sided_press:
                    err(W, f"{side} item paragraph {i} has no label")
    # press: official paragraphs the report leaves out carry no label
    if style == "press":
        for i in labelled_paras["old"]:
            L = links[olink[i]] if i in olink else None
            if L is not None and not L["new"]:
                err(W, f"press: old paragraph {i} is left out by the report but labelled")
    # English heuristic: count act verbs in an item paragraph vs labels in it
    acts = re.compile(r"\b(Reaffirmed|reaffirmed|Reiterated|reiterated|Condemned|condemned|Called|called|"
                      r"Expressed|expressed|Agreed|agreed|Rejected|rejected|Welcomed|welcomed|"
                      r"Emphasized|emphasized|Stressed|stressed|Underlined|underlined|Decided|decided|"
                      r"Committed|Discussed|Did not)\b")
    for side, paras, text in (("old", op, old), ("new", np_, new)):
        if pair["lang"][side] != "en" or style == "press":
            continue
        starts = para_starts(text)
        for i, p in enumerate(paras):
            if not ITEM_RE.match(p):
                continue
            nverbs = len(acts.findall(p))
            nlab = sum(1 for (s, e), _ in spans[side] if starts[i] <= s < starts[i] + len(p))
            if nverbs > nlab:
                err(W, f"{side} paragraph {i}: {nverbs} act verbs but {nlab} labels")

    # notCommitments
    nc = pair["notCommitments"]
    if not isinstance(nc, list):
        err(W, "notCommitments must be a list of strings")
        nc = []
    for k, s in enumerate(nc):
        NW = f"{W}:notCommitments{k}"
        if not isinstance(s, str):
            err(NW, "not a string")
            continue
        ho, hn = len(find_all(old, s)), len(find_all(new, s))
        if ho + hn != 1:
            err(NW, f"occurs {ho}x in old and {hn}x in new (must be once in one text): {s!r}")
            continue
        side = "old" if ho else "new"
        text = old if ho else new
        sp = check_snippet(NW, text, s)
        if sp:
            spans[side].append((sp, NW))
            p = para_of(text, sp[0])
            stats["notc"] += 1
    # no overlaps on one side
    for side in ("old", "new"):
        ss = sorted(spans[side])
        for (a, wa), (b, wb) in zip(ss, ss[1:]):
            if b[0] < a[1]:
                err(W, f"{side}: snippets overlap: {wa} and {wb}")

    # numbers
    nums = pair["numbers"]
    if not isinstance(nums, list):
        err(W, "numbers must be a list")
        nums = []
    if style == "faithful" and nums:
        err(W, "faithful pairs have numbers []")
    pending = {}
    for li, L in enumerate(links):
        if not (isinstance(L, dict) and L.get("old") and L.get("new")):
            continue
        co = Counter()
        for i in L["old"]:
            if 0 <= i < len(op):
                co += para_numbers(op[i])
        cn = Counter()
        for i in L["new"]:
            if 0 <= i < len(np_):
                cn += para_numbers(np_[i])
        oo, nn = co - cn, cn - co
        if oo or nn:
            pending[li] = [oo, nn]
            if style == "faithful":
                err(W, f"faithful pair: numbers differ in link {li}: {dict(oo)} vs {dict(nn)}")
    for k, e in enumerate(nums):
        NW = f"{W}:numbers{k}"
        if not (isinstance(e, dict) and set(e) == {"old", "new"} and all(isinstance(v, str) for v in e.values())):
            err(NW, f"malformed {e!r}")
            continue
        if not NUM_RE.fullmatch(e["old"]) or not NUM_RE.fullmatch(e["new"]):
            err(NW, f"entries must be digit strings: {e!r}")
            continue
        vo, vn = norm_num(e["old"]), norm_num(e["new"])
        if vo == vn:
            err(NW, f"same value on both sides: {e!r}")
        if not re.search(r"(?<![" + DIGIT_CLASS + "])" + re.escape(e["old"]) + r"(?![" + DIGIT_CLASS + "])", old):
            err(NW, f"{e['old']!r} not in old text (as written)")
        if not re.search(r"(?<![" + DIGIT_CLASS + "])" + re.escape(e["new"]) + r"(?![" + DIGIT_CLASS + "])", new):
            err(NW, f"{e['new']!r} not in new text (as written)")
        hit = None
        for li, (oo, nn) in pending.items():
            if oo[vo] > 0 and nn[vn] > 0:
                hit = li
                break
        if hit is None:
            err(NW, f"no linked paragraphs where {vo} (old) became {vn} (new)")
        else:
            pending[hit][0][vo] -= 1
            pending[hit][1][vn] -= 1
        stats["numbers"] += 1
    for li, (oo, nn) in pending.items():
        oo, nn = +oo, +nn
        if oo and nn and style != "faithful":
            err(W, f"link {li}: unlisted number difference {dict(oo)} vs {dict(nn)}")

    stats["pairs"][style] += 1
    stats["shapes"].update(shapes)
    stats["paras"] += len(op) + len(np_)
    stats["dirs"][f"{lang['old']}→{lang['new']}"] += 1


def main():
    stats = {"pairs": Counter(), "kind": Counter(), "slot": Counter(), "kind_slot": Counter(),
             "shapes": Counter(), "numbers": 0, "notc": 0, "paras": 0, "dirs": Counter(), "reordered": 0}
    names = Counter()
    for fn in LANG_FILES + ["press"]:
        path = os.path.join(HERE, fn + ".json")
        if not os.path.exists(path):
            err(fn, "file missing")
            continue
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as ex:  # noqa: BLE001
            err(fn, f"not valid JSON: {ex}")
            continue
        if not isinstance(data, list):
            err(fn, "top level must be an array of pairs")
            continue
        for p in data:
            check_pair(fn, p, stats)
            if isinstance(p, dict):
                names[p.get("name")] += 1
        good = [p for p in data if isinstance(p, dict) and isinstance(p.get("lang"), dict)]
        if fn == "press":
            if len(data) != 3 or any(p.get("style") != "press" for p in good):
                err(fn, "press.json must hold 3 press pairs")
            dirs = [(p["lang"].get("old"), p["lang"].get("new")) for p in good]
            if sorted(dirs) != sorted(PRESS_DIRS):
                err(fn, f"press directions {dirs} != {PRESS_DIRS}")
        else:
            a, b = fn.split("-")
            styles = sorted(p.get("style") for p in good)
            if len(data) != 2 or styles != ["divergent", "faithful"]:
                err(fn, "must hold 2 pairs: 1 faithful and 1 divergent")
            dirs = [(p["lang"].get("old"), p["lang"].get("new")) for p in good]
            if sorted(dirs) != sorted([(a, b), (b, a)]):
                err(fn, f"the two pairs must swap which language is old: {dirs}")
    for n, c in names.items():
        if c > 1:
            err("set", f"name {n!r} used {c} times")
    for s in SLOTS:
        if stats["slot"][s] < 2:
            err("set", f"slot {s!r} used {stats['slot'][s]} times (needs 2)")
    extra = [f for f in os.listdir(HERE) if f.endswith(".json") and f[:-5] not in LANG_FILES + ["press"]]
    if extra:
        err("set", f"unexpected JSON files {extra}")

    if "--stats" in sys.argv:
        print("pairs by style:", dict(stats["pairs"]))
        print("directions:", dict(stats["dirs"]))
        print("labels by kind:", dict(stats["kind"]), "total", sum(stats["kind"].values()))
        print("labels by slot:", {s: stats["slot"][s] for s in SLOTS})
        print("kind x slot:", {f"{k}/{s}": v for (k, s), v in sorted(stats["kind_slot"].items())})
        print("links by shape:", dict(stats["shapes"]))
        print("pairs with reordered items:", stats["reordered"])
        print("numbers entries:", stats["numbers"])
        print("notCommitments:", stats["notc"])
        print("paragraphs:", stats["paras"])
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
