/**
 * renderDocx: a change report as a Word file. A summary first (title, the
 * rounds, the headline, counts, commitment changes with their evidence, the
 * paragraph changes), then, after a section break, the new round as a Word
 * document with the changes from the old round as tracked changes.
 */
import { diffArrays } from 'diff';
import type { CommitmentChange } from '../../types/commitments.js';
import type { ParagraphChange } from '../../types/diff.js';
import type { CommuniqueDiff } from '../../types/pipeline.js';
import type { Communique } from '../../types/segment.js';
import type { ReportOptions } from '../../types/report.js';
import { directionOf, docDirection, placeOf } from '../blocks.js';
import { isAcross, languagesOf, leftOutItems, shownNumbers, reportSide } from '../across.js';
import { expectDiff } from '../expect.js';
import { headlineOf } from '../headline.js';
import { changeActs, countsLine, MESSAGES, plainParts, QUOTE_MARKS, reasonParts, type Part, type ReportMessages } from '../locale/index.js';
import { cosmeticList } from '../words.js';
import { resolveReportOptions, type ResolvedReportOptions } from '../options.js';
import { changeIndexOf, changeOrder, reportCounts, reportKind, visibleChanges } from '../summary.js';
import { CONTENT_TYPES, coreProperties, DOCUMENT_RELS, PACKAGE_RELS, SETTINGS, STYLES, W_NS, XML_DECLARATION } from './parts.js';
import { planParagraphs } from './plan.js';
import { escapeXml, xmlChars } from './xml.js';
import { showBidiControls } from '../html/escape.js';
import { utf8, zipStored } from './zip.js';

/** The author of every tracked change. */
export const DOCX_AUTHOR = 'communique-diff';

/** A piece of a paragraph's text: in both rounds, only in the new one, or only in the old one. */
interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** What a Word paragraph is made of. */
interface ParagraphSpec {
  /** A style of styles.xml (Normal when left out). */
  style?: 'Title' | 'Heading1' | 'Heading2' | 'Reason' | 'ChangeHead' | 'CellHead';
  /** The paragraph's direction: right-to-left paragraphs get w:bidi, and their right-to-left runs w:rtl. */
  dir: 'ltr' | 'rtl';
  /** The language of the runs written in its direction, as Word names it ("ar-SA"). */
  lang?: { tag: string; dir: 'ltr' | 'rtl' };
  /** The paragraph mark (the paragraph itself) inserted or deleted, for a paragraph written whole. */
  mark?: 'insert' | 'delete';
  /** A w:sectPr: the paragraph ends a section. */
  sectPr?: string;
  segments: Segment[];
}

// Word names proofing languages with a region; the report's rounds in other
// languages are named by their code as it is (a BCP 47 language tag).
const WORD_LANGUAGES: Readonly<Record<string, string | undefined>> = { en: 'en-GB', ar: 'ar-SA', ru: 'ru-RU', und: undefined };

// A4 with 2.5 cm margins, in twentieths of a point.
const PAGE = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>';

// Line breaks inside a paragraph (a hard-wrapped line of the text) are
// spaces in Word: comparison reads them so, and a Word paragraph rewraps.
// Form feed and vertical tab are breaks too (XML cannot hold them).
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/g;

/** Writes the tracked changes and paragraphs of one document.xml, numbering revisions from 1. */
class DocumentWriter {
  private id = 0;

  /** The opening tag of a w:ins or w:del, without w:date (optional in OOXML: the file stays the same for the same comparison). */
  private revision(tag: 'ins' | 'del', empty = false): string {
    return `<w:${tag} w:id="${++this.id}" w:author="${DOCX_AUTHOR}"${empty ? '/' : ''}>`;
  }

  private run(text: string, deleted: boolean, p: ParagraphSpec): string {
    const clean = xmlChars(text.replace(LINE_BREAK, ' '));
    if (clean === '') return '';
    const tag = deleted ? 'w:delText' : 'w:t';
    const content = clean
      .split('\t')
      .map((s) => (s === '' ? '' : `<${tag} xml:space="preserve">${escapeXml(s)}</${tag}>`))
      .join('<w:tab/>');
    const dir = directionOf(text) ?? p.dir;
    const rtl = p.dir === 'rtl' && dir === 'rtl' ? '<w:rtl/>' : '';
    const lang = p.lang && p.lang.dir === dir ? `<w:lang ${dir === 'rtl' ? 'w:bidi' : 'w:val'}="${escapeXml(p.lang.tag)}"/>` : '';
    return `<w:r>${rtl || lang ? `<w:rPr>${rtl}${lang}</w:rPr>` : ''}${content}</w:r>`;
  }

  /** One w:p. A stretch of changed segments is written as its deletions, then its insertions. */
  paragraph(p: ParagraphSpec): string {
    let body = '';
    let deleted = '';
    let inserted = '';
    const flush = (): void => {
      const del = deleted === '' ? '' : this.run(deleted, true, p);
      if (del !== '') body += `${this.revision('del')}${del}</w:del>`;
      const ins = inserted === '' ? '' : this.run(inserted, false, p);
      if (ins !== '') body += `${this.revision('ins')}${ins}</w:ins>`;
      deleted = inserted = '';
    };
    for (const s of p.segments) {
      if (s.op === 'delete') deleted += s.text;
      else if (s.op === 'insert') inserted += s.text;
      else {
        flush();
        body += this.run(s.text, false, p);
      }
    }
    flush();
    const rtl = p.dir === 'rtl';
    const markRPr = `${p.mark ? this.revision(p.mark === 'insert' ? 'ins' : 'del', true) : ''}${rtl ? '<w:rtl/>' : ''}`;
    const pPr = `${p.style ? `<w:pStyle w:val="${p.style}"/>` : ''}${rtl ? '<w:bidi/>' : ''}${markRPr ? `<w:rPr>${markRPr}</w:rPr>` : ''}${p.sectPr ?? ''}`;
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
  }
}

/** A paragraph of the summary: in the direction of its letters, or of the interface language for the report's own lines. */
function said(text: string, style?: ParagraphSpec['style'], dir: 'ltr' | 'rtl' = directionOf(text) ?? 'ltr'): ParagraphSpec {
  // Bidi controls of the input shown as "[U+202E]", as the other reports do: the summary cannot be reordered by them.
  const shown = showBidiControls(text);
  return { ...(style ? { style } : {}), dir, segments: [{ op: 'equal', text: shown }] };
}



/** The direction of a round's paragraph, and the round's language for the runs in the round's direction. */
function voice(doc: Communique, text: string): Pick<ParagraphSpec, 'dir' | 'lang'> {
  const own = docDirection(doc);
  const tag = Object.hasOwn(WORD_LANGUAGES, doc.lang) ? WORD_LANGUAGES[doc.lang] : doc.lang;
  return { dir: directionOf(text) ?? own, ...(tag ? { lang: { tag, dir: own } } : {}) };
}

const SPACE = /^\s+$/;

/**
 * An equal run that the old round writes otherwise (digits, diacritics,
 * aliases): the words written differently as a deletion of the old form and
 * an insertion of the new one, the rest as it is (whitespace counts as the same).
 */
function rewritten(oldText: string, text: string): Segment[] {
  const same = (a: string, b: string): boolean => a === b || (SPACE.test(a) && SPACE.test(b));
  return diffArrays(oldText.split(/(\s+)/), text.split(/(\s+)/), { comparator: same }).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value.join('') }));
}

/** A paragraph of a round with its label ("1. …"), as one piece of text. */
function labelled(doc: Communique, index: number): string {
  const p = doc.paragraphs[index];
  if (!p) return '';
  return p.label ? `${p.label} ${p.text}` : p.text;
}

function commitmentLines(diff: CommuniqueDiff, c: CommitmentChange, n: number, o: ResolvedReportOptions): ParagraphSpec[] {
  const m = MESSAGES[o.locale];
  const slots = c.slots.length > 0 ? ` · ${c.slots.map((s) => m.slots[s] ?? s).join(m.comma)}` : '';
  const at = changeIndexOf(diff, c);
  const change = at >= 0 ? diff.alignment[at] : undefined;
  const place = change ? ` — ${placeOf(diff, change, o.oldLabel, o.newLabel, arrow(m))}` : '';
  const reasons = c.evidence.map((e) => said(wordText(reasonParts(m, e), QUOTE_MARKS[o.locale], m), 'Reason', m.dir));
  // The commitment's words on each side, marked − (old) and + (new), in their own direction.
  const quotes: ParagraphSpec[] = [];
  if (c.old && c.kind !== 'added') quotes.push(said(`− ${c.old.text.replace(/\s+/g, ' ')}`, 'Reason'));
  if (c.new && c.kind !== 'dropped') quotes.push(said(`+ ${c.new.text.replace(/\s+/g, ' ')}`, 'Reason'));
  return [said(`${n}. ${m.commitmentKinds[c.kind] ?? c.kind}: ${changeActs(m, c)} (${m.signed(c.delta)})${slots}${place}`, undefined, m.dir), ...quotes, ...reasons];
}

/** Worded parts as Word text: quotations in the interface language's marks, without isolate controls (Word lays out each run by its letters). */
const wordText = (parts: readonly Part[], marks: readonly [string, string], m: ReportMessages): string => plainParts(parts, marks, undefined, { after: mark(m) });

// Word text has no isolates: a mark of the interface's direction (U+200E LEFT-TO-RIGHT MARK,
// U+200F RIGHT-TO-LEFT MARK) after a quotation and around an arrow keeps two pieces in another
// script on their own sides of it (Unicode bidi rule N1), old before new.
const mark = (m: ReportMessages): string => (m.dir === 'rtl' ? '\u200f' : '\u200e');
const arrow = (m: ReportMessages): string => `${mark(m)}${m.arrow}${mark(m)}`;

/** The words written differently but not changed, old form → new form. */
function cosmeticLines(diff: CommuniqueDiff, m: ReportMessages): ParagraphSpec[] {
  const list = cosmeticList(diff);
  if (list.length === 0) return [];
  return [said(m.text.cosmeticHeading, 'Heading2', m.dir), ...list.map(({ was, now, times }) => said(`${was} ${arrow(m)} ${now}${times > 1 ? ` (${m.times(times)})` : ''}`, undefined, m.dir))];
}

function summary(diff: CommuniqueDiff, o: ResolvedReportOptions): ParagraphSpec[] {
  const m = MESSAGES[o.locale];
  const counts = reportCounts(diff);
  const across = isAcross(diff);

  const changes = changeOrder(diff.commitments);
  const shown = visibleChanges(diff, o);
  const out: ParagraphSpec[] = [
    said(o.title, 'Title'),
    said(`${o.oldLabel} ${arrow(m)} ${o.newLabel}`, undefined, m.dir),
    ...(across ? acrossLines(diff, o, m) : []),
    said(wordText(headlineOf(diff, o.locale), QUOTE_MARKS[o.locale], m), undefined, m.dir),
    said(m.text.summary, 'Heading2', m.dir),
    said(`${m.paragraphCount(diff.old.paragraphs.length, diff.new.paragraphs.length)}: ${countsLine(counts.paragraphs, m.kinds, m)}`, undefined, m.dir),
    ...(diff.redlineOnly === true ? [] : [said(`${m.text.commitments}: ${countsLine(counts.commitments, m.commitmentKinds, m)}`, undefined, m.dir)]),
    said(m.text.commitmentChanges, 'Heading2', m.dir),
    ...(diff.redlineOnly === true
      ? [said(m.text.commitmentsNotCompared, undefined, m.dir)]
      : changes.length === 0
        ? [said(m.text.noCommitmentChange, undefined, m.dir)]
        : changes.flatMap((c, i) => commitmentLines(diff, c, i + 1, o))),
    ...leftOutLines(diff, m),
    ...cosmeticLines(diff, m),
    said(m.text.paragraphs, 'Heading2', m.dir),
    ...shown.map(({ change: c, index }) => said(changeLine(diff, c, index, o, m), undefined, m.dir)),
    said(across ? m.across.tableNote(o.oldLabel, o.newLabel) : m.trackedNote(o.oldLabel, o.newLabel), undefined, m.dir),
  ];
  return out;
}

/** A paragraph change in one line: its kind (an item a press report leaves out as such), where it is, and across languages the numbers apart. */
function changeLine(diff: CommuniqueDiff, c: ParagraphChange, index: number, o: ResolvedReportOptions, m: ReportMessages): string {
  const facts = c.relabeled ? ` · ${m.text.renumbered}` : '';
  const kind = reportKind(diff, c, index);
  const n = shownNumbers(c);
  const numbers = n ? ` · ${m.across.numbers}: ${n.old.join(m.comma) || '—'} ${arrow(m)} ${n.new.join(m.comma) || '—'}${mark(m)}` : '';
  return `${m.kinds[kind] ?? kind} — ${placeOf(diff, c, o.oldLabel, o.newLabel, arrow(m))}${facts}${numbers}`;
}

/** The lines under the rounds' names across languages: that the comparison is one, and which version reports which. */
function acrossLines(diff: CommuniqueDiff, o: ResolvedReportOptions, m: ReportMessages): ParagraphSpec[] {
  const [a, b] = languagesOf(diff, m);
  const out = [said(m.across.line(a, b), undefined, m.dir)];
  const side = reportSide(diff);
  if (side !== undefined) out.push(said(side === 'new' ? m.across.report(o.newLabel, o.oldLabel) : m.across.report(o.oldLabel, o.newLabel), undefined, m.dir));
  return out;
}

/** The items a press report leaves out, by their first words, under a heading; none without a report. */
function leftOutLines(diff: CommuniqueDiff, m: ReportMessages): ParagraphSpec[] {
  const items = leftOutItems(diff);
  if (items.length === 0) return [];
  return [
    said(m.across.leftOutHeading, 'Heading2', m.dir),
    ...items.map(({ doc, names, text }) => said(`${names}${mark(m)} ${text}`, 'Reason', directionOf(text) ?? docDirection(doc))),
  ];
}

// The table of the two versions: A4 less its margins, in twentieths of a point, in two equal columns.
const COLUMN = 4535;
const BORDER = '<w:top w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/><w:left w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>\
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/><w:right w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>\
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>';

/**
 * Across languages, the document after the summary: for each paragraph
 * change (all of them, as the tracked document holds every paragraph), a
 * line with its kind, place and numbers apart, then a table of two columns,
 * the old version and the new, each cell's paragraphs in their own
 * direction and language. The table runs in the interface's direction
 * (w:bidiVisual in a right-to-left report: the old version on the right).
 */
function sideBySide(diff: CommuniqueDiff, o: ResolvedReportOptions, w: DocumentWriter): string {
  const m = MESSAGES[o.locale];
  const [a, b] = languagesOf(diff, m);
  const report = reportSide(diff);
  const cell = (content: string): string => `<w:tc><w:tcPr><w:tcW w:w="${COLUMN}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const side = (doc: Communique, indexes: readonly number[], kind: string, which: 'old' | 'new'): string => {
    if (indexes.length === 0) return w.paragraph(said(kind === 'left-out' && which === report ? m.across.notInReport : m.across.absent, 'CellHead', m.dir));
    return indexes.map((i) => {
      const text = labelled(doc, i);
      return w.paragraph({ ...voice(doc, text), segments: [{ op: 'equal', text }] });
    }).join('');
  };
  const tables = diff.alignment.map((c, index) => {
    const kind = reportKind(diff, c, index);
    const head = w.paragraph(said(changeLine(diff, c, index, o, m), 'ChangeHead', m.dir));
    const labels = `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(w.paragraph(said(m.across.side(o.oldLabel, a), 'CellHead', m.dir)))}${cell(w.paragraph(said(m.across.side(o.newLabel, b), 'CellHead', m.dir)))}</w:tr>`;
    const texts = `<w:tr>${cell(side(diff.old, c.old, kind, 'old'))}${cell(side(diff.new, c.new, kind, 'new'))}</w:tr>`;
    return `${head}<w:tbl><w:tblPr>${m.dir === 'rtl' ? '<w:bidiVisual/>' : ''}<w:tblW w:w="${2 * COLUMN}" w:type="dxa"/><w:tblBorders>${BORDER}</w:tblBorders><w:tblLayout w:type="fixed"/>\
<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>\
<w:tblGrid><w:gridCol w:w="${COLUMN}"/><w:gridCol w:w="${COLUMN}"/></w:tblGrid>${labels}${texts}</w:tbl>`;
  });
  // A table cannot end the body: Word ends a document with a paragraph.
  return `${tables.join('')}<w:p/>`;
}

/** The tracked document: the new round, with every change from the old round tracked. */
function tracked(diff: CommuniqueDiff): ParagraphSpec[] {
  const plan = planParagraphs(diff);
  return plan.map((item, k): ParagraphSpec => {
    // The last paragraph mark of a document cannot be deleted or inserted (Word keeps it).
    const last = k === plan.length - 1;
    if (item.kind === 'old') {
      const text = labelled(diff.old, item.index);
      return { ...voice(diff.old, text), ...(last ? {} : { mark: 'delete' }), segments: [{ op: 'delete', text }] };
    }
    if (item.kind === 'new') {
      const text = labelled(diff.new, item.index);
      return { ...voice(diff.new, text), ...(last ? {} : { mark: 'insert' }), segments: [{ op: 'insert', text }] };
    }
    const oldLabel = diff.old.paragraphs[item.old]?.label;
    const newLabel = diff.new.paragraphs[item.new]?.label;
    const segments: Segment[] = [];
    if (oldLabel === newLabel) {
      if (newLabel) segments.push({ op: 'equal', text: `${newLabel} ` });
    } else {
      if (oldLabel) segments.push({ op: 'delete', text: `${oldLabel} ` });
      if (newLabel) segments.push({ op: 'insert', text: `${newLabel} ` });
    }
    for (const e of item.change.edits) {
      // Text written otherwise in the old round (digits, diacritics, aliases) is a change in Word, or rejecting would not give the old text.
      if (e.op === 'equal' && e.oldText !== undefined && e.oldText !== e.text) segments.push(...rewritten(e.oldText, e.text));
      else segments.push({ op: e.op, text: e.text });
    }
    return { ...voice(diff.new, diff.new.paragraphs[item.new]?.text ?? ''), segments };
  });
}

/**
 * Render a comparison as a Word file (.docx). The first section is the
 * summary: the title, the two rounds' names, the headline, counts by kind,
 * the commitment changes (in report order, with their evidence and where
 * they are) and the paragraph changes. After a section break comes the new
 * round as a Word document with the changes from the old round as tracked
 * changes by the author "communique-diff": accepting all of them gives the
 * new round's paragraphs, rejecting all of them the old round's. Word edits
 * are tracked inside a paragraph; a moved paragraph, and the sides of a split
 * or merge, are deleted where they stood and inserted where they stand.
 * Arabic paragraphs are right-to-left. Across languages (`crossLanguage`),
 * where tracked changes would mean nothing, the summary says so (and lists
 * the items a press report leaves out), and the second section holds, for
 * each paragraph change, a table of two columns — the old version and the
 * new, each cell in its own language's direction (w:bidi, w:rtl runs) —
 * under a line with the change's kind and the numbers one side lacks. The
 * options that hide paragraphs apply to the summary only: the tracked
 * document (or the tables) always holds every paragraph. The same
 * comparison and options always give the same bytes.
 *
 * @param diff - A result of {@link diffCommuniques}.
 * @param options - Titles, the report's language and what the summary hides; see {@link ReportOptions}.
 * @returns The bytes of the .docx file (a ZIP archive).
 * @throws TypeError when `diff` is not a result of diffCommuniques, or an option has the wrong type or is unknown.
 * @throws RangeError when an option has a value that is not allowed.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { diffCommuniques, renderDocx } from 'communique-diff';
 *
 * const diff = diffCommuniques(round20, round21);
 * writeFileSync('round-21-changes.docx', renderDocx(diff, { oldLabel: 'Round 20', newLabel: 'Round 21' }));
 * ```
 * @category Reports
 */
export function renderDocx(diff: CommuniqueDiff, options?: ReportOptions): Uint8Array {
  expectDiff(diff);
  const o = resolveReportOptions(options);
  const w = new DocumentWriter();
  const first = summary(diff, o);
  const lastOfSummary = first[first.length - 1] as ParagraphSpec;
  lastOfSummary.sectPr = `<w:sectPr>${PAGE}</w:sectPr>`;
  const across = isAcross(diff);
  let content: string;
  if (across) content = first.map((p) => w.paragraph(p)).join('') + sideBySide(diff, o, w);
  else {
    const body = tracked(diff);
    // An empty section still needs a paragraph.
    content = [...first, ...body].map((p) => w.paragraph(p)).join('') + (body.length === 0 ? '<w:p/>' : '');
  }
  // Across languages the second section is laid out in the report's direction (its tables run so), else in the new round's.
  const rtl = (across ? MESSAGES[o.locale].dir : docDirection(diff.new)) === 'rtl' ? '<w:bidi/>' : '';
  // The body's last w:sectPr is the second section's.
  const document = `${XML_DECLARATION}<w:document xmlns:w="${W_NS}"><w:body>${content}\
<w:sectPr><w:type w:val="nextPage"/>${PAGE}${rtl}</w:sectPr></w:body></w:document>`;
  return zipStored([
    { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: utf8(PACKAGE_RELS) },
    { name: 'docProps/core.xml', data: utf8(coreProperties(o.title)) },
    { name: 'word/_rels/document.xml.rels', data: utf8(DOCUMENT_RELS) },
    { name: 'word/document.xml', data: utf8(document) },
    { name: 'word/styles.xml', data: utf8(STYLES) },
    { name: 'word/settings.xml', data: utf8(SETTINGS) },
  ]);
}
