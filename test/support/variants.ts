/**
 * Labelled variants derived from a document in code: each operation records
 * where every new paragraph came from, so the expected alignment is known.
 * Used by the tests and the evaluation; the seed itself is never edited.
 */

/** The eval's kinds: a cosmetic-only modification is its own kind here. */
export type ExpectedKind = 'unchanged' | 'cosmetic' | 'modified' | 'moved' | 'split' | 'merged' | 'added' | 'dropped';

/** One expected link between old and new paragraph indexes. */
export interface ExpectedLink {
  kind: ExpectedKind;
  old: number[];
  new: number[];
}

interface Piece {
  text: string;
  old: number[];
  kind: ExpectedKind;
}

/**
 * Which 1:1 pieces stayed in place: the in-order set of greatest weight, as
 * an analyst would see it (and as the aligner decides): untouched pieces
 * weigh more than moved ones, so a paragraph moved past its neighbours is the
 * one that moved. O(k²), fine for test documents.
 */
function inPlace(pieces: readonly Piece[]): Set<number> {
  const idx: number[] = [];
  pieces.forEach((p, j) => {
    if (p.old.length === 1 && (p.kind === 'unchanged' || p.kind === 'moved' || p.kind === 'modified' || p.kind === 'cosmetic')) idx.push(j);
  });
  const weight = (j: number): number => (pieces[j]?.kind === 'moved' ? 0.5 : 1);
  const best = idx.map((j) => weight(j));
  const prev = idx.map(() => -1);
  for (let a = 0; a < idx.length; a++) {
    for (let b = 0; b < a; b++) {
      const oa = pieces[idx[a] as number]?.old[0] as number;
      const ob = pieces[idx[b] as number]?.old[0] as number;
      if (ob < oa && (best[b] as number) + weight(idx[a] as number) > (best[a] as number)) {
        best[a] = (best[b] as number) + weight(idx[a] as number);
        prev[a] = b;
      }
    }
  }
  let end = -1;
  best.forEach((v, a) => {
    if (end < 0 || v > (best[end] as number)) end = a;
  });
  const out = new Set<number>();
  for (let a = end; a >= 0; a = prev[a] as number) out.add(idx[a] as number);
  return out;
}

/** A small deterministic PRNG (mulberry32), so variants are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A document being edited, remembering the provenance of each paragraph. */
export class VariantBuilder {
  private pieces: Piece[];
  private readonly oldCount: number;

  constructor(paragraphs: readonly string[]) {
    this.pieces = paragraphs.map((text, i) => ({ text, old: [i], kind: 'unchanged' }));
    this.oldCount = paragraphs.length;
  }

  get length(): number {
    return this.pieces.length;
  }

  text(at: number): string {
    return this.pieces[at]?.text ?? '';
  }

  /** Change the text of a paragraph; `cosmetic` when the change vanishes under normalization. */
  edit(at: number, fn: (t: string) => string, cosmetic = false): this {
    const p = this.pieces[at];
    if (!p) throw new RangeError(`no paragraph ${at}`);
    const before = p.text;
    p.text = fn(p.text);
    // Other spacing only (doubled spaces, NBSP) leaves a paragraph unchanged.
    if (p.text.replace(/\s+/g, ' ') === before.replace(/\s+/g, ' ')) return this;
    this.edited.set(p, cosmetic && this.edited.get(p) !== 'modified' ? 'cosmetic' : 'modified');
    return this;
  }

  private readonly edited = new Map<Piece, 'cosmetic' | 'modified'>();

  /** Move a paragraph to another place. */
  move(from: number, to: number): this {
    const [p] = this.pieces.splice(from, 1);
    if (!p) throw new RangeError(`no paragraph ${from}`);
    p.kind = 'moved';
    this.pieces.splice(to, 0, p);
    return this;
  }

  /** Split a paragraph at a word boundary near the middle (at a comma when there is one). */
  split(at: number): this {
    const p = this.pieces[at];
    if (!p) throw new RangeError(`no paragraph ${at}`);
    const cut = splitPoint(p.text);
    const first = { text: p.text.slice(0, cut).trimEnd(), old: p.old, kind: 'split' as const };
    const second = { text: p.text.slice(cut).trimStart(), old: p.old, kind: 'split' as const };
    this.pieces.splice(at, 1, first, second);
    return this;
  }

  /** Merge a paragraph with the next one. */
  merge(at: number): this {
    const a = this.pieces[at];
    const b = this.pieces[at + 1];
    if (!a || !b) throw new RangeError(`no paragraphs ${at}, ${at + 1}`);
    this.pieces.splice(at, 2, { text: `${a.text} ${b.text}`, old: [...a.old, ...b.old], kind: 'merged' });
    return this;
  }

  drop(at: number): this {
    this.pieces.splice(at, 1);
    return this;
  }

  add(at: number, text: string): this {
    this.pieces.splice(at, 0, { text, old: [], kind: 'added' });
    return this;
  }

  /** The new paragraphs' texts. */
  paragraphs(): string[] {
    return this.pieces.map((p) => p.text);
  }

  /** The expected alignment: one link per new paragraph group, plus the dropped old paragraphs. */
  expected(): ExpectedLink[] {
    const links: ExpectedLink[] = [];
    const used = new Set<number>();
    const stayed = inPlace(this.pieces);
    this.pieces.forEach((piece, j) => {
      let p = piece;
      if (p.old.length === 1 && (p.kind === 'unchanged' || p.kind === 'moved')) {
        p = { ...p, kind: stayed.has(j) ? (this.edited.get(piece) ?? 'unchanged') : 'moved' };
      }
      p.old.forEach((o) => used.add(o));
      if (p.kind === 'split') {
        const last = links[links.length - 1];
        if (last && last.kind === 'split' && last.old.join() === p.old.join()) {
          last.new.push(j);
          return;
        }
      }
      links.push({ kind: p.kind, old: [...p.old], new: [j] });
    });
    for (let o = 0; o < this.oldCount; o++) if (!used.has(o)) links.push({ kind: 'dropped', old: [o], new: [] });
    return links;
  }
}

function splitPoint(text: string): number {
  const mid = text.length / 2;
  let best = -1;
  const re = /[,،.;؛]\s/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + 1;
    if (Math.abs(at - mid) < text.length / 4 && (best < 0 || Math.abs(at - mid) < Math.abs(best - mid))) best = at;
  }
  if (best > 0) return best;
  const space = text.indexOf(' ', Math.floor(mid));
  return space > 0 ? space : Math.floor(mid);
}

/** Insert, delete or replace a few words of a paragraph (a substantive edit). */
export function editWords(text: string, random: () => number, filler: readonly string[]): string {
  const words = text.split(' ');
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * words.length);
    const word = filler[Math.floor(random() * filler.length)] ?? 'also';
    const r = random();
    if (r < 0.4) words.splice(at, 0, word);
    else if (r < 0.7 && words.length > 4) words.splice(at, 1);
    else words[at] = word;
  }
  return words.join(' ');
}
