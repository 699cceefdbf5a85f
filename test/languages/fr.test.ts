/**
 * The French pack, as an analyst would check it by eye: folding and stemming
 * of real word forms, the commitments read from sentences of the register
 * (French texts of the Astana statements and the French-language press),
 * rounds read from heads, layout lines, and detection beside English and
 * Turkish. Illustrative sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, diffCommuniques, extractCommitments, normalizeText, parseCommunique, roundLabel, type Commitment } from '../../src/index.js';
import { fr } from '../../src/languages/fr/index.js';
import { foldCommon } from '../../src/normalize/fold.js';
import { tokenize } from '../../src/tokenize/tokens.js';

const fold = (w: string): string => fr.fold(foldCommon(w));
const stem = (w: string): string => fr.stem(fold(w));
const read = (text: string): Commitment[] => extractCommitments(parseCommunique(text));
const one = (text: string): Commitment => {
  const cs = read(text);
  expect(cs, text).toHaveLength(1);
  return cs[0] as Commitment;
};
const markers = (c: Commitment): string[] => c.markers.map((m) => `${m.kind} ${m.text}`);

describe('French folding', () => {
  it('takes accents and the ligatures off, and writes one apostrophe', () => {
    expect(fold('Réaffirmé')).toBe('reaffirme');
    expect(fold('accroître')).toBe('accroitre');
    expect(fold('vœux')).toBe('voeux');
    expect(fold('l’intégrité')).toBe("l'integrite");
    expect(fold('Türkiye')).toBe('turkiye');
  });

  it('writes an ordinal as its figure and the short suffix, however it is spelled', () => {
    for (const w of ['21e', '21ème', '21ieme', 'XXIe', 'vingt-et-unième']) expect(fold(w), w).toBe('21e');
    for (const w of ['1er', '1re', '1ère', 'premier', 'première']) expect(fold(w), w).toBe('1e');
    for (const w of ['2nd', '2de', 'second', 'seconde', 'deuxième']) expect(fold(w), w).toBe('2e');
    expect(fold('dix-septième')).toBe('17e');
    expect(fold('vingt-deuxième')).toBe('22e');
    expect(fold('trentième')).toBe('30e');
    expect(fold('XXVIIIe')).toBe('28e');
  });

  it('leaves words that only look like numbers: vie, le, centième', () => {
    for (const w of ['vie', 'le', 'xi', 'centième', 'ème']) expect(fold(w), w).toBe(foldCommon(w));
  });

  it('is idempotent on these forms', () => {
    for (const w of ['21ème', 'XXIe', 'vœux', 'première', 'dix-septième', "l'État"]) expect(fr.fold(fold(w))).toBe(fold(w));
  });
});

describe('French stemming', () => {
  it('makes the forms of a verb of the statements meet', () => {
    const forms = ['réaffirmé', 'réaffirmée', 'réaffirmées', 'réaffirment', 'réaffirmant', 'réaffirmer', 'réaffirmeront'];
    expect(new Set(forms.map(stem))).toEqual(new Set(['reaffirm']));
  });

  it('makes plural and feminine meet the singular: internationaux, syriennes, parties', () => {
    expect(stem('internationaux')).toBe(stem('international'));
    expect(stem('internationales')).toBe(stem('international'));
    expect(stem('syriennes')).toBe(stem('syrien'));
    expect(stem('parties')).toBe(stem('partie'));
    expect(stem('efforts')).toBe(stem('effort'));
    expect(stem('présidents')).toBe(stem('président'));
  });

  it('drops an elided article or preposition: l’intégrité = intégrité, d’Idlib = Idlib', () => {
    expect(stem('l’intégrité')).toBe(stem('intégrité'));
    expect(stem("d'Idlib")).toBe('idlib');
    expect(stem("qu'elles")).toBe(stem('elles'));
  });

  it('keeps derivation apart and short words whole', () => {
    expect(stem('engagement')).not.toBe(stem('engagé'));
    expect(stem('engagements')).toBe(stem('engagement'));
    for (const w of ['ont', 'sera', 'mer']) expect(stem(w), w).toBe(w);
  });
});

describe('the tokenizer and French words', () => {
  it('keeps an elided word with its apostrophe as one word', () => {
    const words = tokenize("l'intégrité d’Idlib qu'elles").filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toEqual(["l'intégrité", 'd’Idlib', "qu'elles"]);
  });
});

describe('French commitments', () => {
  it('reads the acts of the statements, in the past and the present, with their boosters', () => {
    const c = one("Ont réaffirmé leur ferme attachement à la souveraineté et à l'intégrité territoriale de la Syrie.");
    expect([c.predicate, c.predicateText, c.strength]).toEqual(['reaffirm', 'réaffirmé', 4.5]);
    expect(markers(c)).toEqual(['booster ferme']);
    expect(markers(one("Ont réaffirmé leur engagement résolu en faveur de la mise en œuvre intégrale des arrangements."))).toEqual(['booster engagement résolu', 'booster intégrale']);
    // The participle is no booster: « ne peut être résolu que par un processus politique ».
    expect(markers(one('Ont souligné que le conflit ne peut être résolu que par un processus politique.')).filter((m) => m.startsWith('booster'))).toEqual([]);
    // "sincère" (gratitude) is the register's politeness, as "sincere" is in English: no booster.
    expect(markers(one('Ont exprimé leur sincère gratitude aux autorités du Kazakhstan.'))).toEqual([]);
    expect(one('Condamnent énergiquement les attaques contre les civils.').predicate).toBe('condemn');
    expect(one('Se sont félicitées de la libération mutuelle de détenus.').predicate).toBe('welcome');
    // The UN's French "salue" is "commends".
    expect(one("Ont salué les efforts de l'Envoyé spécial pour la Syrie.").predicate).toBe('appreciate');
    expect(one('Ont exprimé leur vive préoccupation face à la situation humanitaire.').predicate).toBe('express-concern');
    expect(one('Ont fait part de leur profonde inquiétude quant au sort des réfugiés.').predicate).toBe('express-concern');
    expect(one('Ont pris note des préparatifs de la conférence sur les réfugiés.').predicate).toBe('note');
    expect(one('Ont exhorté toutes les parties à respecter le cessez-le-feu.').predicate).toBe('urge');
    expect(one('Ont instamment demandé le retrait des forces étrangères.').predicate).toBe('urge');
  });

  it('reads two acts of one sentence, and who an act asks', () => {
    const cs = read('Ont fermement condamné les attaques contre les civils et ont appelé la communauté internationale à accroître son aide.');
    expect(cs.map((c) => c.predicate)).toEqual(['condemn', 'call-upon']);
    expect(cs[0]?.text).toBe('fermement condamné les attaques contre les civils');
    expect(cs[1]?.addressee).toBe('la communauté internationale');
  });

  it('reads a participle that is also an adjective as an act only after its auxiliary', () => {
    expect(read('Sont convenues de tenir la prochaine réunion à Astana.').map((c) => c.predicate)).toEqual(['agree']);
    expect(read('Ont appelé les parties à respecter le calendrier convenu.').map((c) => c.predicate)).toEqual(['call-upon']);
    expect(read('Se sont félicitées des efforts du Kazakhstan et ont invité les pays voisins à participer.').map((c) => c.predicate)).toEqual(['welcome', 'invite']);
  });

  it('reads an infinitive after another act as part of it', () => {
    expect(read('Ont appelé la communauté internationale à soutenir et à condamner ces actes.').map((c) => c.predicate)).toEqual(['call-upon']);
  });

  it('reads the hedges "autant que possible", "en principe" and a condition six words long', () => {
    expect(markers(one('Ont réaffirmé leur volonté de poursuivre, autant que possible, la coopération.'))).toContain('hedge autant que possible');
    expect(markers(one('Sont convenues, en principe, de tenir la prochaine réunion à Astana.'))).toContain('hedge en principe');
    expect(markers(one('Ont réaffirmé leur disposition à ouvrir, si la situation sur le terrain le permet, de nouveaux points de passage.'))).toContain('condition si la situation sur le terrain le permet');
  });

  it('reads the negation: ne … pas, n’ont pas pu, ne sont pas parvenues à, ne se sont plus engagés', () => {
    for (const s of ["N'ont pas pu s'entendre sur la date de la prochaine réunion.", "Ne sont pas parvenues à s'entendre sur un mécanisme de surveillance.", "N'ont pas réitéré leur appel à la levée des sanctions.", 'N’ont pas condamné les frappes aériennes.', 'Les garants ne se sont pas engagés à maintenir les patrouilles.', 'Ne se sont plus engagés à maintenir les patrouilles conjointes.']) {
      const c = one(s);
      expect(c.polarity, s).toBe('negative');
      expect(c.strength, s).toBe(0);
    }
    // "…, mais ne sont pas parvenues…": the statement's own "mais" starts a clause of its own.
    const cs = read("Ont exprimé leur préoccupation face aux groupes terroristes, mais ne sont pas parvenues à s'entendre sur leur coopération.");
    expect(cs.map((c) => `${c.predicate} ${c.polarity}`)).toEqual(['express-concern affirmative', 'agree negative']);
  });

  it('reads modality: doivent up, devraient level, pourraient envisager down', () => {
    expect(markers(one('Ont affirmé que les pays garants doivent renforcer leurs consultations.'))).toEqual(['modal doivent']);
    expect(one('Les pays garants doivent intensifier leurs consultations.').strength).toBe(4.5);
    expect(one('Les pays garants devraient intensifier leurs consultations.').strength).toBe(3.75);
    expect(one('Les pays garants pourraient envisager de renforcer les patrouilles.').predicate).toBe('consider');
  });

  it('reads conditions, hedges, scope and graded urgency', () => {
    expect(markers(one('Ont appelé au retour des réfugiés lorsque les conditions le permettront.'))).toEqual(['condition lorsque les conditions le permettront']);
    expect(markers(one('Sont convenues de renforcer, le cas échéant, leur coopération.'))).toEqual(['hedge le cas échéant']);
    expect(markers(one("Sont convenues d'intensifier leur coopération."))).toEqual(["scope d'intensifier"]);
    expect(markers(one('Sont convenues de poursuivre, dans la mesure du possible, les échanges.'))).toEqual(['hedge dans la mesure du possible']);
    expect(markers(one('Ont appelé à la libération de toutes les personnes détenues, y compris les femmes.'))).toEqual(['scope toutes', 'scope y compris']);
    const urgency = (s: string): number | undefined => one(s).markers.find((m) => m.kind === 'time')?.weight;
    expect(urgency('Ont demandé la levée immédiate des mesures coercitives.')).toBe(0.5);
    expect(urgency('Ont appelé à la reprise sans délai des travaux.')).toBe(0.5);
    expect(urgency('Ont appelé à la reprise dès que possible des travaux.')).toBe(0.25);
    expect(urgency('Ont appelé à la reprise en temps voulu des travaux.')).toBe(-0.25);
  });

  it('reads an impersonal passive as the statement’s, also after an opening phrase', () => {
    expect(one('Il a été convenu de tenir la prochaine réunion à Astana.').predicate).toBe('agree');
    expect(one("Au cours de la réunion, il a également été décidé de créer un groupe d'experts.").predicate).toBe('decide');
  });

  it('gives a named party that opens the sentence its act', () => {
    for (const [s, party] of [
      ["La République islamique d'Iran a appelé à la reconstruction des infrastructures.", "d'Iran"],
      ['La Turquie a condamné séparément les violations de l’espace aérien.', 'Turquie'],
      ['La délégation russe a proposé d’accueillir une réunion d’experts.', 'délégation russe'],
    ]) {
      const c = one(s as string);
      expect([c.speaker, c.speakerText], s).toEqual(['party', party]);
    }
  });

  it('reads no commitment in a third party’s words, a quote in the first person, a link or the preamble', () => {
    for (const s of [
      '« Nous avons décidé de prolonger le cessez-le-feu », a déclaré à la presse le ministre kazakh.',
      '« Le format reste pertinent », a-t-il ajouté, en saluant les efforts des garants.',
      "Interrogé par l'agence, un porte-parole de l'ONU a salué « un signal encourageant ».",
      'Le chef de la délégation russe a souligné la nécessité de poursuivre le dialogue.',
      'Les observateurs estiment que la réunion n’a pas produit de résultats.',
      'Lire aussi : la Turquie appelle à relancer le processus politique',
      'Les délégations de l’Iran, de la Russie et de la Türkiye ont adopté la présente déclaration :',
    ]) expect(read(s), s).toEqual([]);
  });

  it('reads what a reporting frame introduces as the parties’', () => {
    expect(one('Selon le communiqué final, les trois pays ont appelé toutes les parties à la retenue.').predicate).toBe('call-upon');
    const c = one('Le texte évoque pour sa part la nécessité de faciliter le retour des réfugiés.');
    expect([c.predicate, c.predicateText]).toEqual(['emphasize', 'nécessité']);
    expect(one('Les garants « sont convenus de poursuivre les échanges de détenus », indique le texte.').text).toBe('sont convenus de poursuivre les échanges de détenus »');
  });
});

describe('French round pairs', () => {
  const OLD = `Déclaration conjointe à l'issue de la 21e réunion internationale sur la Syrie au format d'Astana

1. Ont réaffirmé leur ferme attachement à la souveraineté de la République arabe syrienne.

2. Ont condamné les attaques contre les civils à Idleb.

3. Ont appelé à la reprise en temps voulu des travaux de la commission constitutionnelle.

4. Sont convenues de tenir la prochaine réunion à Astana.`;

  it('says which commitments softened or strengthened', () => {
    const NEW = OLD.replace('Ont condamné', 'Ont exprimé leur préoccupation face à').replace('en temps voulu', 'sans délai').replace('Sont convenues de tenir', "N'ont pas pu s'entendre sur la tenue de");
    const kinds = diffCommuniques(OLD, NEW).commitments.map((c) => `${c.kind} ${c.slots.join(',')}`);
    expect(kinds).toEqual(['unchanged ', 'softened act', 'strengthened urgency', 'softened negation']);
  });

  it('finds no change in a text retyped without accents, with straight quotes and renamed places', () => {
    const NEW = OLD.normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace("l'issue", 'l’issue')
      .replace('21e', '21ème')
      .replace('Idleb', 'Idlib')
      .replace('à Astana.', 'à Nour-Soultan.');
    expect(diffCommuniques(OLD, NEW).commitments.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('compares renamed places and groups as one name', () => {
    expect(normalizeText('la Turquie, Daech, Alep, le HCR, Nour-Soultan')).toBe(normalizeText('la Türkiye, l’EI, Alep, le UNHCR, Astana'));
    expect(normalizeText('près d’Alep et de Deir ez-Zor')).toBe('pres ⟨aleppo⟩ et de ⟨deir-ez-zor⟩');
    expect(normalizeText("Ont appelé à la lutte contre l'État islamique et les groupes qui lui sont liés.")).toBe(normalizeText('Ont appelé à la lutte contre Daech et les groupes qui lui sont liés.'));
  });
});

describe('French rounds', () => {
  it.each([
    ["Déclaration conjointe à l'issue de la 21e réunion internationale sur la Syrie au format d'Astana", '21st round'],
    ['Déclaration conjointe sur la vingt et unième réunion internationale sur la Syrie', '21st round'],
    ["Communiqué du 21ème cycle de pourparlers d'Astana", '21st round'],
    ['La XXIe réunion internationale sur la Syrie', '21st round'],
    ['Vingt-deuxième réunion internationale sur la Syrie', '22nd round'],
    ["Le cycle 23 des pourparlers d'Astana", '23rd round'],
    ['Déclaration à l’issue de la première réunion', '1st round'],
  ])('%s → %s', (head, label) => {
    expect(roundLabel(head)).toBe(label);
  });

  it('reads no round where a head has none, nor a date', () => {
    expect(roundLabel('Déclaration conjointe publiée à Astana le 1er décembre 2026')).toBeUndefined();
    expect(roundLabel('La vie des réfugiés syriens')).toBeUndefined();
  });
});

describe('French layout lines', () => {
  const kinds = (text: string): string[] => (parseCommunique(text).layout ?? []).map((l) => l.kind);
  const story = 'Les trois pays garants ont fermement condamné les attaques contre les civils à Idleb, selon le communiqué.';

  it.each([
    ['Page 2 sur 3', 'page-number'],
    ['Publié le 18 mars 2028 à 14h35', 'dateline'],
    ['Mis à jour le 19 mars 2028', 'dateline'],
    ['Par Camille Dervaux', 'byline'],
    ['Lire aussi : Syrie, la commission constitutionnelle dans l’impasse', 'read-also'],
    ['À lire aussi', 'read-also'],
    ['Mots-clés : Syrie, Astana, Idleb', 'tags'],
    ['Partager', 'share'],
    ['Tous droits réservés', 'footer'],
  ])('%s is %s', (line, kind) => {
    expect(kinds(`${story}\n\n${line}\n\n${story.replace('Idleb', 'Alep')}`)).toEqual([kind]);
  });

  it('keeps sentences that begin with the same words', () => {
    expect(kinds(`Publié à l'issue de deux jours de discussions, le texte appelle à la retenue.\n\n${story}`)).toEqual([]);
    expect(kinds(`Par ailleurs, les garants sont convenus de tenir la prochaine réunion à Téhéran.\n\n${story}`)).toEqual([]);
  });
});

describe('French detection', () => {
  it('tells French from English and Turkish by stop words and letters', () => {
    const french = "Ont appelé la communauté internationale à accroître l'aide humanitaire à tous les Syriens, sans discrimination ni conditions préalables.";
    const english = 'Called upon the international community to increase humanitarian assistance to all Syrians, without discrimination and preconditions.';
    const turkish = 'Uluslararası toplumu, ayrımcılık ve ön koşul olmaksızın tüm Suriyelilere insani yardımı artırmaya çağırdılar.';
    expect(detectLanguage(french)).toBe('fr');
    expect(detectLanguage(french.normalize('NFD').replace(/\p{M}/gu, ''))).toBe('fr');
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage(turkish)).toBe('tr');
  });

  it('reads an English text that writes "communiqué" and "de-escalation" as English', () => {
    expect(detectLanguage('The final communiqué called for the de-escalation zone in Idlib to be preserved and for the ceasefire to hold.')).toBe('en');
  });

  it('reads a French press paragraph with English names and a quote as French', () => {
    expect(detectLanguage('« Le Kazakhstan restera une plateforme neutre pour ce dialogue », a déclaré à la presse le ministre, Erlan Moukhametov.')).toBe('fr');
  });
});
