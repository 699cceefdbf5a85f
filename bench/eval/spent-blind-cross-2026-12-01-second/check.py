#!/usr/bin/env python3
"""Validator for the blind cross-language evaluation set in this folder.

Usage: python3 check.py [--stats]
Exits 0 when every file passes; prints one line per problem otherwise.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    "en-ar.json": {("ar", "en", "faithful"): 1, ("en", "ar", "divergent"): 1},
    "en-ru.json": {("en", "ru", "faithful"): 1, ("ru", "en", "divergent"): 1},
    "ar-ru.json": {("ar", "ru", "faithful"): 1, ("ru", "ar", "divergent"): 1},
    "en-fr.json": {("en", "fr", "faithful"): 1, ("fr", "en", "divergent"): 1},
    "press.json": {("ru", "en", "press"): 1, ("en", "fr", "press"): 1},
}
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "added", "dropped", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
MIN_CHANGES = {"divergent": 8, "press": 4}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

errors = []
def err(where, msg): errors.append(f"{where}: {msg}")

def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out

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

def snippet_problems(s):
    probs = []
    if not isinstance(s, str) or not s:
        return ["empty or not a string"]
    if s != s.strip():
        probs.append("leading/trailing whitespace")
    n = len(s.split())
    if not 3 <= n <= 7:
        probs.append(f"{n} words (need 3-7)")
    if "\n" in s:
        probs.append("crosses a paragraph/line break")
    if ";" in s or "؛" in s:
        probs.append("contains a semicolon")
    for m in re.finditer(r"[.!?؟…]", s):
        j = m.start()
        if m.group() == "." and 0 < j < len(s) - 1 and s[j-1].isdigit() and s[j+1].isdigit():
            continue
        probs.append(f"contains sentence-end punctuation {m.group()!r}")
    return probs

def check_text(where, text):
    if not isinstance(text, str):
        err(where, "text is not a string"); return []
    if "\n\n\n" in text:
        err(where, "more than one blank line between paragraphs")
    if text != text.strip():
        err(where, "leading/trailing whitespace in text")
    paras = text.split("\n\n")
    for k, p in enumerate(paras):
        if not p.strip():
            err(where, f"paragraph {k} is empty")
        elif p != p.strip():
            err(where, f"paragraph {k} has leading/trailing whitespace")
        if "\n" in p:
            err(where, f"paragraph {k} contains a single line break")
    if not 5 <= len(paras) <= 14:
        err(where, f"{len(paras)} paragraphs (need 5-14)")
    return paras

def link_shape(l):
    a, b = len(l["old"]), len(l["new"])
    if a == 0 or b == 0:
        return "one side empty"
    if a == 1 and b == 1:
        return "1:1"
    return "split/merge"

def check_pair(fn, pair, stats):
    name = pair.get("name", "?")
    w = f"{fn}:{name}"
    for key in ("name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"):
        if key not in pair:
            err(w, f"missing key {key!r}")
    if errors and errors[-1].startswith(w + ": missing"):
        return None
    style = pair["style"]
    if style not in STYLES:
        err(w, f"bad style {style!r}")
    lang = pair["lang"]
    if not isinstance(lang, dict) or set(lang) != {"old", "new"} or not set(lang.values()) <= LANGS:
        err(w, f"bad lang {lang!r}")
    elif lang["old"] == lang["new"]:
        err(w, "old and new are in the same language")
    texts = {"old": pair["old"], "new": pair["new"]}
    paras = {side: check_text(f"{w}:{side}", texts[side]) for side in texts}
    spans = {side: para_spans(texts[side]) for side in texts}

    # links
    seen = {"old": Counter(), "new": Counter()}
    link_of = {"old": {}, "new": {}}
    for li, l in enumerate(pair["links"]):
        if not isinstance(l, dict) or set(l) != {"old", "new"}:
            err(w, f"link {li} malformed: {l!r}"); continue
        if not l["old"] and not l["new"]:
            err(w, f"link {li} has both sides empty")
        for side in ("old", "new"):
            for idx in l[side]:
                if not isinstance(idx, int) or not 0 <= idx < len(paras[side]):
                    err(w, f"link {li}: {side} index {idx!r} out of range")
                    continue
                seen[side][idx] += 1
                link_of[side][idx] = li
        stats["links"][link_shape(l)] += 1
    for side in ("old", "new"):
        for idx in range(len(paras[side])):
            if seen[side][idx] != 1:
                err(w, f"{side} paragraph {idx} appears in {seen[side][idx]} links (need 1)")

    # labels
    used = {"old": [], "new": []}
    changes = 0
    for ei, e in enumerate(pair["expected"]):
        we = f"{w}: expected[{ei}]"
        kind = e.get("kind")
        if kind not in KINDS:
            err(we, f"bad kind {kind!r}"); continue
        need = {"dropped": {"old"}, "added": {"new"}}.get(kind, {"old", "new"})
        for side in ("old", "new"):
            if (side in e) != (side in need):
                err(we, f"{kind} label must {'have' if side in need else 'not have'} a {side!r} snippet")
        if kind in SLOTTED:
            if e.get("slot") not in SLOTS:
                err(we, f"{kind} needs a slot, got {e.get('slot')!r}")
            else:
                stats["slots"][e["slot"]] += 1
        elif "slot" in e:
            err(we, f"{kind} label must not have a slot")
        extra = set(e) - {"kind", "old", "new", "slot"}
        if extra:
            err(we, f"unknown keys {sorted(extra)}")
        stats["kinds"][kind] += 1
        if kind != "unchanged":
            changes += 1
        where_para = {}
        for side in ("old", "new"):
            if side not in e:
                continue
            s = e[side]
            for p in snippet_problems(s):
                err(we, f"{side} snippet {s!r}: {p}")
            occ = occurrences(texts[side], s)
            if len(occ) != 1:
                err(we, f"{side} snippet {s!r} occurs {len(occ)} times (need 1)")
                continue
            used[side].append((occ[0], occ[0] + len(s), s))
            where_para[side] = para_of(spans[side], occ[0])
        if len(where_para) == 2:
            lo = link_of["old"].get(where_para["old"])
            ln = link_of["new"].get(where_para["new"])
            if lo is None or lo != ln:
                err(we, f"old snippet (paragraph {where_para['old']}) and new snippet "
                        f"(paragraph {where_para['new']}) are not in the same link")
        if style == "press" and "old" in where_para:
            li = link_of["old"].get(where_para["old"])
            if li is not None and not pair["links"][li]["new"]:
                err(we, "press pair: label on an official item the report leaves out")
        if style == "faithful" and kind != "unchanged":
            err(we, "faithful pairs may only have unchanged labels")
    for side in ("old", "new"):
        spans_used = sorted(used[side])
        for (a1, b1, s1), (a2, b2, s2) in zip(spans_used, spans_used[1:]):
            if a2 < b1:
                err(w, f"{side} snippets overlap: {s1!r} / {s2!r}")
    if style in MIN_CHANGES and changes < MIN_CHANGES[style]:
        err(w, f"{style} pair has {changes} labels that are not unchanged (need >= {MIN_CHANGES[style]})")

    # numbers
    if style == "faithful" and pair["numbers"]:
        err(w, "faithful pairs must have no numbers")
    for ni, n in enumerate(pair["numbers"]):
        wn = f"{w}: numbers[{ni}]"
        if not isinstance(n, dict) or set(n) != {"old", "new"}:
            err(wn, f"malformed {n!r}"); continue
        if n["old"].translate(DIGITS) == n["new"].translate(DIGITS):
            err(wn, f"{n!r} has the same value on both sides")
        ps = {}
        for side in ("old", "new"):
            occ = occurrences(texts[side], n[side])
            if not occ:
                err(wn, f"{side} number {n[side]!r} does not occur in the {side} text")
            ps[side] = {link_of[side].get(para_of(spans[side], i)) for i in occ}
        if ps.get("old") and ps.get("new") and not (ps["old"] & ps["new"]):
            err(wn, f"{n!r} is not found in two linked paragraphs")
        stats["numbers"] += 1

    # notCommitments
    for ci, s in enumerate(pair["notCommitments"]):
        wc = f"{w}: notCommitments[{ci}]"
        for p in snippet_problems(s):
            err(wc, f"{s!r}: {p}")
        total = 0
        for side in ("old", "new"):
            occ = occurrences(texts[side], s)
            total += len(occ)
            if len(occ) > 1:
                err(wc, f"{s!r} occurs {len(occ)} times in {side}")
            for i in occ:
                for a, b, t in used[side]:
                    if i < b and a < i + len(s):
                        err(wc, f"{s!r} overlaps commitment snippet {t!r} in {side}")
        if total == 0:
            err(wc, f"{s!r} occurs in neither text")
        stats["notCommitments"] += 1

    stats["pairs"][(f"{lang['old']}->{lang['new']}", style)] += 1
    stats["paragraphs"] += len(paras["old"]) + len(paras["new"])
    return name

def main():
    stats = {"pairs": Counter(), "kinds": Counter(), "slots": Counter(),
             "links": Counter(), "numbers": 0, "notCommitments": 0, "paragraphs": 0}
    names = Counter()
    for fn, want in FILES.items():
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            err(fn, "missing file"); continue
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except Exception as ex:
            err(fn, f"invalid JSON: {ex}"); continue
        if not isinstance(data, list):
            err(fn, "top level must be an array"); continue
        got = Counter()
        for pair in data:
            if not isinstance(pair, dict):
                err(fn, "pair is not an object"); continue
            n = check_pair(fn, pair, stats)
            if n:
                names[n] += 1
                got[(pair["lang"]["old"], pair["lang"]["new"], pair["style"])] += 1
        if dict(got) != want:
            err(fn, f"pairs by (old, new, style) are {dict(got)}, expected {want}")
    for n, c in names.items():
        if c > 1:
            err("set", f"pair name {n!r} used {c} times")
    for slot in sorted(SLOTS):
        if stats["slots"][slot] < 2:
            err("set", f"slot {slot!r} used {stats['slots'][slot]} times (need >= 2)")

    if "--stats" in sys.argv:
        print("pairs:", dict(sorted(stats["pairs"].items())))
        print("labels by kind:", dict(sorted(stats["kinds"].items())), "total", sum(stats["kinds"].values()))
        print("labels by slot:", dict(sorted(stats["slots"].items())), "total", sum(stats["slots"].values()))
        print("links by shape:", dict(sorted(stats["links"].items())), "total", sum(stats["links"].values()))
        print("numbers:", stats["numbers"], "notCommitments:", stats["notCommitments"],
              "paragraphs:", stats["paragraphs"])
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
