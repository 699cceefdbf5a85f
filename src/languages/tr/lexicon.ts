/**
 * Turkish lexicon of acts, markers and attribution, in the register of the
 * Turkish texts of the Astana joint statements (the Ministry of Foreign
 * Affairs' "Ortak Açıklama" translations) and of the Turkish press that
 * reports them. Turkish is verb-final: the act closes its clause
 * ("… bağlılıklarını teyit ettiler"), and its markers stand before it.
 * A verb's tense, negation and modality are suffixes, so its patterns are
 * made from its stem (see verbs.ts); patterns are folded like the text.
 *
 * @module
 */
import type { Lexicon, MarkerEntry, PredicateEntry } from '../types.js';
import { affirmative, modal, negative, passive, refrained, reported, verb, type Modality } from './verbs.js';

// Patterns are written folded (ı as i, ş as s, ü as u: see fold.ts), as the
// engine compares them, not in Turkish letters, which a bundle writes as
// six-character \u escapes; verbs.ts makes the forms of each verb stem.

// Acts by canonical act (STRENGTH_SCALE): verb stems of one word or more,
// separated by commas; a stem's words before the verb may be alternatives or prefixes
// ("çağrı* bulun": çağrıda, çağrısında bulundular). They are the MFA
// translations' equivalents of the English operative verbs (Reaffirmed →
// teyit ettiler, Stressed → vurguladılar, Underlined → altını çizdiler,
// Called upon → çağrıda bulundular, Agreed → mutabık kaldılar, Decided →
// kararlaştırdılar, Welcomed → memnuniyetle karşıladılar, Noted → not ettiler).
const ACTS: Readonly<Record<string, string>> = {
  reaffirm: 'teyit et, yinele, tekrarla',
  emphasize: 'vurgula, vurgu yap, altini|alti ciz, isaret et, dikkat cek, onem* atfet, onem* ver, onem* degin',
  agree: 'mutabik kal, anlas, uzlas, mutabakat*|uzlasi*|anlasma*|birligine var, kabul et, uzlasi*|mutabakat* sagla',
  decide: 'kararlastir, karar ver, karar al',
  propose: 'oner, teklif et, tavsiye et',
  commit: 'taahhut et, taahhudunde bulun, soz ver, ustlen',
  condemn: 'kina, lanetle',
  reject: 'reddet, karsi cik',
  demand: 'talep et',
  'call-upon': 'cagri* bulun, cagir, cagri* yap, cagri* yinele, cagri* tekrarla, cagri* yenile',
  urge: 'israrla cagir, israrla cagri* bulun',
  request: 'rica et, talepte bulun, iste',
  welcome: 'memnuniyetle|olumlu karsila, memnuniyetle not et, selamla',
  note: 'not et, kaydet, dikkate al, ele al, gorus, degerlendir, gozden gecir, incele, gorus alisverisinde bulun',
  'express-concern': 'endise*|kaygi* not et, endise*|kaygi*|uzuntu* izle, endise*|kaygi*|uzuntu* karsila',
  appreciate: 'takdir et, takdirle|ovguyle karsila|an, tesekkur et',
  recall: 'hatirlat, animsat',
  express: 'ifade et, dile getir, belirt, beyan et',
  'express-hope': 'um, umut et, temenni et, dort gozle bekle',
  'express-confidence': 'inan',
  encourage: 'tesvik et, cesaretlendir',
  invite: 'davet et',
  support: 'destekle, destek ver, onayla',
};

// "Expressed their concern / support / hope": the noun, then a verb of
// expressing up to three words on ("derin endişelerini bir kez daha dile getirdiler").
const EXPRESSING = 'ifade et, dile getir, beyan et, belirt, sun, duy, ilet';
const EXPRESSED: Readonly<Record<string, string>> = {
  'express-concern': 'endise*|kaygi*',
  condemn: 'kinama*',
  reject: 'ret|reddi*',
  support: 'destek*',
  'express-determination': 'kararlilik*|kararlilig*|azim*|azm*',
  'express-readiness': 'hazir|istekli*',
  'express-confidence': 'inanc*|inanci*|kanaat*|guvenlerini|kani*',
  'express-hope': 'umut*|umud*|umit*|temenni*',
  appreciate: 'takdir*|sukran*|minnet*|tesekkur*',
  welcome: 'memnuniyet*',
  // Condolences conveyed: "ailelerine taziyelerini ilettiler".
  express: 'taziye*',
};

// Verbs of doing whose future, necessitative and abilitive forms are a
// commitment of their own where no act follows ("çabalarını sürdüreceklerdir",
// "geri dönüşler kolaylaştırılmalıdır"), and a modal marker before an act
// ("… yoğunlaştırabileceklerini vurguladılar").
const DOING = 'surdur, devam et, sagla, destekle, kolaylastir, guclendir, artir, yogunlastir, gelistir, isbirligi yap, calis, katkida bulun, yardimci ol, gerceklestir, duzenle, yap, uygula, koru, mucadele et, onle, baslat, kur, genislet, ev sahipligi yap, tesvik et';
// Strengths as the English pack gives "will", "should" and "may" take (-mAlI is the statements'
// "should": "kolaylaştırılmalıdır"), and the weights of the same modals as markers.
const MODALS: ReadonlyArray<readonly [Modality, number, number]> = [['future', 4, 0.25], ['must', 3.75, 0], ['may', 3.5, -0.5]];
// Weighing an act ("güçlendirmeyi değerlendirebilir", could consider strengthening) is the
// commitment hedged, a level below.
const WEIGHING = 'degerlendir, dusun, incele';

const split = (list: string): string[] => list.split(', ');

const THREE = 'iran*|rusya*|turkiye*';
// …and their capitals, as agents of a passive act ("Moskova tarafından").
const NAMED = `${THREE}|ankara|tahran|moskova`;

// An official, an office or a source, in the singular: the plural ("Bakanlar …") is the guarantors' own.
const OFFICIAL = 'bakan|bakani*|bakanli*|sozcu*|buyukelci*|elci*|yetkili*|kaynak*|cumhurbaskani*|baskani*|temsilci|temsilcisi*|yardimcisi*|sekreteri*|mustesar*|komiser*|ofis*';

function predicates(): PredicateEntry[] {
  const out: PredicateEntry[] = [];
  const add = (predicate: string, stem: string, impersonal = false): void => {
    // Negative forms first: on an equal match, the earlier entry wins.
    out.push({ predicate, pattern: verb(stem, negative), negative: true, impersonal }, { predicate, pattern: verb(stem, affirmative), impersonal });
  };
  for (const [predicate, stems] of Object.entries(ACTS)) {
    for (const s of split(stems)) {
      add(predicate, s);
      // The impersonal passive of the statements and the press ("kararlaştırıldı", "mutabık kalındı",
      // "kınandı"); not of discussing ("ele alındı", "görüşüldü"), which is a reporter's account of the talks.
      if (predicate !== 'note') add(predicate, passive(s), true);
      out.push({ predicate, pattern: verb(s, refrained), negative: true }, ...reported(s).map((pattern) => ({ predicate, pattern })));
    }
  }
  for (const [predicate, nouns] of Object.entries(EXPRESSED)) {
    for (const s of split(EXPRESSING)) {
      add(predicate, `${nouns} ~3 ${s}`);
      add(predicate, `${nouns} ~3 ${passive(s)}`, true);
    }
  }
  // "… karşı olduklarını ifade ettiler": they expressed that they are against it.
  for (const s of split(EXPRESSING)) add('reject', `karsi olduklarini|oldugunu ~1 ${s}`);
  // "… kararlı olduklarını ifade ettiler": they expressed that they are determined.
  for (const s of split(EXPRESSING)) add('express-determination', `kararli olduklarini|oldugunu ~1 ${s}`);
  // A meeting that "yapılacak" ("düzenlenecek") is the decision to hold it, as strong ("Bir sonraki
  // toplantının … yapılmasına karar verdiler"), so that a report of it does not read as weaker.
  // (With its meeting noun before it: "çalışmalar yapılacaktır" is work to be done.)
  out.push({ predicate: 'decide', pattern: 'toplanti*|tur|turu|gorusme*|zirve*|oturum* ~8 yapilacak|duzenlenecek|gerceklestirilecek|yapilacaktir|duzenlenecektir|gerceklestirilecektir', nominal: true });
  for (const [m, strength] of MODALS) {
    for (const s of split(DOING)) out.push({ predicate: 'commit', pattern: verb(s, (v) => modal(v, m)), nominal: true, strength });
    for (const s of split(WEIGHING)) out.push({ predicate: 'commit', pattern: verb(s, (v) => modal(v, m)), nominal: true, strength: strength - 1 });
  }
  return out;
}

/** Marker entries of one kind, one a phrase of a comma-separated list (a phrase is one pattern: see PredicateEntry). */
const many = (kind: MarkerEntry['kind'], phrases: string, weight?: number): MarkerEntry[] =>
  phrases.split(', ').map((pattern) => (weight === undefined ? { kind, pattern } : { kind, pattern, weight }));

const markers: MarkerEntry[] = [
  // "In the strongest terms": en güçlü / en sert ifadelerle.
  ...many('booster', 'en guclu|sert|kesin ifadelerle|sekilde|bicimde|dille', 1),
  ...many('booster', 'guclu|kesin|sert bir sekilde|bicimde|dille, guclu|kararli|kararlilikla|siki|siddetle|onemle|kesinlikle|sarsilmaz|tam|tamamen|derin|ciddi|israrla|kuvvetle|kosulsuz|mutlak|buyuk'),
  ...many('booster', 'bir kez daha, tekrar|yine', 0.25),
  // "Ön koşulsuz" (without preconditions: "ayrım gözetmeksizin, siyasallaştırmadan ve ön koşulsuz",
  // the formula of humanitarian aid) is no intensifier: a booster of no weight, so that its
  // "koşulsuz" (unconditional) is not read as one.
  ...many('booster', 'on kosulsuz, onkosulsuz', 0),
  // "İmkânlar ölçüsünde" (as means allow), "genel olarak" (by and large), "elden geldiğince" (as far as possible).
  ...many('hedge', 'imkanlar|olanaklar ~1 olcusunde|elverdigince, genel olarak|itibariyla|hatlariyla, elden ~1 geldigince, olabildigince'),
  ...many('hedge', 'kismen, uygun ~1 oldugu|goruldugu olcude|takdirde, mumkun ~1 oldugunca|mumkunse, mumkun olan|oldugu olcude, gerektiginde|gerekirse|prensipte, gerekli goruldugunde, imkan|imkan dahilinde, ilke|prensip olarak, ihtiyac ~1 halinde|durumunda, olasilig*|ihtimal*|degerlendirmeyi|degerlendirilmesini|incelemeyi|incelenmesini|gayret*'),
  // (Also in the genitive: "… gerektiğinin altını çizdiler".)
  ...many('modal', 'gerekir|gerekmektedir|gerektigini|gerektiginin|gerektigine|gerektigi|gerekli|gereklidir', 0.5),
  // Compulsory ("zorunlu olduğunu", "zorunda olduklarını") says more than needed ("gerektiğini"): "must" to its "should".
  ...many('modal', 'zorunlu|zorunludur|zorunlulugunu|zorunlulugu|zorunda|mecbur|mecburdur', 0.75),
  ...many('modal', 'olabilir|olabilecegini|olabilecegi', -0.5),
  ...many('modal', 'hazir|hazirdir', -0.25),
  // Negation is the verb's own suffix (the `negative` acts); as a word, only "never".
  ...many('negation', 'asla, hicbir zaman'),
  // Conditions on when or whether the act applies ("uygun görülürse", "uygun şartlarda": if deemed fit, in suitable conditions).
  ...many('condition', 'uygun|gerekli ~1 gorulurse|gorulmesiyle, uygun|gerekli ~1 gorulmesi halinde, uygun ~1 sartlarda|kosullarda, uygun ~1 sartlar|kosullar ~1 olustugunda|saglandiginda'),
  ...many('condition', 'kosul*|sart*|durum*|guvenlik ~2 elverdiginde|elverdigi|uygun|olustugunda|saglandiginda|izin, izin verdiginde|verdigi, elverdiginde|elverdigi|takdirde|kosuluyla|sartiyla|kaydiyla|halinde|saglandiginda|olustugunda|onayiyla|rizasiyla, bagli olarak, gelismeler*|kosullar* ~1 gore|isiginda'),
  ...many('scope', 'tum|butun|her|tamami*, genislet*|yogunlastir*|kapsamli, dahil|basta|ozellikle'),
  // Urgency, graded: derhal > en kısa sürede > uygun bir zamanda.
  ...many('time', 'derhal|acilen|ivedilikle|acil|hemen|gecikmeksizin|gecikmeden'),
  ...many('time', 'en kisa ~1 surede|zamanda, bir an once, suratle|hizla', 0.25),
  ...many('time', 'uygun ~1 bir zamanda|tarihte, uygun zamanda, zamani ~1 geldiginde, ileride|gelecekte|zamanla|kademeli|asamali, daha sonra, belirlenecek ~1 bir tarihte', -0.25),
  // The modal forms of the verbs of doing, inside another act's clause ("… sürdürebileceklerini vurguladılar");
  // last, so that a word that is also a scope marker ("yoğunlaştırabileceklerini") stays one.
  ...MODALS.flatMap(([m, , weight]) => split(DOING).map((s): MarkerEntry => ({ kind: 'modal', pattern: verb(s, (v) => modal(v, m)), weight }))),
];

/** The Turkish lexicon. */
export const lexicon: Lexicon = {
  predicates: predicates(),
  markers,
  // A reporter's frame: "Açıklamada, … denildi", "Bildiride … ifade edildi",
  // "Açıklamaya göre …". What it frames is the statement's.
  attribution: [
    'aciklamada|bildiride|bildirgede|metinde|aciklamasinda|bildirisinde',
    'aciklama*|bildiri*|metn* gore|devaminda',
    'denildi|denilerek|belirtildi|belirtilerek|kaydedildi|kaydedilerek|bildirildi|aciklandi',
    'ifade edildi|edilerek',
    // A preamble's frame: "… bir araya gelerek aşağıdaki hususları kaydettiler:", "işbu bildiriyi kabul etmiştir".
    'asagidaki ~3 kaydetti*|belirtti*|vurguladi*|ifade|mutabik|beyan|kabul|acikladi*',
    'isbu ~2 kabul|onay* etmistir|etmislerdir|ettiler|etti',
    // Not a frame: an ordinal in figures with its suffix ("27'nci", folded "27."). The engine ends a
    // sentence at the period of "27." (src/commitments/sentences.ts), so an act's clause starts after
    // it; so that "27'nci", its spelling in other texts, starts the clause there too, it ends the
    // clause before it as a frame does. To go when the engine reads "27." as an ordinal.
    Array.from({ length: 99 }, (_, k) => `${k + 1}.`).join('|'),
  ],
  // The parties, the guarantors and the statement as the subject that opens a sentence.
  parties: [
    'taraflar*|garantor*|heyetler*|katilimcilar*|ulkeler|devletler|liderler|bakanlar|cumhurbaskanlari|onlar',
    'garantor ~1 ulke*|devlet*',
    'uc ~1 ulke*|devlet*|garantor*|taraf*',
    // All three named together: "İran, Rusya ve Türkiye", "Türkiye, Rusya ve İran" (two of them are a party, below).
    // (The last after "ve": "İran ve Rusya, Türkiye'nin …" names two.)
    `${THREE} ~1 ${THREE} ve ${THREE}`,
    // …and by their official names ("İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti").
    `${THREE} ~3 ${THREE} ~2 ve ${THREE}`,
    'aciklama|bildiri|bildirge|ortak',
  ],
  // In the nominative: "Türkiye'nin …" opening a sentence is what the act is about.
  // …and two named together ("İran ve Rusya"): a different speaker from the three.
  party: ['turkiye|iran|rusya|ankara|tahran|moskova', `${THREE} ~2 ${THREE}`, 'turkiye|iran|rusya ~2 cumhuriyeti|federasyonu', 'turk|iran|rus ~1 tarafi|heyeti|delegasyonu'],
  // The agent of a passive act, anywhere before it: "… üç ülke tarafından reddedildi", "Taraflarca
  // vurgulanmıştır"; "Rusya ve İran tarafından memnuniyetle karşılandı" (two of them).
  agents: {
    parties: ['uc ~2 ulke*|devlet*|garantor*|taraf* tarafindan', 'garantor*|taraflar* tarafindan', 'taraflarca|garantorlerce|ulkelerce|devletlerce', `${THREE} ~1 ${THREE} ve ${THREE} tarafindan`],
    party: [`${NAMED} ~2 ${NAMED} tarafindan`, `${NAMED} tarafindan`],
  },
  thirdParty: [
    // An official, an office or an observer, and a verb of saying in the singular ("Bakan … dedi").
    // Singular officials: the plural ("Bakanlar … vurguladılar") is the guarantors' own.
    `${OFFICIAL}|ajans*|uzman*|analist*|gozlemci*|diplomat* ~8 dedi|soyledi|konustu|acikladi|belirtti|kaydetti|vurguladi|bildirdi|ekledi|ifade|degerlendirdi|uyardi|karsiladi|kinadi|cagirdi|yapti|kullandi|nitelendir*|etti|bulundu|istedi|belirtiyor|dusunuyor|degerlendiriyor`,
    'dedi|soyledi|diyerek|ekledi',
    'diye ~1 konustu|ekledi|belirtti|yazdi',
    `${OFFICIAL}|uzman*|analist*|gozlemci* ~3 gore`,
  ],
  // The engine does not read an addressee in a verb-final clause (it stands before the act: "uluslararası
  // topluma … çağrıda bulundular"); these end it where a clause is read after its act.
  addresseeEnds: ['icin|yonelik|iliskin|dair|uzere|konusunda'],
  // Not a bare "ve" or "ise": they join the parties' own clauses.
  clauseBreaks: ['ancak|ama|fakat|oysa|halbuki', 'buna ~1 karsin|ragmen', 'bununla birlikte'],
  furniture: ['ilgili ~1 haber*', 'paylas*|fotograf|foto|video|reklam', 'devamini|haberin ~1 oku*|devami'],
};
