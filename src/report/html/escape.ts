/**
 * Escaping for HTML and Markdown reports: every piece of input text goes
 * through here. Bidi embedding, override and isolate controls (U+202A–202E,
 * U+2066–2069) are shown as visible marks in both, so that a text cannot reorder the
 * report around it (the "Trojan Source" trick); runs of the other direction
 * inside a block (Latin names and numbers in Arabic, Arabic names in English)
 * are isolated with <bdi>.
 */

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const codeOf = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Bidi controls of a text shown as "[U+202E]": visible, and unable to reorder what is around them (plain text: terminal, Word). */
export const showBidiControls = (text: string): string => text.replace(BIDI_CONTROL, (c) => `[${codeOf(c)}]`);

/** A kind as a class name ("k-softened"): letters and hyphens only, whatever a revived diff holds. */
export const kindClass = (kind: string): string => `k-${kind.replace(/[^a-z-]/g, '')}`;

/** Escape text for HTML content and attribute values; bidi controls become "[U+202E]". */
export function escapeHtml(text: string): string {
  return escapeEntities(text).replace(BIDI_CONTROL, (c) => `[${codeOf(c)}]`);
}

function escapeEntities(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}


/**
 * Escape text for HTML content only (not attributes), for Markdown: quotes
 * stay readable, and bidi controls are shown as "[U+202E]".
 */
export function escapeHtmlContent(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c).replace(BIDI_CONTROL, (c) => `[${codeOf(c)}]`);
}

function showControls(escaped: string): string {
  return escaped.replace(BIDI_CONTROL, (c) => `<span class="bidi-control" title="invisible direction control ${codeOf(c)}">[${codeOf(c)}]</span>`);
}

// Runs of left-to-right letters and digits (with the spaces and marks between
// them) inside right-to-left text, and the reverse. Each is a class, a
// repeat of a class that includes it, and the class again: no nested
// quantifiers, so matching is linear.
const LTR_RUN = /(?:[+\u2212±-](?=[0-9]))?[A-Za-z\u00c0-\u024f\u0400-\u04ff0-9](?:[A-Za-z\u00c0-\u024f\u0400-\u04ff0-9.,:/\- ]*[A-Za-z\u00c0-\u024f\u0400-\u04ff0-9])?/g;
const RTL_RUN = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc](?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc0-9\u0660-\u0669 ]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])?/g;

/**
 * Escape a piece of input text for HTML inside a block of direction `dir`,
 * isolating runs of the other direction and showing bidi controls.
 */
export function htmlText(text: string, dir: 'ltr' | 'rtl'): string {
  const re = dir === 'rtl' ? LTR_RUN : RTL_RUN;
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += showControls(escapeEntities(text.slice(last, m.index)));
    out += `<bdi>${showControls(escapeEntities(m[0]))}</bdi>`;
    last = m.index + m[0].length;
  }
  out += showControls(escapeEntities(text.slice(last)));
  return out.replace(/\r?\n/g, '<br>');
}
