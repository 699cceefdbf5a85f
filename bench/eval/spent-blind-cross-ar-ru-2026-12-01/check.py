#!/usr/bin/env python3
"""Validator for the blind cross-language set (en-ar, en-ru, ar-ru).

Usage:
    python3 check.py            # validate, exit 1 on any error
    python3 check.py --stats    # validate and print the counts used in README.md

Checks:
  * JSON shape of every pair (keys, style, lang codes matching the file name);
  * each text has 5-14 paragraphs separated by exactly one blank line
    (no stray single newlines, no empty or space-padded paragraphs);
  * links use valid indexes and cover every paragraph of both texts exactly once,
    and no link is empty on both sides;
  * kinds and slots (slot only, and always, on softened / strengthened / reworded;
    both snippets on two-sided kinds, one on dropped / added);
  * each snippet (labels and notCommitments) has 3-7 words, never contains a sentence
    end (. ! ? ؟ …), a semicolon (; ؛) or a line break, and occurs exactly once in its
    text (notCommitments: in at least one text, at most once in each);
  * the two snippets of a two-sided label lie in paragraphs of the same link;
  * label snippets do not overlap each other or a notCommitment snippet;
  * in press pairs, no label lies in an official paragraph the report leaves out;
  * each `numbers` entry occurs in its text, and the multiset of numbers of every
    two-sided link (item numbers stripped, Arabic-Indic / Persian digits normalised)
    differs exactly by the `numbers` entries;
  * faithful pairs have only `unchanged` labels and no numbers;
  * script hygiene: no Persian ی / ک in Arabic text, no mixed Latin/Cyrillic words.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en-ar.json": {"en", "ar"}, "en-ru.json": {"en", "ru"}, "ar-ru.json": {"ar", "ru"}}
STYLES = {"faithful", "divergent", "press"}
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
KINDS = {"unchanged", "softened", "strengthened", "added", "dropped", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope", "booster",
         "hedge", "addressee", "speaker", "object"}
SLOT_KINDS = {"softened", "strengthened", "reworded"}
TWO_SIDED = {"unchanged", "softened", "strengthened", "reworded"}
FORBIDDEN = set(".!?؟…;؛\n\r")
DIGIT_MAP = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ITEM_RE = re.compile(r"^\s*[0-9٠-٩۰-۹]+\s*[.)\-–]\s*")
NUM_RE = re.compile(r"[0-9٠-٩۰-۹]+")
PAIR_KEYS = {"name", "style", "lang", "old", "new", "links", "expected", "numbers", "notCommitments"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def paragraphs(text, where):
    if text != text.strip():
        err(where, "text has leading or trailing whitespace")
    if "\n\n\n" in text:
        err(where, "more than one blank line between paragraphs")
    paras = text.split("\n\n")
    for i, p in enumerate(paras):
        if not p.strip():
            err(where, f"paragraph {i} is empty")
        if "\n" in p:
            err(where, f"paragraph {i} contains a single line break")
        if p != p.strip():
            err(where, f"paragraph {i} has leading or trailing whitespace")
    if not 5 <= len(paras) <= 14:
        err(where, f"{len(paras)} paragraphs (must be 5-14)")
    return paras


def para_of(paras, pos):
    start = 0
    for i, p in enumerate(paras):
        end = start + len(p)
        if start <= pos < end:
            return i
        start = end + 2
    return None


def check_snippet(snip, where):
    ok = True
    if not isinstance(snip, str) or not snip:
        err(where, "snippet missing or not a string")
        return False
    n = len(snip.split())
    if not 3 <= n <= 7:
        err(where, f"snippet has {n} words (must be 3-7): {snip!r}")
        ok = False
    bad = sorted(set(snip) & FORBIDDEN)
    if bad:
        err(where, f"snippet crosses a sentence end / semicolon / break {bad}: {snip!r}")
        ok = False
    if snip != snip.strip():
        err(where, f"snippet has surrounding whitespace: {snip!r}")
        ok = False
    return ok


def locate(text, paras, snip, where, side):
    c = text.count(snip)
    if c != 1:
        err(where, f"{side} snippet occurs {c} times (must be 1): {snip!r}")
        return None
    pos = text.index(snip)
    return (pos, pos + len(snip), para_of(paras, pos))


def numbers_of(paras, idxs):
    out = Counter()
    for i in idxs:
        body = ITEM_RE.sub("", paras[i], count=1)
        for m in NUM_RE.findall(body):
            out[int(m.translate(DIGIT_MAP))] += 1
    return out


def script_hygiene(text, lang, where):
    if lang == "ar":
        for ch in "یکۀ":
            if ch in text:
                err(where, f"Arabic text contains Persian letter {ch!r}")
    for w in re.findall(r"\w+", text):
        has_lat = re.search(r"[A-Za-z]", w)
        has_cyr = re.search(r"[\u0400-\u04FF]", w)
        if has_lat and has_cyr:
            err(where, f"mixed Latin/Cyrillic word {w!r}")


def check_pair(pair, fname, names, stats):
    name = pair.get("name", "?")
    where = f"{fname}:{name}"
    keys = set(pair)
    if keys != PAIR_KEYS:
        err(where, f"keys differ: missing {sorted(PAIR_KEYS - keys)}, extra {sorted(keys - PAIR_KEYS)}")
        return
    if name in names:
        err(where, "duplicate name")
    names.add(name)
    style = pair["style"]
    if style not in STYLES:
        err(where, f"bad style {style!r}")
    lang = pair["lang"]
    if not isinstance(lang, dict) or set(lang) != {"old", "new"}:
        err(where, "lang must be {old, new}")
        return
    if lang["old"] not in LANGS or lang["new"] not in LANGS:
        err(where, f"bad lang codes {lang}")
    if lang["old"] == lang["new"]:
        err(where, "old and new are in the same language")
    if {lang["old"], lang["new"]} != FILES[fname]:
        err(where, f"languages {lang} do not match file {fname}")

    texts = {"old": pair["old"], "new": pair["new"]}
    paras = {s: paragraphs(texts[s], f"{where}:{s}") for s in ("old", "new")}
    for s in ("old", "new"):
        script_hygiene(texts[s], lang[s], f"{where}:{s}")

    # links
    seen = {"old": Counter(), "new": Counter()}
    link_of = {"old": {}, "new": {}}
    for li, link in enumerate(pair["links"]):
        if set(link) != {"old", "new"}:
            err(where, f"link {li} must have exactly old and new")
            continue
        if not link["old"] and not link["new"]:
            err(where, f"link {li} is empty on both sides")
        for s in ("old", "new"):
            for i in link[s]:
                if not isinstance(i, int) or not 0 <= i < len(paras[s]):
                    err(where, f"link {li}: bad {s} index {i}")
                    continue
                seen[s][i] += 1
                link_of[s][i] = li
        a, b = len(link["old"]), len(link["new"])
        shape = ("1:1" if a == 1 and b == 1 else
                 "old only" if b == 0 else
                 "new only" if a == 0 else
                 "split (1:n)" if a == 1 else
                 "merge (n:1)" if b == 1 else "n:m")
        stats["links"][shape] += 1
    for s in ("old", "new"):
        for i in range(len(paras[s])):
            if seen[s][i] != 1:
                err(where, f"{s} paragraph {i} appears in {seen[s][i]} links (must be 1)")

    # labels
    spans = {"old": [], "new": []}
    for ei, lab in enumerate(pair["expected"]):
        lw = f"{where}:expected[{ei}]"
        kind = lab.get("kind")
        if kind not in KINDS:
            err(lw, f"bad kind {kind!r}")
            continue
        allowed = {"kind", "old", "new", "slot"}
        if set(lab) - allowed:
            err(lw, f"unexpected keys {sorted(set(lab) - allowed)}")
        if kind in SLOT_KINDS:
            if lab.get("slot") not in SLOTS:
                err(lw, f"{kind} needs a valid slot, got {lab.get('slot')!r}")
        elif "slot" in lab:
            err(lw, f"{kind} must not have a slot")
        need = {"old", "new"} if kind in TWO_SIDED else ({"old"} if kind == "dropped" else {"new"})
        have = {s for s in ("old", "new") if s in lab}
        if have != need:
            err(lw, f"{kind} needs sides {sorted(need)}, has {sorted(have)}")
            continue
        if style == "faithful" and kind != "unchanged":
            err(lw, "faithful pair with a non-unchanged label")
        loc = {}
        for s in need:
            if check_snippet(lab[s], f"{lw}:{s}"):
                r = locate(texts[s], paras[s], lab[s], lw, s)
                if r:
                    loc[s] = r
                    spans[s].append((r[0], r[1], lab[s]))
        if len(loc) == 2:
            lo, ln = link_of["old"].get(loc["old"][2]), link_of["new"].get(loc["new"][2])
            if lo != ln:
                err(lw, f"old snippet (para {loc['old'][2]}) and new snippet (para {loc['new'][2]}) are in different links")
        if style == "press":
            for s, r in loc.items():
                li = link_of[s].get(r[2])
                if li is not None:
                    link = pair["links"][li]
                    if not link["old"] or not link["new"]:
                        err(lw, f"press label in a one-sided paragraph ({s} {r[2]})")
        stats["kinds"][kind] += 1
        if kind in SLOT_KINDS:
            stats["slots"][lab.get("slot")] += 1
            stats["kind_slot"][(kind, lab.get("slot"))] += 1
        stats["by_file"][fname][kind] += 1

    # notCommitments
    nc_spans = {"old": [], "new": []}
    for ni, snip in enumerate(pair["notCommitments"]):
        nw = f"{where}:notCommitments[{ni}]"
        if not check_snippet(snip, nw):
            continue
        total = 0
        for s in ("old", "new"):
            c = texts[s].count(snip)
            if c > 1:
                err(nw, f"occurs {c} times in {s}: {snip!r}")
            if c == 1:
                p = texts[s].index(snip)
                nc_spans[s].append((p, p + len(snip), snip))
            total += c
        if total == 0:
            err(nw, f"occurs in neither text: {snip!r}")
        stats["notc"] += 1

    for s in ("old", "new"):
        sp = sorted(spans[s])
        for (a0, a1, at), (b0, b1, bt) in zip(sp, sp[1:]):
            if b0 < a1:
                err(where, f"{s} label snippets overlap: {at!r} / {bt!r}")
        for (a0, a1, at) in spans[s]:
            for (b0, b1, bt) in nc_spans[s]:
                if a0 < b1 and b0 < a1:
                    err(where, f"{s} label snippet {at!r} overlaps notCommitment {bt!r}")

    # numbers
    nums = pair["numbers"]
    if style == "faithful" and nums:
        err(where, "faithful pair with numbers")
    want = []
    for ni, ent in enumerate(nums):
        if set(ent) != {"old", "new"}:
            err(where, f"numbers[{ni}] must have old and new")
            continue
        for s in ("old", "new"):
            if not isinstance(ent[s], str) or ent[s] not in texts[s]:
                err(where, f"numbers[{ni}].{s} {ent[s]!r} not found in {s} text")
            elif not NUM_RE.fullmatch(ent[s]):
                err(where, f"numbers[{ni}].{s} {ent[s]!r} is not a digit string")
        try:
            o, n = int(ent["old"].translate(DIGIT_MAP)), int(ent["new"].translate(DIGIT_MAP))
        except (ValueError, AttributeError):
            continue
        if o == n:
            err(where, f"numbers[{ni}] has the same value on both sides")
        want.append((o, n))
        stats["numbers"] += 1
    diffs = []
    for link in pair["links"]:
        if link["old"] and link["new"]:
            try:
                a, b = numbers_of(paras["old"], link["old"]), numbers_of(paras["new"], link["new"])
            except IndexError:
                continue
            diffs.append((a - b, b - a))
    for o, n in want:
        for oo, nn in diffs:
            if oo[o] > 0 and nn[n] > 0:
                oo[o] -= 1
                nn[n] -= 1
                break
        else:
            err(where, f"numbers entry {o}->{n} is not a difference of any two-sided link")
    for oo, nn in diffs:
        left_o, left_n = +oo, +nn
        if left_o or left_n:
            err(where, f"unlisted number difference in a link: old {dict(left_o)} / new {dict(left_n)}")

    stats["pairs"][(fname, style)] += 1
    stats["paras"] += len(paras["old"]) + len(paras["new"])


def main():
    stats = {"pairs": Counter(), "kinds": Counter(), "slots": Counter(), "kind_slot": Counter(),
             "links": Counter(), "numbers": 0, "notc": 0, "paras": 0,
             "by_file": {f: Counter() for f in FILES}}
    names = set()
    for fname in FILES:
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(fname, "file missing")
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except json.JSONDecodeError as e:
            err(fname, f"invalid JSON: {e}")
            continue
        if not isinstance(data, list):
            err(fname, "top level must be an array")
            continue
        for pair in data:
            check_pair(pair, fname, names, stats)
        non_unchanged = sum(v for k, v in stats["by_file"][fname].items() if k != "unchanged")
        if non_unchanged < 14:
            err(fname, f"only {non_unchanged} labels that are not unchanged (need >= 14)")
    for slot in SLOTS:
        if stats["slots"][slot] < 2:
            err("set", f"slot {slot} used {stats['slots'][slot]} times (need >= 2)")

    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")
    if "--stats" in sys.argv:
        print("\npairs:", dict(stats["pairs"]))
        print("labels by kind:", dict(stats["kinds"]), "total", sum(stats["kinds"].values()))
        print("labels by slot:", dict(stats["slots"]))
        print("kind x slot:", {f"{k}/{s}": v for (k, s), v in sorted(stats["kind_slot"].items())})
        print("links by shape:", dict(stats["links"]), "total", sum(stats["links"].values()))
        print("numbers:", stats["numbers"], "| notCommitments:", stats["notc"], "| paragraphs:", stats["paras"])
        for f, c in stats["by_file"].items():
            print(f, dict(c), "non-unchanged:", sum(v for k, v in c.items() if k != "unchanged"))


if __name__ == "__main__":
    main()
