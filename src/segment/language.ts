/** Detect the language of a text among the language packs in use. */
import type { LanguagePack } from '../languages/types.js';
import { foldCommon } from '../normalize/fold.js';
import { packId } from '../normalize/reading.js';
import { DETECTION_PREFIX } from '../params.js';
import { memoize } from '../util/memo.js';

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}]+/gu;

// Scripts of the code units below this (Latin, Greek, Cyrillic, Armenian,
// Hebrew, Arabic and their supplements) are looked up in a table built once
// for each set of scripts: per-letter regex tests were most of detection's time.
const FAST_LIMIT = 0x0800;
const tables = new Map<string, Uint8Array>();

/** For each code unit below FAST_LIMIT, 1 + the index of its letter's script, or 0. */
function tableFor(scripts: ReadonlyArray<{ name: string; re: RegExp }>): Uint8Array {
  const key = scripts.map((s) => s.name).join(',');
  let table = tables.get(key);
  if (!table) {
    table = new Uint8Array(FAST_LIMIT);
    for (let c = 0; c < FAST_LIMIT; c++) {
      const ch = String.fromCharCode(c);
      if (LETTER.test(ch)) table[c] = scripts.findIndex((s) => s.re.test(ch)) + 1;
    }
    if (tables.size >= 64) tables.clear();
    tables.set(key, table);
  }
  return table;
}

type Script = { name: string; re: RegExp; packs: LanguagePack[] };
// By the packs (their identities, in order): callers of the core may pass a new array each call.
const scriptLists = new Map<string, Script[]>();

/** Scripts of the packs, with a regex each, in the packs' order (once per list of packs). */
function scriptsOf(packs: readonly LanguagePack[]): Script[] {
  const key = packs.map(packId).join(',');
  const known = scriptLists.get(key);
  if (known) return known;
  const out: Script[] = [];
  for (const p of packs) {
    for (const name of p.scripts) {
      const known = out.find((s) => s.name === name);
      if (known) known.packs.push(p);
      else out.push({ name, re: new RegExp(`\\p{Script=${name}}`, 'u'), packs: [p] });
    }
  }
  if (scriptLists.size >= 64) scriptLists.clear();
  scriptLists.set(key, out);
  return out;
}

/**
 * The language of a text: the pack whose script has most of the text's
 * letters (Arabic press reports quote Latin names and numbers, and English
 * texts quote Arabic names, so the majority decides, not the first letter);
 * among packs of that script, the one whose stop words and own letters the
 * text uses most. Ties go to the earlier pack. `'und'` when the text has no
 * letter of any pack's script.
 */
export function detectWith(text: string, packs: readonly LanguagePack[]): string {
  const scripts = scriptsOf(packs);
  const table = tableFor(scripts);
  const counts = new Array<number>(scripts.length).fill(0);
  const end = Math.min(text.length, DETECTION_PREFIX);
  const slow = (ch: string): number => (LETTER.test(ch) ? scripts.findIndex((s) => s.re.test(ch)) : -1);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < FAST_LIMIT) k = (table[c] as number) - 1;
    else {
      // Per character, not per code unit: a letter outside the BMP counts once.
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      k = slow(ch);
      i += ch.length - 1;
    }
    if (k >= 0) counts[k] = (counts[k] as number) + 1;
  }
  let best = -1;
  counts.forEach((n, k) => {
    if (n > 0 && (best < 0 || n > (counts[best] as number))) best = k;
  });
  const script = scripts[best];
  if (!script) return 'und';
  const [first, ...others] = script.packs as [LanguagePack, ...LanguagePack[]];
  if (others.length === 0) return first.code;
  return bySameScript(text.slice(0, end), script.packs).code;
}

/** A pack's folding, folded stop words and longest stop word, made once per pack (packs are frozen). */
interface Detector {
  fold: (word: string) => string;
  stops: ReadonlySet<string>;
  longest: number;
}
const detectors = new WeakMap<LanguagePack, Detector>();
function detectorOf(p: LanguagePack): Detector {
  let d = detectors.get(p);
  if (!d) {
    const fold = memoize((w: string): string => p.fold(foldCommon(w, p.lowerCase)));
    d = { fold, stops: new Set(p.detection.stopWords.map(fold)), longest: Math.max(0, ...p.detection.stopWords.map((w) => w.length)) };
    detectors.set(p, d);
  }
  return d;
}

/** Among packs of one script, the one whose stop words and letters the text uses most (the earlier on a tie). */
function bySameScript(text: string, packs: readonly LanguagePack[]): LanguagePack {
  const found = packs.map(detectorOf);
  const scores = packs.map(() => 0);
  // Each distinct word folded once per pack (a text repeats its words), and
  // only words no longer than the longest stop word (with room for marks that folding removes).
  const longest = Math.max(0, ...found.map((d) => d.longest)) + 2;
  const counts = new Map<string, number>();
  for (const [w] of text.matchAll(WORD)) if (w.length <= longest) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) {
    found.forEach((d, k) => {
      if (d.stops.has(d.fold(w))) scores[k] = (scores[k] as number) + n;
    });
  }
  packs.forEach((p, k) => {
    if (p.detection.letters === '') return;
    const own = new Set(p.detection.letters);
    for (const ch of text) if (own.has(ch)) scores[k] = (scores[k] as number) + 1;
  });
  let best = 0;
  scores.forEach((s, k) => {
    if (s > (scores[best] as number)) best = k;
  });
  return packs[best] as LanguagePack;
}
