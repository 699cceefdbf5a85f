/** English light stemming, for comparison only. */

// A few rules in the spirit of the S-stemmer (Harman, "How effective is
// suffixing?", 1991) extended with -ed/-ing/-ly: enough for "efforts"/"effort",
// "reaffirmed"/"reaffirming", without the over-stemming of full Porter.
const RULES: ReadonlyArray<readonly [string, string, number]> = [
  // suffix, replacement, least length of what remains
  ["'s", '', 2],
  ['ies', 'y', 3],
  ['sses', 'ss', 2],
  ['ing', '', 4],
  ['ed', '', 4],
  ['ly', '', 4],
  ['es', 'e', 4],
  ['s', '', 3],
];

/** Light-stem a folded English word. */
export function stemEnglish(word: string): string {
  let w = word;
  for (const [suffix, repl, min] of RULES) {
    if (w.endsWith(suffix) && !w.endsWith('ss') && w.length - suffix.length >= min) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  return w;
}
