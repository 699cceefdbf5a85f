#!/usr/bin/env python3
"""Writes README.md with the conventions and the label counts of en/ar/ru.json."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = [("en", "English"), ("ar", "Modern Standard Arabic"), ("ru", "Russian")]
KINDS = ["added", "dropped", "softened", "strengthened", "reworded", "unchanged"]
SLOTS = ["act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object"]

HEAD = """Illustrative texts written on 2026-12-01 — not official statements or real press reports.

# Blind evaluation set: Astana-format joint statements and press reports

Thirty invented pairs (ten per language) of texts in the genre of the joint
statements that Iran, Russia and Türkiye issue as guarantors of the Astana
format on Syria, and of press reports that quote them. All rounds, dates,
venues, names, outlets and quotes are made up; no real statement or article
was copied. The English, Arabic and Russian pairs were written independently
(own topics, own sentence shapes); they are not translations of each other.

Files:

- `en.json`, `ar.json`, `ru.json` — the pairs (10 per file: 5 `statement`,
  4 `press`, 1 `cosmetic`).
- `common.py` — label helpers shared by the builders.
- `build_en.py`, `build_ar.py`, `build_ru.py` — write the three JSON files.
- `build_readme.py` — writes this README (counts are computed from the JSON).
- `check.py` — verifies every rule below; exits 1 on any error.

Rebuild and check: `python3 build_en.py && python3 build_ar.py && python3 build_ru.py && python3 build_readme.py && python3 check.py`

## Label format

Each file is a JSON array of pairs:

```json
{ "name": "en-01-…", "style": "statement" | "press" | "cosmetic",
  "old": "…", "new": "…",
  "expected": [
    { "kind": "softened", "old": "snippet", "new": "snippet", "slot": "condition" },
    { "kind": "dropped", "old": "snippet" },
    { "kind": "added", "new": "snippet" },
    { "kind": "unchanged", "old": "snippet", "new": "snippet" } ],
  "notCommitments": ["snippet", "…"] }
```

- `old` / `new`: 5–12 paragraphs separated by exactly one blank line (`\\n\\n`),
  no other line breaks.
- `kind`: `added`, `dropped`, `softened`, `strengthened`, `reworded` (same
  commitment, same strength, other words) or `unchanged` (identical or only
  cosmetically different).
- `slot` (only and always with softened / strengthened / reworded): `act`,
  `negation`, `condition`, `modality`, `urgency`, `scope`, `booster`, `hedge`,
  `addressee`, `speaker`, `object` — the one change that decides the direction.
- Every commitment of the parties has exactly one label: each commitment of
  `old` appears in one label with an `old` snippet, each commitment of `new`
  in one label with a `new` snippet.
- Snippets: 3–7 consecutive words copied exactly from the commitment's clause,
  starting at the act's verb or noun; each occurs exactly once on its side
  (also case-insensitively); no snippet crosses a sentence end, a semicolon
  (`;` `؛`) or a paragraph break; label snippets on one side never overlap.
- `notCommitments`: snippets (same copying rules) of text that must not be read
  as commitments of the parties; each occurs at most once on each side and at
  least once in the pair, and never overlaps a label snippet.

## Conventions used

- **One commitment = one act.** A clause with one main verb or one noun act
  ("condemned X and called upon Y" = two labels). A participle clause that
  carries its own act (Arabic «مؤكدة استعدادها…») is its own commitment; a
  participle that only qualifies the act ("noting their negative impact",
  «расценив их как…», «معتبراً إياها…») is part of it. Relative clauses
  («который приступит к работе незамедлительно») belong to their act.
- **Where a snippet starts.** At the verb (not the subject: "condemned…", not
  "They condemned…"); for passives and light verbs at that verb ("was agreed
  to…", "was expressed over…", "was taken to set up…"); for Russian short
  participles at the participle («решено…», «отмечено, что…», «выражена…»,
  «Подчеркнута необходимость…»); for Arabic at «تم»/«جرى»/«تقرر» with an
  attached و/ف kept («وجرى التأكيد…», «ودعت…»); for negated acts at the
  negation or auxiliary ("did not repeat…", "No agreement was reached…",
  «не смогли договориться…», «لم تتوصل…», «ولم تجدد…»); for modal acts at the
  modal ("will take…", "could consider…", «могли бы…», «وقد تنظر…»). In Arabic
  verb-first sentences the subject after the verb is part of the snippet
  («وأدان الجانب التركي بشكل منفصل…»). A booster that precedes the verb
  ("firmly rejected", «Самым решительным образом осудили») stays outside the
  snippet; the label is still strengthened/softened with slot `booster`.
- **Identical snippets can carry a change.** When the changed element lies
  outside the 7-word window (a condition or deadline at the end of the
  sentence, an "including …" tail, a preceding booster), old and new snippets
  may be the same text while the label says softened/strengthened.
- **Direction rules.** Condition added softens, removed strengthens. Negation
  over the act softens. Weaker act softens (demanded → called for; condemned →
  expressed concern; welcomed → took note; agreed → may consider). Urgency:
  immediately > as soon as possible > in due course / no time. Scope: "continue
  and expand" → "continue", "all" dropped, "including …" dropped narrow
  (softened); the reverse widens (strengthened). Modality: will / must / ready
  to → may / should / could consider softens. Boosters added strengthen,
  hedges ("where possible", "as appropriate", «по возможности», «حسب الاقتضاء»,
  «حيثما أمكن») added soften. A joint act that becomes one named party's act
  ("The Iranian side separately condemned…") softens with slot `speaker`; the
  reverse strengthens. Addressee swaps at the same strength, venue/date
  changes of the next meeting and a different event condemned or welcomed at
  the same strength are `reworded` (slots `addressee` / `object`).
  «وجوب» → «ضرورة» (both "necessity") is treated as `reworded`, slot `act`.
- **Moved, merged, split.** A commitment that moves to another paragraph, is
  merged into another sentence or split off keeps its label kind by content:
  `unchanged` when the wording is the same apart from connective words
  ("further", «также», «مجدداً»), otherwise reworded/softened/strengthened.
- **Whose words (press).** Commitments are the parties' acts as reported:
  reporters' paraphrases of the statement ("the guarantors urged…"), quoted
  statement text, and acts with the document as grammatical subject ("The
  statement called for…", «أدان البيان…», «حث البيان…»). Not commitments, and
  listed in `notCommitments` where they use commitment-like verbs: headlines
  and standfirsts, bylines, reporters' and analysts' sentences ("should…",
  «следовало бы…», «على الدول الضامنة…»), "Read also" / «Читайте также» /
  «اقرأ أيضاً» links, quotes of host-country ministers and ministries
  ("We have decided…", «Мы решили…», «قررنا…»), of the UN envoy's office, of
  delegation heads speaking to the press, and the reporting frames themselves
  ("the statement said", «говорится в заявлении», «وأكد البيان الختامي أن»,
  «وشدد البيان على أن»). A frame followed by a clause with its own act is a
  frame; a statement-subject verb whose object is the act itself is the act.
- **Cosmetic pairs** differ only in punctuation and quote marks, dashes,
  spelling variants (emphasised/emphasized, co-operation), transliteration
  (DAESH/Da'esh, Al-Qaida/Al-Qaeda, Хайят/Хайат, Идлиб/Идлеб, Idlib/Idleb),
  renamed places (Nur-Sultan → Astana, Turkey → Türkiye), ё/е, hamza/alef
  forms (أستانا/استانا, إيران/ايران, إلى/الى), ى/ي, tanwin alef (وفقاً/وفقا),
  and Arabic-Indic vs Latin digits (٢٢٥٤/2254). All their labels are
  `unchanged`.
- Titles, datelines, bylines and preambles ("The representatives of … as
  guarantors of the Astana format:", «…заявили следующее», «واتفقوا على ما
  يلي») are left unlabelled.

## Points of judgement

- Quotes of delegation heads given to the press are treated as third-party
  words (not commitments of the three parties), following the brief, even when
  the delegation belongs to a guarantor; a named party's act reported as part
  of the outcome ("Türkiye separately demanded…") is a commitment.
- "Stopped short of repeating their call" is labelled as a negation.
- "Intensify" → "continue" is labelled as narrowed scope.
"""


def main():
    rows = []
    tot_kind = Counter()
    tot_slot = Counter()
    for code, label in LANGS:
        with open(os.path.join(HERE, f"{code}.json"), encoding="utf-8") as fh:
            data = json.load(fh)
        kinds = Counter()
        slots = Counter()
        styles = Counter(p["style"] for p in data)
        for p in data:
            for lab in p["expected"]:
                kinds[lab["kind"]] += 1
                if "slot" in lab:
                    slots[(lab["kind"], lab["slot"])] += 1
        nc = sum(len(p["notCommitments"]) for p in data)
        rows.append((code, label, data, kinds, slots, styles, nc))
        tot_kind.update(kinds)
        tot_slot.update(slots)

    out = [HEAD, "## Counts\n"]
    out.append("### Pairs and labels per language\n")
    out.append("| language | pairs | statement | press | cosmetic | labels | not unchanged | notCommitments |")
    out.append("|---|---|---|---|---|---|---|---|")
    for code, label, data, kinds, slots, styles, nc in rows:
        total = sum(kinds.values())
        out.append(f"| {code} ({label}) | {len(data)} | {styles['statement']} | {styles['press']} | "
                   f"{styles['cosmetic']} | {total} | {total - kinds['unchanged']} | {nc} |")
    out.append("")
    out.append("### Labels per kind\n")
    out.append("| kind | " + " | ".join(c for c, *_ in rows) + " | all |")
    out.append("|---|" + "---|" * (len(rows) + 1))
    for k in KINDS:
        out.append(f"| {k} | " + " | ".join(str(r[3][k]) for r in rows) + f" | {tot_kind[k]} |")
    out.append("")
    out.append("### Labels per slot (softened / strengthened / reworded)\n")
    out.append("| slot | " + " | ".join(c for c, *_ in rows) + " | all |")
    out.append("|---|" + "---|" * (len(rows) + 1))
    for s in SLOTS:
        cells = []
        for r in rows:
            sl = r[4]
            cells.append(f"{sl[('softened', s)]} / {sl[('strengthened', s)]} / {sl[('reworded', s)]}")
        al = f"{tot_slot[('softened', s)]} / {tot_slot[('strengthened', s)]} / {tot_slot[('reworded', s)]}"
        out.append(f"| {s} | " + " | ".join(cells) + f" | {al} |")
    out.append("")
    out.append("### Pairs\n")
    for code, label, data, *_ in rows:
        out.append(f"- {code}: " + ", ".join(f"`{p['name']}` ({p['style']}, {len(p['expected'])} labels)" for p in data))
    out.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
