/**
 * The built-in language packs, in the order detection breaks ties and
 * fallbacks are chosen. Adding a language: a folder `src/languages/<code>/`
 * exporting its pack (and its samples.ts), and one line here; the build
 * gives every folder its subpath `communique-diff/languages/<code>`, and the
 * conformance suite checks every registered pack (see docs/extending.md).
 */
import { deepFreeze } from '../util/freeze.js';
import { ar } from './ar/index.js';
import { en } from './en/index.js';
import { fa } from './fa/index.js';
import { fr } from './fr/index.js';
import { ru } from './ru/index.js';
import { tr } from './tr/index.js';
import type { LanguagePack } from './types.js';

/** Every built-in language pack: English, Arabic, Russian, French, Turkish, Persian. @category Language packs */
export const LANGUAGE_PACKS: readonly LanguagePack[] = /* @__PURE__ */ deepFreeze([
  en,
  ar,
  ru,
  fr,
  tr,
  fa,
]);
