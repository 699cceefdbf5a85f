/**
 * The interface of a language pack: everything the engine knows about one
 * language, in one object (as date-fns keeps a locale in one object with a
 * fixed shape). The engine never branches on a language code; it reads the
 * pack of the text's language.
 *
 * @module
 */

/**
 * What a marker does to the strength of a commitment (the slot it fills):
 * - `booster`: "strong", "unwavering", "in the strongest terms", الراسخ, твёрдую;
 * - `hedge`: "as appropriate", "consider", "where possible", حسب الاقتضاء, по возможности;
 * - `condition`: a condition on when or whether the act applies: "as soon as conditions permit", "provided that", متى سمحت الظروف, по мере создания условий;
 * - `modal`: "must" (up), "should" (level), "may" (down);
 * - `negation`: "not", "unable", لم, не — before the act, in its clause;
 * - `scope`: "all", "expand", جميع, все;
 * - `time`: urgency: "immediately" (up), "as soon as possible" (less), "in due course" (down), فوراً, немедленно.
 */
export type MarkerKind = 'booster' | 'hedge' | 'condition' | 'modal' | 'negation' | 'scope' | 'time';

/** A predicate (act) of a lexicon. */
export interface PredicateEntry {
  /** Canonical act this pattern signals, such as `'condemn'`. */
  predicate: string;
  /**
   * Words to match, after normalization (case, diacritics, letter variants):
   * `'called upon'`. Alternatives with `|` (`'urge|urged|urges'`), a prefix
   * with a final `*` (`'condemn*'`), and `~N` to allow up to N other words
   * between two words (`'expressed ~3 concern*'`).
   */
  pattern: string;
  /**
   * A noun (`'commitment'`, إدانة): it starts a commitment only where no act
   * has started one earlier in the sentence, so "reaffirmed their commitment"
   * is one commitment, not two.
   * @default false
   */
  nominal?: boolean;
  /**
   * An impersonal passive without a subject («было решено», «была выражена
   * обеспокоенность»): the statement's wherever it stands in a sentence that
   * is not a third party's ("During the meeting it was decided…").
   * @default false
   */
  impersonal?: boolean;
  /** Strength of the act; defaults to `STRENGTH_SCALE[predicate]`. */
  strength?: number;
  /**
   * The pattern's words carry a negation of the act themselves (Turkish
   * -ma/-me: «kınamadılar», "did not condemn"; Persian «محکوم نکردند»): the
   * act is read as negated, as if a negation marker stood before it.
   * @default false
   */
  negative?: boolean;
}

/** A marker of a lexicon. */
export interface MarkerEntry {
  /** What the marker does. */
  kind: MarkerKind;
  /** Words to match, in the syntax of {@link PredicateEntry.pattern}. */
  pattern: string;
  /** Strength added (negative: taken away); defaults to `MARKER_WEIGHTS[kind]`. */
  weight?: number;
}

/** The words of acts, markers and attribution in one language. */
export interface Lexicon {
  /** Acts the parties perform. */
  predicates: readonly PredicateEntry[];
  /** Words that move the strength of an act. */
  markers: readonly MarkerEntry[];
  /**
   * A journalist's reporting words ("the statement reads", وأردف البيان,
   * говорится в заявлении), in the pattern syntax: attribution, never a commitment.
   */
  attribution: readonly string[];
  /**
   * Who speaks for the parties, as the subject of an act: "the parties", "the
   * guarantors", "the three countries", "the statement", الأطراف، البيان،
   * стороны. An act after (or, in verb-first languages, right after) such
   * words is the parties' commitment.
   */
  parties?: readonly string[];
  /** One named party as the subject of an act: "Türkiye", "the Russian side", الجانب التركي. Its acts are commitments of that party. */
  party?: readonly string[];
  /**
   * Who performs a passive act, wherever it stands before the act in its
   * sentence (in a verb-final language a subject is otherwise read only at
   * the sentence's start): the parties ("üç ülke tarafından reddedildi",
   * "taraflarca vurgulandı") and one or two of them named ("Rusya ve İran
   * tarafından"). It speaks for the next act only, and only if that act is
   * passive (an impersonal entry) and no subject spoke before it: "Taraflar,
   * Türkiye tarafından sunulan öneriyi … karşıladılar" is the parties'.
   */
  agents?: {
    /** The parties as the agent: "üç ülke tarafından", "taraflarca", «توسط سه کشور». */
    readonly parties?: readonly string[];
    /** One or two of them named as the agent: "Rusya ve İran tarafından", «از سوی ترکیه». */
    readonly party?: readonly string[];
  };
  /**
   * A third party speaking (a quoted official, a ministry, an agency): "minister
   * ~6 said|told", "قال ~3 الوزير", "министр ~4 заявил". A sentence with such
   * words is that speaker's, never a commitment of the parties.
   */
  thirdParty?: readonly string[];
  /**
   * Words that end who an act is addressed to ("called upon **the Security
   * Council** to…": `to`; «دعت **المجتمع الدولي** إلى»: `إلى`; «призвали
   * **мировое сообщество** к»: `к`), in the pattern syntax.
   */
  addresseeEnds?: readonly string[];
  /**
   * Press furniture that starts a paragraph or sentence ("Read also", "اقرأ
   * أيضا", "Читайте также", "Share"): never a commitment.
   */
  furniture?: readonly string[];
  /**
   * Words that, right after clause punctuation, start a clause that is no
   * part of the act before it — most often the reporter's comment on it
   * ("…, but the passage on sanctions was dropped", «، بينما غابت الفقرة…»,
   * «, однако абзац исчез»): the commitment ends before them. An act after
   * them is read as usual.
   */
  clauseBreaks?: readonly string[];
}

/**
 * A group of names that mean the same thing, such as
 * `['Turkey', 'Türkiye', 'Турция', 'تركيا']`. Each name is one word (hyphens
 * allowed: `'Nur-Sultan'`); matching is done after normalization, so case,
 * diacritics and letter variants do not matter.
 */
export type AliasGroup = readonly string[];

/** How a pack tells its texts from those of other languages of the same script. */
export interface LanguageDetection {
  /**
   * Frequent short words of the language, lower case ("the", "of", "and";
   * "le", "de", "et"). Among the packs of a text's script, the one whose stop
   * words the text uses most is its language.
   */
  stopWords: readonly string[];
  /**
   * Letters the language has and others of its script lack (Persian پ چ ژ گ
   * beside Arabic; Turkish ı ş ğ beside English). Each occurrence counts as
   * a stop word. Empty when the script has no other language.
   */
  letters: string;
}

/** How a pack reads the number of a round in a statement's title or first lines. */
export interface RoundPatterns {
  /**
   * Patterns over the folded head of a text (lower case, ASCII digits, letter
   * variants unified: what {@link LanguagePack.fold} gives word by word, with
   * spaces and punctuation kept). Group 1 is the round's number in digits.
   * Not global (`g`) or sticky (`y`): the pack is frozen and the engine calls
   * `exec` only.
   */
  patterns: readonly RegExp[];
  /**
   * Rewrites spelled-out ordinals of rounds in the folded head as digits
   * ("the twentieth round" → "the 20th round"), so that `patterns` read them.
   */
  ordinalsAsDigits?: (foldedHead: string) => string;
}

/** Kinds of press furniture a pack recognises (see `LayoutKind`). */
export type FurnitureKind = 'dateline' | 'byline' | 'caption' | 'read-also' | 'social' | 'share' | 'tags' | 'footer' | 'advertisement';

/**
 * How a pack recognises layout lines in its language. Patterns are tested on
 * a whole line as a key: lower case (`String.prototype.toLowerCase`), ASCII digits,
 * tatweel and invisible marks removed, each run of whitespace one space,
 * trimmed. Not global (`g`) or sticky (`y`).
 */
export interface LayoutPatterns {
  /** Page numbers in the language's words: "page 2 of 3", «الصفحة 2 من 3», «стр. 2». */
  pageNumbers: readonly RegExp[];
  /** Lines of a news page that are not the story, by kind: "read also: …", «شارك», «фото: …». */
  furniture: Readonly<Partial<Record<FurnitureKind, readonly RegExp[]>>>;
}

/**
 * Everything communique-diff knows about one language. Pass packs to the
 * functions of `communique-diff/core` in `options.languages`; the main entry
 * uses all built-in packs. See docs/extending.md, "Add a language".
 *
 * @example
 * ```ts
 * import { diffCommuniques } from 'communique-diff/core';
 * import { en } from 'communique-diff/languages/en';
 *
 * const diff = diffCommuniques(round20, round21, { languages: [en] });
 * ```
 */
export interface LanguagePack {
  /** BCP 47 language code: `'en'`, `'ar'`, `'ru'`. */
  readonly code: string;
  /** The language's name in English: `'Arabic'`. */
  readonly name: string;
  /**
   * Unicode scripts of its words (`'Latin'`, `'Arabic'`, `'Cyrillic'`, as in
   * `\p{Script=…}`). A text's language is the pack of the script most of its
   * letters are in; packs that share a script are told apart by `detection`.
   */
  readonly scripts: readonly string[];
  /** Writing direction of the language's script. */
  readonly direction: 'ltr' | 'rtl';
  /** How to tell the language from others of the same script. */
  readonly detection: LanguageDetection;
  /**
   * Lower-case a word. Defaults to `String.prototype.toLowerCase`; a language
   * with its own case rules (Turkish dotted and dotless i) gives its own.
   */
  readonly lowerCase?: (word: string) => string;
  /**
   * Fold the letter variants of the language that print uses interchangeably
   * (Arabic alef with or without hamza, ё/е), after the engine's folding (NFKC,
   * no format characters, ASCII digits, lower case, no Latin diacritics). For
   * comparison only. Must be idempotent.
   */
  readonly fold: (word: string) => string;
  /** Light-stem a folded word, so that inflected forms of one word meet. Deterministic; never longer than the word, never empty. */
  readonly stem: (folded: string) => string;
  /**
   * The comparison key of a proper name, the same for its transliteration
   * variants (Lavrentiev / Lavrentyev, Soussan / Sousan): given a folded word
   * that was written with a capital letter inside a sentence, its key, or
   * undefined to compare it as any other word. Optional: a script without
   * capitals cannot tell names apart, and a pack without it compares names
   * letter for letter.
   */
  readonly nameKey?: (folded: string) => string | undefined;
  /**
   * Prefixes written joined to the next word that lexicon matching ignores
   * (Arabic و, "and": وأكدت matches أكدت), in folded form. Empty for most languages.
   */
  readonly clitics: readonly string[];
  /**
   * Folded words that join two markers into one phrase ("strong and
   * unwavering") and that a clause may end with before the next act.
   */
  readonly connectors: readonly string[];
  /**
   * Folded words that join the items of a list ("and", "or"; Arabic and
   * Persian و, also as a clitic): a commitment whose list grows by an item
   * between rounds ("attacks on civilians" → "attacks on civilians and
   * civilian infrastructure") widens its scope, one that loses an item
   * narrows it. Without them, such a change is a rewording.
   */
  readonly coordinators?: readonly string[];
  /**
   * The numbers one to twenty in words, folded and in order ("one", "two", …
   * "twenty"; a number of two words is one entry: "on iki"): a commitment
   * that writes a number in words and its other version in figures ("10" /
   * "dix") says the same. Without them, such a change is a rewording.
   */
  readonly cardinals?: readonly string[];
  /**
   * Folded titles written before a name with a period ("mr", "dr"; French
   * "mme"): the name after "Mr." is inside its sentence, so it is compared by
   * its name key ("Mr. Lavrentiev" / "Mr. Lavrentyev"). A one-letter initial
   * needs no entry.
   */
  readonly titles?: readonly string[];
  /**
   * Where the subject of an act usually stands: before the verb (English,
   * Russian: "Türkiye stressed") or right after it (Arabic: «شدد الجانب
   * التركي»). With `'verb-first'`, a named party right after an act is its
   * speaker; otherwise it is who the act is addressed to ("Called upon Türkiye").
   * With `'verb-final'` (Turkish, Persian: "Taraflar … kınadılar", «کشورهای
   * ضامن … محکوم کردند») an act's clause runs from the end of the act before
   * it (or the sentence's start, after its subject) up to the act: what the
   * act is about, and its markers, stand before it.
   * @default 'subject-first'
   */
  readonly wordOrder?: 'subject-first' | 'verb-first' | 'verb-final';
  /**
   * In a verb-final language, folded words that open a clause completing the
   * act before them (Persian «که», «تا»: «توافق کردند که نشست بعدی را …
   * برگزار کنند»): that clause, up to its own verb, is part of the act's
   * commitment, and its markers are the act's.
   */
  readonly complementizers?: readonly string[];
  /** Acts, markers and attribution. */
  readonly lexicon: Lexicon;
  /** How the number of a round is read from a text's head. */
  readonly rounds: RoundPatterns;
  /** How page numbers and press furniture are written in the language; left out, only numbers and repeated lines are layout. */
  readonly layout?: LayoutPatterns;
  /**
   * The language's spellings of names that have several (renamed states and
   * cities, transliterations): by group id, which is the folded canonical
   * name (`turkiye: ['Türkiye', 'Turkey']`). Groups of the same id in
   * several packs are one group.
   */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  /**
   * The language's words for the concepts of the domain, by concept id
   * (`sovereignty`, `territorial-integrity`, `constitutional-committee`,
   * `refugees`, `unhcr`, `sanctions`…), each one pattern or several in the
   * syntax of {@link PredicateEntry.pattern}: `'souverainet*|souverain*'`,
   * `['integrite territoriale', 'integrite ~2 territoire*']`. A concept id
   * means the same in every pack, so two paragraphs in two languages that
   * name the same concepts (with the same numbers and names) are versions of
   * one paragraph: this is what aligns a text with its translation. Optional:
   * a pack without it can be compared with texts in its own language only.
   */
  readonly concepts?: Readonly<Record<string, string | readonly string[]>>;
}
