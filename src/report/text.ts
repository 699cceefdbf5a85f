/**
 * renderText: a change report for a terminal, like `git diff --word-diff`:
 * the headline and the commitment changes first, then the paragraphs that
 * changed, with deleted words red and struck through and inserted words
 * green and underlined (or, without colour, `[-deleted-]{+inserted+}`).
 */
import type { CommitmentChange } from '../types/commitments.js';
import type { TextEdit } from '../types/diff.js';
import type { CommuniqueDiff } from '../types/pipeline.js';
import type { ReportOptions } from '../types/report.js';
import { expectOptionsObject } from '../util/validate.js';
import { showBidiControls } from './html/escape.js';
import { bool } from './options.js';
import { placeOf } from './blocks.js';
import { expectDiff } from './expect.js';
import { headlineOf } from './headline.js';
import { changeActs, countsLine, MESSAGES, plainParts, QUOTE_MARKS, reasonParts, type Part } from './locale/index.js';
import { resolveReportOptions } from './options.js';
import { changeOrder, countKinds, shownKind, visibleChanges } from './summary.js';
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
 * `git diff --word-diff=plain` does. Control characters of the input are
 * shown as symbols, never sent to the terminal.
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
  const out: string[] = [style('bold', clean(o.title)), `${clean(o.oldLabel)} ${m.arrow} ${clean(o.newLabel)} · ${m.paragraphCount(diff.old.paragraphs.length, diff.new.paragraphs.length)}`, '', words(headlineOf(diff, o.locale)), ''];

  const counts = countKinds(diff);
  out.push(`${m.text.paragraphs}: ${countsLine(counts.paragraphs, m.kinds, m)}`, `${m.text.commitments}: ${countsLine(counts.commitments, m.commitmentKinds, m)}`, '');

  const changes = changeOrder(diff.commitments);
  out.push(style('bold', m.text.commitmentChanges));
  if (changes.length === 0) out.push(m.text.noCommitmentChange);
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

  const cosmetic = cosmeticList(diff);
  if (cosmetic.length > 0) {
    out.push(style('bold', m.text.cosmeticHeading));
    for (const { was, now, times } of cosmetic) out.push(`  ${clean(was)} ${m.arrow} ${clean(now)}${times > 1 ? ` (${m.times(times)})` : ''}`);
    out.push('');
  }

  out.push(style('bold', m.text.paragraphs));
  for (const { change } of visibleChanges(diff, o)) {
    const kind = shownKind(change);
    out.push(style('dim', `${m.kinds[kind] ?? kind} · ${clean(placeOf(diff, change, o.oldLabel, o.newLabel, m.arrow))}`));
    out.push(redline(change.edits, color, style), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
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
