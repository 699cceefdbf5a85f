/**
 * Every regular expression in src/ meets the input that would make a
 * backtracking engine go quadratic or worse, through the function that uses
 * it. Each case must finish within a generous bound (the test timeout): a
 * catastrophic pattern would take minutes to hours on 100,000 characters.
 */
import { describe, expect, it } from 'vitest';
import { diffCommuniques, diffSeries, normalizeText, parseCommunique, renderHtml, renderMarkdown, renderSeriesHtml } from '../../src/index.js';
import { main } from '../../src/cli/main.js';

const N = 100_000;
const cases: Array<[string, string]> = [
  // segment/labels.ts LABEL, INITIAL and the Roman-numeral check (read on a 16-character slice).
  ['labels: open brackets and digits', `${'((((1'.repeat(N / 5)}\n${'1'.repeat(N)}. x\n${'i'.repeat(N)}. y`],
  // segment/lines.ts sentence ends and abbreviations, and the hard-wrap heuristic, on one line of dots.
  ['sentence ends: a line of dots', `a${'.'.repeat(N)}\n\nb`],
  // normalize/fold.ts LATIN_MARKS: a letter followed by very many combining marks.
  ['combining marks after a letter', `a${'\u0301'.repeat(N)}`],
  // normalize/fold.ts FORMAT_CHARS and APOSTROPHES, normalize/text.ts ` {2,}`.
  ['format characters, apostrophes and spaces', `${'\u200f'.repeat(N)}${"'’".repeat(N / 2)}${' '.repeat(N)}x`],
  // normalize/arabic.ts ARABIC_MARKS and ARABIC_LETTER_RE.
  ['Arabic marks and letter variants', `${'أَ'.repeat(N / 2)}ـــ${'ة'.repeat(N)}`],
  // report/html/escape.ts LTR_RUN inside Arabic: a Latin letter, many spaces, no closing letter.
  ['left-to-right runs in Arabic', `قال a${' '.repeat(N)}! ${'a .'.repeat(N / 3)}`],
  // report/html/escape.ts RTL_RUN inside English, and BIDI_CONTROL.
  ['right-to-left runs in English', `The ب${' '.repeat(N)}. ${'\u202e'.repeat(1000)}${'ب ٣'.repeat(N / 3)}`],
  // report/markdown.ts MD_SPECIAL and whitespace folding.
  ['Markdown specials', `${'*_[]|~`\\'.repeat(N / 8)}${'\t \n'.repeat(N / 3)}`],
  // series/labels.ts PATTERNS (they read only the first 600 characters): digits, dashes and spaces before a round word.
  ['round labels: digits, dashes and spaces', `${'1 - '.repeat(N / 4)}раунд الجولة ${'ال '.repeat(N / 3)}20`],
  // series/ordinals.ts: spelled ordinals that never reach a round word, or reach it after very many words.
  ['round labels: spelled ordinals', `${'twenty-'.repeat(N / 7)} الجولة ${'الحادية و'.repeat(N / 9)} ${'twenty '.repeat(N / 7)}first round`],
  // segment/layout.ts and the packs' LayoutPatterns: they test lines of up to 240 characters, so
  // thousands of such lines, each the worst case of a pattern (a footer menu of many items, a
  // share row, datelines with many digits and colons, credits, keywords followed by separators).
  ['layout lines: menus, share rows, datelines, credits', Array.from({ length: 2_000 }, (_, i) => [
    `About us${' | a'.repeat(40)} | Sign up for the ministry newsletter of the week`,
    `Share${' | Facebook'.repeat(22)} | Facebookx`,
    `${'1 2024 1:11 '.repeat(19)}.`,
    `Published ${'2024 '.repeat(40)}.`,
    `${'/ '.repeat(110)}afpx`,
    `اقرأ أيضا ${'- '.repeat(100)}`,
    `Читайте также ${': '.repeat(100)}`,
    `${i}`,
  ][i % 8]).join('\n')],
  // tokenize/tokens.ts joiners: apostrophes and hyphens between letters, periods between digits.
  ['word joiners', `${"a'".repeat(N / 2)} ${'1.'.repeat(N / 2)} ${'-a'.repeat(N / 2)}`],
];

describe('regular expressions on adversarial input', () => {
  it.each(cases)('%s', (_, text) => {
    parseCommunique(text);
    normalizeText(text);
    const d = diffCommuniques(text, `${text} x`);
    expect(renderHtml(d).length).toBeGreaterThan(0);
    expect(renderMarkdown(d).length).toBeGreaterThan(0);
    expect(renderSeriesHtml(diffSeries([text, `${text} x`])).length).toBeGreaterThan(0);
  }, 60_000);

  it('cli/args.ts: the message of an unknown option', async () => {
    let err = '';
    const code = await main([`--${'x'.repeat(N)}`, 'a', 'b'], { stdin: (async function* () {})(), stdout: () => undefined, stderr: (t) => (err += t), version: '0' });
    expect(code).toBe(2);
    expect(err.startsWith("communique-diff: Unknown option '--xxx")).toBe(true);
  }, 60_000);
});
