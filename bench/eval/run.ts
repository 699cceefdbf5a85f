/**
 * `npm run eval [-- --verbose]`: quality on the labelled sets.
 * 1. Paragraph alignment: recall (expected links found with the right kind),
 *    precision and F1, per language and per kind. Target: 95% link accuracy.
 * 2. Commitment changes: the same, per language, per kind and per group
 *    (dev, held-out, seed). Target: F1 ≥ 90% overall, ≥ 85% in each language.
 * 3. Series: paragraph lineages (pairwise precision and recall), lineages
 *    revived after an absent round, and commitments revived with them, per
 *    language. Target: lineage F1 ≥ 95%, revival F1 ≥ 85%.
 * 5. Cosmetic word differences: a replaced word shown as written otherwise
 *    or as a change. Target: cosmetic precision ≥ 98%, substantive kept 100%
 *    on the development set.
 * Exits 1 when a target is missed, so a regression shows in CI.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage, diffCommuniques, diffSeries } from '../../src/index.js';
import { readBlindSet, scoreBlindSet } from './blind-score.js';
import { publications } from './as-published.js';
import { chromiumAvailable } from './pdf-maker.js';
import { paragraphRecovery, wrapInPlace } from './published.js';
import { alignmentCases } from './cases.js';
import { commitmentCases } from './commitment-cases.js';
import { scoreCommitments } from './commitment-score.js';
import { scoreAlignment } from './score.js';
import { seriesCases } from './series-cases.js';
import { scoreSeries } from './series-score.js';
import { addRows, emptyRow, pct, printTable, scores, type Row } from './table.js';
import { readWordPairs, scoreWordPairs } from './words-score.js';
import { readCrossSet, scoreCrossSet } from './cross-score.js';
import { languageCases } from './language-cases.js';

const verbose = process.argv.includes('--verbose');
let failed = false;

function bucket(map: Map<string, Row>, key: string): Row {
  let r = map.get(key);
  if (!r) map.set(key, (r = emptyRow()));
  return r;
}
const sorted = (m: Map<string, Row>): Array<[string, Row]> => [...m].sort(([a], [b]) => a.localeCompare(b));

// 1. Alignment
{
  const byLang = new Map<string, Row>();
  const byKind = new Map<string, Row>();
  const cases = alignmentCases();
  for (const c of cases) {
    const diff = diffCommuniques(c.old, c.new);
    const perKind = new Map<string, Row>();
    const misses: string[] = [];
    scoreAlignment(diff, c.expected, perKind, misses);
    for (const [kind, r] of perKind) {
      const all = addRows([bucket(byKind, kind), r]);
      byKind.set(kind, all);
      byLang.set(c.lang, addRows([bucket(byLang, c.lang), r]));
    }
    if (verbose && misses.length > 0) console.log(`${c.name}:\n  ${misses.join('\n  ')}`);
  }
  const total = addRows(byKind.values());
  printTable(`Paragraph alignment: ${cases.length} labelled pairs`, [...sorted(byLang), ...sorted(byKind), ['all', total]]);
  const accuracy = total.found / total.expected;
  console.log(`\nLink accuracy (expected links with the right kind): ${pct(accuracy)} (target 95.0%)`);
  if (accuracy < 0.95) failed = true;
}

// 1b. Alignment in French, Turkish and Persian: variants generated from the
// texts of the development set (tuned on) and of the blind sets (not tuned
// on). Reported, not gated (issue 17's target: 98%).
{
  const here = fileURLToPath(new URL('.', import.meta.url));
  const noBlind = process.argv.includes('--no-blind');
  const sets = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.includes('cross') && (d.name.startsWith('dev-fr-tr-fa') || /^(spent-)?blind-(fr|tr|fa)-/.test(d.name)) && (!noBlind || !d.name.startsWith('blind-')))
    .map((d) => d.name)
    .sort();
  const rows = new Map<string, Row>();
  for (const folder of sets) {
    for (const c of languageCases(folder, ['fr', 'tr', 'fa'])) {
      const perKind = new Map<string, Row>();
      const misses: string[] = [];
      scoreAlignment(diffCommuniques(c.old, c.new), c.expected, perKind, misses);
      const group = folder.startsWith('blind-') ? 'blind' : 'seen';
      for (const r of perKind.values()) for (const key of [`${group} ${c.language}`, `${group} all`]) rows.set(key, addRows([bucket(rows, key), r]));
      if (verbose && misses.length > 0) console.log(`${c.name}:\n  ${misses.join('\n  ')}`);
    }
  }
  printTable('Paragraph alignment in French, Turkish and Persian: generated variants of the commitment sets\' texts (seen: development and spent sets; blind: not yet run)', sorted(rows));
}

// 2. Commitments
{
  const byLang = new Map<string, Row>();
  const byKind = new Map<string, Row>();
  const byGroup = new Map<string, Row>();
  const cases = commitmentCases();
  let labels = 0;
  for (const c of cases) {
    const diff = diffCommuniques(c.old, c.new);
    const rows = new Map<string, Row>();
    const misses: string[] = [];
    scoreCommitments(diff, c, (kind) => bucket(rows, kind), misses);
    labels += c.expected.length;
    for (const [kind, r] of rows) {
      byKind.set(kind, addRows([bucket(byKind, kind), r]));
      if (kind === 'unchanged (implied)') continue;
      byLang.set(c.lang, addRows([bucket(byLang, c.lang), r]));
      byGroup.set(c.group, addRows([bucket(byGroup, c.group), r]));
    }
    if (verbose && misses.length > 0) console.log(`${c.name}:\n  ${misses.join('\n  ')}`);
  }
  const total = addRows([...byKind].filter(([k]) => k !== 'unchanged (implied)').map(([, r]) => r));
  const changes = addRows([...byKind].filter(([k]) => !k.startsWith('unchanged')).map(([, r]) => r));
  printTable(
    `Commitment changes: ${cases.length} labelled pairs, ${labels} hand-written labels; languages, groups and "all" count those labels only (the untouched commitments of the seed variants are the "implied" row)`,
    [...sorted(byLang), ...sorted(byGroup), ...sorted(byKind), ['all changes', changes], ['all', total]],
  );
  const f1 = scores(total).f1;
  const worst = Math.min(...[...byLang.values()].map((r) => scores(r).f1));
  console.log(`\nCommitment F1: ${pct(f1)} overall (target 90.0%), lowest language ${pct(worst)} (target 85.0%)`);
  if (!(f1 >= 0.9) || !(worst >= 0.85)) failed = true;
}

// 2b. As published: every labelled pair laid out as an analyst receives it
// (hard-wrapped text, a PDF copied as text, a news page as text and as HTML,
// a Word file, a PDF printed by Chromium) and read back through the
// importers; alignment and commitments against the clean pairs' figures.
// Reported, not gated (issue 15's target: within one point of the clean
// pairs, no paragraph added or dropped by layout).
{
  const { list, close } = await publications();
  const aligned = alignmentCases();
  const committed = commitmentCases();
  const rows: Array<[string, Row]> = [];
  const linkRows: Array<[string, Row]> = [];
  let layoutLinks = 0;
  const pdfMisses: string[] = [];
  try {
    for (const way of [{ name: 'clean', make: async (t: string) => t }, ...list]) {
      const links = new Map<string, Row>();
      for (const c of aligned) {
        const diff = diffCommuniques(await way.make(c.old, c.lang, 'old'), await way.make(c.new, c.lang, 'new'));
        // Layout erases what made a pair cosmetic (doubled spaces, invisible marks): here a
        // cosmetic link and an unchanged one are the same, in the clean row too.
        const plain = { ...diff, alignment: diff.alignment.map((x) => (x.kind === 'modified' && x.cosmetic ? { ...x, kind: 'unchanged' as const, cosmetic: false } : x)) };
        scoreAlignment(plain, c.expected.map((e) => (e.kind === 'cosmetic' ? { ...e, kind: 'unchanged' as const } : e)), links, way.name === 'PDF (Chromium)' ? pdfMisses : []);
        // Layout read as text shows as paragraphs added or dropped that the clean pair does not have.
        if (way.name !== 'clean') {
          const clean = diffCommuniques(c.old, c.new);
          const count = (d: typeof diff) => d.alignment.filter((x) => x.kind === 'added' || x.kind === 'dropped').length;
          layoutLinks += Math.max(0, count(diff) - count(clean));
        }
      }
      linkRows.push([way.name, addRows(links.values())]);
      const byKind = new Map<string, Row>();
      for (const c of committed) {
        const diff = diffCommuniques(await way.make(c.old, c.lang, 'old'), await way.make(c.new, c.lang, 'new'));
        const perCase = new Map<string, Row>();
        scoreCommitments(diff, c, (kind) => bucket(perCase, kind), []);
        for (const [kind, r] of perCase) byKind.set(kind, addRows([bucket(byKind, kind), r]));
      }
      rows.push([way.name, addRows([...byKind].filter(([k]) => k !== 'unchanged (implied)').map(([, r]) => r))]);
    }
  } finally {
    await close();
  }
  printTable(`As published: paragraph alignment of the ${aligned.length} labelled pairs, laid out and read back (a cosmetic link counted as unchanged)`, linkRows);
  if (verbose) console.log(pdfMisses.join('\n'));
  printTable(`As published: commitment changes of the ${committed.length} labelled commitment pairs, laid out and read back`, rows);
  console.log(`\nParagraphs added or dropped by layout (beyond the clean pairs'): ${layoutLinks}${chromiumAvailable ? '' : ' (no chromium here: the PDF row is left out)'}`);
  const here = fileURLToPath(new URL('.', import.meta.url));
  const texts = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (d.name.startsWith('dev-') || d.name.startsWith('spent-blind-')))
    .flatMap((d) => [...readBlindSet(d.name).values()].flat().flatMap((pair) => [pair.old, pair.new]));
  const found = [50, 72, 90, 110].map((width) => {
    const r = paragraphRecovery(texts, width);
    return `${width}: ${pct(r.found / r.total)}`;
  });
  console.log(`\nParagraphs of ${texts.length} development texts found as in the clean text when hard-wrapped at width ${found.join(', ')}`);
  // A development set of press reports and statements, clean and hard-wrapped in place (labels keep their offsets).
  const set = readBlindSet('dev-2026-12-01-second');
  const f1 = (wrap: (t: string) => string): string => pct(scores(scoreBlindSet(set, (a, b) => diffCommuniques(wrap(a), wrap(b))).rows.get('all') as Row).f1);
  console.log(`Commitment F1 on dev-2026-12-01-second: clean ${f1((t) => t)}, hard-wrapped at 72 ${f1((t) => wrapInPlace(t, 72))}, at 100 ${f1((t) => wrapInPlace(t, 100))}`);
}

// 3. Series
{
  const rows = new Map<string, Row>();
  const cases = seriesCases();
  let falseJoins = 0;
  for (const c of cases) {
    const misses: string[] = [];
    const scored = scoreSeries(c, diffSeries(c.rounds), misses);
    falseJoins += misses.filter((m) => m.startsWith('false revival')).length;
    for (const [what, r] of Object.entries(scored)) {
      rows.set(`${what} ${c.lang}`, addRows([bucket(rows, `${what} ${c.lang}`), r]));
      rows.set(`${what} all`, addRows([bucket(rows, `${what} all`), r]));
    }
    if (verbose && misses.length > 0) console.log(`${c.name}:\n  ${misses.join('\n  ')}`);
  }
  printTable(
    `Series: ${cases.length} labelled series of 3–4 rounds; pairs of paragraphs in one lineage ("lineages"), such pairs across a round where the paragraph is absent ("revivals"), and commitments with the same words rejoined across such a round ("commitments")`,
    sorted(rows),
  );
  const lineageF1 = scores(rows.get('lineages all') as Row).f1;
  const revivalF1 = scores(rows.get('revivals all') as Row).f1;
  // Revival precision counts as wrong a join across a round where the labels
  // have the paragraph (the pairs missed it there, the series rejoined it
  // after): the join is right, the gap is not. Joins of two different
  // paragraphs are counted apart.
  console.log(`\nLineage F1: ${pct(lineageF1)} (target 95.0%); revival F1: ${pct(revivalF1)} (target 85.0%); joins of two different paragraphs across a gap: ${falseJoins}`);
  if (!(lineageF1 >= 0.95) || !(revivalF1 >= 0.85)) failed = true;
}

// 4. Blind commitment sets: labels written by writers who saw neither the
// lexicons nor the code (bench/eval/blind-*). Reported, not gated: their
// figures are what to expect on text the project never saw.
{
  const here = fileURLToPath(new URL('.', import.meta.url));
  // `--no-blind` leaves them out while tuning on the labelled set.
  // The development sets (dev-*) are written the same way but read and tuned
  // on; a blind set whose first run is recorded in BLIND.md is renamed
  // spent-blind-* and from then on is one of them.
  const noBlind = process.argv.includes('--no-blind');
  const tunedOn = (name: string): boolean => name.startsWith('dev-') || name.startsWith('spent-blind-');
  const folders = readdirSync(here, { withFileTypes: true })
    // Sets of one round in two languages are scored in part 6.
    .filter((d) => d.isDirectory() && !d.name.includes('cross') && (tunedOn(d.name) || (!noBlind && d.name.startsWith('blind-'))))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const result = scoreBlindSet(readBlindSet(folder), (a, b) => diffCommuniques(a, b));
    const order = (k: string): string => (k === 'all' ? '0' : /^[a-z]{2}$/.test(k) ? `1${k}` : `2${k}`);
    printTable(`${tunedOn(folder) ? 'Development' : 'Blind'} commitment set ${folder}: per language, kind, slot and style (illustrative texts${tunedOn(folder) ? ', tuned on' : ', labelled blind'})`, [...result.rows].sort((x, y) => order(x[0]).localeCompare(order(y[0]))));
    console.log(`\nCommitments read from a reporter's, headline's or third party's words: ${result.reporterViolations.length}; changes reported in cosmetic-only pairs: ${result.cosmeticViolations.length}`);
    if (verbose) for (const m of [...result.misses, ...result.reporterViolations, ...result.cosmeticViolations]) console.log(`  ${m}`);
  }
}

// 5. Cosmetic word differences (bench/eval/words-*): is a replaced word shown
// as the same word written otherwise (a transliteration of a name, a spelling,
// a renamed place) or as a change ("now" / "not", Iran / Iraq)? Target on the
// development set, which the name keys were tuned on: cosmetic precision ≥ 98%
// (a change shown as cosmetic hides it from the analyst) and every substantive
// pair kept. The blind sets are reported, not gated.
{
  const here = fileURLToPath(new URL('.', import.meta.url));
  const noBlind = process.argv.includes('--no-blind');
  const folders = readdirSync(here, { withFileTypes: true })
    // words-spent-blind-*: blind until their first run (recorded in BLIND.md), seen since.
    .filter((d) => d.isDirectory() && (d.name.startsWith('words-dev-') || d.name.startsWith('words-spent-blind-') || (!noBlind && d.name.startsWith('words-blind-'))))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const misses: string[] = [];
    const rows = scoreWordPairs(readWordPairs(`${here}${folder}`), (a, b, lang) => diffCommuniques(a, b, { lang }), misses);
    const dev = folder.startsWith('words-dev-');
    printTable(`Cosmetic word differences, ${folder} (illustrative texts${dev ? ', tuned on' : folder.startsWith('words-spent-') ? ', labelled blind, seen since its first run' : ', labelled blind'})`, [...rows].sort(([a], [b]) => a.localeCompare(b)));
    if (verbose) for (const m of misses) console.log(`  ${m}`);
    if (dev) {
      const cosmetic = scores(rows.get('cosmetic all') as Row);
      const kept = scores(rows.get('substantive all') as Row);
      console.log(`\nCosmetic precision ${pct(cosmetic.precision)} (target 98.0%), substantive kept ${pct(kept.recall)} (target 100.0%)`);
      if (!(cosmetic.precision >= 0.98) || !(kept.recall >= 1)) failed = true;
    }
  }
}

// 6. Across languages (bench/eval/*cross*): one round in two languages, with
// labelled paragraph links, commitments and numbers; languages detected.
// Reported, not gated (issue 17's targets: links ≥ 95%, divergence precision
// ≥ 90% and recall ≥ 85%, no change in a faithful translation).
{
  const here = fileURLToPath(new URL('.', import.meta.url));
  const noBlind = process.argv.includes('--no-blind');
  const tunedOn = (name: string): boolean => name.startsWith('dev-') || name.startsWith('spent-blind-');
  const folders = readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('cross') && (tunedOn(d.name) || (!noBlind && d.name.startsWith('blind-'))))
    .map((d) => d.name)
    .sort();
  for (const folder of folders) {
    const result = scoreCrossSet(readCrossSet(folder), (p) => diffCommuniques(p.old, p.new));
    const shown = [...result.rows].filter(([k]) => /^(links|divergences|numbers|commitments |kind |slot )/.test(k)).sort(([a], [b]) => a.localeCompare(b));
    printTable(`${tunedOn(folder) ? 'Development' : 'Blind'} cross-language set ${folder}: links, divergences, numbers and commitments by language pair (illustrative texts${tunedOn(folder) ? ', tuned on' : ', labelled blind'})`, shown);
    console.log(`\nChanges reported in faithful translations: ${result.faithfulViolations.length}; commitments read from a reporter's, headline's or third party's words: ${result.reporterViolations.length}`);
    if (verbose) for (const m of [...result.faithfulViolations, ...result.misses]) console.log(`  ${m}`);
  }
}

// 7. Language detection: paragraphs of ten words or more of the commitment
// sets, each in its file's language, among all packs (target ≥ 99% among
// en/fr/tr and ar/fa). Development sets (tuned on) and blind sets apart.
{
  const here = fileURLToPath(new URL('.', import.meta.url));
  const noBlind = process.argv.includes('--no-blind');
  const rows = new Map<string, Row>();
  const misses: string[] = [];
  for (const d of readdirSync(here, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name.includes('cross') || !(d.name.startsWith('dev-') || d.name.startsWith('spent-blind-') || (!noBlind && d.name.startsWith('blind-')))) continue;
    const group = d.name.startsWith('blind-') ? 'blind' : 'seen';
    for (const [lang, pairs] of readBlindSet(d.name)) {
      for (const text of new Set(pairs.flatMap((p) => [p.old, p.new]).flatMap((t) => t.split(/\n\s*\n/)))) {
        if (text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 10) continue;
        const got = detectLanguage(text);
        for (const key of [`${group} ${lang}`, `${group} all`]) {
          const r = bucket(rows, key);
          r.expected++;
          r.actual++;
          if (got === lang) {
            r.found++;
            r.correct++;
          }
        }
        if (got !== lang) misses.push(`${d.name}: ${lang} read as ${got}: ${text.slice(0, 80)}`);
      }
    }
  }
  printTable('Language detection of paragraphs of ten words or more (seen: development and spent sets; blind: not yet run)', [...rows].sort(([a], [b]) => a.localeCompare(b)));
  if (verbose) for (const m of misses) console.log(`  ${m}`);
}

if (failed) process.exitCode = 1;
