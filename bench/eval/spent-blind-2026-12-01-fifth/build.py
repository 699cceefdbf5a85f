#!/usr/bin/env python3
"""Builder for the blind evaluation set written on 2026-12-01.

The pair texts live in data_en.py, data_ar.py and data_ru.py.  Inside a text,
a commitment snippet is marked  [[ID|snippet words]]  and a snippet of text
that must NOT be read as a commitment of the parties is marked  [[n|words]].
The marks are stripped from the text that goes into the JSON.

For every pair a compact "kinds" string gives the label of each ID, e.g.
    "1u 2s:cond 3t:boost 4r:obj 5a 6d"
  u = unchanged, s = softened, t = strengthened, r = reworded,
  a = added (ID only in new), d = dropped (ID only in old).
IDs that occur on one side only default to added / dropped.

Paragraphs in the source are separated by blank lines; lines inside a
paragraph are joined with a single space.

Run:  python3 build.py   (writes en.json, ar.json, ru.json and README.md)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MARK = re.compile(r"\[\[([^|\[\]]+)\|([^\[\]]+?)\]\]")
KIND = {"u": "unchanged", "s": "softened", "t": "strengthened",
        "r": "reworded", "a": "added", "d": "dropped"}
SLOT = {"act": "act", "neg": "negation", "cond": "condition", "mod": "modality",
        "urg": "urgency", "scope": "scope", "boost": "booster", "hedge": "hedge",
        "addr": "addressee", "spk": "speaker", "obj": "object"}
SLOT_ORDER = ["act", "negation", "condition", "modality", "urgency", "scope",
              "booster", "hedge", "addressee", "speaker", "object"]
KIND_ORDER = ["added", "dropped", "softened", "strengthened", "reworded", "unchanged"]


def paragraphs(text):
    parts = re.split(r"\n[ \t]*\n", text.strip())
    out = []
    for p in parts:
        line = " ".join(l.strip() for l in p.strip().splitlines() if l.strip())
        line = re.sub(r"[ \t]+", " ", line)
        out.append(line)
    return "\n\n".join(out)


def parse(text, where):
    text = paragraphs(text)
    marks, order, ncs = {}, [], []

    def rep(m):
        mid, snip = m.group(1).strip(), m.group(2)
        if mid == "n":
            ncs.append(snip)
        else:
            if mid in marks:
                raise SystemExit(f"{where}: duplicate id {mid}")
            marks[mid] = snip
            order.append(mid)
        return snip

    plain = MARK.sub(rep, text)
    if "[[" in plain or "]]" in plain:
        raise SystemExit(f"{where}: unparsed mark left: {plain[plain.find('[['):][:80]}")
    return plain, marks, order, ncs


def parse_kinds(spec, where):
    out = {}
    for tok in spec.split():
        m = re.fullmatch(r"([^\s:]+?)([usrtad])(?::(\w+))?", tok)
        if not m:
            raise SystemExit(f"{where}: bad kind token {tok!r}")
        mid, k, slot = m.groups()
        if mid in out:
            raise SystemExit(f"{where}: id {mid} given twice in kinds")
        if k in "srt":
            if slot not in SLOT:
                raise SystemExit(f"{where}: id {mid} needs a valid slot, got {slot!r}")
        elif slot:
            raise SystemExit(f"{where}: id {mid}: slot not allowed with {k}")
        out[mid] = (KIND[k], SLOT.get(slot) if slot else None)
    return out


def make_pair(name, style, old, new, kinds):
    o_text, o_marks, o_order, o_nc = parse(old, name + "/old")
    n_text, n_marks, n_order, n_nc = parse(new, name + "/new")
    ks = parse_kinds(kinds, name)
    labels = []
    used = set()
    for mid in o_order + [m for m in n_order if m not in o_marks]:
        if mid in used:
            continue
        used.add(mid)
        in_o, in_n = mid in o_marks, mid in n_marks
        if in_o and in_n:
            if mid not in ks:
                raise SystemExit(f"{name}: id {mid} on both sides needs a kind")
            kind, slot = ks[mid]
            if kind in ("added", "dropped"):
                raise SystemExit(f"{name}: id {mid} on both sides cannot be {kind}")
            lab = {"kind": kind, "old": o_marks[mid], "new": n_marks[mid]}
            if slot:
                lab["slot"] = slot
        elif in_o:
            kind, slot = ks.get(mid, ("dropped", None))
            if kind != "dropped":
                raise SystemExit(f"{name}: id {mid} only in old must be dropped")
            lab = {"kind": "dropped", "old": o_marks[mid]}
        else:
            kind, slot = ks.get(mid, ("added", None))
            if kind != "added":
                raise SystemExit(f"{name}: id {mid} only in new must be added")
            lab = {"kind": "added", "new": n_marks[mid]}
        labels.append(lab)
    extra = set(ks) - used
    if extra:
        raise SystemExit(f"{name}: kinds for unknown ids {sorted(extra)}")
    nc = []
    for s in o_nc + n_nc:
        if s not in nc:
            nc.append(s)
    return {"name": name, "style": style, "old": o_text, "new": n_text,
            "expected": labels, "notCommitments": nc}


def build_lang(lang, raw_pairs):
    return [make_pair(*p) for p in raw_pairs]


def counts_table(data):
    lines = []
    for lang, pairs in data.items():
        styles = Counter(p["style"] for p in pairs)
        kinds = Counter(l["kind"] for p in pairs for l in p["expected"])
        slots = Counter(l["slot"] for p in pairs for l in p["expected"] if "slot" in l)
        ks = Counter((l["kind"], l["slot"]) for p in pairs for l in p["expected"] if "slot" in l)
        nonun = sum(v for k, v in kinds.items() if k != "unchanged")
        ncs = sum(len(p["notCommitments"]) for p in pairs)
        lines.append(f"### {lang}\n")
        lines.append(f"- pairs: {len(pairs)} (" + ", ".join(f"{s} {styles[s]}" for s in ("statement", "press", "cosmetic")) + ")")
        lines.append(f"- labels: {sum(kinds.values())}, of which not 'unchanged': {nonun}")
        lines.append("- by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KIND_ORDER))
        lines.append("- by slot: " + ", ".join(f"{s} {slots[s]}" for s in SLOT_ORDER))
        lines.append(f"- notCommitments snippets: {ncs}")
        lines.append("")
        lines.append("| slot | softened | strengthened | reworded |")
        lines.append("|---|---|---|---|")
        for s in SLOT_ORDER:
            lines.append(f"| {s} | {ks[('softened', s)]} | {ks[('strengthened', s)]} | {ks[('reworded', s)]} |")
        lines.append("")
    return "\n".join(lines)


README_HEAD = """Illustrative texts written on 2026-12-01 — not official statements or real press reports.

# Blind evaluation set: Astana-format joint statements (en / ar / ru)

All rounds, dates, venues, people, outlets and quotes in these files are invented.
The three languages were written independently (different rounds, topics and
sentence shapes); they are not translations of each other.

## Files

- `en.json`, `ar.json`, `ru.json` — 10 pairs each.
- `build.py` — builder; the texts with inline marks are in `data_en.py`, `data_ar.py`, `data_ru.py`.
- `check.py` — checker of all format rules (exit code 1 on any error). Run `python3 build.py && python3 check.py`.

## Label format

Each file is a JSON array of pairs:

```
{ "name": "en-01-...", "style": "statement" | "press" | "cosmetic", "old": "...", "new": "...",
  "expected": [
    { "kind": "softened", "old": "snippet", "new": "snippet", "slot": "condition" },
    { "kind": "dropped", "old": "snippet" },
    { "kind": "added", "new": "snippet" },
    { "kind": "unchanged", "old": "snippet", "new": "snippet" } ],
  "notCommitments": ["snippet", ...] }
```

- `kind`: added, dropped, softened, strengthened, reworded (same commitment, same
  strength, other words) or unchanged (identical or only cosmetically different).
- `slot` (only with softened / strengthened / reworded): act, negation, condition,
  modality, urgency, scope, booster, hedge, addressee, speaker, object — the
  element that decides the direction of the change.
- Texts: 5–12 paragraphs separated by exactly one blank line (`\\n\\n`).
- Snippets: 3–7 consecutive words copied exactly, starting at the act's verb or
  noun (passive / light verb: at that verb; negated act: at the negation or
  auxiliary; Arabic keeps an attached و / ف), occurring exactly once on their side
  (case-insensitively, as whole words), never crossing `. ! ? ; ؛ ؟` or a paragraph
  break, and label snippets on one side never overlap.
- `notCommitments`: snippets (same copying rules) of text that must not be read as
  commitments of the parties; each occurs at most once per side and at least once
  in the pair.

## Conventions used

- A commitment is one act of the parties (the three guarantors jointly, or one
  named guarantor acting in the statement, e.g. "The Russian side expressed its
  readiness…", «Турецкая сторона осудила…», «وأعلن الجانب الإيراني…»). A clause with
  two main verbs / noun acts holds two commitments. Participial acts
  ("…, urging its members to resume…") and mid-sentence noun acts
  ("…, with concern expressed at…", «، وتم التعبير عن القلق…») count as commitments.
- Titles, datelines, bylines and preambles are left unlabelled.
- Press style: the parties' commitments are the words of the joint statement that
  the report quotes or attributes to the guarantors. Headlines, the reporter's own
  lead and background sentences, "Read also" / «اقرأ أيضاً» / «Читайте также»
  links, quotes of third parties (host-country minister or ministry, UN envoy's
  office, heads of delegations speaking to reporters) and the reporting frames
  ("the statement said", «وأكد البيان», «говорится в заявлении») are listed in
  `notCommitments`; many of them deliberately use commitment verbs (traps).
- Direction: adding a condition, a hedge, a negation, a weaker act, weaker
  modality, lower urgency, narrower scope, or moving an act from all three
  guarantors to one named party softens; the reverse strengthens. Changes of the
  addressee at the same strength, of the next meeting's date or venue, or
  passive/nominal ↔ active rewording of the same act are `reworded` (slots
  addressee / object / act).
- Urgency scale: immediately / without delay > as soon as possible / at the
  earliest possible date > in due course / no time given.
- Moved, merged or split-off commitments keep their label kind by content
  (unchanged if the act itself is worded the same).
- Cosmetic-only differences (punctuation, quotation marks, dashes, spelling
  variants, transliteration, renamed places such as Nur-Sultan/Astana, digits
  ٢٢٥٤/2254, hamza/alef forms, ё/е) are `unchanged`. Each language has exactly one
  "cosmetic" pair; `check.py` verifies its two texts are equal after a cosmetic
  normalisation.
- When a round changes, details that are naturally part of the new round (its
  number, date) sit in titles/datelines and are not labelled.

## Counts

"""


def main():
    import data_en, data_ar, data_ru
    data = {}
    for lang, mod in (("en", data_en), ("ar", data_ar), ("ru", data_ru)):
        pairs = build_lang(lang, mod.PAIRS)
        data[lang] = pairs
        with open(os.path.join(HERE, f"{lang}.json"), "w", encoding="utf-8") as f:
            json.dump(pairs, f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + counts_table(data) + "\n")
    print("built", {k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    main()
