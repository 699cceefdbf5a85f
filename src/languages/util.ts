/** Small helpers for writing packs' word lists and patterns compactly. */

/** Words of a space-separated list. */
export const words = (list: string): string[] => list.split(' ');

/** A regex alternation, longest first, so that no word stops at a shorter one it begins with. */
export const alternation = (list: readonly string[]): string => [...list].sort((x, y) => y.length - x.length).join('|');

/** Value of a word in a list that starts at `first` and counts by `step`; 0 when absent. */
export const valueIn = (list: readonly string[], word: string | undefined, first = 1, step = 1): number => {
  const i = word === undefined ? -1 : list.indexOf(word);
  return i < 0 ? 0 : first + i * step;
};
