/** Detect the language of a communiqué from the script of its letters. */
import type { Language } from '../types.js';

/**
 * The language whose script has the most letters: Arabic script → `'ar'`,
 * Cyrillic → `'ru'`, Latin → `'en'`; `'und'` for a text without letters.
 * Arabic press reports quote Latin names and numbers, and English texts quote
 * Arabic names, so the majority decides, not the first letter.
 *
 * @param text - Any text.
 * @returns `'en'`, `'ar'`, `'ru'`, or `'und'` when the text has no letters.
 *
 * @example
 * ```ts
 * detectLanguage('أكدت الأطراف التزامها بقرار مجلس الأمن 2254'); // 'ar'
 * detectLanguage('Подтвердили приверженность'); // 'ru'
 * detectLanguage('2254'); // 'und'
 * ```
 */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  // Tatweel (U+0640) stretches a word; it is not a letter and does not count.
  // Counting over a bounded prefix is enough to decide and keeps detection
  // cheap on very long inputs.
  const end = Math.min(text.length, 20_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if (c >= 0x0400 && c <= 0x052f) cyrillic++;
    else if ((c >= 0x0620 && c <= 0x064a && c !== 0x0640) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfefc)) arabic++;
  }
  const max = Math.max(arabic, cyrillic, latin);
  if (max === 0) return 'und';
  if (max === arabic) return 'ar';
  if (max === cyrillic) return 'ru';
  return 'en';
}
