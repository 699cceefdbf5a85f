import { describe, expect, it } from 'vitest';
import { diffCommuniques, type CommitmentChange } from '../../src/index.js';
import { exampleRound, SEED } from '../support/fixtures.js';
import { documentNoise } from '../support/noise.js';
import { rng } from '../support/variants.js';

const one = (a: string, b: string): CommitmentChange => {
  const changes = diffCommuniques(a, b).commitments;
  expect(changes).toHaveLength(1);
  return changes[0] as CommitmentChange;
};
const SUBSTANTIVE = new Set(['added', 'dropped', 'softened', 'strengthened']);

describe('commitment verdicts, with their evidence', () => {
  it('softens when a booster goes', () => {
    const c = one('Reaffirmed their strong and unwavering commitment to the sovereignty of Syria.', 'Reaffirmed their commitment to the sovereignty of Syria.');
    expect(c.kind).toBe('softened');
    expect(c.delta).toBe(-1);
    expect(c.reasons).toEqual(['booster "strong and unwavering" removed (−1)', 'strength 5 → 4']);
    expect(c.slots).toEqual(['booster']);
  });

  it('softens when "condemned" becomes "expressed concern over"', () => {
    const c = one('Condemned the continuing attacks on civilians.', 'Expressed concern over the continuing attacks on civilians.');
    expect(c.kind).toBe('softened');
    expect(c.reasons[0]).toBe('act "Condemned" (condemn, 5) → "Expressed concern" (express-concern, 3) (−2)');
    expect(c.slots).toEqual(['act']);
  });

  it('softens when a hedge comes in', () => {
    const c = one('Agreed to make further efforts to ensure calm.', 'Agreed to consider, as appropriate, further efforts to ensure calm.');
    expect(c.kind).toBe('softened');
    expect(c.reasons[0]).toBe('hedge "consider, as appropriate" added (−1)');
  });

  it('strengthens when "called upon" becomes "urged … immediately"', () => {
    const c = one('Called upon the parties to release all detainees.', 'Urged the parties to release all detainees immediately.');
    expect(c.kind).toBe('strengthened');
    expect(c.reasons).toEqual([
      'act "Called upon" (call-upon, 4) → "Urged" (urge, 4.5) (+0.5)',
      'urgency "immediately" added (+0.5)',
      'strength 4.25 → 5.25, both with scope "all" +0.25',
    ]);
  });

  it('reads Arabic and Russian the same way', () => {
    expect(one('أدانت بشدة الهجمات على المدنيين.', 'أعربت عن القلق إزاء الهجمات على المدنيين.').kind).toBe('softened');
    expect(one('اتفقت على بذل المزيد من الجهود.', 'اتفقت على النظر، حسب الاقتضاء، في بذل المزيد من الجهود.').reasons[0]).toBe('hedge "على النظر، حسب الاقتضاء" added (−1)');
    expect(one('Призвали стороны к диалогу.', 'Настоятельно призвали стороны незамедлительно начать диалог.').kind).toBe('strengthened');
  });

  it('calls a change of words at the same strength reworded, and names the words', () => {
    const c = one('Stressed that there is no military solution to the conflict.', 'Emphasized that there is no military solution to the conflict.');
    expect(c.kind).toBe('reworded');
    expect(c.reasons).toEqual(['wording "Stressed" → "Emphasized"', 'strength unchanged at 3']);
  });

  it('does not count a renamed place as a change', () => {
    const c = one('Agreed to hold the next meeting in Nur-Sultan.', 'Agreed to hold the next meeting in Astana.');
    expect(c.kind).toBe('unchanged');
    expect(c.reasons).toEqual(['only cosmetic differences: "Nur-Sultan" → "Astana"']);
  });

  it('says what was added and what was dropped', () => {
    const d = diffCommuniques('Welcomed the release of detainees.', 'Welcomed the release of detainees and demanded the release of all others.');
    expect(d.commitments.map((c) => [c.kind, c.reasons[0]])).toEqual([
      ['unchanged', 'same wording'],
      ['added', 'demand "demanded" (strength 5.25) is new: "demanded the release of all others"'],
    ]);
  });
});

describe('commitments across the paragraph alignment', () => {
  it('follows commitments through moved, split and merged paragraphs of the example rounds', () => {
    const d = diffCommuniques(exampleRound('en', 'a'), exampleRound('en', 'b'));
    const kinds = d.commitments.map((c) => `${c.kind} ${c.old?.predicate ?? '-'}→${c.new?.predicate ?? '-'}`);
    expect(kinds).toContain('softened agree→agree'); // inside the split paragraph
    expect(kinds).toContain('strengthened call-upon→urge'); // inside the merged paragraph
    expect(kinds).toContain('unchanged express-determination→express-determination'); // the moved paragraph
    expect(d.commitments.every((c) => c.reasons.length > 0)).toBe(true);
  });

  it('finds no substantive change for cosmetic noise, renumbering or reflowed text', () => {
    for (let s = 1; s <= 3; s++) {
      const d = diffCommuniques(SEED, documentNoise(SEED, rng(s)));
      expect(d.commitments.filter((c) => SUBSTANTIVE.has(c.kind))).toEqual([]);
    }
    const renumbered = SEED.split('\n').map((l, i) => `${i + 1}. ${l}`).join('\n\n');
    expect(diffCommuniques(SEED, renumbered).commitments.filter((c) => SUBSTANTIVE.has(c.kind))).toEqual([]);
    const ru = exampleRound('ru', 'a');
    const reflowed = ru.replace(/([^\n])\n([^\n])/g, '$1 $2');
    expect(diffCommuniques(ru, reflowed).commitments.filter((c) => c.kind !== 'unchanged')).toEqual([]);
  });

  it('finds no substantive change for a pure rewording', () => {
    const d = diffCommuniques('Welcomed the release of detainees by the parties.', 'Welcomed the release by the parties of detainees.');
    expect(d.commitments.map((c) => c.kind)).toEqual(['reworded']);
  });
});
