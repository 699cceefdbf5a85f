/**
 * Cosmetic noise: changes that a reader does not count as changes of text
 * and that communique-diff must treat as cosmetic. Deterministic for a seed.
 */

import { parseCommunique } from '../../src/index.js';

const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b'];
const ARABIC_LETTER = /[\u0628-\u064a]/;

/** Add cosmetic noise to one paragraph (no line breaks added). */
export function cosmeticNoise(text: string, random: () => number): string {
  let out = '';
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? ' ';
    const r = random();
    if (ARABIC_LETTER.test(ch)) {
      out += ch;
      // Tashkeel on some letters, tatweel inside some words.
      if (r < 0.15) out += TASHKEEL[Math.floor(random() * TASHKEEL.length)];
      else if (r < 0.18 && ARABIC_LETTER.test(next) && /[بتثجحخسشصضطظعغفقكلمنهي]/.test(ch)) out += '\u0640';
      return;
    }
    if (ch === 'ا' && r < 0.3 && (i === 0 || chars[i - 1] === ' ')) return void (out += 'أ');
    if (ch === 'ي' && next === ' ' && r < 0.3) return void (out += 'ى');
    if (/[0-9]/.test(ch)) return void (out += String.fromCharCode(0x0660 + Number(ch)));
    if (ch === '“' || ch === '"') return void (out += '«');
    if (ch === '”') return void (out += '»');
    if (ch === '-' && r < 0.5) return void (out += '–');
    if (ch === ' ' && r < 0.05) return void (out += '\u200f ');
    if (ch === ' ' && r < 0.08) return void (out += '\u00a0');
    if (ch === ' ' && r < 0.1) return void (out += '  ');
    if (ch === 'ё') return void (out += 'е');
    out += ch;
  });
  return out;
}

/** Cosmetic noise on a whole document: per-paragraph noise, CRLF, blank lines between lines, trailing spaces, BOM, RLM marks. */
export function documentNoise(text: string, random: () => number): string {
  // A text already in blocks keeps its blank lines (doubling the breaks of
  // hard-wrapped lines would make every line a paragraph), and so does a text
  // without blank lines that reads as hard-wrapped; a text of one paragraph
  // per line gets blank lines between its lines.
  const lineCount = text.split('\n').filter((l) => l.trim() !== '').length;
  const blocks = /\n[ \t]*\n/.test(text) || parseCommunique(text).paragraphs.length !== lineCount;
  const lines = text.split('\n').map((l) => (l.trim() === '' ? l : cosmeticNoise(l, random) + (random() < 0.3 ? '  ' : '') + (random() < 0.2 ? '\u200f' : '')));
  return '\ufeff' + lines.join(blocks ? '\r\n' : '\r\n\r\n') + '\r\n';
}
