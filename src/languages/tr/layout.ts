/**
 * Turkish page numbers and press furniture, as line patterns.
 *
 * @module
 */
import type { LayoutPatterns } from '../types.js';

// Layout keys are lower case by `String.prototype.toLowerCase`, which keeps
// ş, ç, ğ, ö, ü, ı, writes a capital İ as i with a combining dot (U+0307)
// and a capital I as i; and Turkish pages are also typed without Turkish
// letters ("Paylas"). So the patterns are written without them, and each
// letter that has a Turkish twin also reads it: s is [sş], i is ı, i or i̇.
const TWINS: Readonly<Record<string, string>> = { s: '[sş]', c: '[cç]', g: '[gğ]', o: '[oö]', u: '[uü]', i: '(?:i\u0307?|ı)' };
const line = (source: string): RegExp => new RegExp(`^(?:${source.replace(/[scgoui]/g, (c) => TWINS[c] ?? c)})$`, 'u');
// What follows a keyword: a colon, a bar or a dash, then the line's text.
const REST = ' ?[:|—–-] ?.{0,200}';

// Sources: the page footers of Turkish PDFs ("Sayfa 2 / 3", "s. 2") and the
// furniture of Turkish news sites (Anadolu Ajansı, TRT Haber and the national
// dailies): "Yayınlanma: 21.06.2024 14:35", "Muhabir: …", "Haber Merkezi",
// "Fotoğraf: AA", "İlgili Haberler", "Paylaş", "Etiketler: …", "© 2024 …",
// "Tüm hakları saklıdır". Keywords that also start sentences ("Haber
// kaynaklarına göre…", "Güncelleme çalışmaları…") count only before a colon,
// a bar, a dash or (datelines) a date.
/** Turkish page numbers and press furniture lines. */
export const layout: LayoutPatterns = {
  pageNumbers: [line('(?:sayfa|s\\.) ?\\d{1,3}(?: ?/ ?\\d{1,3})?')],
  furniture: {
    dateline: [line('(?:yayinlanma|guncelleme|son guncelleme|giris)(?: tarihi)?:? (?:[^.!?]|\\.(?=\\d)){0,30}\\b(?:19|20)\\d\\d\\b[^!?]{0,24}')],
    byline: [line('(?:muhabir|haber|editor|yazan|hazirlayan) ?: ?[^.]{1,60}'), line('(?:\\p{L}+ )?haber merkezi')],
    caption: [line(`(?:fotograf|foto|gorsel)${REST}`)],
    'read-also': [line(`(?:ilgili haber(?:ler)?|bunlar da ilginizi cekebilir|devamini oku|haberin devami)(?:${REST})?`)],
    share: [line("(?:paylas|\\p{L}+'(?:da|de|ta|te) paylas|yazdir|facebook|twitter|whatsapp|telegram)(?:(?: ?[|·•,] ?| )(?:paylas|yazdir|facebook|twitter|x|whatsapp|telegram))*")],
    advertisement: [line('reklam|sponsorlu icerik')],
    tags: [line(`(?:etiketler|etiket|konular)${REST}`)],
    footer: [line('(?:©|\\(c\\)).{0,200}'), line('(?:tum|her) haklari saklidir\\.?')],
  },
};
