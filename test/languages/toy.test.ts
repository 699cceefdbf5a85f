/**
 * Adding a language touches only its folder and the list of packs: the toy
 * Esperanto pack in ./toy, passed with the built-in ones, is detected (also
 * apart from English, which shares its script), parsed, keyed with its own
 * stemmer, and read for commitments, with no change anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { diffCommuniques, LANGUAGE_PACKS, parseCommunique, roundLabel } from '../../src/index.js';
import { eo } from './toy/index.js';

const languages = [...LANGUAGE_PACKS, eo];
const OLD = `La 20-a rondo de la Astana formato.

1. La partioj reasertis sian firman engaĝiĝon al la suvereneco kaj teritoria integreco de Sirio.

2. Ili kondamnis plej forte la atakojn kontraŭ civiluloj en la regiono de Idlibo.

3. Ili interkonsentis okazigi la venontan kunvenon en Astano.`;
const NEW = `La 21-a rondo de la Astana formato.

1. Ili interkonsentis okazigi la venontan kunvenon en Astano.

2. La partioj reasertis sian engaĝiĝon al la suvereneco kaj teritoria integreco de Sirio.

3. Ili esprimis sian zorgon pri la atakoj kontraŭ civiluloj en la regiono de Idlibo.`;

describe('a toy language added as one pack', () => {
  it('is detected, also apart from English in the same script', () => {
    expect(parseCommunique(OLD, { languages }).lang).toBe('eo');
    expect(parseCommunique('The parties reaffirmed their commitment to the sovereignty of Syria and to the Astana format.', { languages }).lang).toBe('en');
  });

  it('aligns, keys with its stemmer (atakojn = atakoj), and reads its commitments', () => {
    const diff = diffCommuniques(OLD, NEW, { languages });
    expect(diff.alignment.map((c) => c.kind)).toEqual(['modified', 'moved', 'modified', 'modified']);
    const kinds = diff.commitments.map((c) => `${c.kind} ${c.old?.predicate ?? c.new?.predicate}`);
    expect(kinds).toContain('softened reaffirm');
    expect(kinds).toContain('unchanged agree');
    const concern = diff.commitments.find((c) => c.new?.predicate === 'express-concern');
    expect(concern?.kind).toBe('softened');
    expect(concern?.old?.predicate).toBe('condemn');
  });

  it('reads its round labels', () => {
    expect(roundLabel(OLD, { languages })).toBe('20th round');
  });

  it('is used only when passed: without it, the same text is read as English and finds nothing', () => {
    expect(diffCommuniques(OLD, NEW).commitments).toEqual([]);
  });
});
