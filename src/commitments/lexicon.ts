/** Compiling the lexicons of the packs that read a text (with a user's additions) for matching. */
import type { Lexicon, MarkerEntry, PredicateEntry } from '../languages/types.js';
import { expectLexicon } from '../languages/validate.js';
import type { Reading } from '../normalize/reading.js';
import { compile, indexPatterns, startingWith, type Compiled } from '../normalize/patterns.js';
import { MARKER_WEIGHTS, STRENGTH_SCALE } from './scale.js';

/** A predicate entry with its strength resolved. */
export interface ResolvedPredicate {
  predicate: string;
  nominal: boolean;
  impersonal: boolean;
  /** The act's own words negate it (PredicateEntry.negative). */
  negative: boolean;
  strength: number;
}

/** A marker entry with its weight resolved. */
export interface ResolvedMarker {
  kind: MarkerEntry['kind'];
  weight: number;
}

/** Who a speaker pattern says is speaking. */
export type SpeakerKind = 'parties' | 'party' | 'third-party' | 'furniture';

/** What the lexicon knows of one word as written: its form for matching, and the patterns that may start at it. */
export interface WordInfo {
  form: string;
  /** The word carries a joined clitic of its pack («وأكدت»). */
  joined: boolean;
  predicates: readonly Compiled<ResolvedPredicate>[];
  markers: readonly Compiled<ResolvedMarker>[];
  attribution: readonly Compiled<null>[];
  speakers: readonly Compiled<SpeakerKind>[];
  /** The agents of passive acts that start here (Lexicon.agents). */
  agents: readonly Compiled<'parties' | 'party'>[];
  /** Patterns that end an addressee starting here ("to", «إلى», «к»): apart from `speakers`, as they start at the commonest words. */
  addresseeEnds: readonly Compiled<null>[];
  /** Patterns that end a commitment after clause punctuation (Lexicon.clauseBreaks). */
  clauseBreaks: readonly Compiled<null>[];
}

/** A lexicon ready for matching. */
export interface CompiledLexicon {
  /** The reading whose packs' lexicons these are. */
  reading: Reading;
  /**
   * The word's form and starting patterns, computed once per distinct word
   * (communiqués repeat their words thousands of times) and cached up to
   * 50,000 words: reading a text costs one look-up a word.
   */
  word(raw: string): WordInfo;
}

const WORD_CACHE_LIMIT = 50_000;

// Compiled lexicons by the packs that read (see Reading.lexiconKey); a process uses a few.
const compiled = new Map<string, CompiledLexicon>();

function resolvePredicate(e: PredicateEntry, where: string): ResolvedPredicate {
  const strength = e.strength ?? STRENGTH_SCALE[e.predicate];
  if (typeof strength !== 'number' || !Number.isFinite(strength)) {
    throw new RangeError(`${where}: predicate ${JSON.stringify(e.predicate)} is not on the strength scale; give it a \`strength\` or use one of ${Object.keys(STRENGTH_SCALE).join(', ')}`);
  }
  return { predicate: e.predicate, nominal: e.nominal === true, impersonal: e.impersonal === true, negative: e.negative === true, strength };
}

/**
 * Compile the lexicons of the packs that read a text, plus a user's
 * additions (validated here, at the boundary, and named `name` in errors).
 * Without additions, compiled once per reading.
 */
export function compileLexicon(reading: Reading, extra: unknown, name: string): CompiledLexicon {
  const cached = extra === undefined ? compiled.get(reading.lexiconKey) : undefined;
  if (cached) return cached;
  // In the order of the packs in use, whichever pack is the text's own: the
  // same lexicon for every reading by the same packs.
  const parts: Array<{ lexicon: Lexicon; where: string }> = reading.all.filter((p) => reading.packs.includes(p)).map((p) => ({ lexicon: p.lexicon, where: `the ${p.name} pack's lexicon` }));
  if (extra !== undefined) parts.push({ lexicon: expectLexicon(name, extra, true), where: name });
  let order = 0;
  const predicates: Compiled<ResolvedPredicate>[] = [];
  const markers: Compiled<ResolvedMarker>[] = [];
  const attribution: Compiled<null>[] = [];
  const speakers: Compiled<SpeakerKind>[] = [];
  const agents: Compiled<'parties' | 'party'>[] = [];
  const addresseeEnds: Compiled<null>[] = [];
  const clauseBreaks: Compiled<null>[] = [];
  const form = reading.form;
  for (const { lexicon, where } of parts) {
    lexicon.predicates.forEach((e) => predicates.push(compile(e.pattern, resolvePredicate(e, where), order++, form)));
    lexicon.markers.forEach((e) => markers.push(compile(e.pattern, { kind: e.kind, weight: e.weight ?? MARKER_WEIGHTS[e.kind] }, order++, form)));
    lexicon.attribution.forEach((p) => attribution.push(compile(p, null, order++, form)));
    const speaker = (list: readonly string[] | undefined, kind: SpeakerKind): void => list?.forEach((p) => speakers.push(compile(p, kind, order++, form)));
    speaker(lexicon.parties, 'parties');
    speaker(lexicon.party, 'party');
    speaker(lexicon.thirdParty, 'third-party');
    speaker(lexicon.furniture, 'furniture');
    lexicon.agents?.parties?.forEach((p) => agents.push(compile(p, 'parties', order++, form)));
    lexicon.agents?.party?.forEach((p) => agents.push(compile(p, 'party', order++, form)));
    lexicon.addresseeEnds?.forEach((p) => addresseeEnds.push(compile(p, null, order++, form)));
    lexicon.clauseBreaks?.forEach((p) => clauseBreaks.push(compile(p, null, order++, form)));
  }
  const index = {
    predicates: indexPatterns(predicates),
    markers: indexPatterns(markers),
    attribution: indexPatterns(attribution),
    speakers: indexPatterns(speakers),
    agents: indexPatterns(agents),
    addresseeEnds: indexPatterns(addresseeEnds),
    clauseBreaks: indexPatterns(clauseBreaks),
  };
  const words = new Map<string, WordInfo>();
  const out: CompiledLexicon = {
    reading,
    word(raw) {
      let info = words.get(raw);
      if (info === undefined) {
        const f = form(raw);
        info = {
          form: f,
          joined: reading.cliticLength(raw) > 0,
          predicates: startingWith(index.predicates, f),
          markers: startingWith(index.markers, f),
          attribution: startingWith(index.attribution, f),
          speakers: startingWith(index.speakers, f),
          agents: startingWith(index.agents, f),
          addresseeEnds: startingWith(index.addresseeEnds, f),
          clauseBreaks: startingWith(index.clauseBreaks, f),
        };
        if (words.size >= WORD_CACHE_LIMIT) words.clear();
        words.set(raw, info);
      }
      return info;
    },
  };
  if (extra === undefined) {
    if (compiled.size >= 64) compiled.clear();
    compiled.set(reading.lexiconKey, out);
  }
  return out;
}
