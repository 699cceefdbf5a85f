/**
 * English page numbers and press furniture, as line patterns.
 *
 * @module
 */
import type { LayoutPatterns } from '../types.js';

// Sources: the page footers of UN documents ("2/3") and of ministry PDFs
// ("Page 2 of 3"), and the furniture of English-language news sites (bylines
// "By …", "Read also:", share rows, photo credits, "© 2024 …", "Tags:").
// Lines are keys: lower case, ASCII digits, single spaces (see LayoutPatterns).
export const layout: LayoutPatterns = {
  pageNumbers: [/^(?:page|p\.|pg\.?) ?\d{1,3}(?: ?(?:of|\/) ?\d{1,3})?$/],
  furniture: {
    // A keyword that also starts ordinary sentences ("Updated the participants…", "Related
    // issues were…", "Recommended that…") counts only before a date, a colon or a dash.
    dateline: [
      /^(?:published|updated|posted|last updated|first published):? [^.!?]{0,30}\b(?:19|20)\d\d\b[^.!?]{0,24}$/,
      /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day, )?\d{1,2} [a-z]+ \d{4},? (?:at )?\d{1,2}:\d\d(?: ?[ap]m)?(?: [a-z]{2,4})?$/,
      /^[a-z]+ \d{1,2},? \d{4},? (?:at )?\d{1,2}:\d\d(?: ?[ap]m)?(?: [a-z]{2,4})?$/,
    ],
    byline: [/^by [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,4}$/u, /^(?:staff writer|our correspondent|(?:reporting|editing|written) by:? .{2,60})$/],
    caption: [/^(?:photo|photograph|picture|image|file photo|caption) ?[:|—–-].{0,200}$/, /\((?:photo|picture|image): [^)]{1,60}\)$/, /[/|—] ?(?:afp|reuters|ap|anadolu|tass|sana|irna|getty images?)(?: photo)?$/],
    'read-also': [/^(?:read also|read more|see also|more on this|also read|you may also like)\b ?[:|—–-]?.{0,200}$/, /^(?:related|recommended)(?: stories| articles| news)?(?: ?[:|—–-].{0,200})?$/],
    share: [/^(?:share|share this|share on \w+|tweet|email|print|copy link|facebook|twitter|whatsapp|telegram|linkedin)(?:(?: ?[|·•,] ?| )(?:share|tweet|email|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin))*$/],
    advertisement: [/^(?:advertisement|advert|ad|sponsored|sponsored content|promoted|story continues below(?: advertisement)?)$/],
    tags: [/^(?:tags?|topics?|keywords?) ?[:|—–-].{0,200}$/],
    // Menu items begin and end with a letter, so that the spaces around a bar go to the bar:
    // one way to read a menu, and no backtracking over its items.
    footer: [/^(?:©|\(c\)|copyright\b).{0,200}$/, /^all rights reserved\.?$/, /^(?:terms of use|privacy policy|contact us|about us|advertise)(?: *[|·•] *[^|·•\s](?:[^|·•]{0,28}[^|·•\s])?)*$/],
  },
};
