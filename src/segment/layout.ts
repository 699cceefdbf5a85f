/**
 * Layout lines of a text: page numbers, running headers and page breaks of a
 * document copied out of a PDF, and the furniture of a news page copied as
 * text. They are found line by line, before paragraphs are made.
 */
import type { LanguagePack } from '../languages/types.js';
import { HEADER_MAX, HEADER_REPEATS, HEADER_SPACING, HEADLINE_MAX, LAYOUT_LINE_MAX, LAYOUT_REACH, WRAP_MIN, WRAPPED_LINE } from '../params.js';
import type { LayoutKind } from '../types/segment.js';
import { CASED_START, endsSentence, LOWER_START, startsWithLabel, visibleLength, type Line } from './lines.js';

// Page numbers in any language: "2", "- 2 -", "— 2 —", "2/3", "[2]". Three
// digits at most: a year alone on a line ("2024") is not a page number.
const PAGE_NUMBER = [/^\d{1,3}$/, /^[-–—] ?\d{1,3} ?[-–—]$/, /^\d{1,3} ?\/ ?\d{1,3}$/, /^\[\d{1,3}\]$/];
// A UN document symbol alone on a line ("S/2024/123", "A/HRC/55/64"): the
// running header of UN documents (their symbol is printed on every page).
const DOCUMENT_SYMBOL = /^[A-Z]{1,4}(?:\/[A-Z0-9.]{1,12}){1,5}$/;
const DIGIT = /\d/;
// UN documents' job number and its barcode, printed on every page's foot: "24-01234 (E)",
// "GE.24-01234", "*2401234*", with the processing dates after it.
const JOB_NUMBER = [/^(?:[a-z]{1,3}\.\d{2}-\d{4,6}|\d{2}-\d{4,6} \([a-z]\))(?: \d{6}){0,2}$/, /^\*\d{7}\*$/];
// A date with a time in any language: a line of a few words with a four-digit year and an hh:mm
// ("24 Jan 2024 | 14:05 GMT", «24.01.2024 - 14:05»): when a story was published.
// It starts with the date's digits: "Astana, 24 January 2024, 10:00" closes a statement.
const DATE_TIME = /^(?=\d)(?=.*\b(?:19|20)\d\d\b)(?=.*\b\d{1,2}:\d\d\b)(?!.*[.!?؟](?:\s|$)).{6,48}$/u;
// A news agency's credit at a caption's end: "(AFP)", "/ Reuters", «(سانا)», «(ТАСС)».
// Only after a slash, a bar or a dash ("(IRNA)" after the agency's name is text).
const CREDIT = /[/|—] ?(?:afp|reuters|ap|getty images|anadolu|sana|irna|tass|ria novosti|سانا|إرنا|الأناضول|риа новости|тасс)$/u;
// A page number or a document symbol is a short line: "Page 12 of 300", «الصفحة ١٢ من ٣٠٠», "A/HRC/55/64".
const PAGE_LINE_MAX = 40;
const CLAUSE_END = /[.,;:؛،]/u;

// What a layout key leaves out: tashkeel and other marks, tatweel, soft hyphens, and invisible
// format characters (bidi marks, zero-width spaces, the BOM).
const UNKEYED = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const SPACES = /\s+/g;

/** A line as layout patterns read it: lower case, ASCII digits, no tatweel, tashkeel, combining accents or invisible marks, single spaces. */
export function layoutKey(text: string): string {
  let t = text.replace(UNKEYED, '');
  // Arabic-Indic and Persian digits as ASCII digits.
  if (EASTERN_DIGIT.test(t)) t = t.replace(EASTERN_DIGITS, (d) => String.fromCharCode(48 + ((d.charCodeAt(0) - 0x0660) % 0x90)));
  return t.replace(SPACES, ' ').trim().toLowerCase();
}

// An embedded social-media post in any language: its link, or its signature line
// ("— Name (@handle) January 24, 2024", as X/Twitter's embed code writes it).
const SOCIAL = [/(?:^|[\s/(])(?:pic\.twitter\.com|t\.co|x\.com\/\w+\/status|twitter\.com\/\w+\/status|t\.me|instagram\.com\/p)\/\S*$/, /^— ?.{1,60} \(@\w{1,30}\) .{0,40}$/u, /^@\w{1,30}$/];

/** Whether a layout kind is a news page's furniture, as against a document's page furniture (numbers, headers, breaks). */
export function isPressKind(kind: LayoutKind | undefined): boolean {
  return kind !== undefined && kind !== 'page-number' && kind !== 'running-header' && kind !== 'page-break';
}

/** The kind of a line found by itself (page number, document symbol, furniture), or undefined. */
function lineKind(key: string, raw: string, packs: readonly LanguagePack[]): LayoutKind | undefined {
  if (PAGE_NUMBER.some((re) => re.test(key))) return 'page-number';
  if ((DOCUMENT_SYMBOL.test(raw) && DIGIT.test(raw)) || JOB_NUMBER.some((re) => re.test(key))) return 'running-header';
  for (const pack of packs) {
    const layout = pack.layout;
    if (!layout) continue;
    if (layout.pageNumbers.some((re) => re.test(key))) return 'page-number';
  }
  return undefined;
}

/** The furniture patterns of a set of packs, in order, and tests that reject a line none of them matches. */
interface Furniture {
  patterns: ReadonlyArray<readonly [LayoutKind, RegExp]>;
  /**
   * The patterns of each set of flags joined into one alternation: most lines are text, and one
   * test rejects them. Undefined when a pattern is global or sticky: testing it twice would not
   * give the same answer (its lastIndex moves), so the patterns are tried one by one.
   */
  any: readonly RegExp[] | undefined;
}
// Flattened once per set of packs.
const compiled = new WeakMap<readonly LanguagePack[], Furniture>();

function furnitureOf(packs: readonly LanguagePack[]): Furniture {
  let f = compiled.get(packs);
  if (!f) {
    const patterns = packs.flatMap((pack) => Object.entries(pack.layout?.furniture ?? {}).flatMap(([kind, res]) => (res ?? []).map((re) => [kind as LayoutKind, re] as const)));
    const byFlags = new Map<string, string[]>();
    // A pattern with a back-reference or a named group (two with one name cannot be joined) is
    // tested alone, as are all of a set of flags if joining them fails.
    const alone: RegExp[] = [];
    for (const [, re] of patterns) {
      if (/\\[1-9]|\\k<|\(\?<[^=!]/.test(re.source)) alone.push(re);
      else byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), re.source]);
    }
    const joined = [...byFlags].flatMap(([flags, sources]): RegExp[] => {
      try {
        return [new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags)];
      } catch {
        return sources.map((s) => new RegExp(s, flags));
      }
    });
    f = { patterns, any: patterns.some(([, re]) => re.global || re.sticky) ? undefined : [...joined, ...alone] };
    compiled.set(packs, f);
  }
  return f;
}

function furnitureKind(key: string, packs: readonly LanguagePack[]): LayoutKind | undefined {
  // Every SOCIAL pattern holds a "/" (a link) or an "@" (a handle): a line without either is none.
  if ((key.includes('/') || key.includes('@')) && SOCIAL.some((re) => re.test(key))) return 'social';
  // The cheap tests first: DATE_TIME takes 48 characters at most (96 code units), and its
  // look-aheads and CREDIT's search read the whole line.
  if (key.length <= 96 && DATE_TIME.test(key) && key.split(' ').length <= 8) return 'dateline';
  if (key.length <= 160 && CREDIT.test(key)) return 'caption';
  const { patterns, any } = furnitureOf(packs);
  if (any && !any.some((re) => re.test(key))) return undefined;
  for (const [kind, re] of patterns) if (re.test(key)) return kind;
  return undefined;
}

/**
 * Whether a byline names people as a byline does: no sentence's end, and in a
 * cased script most words after the first capitalised ("By Our Diplomatic
 * Correspondent", not "By the guarantors of the Astana format").
 */
function namesPeople(raw: string): boolean {
  if (/[.!?؟]$/u.test(raw)) return false;
  const words = raw.split(/[\s:：]+/u).slice(1).filter((w) => /\p{L}/u.test(w));
  const cased = words.filter((w) => /^[\p{Lu}\p{Ll}]/u.test(w));
  if (cased.length === 0) return true;
  return cased.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > cased.length;
}

/**
 * The layout kind of each line (undefined for text and blank lines), and the
 * offsets of form feeds (page breaks). A line is layout:
 * - a page number, by its form, wherever it stands;
 * - a running header or footer: a line repeated (numbers aside) next to page
 *   numbers or page breaks, or repeated `HEADER_REPEATS` times; or a UN
 *   document symbol on its own line;
 * - press furniture, by the packs' patterns, when it stands alone: not in
 *   the middle of a sentence that runs on from the line before or onto the
 *   next one;
 * - a headline: the first line of a text whose next lines are a byline or a dateline.
 */
export function findLayout(source: string, lines: readonly Line[], packs: readonly LanguagePack[], widthOf: (l: Line) => number = (l) => visibleLength(source, l)): { kinds: Array<LayoutKind | undefined>; breaks: number[] } {
  const kinds: Array<LayoutKind | undefined> = lines.map(() => undefined);
  const breaks: number[] = [];
  for (let i = source.indexOf('\f'); i >= 0; i = source.indexOf('\f', i + 1)) breaks.push(i);
  const text = lines.map((l, k) => (l.end > l.start ? k : -1)).filter((k) => k >= 0);
  if (text.length < 2 && breaks.length === 0) return { kinds, breaks };
  // Each line's length once; only short lines can be layout, so only they are keyed, when
  // first needed: page numbers and symbols are short, headers shorter than HEADER_MAX.
  // (By line index, in arrays: Maps of numbers were a good part of this pass's time.)
  const length = new Float64Array(lines.length);
  const keys: Array<string | undefined> = new Array<string | undefined>(lines.length);
  const keyOf = (k: number): string => {
    let key = keys[k];
    if (key === undefined) {
      const l = lines[k] as Line;
      keys[k] = key = layoutKey(source.slice(l.start, l.end));
    }
    return key;
  };
  for (const k of text) {
    const l = lines[k] as Line;
    const n = l.end - l.start > 4 * LAYOUT_LINE_MAX ? Infinity : widthOf(l);
    length[k] = n;
    if (n <= PAGE_LINE_MAX) kinds[k] = lineKind(keyOf(k), source.slice(l.start, l.end), packs);
  }
  const lengthOf = (k: number): number => length[k] as number;

  // Running headers and footers: the same line, numbers aside, at page boundaries — next
  // to a page number or a page break, or to a line already found to be a header (a symbol
  // above a title, a job number under it), up to LAYOUT_REACH lines away.
  const pageBoundary = (pos: number): boolean => {
    const k = text[pos];
    if (k === undefined) return false;
    if (kinds[k] === 'page-number' || kinds[k] === 'running-header') return true;
    const prev = text[pos - 1];
    return prev !== undefined && breaks.some((b) => b >= (lines[prev] as Line).end && b < (lines[k] as Line).start);
  };
  const nearBoundary = (pos: number): boolean => pageBoundary(pos) || pageBoundary(pos - 1) || pageBoundary(pos + 1);
  // The text's first and last lines are at a page's edge too (the first page's header, the last page's footer).
  const atEdge = (pos: number): boolean => pos <= 0 || pos >= text.length - 1;
  const groups = new Map<string, number[]>();
  text.forEach((k, pos) => {
    if (kinds[k] !== undefined) return;
    const l = lines[k] as Line;
    // A header is a title or a symbol: no sentence's or clause's end ("Syria." ending an item is text).
    if (lengthOf(k) > HEADER_MAX || startsWithLabel(source, l) || CLAUSE_END.test(source.slice(l.end - 1, l.end))) return;
    const key = keyOf(k).replace(/\d+/g, '#');
    const group = groups.get(key);
    if (group) group.push(pos);
    else groups.set(key, [pos]);
  });
  for (let round = 0; round < LAYOUT_REACH; round++) {
    for (const group of groups.values()) {
      if (group.length < 2 || kinds[text[group[0] as number] as number] !== undefined) continue;
      // Without page numbers: repeated at page-like intervals, as a header copied with every page.
      // Identical lines only: numbered headings ("Article 1", "Article 2") are text.
      const same = group.every((pos) => keyOf(text[pos] as number) === keyOf(text[group[0] as number] as number));
      const spaced = same && group.length >= HEADER_REPEATS && group.every((pos, i) => i === 0 || pos - (group[i - 1] as number) >= HEADER_SPACING);
      const paged = group.some(nearBoundary) && group.every((pos) => nearBoundary(pos) || atEdge(pos));
      if (paged || spaced) for (const pos of group) kinds[text[pos] as number] = 'running-header';
    }
  }

  // A header printed once (a document of two pages): in a cased script, a capitalised line
  // between a page number and a line that goes on in lower case the sentence the page broke.
  text.forEach((k, pos) => {
    const before = text[pos - 1];
    const after = text[pos + 1];
    const broken = text[pos - 2];
    if (kinds[k] !== undefined || before === undefined || after === undefined || broken === undefined || kinds[before] !== 'page-number' || kinds[broken] !== undefined) return;
    const l = lines[k] as Line;
    const a = lines[after] as Line;
    if (lengthOf(k) > HEADER_MAX || startsWithLabel(source, l) || endsSentence(source, lines[broken] as Line)) return;
    if (CASED_START.test(source.slice(l.start, l.start + 2)) && LOWER_START.test(source.slice(a.start, a.start + 2))) kinds[k] = 'running-header';
  });

  // Press furniture: a line standing alone that a pack's patterns recognise — not the
  // middle of a sentence: after a line that runs on into it (no sentence's end, and the
  // line goes on in lower case, or in a script without case the line before is full), or
  // before a line that goes on in lower case.
  // (A typed array sorts numbers without a comparator call per step.)
  const lengths = Float64Array.from(text, lengthOf).sort();
  const usual = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  let prev: number | undefined;
  text.forEach((k, pos) => {
    if (kinds[k] !== undefined) return;
    const l = lines[k] as Line;
    const start = source.slice(l.start, l.start + 2);
    // Blank lines between do not matter: a blank line is no evidence either way.
    const before = prev !== undefined ? (lines[prev] as Line) : undefined;
    const runsOn = before !== undefined && !endsSentence(source, before) && (LOWER_START.test(start) || (!CASED_START.test(start) && lengthOf(prev as number) >= WRAPPED_LINE * usual));
    const next = text[pos + 1];
    // A full line in mid-sentence right before the next is a wrapped line, whatever its first word.
    const wrapped = usual >= WRAP_MIN && next === k + 1 && !endsSentence(source, l) && lengthOf(k) >= WRAPPED_LINE * usual;
    const goesOn = (next !== undefined && LOWER_START.test(source.slice((lines[next] as Line).start, (lines[next] as Line).start + 2)));
    // Furniture is short, or a long line that ends no sentence (a "read also" with a story's title).
    const candidate = lengthOf(k) <= LAYOUT_LINE_MAX && (lengthOf(k) <= HEADER_MAX || !endsSentence(source, l));
    if (candidate && !runsOn && !goesOn && !startsWithLabel(source, l)) {
      const kind = furnitureKind(keyOf(k), packs);
      // A full line that runs on is text, whatever its first words — unless it says what it is
      // ("Read also: …" as wide as the text's lines); a byline must name people.
      kinds[k] = (wrapped && kind !== 'read-also') || (kind === 'byline' && !namesPeople(source.slice(l.start, l.end))) ? undefined : kind;
    }
    if (kinds[k] === undefined) prev = k;
  });

  // A headline: the first line of the text, when a byline or dateline follows within a few lines.
  const first = text.find((k) => kinds[k] === undefined);
  if (first !== undefined) {
    const l = lines[first] as Line;
    const after = text.filter((k) => k > first).slice(0, LAYOUT_REACH + 1);
    // A byline, or a dateline on a page that has other press furniture (a date alone is no evidence).
    const press = kinds.some((x) => isPressKind(x) && x !== 'dateline' && x !== 'byline');
    const credited = after.some((k) => kinds[k] === 'byline' || (kinds[k] === 'dateline' && press));
    if (credited && !startsWithLabel(source, l) && lengthOf(first) <= HEADLINE_MAX && !/[.]$/.test(source.slice(l.start, l.end))) kinds[first] = 'headline';
  }
  return { kinds, breaks };
}
