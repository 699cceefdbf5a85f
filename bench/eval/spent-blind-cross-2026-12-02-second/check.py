#!/usr/bin/env python3
"""Validator for the blind cross-language set written on 2026-12-02 (second set).

Checks shape, paragraphs, links, labels and snippets, numbers, notCommitments,
script rules per language and the set-level requirements of the brief.
Run: python3 check.py   (prints OK when everything passes)
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "reworded", "dropped", "added"}
SLOTTED = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
KEYS = {"name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"}
LANG_FILES = ["en-ar.json", "en-ru.json", "en-fa.json", "en-tr.json", "en-fr.json",
              "ar-ru.json", "tr-fa.json", "fr-ar.json"]
PRESS_DIRS = [("en", "ar"), ("ru", "fa"), ("tr", "en"), ("fr", "fa"), ("fa", "ar")]
PARA_MIN, PARA_MAX = 7, 12          # this set's brief (general rule: 5-14)

DIGITS = str.maketrans({**{"٠١٢٣٤٥٦٧٨٩"[i]: str(i) for i in range(10)},
                        **{"۰۱۲۳۴۵۶۷۸۹"[i]: str(i) for i in range(10)}})
ITEMNO = re.compile(r"^\s*[0-9]+\s*[.)\-]\s")
SENT_END = re.compile(r"(?<![0-9۰-۹٠-٩])\.(\s|$)|[!?؟]")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def to_ascii(s):
    return s.translate(DIGITS)


def para_numbers(p):
    p = ITEMNO.sub("", to_ascii(p), count=1)
    return [str(int(x)) for x in re.findall(r"[0-9]+", p)]


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_snippet(where, text, s):
    """Return (start, end) of the snippet in text or None."""
    if not isinstance(s, str) or not s:
        err(where, f"snippet not a non-empty string: {s!r}")
        return None
    n = len(s.split())
    if n < 3 or n > 7:
        err(where, f"snippet has {n} words (need 3-7): {s!r}")
    if s != s.strip() or "\n" in s or "  " in s:
        err(where, f"snippet has bad whitespace: {s!r}")
    core = s.rstrip("".join(ch for ch in set(s) if unicodedata.category(ch) == "Mn"))
    if not core or not (s[0].isalnum() and core[-1].isalnum()):
        err(where, f"snippet starts/ends with punctuation: {s!r}")
    if ";" in s or "؛" in s:
        err(where, f"snippet crosses a semicolon: {s!r}")
    if SENT_END.search(s):
        err(where, f"snippet crosses a sentence end: {s!r}")
    occ = occurrences(text, s)
    if len(occ) != 1:
        err(where, f"snippet occurs {len(occ)} times (need 1): {s!r}")
        return None
    return (occ[0], occ[0] + len(s))


def para_of(spans, pos):
    for i, (a, b) in enumerate(spans):
        if a <= pos < b:
            return i
    return None


def para_spans(text):
    spans, pos = [], 0
    for p in text.split("\n\n"):
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return spans


ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06CC\u06A9\u06AF\u067E\u0686\u0698]")
CYR = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĞğİıŞşÇçÖöÜü]")


def check_script(where, lang, text):
    letters = len(re.findall(r"[^\W\d_]", text))
    if lang in ("ar", "fa"):
        if len(ARABIC_LETTER.findall(text)) < 0.9 * letters:
            err(where, f"{lang} text not mainly in Arabic script")
        if re.search(r"[A-Za-z]", text):
            err(where, f"{lang} text contains Latin letters")
    if lang == "fa":
        for ch, nm in (("\u064A", "Arabic yeh ي"), ("\u0643", "Arabic kaf ك"), ("\u0649", "alef maksura ى")):
            if ch in text:
                err(where, f"fa text contains {nm}")
        if re.search(r"[0-9\u0660-\u0669]", text):
            err(where, "fa text contains non-Persian digits")
        if "\u200c" not in text:
            err(where, "fa text has no ZWNJ at all")
        m = re.search(r"(?:^|[\s،])(ن?می) ", text)
        if m:
            err(where, f"fa text has a detached «{m.group(1)}» prefix (ZWNJ missing)")
        if re.search(r"[,;?]", text):
            err(where, "fa text uses Latin , ; ? instead of ، ؛ ؟")
    if lang == "ar":
        for ch, nm in (("\u06CC", "Persian yeh ی"), ("\u06A9", "Persian kaf ک"), ("\u06AF", "gaf گ"), ("\u067E", "peh پ"), ("\u0686", "tcheh چ")):
            if ch in text:
                err(where, f"ar text contains {nm}")
        if re.search(r"[\u06F0-\u06F9]", text):
            err(where, "ar text contains Persian digits")
        if re.search(r"[0-9]", text) and re.search(r"[\u0660-\u0669]", text):
            err(where, "ar text mixes Western and Arabic-Indic digits")
        if re.search(r"[,;?]", text):
            err(where, "ar text uses Latin , ; ? instead of ، ؛ ؟")
    if lang == "ru":
        if len(CYR.findall(text)) < 0.9 * letters:
            err(where, "ru text not mainly Cyrillic")
        if '"' in text:
            err(where, "ru text uses straight double quotes")
    if lang in ("en", "fr", "tr"):
        if len(LATIN.findall(text)) < 0.95 * letters:
            err(where, f"{lang} text not mainly Latin script")
        if re.search(r"[\u0600-\u06FF\u0400-\u04FF]", text):
            err(where, f"{lang} text contains Arabic or Cyrillic letters")
    if lang == "tr":
        if not re.search(r"[ıİşŞğĞ]", text):
            err(where, "tr text lacks Turkish letters ı/İ/ş/ğ")
        if re.search(r"\bTurkey\b|\bTurkiye\b|\bTurkiye'", text):
            err(where, "tr text must write Türkiye")
        if "Türkiye" not in text:
            err(where, "tr text never names Türkiye")
        if "Istanbul" in text or "Izmir" in text:
            err(where, "tr text: dotted capital İ missing")
    if lang == "fr":
        if '"' in text:
            err(where, "fr text uses straight double quotes instead of « »")
        if text.count("«") != text.count("»"):
            err(where, "fr text has unbalanced « »")
        if not re.search(r"[éèêàçùâîôû]", text):
            err(where, "fr text has no accents")
    if lang == "en":
        if re.search(r"\bTurkey\b", text):
            err(where, "en text: use Türkiye")
    if "\t" in text or "  " in text:
        err(where, "text has tabs or double spaces")


def check_pair(fname, p, names, slot_count, stats):
    where = f"{fname}:{p.get('name', '?')}"
    if not isinstance(p, dict) or set(p) != KEYS:
        err(where, f"keys must be exactly {sorted(KEYS)}, got {sorted(p) if isinstance(p, dict) else p}")
        return
    name = p["name"]
    if not isinstance(name, str) or not re.fullmatch(r"[a-z]{2}-[a-z]{2}-\d{2}-(faithful|divergent|press)-round\d+", name):
        err(where, "bad name format")
    if name in names:
        err(where, "duplicate name")
    names.add(name)
    style = p["style"]
    if style not in STYLES:
        err(where, f"bad style {style}")
        return
    if style not in name:
        err(where, "name does not contain the style")
    lang = p["lang"]
    if not isinstance(lang, dict) or set(lang) != {"old", "new"} or lang["old"] not in LANGS or lang["new"] not in LANGS or lang["old"] == lang["new"]:
        err(where, f"bad lang {lang}")
        return
    texts = {}
    paras = {}
    for side in ("old", "new"):
        t = p[side]
        if not isinstance(t, str):
            err(where, f"{side} not a string")
            return
        if t != t.strip():
            err(where, f"{side} has leading/trailing whitespace")
        if "\n\n\n" in t:
            err(where, f"{side} has more than one blank line between paragraphs")
        ps = t.split("\n\n")
        for i, q in enumerate(ps):
            if not q or q != q.strip():
                err(where, f"{side}[{i}] empty or padded paragraph")
            if "\n" in q:
                err(where, f"{side}[{i}] has a single line break inside")
        if not (PARA_MIN <= len(ps) <= PARA_MAX):
            err(where, f"{side} has {len(ps)} paragraphs (need {PARA_MIN}-{PARA_MAX})")
        check_script(f"{where}:{side}", lang[side], t)
        texts[side], paras[side] = t, ps
    spans = {s: para_spans(texts[s]) for s in texts}

    # links
    links = p["links"]
    link_of = {"old": {}, "new": {}}
    if not isinstance(links, list) or not links:
        err(where, "links must be a non-empty list")
        return
    for li, l in enumerate(links):
        if not isinstance(l, dict) or set(l) != {"old", "new"}:
            err(where, f"link {li} bad shape {l}")
            continue
        o, n = l["old"], l["new"]
        if not o and not n:
            err(where, f"link {li} empty on both sides")
        if len(o) > 1 and len(n) > 1:
            err(where, f"link {li} is many-to-many {l}")
        if style == "faithful" and (not o or not n):
            err(where, f"faithful pair has one-sided link {l}")
        for side, idx in (("old", o), ("new", n)):
            for i in idx:
                if not isinstance(i, int) or i < 0 or i >= len(paras[side]):
                    err(where, f"link {li} index {i} out of range for {side}")
                elif i in link_of[side]:
                    err(where, f"{side} paragraph {i} in more than one link")
                else:
                    link_of[side][i] = li
        shape = ("1:1" if len(o) == 1 and len(n) == 1 else
                 "split" if len(o) == 1 and len(n) > 1 else
                 "merge" if len(o) > 1 and len(n) == 1 else
                 "old-only" if not n else "new-only")
        stats["links"][shape] += 1
    for side in ("old", "new"):
        missing = [i for i in range(len(paras[side])) if i not in link_of[side]]
        if missing:
            err(where, f"{side} paragraphs not linked: {missing}")
    if len(link_of["old"]) != len(paras["old"]) or len(link_of["new"]) != len(paras["new"]):
        return
    one_sided = lambda side, i: not links[link_of[side][i]]["new" if side == "old" else "old"]

    # labels
    exp = p["expected"]
    used = {"old": [], "new": []}
    covered = {"old": set(), "new": set()}
    label_paras = {"old": set(), "new": set()}
    nonunch = 0
    sw = 0
    if not isinstance(exp, list) or not exp:
        err(where, "expected must be a non-empty list")
        exp = []
    for k, lab in enumerate(exp):
        lw = f"{where}:label{k}"
        if not isinstance(lab, dict) or "kind" not in lab:
            err(lw, "label must be an object with kind")
            continue
        kind = lab["kind"]
        if kind not in KINDS:
            err(lw, f"bad kind {kind}")
            continue
        want = {"kind"} | ({"old"} if kind != "added" else set()) | ({"new"} if kind != "dropped" else set()) | ({"slot"} if kind in SLOTTED else set())
        if set(lab) != want:
            err(lw, f"keys {sorted(lab)} should be {sorted(want)}")
        if kind in SLOTTED and lab.get("slot") not in SLOTS:
            err(lw, f"bad slot {lab.get('slot')}")
        if style == "faithful" and kind != "unchanged":
            err(lw, "faithful pair with a non-unchanged label")
        if style == "press" and kind == "dropped":
            err(lw, "press pair: left-out items get no label (no dropped)")
        stats["kinds"][kind] += 1
        if kind in SLOTTED:
            slot_count[lab.get("slot")] += 1
            stats["slots"][lab.get("slot")] += 1
        if kind != "unchanged":
            nonunch += 1
        if kind in ("softened", "strengthened"):
            sw += 1
        pidx = {}
        for side in ("old", "new"):
            if side not in lab:
                continue
            sp = check_snippet(f"{lw}:{side}", texts[side], lab[side])
            if sp is None:
                continue
            pi = para_of(spans[side], sp[0])
            if pi is None or para_of(spans[side], sp[1] - 1) != pi:
                err(lw, f"{side} snippet crosses a paragraph")
                continue
            pidx[side] = pi
            used[side].append((sp, f"label{k}"))
            covered[side].add(pi)
            label_paras[side].add(pi)
            if style == "press" and side == "old" and one_sided("old", pi):
                err(lw, "press pair: label in an official paragraph the report leaves out")
            if one_sided(side, pi):
                if style != "press" and side == "old" and kind != "dropped":
                    err(lw, f"label in old-only paragraph {pi} must be dropped")
                if side == "new" and kind != "added":
                    err(lw, f"label in new-only paragraph {pi} must be added")
        if "old" in pidx and "new" in pidx and link_of["old"][pidx["old"]] != link_of["new"][pidx["new"]]:
            err(lw, f"old paragraph {pidx['old']} and new paragraph {pidx['new']} are not linked")
    if style == "divergent" and nonunch < 8:
        err(where, f"divergent pair has only {nonunch} non-unchanged labels (need 8)")
    if style == "press" and sw < 2:
        err(where, "press pair reports fewer than two items stronger or weaker")

    # notCommitments
    nc = p["notCommitments"]
    if not isinstance(nc, list) or not nc:
        err(where, "notCommitments must be a non-empty list")
        nc = []
    for k, s in enumerate(nc):
        nw = f"{where}:notCommitment{k}"
        hits = [side for side in ("old", "new") if isinstance(s, str) and s in texts[side]]
        if not hits:
            err(nw, f"not found in old or new: {s!r}")
            continue
        for side in hits:
            sp = check_snippet(nw, texts[side], s)
            if sp is None:
                continue
            pi = para_of(spans[side], sp[0])
            if pi is None or para_of(spans[side], sp[1] - 1) != pi:
                err(nw, "crosses a paragraph")
                continue
            used[side].append((sp, f"notCommitment{k}"))
            covered[side].add(pi)

    for side in ("old", "new"):
        iv = sorted(used[side])
        for (a, b), (c, d) in zip(iv, iv[1:]):
            if c[0] < a[1]:
                err(where, f"{side} snippets overlap: {b} and {d}")

    # every paragraph is labelled or marked as not a commitment
    for side in ("old", "new"):
        for i, q in enumerate(paras[side]):
            if style == "press" and side == "old" and one_sided("old", i):
                continue
            if i not in covered[side]:
                err(where, f"{side}[{i}] has neither a label nor a notCommitment snippet: {q[:60]!r}")
            if style != "press" and ITEMNO.match(to_ascii(q)) and i not in label_paras[side]:
                err(where, f"{side}[{i}] is a numbered item without a label")

    # numbers
    nums = p["numbers"]
    if not isinstance(nums, list):
        err(where, "numbers must be a list")
        nums = []
    if style == "faithful" and nums:
        err(where, "faithful pair must have numbers []")
    allnums = {s: Counter(x for q in paras[s] for x in para_numbers(q)) for s in paras}
    declared = []
    for k, d in enumerate(nums):
        if not isinstance(d, dict) or set(d) != {"old", "new"}:
            err(where, f"number {k} bad shape {d}")
            continue
        ov, nv = to_ascii(str(d["old"])), to_ascii(str(d["new"]))
        if not (ov.isdigit() and nv.isdigit()):
            err(where, f"number {k} not digits {d}")
            continue
        ov, nv = str(int(ov)), str(int(nv))
        if ov == nv:
            err(where, f"number {k} has the same value on both sides {d}")
        if ov not in allnums["old"]:
            err(where, f"number {d['old']} not found in old text")
        if nv not in allnums["new"]:
            err(where, f"number {d['new']} not found in new text")
        declared.append((ov, nv))
        stats["numbers"] += 1
    matched = set()
    for li, l in enumerate(links):
        if not l["old"] or not l["new"]:
            continue
        O = Counter(x for i in l["old"] for x in para_numbers(paras["old"][i]))
        N = Counter(x for i in l["new"] for x in para_numbers(paras["new"][i]))
        do, dn = O - N, N - O
        if style == "faithful":
            if do or dn:
                err(where, f"faithful link {l}: numbers differ old {dict(do)} new {dict(dn)}")
            continue
        mine = [k for k, (ov, nv) in enumerate(declared) if ov in do and nv in dn]
        if do and dn:
            if {declared[k][0] for k in mine} != set(do) or {declared[k][1] for k in mine} != set(dn):
                err(where, f"link {l}: value differences old {dict(do)} new {dict(dn)} not all declared")
        elif do or dn:
            stats["omitted_numbers"].append(f"{name} link {l}: only one side has {dict(do) or dict(dn)}")
        matched.update(mine)
    for k in range(len(declared)):
        if k not in matched:
            err(where, f"declared number {declared[k]} is not a difference between linked paragraphs")

    stats["pairs"][style] += 1
    stats["paragraphs"] += len(paras["old"]) + len(paras["new"])
    if style == "press" and not re.search(r"[«“\"]", texts["new"]):
        err(where, "press report has no quotation")
    return style, lang


def main():
    names = set()
    slot_count = Counter()
    stats = {"pairs": Counter(), "kinds": Counter(), "slots": Counter(), "links": Counter(),
             "numbers": 0, "paragraphs": 0, "omitted_numbers": []}
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    expected_files = set(LANG_FILES + ["press.json"])
    if set(files) != expected_files:
        err("set", f"files {files} != {sorted(expected_files)}")
    for fname in files:
        try:
            with open(os.path.join(HERE, fname), encoding="utf-8") as f:
                data = json.load(f)
        except Exception as e:
            err(fname, f"cannot load JSON: {e}")
            continue
        if not isinstance(data, list):
            err(fname, "must be a JSON array")
            continue
        res = [check_pair(fname, p, names, slot_count, stats) for p in data]
        res = [r for r in res if r]
        if fname == "press.json":
            if len(data) != 5:
                err(fname, f"{len(data)} pairs (need 5)")
            dirs = [(l["old"], l["new"]) for s, l in res]
            if sorted(dirs) != sorted(PRESS_DIRS):
                err(fname, f"press directions {dirs} != {PRESS_DIRS}")
            if any(s != "press" for s, l in res):
                err(fname, "non-press pair in press.json")
        elif fname in LANG_FILES:
            a, b = fname[:-5].split("-")
            if len(data) != 2:
                err(fname, f"{len(data)} pairs (need 2)")
            styles = sorted(s for s, l in res)
            if styles != ["divergent", "faithful"]:
                err(fname, f"styles {styles} (need one faithful and one divergent)")
            for s, l in res:
                if {l["old"], l["new"]} != {a, b}:
                    err(fname, f"pair languages {l} do not match the file")
            if len(res) == 2 and res[0][1]["old"] == res[1][1]["old"]:
                err(fname, "the two pairs must swap which language is old")
    for s in SLOTS:
        if slot_count[s] < 2:
            err("set", f"slot {s} used {slot_count[s]} times (need 2)")
    if "--stats" in sys.argv:
        print(json.dumps({k: (dict(v) if isinstance(v, Counter) else v) for k, v in stats.items()},
                         ensure_ascii=False, indent=1))
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
