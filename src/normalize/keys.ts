/** Comparison keys for the tokens of a paragraph. */
import type { Token } from '../tokenize/tokens.js';
import type { AliasMap } from './aliases.js';
import { ALIAS_STEM_MIN } from '../params.js';
import { conceptStems, type ConceptIndex } from './concepts.js';
import { foldPunct } from './fold.js';
import type { Reading } from './reading.js';

/** How one text's words are keyed: its reading and the alias lookup. */
export interface Keying {
  reading: Reading;
  aliases: AliasMap;
  /**
   * Across languages, the concepts of the packs that read the text: a
   * paragraph's stems are then what it shares with a translation (concepts,
   * names, numbers: see conceptStems), not its words, and its words get no
   * keys (no word diff is made between languages): `keys` is empty and the
   * signature is the words and punctuation folded.
   */
  concepts?: ConceptIndex;
}

/** A paragraph ready for comparison: tokens with their keys, and stems for similarity. */
export interface KeyedText {
  tokens: Token[];
  /** One key per token: folded word (or its alias), folded punctuation, or ' ' for any whitespace. */
  keys: string[];
  /** Stems of the words, aliases resolved, for similarity. */
  stems: string[];
  /** The keys of words and punctuation joined: equal exactly when the texts differ only cosmetically. */
  signature: string;
  /**
   * For a name written with a capital inside a sentence, its name key (its
   * pack's `nameKey`, the same for its transliterations), by token; absent
   * elsewhere. A word diff takes two tokens as the same word when their keys
   * or their name keys are equal: "Resolution" stays the word "resolution",
   * and "Lavrentyev" the name "Lavrentiev".
   */
  names?: Array<string | undefined>;
}

// The first words of hyphenated alias names ("nur" of "nur-sultan"), by alias lookup.
const firstWords = new WeakMap<AliasMap, ReadonlySet<string>>();
function firstWordsOf(aliases: AliasMap): ReadonlySet<string> {
  let set = firstWords.get(aliases);
  if (!set) {
    set = new Set([...aliases.keys()].filter((k) => k.includes('-')).map((k) => k.slice(0, k.indexOf('-'))));
    firstWords.set(aliases, set);
  }
  return set;
}

// A word begins a sentence after these (or at the start of the text).
const SENTENCE_END = /[.!?؟…:;]$/u;
// A name: a capital and then a small letter, at its start or after a hyphen ("Lavrentyev", "al-Tanf"); not an acronym.
const NAME = /(?:^|-)\p{Lu}\p{Ll}/u;

const unhyphen = (s: string): string => (s.includes('-') ? s.replace(/-/g, '') || s : s);

/**
 * The stems of a text's tokens alone (what keyTokens gives as `stems`): across
 * languages only its concept stems, without the word keys that keyTokens also makes.
 */
export function stemsOf(tokens: Token[], keying: Keying): string[] {
  return keying.concepts ? conceptStems(tokens, keying.reading, keying.aliases, keying.concepts) : keyTokens(tokens, keying).stems;
}

/** Compute comparison keys for tokens. */
export function keyTokens(tokens: Token[], keying: Keying, withNames = true): KeyedText {
  const { reading, aliases } = keying;
  if (keying.concepts) {
    const folded: string[] = [];
    for (const t of tokens) if (t.kind !== 'space') folded.push(t.kind === 'punct' ? foldPunct(t.text) : reading.fold(t.text));
    return { tokens, keys: [], stems: conceptStems(tokens, reading, aliases, keying.concepts), signature: folded.join('\u0001') };
  }
  const firsts = firstWordsOf(aliases);
  const keys: string[] = [];
  const stems: string[] = [];
  const parts: string[] = [];
  const names: Array<string | undefined> = [];
  let anyName = false;
  // A name written in two words ("Nur Sultan", «نور سلطان», "Deir ez-Zor")
  // that an alias group writes hyphenated: the second word joins the first.
  let joined = -1;
  // Whether the next word begins a sentence (its capital says nothing of a name).
  let sentenceStart = true;
  let lastWord = '';
  tokens.forEach((t, i) => {
    // A word with a capital inside a sentence may be a name (also after "A.", "Mr.": Reading.abbreviates).
    let name = false;
    if (t.kind === 'punct') sentenceStart = SENTENCE_END.test(t.text) && !(t.text === '.' && reading.abbreviates(lastWord));
    else if (t.kind === 'word') {
      name = withNames && !sentenceStart && NAME.test(t.text);
      sentenceStart = false;
      lastWord = t.text;
    }
    if (i === joined) {
      keys.push(' ');
      return;
    }
    const next = tokens[i + 2];
    if (t.kind === 'word' && tokens[i + 1]?.kind === 'space' && next?.kind === 'word' && firsts.has(reading.fold(t.text))) {
      const pair = aliases.get(`${reading.fold(t.text)}-${reading.fold(next.text)}`);
      if (pair !== undefined) {
        keys.push(pair);
        parts.push(pair);
        stems.push(pair);
        joined = i + 2;
        return;
      }
    }
    keyOne(t, name);
  });
  const keyed: KeyedText = { tokens, keys, stems, signature: parts.join('\u0001') };
  if (anyName) keyed.names = names;
  return keyed;

  function keyOne(t: Token, name: boolean): void {
    if (t.kind === 'space') {
      keys.push(' ');
      return;
    }
    if (t.kind === 'punct') {
      const k = foldPunct(t.text);
      keys.push(k);
      parts.push(k);
      return;
    }
    const folded = reading.fold(t.text);
    if (folded === '') {
      // A "word" of marks only (a stray tashkeel after a space): nothing to compare.
      keys.push(' ');
      return;
    }
    const stem = reading.stem(folded);
    // An inflected name ("в Нур-Султане", "Türkiye's") is found through its stem (see ALIAS_STEM_MIN).
    const alias = aliases.get(folded) ?? (stem.length >= ALIAS_STEM_MIN ? aliases.get(stem) : undefined);
    // A compound's hyphen is not compared: "de-escalation" is the word a PDF's line break
    // makes "de-\nescalation" (joined: "deescalation"), as "sover-\neignty" is "sovereignty".
    // A name inside a sentence also has its pack's name key, the same for its transliterations
    // (`names`); one that is an alias's transliteration ("Deir-al-Zour") is keyed as the alias.
    const nameKey = alias === undefined && name ? reading.nameKey(folded) : undefined;
    const nameAlias = nameKey === undefined ? undefined : aliases.get(nameKey);
    const key = unhyphen(alias ?? nameAlias ?? folded);
    keys.push(key);
    parts.push(key);
    stems.push(unhyphen(alias ?? nameAlias ?? stem));
    if (nameKey !== undefined && nameAlias === undefined) {
      names[keys.length - 1] = nameKey;
      anyName = true;
    }
  }
}
