/**
 * An illustrative five-round series (written for the tests, not official
 * texts): each round one step from the one before, with known changes.
 */
import { parseCommunique } from '../../src/index.js';
import { SEED } from './fixtures.js';
import { seedNextRound } from './rounds.js';
import { VariantBuilder } from './variants.js';

const TITLE = (n: number): string => `Joint Statement by Iran, Russia and Türkiye on the ${n}th International Meeting on Syria in the Astana format (illustrative text)`;

const SOVEREIGNTY = 'Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.';
const CONDEMN_STRONG = 'Condemned in the strongest terms the continuing attacks on civilian infrastructure in the north-east of Syria.';
const CONDEMN = 'Condemned the continuing attacks on civilian infrastructure in the north-east of Syria.';
const IDLIB_FIRST = 'Reviewed in detail the situation in the Idlib de-escalation area';
const IDLIB_SECOND = 'agreed to make further efforts to ensure the sustainable normalization of the situation there, including the humanitarian situation.';
const IDLIB = `${IDLIB_FIRST} and ${IDLIB_SECOND}`;
const REFUGEES = 'Emphasized the need to facilitate the safe, dignified and voluntary return of refugees and internally displaced persons to their original places of residence in Syria.';
const DETAINEES = 'Welcomed the release of detainees within the framework of the Working Group and agreed to continue this work.';
const NO_MILITARY = 'Expressed the conviction that the Syrian conflict has no military solution and reaffirmed their commitment to a viable political process.';
const ASSISTANCE = 'Called upon the international community to increase humanitarian assistance to all Syrians throughout the country without discrimination.';
const NEXT = 'Agreed to hold the next International Meeting on Syria in the Astana format in Astana in the second half of the year.';

/** The paragraphs of each round, without numbers. */
export const FIVE_ROUNDS_PARAGRAPHS: readonly string[][] = [
  // 16th: the base.
  [SOVEREIGNTY, CONDEMN_STRONG, IDLIB, REFUGEES, DETAINEES, NO_MILITARY, ASSISTANCE, NEXT],
  // 17th: the condemnation loses "in the strongest terms"; refugees move after assistance.
  [SOVEREIGNTY, CONDEMN, IDLIB, DETAINEES, NO_MILITARY, ASSISTANCE, REFUGEES, NEXT],
  // 18th: the condemnation is gone; Idlib is split in two.
  [SOVEREIGNTY, `${IDLIB_FIRST}.`, `Agreed to make further efforts to ensure the sustainable normalization of the situation there, including the humanitarian situation.`, DETAINEES, NO_MILITARY, ASSISTANCE, REFUGEES, NEXT],
  // 19th: the political-process and assistance paragraphs are merged.
  [SOVEREIGNTY, `${IDLIB_FIRST}.`, `Agreed to make further efforts to ensure the sustainable normalization of the situation there, including the humanitarian situation.`, DETAINEES, `${NO_MILITARY} ${ASSISTANCE}`, REFUGEES, NEXT],
  // 20th: the condemnation comes back, without "in the strongest terms".
  [SOVEREIGNTY, CONDEMN, `${IDLIB_FIRST}.`, `Agreed to make further efforts to ensure the sustainable normalization of the situation there, including the humanitarian situation.`, DETAINEES, `${NO_MILITARY} ${ASSISTANCE}`, REFUGEES, NEXT],
];

/** The five rounds as texts: a title naming the round, then numbered paragraphs. */
export function fiveRounds(): string[] {
  return FIVE_ROUNDS_PARAGRAPHS.map((ps, r) => [TITLE(16 + r), ...ps.map((p, i) => `${i + 1}. ${p}`)].join('\n\n'));
}

/** Where a paragraph of the series stands in a round (its index, counting the title as paragraph 0). */
export function indexIn(round: number, text: string): number {
  const i = (FIVE_ROUNDS_PARAGRAPHS[round] as string[]).indexOf(text);
  return i < 0 ? -1 : i + 1;
}

export const TEXTS = { SOVEREIGNTY, CONDEMN_STRONG, CONDEMN, IDLIB, REFUGEES, NO_MILITARY, ASSISTANCE };

// The Arabic condemnation that the seed-derived series drops and restores (line 6 of seedNextRound).
export const SEED_CONDEMNATION = 'وأدان المشاركون بشدة الهجمات على المدنيين في إدلب وطالبوا بوقفها فوراً.';

/**
 * Five rounds derived from the round-20 seed in code: the seed; the derived
 * round 21; then a move, a split and a merge; then the added condemnation
 * dropped; then restored. Returns the texts (one paragraph per line).
 */
export function seedSeries(): string[] {
  const r20 = SEED;
  const r21 = seedNextRound();
  const lines21 = parseCommunique(r21).paragraphs.map((p) => p.text);
  const b = new VariantBuilder(lines21);
  b.move(3, 10).split(12).merge(14);
  const r22 = b.paragraphs();
  const r23 = r22.filter((p) => p !== SEED_CONDEMNATION);
  if (r23.length !== r22.length - 1) throw new Error('seed series: the condemnation to drop was not found');
  const r24 = [...r23.slice(0, 5), SEED_CONDEMNATION, ...r23.slice(5)];
  return [r20, r21, r22.join('\n'), r23.join('\n'), r24.join('\n')];
}
