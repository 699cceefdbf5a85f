import fc from 'fast-check';
import '../support/fc-config.js';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize/tokens.js';

const words = (text: string) => tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);

describe('tokenize', () => {
  it('keeps Arabic words whole, with attached prefixes and diacritics', () => {
    expect(words('وأكد البيان “الالتزامَ المستمر بسيادة”')).toEqual(['وأكد', 'البيان', 'الالتزامَ', 'المستمر', 'بسيادة']);
  });

  it('keeps Cyrillic words whole', () => {
    expect(words('Подтвердили твёрдую приверженность')).toEqual(['Подтвердили', 'твёрдую', 'приверженность']);
  });

  it('keeps hyphenated names, possessives and decimal numbers as one word', () => {
    expect(words("Nur-Sultan Türkiye’s 2.5 1,000 de–escalation")).toEqual(['Nur-Sultan', 'Türkiye’s', '2.5', '1,000', 'de–escalation']);
  });

  it('splits words at punctuation and slashes', () => {
    expect(words('المحتجزين/ المختطفين، Syria.The end')).toEqual(['المحتجزين', 'المختطفين', 'Syria', 'The', 'end']);
  });

  it('rebuilds any text exactly from its tokens, with correct offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        for (const t of tokens) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
      }),
      { numRuns: 2000 },
    );
  });
});
