/** The report's words in English. */
import type { CommitmentChange, Evidence } from '../../types/commitments.js';
import { signed } from '../../util/format.js';
import { headlineKinds } from './kinds.js';
import type { HeadlineCounts, ReportMessages } from './types.js';

// Numbers up to nine in words, as English style guides (Chicago 9.2, AP) write them in running text.
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const count = (n: number): string => WORDS[n] ?? String(n);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const list = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

const SLOTS: Record<string, string> = {
  act: 'act',
  negation: 'negation',
  condition: 'condition',
  modality: 'modality',
  urgency: 'urgency',
  scope: 'scope',
  booster: 'emphasis',
  hedge: 'hedge',
  speaker: 'speaker',
  addressee: 'addressee',
  object: 'subject',
};

const LAYOUT: Record<string, string> = {
  'page-number': 'page number',
  'running-header': 'running header',
  'page-break': 'page break',
  headline: 'headline',
  dateline: 'dateline',
  byline: 'byline',
  caption: 'caption',
  'read-also': '“read also” line',
  social: 'social media embed',
  share: 'share line',
  tags: 'tag line',
  footer: 'footer',
  advertisement: 'advertisement',
};

function reason(e: Evidence, q: (text: string) => string, act: (name: string) => string): string {
  switch (e.kind) {
    case 'new':
      return `new: ${act(e.act)} ${q(e.actText)}, strength ${e.strength}`;
    case 'gone':
      return `gone: ${act(e.act)} ${q(e.actText)}, strength ${e.strength}`;
    case 'act':
      return `${e.slot === 'act' ? 'act' : 'modality'} ${q(e.old.text)} (${act(e.old.act)}) → ${q(e.new.text)} (${act(e.new.act)}): ${signed(e.delta)}`;
    case 'marker': {
      const slot = SLOTS[e.slot] ?? e.slot;
      if (e.old !== undefined && e.new !== undefined) return `${slot} ${q(e.old)} → ${q(e.new)}: ${signed(e.delta)}`;
      return e.old !== undefined ? `${slot} ${q(e.old)} removed: ${signed(e.delta)}` : `${slot} ${q(e.new ?? '')} added: ${signed(e.delta)}`;
    }
    case 'speaker':
      return `speaker ${e.old === undefined ? 'the parties' : q(e.old)} → ${e.new === undefined ? 'the parties' : q(e.new)}: ${signed(e.delta)}`;
    case 'addressee':
      return `addressed to ${q(e.old)} → ${q(e.new)}`;
    case 'wording':
      if (e.old !== undefined && e.new !== undefined) return `words ${q(e.old)} → ${q(e.new)}`;
      return e.old !== undefined ? `words ${q(e.old)} removed` : `words ${q(e.new ?? '')} added`;
    case 'punctuation':
      return 'only punctuation changed';
    case 'strength': {
      const both = e.shared.length > 0 ? `; both with ${e.shared.map((m) => `${SLOTS[m.slot] ?? m.slot} ${q(m.text)} ${signed(m.weight)}`).join(', ')}` : '';
      return e.old === e.new ? `strength unchanged at ${e.new}${both}` : `strength ${e.old} → ${e.new}${both}`;
    }
    case 'same':
      if (e.translated) return 'the same commitment in both languages: the same act, its strength within half a level';
      if (e.cosmetic.length > 0) return `the same commitment; written differently only: ${e.cosmetic.slice(0, 3).map(([x, y]) => `${q(x)} → ${q(y)}`).join(', ')}`;
      return e.punctuation ? 'the same words; only punctuation differs' : 'the same words';
    case 'closest':
      return `nearest in the ${e.round} round, not clearly the same commitment: ${act(e.act)} ${q(e.text)}`;
  }
}

const VERBS: Record<string, string> = { softened: 'softened', dropped: 'dropped', strengthened: 'strengthened', added: 'added', reworded: 'reworded' };

function headline(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string {
  if (c.across) return acrossHeadline(c, top, act, q);
  const parts = headlineKinds(c, top).map(({ kind, n, first, shift }) => {
    let part = first ? `${capital(count(n))} commitment${n === 1 ? '' : 's'} ${VERBS[kind]}` : `${count(n)} ${VERBS[kind]}`;
    if (shift) part += ` — ${n > 1 ? 'one from' : 'from'} ${act(shift.from)} to ${act(shift.to)}: ${q(shift.topic)} —`;
    return part;
  });
  const p = c.paragraphs;
  const changed = (p.modified ?? 0) + (p.split ?? 0) + (p.merged ?? 0);
  // The first item names the paragraphs ("1 paragraph added", "3 of 18 paragraphs changed in wording").
  const items: Array<[number, string]> = [
    [changed, 'changed in wording'],
    [p.moved ?? 0, 'moved'],
    [p.added ?? 0, 'added'],
    [p.dropped ?? 0, 'dropped'],
  ];
  const moves = items
    .filter(([n]) => n > 0)
    .map(([n, what], i) => {
      if (i > 0) return `${n} ${what}`;
      if (what === 'changed in wording') return `${n} of ${c.total.new} paragraph${c.total.new === 1 ? '' : 's'} ${what}`;
      return `${n} paragraph${n === 1 ? '' : 's'} ${what}`;
    });
  const cosmetic = p.cosmetic ? `${p.cosmetic} paragraph${p.cosmetic === 1 ? '' : 's'} differ${p.cosmetic === 1 ? 's' : ''} only in spelling or names` : '';
  const first = parts.length > 0 ? `${list(parts).replace(/ —$/, '')}.` : c.redlineOnly && (moves.length > 0 || cosmetic !== '') ? 'Commitments not compared: a redline only.' : moves.length > 0 ? 'No commitment changed.' : '';
  const second = moves.length > 0 ? `${capital(list(moves))}${cosmetic ? `; ${cosmetic}` : ''}.` : cosmetic ? `No substantive change: ${cosmetic}.` : '';
  const out = [first, second].filter(Boolean).join(' ');
  return out || 'No change: the two rounds read the same.';
}

// Across languages a change of strength reads as a difference between the versions, not as an edit.
const ACROSS_VERBS: Record<string, string> = {
  softened: 'weaker in the new version',
  dropped: 'only in the old version',
  strengthened: 'stronger in the new version',
  added: 'only in the new version',
  reworded: 'worded otherwise',
};

// Paragraphs are counted in figures, as the headline within one language counts them.
const paragraphs = (n: number): string => `${n} paragraph${n === 1 ? '' : 's'}`;

/** The headline across languages: what differs between the versions, and what a press report leaves out. */
function acrossHeadline(c: HeadlineCounts, top: CommitmentChange | undefined, act: (name: string) => string, q: (text: string) => string): string {
  const across = c.across ?? { numbers: 0, leftOut: 0 };
  const parts = headlineKinds(c, top).map(({ kind, n, first, shift }) => {
    let part = first ? `${count(n)} commitment${n === 1 ? '' : 's'} ${ACROSS_VERBS[kind]}` : `${count(n)} ${ACROSS_VERBS[kind]}`;
    if (shift) part += ` — ${n > 1 ? 'one from' : 'from'} ${act(shift.from)} to ${act(shift.to)}: ${q(shift.topic)} —`;
    return part;
  });
  const p = c.paragraphs;
  const items = [
    across.numbers > 0 ? `numbers differ in ${paragraphs(across.numbers)}` : '',
    p.dropped ? `${paragraphs(p.dropped)} only in the old version` : '',
    p.added ? `${paragraphs(p.added)} only in the new version` : '',
    p.moved ? `${paragraphs(p.moved)} in another place` : '',
    p.split ? `${paragraphs(p.split)} split in two or more` : '',
    p.merged ? `${paragraphs(p.merged)} merged from two or more` : '',
    across.leftOut > 0 ? `${across.leftOut} item${across.leftOut === 1 ? '' : 's'} of the statement not in the report` : '',
  ].filter(Boolean);
  // (A redline only compared no commitment: it cannot say the versions agree.)
  if (parts.length === 0 && items.length === 0 && c.redlineOnly !== true) return 'Across languages: the two versions agree — every commitment at the same strength, the same numbers.';
  const commitments = parts.length > 0 ? list(parts).replace(/ —$/, '') : c.redlineOnly ? 'commitments not compared' : 'no commitment differs in strength';
  return `Across languages: ${[commitments, ...items].join('; ')}.`;
}

const LANGUAGES: Record<string, string> = { en: 'English', ar: 'Arabic', ru: 'Russian', fr: 'French', tr: 'Turkish', fa: 'Persian', und: 'an undetermined language' };

/** English. */
export const en: ReportMessages = {
  lang: 'en',
  dir: 'ltr',
  arrow: '→',
  title: { pair: 'Communiqué change report', series: 'Communiqué series report' },
  side: { old: 'old', new: 'new' },
  text: {
    summary: 'Summary',
    paragraphs: 'Paragraphs',
    commitments: 'Commitments',
    commitmentChanges: 'Commitment changes',
    noCommitmentChange: 'No commitment was added, dropped, softened, strengthened or reworded.',
    commitmentsNotCompared: 'Commitments were not compared: the comparison was made with commitments: false (--redline-only on the command line).',
    cosmeticHeading: 'Written differently, not changed',
    cosmeticNote: 'Words that differ only in spelling, transliteration or a renamed place: marked in the text with their old form, not counted as changes.',
    layoutHeading: 'Layout, not compared',
    layoutNote: 'Page numbers, running headers, page breaks and press furniture found in the texts: kept as written, left out of the alignment and of the commitments.',
    view: 'View',
    inline: 'inline',
    sideBySide: 'side by side',
    paragraph: 'paragraph',
    renumbered: 'renumbered',
    was: 'was',
    timeline: 'Commitments across rounds',
    paragraphsAcross: 'Paragraphs across rounds',
    noCommitmentFound: 'No commitment found.',
    paragraphsThatChanged: 'Paragraphs that changed',
  },
  kinds: {
    modified: 'Modified',
    moved: 'Moved',
    split: 'Split',
    merged: 'Merged',
    added: 'Added',
    dropped: 'Dropped',
    cosmetic: 'Cosmetic',
    unchanged: 'Unchanged',
    'left-out': 'Not in the report',
  },
  commitmentKinds: {
    added: 'Added',
    dropped: 'Dropped',
    softened: 'Softened',
    strengthened: 'Strengthened',
    reworded: 'Reworded',
    unchanged: 'Unchanged',
  },
  acts: {
    note: 'note',
    consider: 'consider',
    welcome: 'welcome',
    appreciate: 'appreciate',
    recall: 'recall',
    express: 'express',
    'express-hope': 'express hope',
    'express-confidence': 'express confidence',
    emphasize: 'emphasize',
    encourage: 'encourage',
    invite: 'invite',
    support: 'support',
    propose: 'propose',
    'express-concern': 'express concern',
    'express-determination': 'express determination',
    'express-readiness': 'express readiness',
    reaffirm: 'reaffirm',
    commit: 'commit',
    agree: 'agree',
    'call-upon': 'call upon',
    urge: 'urge',
    request: 'request',
    decide: 'decide',
    demand: 'demand',
    condemn: 'condemn',
    reject: 'reject',
  },
  layoutKinds: LAYOUT,
  layoutCount: (kind, n) => `${n} ${LAYOUT[kind] ?? kind.replace(/-/g, ' ')}${n === 1 ? '' : 's'}`,
  comma: ', ',
  slots: SLOTS,
  signed,
  paragraphCount: (a, b) => `${a} → ${b} paragraphs`,
  series: {
    meta: (r, l, c) => `${r} rounds · ${l} paragraph lineages${c === undefined ? '' : ` · ${c} commitments`}`,
    commitmentsLegend: 'Strength on the scale of acts in each round (— where absent); + added, ✕ dropped, ↓ softened, ↑ strengthened, ~ reworded. Each mark links to that pair’s redline.',
    paragraphsLegend: 'Paragraph numbers (¶) in each round for the paragraphs that changed. ✎ modified, ⇅ moved, ⑂ split, ⋈ merged, + added, ✕ dropped.',
    act: 'Act',
    about: 'About',
    paragraph: 'Paragraph',
    noParagraphChanged: 'No paragraph changed more than cosmetically.',
  },
  across: {
    languages: LANGUAGES,
    line: (a, b) => `${a} → ${b}, compared across languages: no word-level redline`,
    report: (r, o) => `“${r}” is a press report of “${o}”: the items it leaves out are listed apart, not counted as dropped.`,
    leftOutHeading: 'Items the report leaves out',
    notInReport: 'not in the report',
    absent: 'no counterpart in this version',
    numbers: 'numbers',
    side: (label, language) => `${label} · ${language}`,
    tableNote: (a, b) => `The next section shows each paragraph of “${a}” beside its counterpart in “${b}”, in a table of two columns: between two languages a word-level redline means nothing, so no change is tracked.`,
  },
  trackedNote: (a, b) => `The next section is ${b} with the changes from ${a} as tracked changes: accepting them all gives ${b}, rejecting them all gives ${a}. A moved, split or merged paragraph is deleted where it stood and inserted where it stands.`,
  times: (n) => `${n}×`,
  reason,
  headline,
};
