/**
 * The labelled alignment set: three hand-labelled pairs of illustrative
 * rounds (examples/rounds) and generated variants of those rounds and of the
 * seed, whose expected links are recorded as they are made.
 */
import { parseCommunique } from '../../src/index.js';
import { exampleRound, SEED, type ExampleLang } from '../../test/support/fixtures.js';
import { editWords, rng, VariantBuilder, type ExpectedLink } from '../../test/support/variants.js';
import { cosmeticNoise } from '../../test/support/noise.js';

/** One labelled pair. */
export interface AlignmentCase {
  name: string;
  lang: ExampleLang;
  old: string;
  new: string;
  expected: ExpectedLink[];
}

const L = (kind: ExpectedLink['kind'], old: number[], nw: number[]): ExpectedLink => ({ kind, old, new: nw });

/** Hand-labelled expected alignments of the example pairs (paragraph 0 is the title). */
export const HAND: Record<ExampleLang, ExpectedLink[]> = {
  en: [
    L('cosmetic', [0], [0]), L('modified', [1], [1]), L('unchanged', [2], [2]), L('moved', [5], [3]),
    L('split', [3], [4, 5]), L('modified', [4], [6]), L('modified', [6], [7]), L('merged', [7, 8], [8]),
    L('modified', [9], [9]), L('dropped', [10], []), L('unchanged', [11], [10]), L('added', [], [11]),
    L('cosmetic', [12], [12]),
  ],
  ar: [
    L('unchanged', [0], [0]), L('modified', [1], [1]), L('cosmetic', [2], [2]), L('moved', [6], [3]),
    L('split', [3], [4, 5]), L('modified', [4], [6]), L('unchanged', [5], [7]), L('merged', [7, 8], [8]),
    L('unchanged', [9], [9]), L('dropped', [10], []), L('added', [], [10]), L('cosmetic', [11], [11]),
  ],
  ru: [
    L('unchanged', [0], [0]), L('modified', [1], [1]), L('unchanged', [2], [2]), L('modified', [3], [3]),
    L('unchanged', [5], [4]), L('moved', [4], [5]), L('dropped', [6], []), L('split', [7], [6, 7]),
    L('unchanged', [8], [8]), L('unchanged', [9], [9]), L('added', [], [10]), L('cosmetic', [10], [11]),
  ],
};

/**
 * A harder English pair, rounds b→c: a three-way split, a merge, a paragraph
 * moved past two others, and a paragraph both moved and reworded beyond
 * recognition by word overlap (expected to be missed: it comes out as one
 * dropped and one added paragraph).
 */
export const HARD_EN: ExpectedLink[] = [
  L('cosmetic', [0], [0]), L('unchanged', [1], [1]), L('moved', [6], [2]), L('unchanged', [2], [3]),
  L('unchanged', [3], [4]), L('merged', [4, 5], [5]), L('unchanged', [7], [6]), L('split', [8], [7, 8, 9]),
  L('unchanged', [10], [10]), L('dropped', [11], []), L('unchanged', [12], [11]), L('moved', [9], [12]),
];

/** Paragraphs to add, and words to edit in with, per language (illustrative). */
const POOL: Record<ExampleLang, { paragraphs: string[]; words: string[] }> = {
  en: {
    paragraphs: [
      'Stressed the importance of mine action and called for increased humanitarian demining assistance throughout Syria.',
      'Discussed the situation in the south-west of the country and agreed to coordinate steps aimed at preventing escalation there.',
      'Expressed appreciation to the Government of Kazakhstan for hosting the meeting and for its warm hospitality.',
    ],
    words: ['further', 'all', 'relevant', 'continued', 'full', 'also', 'firmly', 'consistently'],
  },
  ar: {
    paragraphs: [
      'شددت على أهمية إزالة الألغام ودعت إلى زيادة المساعدة الإنسانية في مجال إزالة الألغام في جميع أنحاء سوريا.',
      'ناقشت الوضع في جنوب غرب البلاد واتفقت على تنسيق الخطوات الرامية إلى منع التصعيد هناك.',
      'أعربت عن تقديرها لحكومة كازاخستان على استضافة الاجتماع وعلى حسن الضيافة.',
    ],
    words: ['المزيد', 'جميع', 'الكامل', 'أيضاً', 'بقوة', 'المستمر', 'الثابت', 'ذات الصلة'],
  },
  ru: {
    paragraphs: [
      'Подчеркнули важность гуманитарного разминирования и призвали наращивать соответствующую помощь по всей Сирии.',
      'Обсудили ситуацию на юго-западе страны и договорились координировать шаги по недопущению эскалации.',
      'Выразили признательность руководству Казахстана за организацию встречи и радушный приём.',
    ],
    words: ['дальнейшие', 'все', 'полную', 'также', 'твёрдо', 'неизменно', 'соответствующие', 'решительно'],
  },
};

/** Split a document into the paragraph texts its parse finds, and the separator its layout uses. */
function paragraphsOf(text: string): { paragraphs: string[]; sep: string } {
  const doc = parseCommunique(text);
  // Hard wraps are unwrapped: word edits would move line ends about and the
  // variant would test the hard-wrap heuristic rather than the aligner (the
  // hand-labelled Russian pair covers hard-wrapped text).
  const paragraphs = doc.paragraphs.map((p) => doc.source.slice(p.start, p.end).replace(/\s*\n\s*/g, ' '));
  return { paragraphs, sep: /\n[ \t]*\n/.test(text) ? '\n\n' : '\n' };
}

type Op = 'move' | 'move-edit' | 'split' | 'split-edit' | 'merge' | 'drop' | 'add' | 'edit' | 'rewrite' | 'cosmetic';
const OPS: Op[] = ['move', 'move-edit', 'split', 'split-edit', 'merge', 'drop', 'add', 'edit', 'rewrite', 'cosmetic'];

/** Apply a change to a paragraph's text after its label, so that a label is never touched. */
function afterLabel(fn: (t: string) => string): (t: string) => string {
  return (t) => {
    const p = parseCommunique(t).paragraphs[0];
    const cut = p ? p.textStart : 0;
    return t.slice(0, cut) + fn(t.slice(cut));
  };
}

/**
 * A generated case: 2–4 operations on distinct paragraphs of a base document;
 * added paragraphs come from `additions`, words edited in from `words`.
 */
export function generated(name: string, lang: ExampleLang, base: string, seed: number, additions: readonly string[] = POOL[lang].paragraphs, words: readonly string[] = POOL[lang].words): AlignmentCase {
  const random = rng(seed);
  const { paragraphs, sep } = paragraphsOf(base);
  const old = paragraphs.join(sep);
  const b = new VariantBuilder(paragraphs);
  const touched = new Set<number>();
  const pickFree = (minWords = 0): number => {
    for (let tries = 0; tries < 50; tries++) {
      const at = 1 + Math.floor(random() * (b.length - 2));
      if (!touched.has(at) && !touched.has(at + 1) && !touched.has(at - 1) && b.text(at).split(/\s+/).length >= minWords) return at;
    }
    return -1;
  };
  const ops = 2 + Math.floor(random() * 5);
  for (let k = 0; k < ops; k++) {
    const op = OPS[Math.floor(random() * OPS.length)] as Op;
    const at = pickFree(op === 'split' ? 20 : 0);
    if (at < 0) continue;
    touched.add(at);
    switch (op) {
      case 'move':
      case 'move-edit': {
        const distance = 2 + Math.floor(random() * 5);
        const to = Math.max(1, Math.min(b.length - 1, at + (random() < 0.5 ? -distance : distance)));
        // Never drop a moved paragraph between the halves of a split or next to another change.
        if (touched.has(to) || touched.has(to - 1) || touched.has(to + 1)) break;
        if (op === 'move-edit') b.edit(at, afterLabel((t) => editWords(t, random, words)));
        b.move(at, to);
        touched.add(to);
        break;
      }
      case 'split':
      case 'split-edit':
        if (op === 'split-edit') b.edit(at, afterLabel((t) => editWords(t, random, words)));
        b.split(at);
        touched.add(at + 1);
        break;
      case 'merge':
        b.merge(at);
        break;
      case 'drop':
        b.drop(at);
        break;
      case 'add':
        b.add(at, additions[k % additions.length] as string);
        touched.add(at + 1);
        break;
      case 'edit':
        b.edit(at, afterLabel((t) => editWords(t, random, words)));
        break;
      case 'rewrite':
        // Several rounds of word edits: a heavily revised paragraph in place.
        for (let r = 0; r < 4; r++) b.edit(at, afterLabel((t) => editWords(t, random, words)));
        break;
      case 'cosmetic':
        b.edit(at, afterLabel((t) => cosmeticNoise(t, random)), true);
        break;
    }
  }
  return { name, lang, old, new: b.paragraphs().join(sep), expected: b.expected() };
}

/** All labelled alignment cases. */
export function alignmentCases(): AlignmentCase[] {
  const cases: AlignmentCase[] = [];
  cases.push({ name: 'en hand-labelled rounds b→c (hard)', lang: 'en', old: exampleRound('en', 'b'), new: exampleRound('en', 'c'), expected: HARD_EN });
  for (const lang of ['en', 'ar', 'ru'] as const) {
    cases.push({ name: `${lang} hand-labelled rounds a→b`, lang, old: exampleRound(lang, 'a'), new: exampleRound(lang, 'b'), expected: HAND[lang] });
    for (let s = 1; s <= 12; s++) cases.push(generated(`${lang} round a, variant ${s}`, lang, exampleRound(lang, 'a'), 1000 * s + lang.charCodeAt(0)));
  }
  for (let s = 1; s <= 12; s++) cases.push(generated(`seed, variant ${s}`, 'ar', SEED, 7000 + s));
  return cases;
}
