/** Labels for the rounds of a series: given by the caller, taken from the text, or made from the position. */
import { foldWord } from '../normalize/fold.js';
import { ordinalsAsDigits } from './ordinals.js';

// How far into a text the round's number is looked for: the title and first
// paragraph ("… the 20th International Meeting on Syria in the Astana format").
const HEAD = 600;

// The phrases that carry a round's number in the three languages, on folded
// text (lower case, Western digits, Arabic letter variants unified; see
// foldWord). Seen in the statements' own titles and in press reports:
// "20th round", "round 20", "20th International Meeting", "20-й раунд",
// "20-я международная встреча", "الجولة الـ20", "الجولة 20", "الاجتماع الدولي الـ20",
// "للجولة الـ 20" (after the preposition ل, ال is written ل). Spelled-out
// English and Arabic ordinals ("twentieth", «العشرين») are made digits first.
const PATTERNS: readonly RegExp[] = [
  /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:round|international\s+meeting|high-level\s+meeting|meeting)\b/u,
  /\bround\s+(\d{1,3})\b/u,
  /(?:^|[^\p{L}\d])(\d{1,3})\s*-?\s*(?:[йяегоым]{1,3})?\s+(?:раунд|международн\p{L}*\s+встреч|встреч)/u,
  /(?:раунд\p{L}*|встреч\p{L}*)\s+№?\s*(\d{1,3})(?!\d)/u,
  /(?:ال|لل)(?:جوله|اجتماع\s+الدولي)\s+(?:ال[ـ]*\s*|رقم\s+)?(\d{1,3})(?!\d)/u,
];

/** English ordinal of a number: 1st, 2nd, 3rd, 11th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Fold the head of a text word by word for the patterns (spaces and punctuation kept). */
function foldHead(text: string): string {
  return text.slice(0, HEAD).replace(/[\p{L}\p{M}\p{N}]+/gu, (w) => foldWord(w));
}

/**
 * The round a text says it is, as "20th round", or undefined when its head
 * names no round number.
 */
export function labelFromText(text: string): string | undefined {
  const head = ordinalsAsDigits(foldHead(text));
  for (const p of PATTERNS) {
    const m = p.exec(head);
    const n = m ? Number(m[1]) : NaN;
    if (n > 0) return `${ordinal(n)} round`;
  }
  return undefined;
}

/** Make labels unique by numbering repeats: "20th round", "20th round (2)". */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} (${n})`;
  });
}
