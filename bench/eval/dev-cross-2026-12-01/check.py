#!/usr/bin/env python3
"""Validator for the dev-cross-2026-12-01 evaluation set.

Usage:  python3 check.py            # validate every *.json in this folder
        python3 check.py --stats    # validate, then print the counts used in README.md

Exit status 0 when every check passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

STYLES = {"faithful", "divergent", "press"}
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
KINDS = {"unchanged", "softened", "strengthened", "added", "dropped", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOTTED = {"softened", "strengthened", "reworded"}
PAIR_KEYS = {"name", "style", "lang", "old", "new", "links", "expected",
             "numbers", "notCommitments"}

# a sentence end: . ! ? ؟ … (a full stop between two digits, as in 1.5, is not one)
SENT_END = re.compile(r"[!?؟…]|\.(?!\d)|(?<!\d)\.")
FORBIDDEN = re.compile(r"[;؛\n]")
EDGE_PUNCT = "،,:.;؛!?؟«»\"'()[]-–—"
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ITEM_NO = re.compile(r"^\s*[0-9٠-٩۰-۹]{1,2}\s*[.)\-–]\s+")
NUM = re.compile(r"[0-9٠-٩۰-۹]+")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def paragraphs(text):
    return text.split("\n\n")


def para_of(text, pos):
    return text[:pos].count("\n\n")


def numbers_in(par):
    """Digit strings of a paragraph (normalised to ASCII), item number excluded."""
    par = ITEM_NO.sub("", par, count=1)
    return Counter(m.translate(DIGITS) for m in NUM.findall(par))


def check_snippet(where, snip, text, label):
    """Return the start offset of the snippet, or None."""
    if not isinstance(snip, str) or not snip:
        err(where, f"{label}: empty or non-string snippet")
        return None
    n = text.count(snip)
    if n != 1:
        err(where, f"{label}: snippet occurs {n} times: {snip!r}")
    words = snip.split()
    if not 3 <= len(words) <= 7:
        err(where, f"{label}: snippet has {len(words)} words: {snip!r}")
    if FORBIDDEN.search(snip):
        err(where, f"{label}: snippet crosses a semicolon or a paragraph break: {snip!r}")
    if SENT_END.search(snip):
        err(where, f"{label}: snippet crosses a sentence end: {snip!r}")
    if snip != snip.strip() or snip[0] in EDGE_PUNCT or snip[-1] in EDGE_PUNCT:
        err(where, f"{label}: snippet starts or ends with a space or punctuation: {snip!r}")
    return text.find(snip) if n >= 1 else None


def check_language(where, side, lang, text):
    if lang == "fa":
        if re.search("[يك]", text):
            err(where, f"{side}: Persian text contains Arabic ي or ك")
        if re.search(r"(^|\s)(ن?می) ", text):
            err(where, f"{side}: Persian prefix می written with a space instead of ZWNJ")
        if re.search("[٠-٩]", text):
            err(where, f"{side}: Persian text contains Arabic-Indic digits (use ۰–۹)")
    if lang == "ar":
        if re.search("[یک۰-۹]", text):
            err(where, f"{side}: Arabic text contains Persian letters or digits")
    if lang == "tr":
        if re.search(r"Turkiye|Türkıye|Turkey", text):
            err(where, f"{side}: Turkish text misspells Türkiye")
    if lang in ("en", "fr", "ru", "tr") and re.search("[\u0600-\u06ff]", text):
        err(where, f"{side}: unexpected Arabic-script characters")
    if re.search(r"[ \t]$|^[ \t]", text, re.M):
        err(where, f"{side}: leading or trailing spaces on a line")


def check_pair(fname, idx, p, seen_names):
    where = f"{fname}[{idx}] {p.get('name', '?')}"
    if not isinstance(p, dict):
        err(where, "pair is not an object")
        return
    keys = set(p)
    if keys != PAIR_KEYS:
        err(where, f"keys differ: missing {sorted(PAIR_KEYS - keys)}, extra {sorted(keys - PAIR_KEYS)}")
        return
    if p["name"] in seen_names:
        err(where, "duplicate name")
    seen_names.add(p["name"])
    if p["style"] not in STYLES:
        err(where, f"bad style {p['style']!r}")
    lang = p["lang"]
    if not isinstance(lang, dict) or set(lang) != {"old", "new"}:
        err(where, "lang must be {old, new}")
        return
    if lang["old"] not in LANGS or lang["new"] not in LANGS or lang["old"] == lang["new"]:
        err(where, f"bad lang {lang}")
    stem = fname[:-5]
    if stem != "press" and set(stem.split("-")) != {lang["old"], lang["new"]}:
        err(where, f"lang {lang} does not match file {fname}")
    if not p["name"].startswith(stem + "-") and stem != "press":
        err(where, "name does not start with the file's language pair")

    texts = {}
    paras = {}
    for side in ("old", "new"):
        t = p[side]
        if not isinstance(t, str):
            err(where, f"{side} is not a string")
            return
        texts[side] = t
        if t != t.strip():
            err(where, f"{side}: leading or trailing whitespace")
        if "\n\n\n" in t:
            err(where, f"{side}: more than one blank line between paragraphs")
        ps = paragraphs(t)
        paras[side] = ps
        for k, par in enumerate(ps):
            if not par.strip():
                err(where, f"{side}: empty paragraph {k}")
            if "\n" in par:
                err(where, f"{side}: paragraph {k} contains a single line break")
        if not 5 <= len(ps) <= 14:
            err(where, f"{side}: {len(ps)} paragraphs (need 5–14)")
        check_language(where, side, lang[side], t)

    # links
    cover = {"old": Counter(), "new": Counter()}
    linkmap = {"old": {}, "new": {}}
    if not isinstance(p["links"], list) or not p["links"]:
        err(where, "links must be a non-empty list")
        return
    for li, link in enumerate(p["links"]):
        if not isinstance(link, dict) or set(link) != {"old", "new"}:
            err(where, f"link {li} must be {{old, new}}")
            continue
        if not link["old"] and not link["new"]:
            err(where, f"link {li} is empty on both sides")
        for side in ("old", "new"):
            for i in link[side]:
                if not isinstance(i, int) or not 0 <= i < len(paras[side]):
                    err(where, f"link {li}: bad {side} index {i}")
                    continue
                cover[side][i] += 1
                linkmap[side][i] = li
        if p["style"] == "faithful" and (not link["old"] or not link["new"]):
            err(where, f"faithful pair has a one-sided link {link}")
    for side in ("old", "new"):
        for i in range(len(paras[side])):
            if cover[side][i] != 1:
                err(where, f"{side} paragraph {i} appears in {cover[side][i]} links")

    # expected labels
    spans = {"old": [], "new": []}
    nonunchanged = 0
    if not isinstance(p["expected"], list) or not p["expected"]:
        err(where, "expected must be a non-empty list")
        return
    for ei, lab in enumerate(p["expected"]):
        lw = f"label {ei}"
        if not isinstance(lab, dict):
            err(where, f"{lw} is not an object")
            continue
        kind = lab.get("kind")
        if kind not in KINDS:
            err(where, f"{lw}: bad kind {kind!r}")
            continue
        need = {"kind"}
        if kind in ("unchanged",) or kind in SLOTTED:
            need |= {"old", "new"}
        elif kind == "dropped":
            need |= {"old"}
        elif kind == "added":
            need |= {"new"}
        if kind in SLOTTED:
            need |= {"slot"}
        if set(lab) != need:
            err(where, f"{lw} ({kind}): fields {sorted(lab)} but expected {sorted(need)}")
        if kind in SLOTTED and lab.get("slot") not in SLOTS:
            err(where, f"{lw}: bad slot {lab.get('slot')!r}")
        if kind != "unchanged":
            nonunchanged += 1
        pos = {}
        for side in ("old", "new"):
            if side in lab:
                s = check_snippet(where, lab[side], texts[side], f"{lw} {side}")
                if s is not None:
                    spans[side].append((s, s + len(lab[side]), lw))
                    pos[side] = para_of(texts[side], s)
        if "old" in pos and "new" in pos:
            lo = linkmap["old"].get(pos["old"])
            ln = linkmap["new"].get(pos["new"])
            if lo != ln:
                err(where, f"{lw}: old paragraph {pos['old']} and new paragraph {pos['new']} are not linked")
        if p["style"] == "press" and "old" in pos:
            lo = linkmap["old"].get(pos["old"])
            if lo is not None and not p["links"][lo]["new"]:
                err(where, f"{lw}: labels an official item the report leaves out")
        if p["style"] == "divergent" and kind == "dropped" and "old" in pos:
            pass
    for side in ("old", "new"):
        sp = sorted(spans[side])
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                err(where, f"{side}: snippets of {a[2]} and {b[2]} overlap")
    if p["style"] == "faithful" and nonunchanged:
        err(where, f"faithful pair has {nonunchanged} labels that are not unchanged")
    if p["style"] == "divergent" and nonunchanged < 8:
        err(where, f"divergent pair has only {nonunchanged} labels that are not unchanged")

    # notCommitments
    if not isinstance(p["notCommitments"], list):
        err(where, "notCommitments must be a list")
    else:
        for ni, s in enumerate(p["notCommitments"]):
            lw = f"notCommitment {ni}"
            co, cn = texts["old"].count(s), texts["new"].count(s)
            if co + cn == 0:
                err(where, f"{lw}: not found: {s!r}")
            if co > 1 or cn > 1:
                err(where, f"{lw}: occurs more than once in a text: {s!r}")
            words = s.split()
            if not 3 <= len(words) <= 7:
                err(where, f"{lw}: {len(words)} words: {s!r}")
            if FORBIDDEN.search(s) or SENT_END.search(s):
                err(where, f"{lw}: crosses a sentence end, semicolon or paragraph break: {s!r}")
            if s[0] in EDGE_PUNCT or s[-1] in EDGE_PUNCT:
                err(where, f"{lw}: starts or ends with punctuation: {s!r}")
            for side, c in (("old", co), ("new", cn)):
                if c == 1:
                    a = texts[side].find(s)
                    for (x, y, l) in spans[side]:
                        if a < y and x < a + len(s):
                            err(where, f"{lw} overlaps the commitment snippet of {l}")

    # numbers
    if not isinstance(p["numbers"], list):
        err(where, "numbers must be a list")
        return
    if p["style"] == "faithful" and p["numbers"]:
        err(where, "faithful pair has number changes")
    for ni, ent in enumerate(p["numbers"]):
        if not isinstance(ent, dict) or set(ent) != {"old", "new"}:
            err(where, f"numbers[{ni}] must be {{old, new}}")
            continue
        for side in ("old", "new"):
            if ent[side] not in texts[side]:
                err(where, f"numbers[{ni}]: {ent[side]!r} not in {side}")
        if ent["old"].translate(DIGITS) == ent["new"].translate(DIGITS):
            err(where, f"numbers[{ni}]: same value in other digits is not a difference")
    # every number that differs between linked paragraphs is listed, and nothing else
    tot_o, tot_n = Counter(), Counter()
    for link in p["links"]:
        if not link["old"] or not link["new"]:
            continue
        for i in link["old"]:
            tot_o += numbers_in(paras["old"][i])
        for i in link["new"]:
            tot_n += numbers_in(paras["new"][i])
    listed_o = Counter(x.translate(DIGITS) for e in p["numbers"] for x in NUM.findall(e.get("old", "")))
    listed_n = Counter(x.translate(DIGITS) for e in p["numbers"] for x in NUM.findall(e.get("new", "")))
    problems = []
    if listed_o - tot_o:
        problems.append(f"listed old numbers not in linked old paragraphs: {dict(listed_o - tot_o)}")
    if listed_n - tot_n:
        problems.append(f"listed new numbers not in linked new paragraphs: {dict(listed_n - tot_n)}")
    rest_o, rest_n = tot_o - listed_o, tot_n - listed_n
    if rest_o != rest_n:
        problems.append(f"unlisted number differences: old {dict(rest_o - rest_n)}, new {dict(rest_n - rest_o)}")
    for msg in problems:
        if p["style"] == "press":
            warn(where, msg)
        else:
            err(where, msg)


def link_shape(link):
    o, n = len(link["old"]), len(link["new"])
    if o == 0 or n == 0:
        return "one side empty"
    if o == 1 and n == 1:
        return "1:1"
    if o == 1:
        return "split (1:n)"
    if n == 1:
        return "merge (n:1)"
    return "n:m"


def main():
    stats = "--stats" in sys.argv
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    expected_files = ["ar-ru.json", "en-ar.json", "en-fa.json", "en-fr.json",
                      "en-ru.json", "en-tr.json", "fa-ar.json", "press.json"]
    if files != expected_files:
        err("folder", f"files {files} != {expected_files}")
    seen = set()
    all_pairs = []
    for f in files:
        try:
            with open(os.path.join(HERE, f), encoding="utf-8") as fh:
                data = json.load(fh)
        except Exception as e:  # noqa: BLE001
            err(f, f"invalid JSON: {e}")
            continue
        if not isinstance(data, list):
            err(f, "top level must be an array")
            continue
        for i, p in enumerate(data):
            check_pair(f, i, p, seen)
            all_pairs.append((f, p))
        styles = [p.get("style") for p in data]
        if f == "press.json":
            if styles != ["press"] * 3:
                err(f, f"needs 3 press pairs, has {styles}")
        else:
            if sorted(styles) != ["divergent", "faithful"]:
                err(f, f"needs 1 faithful + 1 divergent pair, has {styles}")
            olds = [p["lang"]["old"] for p in data if isinstance(p, dict) and "lang" in p]
            if len(olds) == 2 and olds[0] == olds[1]:
                err(f, "the two pairs must alternate which language is old")

    # set-wide requirements
    slots = Counter()
    for f, p in all_pairs:
        for lab in p.get("expected", []):
            if lab.get("kind") in SLOTTED:
                slots[lab.get("slot")] += 1
    for s in SLOTS:
        if slots[s] < 2:
            err("set", f"slot {s} used {slots[s]} times (need ≥2)")

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    if stats:
        print_stats(all_pairs)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print(f"OK: {len(all_pairs)} pairs in {len(files)} files")
    return 0


def print_stats(all_pairs):
    by_pair = Counter()
    kinds, slots, kind_slot, shapes = Counter(), Counter(), Counter(), Counter()
    n_numbers, n_notc = 0, 0
    n_paras = 0
    reordered = []
    for f, p in all_pairs:
        lp = f"{p['lang']['old']}→{p['lang']['new']}"
        by_pair[(f, lp, p["style"])] += 1
        for lab in p["expected"]:
            kinds[lab["kind"]] += 1
            if "slot" in lab:
                slots[lab["slot"]] += 1
                kind_slot[(lab["kind"], lab["slot"])] += 1
        for link in p["links"]:
            shapes[link_shape(link)] += 1
        both = sorted((min(l["old"]), min(l["new"])) for l in p["links"] if l["old"] and l["new"])
        if any(b[1] < a[1] for a, b in zip(both, both[1:])):
            reordered.append(p["name"])
        n_numbers += len(p["numbers"])
        n_notc += len(p["notCommitments"])
        n_paras += len(paragraphs(p["old"])) + len(paragraphs(p["new"]))
    print("\n## pairs")
    for (f, lp, st), c in sorted(by_pair.items()):
        print(f"{f}\t{lp}\t{st}\t{c}")
    print("\n## labels by kind")
    for k, c in sorted(kinds.items()):
        print(f"{k}\t{c}")
    print(f"total\t{sum(kinds.values())}")
    print("\n## labels by slot")
    for k, c in sorted(slots.items()):
        print(f"{k}\t{c}")
    print("\n## kind × slot")
    for (k, s), c in sorted(kind_slot.items()):
        print(f"{k}/{s}\t{c}")
    print("\n## links by shape")
    for k, c in sorted(shapes.items()):
        print(f"{k}\t{c}")
    print(f"total\t{sum(shapes.values())}")
    print(f"\npairs with reordered paragraphs\t{len(reordered)}\t{', '.join(reordered)}")
    print(f"numbers entries\t{n_numbers}")
    print(f"notCommitments\t{n_notc}")
    print(f"paragraphs\t{n_paras}")


if __name__ == "__main__":
    sys.exit(main())
