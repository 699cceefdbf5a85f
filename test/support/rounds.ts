/** A next round derived from the seed in code (the seed itself is never edited). */
import { SEED } from './fixtures.js';

/** Edits that make an illustrative "round 21" from the round-20 seed, each a known change. */
const EDITS: Array<[string, string]> = [
  // Booster added to the commitment to sovereignty.
  ['الالتزام المستمر بسيادة', 'الالتزام الثابت بسيادة'],
  // Condemnation softened to concern.
  ['وأدانوا “أنشطة', 'وأعربوا عن قلقهم إزاء “أنشطة'],
  // Hedge added to the agreement on Idlib.
  ['واتفقنا على بذل المزيد', 'واتفقنا على النظر في بذل المزيد'],
  // The ninth session's date: a cosmetic change of digits only elsewhere.
  ['في 10 أيار 2023', 'في ١٠ أيار ٢٠٢٣'],
];

/** The seed with EDITS applied, its 13th line dropped and a new paragraph added. */
export function seedNextRound(): string {
  let text = SEED;
  for (const [from, to] of EDITS) {
    if (!text.includes(from)) throw new Error(`seed edit not found: ${from}`);
    text = text.replace(from, to);
  }
  const lines = text.split('\n');
  lines.splice(12, 1);
  lines.splice(5, 0, 'وأدان المشاركون بشدة الهجمات على المدنيين في إدلب وطالبوا بوقفها فوراً.');
  return lines.join('\n');
}
