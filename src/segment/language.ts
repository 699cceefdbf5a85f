/** Detect the language of a text among the language packs in use. */
import type { LanguagePack } from '../languages/types.js';
import { foldCommon } from '../normalize/fold.js';
import { packId } from '../normalize/reading.js';
import { DETECTION_PREFIX } from '../params.js';
import { bmpTable, UNCLASSIFIED } from '../util/chars.js';
import { memoize } from '../util/memo.js';

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

// Scripts of the code units below this (Latin, Greek, Cyrillic, Armenian,
// Hebrew, Arabic and their supplements) are looked up in a table built once
// for each set of scripts: per-letter regex tests were most of detection's time.
// The rest of the BMP (curly quotes, dashes, ZWNJ, presentation forms) is filled
// in when first met; surrogates never are (a character outside the BMP is tested).
const FAST_LIMIT = 0x0800;
const tables = new Map<string, Uint8Array>();

/** For each BMP code unit, 1 + the index of its letter's script, 0 for none, or UNCLASSIFIED until first met. */
function tableFor(scripts: ReadonlyArray<{ name: string; re: RegExp }>): Uint8Array {
  const key = scripts.map((s) => s.name).join(',');
  let table = tables.get(key);
  if (!table) {
    table = bmpTable(FAST_LIMIT, (c) => scriptOf(String.fromCharCode(c), scripts) + 1);
    if (tables.size >= 64) tables.clear();
    tables.set(key, table);
  }
  return table;
}

/** The index of the script of a letter among `scripts`, or -1 (not a letter, or of none of them). */
function scriptOf(ch: string, scripts: ReadonlyArray<{ re: RegExp }>): number {
  return LETTER.test(ch) ? scripts.findIndex((s) => s.re.test(ch)) : -1;
}

/** 1 for each BMP code unit that is a letter or a mark (a word's characters), 0 if not, UNCLASSIFIED until first met. */
const WORD_UNITS = bmpTable(FAST_LIMIT, (c) => (LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Whether the character at `i` (a code unit, or a pair of surrogates) that
 * WORD_UNITS has not classified yet is a letter or a mark; its length. A BMP
 * character's answer is stored in the table.
 */
function wordUnitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const ch = String.fromCodePoint(text.codePointAt(i) as number);
  const n = LETTER_OR_MARK.test(ch) ? ch.length : 0;
  if (c < 0xd800 || c > 0xdfff) WORD_UNITS[c] = n;
  return n;
}

/**
 * Call `visit` with each word of `text` (a run of letters and marks) of `min`
 * to `max` code units, scanned by code unit: a regex with Unicode classes was
 * most of detection's time.
 */
export function eachWord(text: string, min: number, max: number, visit: (word: string) => void): void {
  const length = text.length;
  for (let i = 0; i < length; ) {
    // The table's answer inline; the slow path only for a character not yet classified.
    let n = WORD_UNITS[text.charCodeAt(i)] as number;
    if (n === UNCLASSIFIED) n = wordUnitAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    while (n > 0) {
      i += n;
      if (i >= length) break;
      n = WORD_UNITS[text.charCodeAt(i)] as number;
      if (n === UNCLASSIFIED) n = wordUnitAt(text, i);
    }
    if (i - start >= min && i - start <= max) visit(text.slice(start, i));
  }
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
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    let k = table[c] as number;
    if (k !== UNCLASSIFIED) k -= 1;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // Per character, not per code unit: a letter outside the BMP counts once.
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      k = scriptOf(ch, scripts);
      i += ch.length - 1;
    } else {
      k = scriptOf(String.fromCharCode(c), scripts);
      table[c] = k + 1;
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
  return bySameScript(text.slice(0, end), script).code;
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

/**
 * The packs of one script with what tells them apart, made once per list of
 * packs: each pack's detector and, for each of their own letters (é, ı, پ), the
 * packs that have it.
 */
interface SameScript {
  found: Detector[];
  longest: number;
  own: Map<number, number[]>;
  /** For each code unit below FAST_LIMIT, 1 + the index of its list in `ownLists`, or 0: a Map lookup per character was most of this pass's time. */
  ownBelow: Uint16Array;
  ownLists: number[][];
  /** For a word as written, the packs it is a stop word of (memoized: a text repeats its words). */
  stopOf: (word: string) => readonly number[];
}
const NONE: readonly number[] = [];
const sameScripts = new WeakMap<Script, SameScript>();
function sameScriptOf(script: Script): SameScript {
  let s = sameScripts.get(script);
  if (!s) {
    const found = script.packs.map(detectorOf);
    const own = new Map<number, number[]>();
    script.packs.forEach((p, k) => {
      for (const ch of new Set(p.detection.letters)) {
        const c = ch.codePointAt(0) as number;
        own.set(c, [...(own.get(c) ?? []), k]);
      }
    });
    // (16 bits: the packs of one script may name more than 255 letters between them.)
    const ownBelow = new Uint16Array(FAST_LIMIT);
    const ownLists: number[][] = [];
    for (const [c, ks] of own) {
      if (c < FAST_LIMIT) {
        ownLists.push(ks);
        ownBelow[c] = ownLists.length;
      }
    }
    const stopOf = memoize((w: string): readonly number[] => {
      const ks = found.flatMap((d, k) => (d.stops.has(d.fold(w)) ? [k] : []));
      return ks.length > 0 ? ks : NONE;
    });
    // Room for marks that folding removes.
    s = { found, longest: Math.max(0, ...found.map((d) => d.longest)) + 2, own, ownBelow, ownLists, stopOf };
    sameScripts.set(script, s);
  }
  return s;
}

/** Among packs of one script, the one whose stop words and letters the text uses most (the earlier on a tie). */
function bySameScript(text: string, script: Script): LanguagePack {
  const { found, longest, own, ownBelow, ownLists, stopOf } = sameScriptOf(script);
  const scores = found.map(() => 0);
  // Only words no longer than the longest stop word are looked up.
  eachWord(text, 1, longest, (w) => {
    for (const k of stopOf(w)) scores[k] = (scores[k] as number) + 1;
  });
  // Own letters in one pass over the text (by code point: a pack may name a letter outside the BMP).
  if (own.size > 0) {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < FAST_LIMIT) {
        const at = ownBelow[c] as number;
        if (at > 0) for (const k of ownLists[at - 1] as number[]) scores[k] = (scores[k] as number) + 1;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        c = text.codePointAt(i) as number;
        if (c > 0xffff) i++;
      }
      const ks = own.get(c);
      if (ks) for (const k of ks) scores[k] = (scores[k] as number) + 1;
    }
  }
  let best = 0;
  scores.forEach((s, k) => {
    if (s > (scores[best] as number)) best = k;
  });
  return script.packs[best] as LanguagePack;
}
