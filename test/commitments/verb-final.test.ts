/**
 * Acts of a verb-final language (Turkish, Persian): the clause runs from the
 * sentence's start (after its subject) or the previous act up to the act, and
 * an act's own words may carry its negation. Read with a pack made for the
 * test, so that the engine's behaviour is pinned apart from any pack's words.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core.js';
import type { LanguagePack } from '../../src/index.js';

const pack: LanguagePack = {
  code: 'xv',
  name: 'Verb-final test language',
  scripts: ['Latin'],
  direction: 'ltr',
  detection: { stopWords: ['ve'], letters: '' },
  fold: (w) => w,
  stem: (w) => w,
  clitics: [],
  connectors: ['ve'],
  complementizers: ['ki'],
  wordOrder: 'verb-final',
  lexicon: {
    predicates: [
      { predicate: 'condemn', pattern: 'kinadilar' },
      { predicate: 'condemn', pattern: 'kinamadilar', negative: true },
      { predicate: 'reaffirm', pattern: 'teyit ettiler' },
      { predicate: 'commit', pattern: 'bagliliklarini', nominal: true },
      { predicate: 'call-upon', pattern: 'cagirdilar' },
    ],
    markers: [{ kind: 'booster', pattern: 'siddetle' }],
    attribution: ['aciklamada denildi'],
    parties: ['taraflar'],
    party: ['turkiye'],
    thirdParty: ['bakan ~6 dedi'],
  },
  rounds: { patterns: [] },
  aliases: {},
};
const read = (text: string) => core.extractCommitments(core.parseCommunique(text, { languages: [pack] }), { languages: [pack] });

describe('verb-final clauses', () => {
  it('reads the words before the act as what it is about, and its markers there', () => {
    const [c, ...rest] = read('Taraflar teror saldirilarini siddetle kinadilar.');
    expect(rest).toEqual([]);
    expect(c?.predicate).toBe('condemn');
    expect(c?.text).toBe('teror saldirilarini siddetle kinadilar');
    expect(c?.topic).toBe('teror saldirilarini siddetle');
    expect(c?.markers.map((m) => m.kind)).toEqual(['booster']);
    expect(c?.speaker).toBe('parties');
  });

  it('starts the second act of a sentence after the first', () => {
    const cs = read('Egemenlige bagliliklarini teyit ettiler ve saldirilari kinadilar.');
    expect(cs.map((c) => [c.predicate, c.text])).toEqual([
      ['reaffirm', 'Egemenlige bagliliklarini teyit ettiler'],
      ['condemn', 'saldirilari kinadilar'],
    ]);
  });

  it('keeps a noun act that no verb follows', () => {
    expect(read('Egemenlige bagliliklarini.').map((c) => c.predicate)).toEqual(['commit']);
  });

  it('reads a negation the act carries in its own words', () => {
    const [c] = read('Taraflar saldirilari kinamadilar.');
    expect(c?.polarity).toBe('negative');
    expect(c?.markers.map((m) => [m.kind, m.text])).toEqual([['negation', 'kinamadilar']]);
    expect(c?.strength).toBeLessThan(read('Taraflar saldirilari kinadilar.')[0]?.strength as number);
  });

  it('takes a party that opens the sentence as its speaker, and one inside it as an object', () => {
    expect(read('Turkiye saldirilari kinadilar.')[0]?.speaker).toBe('party');
    expect(read('Saldirilari ve turkiye kinadilar.')[0]?.speaker).toBe('parties');
  });

  it('reads the clause that completes an act as part of it, with its markers', () => {
    const [c, ...rest] = read('Taraflar teyit ettiler ki yardimlari siddetle bagliliklarini kinadilar.');
    expect(rest).toEqual([]);
    expect(c?.predicate).toBe('reaffirm');
    expect(c?.text).toBe('teyit ettiler ki yardimlari siddetle bagliliklarini kinadilar');
    expect(c?.markers.map((m) => m.kind)).toEqual(['booster']);
    expect(c?.topic).toBe('ki yardimlari siddetle bagliliklarini kinadilar');
  });

  it('reads no commitment in a third party’s sentence', () => {
    expect(read('Bakan saldirilari kinadilar dedi.')).toEqual([]);
  });
});
