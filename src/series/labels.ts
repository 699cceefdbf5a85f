/** Labels for the rounds of a series: given by the caller, taken from the text, or made from the position. */
import type { Reading } from '../normalize/reading.js';
import { ROUND_LABEL_HEAD } from '../params.js';

/** English ordinal of a number: 1st, 2nd, 3rd, 11th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The round a text says it is, as "20th round", or undefined when its head
 * names no round number: the head folded word by word (spaces and
 * punctuation kept), spelled-out ordinals made digits by each pack that
 * reads the text, then each pack's patterns in turn (see `LanguagePack.rounds`).
 */
export function labelFromText(text: string, reading: Reading): string | undefined {
  // Hyphenated words whole ("twenty-first"), as the tokenizer keeps them.
  let head = text.slice(0, ROUND_LABEL_HEAD).replace(/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu, (w) => reading.fold(w));
  for (const p of reading.packs) head = p.rounds.ordinalsAsDigits?.(head) ?? head;
  for (const p of reading.packs) {
    for (const re of p.rounds.patterns) {
      const m = re.exec(head);
      const n = m ? Number(m[1]) : NaN;
      if (n > 0) return `${ordinal(n)} round`;
    }
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
