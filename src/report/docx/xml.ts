/**
 * Text for the XML parts of the Word report: every piece of input text goes
 * through here, so a communiqué cannot add markup, and no character the XML
 * 1.0 grammar forbids reaches a part (Word refuses such a file).
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Whether a UTF-16 code unit may stand in an XML 1.0 document (XML 1.0 §2.2
 * `Char`: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, and
 * the supplementary planes as surrogate pairs; pairs are checked apart).
 */
function allowed(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
}

/**
 * A text with the characters XML 1.0 cannot hold left out: control
 * characters other than tab, line feed and carriage return, U+FFFE and
 * U+FFFF, and lone surrogates. Every other character is kept.
 *
 * @param text - Any text.
 * @returns The text without the characters XML 1.0 forbids.
 */
export function xmlChars(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    } else if (allowed(c)) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Text escaped for XML element content and attribute values (in double
 * quotes): `&`, `<`, `>` and `"` as entities, after {@link xmlChars}. `>`
 * is escaped too, so `]]>` cannot appear.
 *
 * @param text - Any text.
 * @returns The text, safe inside an element or a double-quoted attribute.
 */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}
