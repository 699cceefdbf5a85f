/** Finding the acts the parties perform in a paragraph, with their markers and strength. */
import { ADDRESSEE_MAX_WORDS, CLAUSE_ACTS, LEADING_MARKERS, MARKER_GROUP_CAP, NEGATION_REACH, SPEAKER_PARTY_WEIGHT, STATEMENT_VOICE_REACH, SUBJECT_AFTER_ACT } from '../params.js';
import { scanTokens, WORD, type TokenScan } from '../tokenize/tokens.js';
import type { Commitment, Marker } from '../types/commitments.js';
import { comparedText } from '../segment/compared.js';
import type { Paragraph } from '../types/segment.js';
import { charCodes } from '../util/chars.js';
import type { Reading } from '../normalize/reading.js';
import type { CompiledLexicon, ResolvedPredicate, WordInfo } from './lexicon.js';
import { matchAt, type Match } from '../normalize/patterns.js';
import { sentenceIds } from './sentences.js';
import { setComparedWords } from './words.js';

// Punctuation trimmed from the end of a clause; closing quotes are kept.
const TRAILING = charCodes(',،;؛.:-–—…!?؟');
const CAPITAL = /\p{Lu}/u;
const OPENING = charCodes('“«„([‹');

/**
 * The words of a paragraph, as parallel arrays (one entry a word, no per-word
 * objects). The arrays are scratch space shared by every call and only grown:
 * entries past `length` are left over from longer paragraphs and never read.
 */
interface Words {
  length: number;
  /** What the lexicon knows of each word. */
  infos: WordInfo[];
  /** Each word's form for matching. */
  forms: string[];
  /** Each word's index in the token list. */
  token: Int32Array;
  /** Each word's sentence number. */
  sentence: Int32Array;
  /** For each word, the index of the first word after its sentence. */
  ends: Int32Array;
  /** The act that starts at each word, up to its sentence's end (null: none), as first asked for (see actAt). */
  acts: Array<Match<ResolvedPredicate> | null>;
}

// One set of word arrays for all paragraphs: allocating two typed arrays and
// two arrays a paragraph was an eighth of extraction time (V8 CPU profile of
// 8,000 paragraphs). Extraction never nests, so one set suffices.
const scratch: Words = { length: 0, infos: [], forms: [], token: new Int32Array(256), sentence: new Int32Array(256), ends: new Int32Array(256), acts: [] };

function wordsFor(count: number): Words {
  if (scratch.token.length < count) {
    const size = Math.max(count, scratch.token.length * 2);
    scratch.token = new Int32Array(size);
    scratch.sentence = new Int32Array(size);
    scratch.ends = new Int32Array(size);
  }
  scratch.length = count;
  scratch.acts.length = 0;
  return scratch;
}

/**
 * The act that starts at word `k` and ends in its sentence, matched once per
 * word (the verb-final look-ahead, the voice of a sentence and the clauses
 * that complete an act all ask for it); undefined for none.
 */
function actAt(words: Words, k: number): Match<ResolvedPredicate> | undefined {
  let m = words.acts[k];
  if (m === undefined) {
    m = matchAt((words.infos[k] as WordInfo).predicates, words.forms, k, words.ends[k] as number) ?? null;
    words.acts[k] = m;
  }
  return m ?? undefined;
}

/** Who speaks in the sentence being read, and what established it. */
interface Voice {
  sentence: number;
  /** First word of the sentence. */
  start: number;
  /** Furniture or a third party: no act of the sentence is a commitment. */
  silent: boolean;
  /** The speaker of the last act taken in the sentence, or of the last subject read since. */
  speaker: 'parties' | 'party' | undefined;
  /** The named party's words, for `party`. */
  speakerText: string | undefined;
}

/**
 * The commitments of one paragraph (offsets into the communiqué's source).
 * Only the parties' acts are commitments: an act whose sentence starts with
 * it (the statements' own voice: "Reaffirmed…", "وأكدت الأطراف…"), follows
 * the parties, a named party or the statement as its subject ("the three
 * countries stressed", "the statement said"), or has them right after it
 * (verb-first: «شددت الأطراف»). Acts in headings (`heading`), press furniture
 * ("Read also"), a third party's words ("the minister said") or a
 * reporter's sentences are not.
 */
export function paragraphCommitments(p: Paragraph, lexicon: CompiledLexicon, heading = false): Commitment[] {
  const text = comparedText(p);
  // The scan's buffers are shared and stay valid here: nothing below scans
  // another text (word look-ups fold single words; building reads offsets).
  const tokens = scanTokens(text, false);
  const sentences = sentenceIds(tokens, text, lexicon.reading.abbreviates);
  let count = 0;
  for (let t = 0; t < tokens.count; t++) if (tokens.kinds[t] === WORD) count++;
  const words = wordsFor(count);
  for (let t = 0, k = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== WORD) continue;
    const info = lexicon.word(text.slice(tokens.starts[t], tokens.ends[t]));
    words.infos[k] = info;
    words.forms[k] = info.form;
    words.token[k] = t;
    words.sentence[k] = sentences[t] as number;
    k++;
  }
  const { forms, infos } = words;
  const barriers = clauseBarriers(text, tokens, words);
  const out: Commitment[] = [];
  let open: { match: Match<ResolvedPredicate>; sentence: number; from: number; voice: Voice; verbFinal: boolean } | undefined;
  // First word that a new clause may take from before its act (after the last act's words).
  let free = 0;
  const close = (endWord: number): void => {
    if (open) out.push(build(p, tokens, words, open.match, open.from, endWord, lexicon.reading, open.voice, barriers, open.verbFinal));
    open = undefined;
  };
  sentenceEnds(words);
  const ends = words.ends;
  // Where the next verb of each word's sentence ends, for verb-final clauses; made when first asked for.
  let verbs: Int32Array | undefined;
  const ahead = (): Int32Array => (verbs ??= verbsAhead(words));
  const wordsText = (from: number, to: number): string => text.slice(tokens.starts[words.token[from] as number], tokens.ends[words.token[to] as number]);
  // After a clause break ("…, but …") the reporter speaks: a noun act there ("…, but the
  // need for relief was not mentioned") is what the report says is missing, not an act.
  let reporterClause = false;
  let voice: Voice = { sentence: -1, start: 0, silent: false, speaker: undefined, speakerText: undefined };
  // The last word of the subject last read.
  let subjectEnd = -1;
  // An agent read before the next act («… tarafından»), and how to give it to that act when passive:
  // the act is read with it as its speaker, then the voice is as before.
  let pendingAgent: { speaker: 'parties' | 'party'; text: string | undefined } | undefined;
  const byAgent = (passive: boolean | undefined): (() => void) => {
    const given = pendingAgent;
    pendingAgent = undefined;
    if (!given || !passive || voice.speaker !== undefined) return () => {};
    const before = voice;
    voice = { ...voice, speaker: given.speaker, speakerText: given.text };
    return () => {
      voice = before;
    };
  };
  let i = 0;
  while (i < count) {
    const info = infos[i] as WordInfo;
    const sentence = words.sentence[i] as number;
    if (open && open.sentence !== sentence) close(i);
    if (voice.sentence !== sentence) reporterClause = false;
    const limit = ends[i] as number;
    if (voice.sentence !== sentence) voice = voiceOf(words, i, limit, heading);
    const attribution = matchAt(info.attribution, forms, i, limit);
    if (attribution) {
      close(i);
      i = (attribution.words[attribution.words.length - 1] as number) + 1;
      free = i;
      // What a reporting frame introduces is the statement's, so the parties'.
      voice.speaker = 'parties';
      voice.speakerText = undefined;
      continue;
    }
    // "…, but the passage on sanctions was dropped": the commitment ends at the comma.
    if (open && barriers.has(i) && info.clauseBreaks.length > 0 && matchAt(info.clauseBreaks, forms, i, limit)) {
      close(i);
      free = i;
      reporterClause = true;
    }
    // In a verb-final language a name before the act is most often its object («Türkiye'nin toprak
    // bütünlüğüne … bağlılıklarını teyit ettiler»): only one that opens the sentence is its subject.
    // (Not inside the subject just read: "Iran and Russia" is two parties, not "Russia".)
    const subject = info.speakers.length > 0 && i > subjectEnd && (i === voice.start || lexicon.reading.packOf(info.form)?.wordOrder !== 'verb-final') ? matchAt(info.speakers, forms, i, limit) : undefined;
    // A party named among the parties ("Iran, Russia and Türkiye called…") does not make the act its own.
    if (subject && (subject.entry === 'parties' || (subject.entry === 'party' && voice.speaker !== 'parties')) && !open) {
      voice.speaker = subject.entry;
      voice.speakerText = subject.entry === 'party' ? wordsText(i, subject.words[subject.words.length - 1] as number) : undefined;
      subjectEnd = subject.words[subject.words.length - 1] as number;
    }
    // The agent of a passive act ("… Rusya ve İran tarafından reddedildi"), wherever it stands before
    // it: the speaker of the next act if that act is passive, and of no other ("Taraflar, Türkiye
    // tarafından sunulan öneriyi … karşıladılar": the parties welcomed what Türkiye proposed).
    const agent = info.agents.length > 0 && !open && i > subjectEnd && voice.speaker === undefined ? matchAt(info.agents, forms, i, limit) : undefined;
    if (agent) {
      pendingAgent = { speaker: agent.entry, text: agent.entry === 'party' ? wordsText(i, agent.words[agent.words.length - 1] as number) : undefined };
      subjectEnd = agent.words[agent.words.length - 1] as number;
    }
    const m = matchAt(info.predicates, forms, i, limit, undefined, barriers);
    if (m && lexicon.reading.packOf(forms[m.words[m.words.length - 1] as number] as string)?.wordOrder === 'verb-final') {
      const last = m.words[m.words.length - 1] as number;
      // A noun act before the verb of its clause («bağlılıklarını teyit ettiler») is what the verb is about.
      let end = last + 1;
      if (!(m.entry.nominal && last + 1 < limit && (ahead()[last + 1] as number) > 0)) {
        close(i);
        const from = afterSubject(words, Math.max(free, voice.start), m.words[0] as number, limit, lexicon.reading.connectors);
        // «توافق کردند که … برگزار کنند»: a clause that completes the act is part of it.
        // (Without one, in a pack whose clauses follow the act, that is, one with complementizers.)
        const follows = (lexicon.reading.packOf(forms[last] as string)?.complementizers?.length ?? 0) > 0;
        end = complementEnd(words, last + 1, limit, lexicon.reading, ahead) ?? (follows && CLAUSE_ACTS.has(m.entry.predicate) ? clauseEnd(words, last + 1, limit, barriers) : undefined) ?? last + 1;
        const agentOf = byAgent(m.entry.impersonal);
        if (!voice.silent && speakerOfAct(words, voice, from, m.words[0] as number, last, limit, wordsText, lexicon.reading, m.entry.impersonal)) {
          open = { match: m, sentence, from, voice: { ...voice }, verbFinal: true };
          close(end);
        }
        agentOf();
        free = end;
      }
      reporterClause = false;
      i = end;
      continue;
    }
    // A noun or modal act ("the need to", "will hold") inside an open act's clause is part
    // of it, unless clause punctuation sets it apart; after a clause break it is no act.
    if (m && m.entry.nominal && reporterClause) {
      i = (m.words[m.words.length - 1] as number) + 1;
      continue;
    }
    if (m && (!m.entry.nominal || !open || barriers.has(i))) {
      reporterClause = false;
      // Markers right before the act belong to it: "strongly condemned", "did not agree";
      // so does a negation a few words before it: "could not agree", «لم يتمكنوا من الاتفاق».
      // An act after clause punctuation or with a joined «و» starts its own clause: no negation reaches it from before.
      const from = (barriers.has(i) || info.joined ? undefined : negationBefore(words, i, free, barriers, lexicon.reading.connectors)) ?? leadingMarkers(words, i, free, barriers);
      close(from);
      const last = m.words[m.words.length - 1] as number;
      const afterPhrase = m.entry.impersonal || (free <= voice.start && opensAfterPhrase(voice.start, from, barriers));
      const agentOf = byAgent(m.entry.impersonal);
      if (!voice.silent && speakerOfAct(words, voice, from, m.words[0] as number, last, limit, wordsText, lexicon.reading, afterPhrase)) open = { match: m, sentence, from, voice: { ...voice }, verbFinal: false };
      agentOf();
      i = last + 1;
      free = i;
      continue;
    }
    i++;
  }
  close(count);
  return out;
}

/**
 * The voice of the sentence that starts at word `start`: silent when it is
 * furniture or a third party's — unless the third party relays the
 * statement ("the agency quoted the statement as…", «نقلت الوكالة عن البيان»).
 */
function voiceOf(words: Words, start: number, limit: number, heading: boolean): Voice {
  const voice: Voice = { sentence: words.sentence[start] as number, start, silent: heading, speaker: undefined, speakerText: undefined };
  let thirdParty = false;
  // Whether the third party has an act of its own before a frame: its "…, and said that …"
  // is then its own words («رحّب متحدث باسم الأمم المتحدة بالبيان، وقال إن …»), not a relay.
  let ownAct = false;
  for (let k = start; k < limit && !voice.silent; k++) {
    const info = words.infos[k] as WordInfo;
    const frame = matchAt(info.attribution, words.forms, k, limit);
    if (thirdParty && !ownAct && frame) return { ...voice, silent: false };
    // A frame longer than a third party that starts where it does is the frame: «به گفته بیانیه»
    // (according to the statement) against «به گفته ناظران» (according to observers).
    const m = info.speakers.length > 0 ? matchAt(info.speakers, words.forms, k, limit) : undefined;
    if (frame && m?.entry === 'third-party' && frame.words.length > m.words.length) continue;
    if (m?.entry === 'furniture' && k === start) voice.silent = true;
    if (m?.entry === 'third-party') thirdParty = true;
    if (thirdParty && info.predicates.length > 0 && actAt(words, k)) ownAct = true;
  }
  return { ...voice, silent: voice.silent || thirdParty };
}

/**
 * Whether an act (its clause from word `from`, its words from `act` to `last`) is the
 * parties' or a named party's, and so a commitment; sets the voice's speaker.
 * See paragraphCommitments.
 */
function speakerOfAct(words: Words, voice: Voice, from: number, act: number, last: number, limit: number, wordsText: (a: number, b: number) => string, reading: Reading, afterPhrase: boolean): boolean {
  if (voice.speaker) return true;
  // The subject right after the act, in verb-first sentences («وشدد الجانب التركي»),
  // or right after the verb of an act of several words («أعلنت روسيا وإيران عزمهما»,
  // not «وأعربت لروسيا…», where a preposition makes it the addressee).
  const verbFirst = reading.packOf(words.forms[last] as string)?.wordOrder === 'verb-first';
  for (let k = act + 1; verbFirst && k < Math.min(limit, last + 1 + SUBJECT_AFTER_ACT); k++) {
    if (k <= last && (k > act + 1 || (words.infos[k] as WordInfo).joined)) continue;
    const m = matchAt((words.infos[k] as WordInfo).speakers, words.forms, k, limit);
    if (m && (m.entry === 'parties' || m.entry === 'party')) {
      voice.speaker = m.entry;
      voice.speakerText = m.entry === 'party' ? wordsText(k, m.words[m.words.length - 1] as number) : undefined;
      return true;
    }
  }
  if (from - voice.start <= STATEMENT_VOICE_REACH || afterPhrase) {
    voice.speaker = 'parties';
    return true;
  }
  return false;
}

/**
 * Whether the clause at word `from` is the sentence's first after an opening
 * phrase without an act ("Turning to the situation east of the Euphrates,
 * grave concern was expressed…", «وفي ما يتعلق بالوضع شرق الفرات، تم التعبير…»):
 * the statement's own voice, however long the phrase. A name before the act
 * ("Speaking to reporters, Lavrentiev noted…") keeps it from following the comma.
 */
function opensAfterPhrase(start: number, from: number, barriers: ReadonlySet<number>): boolean {
  if (!barriers.has(from)) return false;
  for (let k = start + 1; k < from; k++) if (barriers.has(k)) return false;
  return true;
}

/**
 * A negation that governs the act from up to NEGATION_REACH words before it,
 * in the same clause (no clause punctuation or act between): "did not repeat
 * the call", "were unable to reach", «لم يتمكنوا من الاتفاق», «не смогли
 * договориться». Its word index, or undefined.
 */
function negationBefore(words: Words, act: number, free: number, barriers: ReadonlySet<number>, connectors: ReadonlySet<string>): number | undefined {
  const sentence = words.sentence[act];
  for (let k = act - 1; k >= Math.max(free, act - NEGATION_REACH); k--) {
    if (words.sentence[k] !== sentence) return undefined;
    // "…has no military solution and reaffirmed": "and" right before the act starts a clause of its own
    // (not a word between a negation and its act: "ne se sont pas engagés", where «se» is a connector).
    if (k === act - 1 && connectors.has(words.forms[k] as string)) {
      const before = k - 1 >= free && words.sentence[k - 1] === sentence ? matchAt((words.infos[k - 1] as WordInfo).markers, words.forms, k - 1, act) : undefined;
      return before?.entry.kind === 'negation' ? k - 1 : undefined;
    }
    const m = matchAt((words.infos[k] as WordInfo).markers, words.forms, k, act);
    if (m?.entry.kind === 'negation') return k;
    if (barriers.has(k)) return undefined;
  }
  return undefined;
}

/**
 * For each word of a paragraph, the first word after the next act that is
 * not a noun, from that word to its sentence's end (0: none) — one pass from
 * the end, so that verb-final clauses look ahead in linear time.
 */
function verbsAhead(words: Words): Int32Array {
  const next = new Int32Array(words.length);
  for (let k = words.length - 1; k >= 0; k--) {
    const m = actAt(words, k);
    if (m && !m.entry.nominal) next[k] = (m.words[m.words.length - 1] as number) + 1;
    else next[k] = k + 1 < words.length && words.sentence[k + 1] === words.sentence[k] ? (next[k + 1] as number) : 0;
  }
  return next;
}

/**
 * Where a clause that completes a verb-final act ends: after the act, a
 * complementizer of its pack («که», «تا») opens a clause up to its own verb
 * (its first act that is not a noun: «bağlılık» in the clause is what it is
 * about) or the sentence's end — or, where a finite act of the parties
 * follows, the connector that opens its clause. Undefined when no
 * complementizer follows the act.
 */
function complementEnd(words: Words, after: number, limit: number, reading: Reading, ahead: () => Int32Array): number | undefined {
  const form = words.forms[after];
  if (form === undefined || after + 1 >= limit || !reading.packOf(form)?.complementizers?.includes(form)) return undefined;
  const next = ahead()[after + 1] as number;
  if (next === 0) return limit;
  // A next act whose last word is itself a subjunctive (read as a noun act alone: «… استقبال کنند»)
  // is the clause's own verb: the clause runs to it.
  const lastWord = next - 1;
  if (actAt(words, lastWord)?.entry.nominal) return next;
  // Otherwise it ends where the next act's clause opens: at the last connector followed by a
  // function word before it («… برگزار شود و از مقامات … قدردانی کردند»),
  // not at a connector inside a noun phrase («بازداشت‌شدگان و ربوده‌شدگان»).
  let cut: number | undefined;
  const stops = functionWords(reading);
  for (let k = after + 2; k < next; k++) {
    const m = actAt(words, k);
    if (m && !m.entry.nominal && (m.words[m.words.length - 1] as number) + 1 === next) return cut ?? next;
    // (Not at clause punctuation: a condition inside the clause has its comma, «که در صورت فراهم شدن شرایط، از … حمایت خواهند کرد».)
    if (reading.connectors.has(words.forms[k] as string) && stops.has(words.forms[k + 1] as string)) cut = k;
  }
  return next;
}

const functionWordSets = new WeakMap<Reading, ReadonlySet<string>>();
/** The stop words of the packs that read a text, as forms for matching (made once per reading). */
function functionWords(reading: Reading): ReadonlySet<string> {
  let set = functionWordSets.get(reading);
  if (!set) {
    set = new Set(reading.packs.flatMap((p) => p.detection.stopWords.map((w) => reading.form(w))));
    functionWordSets.set(reading, set);
  }
  return set;
}

/**
 * Where the clause of what is to be done after a verb-final act that takes
 * one ends without a complementizer (CLAUSE_ACTS): after its first subjunctive verb (an act
 * read as a noun, «کنند»), when one comes before another act and no punctuation
 * stands right after the act. Undefined otherwise.
 */
function clauseEnd(words: Words, after: number, limit: number, barriers: ReadonlySet<number>): number | undefined {
  for (let k = after; k < limit; k++) {
    // Not after punctuation right after the act; inside the clause a list or an «از جمله …» has its commas.
    if (k === after && barriers.has(k)) return undefined;
    const m = actAt(words, k);
    if (!m) continue;
    return m.entry.nominal ? (m.words[m.words.length - 1] as number) + 1 : undefined;
  }
  return undefined;
}

/** The first word of a verb-final clause that starts at `from`: after the connector ("ve", «و») and the parties or party that open it. */
function afterSubject(words: Words, from: number, act: number, limit: number, connectors: ReadonlySet<string>): number {
  let at = from;
  while (at < act && connectors.has(words.forms[at] as string)) at++;
  const m = matchAt((words.infos[at] as WordInfo).speakers, words.forms, at, limit);
  const end = m && (m.entry === 'parties' || m.entry === 'party') ? (m.words[m.words.length - 1] as number) + 1 : at;
  return end <= act ? end : at;
}

/** Where a clause starts: at its act, or earlier at markers that stand right before it in its clause. */
function leadingMarkers(words: Words, act: number, free: number, barriers: ReadonlySet<number>): number {
  const sentence = words.sentence[act];
  let from = act;
  for (let k = act - 1; k >= Math.max(free, act - LEADING_MARKERS); k--) {
    if (words.sentence[k] !== sentence) break;
    // A marker of several words ("once again", «еще раз») starts further back: look there too.
    const m = matchAt((words.infos[k] as WordInfo).markers, words.forms, k, from);
    if (!m || (m.words[m.words.length - 1] as number) !== from - 1) continue;
    // Across clause punctuation only a marker set off on both sides ("The parties, once again,
    // reaffirmed"): «… إلى وقفها فوراً، وطالبوا …» — "immediately" ends the clause before.
    if (barriers.has(from) && !barriers.has(k)) continue;
    from = k;
  }
  return from;
}

const CLAUSE_PUNCT = charCodes(',،;؛:');

/** Words that follow clause punctuation: a pattern's gap does not reach across them. */
function clauseBarriers(text: string, tokens: TokenScan, words: Words): Set<number> {
  const out = new Set<number>();
  for (let k = 1; k < words.length; k++) {
    for (let t = (words.token[k - 1] as number) + 1; t < (words.token[k] as number); t++) {
      // Between two words there is only punctuation (the scan left out spaces), one character a token.
      if ((tokens.ends[t] as number) - (tokens.starts[t] as number) === 1 && CLAUSE_PUNCT.has(text.charCodeAt(tokens.starts[t] as number))) {
        out.add(k);
        break;
      }
    }
  }
  return out;
}

/** For each word, the index of the first word after its sentence, into `words.ends` (one pass from the end). */
function sentenceEnds(words: Words): void {
  const ends = words.ends;
  for (let k = words.length - 1; k >= 0; k--) {
    ends[k] = k + 1 < words.length && words.sentence[k + 1] === words.sentence[k] ? (ends[k + 1] as number) : k + 1;
  }
}

/** Build a commitment from its act to the word before `endWord`. */
function build(p: Paragraph, tokens: TokenScan, words: Words, match: Match<ResolvedPredicate>, from: number, endWord: number, reading: Reading, voice: Voice, barriers: ReadonlySet<number>, verbFinal: boolean): Commitment {
  const { forms, infos } = words;
  const text = comparedText(p);
  // Where a word starts and ends in the paragraph's text.
  const startOf = (w: number): number => tokens.starts[words.token[w] as number] as number;
  const endOf = (w: number): number => tokens.ends[words.token[w] as number] as number;
  const first = from;
  const act = match.words[0] as number;
  const lastPred = match.words[match.words.length - 1] as number;
  // The clause ends at the last word before the next act, without trailing connectors.
  let lastWord = endWord - 1;
  while (lastWord > lastPred && reading.connectors.has(forms[lastWord] as string)) lastWord--;
  let endTok = words.token[lastWord] as number;
  // Keep closing quotes and brackets after the last word; drop other trailing
  // punctuation. Between two words there is only punctuation (the scan left
  // out spaces), one character a token; astral marks are in neither set.
  const nextWordTok = lastWord + 1 < words.length ? (words.token[lastWord + 1] as number) : tokens.count;
  for (let t = endTok + 1; t < nextWordTok; t++) {
    const code = text.charCodeAt(tokens.starts[t] as number);
    if (TRAILING.has(code) || OPENING.has(code)) break;
    endTok = t;
  }
  const base = p.textStart;
  const start = base + startOf(first) + reading.cliticLength(text.slice(startOf(first), endOf(first)));
  const end = base + (tokens.ends[endTok] as number);
  const predEnd = base + endOf(lastPred);
  const predStart = base + startOf(act) + reading.cliticLength(text.slice(startOf(act), endOf(act)));

  const blocked = new Set(match.words);
  const markers: Marker[] = [];
  const found: Array<{ kind: Marker['kind']; weight: number; from: number; to: number }> = [];
  for (let k = first; k <= lastWord; k++) {
    const starting = (infos[k] as WordInfo).markers;
    if (starting.length === 0 || blocked.has(k)) continue;
    const m = matchAt(starting, forms, k, lastWord + 1, blocked);
    if (!m || m.entry.kind === 'negation') continue;
    // A modal written with a capital inside its clause is a name: "in May", not "may".
    if (m.entry.kind === 'modal' && k > first && CAPITAL.test(text.charAt(startOf(k)))) continue;
    found.push({ kind: m.entry.kind, weight: m.entry.weight, from: k, to: m.words[m.words.length - 1] as number });
    k = m.words[m.words.length - 1] as number;
  }
  // A negation that leads the clause ("not agree", "لم نتفق", "не договорились") cancels the act;
  // so do the act's own words when they carry it («kınamadılar»).
  if (match.entry.negative) found.push({ kind: 'negation', weight: -match.entry.strength, from: act, to: lastPred });
  for (let k = first; k < act && !match.entry.negative; k++) {
    const m = matchAt((infos[k] as WordInfo).markers, forms, k, act);
    if (m?.entry.kind === 'negation') {
      found.push({ kind: 'negation', weight: -match.entry.strength, from: k, to: m.words[m.words.length - 1] as number });
      break;
    }
  }
  found.sort((a, b) => a.from - b.from);
  for (const f of groupMarkers(found, forms, reading.connectors)) {
    const mStart = base + startOf(f.from);
    const mEnd = base + endOf(f.to);
    markers.push({ kind: f.kind, text: slice(p, mStart, mEnd), start: mStart, end: mEnd, weight: f.weight });
  }
  const addressee = ASKING.has(match.entry.predicate) && !verbFinal ? addresseeOf(words, lastPred, lastWord, barriers) : undefined;
  // One named party's commitment is weaker than the parties' joint one.
  const party = voice.speaker === 'party' ? SPEAKER_PARTY_WEIGHT : 0;
  const strength = Math.round((match.entry.strength + markers.reduce((s, m) => s + m.weight, 0) + party) * 100) / 100;
  return setComparedWords({
    paragraph: p.index,
    text: slice(p, start, end),
    start,
    end,
    predicate: match.entry.predicate,
    predicateText: slice(p, predStart, predEnd),
    // What the act is about: the words after it, or before it in a verb-final clause.
    // (With a complement after the act, «توافق کردند که …», that too.)
    topic: (verbFinal ? `${slice(p, start, predStart, false)} ${slice(p, Math.min(predEnd, end), end, false)}` : slice(p, Math.min(predEnd, end), end, false)).trim(),
    base: match.entry.strength,
    strength,
    markers,
    polarity: markers.some((m) => m.kind === 'negation') ? 'negative' : 'affirmative',
    speaker: voice.speaker ?? 'parties',
    ...(voice.speaker === 'party' && voice.speakerText !== undefined ? { speakerText: voice.speakerText } : {}),
    ...(addressee ? { addressee: slice(p, base + startOf(addressee[0]), base + endOf(addressee[1])) } : {}),
  }, slice(p, start, end, false));
}

// Acts that ask someone to act: their clause names who is asked (canonical acts of STRENGTH_SCALE).
const ASKING = new Set(['call-upon', 'urge', 'request', 'invite', 'encourage', 'demand']);

/**
 * Who an asking act addresses: the words after the act up to a word that
 * ends an addressee (`LanguagePack.lexicon.addresseeEnds`: "to", «إلى», «к»)
 * or clause punctuation, at most ADDRESSEE_MAX_WORDS; [first, last] word, or undefined
 * ("called for …", «دعت إلى …» name nobody).
 */
function addresseeOf(words: Words, lastPred: number, lastWord: number, barriers: ReadonlySet<number>): [number, number] | undefined {
  const first = lastPred + 1;
  const endsAt = (k: number): boolean => k <= lastWord && matchAt((words.infos[k] as WordInfo).addresseeEnds, words.forms, k, lastWord + 1) !== undefined;
  for (let k = first; k <= Math.min(lastWord, first + ADDRESSEE_MAX_WORDS); k++) {
    if (k > first && barriers.has(k)) return undefined;
    if (endsAt(k)) return k > first ? [first, k - 1] : undefined;
  }
  return undefined;
}

/** Merge markers of one kind that stand next to each other or are joined by "and", "و", "и". */
function groupMarkers(found: Array<{ kind: Marker['kind']; weight: number; from: number; to: number }>, forms: readonly string[], connectors: ReadonlySet<string>) {
  const out: typeof found = [];
  for (const f of found) {
    const last = out[out.length - 1];
    const between = last ? forms.slice(last.to + 1, f.from) : [];
    if (last && last.kind === f.kind && f.kind !== 'negation' && between.every((w) => connectors.has(w)) && between.length <= 1) {
      last.to = f.to;
      last.weight = Math.max(-MARKER_GROUP_CAP, Math.min(MARKER_GROUP_CAP, last.weight + f.weight));
    } else out.push({ ...f });
  }
  return out;
}

/** Words of the paragraph as written (`raw`, for texts that must be `source.slice(start, end)`) or as compared (layout inside as spaces: the topic). */
function slice(p: Paragraph, start: number, end: number, raw = true): string {
  return (raw ? p.text : comparedText(p)).slice(start - p.textStart, end - p.textStart);
}
