/**
 * French lexicon of acts, markers and attribution, in the register of the
 * French texts of joint statements and UN resolutions (the UN's French
 * operative verbs, as the UN terminology database UNTERM gives them:
 * réaffirme, condamne, exige, demande = calls upon, prie = requests, exhorte
 * = urges, se félicite = welcomes, prend note) and of the French press that
 * reports them. Patterns are folded like the text: lower case, no accents
 * (é → e), œ → oe, and the elided l' and d' left out (l'engagement matches
 * `engagement`, d'intensifier `intensifi*`).
 *
 * Acts are written in the forms a statement gives them: the participle after
 * its auxiliary ("Ont réaffirmé", "Se sont félicitées"), the present
 * ("Réaffirment") and the present participle — never the infinitive, which
 * follows other acts ("Ont appelé la communauté internationale à condamner…"
 * is a call). A participle that is also an adjective ("le calendrier
 * convenu", "un dialogue soutenu", "les pays invités") is an act after its
 * auxiliary ("ont convenu", "sont convenues") and, alone, only where no act
 * has opened the sentence ("N'ont pas convenu…").
 */
import type { Lexicon, MarkerEntry, MarkerKind, PredicateEntry } from '../types.js';

// The three guarantors by name, folded.
const GUARANTOR = 'iran|russie|turquie|turkiye';

// Verb forms from stems: `v('condamn', E)` is every form of "condamner" a
// statement writes: its participle (condamné, -ée, -és, -ées; the 3rd person
// singular is written alike once folded), present and present participle.
// Participles of -ir and -re verbs (convenu, -ue, -us, -ues) from the masculine.
const v = (stems: string, endings: string): string => stems.split('|').flatMap((s) => endings.split('|').map((e) => s + e)).join('|');
const PE = 'e|ee|es|ees';
const E = `${PE}|ent|ant`;
const U = '|e|s|es';
// Auxiliaries before a participle, up to two words before it ("ont
// également fermement condamné", "se sont à nouveau félicitées").
const AUX = 'ont|a|sont|ayant|avaient ~2';
// Impersonal passives: "Il a été convenu de…", "il a également été décidé".
const PASSIVE = 'a|ont|avait ~1 ete';
// The ways a statement "expresses" a view: exprimer, manifester, faire part de.
const EXPRESS = `${v('exprim|manifest', E)}|fait|font ~4`;
// Modals: must (devoir), should (devoir in the conditional), may (pouvoir).
const MUST = 'doivent|doit|devront|devra';
const SHOULD = 'devraient|devrait';
const MAY = 'pourraient|pourrait|peuvent|peut|pourront|pourra';
// Verbs of doing after a future or a modal ("vont poursuivre leurs efforts",
// "doivent prendre des mesures"), by prefix: the modal is what makes them an act.
const DOING = "~2 prend*|poursuiv*|continu*|intensifi*|renforc*|ten*|oeuvr*|cooper*|facilit*|soutenir|contribu*|mainten*|assur*|respect*|mett*|aid*|elarg*|lutt*|organis*|adopt*|accueill*|s'abstenir|se";
const DOC = 'declaration|communique|document|texte';
// Third parties by their office, singular ("le ministre", "le porte-parole"):
// the plural ("les ministres ont souligné") is the guarantors' own voice.
const OFFICIAL = 'ministre|ministere|porte-parole|ambassadeur|responsable|source|agence|president|vice-ministre|conseiller|analyste|diplomate|chef|negociateur|envoye|emissaire|expert|m|mme';
// Reporting verbs of the press ("a déclaré", "a précisé", "indique le texte").
const SAID = 'declare|dit|indique|precise|ajoute|explique|estime|assure|confie|annonce';
const REPORTS = 'indique|precise|souligne|affirme|ajoute|poursuit|stipule|note|evoque|mentionne|rappelle|conclut|releve';
// What a condition waits for: "lorsque les conditions le permettront", "une fois la situation stabilisée",
// "si la situation sur le terrain le permet" (six words between).
const PERMIT = '~7 permett*|permet|permis|reuni*|amelior*|stabilis*|normalis*|prete*|mure*|regle*';

// Acts, one a line: `predicate[/flag[/strength]] pattern`. Flags: `n` a noun (or a
// participle alone): an act only where none is open; `i` an impersonal passive;
// `b` a participle that is also an adjective: an act after its auxiliary, alone a noun.
// The verbs of the statements, by the UN's French equivalents of the scale's acts.
const VERBS = `reaffirm ${v('reaffirm|reiter', E)}
reaffirm ${v('renouvel|confirm', E)} ~2 attachement|engagement|determination|soutien
emphasize ${v('soulign|insist|affirm', E)}
emphasize mis|mettent ~2 accent|exergue
emphasize/n necessite|imperatif
agree/i ${PASSIVE} convenu|entendu
decide/i ${PASSIVE} decide
emphasize/i ${PASSIVE} souligne|affirme
agree mis|mises d'accord
agree ${v('parvenu', U)}|parviennent ~3 accord|entente|consensus|s'entendre|convenir
decide ${v('decid', E)}
note ${v('not|constat', E)}
note pris|prennent|prenant ~1 note|acte
condemn ${v('condamn|denonc|deplor', E)}
condemn/n condamnation
reject ${v('rejet|refus', E)}|rejette|rejettent|s'oppos*
reject/n rejet|refus
demand ${v('exig', E)}|exigeant
call-upon ${v('appel|demand', E)}|appelle|appellent
call-upon/n appel
call-upon lanc*|renouvel*|reiter*|repet* ~2 appel|appels
urge ${v('exhort', E)}
urge instamment ~1 appel*|demand*|prie*
urge appel*|demand*|prie|prient ~1 instamment
request ${v('pri|sollicit', E)}|chargent
welcome ${v('felicit', E)}|rejoui*
welcome accueilli* ~2 satisfaction|favorablement
appreciate ${v('appreci|remerci|salu', E)}
express-concern/n preoccupe*|inquiet|inquiets|inquiete*
express-concern ${v('not|constat', E)} avec ~1 preoccupation|inquietude
express-determination/n determine*|resolu* a
express-readiness/n pret|prets|prete*|dispose* a
express-confidence ${v('estim|consider', E)}|convaincu*|persuade*
encourage ${v('encourag', E)}|encourageant
recall ${v('rappel', E)}|rappelle|rappellent`;
// Participles that are also adjectives ("le calendrier convenu", "un dialogue soutenu",
// "les pays invités", "le ministre chargé de"), and their presents, always acts.
const PARTICIPLES = `agree/b ${v('convenu|entendu', U)}|s'entendre
propose/b ${v('propos|sugger', PE)}
commit/b ${v('engag', PE)}|s'engag*
support/b ${v('appuy', PE)}|${v('soutenu', U)}
note/b ${v('examin|discut|evoqu|inform', PE)}
invite/b ${v('invit', PE)}
request/b ${v('charg', PE)}
express/n ${v('exprim|manifest', E)}
agree conviennent|s'entendent
propose proposent|proposant|suggerent
commit s'engagent|engagent|s'engageant
commit/n engagement|attachement
support soutiennent|appuient
note examinent|discutent|evoquent
invite invitent|invitant`;
// "Ont exprimé leur préoccupation", "ont fait part de leur soutien": the noun names the act.
const EXPRESSED = `express-concern ${EXPRESS} preoccupation*|inquietude*|alarme
condemn ${EXPRESS} condamnation
reject ${EXPRESS} rejet|opposition|refus
support ${EXPRESS} soutien|appui
welcome ${EXPRESS} satisfaction
express-determination ${EXPRESS} determination
express-readiness ${EXPRESS} disponibilite|disposition|volonte
express-confidence ${EXPRESS} confiance|conviction
express-hope ${EXPRESS} espoir|voeu|voeux|souhait
appreciate ${EXPRESS} gratitude|reconnaissance|appreciation`;
// A future or a modal before a verb of doing, a commitment where no act has opened the
// sentence ("Les garants poursuivront leurs efforts"); a meeting that "se tiendra" is the
// decision to hold it, as strong ("Ont décidé de tenir la prochaine réunion…");
// considering an act is weaker than any act ("pourraient envisager de…").
const FUTURES = `commit/n poursuivront|continueront|tiendront|tiendra|oeuvreront|intensifieront|renforceront
decide/n aura|auront lieu
decide/n se tiendra|tiendront
decide/n doit|doivent|devra|devront se tenir
decide/n doit|doivent|devra|devront avoir lieu
commit/n vont|va|entendent ${DOING}
commit/n/4.5 ${MUST} ${DOING}
commit/n/3.75 ${SHOULD} ${DOING}
commit/n/3.5 ${MAY} ${DOING}
consider/n envisag*|examineront|etudieront
consider/n ${MAY}|${SHOULD}|vont ~1 envisager|examiner|etudier`;

// Markers, one a line: `kind[/weight] pattern` (weight: MARKER_WEIGHTS when left out),
// the French of the English pack's markers: "dans les termes les plus forts", "avec la
// plus grande fermeté" (in the strongest terms, +1); "à nouveau", "une nouvelle fois"
// (+0.25); modals by their English weights (doivent = must +0.5, devraient = should 0,
// pourraient = may −0.5); a negation anywhere before the act in its clause ("n'ont pas
// pu", "ne sont pas parvenues"); scope by "tous", "élargir", "y compris" (dropping it
// narrows). Urgency is graded: immédiatement > dès que possible > en temps voulu.
const MARKERS = `booster/1 termes ~3 forts|energiques|fermes
booster/1 plus grande fermete
booster ferme|fermement|fermete|resolument|vive*|vif|plein*|integral|integrale|integralement|total*|profond*|grave*|serieu*|inebranlable*|indefectible*|categorique*|energique*|strict*|fortement
booster sans equivoque|reserve
booster engagement|attachement|soutien|appui|determination|volonte resolu|resolue|resolus|resolues
booster avec force|vigueur
booster/0.25 de|a nouveau
booster/0.25 nouvelle|encore ~1 fois
hedge le cas echeant
hedge autant|aussi ~1 que ~1 possible|faire
hedge en principe|regle|partie
hedge dans ~2 mesure du possible
hedge dans la|toute ~1 mesure ~1 possible
hedge si|au|selon ~1 possible|necessaire|besoin|besoins
hedge envisag*|explor*|etudier|examiner|possibilit*|eventuel*|s'efforc*|efforcer
modal/0.5 ${MUST}|faut
modal/0 ${SHOULD}
modal/-0.5 ${MAY}|puissent
modal/0.25 vont|va
negation ne|n'*|pas|jamais|aucun*|ni|nullement|echoue*|abstenu*|abstenues|incapable*
condition lorsque|lorsqu'*|quand|si|s'il|s'ils ${PERMIT}
condition des|aussitot que|qu'* ${PERMIT}
condition fois ${PERMIT}
condition sous|moyennant|avec ~1 reserve|condition|accord|consentement|approbation
condition condition|pourvu que|qu'*|de
condition en fonction|cas
scope tous|toutes|toute|chaque|ensemble
scope elarg*|etendre|intensifi*|accroi*
scope y compris
scope notamment|particulier|particulierement
time immediat*|urgen*
time sans delai|tarder|attendre
time/0.25 des|aussitot que possible
time/0.25 meilleurs|brefs delais
time/0.25 rapide*|prochainement|vite|tot
time/-0.25 en|au|le temps|moment voulu|utile|opportun|approprie|venu
time/-0.25 date ~3 determiner|convenir|fixer|ulterieure
time/-0.25 ulterieurement|progressivement
time/-0.25 a l'avenir`;

/** The rows of a table: each row's head (split at `/`) and pattern. */
const rows = (table: string): Array<[string[], string]> => table.split('\n').map((r) => [r.slice(0, r.indexOf(' ')).split('/'), r.slice(r.indexOf(' ') + 1)]);

/** The French lexicon. */
export const lexicon: Lexicon = {
  predicates: rows([VERBS, PARTICIPLES, EXPRESSED, FUTURES].join('\n')).flatMap(([[predicate, flag, strength], pattern]): PredicateEntry[] => {
    const entry = { predicate: predicate as string, pattern, ...(strength ? { strength: Number(strength) } : {}) };
    if (flag === 'b') return [{ ...entry, pattern: `${AUX} ${pattern}` }, { ...entry, nominal: true }];
    return [{ ...entry, ...(flag === 'n' ? { nominal: true } : flag === 'i' ? { impersonal: true } : {}) }];
  }),
  markers: rows(MARKERS).map(([[kind, weight], pattern]): MarkerEntry => ({ kind: kind as MarkerKind, pattern, ...(weight ? { weight: Number(weight) } : {}) })),
  attribution: [
    `selon|d'apres|suivant ~2 ${DOC}`,
    `le|la|leur ${DOC} ~2 ${REPORTS}|dit|insiste`,
    `${REPORTS}|lit ~2 ${DOC}`,
    'peut-on|lit-on ~1 lire',
    `qui ${REPORTS}`,
    `aux termes ~2 ${DOC}`,
  ],
  // Who speaks (see Lexicon.parties): the parties and the statement as
  // subjects; one guarantor named; officials, ministries and agencies quoted;
  // press furniture.
  parties: [
    'parties|garants|pays|etats|delegations|participants|ils|elles|presidents|ministres|dirigeants|chefs',
    'trois ~1 pays|etats|garants|parties',
    // All three named, in any order ("l'Iran, la Russie et la Turquie"); two of them are a party (below).
    // (The last after "et": "la Russie et la Turquie ont remercié l'Iran" names two.)
    // (Also by their official names: "la République islamique d'Iran, la Fédération de Russie et la République de Turquie".)
    `${GUARANTOR} ~3 ${GUARANTOR} et ~3 ${GUARANTOR}`,
    DOC,
  ],
  // One or two of them named ("l'Iran et la Russie": a different speaker from the three).
  party: ["turquie|turkiye|iran|russie|ankara|teheran|moscou", `${GUARANTOR} ~3 ${GUARANTOR}`, 'partie|delegation turque|iranienne|russe'],
  thirdParty: [
    `${OFFICIAL} ~6 a|avait ~1 ${SAID}|affirme|souligne|insiste|averti|repondu|martele|reconnu`,
    `a ~1 ${SAID}|affirme|souligne|insiste|averti|repondu|martele ~4 ${OFFICIAL}`,
    `declare|precise|ajoute|explique|confie ~2 ${OFFICIAL}`,
    // The inverted subject of a quote's incise ("a-t-il déclaré") and the first person of a quote ("Nous avons décidé…").
    "a-t-il|a-t-elle|ont-ils|a-t-on|estime-t-il|avons|sommes|allons|n'avons|j'ai|je",
    `selon ~3 lui|elle|eux|${OFFICIAL}|responsables|sources|diplomates|observateurs|analystes|experts`,
    `il|elle ~2 a ~1 ${SAID}`,
    'observateurs|analystes|experts|diplomates ~3 notent|estiment|jugent|soulignent|relevent|craignent',
    // An office or official as the subject of an act of its own ("Le Bureau de l'Envoyé spécial s'est félicité…").
    "bureau|envoye|secretaire|porte-parole|ministere|onu ~6 a|s'est ~1 salue|felicite|appele|exhorte|exprime|souligne|demande|condamne",
  ],
  addresseeEnds: ["a|au|aux|pour|que|qu'*|afin"],
  // Not a bare "alors" or "sans" (", sans discrimination", ", sans délai"), which go on the act.
  clauseBreaks: ['mais|cependant|toutefois|pourtant|neanmoins|or', "tandis|alors|bien que|qu'*", 'meme si', 'sans ~2 reprendre|mentionner|evoquer|repeter|renouveler'],
  furniture: ['lire|voir ~1 aussi|egalement', 'a ~1 lire|voir', 'partager|photo|video|publicite|legende', 'de|par ~3 correspondant|correspondante|envoye|envoyee|redaction'],
};
