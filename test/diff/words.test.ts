import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffCommuniques, type TextEdit } from '../../src/index.js';

const only = (a: string, b: string): TextEdit[] => {
  const change = diffCommuniques(a, b).alignment[0];
  if (!change) throw new Error('no change');
  return change.edits;
};
const changed = (edits: TextEdit[]) => edits.filter((e) => e.op !== 'equal').map((e) => `${e.op}:${e.text}`);

describe('word edits', () => {
  it('replaces an Arabic word whole where jsdiff diffWords cuts it into letters', () => {
    const a = 'وأكد البيان الالتزام المستمر بسيادة الجمهورية العربية السورية';
    const b = 'وأكد البيان الالتزام الثابت بسيادة الجمهورية العربية السورية';
    // The peer's behaviour this library exists to fix: letter fragments.
    const peer = diffWords(a, b).filter((c) => c.added || c.removed).map((c) => c.value);
    expect(peer.some((v) => v.length < 'المستمر'.length)).toBe(true);
    expect(changed(only(a, b))).toEqual(['delete:المستمر', 'insert:الثابت']);
  });

  it('replaces a Russian word whole', () => {
    expect(changed(only('Подтвердили твёрдую приверженность суверенитету Сирии', 'Подтвердили полную приверженность суверенитету Сирии'))).toEqual([
      'delete:твёрдую',
      'insert:полную',
    ]);
  });

  it('reads as phrases, without a confetti of spaces and commas between changed words', () => {
    const edits = only(
      'Condemned in the strongest terms the continuing Israeli military attacks in Syria, including against civilian infrastructure, and demanded that they be stopped immediately.',
      'Expressed concern over the continuing Israeli military attacks in Syria, including against civilian infrastructure.',
    );
    expect(changed(edits)).toEqual([
      'delete:Condemned in the strongest terms',
      'insert:Expressed concern over',
      'delete:, and demanded that they be stopped immediately',
    ]);
  });

  it('shows a removed booster as one deletion', () => {
    const edits = only(
      'Reaffirmed their strong and unwavering commitment to the sovereignty of Syria.',
      'Reaffirmed their commitment to the sovereignty of Syria.',
    );
    expect(edits).toEqual([
      { op: 'equal', text: 'Reaffirmed their ' },
      { op: 'delete', text: 'strong and unwavering ' },
      { op: 'equal', text: 'commitment to the sovereignty of Syria.' },
    ]);
  });

  it('keeps cosmetic differences inside equal runs, with the old spelling', () => {
    const edits = only('Met in Nur-Sultan on ٢١ June.', 'Met in Astana on 21 June.');
    expect(edits).toEqual([{ op: 'equal', text: 'Met in Astana on 21 June.', oldText: 'Met in Nur-Sultan on ٢١ June.' }]);
  });
});
