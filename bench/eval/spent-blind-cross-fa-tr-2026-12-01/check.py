#!/usr/bin/env python3
"""Validator for the blind cross-language evaluation set (fa/tr).

Usage:
    python3 check.py            # validate en-fa.json, en-tr.json, press.json
    python3 check.py --stats    # validate and print the counts used in README.md
    python3 check.py FILE ...   # validate only the given files (no set-level checks)

Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["en-fa.json", "en-tr.json", "press.json"]

STYLES = {"faithful", "divergent", "press"}
LANGS = {"en", "ar", "ru", "fa", "tr", "fr"}
KINDS = {"unchanged", "softened", "strengthened", "added", "dropped", "reworded"}
SLOTS = {"act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"}
SLOT_KINDS = {"softened", "strengthened", "reworded"}
PAIR_KEYS = ["name", "style", "lang", "old", "new", "links", "expected",
             "numbers", "notCommitments"]
BOUNDARY_CHARS = set(";؛!?؟\n")

# What each file must contain: (style, old lang, new lang) -> count
EXPECTED_MIX = {
    "en-fa.json": {("faithful", "en", "fa"): 1, ("divergent", "en", "fa"): 2,
                   ("divergent", "fa", "en"): 1},
    "en-tr.json": {("faithful", "tr", "en"): 1, ("divergent", "tr", "en"): 2,
                   ("divergent", "en", "tr"): 1},
    "press.json": {("press", "en", "fa"): 1, ("press", "tr", "en"): 1,
                   ("press", "ru", "ar"): 1},
}

DIGIT_MAP = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def paragraphs(text):
    return text.split("\n\n")


def crosses_boundary(s):
    """True if s contains a sentence end, a semicolon or a line break.
    A full stop between two digits (a decimal point) is allowed."""
    for i, ch in enumerate(s):
        if ch in BOUNDARY_CHARS:
            return True
        if ch == ".":
            if not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
                return True
    return False


def find_all(text, snip):
    out, start = [], 0
    while True:
        i = text.find(snip, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def para_of(text, pos):
    return text.count("\n\n", 0, pos)


def check_snippet(rep, where, text, snip, exact_once=True):
    if not isinstance(snip, str) or not snip:
        rep.err(where, "snippet missing or not a string")
        return None
    if snip != snip.strip():
        rep.err(where, f"snippet has leading/trailing space: {snip!r}")
    n = len(snip.split())
    if not 3 <= n <= 7:
        rep.err(where, f"snippet has {n} words (need 3-7): {snip!r}")
    if crosses_boundary(snip):
        rep.err(where, f"snippet crosses a sentence end/semicolon/paragraph: {snip!r}")
    hits = find_all(text, snip)
    if exact_once and len(hits) != 1:
        rep.err(where, f"snippet occurs {len(hits)} times (need exactly 1): {snip!r}")
    return hits


def lint_language(rep, where, lang, text):
    if lang == "fa":
        bad = [c for c in ("\u064a", "\u0643", "\u0649") if c in text]
        if bad:
            rep.err(where, f"Persian text contains Arabic letters {[hex(ord(c)) for c in bad]} (use ی/ک)")
        if re.search("[\u0660-\u0669]", text):
            rep.err(where, "Persian text contains Arabic-Indic digits (use ۰-۹)")
        if re.search(r"(?:^|\s)ن?می\s", text):
            rep.err(where, "Persian text has «می » without ZWNJ")
        if re.search(r"بین\s?المل", text):
            rep.err(where, "Persian text has «بین المللی» without ZWNJ")
        if re.search(r"(کمک|فعالیت|تحریم|طرف|گروه|سازمان|واقعیت|طرح|زیرساخت)\s?ها(ی)?(?![\u0600-\u06FF])", text):
            rep.err(where, "Persian plural «های» written without ZWNJ")
    if lang == "ar":
        if re.search("[\u06cc\u06a9\u06f0-\u06f9]", text):
            rep.err(where, "Arabic text contains Persian letters or digits")
    if lang == "tr":
        if re.search(r"\bIstanbul|\bIdlib|\bIran\b|\bIsrail", text):
            rep.err(where, "Turkish text has a dotless capital I where İ is expected")


def check_pair(rep, fname, idx, pair):
    where = f"{fname}[{idx}]"
    if not isinstance(pair, dict):
        rep.err(where, "pair is not an object")
        return
    name = pair.get("name", f"#{idx}")
    where = f"{fname}:{name}"
    keys = list(pair.keys())
    for k in PAIR_KEYS:
        if k not in pair:
            rep.err(where, f"missing key {k!r}")
    for k in keys:
        if k not in PAIR_KEYS:
            rep.err(where, f"unexpected key {k!r}")
    if any(k not in pair for k in PAIR_KEYS):
        return
    style = pair["style"]
    if style not in STYLES:
        rep.err(where, f"bad style {style!r}")
    lang = pair["lang"]
    if not (isinstance(lang, dict) and set(lang) == {"old", "new"}):
        rep.err(where, "lang must be {old, new}")
        return
    if lang["old"] not in LANGS or lang["new"] not in LANGS:
        rep.err(where, f"bad language code {lang}")
    if lang["old"] == lang["new"]:
        rep.err(where, "old and new must be in different languages")

    texts = {"old": pair["old"], "new": pair["new"]}
    paras = {}
    for side in ("old", "new"):
        t = texts[side]
        if not isinstance(t, str):
            rep.err(where, f"{side} is not a string")
            return
        ps = paragraphs(t)
        paras[side] = ps
        if not 5 <= len(ps) <= 14:
            rep.err(where, f"{side} has {len(ps)} paragraphs (need 5-14)")
        for i, p in enumerate(ps):
            if not p.strip():
                rep.err(where, f"{side} paragraph {i} is empty (more than one blank line?)")
            elif p != p.strip():
                rep.err(where, f"{side} paragraph {i} has leading/trailing whitespace")
            if "\n" in p:
                rep.err(where, f"{side} paragraph {i} contains a single line break")
        lint_language(rep, f"{where} {side}", lang[side], t)

    # links
    links = pair["links"]
    seen = {"old": collections.Counter(), "new": collections.Counter()}
    linked = set()
    if not isinstance(links, list):
        rep.err(where, "links is not a list")
        links = []
    for li, link in enumerate(links):
        if not (isinstance(link, dict) and set(link) == {"old", "new"}):
            rep.err(where, f"link {li} must have exactly old/new")
            continue
        if not link["old"] and not link["new"]:
            rep.err(where, f"link {li} is empty on both sides")
        for side in ("old", "new"):
            for j in link[side]:
                if not isinstance(j, int) or not 0 <= j < len(paras[side]):
                    rep.err(where, f"link {li}: {side} index {j} out of range")
                seen[side][j] += 1
        for a in link["old"]:
            for b in link["new"]:
                linked.add((a, b))
    for side in ("old", "new"):
        for j in range(len(paras[side])):
            if seen[side][j] != 1:
                rep.err(where, f"{side} paragraph {j} appears in {seen[side][j]} links (need 1)")

    # expected
    spans = {"old": [], "new": []}
    exp = pair["expected"]
    if not isinstance(exp, list) or not exp:
        rep.err(where, "expected must be a non-empty list")
        exp = []
    for ei, lab in enumerate(exp):
        lw = f"{where} expected[{ei}]"
        if not isinstance(lab, dict):
            rep.err(lw, "label is not an object")
            continue
        kind = lab.get("kind")
        if kind not in KINDS:
            rep.err(lw, f"bad kind {kind!r}")
            continue
        allowed = {"kind", "old", "new", "slot"}
        for k in lab:
            if k not in allowed:
                rep.err(lw, f"unexpected key {k!r}")
        if kind in SLOT_KINDS:
            if lab.get("slot") not in SLOTS:
                rep.err(lw, f"kind {kind} needs a slot from {sorted(SLOTS)}, got {lab.get('slot')!r}")
        elif "slot" in lab:
            rep.err(lw, f"kind {kind} must not have a slot")
        need = {"dropped": ("old",), "added": ("new",)}.get(kind, ("old", "new"))
        for side in ("old", "new"):
            if side in need and side not in lab:
                rep.err(lw, f"kind {kind} needs an {side} snippet")
            if side not in need and side in lab:
                rep.err(lw, f"kind {kind} must not have an {side} snippet")
        pidx = {}
        for side in need:
            if side not in lab:
                continue
            hits = check_snippet(rep, f"{lw} {side}", texts[side], lab[side])
            if hits and len(hits) == 1:
                spans[side].append((hits[0], hits[0] + len(lab[side]), lab[side]))
                pidx[side] = para_of(texts[side], hits[0])
        if "old" in pidx and "new" in pidx and (pidx["old"], pidx["new"]) not in linked:
            rep.err(lw, f"old paragraph {pidx['old']} and new paragraph {pidx['new']} are not linked")
        if style == "faithful" and kind != "unchanged":
            rep.err(lw, "faithful pairs may only have unchanged labels")

    # notCommitments
    nc = pair["notCommitments"]
    if not isinstance(nc, list):
        rep.err(where, "notCommitments is not a list")
        nc = []
    for ni, snip in enumerate(nc):
        nw = f"{where} notCommitments[{ni}]"
        total = 0
        for side in ("old", "new"):
            hits = check_snippet(rep, f"{nw} {side}", texts[side], snip, exact_once=False)
            if hits is None:
                break
            if len(hits) > 1:
                rep.err(nw, f"occurs {len(hits)} times in {side} (at most once): {snip!r}")
            if len(hits) == 1:
                spans[side].append((hits[0], hits[0] + len(snip), snip))
            total += len(hits)
        if total == 0:
            rep.err(nw, f"occurs in neither text: {snip!r}")

    # no two snippets may overlap in the same text
    for side in ("old", "new"):
        ss = sorted(spans[side])
        for a, b in zip(ss, ss[1:]):
            if b[0] < a[1]:
                rep.err(where, f"{side}: snippets overlap: {a[2]!r} / {b[2]!r}")

    # numbers
    nums = pair["numbers"]
    if not isinstance(nums, list):
        rep.err(where, "numbers is not a list")
        nums = []
    if style == "faithful" and nums:
        rep.err(where, "faithful pairs must have no numbers")
    for ni, ent in enumerate(nums):
        nw = f"{where} numbers[{ni}]"
        if not (isinstance(ent, dict) and set(ent) == {"old", "new"}):
            rep.err(nw, "entry must be {old, new}")
            continue
        o, n = str(ent["old"]), str(ent["new"])
        if o.translate(DIGIT_MAP) == n.translate(DIGIT_MAP):
            rep.err(nw, f"{o!r} and {n!r} have the same value")
        if o not in texts["old"]:
            rep.err(nw, f"{o!r} does not occur in old")
        if n not in texts["new"]:
            rep.err(nw, f"{n!r} does not occur in new")
        ok = any(o in paras["old"][a] and n in paras["new"][b] for a, b in linked)
        if not ok:
            rep.err(nw, f"{o!r}/{n!r} are not in two linked paragraphs")


def link_shapes(pair):
    c = collections.Counter()
    for l in pair["links"]:
        lo, ln = len(l["old"]), len(l["new"])
        if lo == 0 or ln == 0:
            c["one side empty"] += 1
        elif lo == 1 and ln == 1:
            c["1:1"] += 1
        else:
            c["split/merge"] += 1
    return c


def is_reordered(pair):
    both = [l for l in pair["links"] if l["old"] and l["new"]]
    both.sort(key=lambda l: min(l["old"]))
    seq = [min(l["new"]) for l in both]
    return seq != sorted(seq)


def main(argv):
    stats = "--stats" in argv
    files = [a for a in argv if not a.startswith("--")]
    set_level = not files
    if not files:
        files = [os.path.join(HERE, f) for f in FILES]
    rep = Report()
    data = {}
    for path in files:
        fname = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as fh:
                pairs = json.load(fh)
        except Exception as e:  # noqa: BLE001
            rep.err(fname, f"cannot load: {e}")
            continue
        if not isinstance(pairs, list):
            rep.err(fname, "top level must be a JSON array")
            continue
        data[fname] = pairs
        names = [p.get("name") for p in pairs if isinstance(p, dict)]
        for n, k in collections.Counter(names).items():
            if k > 1:
                rep.err(fname, f"duplicate pair name {n!r}")
        for i, p in enumerate(pairs):
            check_pair(rep, fname, i, p)

    if set_level and not rep.errors:
        slot_counts = collections.Counter()
        reordered = missing = splitmerge = numbered = 0
        for fname, pairs in data.items():
            mix = collections.Counter((p["style"], p["lang"]["old"], p["lang"]["new"]) for p in pairs)
            if mix != collections.Counter(EXPECTED_MIX.get(fname, {})):
                rep.err(fname, f"pair mix {dict(mix)} != {EXPECTED_MIX.get(fname)}")
            nonun = sum(1 for p in pairs for l in p["expected"] if l["kind"] != "unchanged")
            if nonun < 14:
                rep.err(fname, f"only {nonun} labels that are not unchanged (need >= 14)")
            for p in pairs:
                for l in p["expected"]:
                    if "slot" in l:
                        slot_counts[l["slot"]] += 1
                shapes = link_shapes(p)
                reordered += is_reordered(p)
                splitmerge += shapes["split/merge"] > 0 and p["style"] != "press"
                numbered += bool(p["numbers"])
                if p["style"] == "divergent" and any(l["kind"] in ("dropped", "added") for l in p["expected"]) \
                        and any(not (l["old"] and l["new"]) for l in p["links"]):
                    missing += 1
        for s in SLOTS:
            if slot_counts[s] < 2:
                rep.err("set", f"slot {s!r} used {slot_counts[s]} times (need >= 2)")
        if reordered < 2:
            rep.err("set", f"only {reordered} pairs with reordered items (need >= 2)")
        if missing < 2:
            rep.err("set", f"only {missing} divergent pairs with a missing paragraph (need >= 2)")
        if splitmerge < 2:
            rep.err("set", f"only {splitmerge} translation pairs with a split/merge (need >= 2)")
        if numbered < 3:
            rep.err("set", f"only {numbered} pairs with number changes (need several)")

    if rep.errors:
        for e in rep.errors:
            print("ERROR", e)
        print(f"{len(rep.errors)} error(s)")
        return 1

    n_pairs = sum(len(v) for v in data.values())
    print(f"OK: {n_pairs} pairs in {len(data)} file(s)")
    if stats:
        print_stats(data)
    return 0


def print_stats(data):
    by_pair = collections.Counter()
    kinds = collections.Counter()
    slots = collections.Counter()
    kind_slot = collections.Counter()
    shapes = collections.Counter()
    nums = 0
    nc = 0
    per_file = {}
    extra = collections.Counter()
    for fname, pairs in data.items():
        nonun = 0
        for p in pairs:
            by_pair[(p["lang"]["old"] + "→" + p["lang"]["new"], p["style"])] += 1
            for l in p["expected"]:
                kinds[l["kind"]] += 1
                if "slot" in l:
                    slots[l["slot"]] += 1
                    kind_slot[(l["kind"], l["slot"])] += 1
                if l["kind"] != "unchanged":
                    nonun += 1
            shapes.update(link_shapes(p))
            nums += len(p["numbers"])
            nc += len(p["notCommitments"])
            extra["reordered pairs"] += is_reordered(p)
            extra["pairs with numbers"] += bool(p["numbers"])
        per_file[fname] = (len(pairs), sum(len(p["expected"]) for p in pairs), nonun)
    print("\nPairs by language pair and style:")
    for (lp, st), c in sorted(by_pair.items()):
        print(f"  {lp} {st}: {c}")
    print("\nPer file (pairs, labels, labels not unchanged):")
    for f, (a, b, c) in per_file.items():
        print(f"  {f}: {a}, {b}, {c}")
    print("\nLabels by kind:")
    for k, c in sorted(kinds.items()):
        print(f"  {k}: {c}")
    print(f"  total: {sum(kinds.values())}")
    print("\nLabels by slot:")
    for s in sorted(SLOTS):
        print(f"  {s}: {slots[s]}")
    print("\nLabels by kind and slot:")
    for (k, s), c in sorted(kind_slot.items()):
        print(f"  {k}/{s}: {c}")
    print("\nLinks by shape:")
    for s, c in sorted(shapes.items()):
        print(f"  {s}: {c}")
    print(f"  total: {sum(shapes.values())}")
    print(f"\nNumber differences: {nums} (in {extra['pairs with numbers']} pairs)")
    print(f"Reordered pairs: {extra['reordered pairs']}")
    print(f"notCommitments snippets: {nc}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
