/** Headings of a text: its title lines and a press report's headline, which never carry commitments. */
import { HEADING_MAX_WORDS } from '../params.js';
import { comparedText } from '../segment/compared.js';
import type { Communique } from '../types/segment.js';

// A paragraph that ends like a sentence or an introduction is not a heading.
const ENDS_SENTENCE = /[.!?؟…;:؛,،][\p{Pf}\p{Pe}"'\p{Cf}\s]*$/u;
// A word starts with a letter or digit: a lone bidi mark (RLM) is no word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*/gu;

/**
 * For each paragraph, whether it is a heading: at the head of the text (the
 * first paragraph, or right after another heading), without a label, without
 * the punctuation that ends a sentence, short, and followed by body text (a
 * text of one line, or of headings only, has none).
 */
export function headingsOf(doc: Communique): boolean[] {
  const out: boolean[] = [];
  for (const p of doc.paragraphs) {
    const head = p.index === 0 || out[p.index - 1] === true;
    if (!(head && p.label === undefined && !ENDS_SENTENCE.test(comparedText(p).trimEnd()) && (comparedText(p).match(WORD)?.length ?? 0) <= HEADING_MAX_WORDS)) break;
    out.push(true);
  }
  // Headings head a body: when every paragraph looks like one, none is.
  const body = out.length < doc.paragraphs.length;
  return doc.paragraphs.map((_, i) => body && out[i] === true);
}
