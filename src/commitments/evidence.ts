/**
 * The evidence of a commitment change as data ({@link Evidence}), and its
 * English wording (`CommitmentChange.reasons`). Reports word the same data in
 * their own interface language.
 */
import type { Evidence } from '../types/commitments.js';
import { signed } from '../util/format.js';

// Quotations in a reason line are cut to about this many characters, at a word boundary.
const MAX_QUOTE = 80;

/**
 * A quotation shortened for a line of text: whitespace flattened, and cut
 * after the last whole word that fits in `max` characters ("…" added), never
 * inside a word.
 */
export function shorten(text: string, max = MAX_QUOTE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  // The last space before the limit; a single word longer than the limit is kept whole.
  const space = cut.lastIndexOf(' ');
  const head = space > 0 ? cut.slice(0, space) : (flat.split(' ')[0] ?? cut);
  if (head === flat) return flat;
  return `${head.replace(/[\s,;:.\u060c\u061b]+$/u, '')}…`;
}

/** A quotation for a reason line, in double quotes. */
export const quote = (text: string): string => JSON.stringify(shorten(text));

const who = (party: string | undefined): string => (party === undefined ? 'the parties' : quote(party));

/** One piece of evidence in English, as `CommitmentChange.reasons` gives it. */
export function reasonInEnglish(e: Evidence): string {
  switch (e.kind) {
    case 'new':
      return `${e.act} ${quote(e.actText)} (strength ${e.strength}) is new: ${quote(e.text)}`;
    case 'gone':
      return `${e.act} ${quote(e.actText)} (strength ${e.strength}) is gone: ${quote(e.text)}`;
    case 'act':
      return `${e.slot} ${quote(e.old.text)} (${e.old.act}, ${e.old.base}) → ${quote(e.new.text)} (${e.new.act}, ${e.new.base}) (${signed(e.delta)})`;
    case 'marker':
      if (e.old !== undefined && e.new !== undefined) return `${e.slot} ${quote(e.old)} → ${quote(e.new)} (${signed(e.delta)})`;
      return e.old !== undefined ? `${e.slot} ${quote(e.old)} removed (${signed(e.delta)})` : `${e.slot} ${quote(e.new ?? '')} added (${signed(e.delta)})`;
    case 'speaker':
      return `speaker ${who(e.old)} → ${who(e.new)} (${signed(e.delta)})`;
    case 'addressee':
      return `addressee ${quote(e.old)} → ${quote(e.new)} (±0)`;
    case 'wording':
      if (e.old !== undefined && e.new !== undefined) return `wording ${quote(e.old)} → ${quote(e.new)}`;
      return e.old !== undefined ? `words ${quote(e.old)} removed` : `words ${quote(e.new ?? '')} added`;
    case 'punctuation':
      return 'punctuation changed';
    case 'strength': {
      const both = e.shared.length > 0 ? `, both with ${e.shared.map((m) => `${m.slot} ${quote(m.text)} ${signed(m.weight)}`).join(', ')}` : '';
      return e.old === e.new ? `strength unchanged at ${e.new}${both}` : `strength ${e.old} → ${e.new}${both}`;
    }
    case 'same':
      if (e.translated) return 'the same commitment in both languages: the same act, its strength within half a level';
      if (e.cosmetic.length > 0) return `only cosmetic differences: ${e.cosmetic.slice(0, 3).map(([x, y]) => `${quote(x)} → ${quote(y)}`).join(', ')}`;
      return e.punctuation ? 'same words; only punctuation differs' : 'same wording';
    case 'closest':
      return `closest in the ${e.round} round, not clearly the same commitment (similarity ${e.similarity}): ${e.act} ${quote(e.text)}`;
  }
}
