/**
 * French page numbers and press furniture, as line patterns.
 *
 * @module
 */
import type { LayoutPatterns } from '../types.js';

// Sources: the page footers of French PDFs ("Page 2 sur 3", "p. 2") and the
// furniture of French-language news sites (AFP wires, Le Monde, RFI):
// "Publié le … à 14h35", "Mis à jour le …", "Par …", "Lire aussi :", "À lire
// aussi", "Partager", "Mots-clés :", "Tous droits réservés". What the
// languages write alike ("Photo : AFP", "©", a row of network names) the
// English pack's patterns find when it is among the packs (as by default).
// Lines are keys: lower case, ASCII digits, single spaces (see
// LayoutPatterns); a key keeps precomposed accents, so a pattern takes a
// letter with or without its accent ([ée]).
/** French page numbers and news-page furniture. */
export const layout: LayoutPatterns = {
  pageNumbers: [/^(?:page|p\.) ?\d{1,3}(?: ?(?:sur|\/) ?\d{1,3})?$/],
  furniture: {
    // A word that also starts ordinary sentences ("Publié à l'issue de la réunion, le texte…")
    // counts only before a date.
    dateline: [/^(?:publi|mis[e]? [àa] jour|modifi)[ée]*(?: le)?[ :][^.!?]{0,30}\b(?:19|20)\d\d\b[^.!?]{0,24}$/u],
    byline: [/^par [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,4}$/u],
    'read-also': [/^(?:[àa] )?(?:lire|voir) (?:aussi|[ée]galement)\b.{0,200}$/u],
    share: [/^(?:partager|imprimer)$/u],
    tags: [/^(?:mots[- ]cl[ée]s|th[èe]mes) ?[:|—–-].{0,200}$/u],
    footer: [/^tous droits r[ée]serv[ée]s\.?$/u],
  },
};
