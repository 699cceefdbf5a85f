/**
 * Every tunable number of communique-diff, in one place (as diff-match-patch
 * keeps its tunables at the top of one file), each with why it has its value
 * and, where an evaluation set it, the figure (`npm run eval`). Functions
 * that take a threshold as an option default to the value here.
 */

// ── Paragraph alignment ─────────────────────────────────────────────────────

/**
 * Least similarity for two paragraphs at the same place to be one paragraph
 * `modified` (option `minSimilarity`). At 0.35 a paragraph rewritten in place
 * with about a third of its weighted words kept is still one paragraph; below
 * it, two unrelated paragraphs of the genre (sharing "the parties", "Syria",
 * "the Constitutional Committee") were paired in the labelled set (0.30 in the
 * Arabic example pair). Alignment eval: link accuracy 99.9% on 695 links.
 */
export const MIN_SIMILARITY = 0.35;

// ── Across languages ────────────────────────────────────────────────────────

/**
 * Variance of the characters of a translation per character of the original
 * (Gale & Church's s²). They measured 6.8 on English–French and English–German
 * (Canadian Hansards, UBS reports); see match/similarity.ts, lengthOdds.
 */
export const LENGTH_VARIANCE = 6.8;

/**
 * Share of a cross-language similarity that does not depend on the lengths:
 * lengths alone never rule out a pair (a press report shortens what it
 * quotes), they break near-ties between paragraphs naming the same concepts.
 */
export const LENGTH_FLOOR = 0.5;

/**
 * Least similarity for a paragraph and one in another language to be one
 * paragraph in two versions (instead of MIN_SIMILARITY): their stems are
 * only the concepts, names and numbers both name (normalize/concepts.ts).
 */
export const CROSS_MIN_SIMILARITY = 0.2;

/** Least similarity across languages for a paragraph found at another place to be `moved`. */
export const CROSS_MOVE_SIMILARITY = 0.3;

/**
 * Across languages, least similarity (concepts, names and numbers of what two
 * commitments of aligned paragraphs are about) to pair them when their acts
 * differ and their places in the paragraph do not match (CROSS_ORDER_MIN);
 * also the bar for the same act in paragraphs not aligned together (on the
 * development sets 0.15 to 0.35 paired the same commitments: 0.25 kept).
 */
export const CROSS_COMMITMENT_SIMILARITY = 0.25;

/**
 * Across languages, how alike two commitments' places in their aligned
 * paragraphs must be (1: the same share of the way through it) to pair them
 * whatever their acts: a translation keeps its clauses in order.
 */
export const CROSS_ORDER_MIN = 0.75;

/** Weight of that likeness of places in the score of a cross-language pair (beside similarity and the same act's bonus). */
export const CROSS_ORDER_WEIGHT = 0.5;

/**
 * Across languages, the share of a commitment's concepts, names and numbers
 * that one commitment of the other version must carry for the two to be
 * compared when that version's pack read the clause as part of another
 * commitment ("Reaffirmed … and stressed that these principles must be
 * respected" read as one act in one language and two in the other): the
 * clause is not dropped, its content is there. Below it, it is dropped or
 * added. A third: on the development sets (dev-cross-2026-12-01, -second, and the spent
 * blind sets) a half gave the same recall at 1–3 points less precision; a quarter the same as a third.
 */
export const CROSS_COVER_CONTAINMENT = 1 / 3;

/**
 * Share of words (the overlap coefficient: common words of three letters or
 * more ÷ those of the smaller text) above which two texts detected in two
 * languages of one script are still one language: two rounds of one statement
 * share most of their words, a text and its translation few (names, "Astana",
 * "Idlib"), however long each is.
 */
export const SAME_LANGUAGE_OVERLAP = 0.4;

/** Characters of each text's head read for that check: a statement's first paragraphs say which language it is in. */
export const SAME_LANGUAGE_WINDOW = 3000;

/**
 * The range of Gale & Church's c (characters of the new version for one of
 * the old) taken from two whole texts: a press report of a few items against
 * the whole statement would give a ratio no translation has. Translations of
 * the genre between the built-in languages run 0.8–1.3 on the development set.
 */
export const LENGTH_RATIO_RANGE: readonly [number, number] = [0.5, 2];

/**
 * Least similarity for a paragraph found at another place to be `moved`
 * (option `moveSimilarity`): a paragraph elsewhere needs more evidence to be
 * the same one than one in place (moved F1 98.0% in the alignment eval).
 */
export const MOVE_SIMILARITY = 0.5;

/**
 * A pair this similar is the same paragraph lightly edited: an anchor of the
 * alignment. Less similar pairs may be one half of a split or merge, which
 * only the bead search can see.
 */
export const ANCHOR_SIMILARITY = 0.9;

/**
 * A bead of several parts must explain the single paragraph better than a
 * 1:1 bead by this margin per extra part, so that a paragraph followed by an
 * unrelated new one is not taken for a split (split and merged F1 100%).
 */
export const SPLIT_PENALTY = 0.05;

/**
 * Each part of a split (or merge) next to its whole must take at least this
 * share of its word weight from it: a split divides one text, it does not
 * bring new text in.
 */
export const PART_MIN = 0.5;

/**
 * A part of a split or merge found away from its whole has no place to vouch
 * for it, so it needs three quarters of its words from it. In the labelled
 * series set the parts that really moved away drew 79–100% of their words
 * from their whole; a short dropped paragraph of common words ("…
 * humanitarian … assistance throughout Syria") drew 58% from an unrelated
 * one. Series eval: lineage F1 97.2% → 98.4% with this step.
 */
export const PART_MIN_ELSEWHERE = 0.75;

/** A bead joins at most this many paragraphs: communiqués break a long paragraph into three, or fold three short ones into one. */
export const MAX_PARTS = 3;

/** Equal bead scores go to the bead nearer the diagonal, by this much per paragraph of distance, then by content. */
export const TIE_COST = 1e-9;

/**
 * The bead search is quadratic in the size of a gap between anchors; up to
 * this many cells (200 × 200 paragraphs) it runs as it is. Larger gaps are
 * split at runs of equal paragraphs, then cut into diagonal blocks of
 * {@link GAP_BLOCK} paragraphs, which keeps the work linear in the length.
 */
export const GAP_CELLS = 40_000;
/** Side of the diagonal blocks a gap larger than {@link GAP_CELLS} is cut into. */
export const GAP_BLOCK = 200;
/** Work allowed to Myers' diff over paragraph signatures in a large gap: (N + M) × D. */
export const SIGNATURE_DIFF_WORK = 4_000_000;

// ── Candidate index (alignment, moves, commitments, series) ─────────────────

/**
 * How many of an item's rarest stems look up candidates. Eight rare words
 * find a paragraph again after heavy editing; a paragraph with none of its
 * eight rarest words kept is not "the same paragraph".
 */
export const LOOKUP_STEMS = 8;

/**
 * A stem found in more items than this is not rare: it finds no candidates.
 * This bounds the work at LOOKUP_STEMS × MAX_POSTINGS comparisons an item,
 * also on texts of thousands of identical paragraphs.
 */
export const MAX_POSTINGS = 64;

// ── Commitment matching ─────────────────────────────────────────────────────

/**
 * Inside aligned paragraphs, a third of the weighted topic words in common
 * makes the same commitment: its wording may have changed a lot
 * ("condemned in the strongest terms" → "expressed concern over").
 */
export const COMMITMENT_GROUP_SIMILARITY = 0.34;
/** Inside aligned paragraphs with the same act, a fifth of the topic words is enough. */
export const COMMITMENT_GROUP_SIMILARITY_SAME_ACT = 0.2;
/**
 * Inside aligned paragraphs, the same act once affirmed and once negated needs
 * only a tenth, with at least one word of what it is about in common (the
 * act's own words do not count): a negation usually rewrites the rest ("призвали к
 * выводу всех войск" → "не повторили призыв к выводу", "agreed to hold the next
 * session in May" → "could not agree on a date"; development set).
 */
export const COMMITMENT_NEGATED_SIMILARITY = 0.1;
/**
 * Across unrelated paragraphs, half of the weighted topic words; also the bar
 * for a commitment that comes back in a series after an absence.
 */
export const COMMITMENT_SIMILARITY = 0.5;
/**
 * With the same act, a third of the topic words rejoins a commitment that
 * comes back in a series (series eval: commitment revivals 100% / 100%).
 */
export const COMMITMENT_SIMILARITY_SAME_ACT = COMMITMENT_GROUP_SIMILARITY;
/** An added or dropped commitment notes the closest one on the other side from this similarity (not enough to be the same commitment). */
export const CLOSEST_NOTE_SIMILARITY = 0.2;
/** The same act breaks near-ties in favour of the pair that kept it. */
export const SAME_ACT_BONUS = 0.15;

// ── Commitment strength ─────────────────────────────────────────────────────

/**
 * A change of strength smaller than this is no change: rounding noise, or a
 * scope word moved about. A quarter level is one scope marker.
 */
export const MIN_STRENGTH_CHANGE = 0.25;

/**
 * Across languages, a change of strength smaller than this is no divergence:
 * a quarter level (one scope or urgency word: "early", «всем») is as often a
 * translator's habit as a change of meaning. On the development set
 * dev-cross-2026-12-01 (17 pairs, 73 labelled divergences), at the end of
 * issue 17: a quarter level, divergence F1 62.6% (precision 52.3%) and 25
 * changes reported in faithful translations; half a level, 67.1% (65.8%) and
 * 7; three quarters, 49.6% (recall 43.8%, boosters and hedges lost) and 4.
 */
export const CROSS_MIN_STRENGTH_CHANGE = 0.5;

/**
 * Across languages, the largest difference of modal weight that is a
 * translator's grading, not a change: each language grades its modals
 * otherwise ("should" 0 / «должны» +0.5; "could" −0.5 / «يمكن»). "Will" (+0.25)
 * → "may" (−0.5) is 0.75, a change.
 */
export const CROSS_MODAL_TOLERANCE = 0.5;

/**
 * Acts that translators render with one another's verbs ("affirmed",
 * "stressed", "reaffirmed", "expressed", «أكدت», «شددت», «заявили»,
 * «подтвердили»; "underlined" / «یادآور شدند», "recalled": on the development
 * and spent sets, in faithful translations twice and in no labelled divergence
 * but one): across languages, one of them for another is the same
 * declaration, not a change of act. Acts outside it (condemn, call upon,
 * express concern…) keep their strengths (but see TRANSLATED_ACTS).
 */
export const DECLARATIVE_ACTS: ReadonlySet<string> = new Set(['express', 'emphasize', 'reaffirm', 'recall', 'express-determination', 'express-readiness', 'express-confidence', 'express-hope']);
/**
 * Groups of acts that translators render with one another's verbs: the
 * declarations above, and an agreement and a decision of the parties ("Agreed
 * to hold the next meeting" / «قررت عقد» / «kararlaştırdılar» / «Sont convenus de»:
 * on the development sets agree for decide across languages was a divergence
 * in one of seven pairs, a false one in six), and a welcome and an appreciation
 * ("welcomed" / «salué», "commended" / «رحبوا»: the translators' most frequent
 * swap of acts of one strength); a call, an urging and an invitation ("urged" /
 * «призвали» / «خواستند», "invited" / «دعا» / «ont invité»: one verb in most
 * languages; on the development and spent sets labelled the same commitment in
 * 6 of 8 pairs), and a reaffirmation and a commitment ("reaffirmed their
 * commitment to" / «جددت التزامها» / "committed to"). Across languages one act
 * of a group for another is the same act; any other act is another act, at its
 * own strength.
 */
export const TRANSLATED_ACTS: ReadonlyArray<ReadonlySet<string>> = [
  DECLARATIVE_ACTS,
  new Set(['agree', 'decide']),
  new Set(['welcome', 'appreciate']),
  new Set(['call-upon', 'urge', 'invite']),
  new Set(['reaffirm', 'commit']),
];
/**
 * Acts that take a clause of what is to be done (asking, agreeing, deciding):
 * in a verb-final language the clause after one is its content, also without
 * a complementizer — Persian drops «که» after «خواستند» and «توافق کردند»
 * («از همه طرف‌ها خواستند از اقدامات یک‌جانبه خودداری کنند», «توافق کردند
 * نشست بعدی را در آستانه برگزار کنند»), so the subjunctive verb that ends the
 * clause is no commitment of its own.
 */
export const CLAUSE_ACTS: ReadonlySet<string> = new Set(['call-upon', 'urge', 'request', 'demand', 'invite', 'encourage', 'agree', 'decide']);
/**
 * Marker kinds not compared across languages. Scope words ("all", "throughout",
 * «جميع», «همه», «toute», "including") are put in or left out by translators
 * as their language reads best, and each pack lists its own: on the
 * development sets scope found a few divergences across languages at the cost
 * of more false ones (precision +1 to +4 points without it, F1 −2 to +3).
 */
export const CROSS_UNCOMPARED_MARKERS: ReadonlySet<string> = new Set(['scope']);
/** A group of markers of one kind ("strong and unwavering", "consider, where necessary, the possibility") moves the strength by at most a level and a half (raised from one on the development set: three hedges in a row weighed as much as two). */
export const MARKER_GROUP_CAP = 1.5;
/** How many marker words may stand right before an act and belong to it: "strongly condemned", "решительно осудили", "لم نتفق", «самым решительным образом подтвердили» (three, from the development set). */
export const LEADING_MARKERS = 3;

// ── Whose words ─────────────────────────────────────────────────────────────

/**
 * An act at most this many words into its sentence speaks in the
 * statements' own voice ("Reaffirmed…", "In this regard, called upon…",
 * «وفي هذا الصدد، دعت»): the parties'. Further in, the sentence needs a
 * subject that is the parties, a named party or the statement, or it is a
 * reporter's ("The talks come amid calls for…") — unless the act opens the
 * sentence's first clause after an opening phrase ("Turning to the situation
 * east of the Euphrates, grave concern was expressed…"; extract.ts).
 */
export const STATEMENT_VOICE_REACH = 3;

/** A negation governs an act from at most this many words before it in its clause: "did not repeat the call", «لم يتمكنوا من الاتفاق» (raised from four on the development set: «لم تتمكن الدول الثلاث من الاتفاق» puts five words between). */
export const NEGATION_REACH = 5;
/**
 * A commitment one named party makes ("Türkiye stressed…") is half a level
 * weaker than the same commitment made by the parties together.
 */
export const SPEAKER_PARTY_WEIGHT = -0.5;
/**
 * In verb-first sentences («شددت الأطراف»), the subject stands this many words after the act at most
 * («وأكدت اليوم الدول الثلاث»); a name further on is in the act's object or place («وستعقد الجولة
 * المقبلة في طهران», «أعربوا عن امتنانهم لحكومة جمهورية إيران»). Three read those as the speaker.
 */
export const SUBJECT_AFTER_ACT = 2;
/** Who an act asks ("called upon the UN Security Council to…") is named in at most this many words. */
export const ADDRESSEE_MAX_WORDS = 8;
/** A heading (a paragraph without a label or final punctuation, at the head of the text) has at most this many words. */
export const HEADING_MAX_WORDS = 20;

// ── Word edits ──────────────────────────────────────────────────────────────

/**
 * Myers' diff costs (N + M) × D. Paragraphs of a few hundred words never come
 * near this bound; a megabyte pasted without a line break, rewritten from end
 * to end, would take minutes. Past it the common beginning and end are kept
 * and the middle is shown as replaced: coarser, but bounded and exact.
 */
export const WORD_DIFF_WORK = 20_000_000;

// ── Layout lines ─────────────────────────────────────────────────────────────

/**
 * A running header or footer is next to a page number, a page break or
 * another header line, found in up to this many rounds (a symbol, then a
 * title, then a job number under it: PDF text puts them side by side); a
 * headline is followed by its byline or dateline within this many lines.
 */
export const LAYOUT_REACH = 2;
/** A running header is a short line: a title, a symbol, a date — at most this many characters. Longer repeated lines are text. */
export const HEADER_MAX = 120;
/** A short line repeated this many times is a running header even with no page number next to it (pages copied without their numbers). A statement repeats no line three times. */
export const HEADER_REPEATS = 3;
/** …when its copies stand at least this many lines apart, as pages do (a page holds 30–60 lines); repeated lines closer together are text (a list, repeated paragraphs). */
export const HEADER_SPACING = 15;
/** A headline is a line of at most this many characters. */
export const HEADLINE_MAX = 200;
/** A line of at least this share of the text's usual width (its 90th percentile) is a full line: one a wrapping program broke, not furniture standing alone. */
export const WRAPPED_LINE = 0.85;
/** No layout line is longer than this (a caption, a "read also" with a story's title): longer lines are text, and are not tested at all. */
export const LAYOUT_LINE_MAX = 240;

// ── Paragraphs of hard-wrapped text ─────────────────────────────────────────

/** A line this long was not wrapped by a PDF or a mail program (they wrap at 60–110 characters): it is a paragraph written on one line. */
export const WRAP_MAX = 160;
/** The last line of a wrapped paragraph, and a heading, are short: a line under this share of the block's usual line (its 90th percentile) ends a paragraph. */
export const SHORT_LAST_LINE = 0.7;
/** Lines of a text without blank lines are hard-wrapped only when the usual line (90th percentile) is at least this long: shorter lines are a list. */
export const WRAP_MIN = 35;
/** …and when at least two, and this share, of its lines stop near the usual width in mid-sentence and go on on the next line (in lower case, or at the same width in a script without case): one paragraph a line has almost none. */
export const WRAPPED_SHARE = 0.1;

// ── Comparison keys ─────────────────────────────────────────────────────────

/**
 * An inflected name ("в Нур-Султане") is found in the alias groups through
 * its stem; stems shorter than this are too ambiguous (Arabic ترك, "left", is
 * also the stem of تركية, "Turkish").
 */
export const ALIAS_STEM_MIN = 4;

// ── Input ───────────────────────────────────────────────────────────────────

/** Language detection and a block's direction count the letters of this many first code units: enough to decide, cheap on long texts. */
export const DETECTION_PREFIX = 20_000;

/** Default of the `maxLength` option: ten million UTF-16 code units (about 10 MB of English, 5 MB of Arabic as UTF-8). */
export const MAX_LENGTH = 10_000_000;
/** How far into a text a round's number is looked for: the title and first paragraph ("… the 20th International Meeting on Syria in the Astana format"). */
export const ROUND_LABEL_HEAD = 600;

// ── Importers (communique-diff/import) ──────────────────────────────────────

/**
 * A web page's `<main>` or `<article>` is its main text when its paragraphs
 * hold at least this many characters; otherwise (a teaser, an empty shell)
 * the element whose own paragraphs hold the most text is (as in Firefox's
 * Reader View, which scores paragraphs' parents by their text).
 */
export const HTML_MAIN_MIN = 200;
/** …and an element's parent is credited this share of its paragraphs' text (Readability gives the parent all of it and the grandparent half; one level is enough for the statements' pages). */
export const HTML_PARENT_SHARE = 0.5;
/**
 * In a PDF, a vertical gap between lines of more than this many times the
 * page's usual line spacing is a paragraph break (a blank line in the text);
 * PDFs of the statements space paragraphs 1.5–2 lines apart.
 */
export const PDF_PARAGRAPH_GAP = 1.3;
/** Text items whose baselines are within this share of the line's height are on one line (a superscript is raised by about a third of it; lines are a whole height or more apart). */
export const PDF_SAME_LINE = 0.5;
/** A horizontal gap wider than this share of the text's height between two items of a line is a space between words (PDF.js gives a word's glyph runs touching; a space is about a quarter of the height). */
export const PDF_WORD_GAP = 0.15;
/** Pages of a PDF read at most, unless the caller asks for more: a 500-page PDF is read in seconds, so only runaway documents stop here. */
export const PDF_MAX_PAGES = 2000;

// ── Reports ─────────────────────────────────────────────────────────────────

/**
 * A word replaced by another that differs from it by at most this many
 * letters (Levenshtein distance, fast-levenshtein) has the letters shown:
 * "Idl[e→i]b", «المستمر[+ة]». Two covers a case ending and a vowel, or a
 * doubled letter; more reads as another word. Tuned on the labelled word
 * pairs of bench/eval/words-dev-2026-12-01 (see BLIND.md).
 */
export const LETTER_DIFF_MAX = 2;
/** …and by at most this share of the longer word's letters ("now" → "not" is one letter of three: shown as letters; "in" → "on" is one of two: a word). */
export const LETTER_DIFF_SHARE = 0.34;
