/** Read the seed and the illustrative example rounds. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The round-20 seed: an Arabic press report, one paragraph per line. */
export const SEED = readFileSync(`${root}seeds/000_2c8c40ae384e62cf.txt`, 'utf8');

/** Languages of the illustrative example rounds. */
export type ExampleLang = 'en' | 'ar' | 'ru';

/** One of the illustrative example rounds (`a` or `b`) in `examples/rounds/`. */
export function exampleRound(lang: ExampleLang, round: 'a' | 'b' | 'c'): string {
  return readFileSync(`${root}examples/rounds/${lang}-round-${round}.txt`, 'utf8');
}
