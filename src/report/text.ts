/**
 * renderText: a change report for a terminal, like `git diff --word-diff`:
 * the headline and the commitment changes first, then the paragraphs that
 * changed, with deleted words red and struck through and inserted words
 * green and underlined (or, without colour, `[-deleted-]{+inserted+}`).
 */
import type { CommitmentChange } from '../types/commitments.js';
import type { ParagraphChange, TextEdit } from '../types/diff.js';
import type { Communique } from '../types/segment.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { ReportOptions } from '../types/report.js';
import { expectOptionsObject } from '../util/validate.js';
import { showBidiControls } from './html/escape.js';
import { bool } from './options.js';
import { placeOf } from './blocks.js';
import { isAcross, languagesOf, leftOutItems, shownNumbers, reportSide } from './across.js';
import { expectDiff } from './expect.js';
import { headlineOf } from './headline.js';
import { changeActs, countsLine, MESSAGES, plainParts, QUOTE_MARKS, reasonParts, type Part, type ReportMessages } from './locale/index.js';
import { resolveReportOptions } from './options.js';
import { changeOrder, reportCounts, reportKind, shownKind, visibleChanges } from './summary.js';
import { besideOther, cosmeticList, cosmeticPieces } from './words.js';

/** Options of {@link renderText}: the report options, and whether to colour. */
export interface TextReportOptions extends ReportOptions {
  /** ANSI colours and styles (the CLI sets it from the terminal, `NO_COLOR` and `FORCE_COLOR`). @default false */
  color?: boolean;
  /** As in {@link ReportOptions}, but a terminal shows only the paragraphs that changed unless asked. @default true */
  hideUnchanged?: boolean;
}

// SGR sequences (ECMA-48): bold, dim, red + strike-through, green + underline, and their resets.
const SGR = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  del: ['\u001b[31;9m', '\u001b[39;29m'],
  ins: ['\u001b[32;4m', '\u001b[39;24m'],
  cosmetic: ['\u001b[36m', '\u001b[39m'],
} as const;

// Control characters of the input (an escape sequence could restyle or rewrite the terminal) shown
// as their visible pictures (U+2400 block), bidi controls as "[U+202E]"; tabs and line breaks stay.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g;
const clean = (text: string): string => showBidiControls(text.replace(CONTROL, (c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : c === '\u007f' ? '\u2421' : '\ufffd')));

/**
 * Render a comparison for a terminal: the plain-language headline, the
 * commitment changes in report order with their evidence, the words written
 * differently, then each paragraph that changed as a word diff. With
 * `color`, deletions are red and struck through, insertions green and
 * underlined; without, they are marked `[-…-]` and `{+…+}` as
 * `git diff --word-diff=plain` does. Across languages (`crossLanguage`) a
 * line under the title says so, and each change shows both versions as
 * written, each under its label and language, without marks or colours of
 * deletion and insertion, with the numbers one side lacks; the items a
 * press report leaves out are listed apart. Control characters of the input
 * are shown as symbols, never sent to the terminal.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @param options - The report options, and `color`; see {@link TextReportOptions}.
 * @returns The text, lines ending in "\n".
 * @throws TypeError when `diff` is not a result of diffCommuniques, or an option has the wrong type.
 *
 * @example
 * ```ts
 * process.stdout.write(renderText(diffCommuniques(round20, round21), { color: process.stdout.isTTY }));
 * ```
 * @category Reports
 */
export function renderText(diff: CommuniqueDiff, options?: TextReportOptions): string {
  expectDiff(diff);
  expectOptionsObject('options', options);
  const { color: colorOption, ...rest } = options ?? {};
  const color = bool('options.color', colorOption);
  // A terminal shows the paragraphs that changed unless asked for all.
  const o = resolveReportOptions({ hideUnchanged: true, ...rest });
  const m = MESSAGES[o.locale];
  const style = (kind: keyof typeof SGR, text: string): string => (color ? `${SGR[kind][0]}${text}${SGR[kind][1]}` : text);
  // Quotations in the interface language's marks; no isolate controls, which terminals show as boxes.
  const marks = QUOTE_MARKS[o.locale];
  const words = (parts: readonly Part[]): string => plainParts(parts, marks, clean, { after: '' });
  const across = isAcross(diff);
  const out: string[] = [style('bold', clean(o.title)), `${clean(o.oldLabel)} ${m.arrow} ${clean(o.newLabel)} · ${m.paragraphCount(diff.old.paragraphs.length, diff.new.paragraphs.length)}`];
  if (across) out.push(...acrossLines(diff, o.oldLabel, o.newLabel, m));
  out.push('', words(headlineOf(diff, o.locale)), '');

  const counts = reportCounts(diff);
  out.push(`${m.text.paragraphs}: ${countsLine(counts.paragraphs, m.kinds, m)}`);
  if (diff.redlineOnly !== true) out.push(`${m.text.commitments}: ${countsLine(counts.commitments, m.commitmentKinds, m)}`);
  out.push('');

  const changes = changeOrder(diff.commitments);
  out.push(style('bold', m.text.commitmentChanges));
  if (diff.redlineOnly === true) out.push(m.text.commitmentsNotCompared);
  else if (changes.length === 0) out.push(m.text.noCommitmentChange);
  changes.forEach((c: CommitmentChange, i) => {
    out.push(`${i + 1}. ${m.commitmentKinds[c.kind] ?? c.kind}: ${changeActs(m, c)} (${m.signed(c.delta)})`);
    const quoted = (text: string, kind: 'del' | 'ins'): string => {
      const t = clean(text.replace(/\s+/g, ' '));
      return color ? style(kind, t) : kind === 'del' ? `[-${t}-]` : `{+${t}+}`;
    };
    if (c.old && c.kind !== 'added') out.push(`   ${quoted(c.old.text, 'del')}`);
    if (c.new && c.kind !== 'dropped') out.push(`   ${quoted(c.new.text, 'ins')}`);
    for (const e of c.evidence) out.push(`   - ${words(reasonParts(m, e))}`);
  });
  out.push('');

  const left = leftOutItems(diff);
  if (left.length > 0) out.push(style('bold', m.across.leftOutHeading), ...left.map((item) => `  ${clean(item.names)} ${clean(item.text)}`), '');

  const cosmetic = cosmeticList(diff);
  if (cosmetic.length > 0) {
    out.push(style('bold', m.text.cosmeticHeading));
    for (const { was, now, times } of cosmetic) out.push(`  ${clean(was)} ${m.arrow} ${clean(now)}${times > 1 ? ` (${m.times(times)})` : ''}`);
    out.push('');
  }

  out.push(style('bold', m.text.paragraphs));
  for (const { change, index } of visibleChanges(diff, o)) {
    if (across) {
      const kind = reportKind(diff, change, index);
      const n = shownNumbers(change);
      const numbers = n ? ` · ${m.across.numbers}: ${clean(n.old.join(m.comma) || '—')} ${m.arrow} ${clean(n.new.join(m.comma) || '—')}` : '';
      out.push(style('dim', `${m.kinds[kind] ?? kind} · ${clean(placeOf(diff, change, o.oldLabel, o.newLabel, m.arrow))}${numbers}`));
      out.push(...bothVersions(diff, change, kind, o.oldLabel, o.newLabel, m, style), '');
      continue;
    }
    const kind = shownKind(change);
    out.push(style('dim', `${m.kinds[kind] ?? kind} · ${clean(placeOf(diff, change, o.oldLabel, o.newLabel, m.arrow))}`));
    out.push(redline(change.edits, color, style), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The lines under the title across languages: that the comparison is one, and which version reports which. */
function acrossLines(diff: CommuniqueDiff, oldLabel: string, newLabel: string, m: ReportMessages): string[] {
  const [a, b] = languagesOf(diff, m);
  // (Languages' names are cleaned too: a diff revived from JSON may hold anything as a language code.)
  const out = [clean(m.across.line(a, b))];
  const side = reportSide(diff);
  if (side !== undefined) out.push(clean(side === 'new' ? m.across.report(newLabel, oldLabel) : m.across.report(oldLabel, newLabel)));
  return out;
}

/**
 * Both versions of a change across languages, each under its label and
 * language, as written: no colours of deletion or insertion (each version is
 * whole), each paragraph a line of its own so that the terminal lays out its
 * direction by itself.
 */
function bothVersions(diff: CommuniqueDiff, c: ParagraphChange, kind: string, oldLabel: string, newLabel: string, m: ReportMessages, style: (kind: 'dim', text: string) => string): string[] {
  const [a, b] = languagesOf(diff, m);
  const report = reportSide(diff);
  const out: string[] = [];
  const version = (doc: Communique, indexes: readonly number[], label: string, language: string, side: 'old' | 'new'): void => {
    out.push(`  ${style('dim', clean(m.across.side(label, language)))}`);
    if (indexes.length === 0) out.push(`    (${kind === 'left-out' && side === report ? m.across.notInReport : m.across.absent})`);
    for (const p of indexes) out.push(`    ${clean((doc.paragraphs[p]?.text ?? '').replace(/\s+/g, ' '))}`);
  };
  version(diff.old, c.old, oldLabel, a, 'old');
  version(diff.new, c.new, newLabel, b, 'new');
  return out;
}

function redline(edits: readonly TextEdit[], color: boolean, style: (kind: 'del' | 'ins' | 'cosmetic' | 'dim', text: string) => string): string {
  let s = '';
  let last: TextEdit['op'] | undefined;
  for (const e of edits) {
    const t = clean(e.text);
    // In colour, a space between a deleted and an inserted run ("20th 21st", not "20th21st").
    const apart = color && besideOther(last, e.op) ? ' ' : '';
    if (e.op === 'insert') s += apart + (color ? style('ins', t) : `{+${t}+}`);
    else if (e.op === 'delete') s += apart + (color ? style('del', t) : `[-${t}-]`);
    else if (e.oldText === undefined) s += t;
    // A word written otherwise: marked, with its old form after it.
    else for (const p of cosmeticPieces(e.text, e.oldText)) s += p.was === undefined ? clean(p.text) : `${style('cosmetic', clean(p.text))}${style('dim', `‹${clean(p.was)}›`)}`;
    last = e.op;
  }
  return s;
}
