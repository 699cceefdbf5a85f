#!/usr/bin/env python3
"""Validator for the cross-language development set (communique-diff).

Run:  python3 check.py     -> prints OK or a list of problems.
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
PAIR_FILES = ["en-ar", "en-ru", "en-fa", "en-tr", "en-fr", "ar-fa", "ru-tr", "fr-ar"]
PRESS_PAIRS = [("ru", "ar"), ("en", "fa"), ("tr", "en")]
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
KEYS = {"name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"}
MIN_PARAS, MAX_PARAS = 7, 12          # this set: 7-12 (general rule 5-14)

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ZWNJ = "\u200c"
ITEM_NO = re.compile(r"^\s*\d+\s*[.\-–)]\s")
NUM = re.compile(r"\d+")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def paras(text):
    return text.split("\n\n")


def is_edge_ok(ch):
    return unicodedata.category(ch)[0] in "LNM"


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def para_index(text, pos):
    return text[:pos].count("\n\n")


def numbers_of(par):
    par = ITEM_NO.sub("", par, count=1)
    return [int(m) for m in NUM.findall(par)]


def check_snippet(where, s):
    if not isinstance(s, str) or not s:
        err(where, f"snippet is not a non-empty string: {s!r}")
        return False
    ok = True
    if s != s.strip():
        err(where, f"snippet has leading/trailing space: {s!r}"); ok = False
    n = len(s.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (3-7): {s!r}"); ok = False
    if not (is_edge_ok(s[0]) and is_edge_ok(s[-1])):
        err(where, f"snippet starts/ends with punctuation: {s!r}"); ok = False
    if "\n" in s:
        err(where, f"snippet crosses a line/paragraph break: {s!r}"); ok = False
    if ";" in s or "؛" in s:
        err(where, f"snippet crosses a semicolon: {s!r}"); ok = False
    if re.search(r"[.!?؟…]\s", s):
        err(where, f"snippet crosses a sentence end: {s!r}"); ok = False
    return ok


def letters(text):
    return [c for c in text if c.isalpha()]


def check_script(where, lang, text):
    L = letters(text)
    cyr = sum(1 for c in L if "\u0400" <= c <= "\u04FF")
    arab = sum(1 for c in L if "\u0600" <= c <= "\u06FF" or "\u0750" <= c <= "\u077F")
    lat = sum(1 for c in L if c.isascii() or "\u00C0" <= c <= "\u024F")
    tot = max(len(L), 1)
    if lang in ("en", "tr", "fr") and lat / tot < 0.97:
        err(where, f"{lang} text is not mostly Latin ({lat}/{tot})")
    if lang == "ru" and cyr / tot < 0.85:
        err(where, f"ru text is not mostly Cyrillic ({cyr}/{tot})")
    if lang in ("ar", "fa") and arab / tot < 0.9:
        err(where, f"{lang} text is not mostly Arabic script ({arab}/{tot})")
    if lang == "fa":
        for bad, name in (("ي", "Arabic yeh"), ("ك", "Arabic kaf"), ("ة", None)):
            if bad in text and name:
                err(where, f"fa text contains {name}")
        if re.search(r"[0-9]", text):
            err(where, "fa text contains ASCII digits (use ۰-۹)")
        if any(c in ARABIC_DIGITS for c in text):
            err(where, "fa text contains Arabic-Indic digits (use ۰-۹)")
        if ZWNJ not in text:
            err(where, "fa text has no ZWNJ")
        if re.search(r"(?:^|\s)(?:ن?می) ", text):
            err(where, "fa text has 'می ' with a space instead of ZWNJ")
        if "ی" not in text or "ک" not in text:
            err(where, "fa text lacks Persian yeh/kaf")
    if lang == "ar":
        if "ی" in text or "ک" in text or "گ" in text or "پ" in text or "چ" in text:
            err(where, "ar text contains Persian letters")
        if any(c in PERSIAN_DIGITS for c in text):
            err(where, "ar text contains Persian digits")
        if re.search(r"[0-9]", text) and any(c in ARABIC_DIGITS for c in text):
            err(where, "ar text mixes Western and Arabic-Indic digits")
        if ZWNJ in text:
            err(where, "ar text contains ZWNJ")
    if lang == "tr":
        if "Turkey" in text or "Türkei" in text:
            err(where, "tr text uses 'Turkey'")
        if not re.search(r"[İıŞşĞğÇçÖöÜü]", text):
            err(where, "tr text has no Turkish letters")
    if lang == "fr":
        if '"' in text:
            err(where, 'fr text uses straight double quotes (use « »)')
        if not re.search(r"[éèêàçôî]", text):
            err(where, "fr text has no accents")
    if lang in ("en", "fr", "ru", "ar", "fa") and "Turkey" in text:
        err(where, "use Türkiye, not Turkey")
    if "  " in text:
        err(where, "double space in text")


def check_pair(fname, p, names):
    where = f"{fname}:{p.get('name', '?')}"
    if not isinstance(p, dict):
        err(where, "pair is not an object"); return None
    if set(p.keys()) != KEYS:
        err(where, f"keys differ: {sorted(set(p.keys()) ^ KEYS)}"); return None
    name = p["name"]
    if not isinstance(name, str) or not name:
        err(where, "bad name")
    if name in names:
        err(where, "duplicate name")
    names.add(name)
    style = p["style"]
    if style not in STYLES:
        err(where, f"bad style {style}")
    if not (isinstance(p["lang"], dict) and set(p["lang"]) == {"old", "new"}):
        err(where, "bad lang"); return None
    lo, ln = p["lang"]["old"], p["lang"]["new"]
    if lo not in LANGS or ln not in LANGS or lo == ln:
        err(where, f"bad lang codes {lo}->{ln}")
    if style not in name:
        err(where, "name should mention style")
    texts = {}
    for side, lang in (("old", lo), ("new", ln)):
        t = p[side]
        if not isinstance(t, str):
            err(where, f"{side} not a string"); return None
        if t != t.strip():
            err(where, f"{side} has leading/trailing whitespace")
        if "\n\n\n" in t:
            err(where, f"{side} has more than one blank line between paragraphs")
        ps = paras(t)
        if not MIN_PARAS <= len(ps) <= MAX_PARAS:
            err(where, f"{side} has {len(ps)} paragraphs ({MIN_PARAS}-{MAX_PARAS})")
        for i, q in enumerate(ps):
            if not q or q != q.strip():
                err(where, f"{side}[{i}] empty or has leading/trailing space")
            if "\n" in q:
                err(where, f"{side}[{i}] has a single line break inside")
            if "\r" in q or "\t" in q:
                err(where, f"{side}[{i}] has CR/TAB")
        check_script(f"{where}:{side}", lang, t)
        texts[side] = t
    po, pn = paras(texts["old"]), paras(texts["new"])

    # links
    links = p["links"]
    seen = {"old": Counter(), "new": Counter()}
    link_of = {"old": {}, "new": {}}
    shapes = Counter()
    if not isinstance(links, list) or not links:
        err(where, "links missing"); links = []
    for li, l in enumerate(links):
        if not (isinstance(l, dict) and set(l) == {"old", "new"}):
            err(where, f"link {li} malformed"); continue
        a, b = l["old"], l["new"]
        if not all(isinstance(x, int) for x in a + b):
            err(where, f"link {li} indices not ints"); continue
        for side, idx, n in (("old", a, len(po)), ("new", b, len(pn))):
            for x in idx:
                if not 0 <= x < n:
                    err(where, f"link {li} {side} index {x} out of range")
                seen[side][x] += 1
                link_of[side][x] = li
            if len(idx) == 2 and idx[1] != idx[0] + 1:
                err(where, f"link {li} {side} indices not consecutive")
        shape = (len(a), len(b))
        if shape not in {(1, 1), (1, 2), (2, 1), (0, 1), (1, 0)}:
            err(where, f"link {li} bad shape {shape}")
        if style == "faithful" and 0 in shape:
            err(where, f"faithful pair has one-sided link {li}")
        shapes[shape] += 1
    for side, n in (("old", len(po)), ("new", len(pn))):
        for x in range(n):
            if seen[side][x] != 1:
                err(where, f"{side} paragraph {x} appears in {seen[side][x]} links")

    # snippets: labels + notCommitments
    spans = {"old": [], "new": []}
    covered = {"old": set(), "new": set()}
    labelled = {"old": set(), "new": set()}

    def locate(side, s, tag):
        if not check_snippet(f"{where}:{tag}", s):
            return None
        occ = occurrences(texts[side], s)
        if len(occ) != 1:
            err(where, f"{tag} snippet occurs {len(occ)}x in {side}: {s!r}")
            return None
        st = occ[0]
        spans[side].append((st, st + len(s), s))
        pi = para_index(texts[side], st)
        covered[side].add(pi)
        return pi

    exp = p["expected"]
    kinds = Counter()
    if not isinstance(exp, list) or not exp:
        err(where, "expected missing"); exp = []
    for ei, e in enumerate(exp):
        tag = f"label {ei}"
        if not isinstance(e, dict) or "kind" not in e:
            err(where, f"{tag} malformed"); continue
        k = e["kind"]
        if k not in KINDS:
            err(where, f"{tag} bad kind {k}"); continue
        kinds[k] += 1
        allowed = {"kind", "old", "new"} | ({"slot"} if k in SLOTTED else set())
        need = {"kind"} | ({"old"} if k != "added" else set()) | ({"new"} if k != "dropped" else set()) \
            | ({"slot"} if k in SLOTTED else set())
        if set(e) != need or not set(e) <= allowed:
            err(where, f"{tag} keys {sorted(e)} but need {sorted(need)}")
        if k in SLOTTED and e.get("slot") not in SLOTS:
            err(where, f"{tag} bad slot {e.get('slot')}")
        pio = locate("old", e["old"], tag) if "old" in e else None
        pin = locate("new", e["new"], tag) if "new" in e else None
        if pio is not None:
            labelled["old"].add(pio)
        if pin is not None:
            labelled["new"].add(pin)
        if pio is not None and pin is not None:
            if link_of["old"].get(pio) != link_of["new"].get(pin):
                err(where, f"{tag}: old para {pio} and new para {pin} are not in the same link")
        if k == "dropped" and pio is not None and style != "press":
            pass
        if style == "faithful" and k != "unchanged":
            err(where, f"faithful pair has non-unchanged {tag}")
    nc = p["notCommitments"]
    if not isinstance(nc, list):
        err(where, "notCommitments not a list"); nc = []
    for ni, s in enumerate(nc):
        tag = f"notCommitment {ni}"
        if not check_snippet(f"{where}:{tag}", s):
            continue
        oo, on = occurrences(texts["old"], s), occurrences(texts["new"], s)
        if len(oo) + len(on) != 1:
            err(where, f"{tag} must occur exactly once in exactly one text: {s!r} ({len(oo)}/{len(on)})")
            continue
        side = "old" if oo else "new"
        st = (oo or on)[0]
        spans[side].append((st, st + len(s), s))
        covered[side].add(para_index(texts[side], st))
    for side in ("old", "new"):
        sp = sorted(spans[side])
        for (a1, b1, s1), (a2, b2, s2) in zip(sp, sp[1:]):
            if a2 < b1:
                err(where, f"overlapping snippets in {side}: {s1!r} / {s2!r}")

    # every paragraph carries a label or a notCommitment (except press items left out)
    for side, ps in (("old", po), ("new", pn)):
        for i in range(len(ps)):
            li = link_of[side].get(i)
            omitted = style == "press" and side == "old" and li is not None and not links[li]["new"]
            if omitted:
                if i in labelled["old"]:
                    err(where, f"press: omitted official item old[{i}] must not be labelled")
                continue
            if i not in covered[side]:
                err(where, f"{side}[{i}] has neither a label nor a notCommitment snippet")
    # one-sided links in divergent pairs carry dropped/added labels
    for li, l in enumerate(links):
        if not isinstance(l, dict) or not isinstance(l.get("old"), list) or not isinstance(l.get("new"), list):
            continue
        if l.get("old") and not l.get("new") and style == "divergent":
            for x in l["old"]:
                if not any(e.get("kind") == "dropped" and "old" in e and
                           occurrences(texts["old"], e["old"]) and
                           para_index(texts["old"], occurrences(texts["old"], e["old"])[0]) == x for e in exp):
                    err(where, f"old-only paragraph {x} has no dropped label")
        if l.get("new") and not l.get("old") and style == "divergent":
            for x in l["new"]:
                if not any(e.get("kind") == "added" and "new" in e and
                           occurrences(texts["new"], e["new"]) and
                           para_index(texts["new"], occurrences(texts["new"], e["new"])[0]) == x for e in exp):
                    err(where, f"new-only paragraph {x} has no added label")
    # labels of dropped/added must sit in a paragraph of the right side only
    nonun = sum(v for k, v in kinds.items() if k != "unchanged")
    if style == "divergent" and nonun < 8:
        err(where, f"divergent pair has only {nonun} non-unchanged labels (>= 8)")
    if style == "press" and nonun < 2:
        err(where, "press pair should have items reported stronger/weaker")
    if style == "press" and not any(not l["new"] for l in links if isinstance(l, dict)):
        err(where, "press pair leaves no official item out")

    # numbers
    nums = p["numbers"]
    if not isinstance(nums, list):
        err(where, "numbers not a list"); nums = []
    if style == "faithful" and nums:
        err(where, "faithful pair must have numbers: []")
    # value differences: numbers left over on both sides of a link after matching equal values;
    # a number present on one side only (e.g. a headline that drops the year) is not a value change
    old_only, new_only = Counter(), Counter()
    expected_pairs = 0
    for l in links:
        if not isinstance(l, dict) or not isinstance(l.get("old"), list) or not isinstance(l.get("new"), list) \
                or not l["old"] or not l["new"]:
            continue
        a = Counter(n for i in l["old"] if isinstance(i, int) and 0 <= i < len(po) for n in numbers_of(po[i]))
        b = Counter(n for i in l["new"] if isinstance(i, int) and 0 <= i < len(pn) for n in numbers_of(pn[i]))
        old_only += a - b
        new_only += b - a
        expected_pairs += min(sum((a - b).values()), sum((b - a).values()))
    lo_c, ln_c = Counter(), Counter()
    for ni, nmb in enumerate(nums):
        if not (isinstance(nmb, dict) and set(nmb) == {"old", "new"}):
            err(where, f"number {ni} malformed"); continue
        o, n = nmb["old"], nmb["new"]
        if not (isinstance(o, str) and isinstance(n, str) and o.isdigit() and n.isdigit()):
            err(where, f"number {ni} not digit strings"); continue
        if int(o) == int(n):
            err(where, f"number {ni} has the same value on both sides")
        if not re.search(r"(?<!\d)" + re.escape(o) + r"(?!\d)", texts["old"]):
            err(where, f"number {o} not in old text")
        if not re.search(r"(?<!\d)" + re.escape(n) + r"(?!\d)", texts["new"]):
            err(where, f"number {n} not in new text")
        lo_c[int(o)] += 1
        ln_c[int(n)] += 1
    if (lo_c - old_only) or (ln_c - new_only) or len(nums) != expected_pairs:
        err(where, f"numbers list {dict(lo_c)}->{dict(ln_c)} but linked paragraphs differ by "
                   f"{dict(old_only)}->{dict(new_only)} ({expected_pairs} value change(s))")
    return {"style": style, "kinds": kinds, "shapes": shapes, "labels": exp,
            "numbers": len(nums), "lang": (lo, ln)}


def main():
    names = set()
    stats = []
    files = [f + ".json" for f in PAIR_FILES] + ["press.json"]
    for f in files:
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            err(f, "missing file"); continue
        try:
            data = json.load(open(path, encoding="utf-8"))
        except Exception as ex:
            err(f, f"bad JSON: {ex}"); continue
        if not isinstance(data, list) or len(data) != 3:
            err(f, "must be an array of 3 pairs"); continue
        res = [check_pair(f, p, names) for p in data]
        res = [r for r in res if r]
        stats += res
        if f == "press.json":
            if sorted(r["lang"] for r in res) != sorted(PRESS_PAIRS) or any(r["style"] != "press" for r in res):
                err(f, "press file must hold ru->ar, en->fa, tr->en press pairs")
        else:
            a, b = f[:-5].split("-")
            if any(set(r["lang"]) != {a, b} for r in res):
                err(f, "pair languages do not match file name")
            st = Counter(r["style"] for r in res)
            if st != Counter({"faithful": 2, "divergent": 1}):
                err(f, f"styles {dict(st)} (need 2 faithful + 1 divergent)")
            if len({r["lang"] for r in res}) < 2:
                err(f, "vary which language is old")
    extra = [x for x in os.listdir(HERE) if x.endswith(".json") and x not in files]
    if extra:
        err("folder", f"unexpected json files {extra}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if "--stats" in sys.argv:
        print(json.dumps(summary(stats), ensure_ascii=False, indent=1))
    print("OK")


def summary(stats):
    styles = Counter(r["style"] for r in stats)
    kinds, slots, shapes = Counter(), Counter(), Counter()
    nums = 0
    for r in stats:
        kinds += r["kinds"]
        for e in r["labels"]:
            if "slot" in e:
                slots[f'{e["kind"]}/{e["slot"]}'] += 1
        for s, c in r["shapes"].items():
            shapes[f"{s[0]}:{s[1]}"] += c
        nums += r["numbers"]
    return {"pairs": dict(styles), "labels": dict(kinds), "slots": dict(sorted(slots.items())),
            "links": dict(shapes), "numbers": nums}


if __name__ == "__main__":
    main()
