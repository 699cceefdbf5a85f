/** The aligner's output before word diffs are attached. */
export interface Link {
  /** `'pair'` is a 1:1 link in order; its final kind (unchanged/modified) is decided by the word diff. */
  kind: 'pair' | 'split' | 'merged' | 'moved' | 'added' | 'dropped';
  old: number[];
  new: number[];
  similarity: number;
}
