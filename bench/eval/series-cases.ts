/**
 * The labelled series set: series of three and four rounds built from the
 * hand-labelled pairs, whose expected paragraph lineages follow from labels
 * already checked by hand or recorded as the variants were made. Each series
 * goes a → b → a′ (a′ a generated variant of a: edits, moves, splits, merges,
 * drops, additions, rewrites) → b, so that
 * - the paragraphs a had and b dropped come back in a′ (a lineage revived
 *   after one absent round, unless the variant dropped or rewrote them), and
 * - the paragraphs b added and a′ lacks come back in the fourth round;
 * - the paragraphs a variant adds are the genre's own, on topics neither a
 *   nor b has: they must not revive anything.
 * The English b → c pair adds a chain a → b → c of two hand-labelled pairs.
 */
import { exampleRound, type ExampleLang } from '../../test/support/fixtures.js';
import type { ExpectedLink } from '../../test/support/variants.js';
import { generated, HAND, HARD_EN } from './cases.js';

/** A node of a series: paragraph `paragraph` of round `round`. */
export type Node = readonly [round: number, paragraph: number];

/** One labelled series. */
export interface SeriesCase {
  name: string;
  lang: ExampleLang;
  rounds: string[];
  /** Pairs of nodes that are one paragraph (from the labels); lineages are their connected components. */
  same: Array<[Node, Node]>;
}

// Paragraphs a variant adds in a series: the genre's own, on topics that
// neither round a nor round b has. (The alignment set's additions include a
// demining paragraph, which round b also adds in other words: in a series the
// two would rightly be read as one paragraph reworded, against the labels.)
const ADDITIONS: Record<ExampleLang, string[]> = {
  en: [
    'Discussed the situation in the south-west of the country and agreed to coordinate steps aimed at preventing escalation there.',
    'Expressed appreciation to the Government of Kazakhstan for hosting the meeting and for its warm hospitality.',
    'Underlined the importance of restoring basic services, including water and electricity supply, in all regions of the country.',
  ],
  ar: [
    'ناقشت الوضع في جنوب غرب البلاد واتفقت على تنسيق الخطوات الرامية إلى منع التصعيد هناك.',
    'أعربت عن تقديرها لحكومة كازاخستان على استضافة الاجتماع وعلى حسن الضيافة.',
    'شددت على أهمية إعادة تأهيل البنية التحتية الأساسية، بما في ذلك شبكات المياه والكهرباء، في جميع المناطق.',
  ],
  ru: [
    'Обсудили ситуацию на юго-западе страны и договорились координировать шаги по недопущению эскалации.',
    'Выразили признательность руководству Казахстана за организацию встречи и радушный приём.',
    'Подчеркнули важность восстановления базовой инфраструктуры, включая системы водо- и электроснабжения, во всех районах страны.',
  ],
};

/** The same-paragraph edges of labelled links between two rounds. */
function edges(links: readonly ExpectedLink[], from: number, to: number): Array<[Node, Node]> {
  const out: Array<[Node, Node]> = [];
  for (const l of links) for (const o of l.old) for (const n of l.new) out.push([[from, o], [to, n]]);
  return out;
}

/** Identity edges between two rounds with the same text. */
function identity(count: number, from: number, to: number): Array<[Node, Node]> {
  return Array.from({ length: count }, (_, i): [Node, Node] => [[from, i], [to, i]]);
}

/** All labelled series cases. */
export function seriesCases(): SeriesCase[] {
  const cases: SeriesCase[] = [];
  for (const lang of ['en', 'ar', 'ru'] as const) {
    const a = exampleRound(lang, 'a');
    const b = exampleRound(lang, 'b');
    const bCount = new Set(HAND[lang].flatMap((l) => l.new)).size;
    for (let s = 1; s <= 8; s++) {
      const variant = generated(`${lang} series variant ${s}`, lang, a, 50_000 + 1000 * s + lang.charCodeAt(0), ADDITIONS[lang]);
      cases.push({
        name: `${lang} a → b → a′${s} → b`,
        lang,
        rounds: [a, b, variant.new, b],
        same: [...edges(HAND[lang], 0, 1), ...edges(variant.expected, 0, 2), ...identity(bCount, 1, 3)],
      });
    }
  }
  cases.push({
    name: 'en a → b → c (two hand-labelled pairs)',
    lang: 'en',
    rounds: [exampleRound('en', 'a'), exampleRound('en', 'b'), exampleRound('en', 'c')],
    same: [...edges(HAND.en, 0, 1), ...edges(HARD_EN, 1, 2)],
  });
  return cases;
}
