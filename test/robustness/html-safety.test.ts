/**
 * Whatever the input, the reports contain only the markup the renderers
 * write: every tag is on an allow-list, and no input text becomes an
 * attribute, a script, or an event handler.
 */
import fc from 'fast-check';
import '../support/fc-config.js';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, renderHtml, renderMarkdown } from '../../src/index.js';

const ALLOWED_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'input', 'div', 'label', 'main', 'section', 'table', 'caption', 'tbody', 'tr', 'th', 'td', 'span', 'ol', 'ul', 'li', 'strong', 'a', 'blockquote', 'ins', 'del', 'bdi', 'br', 'article', 'details', 'summary', 'i', 'mark', 'sup', 'b']);
const FRAGMENTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')", '<a href="javascript:x">y</a>', '\u202e', '\u2066', '</textarea>', '<!--', ']]>', '&amp;', '<style>*{}</style>', 'Condemned', 'أدانت', 'осудили', '1. ', '\n', '\n\n', ' '];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));

/** Every tag the output holds: its name and its attribute text. Input text has no "<" left, so these are ours. */
function tagsOf(html: string): Array<{ name: string; attributes: string }> {
  return [...html.matchAll(/<\/?([a-z!][a-z0-9]*)([^>]*)>/gi)].map((m) => ({ name: (m[1] as string).toLowerCase(), attributes: m[2] as string }));
}

describe('HTML and Markdown safety', () => {
  it('writes only allowed tags, and no event handler or javascript: URL, for any input', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.string({ maxLength: 20 }), (a, b, title) => {
        const d = diffCommuniques(a, b);
        for (const out of [renderHtml(d, { title, oldLabel: title }), renderMarkdown(d, { title })]) {
          for (const { name, attributes } of tagsOf(out)) {
            expect(ALLOWED_TAGS.has(name), `tag <${name}>`).toBe(true);
            expect(attributes).not.toMatch(/(^|\s)on[a-z]+\s*=/i);
            expect(attributes).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
          }
          // The input's bidi controls are shown, never written; the only ones in the output are the
          // report's own isolates around quotations (U+2068 … U+2069), balanced on every line.
          expect(out).not.toMatch(/[\u202a-\u202e\u2066\u2067]/);
          for (const line of out.split('\n')) {
            let depth = 0;
            let lowest = 0;
            for (const ch of line) {
              if (ch === '\u2068') depth++;
              else if (ch === '\u2069') lowest = Math.min(lowest, --depth);
            }
            if (lowest < 0 || depth !== 0) expect.fail(`unbalanced isolates in: ${line}`);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
