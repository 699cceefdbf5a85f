/**
 * The prelude of the docs' code blocks (see snippets.test.ts): names a block
 * may use without declaring them. Each is the text of an illustrative round
 * in examples/rounds/, read when a block imports it.
 */
import { readFileSync } from 'node:fs';

const round = (name: string): string => readFileSync(new URL(`../../examples/rounds/${name}.txt`, import.meta.url), 'utf8');

/** An English round: examples/rounds/en-round-a.txt. */
export const round20: string = round('en-round-a');
/** The next English round: examples/rounds/en-round-b.txt. */
export const round21: string = round('en-round-b');
/** The English round after that: examples/rounds/en-round-c.txt. */
export const round22: string = round('en-round-c');
/** An Arabic round: examples/rounds/ar-round-a.txt. */
export const arRound20: string = round('ar-round-a');
/** The next Arabic round: examples/rounds/ar-round-b.txt. */
export const arRound21: string = round('ar-round-b');
