/** Names that mean the same thing: renamed states and cities, transliterations, acronyms. */
import type { AliasGroup } from '../types.js';
import { foldWord } from './fold.js';
import { stemWord } from './stem.js';

/**
 * The built-in alias groups. Each group lists spellings of one name in
 * English, Russian and Arabic; the first is the canonical one. Sources: the
 * renaming of Turkey to Türkiye at the UN (2022) and of Astana to Nur-Sultan
 * and back (2019, 2022); the names the Astana statements use for the Islamic
 * State group; common transliterations of Syrian place names.
 */
export const DEFAULT_ALIASES: readonly AliasGroup[] = [
  ['Türkiye', 'Turkey', 'Turkiye', 'Турция', 'Туркия', 'Тюркийе', 'تركيا', 'تورکیه'],
  ['Astana', 'Nur-Sultan', 'Nursultan', 'Астана', 'Нур-Султан', 'أستانا', 'استانة', 'أستانة', 'آستانة', 'نور-سلطان'],
  ['ISIL', 'ISIS', 'Daesh', 'Daish', 'ИГИЛ', 'داعش'],
  ['Idlib', 'Idleb', 'Идлиб', 'إدلب', 'ادلب'],
  ['Nusra', 'Nusrah', 'Нусра', 'النصرة'],
  ['HTS', 'Hayat-Tahrir-al-Sham', 'ХТШ'],
  ['Deir-ez-Zor', 'Deir-ez-Zour', 'Deir-Ezzor', 'Дейр-эз-Зор'],
  ['UNHCR', 'УВКБ'],
  ['Sochi', 'Сочи', 'سوتشي'],
];

/** A lookup from a folded (or stemmed) word to the canonical key of its alias group. */
export type AliasMap = ReadonlyMap<string, string>;

/** Build the lookup used during comparison from alias groups (the defaults plus the user's). */
export function buildAliasMap(groups: readonly AliasGroup[]): AliasMap {
  const map = new Map<string, string>();
  for (const group of groups) {
    const first = group[0];
    if (first === undefined) continue;
    const canonical = `⟨${foldWord(first)}⟩`;
    for (const name of group) {
      const folded = foldWord(name);
      map.set(folded, canonical);
      const stem = stemWord(folded);
      if (stem.length >= 4) map.set(stem, canonical);
    }
  }
  return map;
}

let defaultAliasMap: AliasMap | undefined;

/** The lookup for the default alias groups plus `extra` (the default one built once and kept). */
export function aliasMapWith(extra: readonly AliasGroup[] | undefined): AliasMap {
  if (extra === undefined || extra.length === 0) {
    defaultAliasMap ??= buildAliasMap(DEFAULT_ALIASES);
    return defaultAliasMap;
  }
  return buildAliasMap([...DEFAULT_ALIASES, ...extra]);
}
