/** Names that mean the same thing: renamed states and cities, transliterations, acronyms. */
import type { AliasGroup, LanguagePack } from '../languages/types.js';
import { ALIAS_STEM_MIN } from '../params.js';
import type { Reading } from './reading.js';

/** A lookup from a folded (or stemmed) word to the canonical key of its alias group. */
export type AliasMap = ReadonlyMap<string, string>;

/**
 * The alias groups of some packs, merged by id across packs: the group
 * `turkiye` of English, Arabic and Russian is one group. The id (the folded
 * canonical name) comes first, so that it is the group's canonical key.
 */
export function aliasGroupsOf(packs: readonly LanguagePack[]): Array<{ id: string; names: string[] }> {
  const groups = new Map<string, string[]>();
  for (const p of packs) {
    for (const [id, names] of Object.entries(p.aliases)) {
      const g = groups.get(id);
      if (g) g.push(...names);
      else groups.set(id, [...names]);
    }
  }
  return [...groups].map(([id, names]) => ({ id, names }));
}

function add(map: Map<string, string>, reading: Reading, canonical: string, names: readonly string[]): void {
  for (const name of names) {
    const folded = reading.fold(name);
    map.set(folded, canonical);
    // An inflected name ("в Нур-Султане") is found through its stem.
    const stem = reading.stem(folded);
    if (stem.length >= ALIAS_STEM_MIN) map.set(stem, canonical);
    // …and a transliteration of a name through its name key ("Deir-al-Zour" is Deir-ez-Zor).
    const key = reading.nameKey(folded);
    if (key !== undefined && !map.has(key)) map.set(key, canonical);
  }
}

const defaults = new WeakMap<Reading, AliasMap>();

/**
 * The lookup for a text read by `reading`: the alias groups of every pack in
 * use, then the caller's `extra` groups (whose first name is canonical). The
 * one without extras is built once per reading.
 */
export function aliasMapFor(reading: Reading, extra: readonly AliasGroup[] | undefined): AliasMap {
  const hasExtra = extra !== undefined && extra.length > 0;
  const cached = hasExtra ? undefined : defaults.get(reading);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const g of aliasGroupsOf(reading.all)) add(map, reading, `⟨${g.id}⟩`, g.names);
  for (const group of extra ?? []) {
    const first = group[0];
    if (first !== undefined) add(map, reading, `⟨${reading.fold(first)}⟩`, group);
  }
  if (!hasExtra) defaults.set(reading, map);
  return map;
}
