/**
 * Hostile and huge inputs: each finishes within a generous bound (the test
 * timeout; speed itself is benchmarked elsewhere), keeps every paragraph, and
 * does not run away in memory.
 */
import { describe, expect, it } from 'vitest';
import { diffCommuniques, renderHtml, renderMarkdown, type CommuniqueDiff } from '../../src/index.js';

const MB = 1_000_000;
const para = 'The parties reaffirmed their strong commitment to the sovereignty of Syria and condemned the attacks.';

function conserved(d: CommuniqueDiff): void {
  expect(d.alignment.flatMap((c) => c.old).sort((a, b) => a - b)).toEqual(d.old.paragraphs.map((p) => p.index));
  expect(d.alignment.flatMap((c) => c.new).sort((a, b) => a - b)).toEqual(d.new.paragraphs.map((p) => p.index));
}

function bounded(run: () => CommuniqueDiff): CommuniqueDiff {
  const before = process.memoryUsage().heapUsed;
  const d = run();
  // Rendering is part of what a user does with a huge diff.
  renderHtml(d, { hideUnchanged: true });
  const grown = process.memoryUsage().heapUsed - before;
  expect(grown).toBeLessThan(1_500 * MB);
  conserved(d);
  return d;
}

const cases: Array<[string, () => CommuniqueDiff]> = [
  ['1 MB without a newline, against itself', () => diffCommuniques(`${para} `.repeat(MB / 100), `${para} `.repeat(MB / 100))],
  ['1 MB without a newline, against 1 MB of other words', () => diffCommuniques('Condemned the attacks. '.repeat(MB / 23), 'Welcomed the release of detainees. '.repeat(MB / 35))],
  ['100,000 empty lines', () => diffCommuniques('\n'.repeat(100_000), `\r\n${'\n'.repeat(100_000)}One paragraph.`)],
  ['10,000 identical paragraphs', () => diffCommuniques(Array(10_000).fill(para).join('\n'), Array(10_000).fill(para).join('\n'))],
  ['10,000 identical paragraphs, one changed in the middle', () => diffCommuniques(Array(10_000).fill(para).join('\n'), [...Array(5_000).fill(para), 'Changed.', ...Array(5_000).fill(para)].join('\n'))],
  ['one 50,000-character word', () => diffCommuniques('x'.repeat(50_000), `${'x'.repeat(25_000)}y${'x'.repeat(25_000)}`)],
  ['10,000 nested brackets', () => diffCommuniques(`${'('.repeat(10_000)}a${')'.repeat(10_000)}`, `${'['.repeat(10_000)}a${']'.repeat(10_000)}`)],
  ['10,000 nested quotes', () => diffCommuniques(`${'«'.repeat(10_000)}قال${'»'.repeat(10_000)}`, `${'“'.repeat(10_000)}قال${'”'.repeat(10_000)}`)],
  ['100,000 acts in one paragraph', () => diffCommuniques('Condemned '.repeat(100_000), 'Condemned strongly '.repeat(60_000))],
];

describe('hostile and huge inputs', () => {
  it.each(cases)('%s: finishes, keeps every paragraph, stays within memory', (_, run) => {
    bounded(run);
  }, 120_000);

  it('keeps the 10,000 identical paragraphs unchanged and finds the one change', () => {
    const d = diffCommuniques(Array(10_000).fill(para).join('\n'), [...Array(5_000).fill(para), 'Changed.', ...Array(5_000).fill(para)].join('\n'));
    expect(d.alignment.filter((c) => c.kind !== 'unchanged').map((c) => [c.kind, c.new])).toEqual([['added', [5_000]]]);
  }, 120_000);

  it('renders Markdown for a huge diff too', () => {
    const d = diffCommuniques(`${para} `.repeat(5_000), `${para} `.repeat(5_000).replace('strong', 'firm'));
    expect(renderMarkdown(d).length).toBeGreaterThan(MB / 2);
  }, 120_000);

  it('refuses text over the documented limit with a RangeError, not a hang', () => {
    expect(() => diffCommuniques('a'.repeat(10_000_001), 'b')).toThrow(
      new RangeError('`oldText` has 10000001 characters, more than `options.maxLength` (10000000); raise the option to accept it'),
    );
    expect(() => diffCommuniques('a', 'b'.repeat(101), { maxLength: 100 })).toThrow(/`newText` has 101 characters/);
    expect(diffCommuniques('a'.repeat(101), 'b', { maxLength: Infinity }).alignment).toHaveLength(2);
  }, 120_000);
});
