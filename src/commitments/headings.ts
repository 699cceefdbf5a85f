/** Headings of a text: its title lines and a press report's headline, which never carry commitments. */
import { HEADING_MAX_WORDS } from '../params.js';
import type { Communique } from '../types/segment.js';

// A paragraph that ends like a sentence or an introduction is not a heading.
const ENDS_SENTENCE = /[.!?؟…;:؛,،][\p{Pf}\p{Pe}"'\p{Cf}\s]*$/u;
const WORD = /[\p{L}\p{M}\p{N}\p{Cf}]+/gu;

/**
 * For each paragraph, whether it is a heading: at the head of the text (the
 * first paragraph, or right after another heading), without a label, without
 * the punctuation that ends a sentence, and short.
 */
export function headingsOf(doc: Communique): boolean[] {
  const out: boolean[] = [];
  doc.paragraphs.forEach((p, i) => {
    const head = i === 0 || out[i - 1] === true;
    out.push(head && p.label === undefined && !ENDS_SENTENCE.test(p.text) && (p.text.match(WORD)?.length ?? 0) <= HEADING_MAX_WORDS);
  });
  return out;
}
