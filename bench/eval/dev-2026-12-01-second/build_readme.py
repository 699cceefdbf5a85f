#!/usr/bin/env python3
"""Writes README.md (text below + counts computed from the JSON files)."""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ar", "ru")
KINDS = ("added", "dropped", "softened", "strengthened", "reworded", "unchanged")
SLOTS = ("act", "negation", "condition", "modality", "urgency", "scope",
         "booster", "hedge", "addressee", "speaker", "object")

HEAD = """Illustrative texts written on 2026-12-01 — not official statements or real press reports.
This is a development set: it may be read and tuned on.

# Astana-format joint statements: commitment-change evaluation set (dev, second)

Pairs of texts in the genre of the joint statements that Iran, Russia and
Türkiye issue as guarantors of the Astana format on Syria, and of press reports
that quote them. Every round, date, venue, person, outlet and quotation is
invented; nothing is copied from a real statement or article. The three
languages were written separately, each with its own topics and sentence
shapes; they are not translations of each other. Round numbers and dates are
only scenery: each pair stands on its own, and two pairs may use the same
round number.

## Files

- `en.json`, `ar.json`, `ru.json`: 10 pairs each (English, Modern Standard
  Arabic, Russian).
- `build_common.py`, `build_en.py`, `build_ar.py`, `build_ru.py`: builders.
  The texts are written with inline markers `[[id|snippet]]`. The same id on
  the old and the new side makes one label; ids starting with `x` are
  notCommitments. The builders strip the markers, so snippets are always
  exact copies of the text.
- `build_readme.py`: writes this file, counts included.
- `check.py`: checks every rule listed below and exits 1 on any error.

Rebuild and check:

    python3 build_en.py && python3 build_ar.py && python3 build_ru.py
    python3 build_readme.py && python3 check.py

## Label format

Each file is a JSON array of pairs:

    { "name": "en-01-…", "style": "statement" | "press" | "cosmetic",
      "old": "…", "new": "…",
      "expected": [
        { "kind": "softened", "old": "snippet", "new": "snippet", "slot": "condition" },
        { "kind": "dropped", "old": "snippet" },
        { "kind": "added", "new": "snippet" },
        { "kind": "unchanged", "old": "snippet", "new": "snippet" } ],
      "notCommitments": ["snippet", …] }

- `style`: `statement` (an older and a newer round of the same joint
  statement), `press` (a press report of each of two rounds) or `cosmetic`
  (the same text with cosmetic differences only). Each language has 6
  statement, 3 press and 1 cosmetic pair.
- `kind`: `added`, `dropped`, `softened`, `strengthened`, `reworded` (the same
  commitment at the same strength in other words) or `unchanged` (cosmetic
  differences count as unchanged).
- `slot`: in this set it is given for every `softened`, `strengthened` and
  `reworded` label and for no other kind: one of act, negation, condition,
  modality, urgency, scope, booster, hedge, addressee, speaker, object.
- Paragraphs are separated by exactly one blank line (`\\n\\n`); each text has
  5–12 paragraphs.

## Conventions

Commitments and labels
- A commitment is one act of the parties: a clause with one main verb or a
  noun act ("Condemned X and called upon Y" holds two). The acts of the three
  guarantors and the acts of one or two named guarantors ("Türkiye, for its
  part, condemned…", «وأدانت تركيا من جهتها…», «Турция отдельно осудила…»,
  "Russia and Iran announced that they would…") are commitments. Every
  commitment on each side has exactly one label.
- Titles, datelines, bylines and preambles are not labelled. This includes the
  descriptive opening paragraphs ("The delegations of Iran, Russia and Türkiye
  met in…", «اجتمعت وفود…», «Делегации … провели…»).
- Snippets are 3–7 consecutive words copied exactly from the commitment's
  clause. They start at the act's verb or noun, never at its subject: at the
  auxiliary of a passive ("was agreed…", «تم الاتفاق…», «Было решено…», «была
  выражена обеспокоенность…»), at the negation of a negated act ("did not
  repeat…", «لم تكرر…», «не смогли договориться…»), and in Arabic with an
  attached و/ف kept («ودعت…»). An adverb that stands before the verb
  («Решительно осудили», «настоятельно призвали», "They firmly believe") is
  left outside the snippet, which then starts at the verb; the changed word
  need not be inside the snippet.
- Each snippet occurs exactly once on its side, also case-insensitively, is
  aligned on word boundaries, and never crosses a sentence end, a semicolon
  or a paragraph break. Label snippets on one side never overlap, and
  notCommitment snippets never overlap label snippets.
- When several things change in one commitment, the slot is the one that
  decides the direction. Examples: a fixed date replaced by "as soon as the
  epidemiological situation permits" or "when the necessary conditions are in
  place" is softened/condition; «продолжат тесное взаимодействие» →
  «могут продолжить взаимодействие» is softened/modality.
- Urgency scale: immediately / without delay / «فوراً» / «دون إبطاء» /
  «незамедлительно» > as soon as possible / «في أقرب وقت ممكن» / «в кратчайшие
  сроки» / «при первой возможности» > in due course / «في الوقت المناسب» /
  «в надлежащее время» / no time given. Adding a firm deadline ("before the
  end of the year") counts as strengthened urgency; "the urgent need" → "the
  need" counts as softened urgency.
- Scope: "continue and expand" → "continue", a dropped "all"/«كافة», a
  dropped "including …" extension or a shorter list of provinces narrows
  (softened/scope); the reverse widens (strengthened/scope).
- Speaker: an act of all three guarantors that becomes the act of one or two
  named parties is softened/speaker; the reverse is strengthened/speaker.
- Addressee changes at the same strength (the UN Security Council → the
  international community, all Syrian parties → the Syrian Government and the
  opposition, concerned states → the international community) are
  reworded/addressee.
- A new date or venue of the next meeting, another host thanked, or another
  event welcomed at the same strength is reworded/object.
- Moved, merged or split commitments keep their label kind: unchanged when
  their wording is kept (an Arabic و that appears or disappears because of
  the merge does not count), otherwise the kind of the wording change.
- In press pairs, the content attributed to the statement — in quotation
  marks or in indirect speech next to a reporting frame — is a commitment of
  the parties. A report saying that the guarantors "did not repeat their
  call" (« لم تكرر مطالبتها », «не повторили призыв») is the
  softened/negation counterpart of the earlier call.

Whose words (notCommitments)
- notCommitments list the deliberate traps: headlines, reporters' sentences
  (including what analysts or diplomats "expected" the guarantors to do),
  "Read also" / «اقرأ أيضاً» / «Читайте также» links, quotes of third parties
  (the Kazakh host minister or ministry: "we have decided…", «قررنا…», «Мы
  приняли решение…»; the UN special envoy's office; heads of the Syrian
  government or opposition delegations) and the reporting frames themselves
  ("the statement said", «وأكد البيان الختامي الصادر», «говорится в
  совместном заявлении», "as the ministry noted", «Как отметили в МИД»). Many
  of them use commitment verbs on purpose. The list is not exhaustive: it
  names the traps, not every word outside the labels.
- A notCommitment occurs at most once on each side and at least once in the
  pair; one that is present on both sides is listed once.

Cosmetic pairs
- en: Turkey/Türkiye, Nur-Sultan/Astana, hyphen/en dash, straight/curly
  quotes, Da'esh/Daesh, politicisation/politicization, serial comma,
  UNSC resolution/UNSC Resolution.
- ar: hamza and alef forms (أ/إ/ا, ئ/ىء), ي/ى, تنوين alef (معاً/معا),
  Arabic-Indic/Latin digits (٢٢٥٤/2254), "…"/«…», نور سلطان/أستانا.
- ru: ё/е, «…»/"…", dash/hyphen, Хайят/Хайат, Идлиб/Идлеб, 2254/№2254,
  Нур-Султан/Астана.
"""


def main():
    data = {}
    for lang in LANGS:
        with open(os.path.join(HERE, f"{lang}.json"), encoding="utf-8") as f:
            data[lang] = json.load(f)
    lines = [HEAD, "## Counts", ""]
    # pairs per style
    lines.append("Pairs per style:")
    lines.append("")
    lines.append("| lang | statement | press | cosmetic | labels | not unchanged | notCommitments |")
    lines.append("|---|---|---|---|---|---|---|")
    for lang in LANGS:
        st = Counter(p["style"] for p in data[lang])
        labs = [l for p in data[lang] for l in p["expected"]]
        nn = sum(1 for l in labs if l["kind"] != "unchanged")
        nc = sum(len(p["notCommitments"]) for p in data[lang])
        lines.append(f"| {lang} | {st['statement']} | {st['press']} | {st['cosmetic']} | "
                     f"{len(labs)} | {nn} | {nc} |")
    lines.append("")
    lines.append("Labels per kind:")
    lines.append("")
    lines.append("| lang | " + " | ".join(KINDS) + " |")
    lines.append("|---|" + "---|" * len(KINDS))
    for lang in LANGS:
        c = Counter(l["kind"] for p in data[lang] for l in p["expected"])
        lines.append(f"| {lang} | " + " | ".join(str(c[k]) for k in KINDS) + " |")
    lines.append("")
    lines.append("Labels per slot (softened / strengthened / reworded):")
    lines.append("")
    lines.append("| lang | slot | softened | strengthened | reworded | total |")
    lines.append("|---|---|---|---|---|---|")
    for lang in LANGS:
        c = Counter((l["kind"], l["slot"]) for p in data[lang] for l in p["expected"]
                    if "slot" in l)
        for s in SLOTS:
            a, b, r = c[("softened", s)], c[("strengthened", s)], c[("reworded", s)]
            lines.append(f"| {lang} | {s} | {a} | {b} | {r} | {a + b + r} |")
    lines.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote README.md")


if __name__ == "__main__":
    main()
