#!/usr/bin/env python3
"""Validator for the blind cross-language evaluation set in this folder.

Usage:  python3 check.py            # validate, exit 1 on any error
        python3 check.py --stats    # validate and print counts (used for README.md)
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# file -> list of (style, old lang, new lang), in order
SPEC = {
    "en-fa.json": [("faithful", "fa", "en"), ("divergent", "en", "fa")],
    "en-tr.json": [("faithful", "en", "tr"), ("divergent", "tr", "en")],
    "fa-ar.json": [("faithful", "ar", "fa"), ("divergent", "fa", "ar")],
    "tr-ru.json": [("faithful", "ru", "tr"), ("divergent", "tr", "ru")],
    "press.json": [("press", "en", "tr"), ("press", "fa", "ar")],
}
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
STYLES = {"faithful", "divergent", "press"}
KINDS = {"unchanged", "softened", "strengthened", "added", "dropped", "reworded"}
SLOT_KINDS = {"softened", "strengthened", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
MIN_NON_UNCHANGED = {"divergent": 8, "press": 4}

SENTENCE_BREAK = re.compile(r"[.!?؟;؛…\n]")
DIGIT_RUN = re.compile(r"[0-9٠-٩۰-۹]+")
ENUMERATOR = re.compile(r"^\s*[0-9٠-٩۰-۹]+\s*[.\-)]\s")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

errors, warnings = [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def is_word_char(ch):
    if ch in "\u200c\u200d'’-":
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "LMN"


def occurrences(text, snip):
    out, i = [], text.find(snip)
    while i != -1:
        out.append(i)
        i = text.find(snip, i + 1)
    return out


def paragraphs(text, where):
    if text != text.strip():
        err(where, "text has leading/trailing whitespace")
    if "\n\n\n" in text:
        err(where, "more than one blank line between paragraphs")
    pars = text.split("\n\n")
    starts, pos = [], 0
    for i, p in enumerate(pars):
        starts.append(pos)
        pos += len(p) + 2
        if not p.strip():
            err(where, f"paragraph {i} is empty")
        if "\n" in p:
            err(where, f"paragraph {i} contains a single line break")
        if p != p.strip():
            err(where, f"paragraph {i} has leading/trailing whitespace")
    if not 5 <= len(pars) <= 14:
        err(where, f"{len(pars)} paragraphs (must be 5–14)")
    return pars, starts


def par_of(starts, offset):
    idx = 0
    for i, s in enumerate(starts):
        if s <= offset:
            idx = i
    return idx


def check_snippet(text, snip, where, max_count=1, min_count=1):
    """Shape and occurrence rules shared by labels and notCommitments. Returns offset or None."""
    if not isinstance(snip, str) or not snip:
        err(where, "empty or non-string snippet")
        return None
    if snip != snip.strip():
        err(where, f"snippet has outer whitespace: {snip!r}")
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (3–7): {snip!r}")
    if SENTENCE_BREAK.search(snip):
        err(where, f"snippet crosses a sentence end, semicolon or paragraph break: {snip!r}")
    occ = occurrences(text, snip)
    if not min_count <= len(occ) <= max_count:
        err(where, f"snippet occurs {len(occ)} times: {snip!r}")
        return None
    if not occ:
        return None
    i = occ[0]
    if i > 0 and is_word_char(text[i - 1]) and is_word_char(snip[0]):
        err(where, f"snippet starts inside a word: {snip!r}")
    j = i + len(snip)
    if j < len(text) and is_word_char(text[j]) and is_word_char(snip[-1]):
        err(where, f"snippet ends inside a word: {snip!r}")
    return i


def numbers_in(pars, idxs):
    out = []
    for k in idxs:
        p = ENUMERATOR.sub("", pars[k], count=1)
        out += [d.translate(TO_ASCII) for d in DIGIT_RUN.findall(p)]
    return collections.Counter(out)


def script_hygiene(text, lang, where):
    if lang == "fa":
        bad = [c for c in "يكىة" if c in text]
        if bad:
            err(where, f"Persian text contains Arabic letters {bad}")
        if re.search(r"(^|\s)(می|نمی) ", text):
            err(where, "Persian verb prefix می/نمی followed by a space instead of ZWNJ")
        if re.search(r"[0-9٠-٩]", text):
            err(where, "Persian text mixes non-Persian digits")
    if lang == "ar":
        bad = [c for c in "یکۀ" if c in text]
        if bad:
            err(where, f"Arabic text contains Persian letters {bad}")
        if re.search(r"[۰-۹]", text):
            err(where, "Arabic text contains Persian digits")
        if re.search(r"[0-9]", text) and re.search(r"[٠-٩]", text):
            err(where, "Arabic text mixes Western and Arabic-Indic digits")
    if lang in ("en", "tr", "ru", "fr") and re.search(r"[٠-٩۰-۹]", text):
        err(where, "Latin/Cyrillic text contains Arabic-script digits")


def check_pair(p, where, style_expected, stats):
    for key in ("name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"):
        if key not in p:
            err(where, f"missing key {key}")
            return
    extra = set(p) - {"name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"}
    if extra:
        err(where, f"unexpected keys {sorted(extra)}")
    style = p["style"]
    if style not in STYLES:
        err(where, f"bad style {style}")
    lo, ln = p["lang"].get("old"), p["lang"].get("new")
    if lo not in LANGS or ln not in LANGS or lo == ln:
        err(where, f"bad lang {p['lang']}")
    if (style, lo, ln) != style_expected:
        err(where, f"expected {style_expected}, got {(style, lo, ln)}")
    old, new = p["old"], p["new"]
    script_hygiene(old, lo, where + " old")
    script_hygiene(new, ln, where + " new")
    po, so = paragraphs(old, where + " old")
    pn, sn = paragraphs(new, where + " new")

    # links
    seen_o, seen_n = collections.Counter(), collections.Counter()
    link_of_o, link_of_n = {}, {}
    for li, l in enumerate(p["links"]):
        if set(l) != {"old", "new"}:
            err(where, f"link {li} has keys {sorted(l)}")
            continue
        if not l["old"] and not l["new"]:
            err(where, f"link {li} is empty on both sides")
        if len(l["old"]) > 1 and len(l["new"]) > 1:
            err(where, f"link {li} is many-to-many")
        for i in l["old"]:
            seen_o[i] += 1
            link_of_o[i] = li
        for i in l["new"]:
            seen_n[i] += 1
            link_of_n[i] = li
        shape = ("1:1" if len(l["old"]) == 1 and len(l["new"]) == 1 else
                 "one side empty" if not l["old"] or not l["new"] else "split/merge")
        stats["links"][shape] += 1
    for side, seen, n in (("old", seen_o, len(po)), ("new", seen_n, len(pn))):
        for i in range(n):
            if seen[i] != 1:
                err(where, f"{side} paragraph {i} appears in {seen[i]} links")
        for i in seen:
            if not (isinstance(i, int) and 0 <= i < n):
                err(where, f"{side} link index {i} out of range")

    # labels
    spans = {"old": [], "new": []}
    non_unchanged = 0
    for k, lab in enumerate(p["expected"]):
        lw = f"{where} label {k}"
        kind = lab.get("kind")
        if kind not in KINDS:
            err(lw, f"bad kind {kind}")
            continue
        stats["kinds"][kind] += 1
        if kind != "unchanged":
            non_unchanged += 1
        if kind in SLOT_KINDS:
            if lab.get("slot") not in SLOTS:
                err(lw, f"bad or missing slot {lab.get('slot')}")
            else:
                stats["slots"][lab["slot"]] += 1
        elif "slot" in lab:
            err(lw, f"slot given for kind {kind}")
        need_old = kind != "added"
        need_new = kind != "dropped"
        allowed = {"kind", "slot"} | ({"old"} if need_old else set()) | ({"new"} if need_new else set())
        if set(lab) - allowed:
            err(lw, f"unexpected keys {sorted(set(lab) - allowed)}")
        po_idx = pn_idx = None
        if need_old:
            off = check_snippet(old, lab.get("old"), lw + " old")
            if off is not None:
                spans["old"].append((off, off + len(lab["old"]), lab["old"]))
                po_idx = par_of(so, off)
        if need_new:
            off = check_snippet(new, lab.get("new"), lw + " new")
            if off is not None:
                spans["new"].append((off, off + len(lab["new"]), lab["new"]))
                pn_idx = par_of(sn, off)
        if need_old and need_new and po_idx is not None and pn_idx is not None:
            if link_of_o.get(po_idx) != link_of_n.get(pn_idx):
                err(lw, f"old paragraph {po_idx} and new paragraph {pn_idx} are not in the same link")
        if kind == "added" and pn_idx is not None and style != "press":
            l = p["links"][link_of_n[pn_idx]] if pn_idx in link_of_n else None
            if l and l["old"]:
                warn(lw, "added commitment sits in a linked paragraph")
    if style == "faithful" and non_unchanged:
        err(where, "faithful pair has labels that are not unchanged")
    if style in MIN_NON_UNCHANGED and non_unchanged < MIN_NON_UNCHANGED[style]:
        err(where, f"only {non_unchanged} non-unchanged labels (need {MIN_NON_UNCHANGED[style]})")

    # notCommitments
    for k, s in enumerate(p["notCommitments"]):
        nw = f"{where} notCommitments {k}"
        co, cn = len(occurrences(old, s)), len(occurrences(new, s))
        if co > 1 or cn > 1 or co + cn == 0:
            err(nw, f"occurs {co}× in old and {cn}× in new: {s!r}")
            continue
        for side, text, c in (("old", old, co), ("new", new, cn)):
            if c:
                off = check_snippet(text, s, nw + " " + side)
                if off is not None:
                    spans[side].append((off, off + len(s), s))
        stats["notCommitments"] += 1

    for side in ("old", "new"):
        sp = sorted(spans[side])
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                err(where, f"{side} snippets overlap: {a[2]!r} / {b[2]!r}")

    # numbers
    if style == "faithful" and p["numbers"]:
        err(where, "faithful pair lists number changes")
    declared_o, declared_n = collections.Counter(), collections.Counter()
    for k, nb in enumerate(p["numbers"]):
        nw = f"{where} numbers {k}"
        if set(nb) != {"old", "new"}:
            err(nw, f"bad keys {sorted(nb)}")
            continue
        a, b = nb["old"], nb["new"]
        if not re.search(rf"(?<![0-9٠-٩۰-۹]){re.escape(a)}(?![0-9٠-٩۰-۹])", old):
            err(nw, f"{a!r} not found in old")
        if not re.search(rf"(?<![0-9٠-٩۰-۹]){re.escape(b)}(?![0-9٠-٩۰-۹])", new):
            err(nw, f"{b!r} not found in new")
        if a.translate(TO_ASCII) == b.translate(TO_ASCII):
            err(nw, f"{a!r} and {b!r} have the same value")
        declared_o[a.translate(TO_ASCII)] += 1
        declared_n[b.translate(TO_ASCII)] += 1
        stats["numbers"] += 1
    found_o, found_n = collections.Counter(), collections.Counter()
    for li, l in enumerate(p["links"]):
        if not l["old"] or not l["new"]:
            continue
        co, cn = numbers_in(po, l["old"]), numbers_in(pn, l["new"])
        oo, nn = co - cn, cn - co
        if oo and nn:
            found_o += oo
            found_n += nn
        elif oo or nn:
            msg = f"link {li}: number only on one side: old {dict(oo)} new {dict(nn)}"
            (err if style == "faithful" else warn)(where, msg)
    if (found_o, found_n) != (declared_o, declared_n):
        err(where, f"number differences in linked paragraphs old {dict(found_o)} / new {dict(found_n)} "
                   f"do not match declared old {dict(declared_o)} / new {dict(declared_n)}")

    # structure facts for set-level requirements
    pairs_1 = [(l["old"][0], l["new"][0]) for l in p["links"] if len(l["old"]) == 1 and len(l["new"]) == 1]
    pairs_1.sort()
    news = [b for _, b in pairs_1]
    stats["reordered"] += int(news != sorted(news))
    stats["splitmerge"] += int(any(len(l["old"]) > 1 or len(l["new"]) > 1 for l in p["links"]))
    one_sided = set()
    for l in p["links"]:
        if l["old"] and not l["new"]:
            one_sided |= {("old", i) for i in l["old"]}
        if l["new"] and not l["old"]:
            one_sided |= {("new", i) for i in l["new"]}
    missing = False
    for lab in p["expected"]:
        side = {"dropped": "old", "added": "new"}.get(lab.get("kind"))
        if side:
            text, starts = (old, so) if side == "old" else (new, sn)
            occ = occurrences(text, lab.get(side, "")) if lab.get(side) else []
            if occ and (side, par_of(starts, occ[0])) in one_sided:
                missing = True
    stats["missing"] += int(style != "press" and missing)
    stats["by_pair"][f"{lo}→{ln}"][style] += 1
    stats["per_pair"].append((p["name"], style, f"{lo}→{ln}", len(po), len(pn), len(p["expected"]), non_unchanged, len(p["numbers"])))


def main():
    stats = {"links": collections.Counter(), "kinds": collections.Counter(), "slots": collections.Counter(),
             "numbers": 0, "notCommitments": 0, "reordered": 0, "splitmerge": 0, "missing": 0,
             "by_pair": collections.defaultdict(collections.Counter), "per_pair": []}
    names = set()
    for fname, spec in SPEC.items():
        path = os.path.join(HERE, fname)
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except Exception as e:  # noqa: BLE001
            err(fname, f"cannot read JSON: {e}")
            continue
        if not isinstance(data, list) or len(data) != len(spec):
            err(fname, f"expected a JSON array of {len(spec)} pairs")
            continue
        for i, (p, exp) in enumerate(zip(data, spec)):
            where = f"{fname}[{i}] {p.get('name', '?')}"
            if p.get("name") in names:
                err(where, "duplicate name")
            names.add(p.get("name"))
            check_pair(p, where, exp, stats)
    for slot in SLOTS:
        if stats["slots"][slot] < 2:
            err("set", f"slot {slot} used {stats['slots'][slot]} times (need 2)")
    for key, label in (("reordered", "pairs with reordered items"), ("splitmerge", "pairs with a split or merge"),
                       ("missing", "pairs with a missing paragraph")):
        if stats[key] < 2:
            err("set", f"only {stats[key]} {label} (need 2)")
    if stats["numbers"] < 3:
        err("set", "fewer than 3 number changes")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if "--stats" in sys.argv:
        print_stats(stats)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def print_stats(s):
    print("\n## Pairs by language pair and style")
    for lp, c in sorted(s["by_pair"].items()):
        print(f"- {lp}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print("\n## Per pair (name, style, langs, old paragraphs, new paragraphs, labels, non-unchanged, numbers)")
    for row in s["per_pair"]:
        print("- " + " | ".join(str(x) for x in row))
    print("\n## Labels by kind")
    for k in sorted(KINDS):
        print(f"- {k}: {s['kinds'][k]}")
    print(f"- total: {sum(s['kinds'].values())}")
    print("\n## Labels by slot")
    for k in sorted(SLOTS):
        print(f"- {k}: {s['slots'][k]}")
    print("\n## Links by shape")
    for k in ("1:1", "split/merge", "one side empty"):
        print(f"- {k}: {s['links'][k]}")
    print(f"\n## Numbers: {s['numbers']} changed numbers; notCommitments: {s['notCommitments']}")
    print(f"## Pairs with reordered items: {s['reordered']}; with split/merge: {s['splitmerge']}; "
          f"with a missing paragraph (non-press): {s['missing']}")


if __name__ == "__main__":
    sys.exit(main())
