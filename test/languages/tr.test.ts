/**
 * The Turkish pack, on examples an analyst can check by eye: dotted and
 * dotless i, folding and light stemming of real word forms, the acts and
 * markers of verb-final sentences of the register, whose words are not the
 * parties', round labels, layout lines, and detection beside the other
 * packs of its script. Illustrative sentences written for this project.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, diffCommuniques, extractCommitments, normalizeText, parseCommunique, roundLabel } from '../../src/index.js';
import { foldCommon } from '../../src/normalize/fold.js';
import { tr } from '../../src/languages/tr/index.js';

const fold = (w: string): string => tr.fold(foldCommon(w, tr.lowerCase));
const stem = (w: string): string => tr.stem(fold(w));
const read = (text: string) => extractCommitments(parseCommunique(text, { lang: 'tr' }), { lang: 'tr' });
const only = (text: string) => {
  const cs = read(text);
  expect(cs, text).toHaveLength(1);
  return cs[0] as (typeof cs)[number];
};

describe('Turkish letters', () => {
  it('lower-cases I as ı and İ as i, and folds ı to i for comparison', () => {
    expect(tr.lowerCase?.('İDLİB')).toBe('idlib');
    expect(tr.lowerCase?.('IRAK')).toBe('ırak');
    expect(tr.lowerCase?.('I\u0307dlib')).toBe('idlib');
    // Typed without Turkish letters, or in capitals, the words are the same words.
    expect(fold('kınadılar')).toBe(fold('kinadilar'));
    expect(fold('IDLIB')).toBe(fold('İdlib'));
    expect(fold('ŞİDDETLE')).toBe('siddetle');
  });

  it('folds ordinals in figures and thousands separators', () => {
    expect(fold("21'inci")).toBe('21.');
    expect(fold('28’İNCİ')).toBe('28.');
    expect(fold('29’uncu')).toBe('29.');
    expect(fold('2.000')).toBe('2000');
    expect(fold('21.06.2024')).toBe('21.06.2024');
  });
});

describe('light stemming', () => {
  it('takes off plural, possessive and case endings', () => {
    for (const w of ['taraflar', 'tarafların', 'tarafından']) expect(stem(w), w).toBe('taraf');
    for (const w of ['bölge', 'bölgesinde', 'bölgedeki', 'bölgeye']) expect(stem(w), w).toBe(stem('bölge'));
    for (const w of ['ülkeler', 'ülkelerin', 'ülkelerine']) expect(stem(w), w).toBe(stem('ülke'));
    expect(stem('vatanı')).toBe('vatan');
  });

  it('meets the consonant alternation (ğ/k, b/p) and keeps derivations apart', () => {
    expect(stem('egemenliğine')).toBe(stem('egemenlik'));
    expect(stem('bağlılıklarını')).toBe(stem('bağlılık'));
    expect(stem('güvenliği')).toBe('guvenlik');
    expect(stem('güvenlik')).not.toBe(stem('güven'));
  });

  it('cuts a proper name at its apostrophe, so that names and aliases meet', () => {
    expect(stem("İdlib'deki")).toBe(stem('Idlib'));
    expect(stem('Suriye’nin')).toBe(stem('Suriye'));
    expect(stem("Soçi'de")).toBe('soci');
    expect(normalizeText("Astana'da ve İdlib'de", { lang: 'tr' })).toBe(normalizeText("Nur-Sultan'da ve IDLIB'de", { lang: 'tr' }));
    expect(normalizeText('DEAŞ', { lang: 'tr' })).toBe(normalizeText('IŞİD', { lang: 'tr' }));
    expect(normalizeText('Türkiye Cumhuriyeti', { lang: 'tr' })).toBe(normalizeText('Türkiye', { lang: 'tr' }));
  });
});

describe('acts of verb-final sentences', () => {
  it('reads the act at the clause end, and what stands before it as its topic and markers', () => {
    const c = only('Suriye’nin egemenliğine ve toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.');
    expect(c.predicate).toBe('reaffirm');
    expect(c.predicateText).toBe('teyit ettiler');
    expect(c.topic).toBe('Suriye’nin egemenliğine ve toprak bütünlüğüne olan güçlü bağlılıklarını');
    expect(c.markers.map((m) => [m.kind, m.text])).toEqual([['booster', 'güçlü']]);
  });

  it('reads two acts of one sentence, each with its own markers', () => {
    const cs = read('İdlib’deki sivillere yönelik saldırıları en güçlü ifadelerle kınadılar ve insani yardımın derhal ulaştırılması çağrısında bulundular.');
    expect(cs.map((c) => [c.predicate, c.predicateText, c.markers.map((m) => `${m.kind}:${m.text}`)])).toEqual([
      ['condemn', 'kınadılar', ['booster:en güçlü ifadelerle']],
      ['call-upon', 'çağrısında bulundular', ['time:derhal']],
    ]);
  });

  it('reads the negation the verb carries (-ma/-me, the impotential -ama/-eme)', () => {
    for (const s of ['Terör saldırılarını kınamadılar.', 'Ortak bir mekanizma konusunda mutabık kalamadılar.', 'Bu bağlılıklarını teyit etmemişlerdir.', 'Saldırıları kınamaktan kaçındılar.']) {
      const c = only(s);
      expect(c.polarity, s).toBe('negative');
      expect(c.strength, s).toBe(0);
    }
    expect(only('Ortak bir mekanizma konusunda mutabık kaldılar.').polarity).toBe('affirmative');
  });

  it('reads the ministers’ first person plural in the present continuous ("yineliyoruz", "kabul etmiyoruz")', () => {
    // Not the singular (an official) or the past continuous (a reporter's narrative).
    expect(read('Bakan saldırıları kınıyor.')).toEqual([]);
    expect(read('Taraflar saldırıları kınıyordu.')).toEqual([]);
    const cs = read("Suriye'nin toprak bütünlüğüne bağlılığımızı yineliyoruz. Saldırıları kınıyoruz ve ön koşulları kabul etmiyoruz.");
    expect(cs.map((c) => [c.predicate, c.strength])).toEqual([['reaffirm', 4], ['condemn', 5], ['agree', 0]]);
  });

  it('reads "önemine değindiler", "takdirle anıyoruz", a hedge "kısmen" and the modal in the genitive', () => {
    expect(read('Anayasa Komitesinin yeniden başlamasının önemine değindiler.').map((c) => c.predicate)).toEqual(['emphasize']);
    expect(read("Kazakistan'ın katkılarını takdirle anıyoruz.").map((c) => c.predicate)).toEqual(['appreciate']);
    expect(read('Kısmen de olsa ilerleme kaydedilmesini memnuniyetle karşıladılar.').map((c) => [c.predicate, c.strength])).toEqual([['welcome', 1.5]]);
    expect(read('Bu ilkelere saygı gösterilmesi gerektiğinin altını çizdiler.').map((c) => [c.predicate, c.strength])).toEqual([['emphasize', 3.5]]);
  });

  it('reads "sıkı" and "kararlılıkla" as boosters, and "kararlı olduklarını ifade ettiler" as determination', () => {
    const [c] = read("Suriye'nin toprak bütünlüğüne sıkı bağlılıklarını teyit ettiler.");
    expect(c?.markers.map((m) => `${m.kind} ${m.text}`)).toEqual(['booster sıkı']);
    expect(read('Saldırıları kararlılıkla kınadılar.')[0]?.markers.map((m) => m.text)).toEqual(['kararlılıkla']);
    expect(read('Terörle mücadelede kararlı olduklarını ifade ettiler.').map((c) => c.predicate)).toEqual(['express-determination']);
  });

  it('reads the clause after an act as its own act: Turkish puts what is asked before the act', () => {
    expect(read('Tarafları diyaloğa davet ettiler ve çalışmalarını sürdüreceklerini belirttiler.').map((c) => c.predicate)).toEqual(['invite', 'express']);
    expect(read('İtidale çağırdılar, çabalarını sürdüreceklerdir.').map((c) => c.predicate)).toEqual(['call-upon', 'commit']);
  });

  it('reads conditions, urgency, hedges and scope', () => {
    const kinds = (s: string): string[] => only(s).markers.map((m) => `${m.kind}:${m.text}`);
    expect(kinds('Geçiş noktalarının, güvenlik koşulları elverdiğinde, yeniden açılması çağrısında bulundular.')).toEqual(['condition:güvenlik koşulları elverdiğinde']);
    expect(kinds('Yaptırımların en kısa sürede kaldırılması çağrısında bulundular.')).toEqual(['time:en kısa sürede']);
    expect(kinds('Çalışmaların uygun bir zamanda yeniden başlatılması çağrısında bulundular.')).toEqual(['time:uygun bir zamanda']);
    expect(kinds('İşbirliğini mümkün olduğu ölçüde sürdürme konusunda mutabık kaldılar.')).toEqual(['hedge:mümkün olduğu ölçüde']);
    expect(kinds('Kadınlar dahil alıkonulan tüm kişilerin serbest bırakılmasını talep ettiler.')).toEqual(['scope:dahil', 'scope:tüm']);
  });

  it('grades modality in the verb: will, should, may, may consider', () => {
    const strength = (s: string): number => only(s).strength;
    expect(only('Garantör ülkeler çabalarını sürdüreceklerdir.').predicate).toBe('commit');
    expect(strength('Garantör ülkeler çabalarını sürdüreceklerdir.')).toBeGreaterThan(strength('Mültecilerin dönüşü kolaylaştırılmalıdır.'));
    expect(strength('Mültecilerin dönüşü kolaylaştırılmalıdır.')).toBeGreaterThan(strength('Garantör ülkeler devriyeleri güçlendirebilir.'));
    expect(strength('Garantör ülkeler devriyeleri güçlendirebilir.')).toBeGreaterThan(strength('Garantör ülkeler devriyeleri güçlendirmeyi değerlendirebilir.'));
    // Inside another act's clause the modal form is that act's marker.
    expect(only('İstişarelerini sürdürebileceklerini vurguladılar.').markers.map((m) => m.kind)).toContain('modal');
  });

  it('reads opposition and condolences expressed: "karşı olduklarını ifade ettiler", "taziyelerini ilettiler"', () => {
    expect(read("Fırat'ın doğusunda petrol gelirlerine el konulmasına karşı olduklarını ifade ettiler.").map((c) => c.predicate)).toEqual(['reject']);
    expect(read('Terörizme karşı mücadelede işbirliğini sürdürme kararlılıklarını ifade ettiler.').map((c) => c.predicate)).toEqual(['express-determination']);
    expect(read('Saldırıları kınadılar ve hayatını kaybedenlerin ailelerine taziyelerini ilettiler.').map((c) => c.predicate)).toEqual(['condemn', 'express']);
  });

  it('reads nouns of expressing with their verb, and a reported act with its frame, as one act', () => {
    expect(only('Ekonomik durumun kötüleşmesine ilişkin derin endişelerini dile getirdiler.').predicate).toBe('express-concern');
    expect(only('Kendisiyle işbirliğine hazır olduklarını belirttiler.').predicate).toBe('express-readiness');
    expect(only('Saldırıları kınadıklarını belirttiler.').predicate).toBe('condemn');
    expect(only('Toplantıya ev sahipliği yaptıkları için içten şükranlarını sundular.').predicate).toBe('appreciate');
  });

  it('takes a named party that opens the sentence as the speaker', () => {
    const c = only('Türkiye, hava sahasının ihlallerini ayrıca kınadı.');
    expect([c.speaker, c.speakerText]).toEqual(['party', 'Türkiye']);
    expect(only('Rusya Federasyonu, bir uzmanlar toplantısına ev sahipliği yapmayı önerdi.').speakerText).toBe('Rusya Federasyonu');
    // A party's name inside the sentence is what the act is about.
    expect(only("Türkiye'nin sınır güvenliğine yönelik tehditleri kınadılar.").speaker).toBe('parties');
  });
});

describe('whose words', () => {
  it('reads no commitment in a quoted official’s words, a headline, a preamble or furniture', () => {
    expect(read('Dışişleri Bakanı, “Saldırıları kınıyoruz ve ateşkesi destekliyoruz” dedi.')).toEqual([]);
    expect(read('Rus heyeti başkanı gazetecilere, “Takasları uzatma kararı aldık” dedi.')).toEqual([]);
    expect(read('BM Genel Sekreter Sözcüsü Yardımcısı toplantıyı “cesaret verici” olarak nitelendirerek insani erişim çağrısı yaptı.')).toEqual([]);
    expect(read('Heyetler, Astana’da bir araya gelerek aşağıdaki hususları kaydettiler:')).toEqual([]);
    expect(read('Heyetler toplanmış ve garantör ülkeler sıfatıyla işbu bildiriyi kabul etmiştir:')).toEqual([]);
    expect(read('Toplantı öncesinde Moskova, bölgedeki saldırıları sert bir dille kınamıştı.')).toEqual([]);
    expect(read('İlgili Haber: Garantör ülkeler saldırıları kınadı')).toEqual([]);
  });

  it('reads what a reporting frame relays as the statement’s, and not the frame', () => {
    const cs = read('Bildiride, tutuklu takaslarının sürdürülmesi konusunda mutabık kalındığı belirtildi.');
    expect(cs.map((c) => [c.predicate, c.predicateText])).toEqual([['agree', 'mutabık kalındığı']]);
    expect(only('Ortak bildiriye göre garantör ülkeler saldırıları şiddetle kınadı.').predicate).toBe('condemn');
  });
});

describe('a pair of rounds', () => {
  it('says which commitments were softened, and why', () => {
    const diff = diffCommuniques(
      '1. Saldırıları şiddetle kınadılar.\n\n2. İşbirliğini sürdürme konusunda mutabık kaldılar.\n\n3. Yaptırımların derhal kaldırılması çağrısında bulundular.',
      '1. Saldırıları kınadılar.\n\n2. İşbirliğini sürdürme konusunda mutabık kalamadılar.\n\n3. Yaptırımların en kısa sürede kaldırılması çağrısında bulundular.',
    );
    expect(diff.commitments.map((c) => [c.kind, c.slots])).toEqual([
      ['softened', ['booster']],
      ['softened', ['negation']],
      ['softened', ['urgency']],
    ]);
  });

  it('reads the agent of a passive act as its speaker: "üç ülke tarafından", "Rusya ve İran tarafından", "Taraflarca"', () => {
    const three = '1. Ayrılıkçı gündemler üç ülke tarafından reddedildi.\n\n2. Ateşkesin sürdürülmesi gerektiği Taraflarca vurgulanmıştır.';
    const two = '1. Ayrılıkçı gündemler Rusya ve İran tarafından reddedildi.\n\n2. Ateşkesin sürdürülmesi gerektiği Rusya ve İran tarafından vurgulanmıştır.';
    const diff = diffCommuniques(three, two);
    expect(diff.commitments.map((c) => [c.kind, c.slots, c.new?.speakerText])).toEqual([
      ['softened', ['speaker'], 'Rusya ve İran tarafından'],
      ['softened', ['speaker'], 'Rusya ve İran tarafından'],
    ]);
  });

  it('reads the hedges "imkânlar ölçüsünde", "genel olarak", "elden geldiğince" and the conditions "uygun görülürse", "uygun şartlarda"', () => {
    const kinds = (text: string) => only(text).markers.map((m) => `${m.kind} ${m.text}`);
    expect(kinds('İnsani yardımların imkânlar ölçüsünde artırılması çağrısında bulundular.')).toContain('hedge imkânlar ölçüsünde');
    expect(kinds('Bu yöndeki çabaları genel olarak memnuniyetle karşıladılar.')).toContain('hedge genel olarak');
    expect(kinds('Sürecin elden geldiğince şeffaf biçimde yürütülmesini desteklediler.')).toContain('hedge elden geldiğince');
    expect(kinds("Toplantının uygun görülürse Astana'da yapılmasına karar verdiler.")).toContain('condition uygun görülürse');
    expect(kinds('Komitenin uygun şartlarda Cenevre dışında toplanmasına mutabık kaldılar.')).toContain('condition uygun şartlarda');
  });

  it('reads "ön koşulsuz" (without preconditions) as no booster, and "koşulsuz destek" as one', () => {
    expect(diffCommuniques('1. Yardımların ön koşulsuz olarak artırılması çağrısında bulundular.', '1. Yardımların önkoşulsuz olarak artırılması çağrısında bulundular.').commitments.map((c) => c.kind)).toEqual(['unchanged']);
    expect(only('Sürece koşulsuz desteklerini ifade ettiler.').markers.map((m) => `${m.kind} ${m.weight}`)).toContain('booster 0.5');
  });

  it('reads "zorunlu olduğunu" (compulsory) as stronger than "gerektiğini" (needed)', () => {
    const needed = "1. Siyasi sürecin ilerletilmesi gerektiğini vurguladılar.";
    const compulsory = "1. Siyasi sürecin ilerletilmesinin zorunlu olduğunu vurguladılar.";
    expect(diffCommuniques(needed, compulsory).commitments.map((c) => [c.kind, c.slots])).toEqual([['strengthened', ['modality']]]);
    expect(diffCommuniques(compulsory, needed).commitments.map((c) => [c.kind, c.slots])).toEqual([['softened', ['modality']]]);
  });

  it('finds no change in a text retyped without Turkish letters, with the city’s other name', () => {
    const old = "1. Toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.\n\n2. İdlib'deki saldırıları kınadılar.\n\n3. Bir sonraki toplantının Astana'da yapılması konusunda mutabık kaldılar.";
    const retyped = '1. Toprak butunlugune olan guclu bagliliklarini teyit ettiler.\n\n2. IDLIB’deki saldirilari kinadilar.\n\n3. Bir sonraki toplantinin Nur-Sultan’da yapilmasi konusunda mutabik kaldilar.';
    expect(diffCommuniques(old, retyped).commitments.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('reads an ordinal written "27." or "27’nci" inside a sentence alike', () => {
    const diff = diffCommuniques('1. Bir önceki 27. toplantıdan bu yana 2.000 tutuklunun serbest bırakılmasını memnuniyetle karşıladılar.', '1. Bir önceki 27’nci toplantıdan bu yana 2000 tutuklunun serbest bırakılmasını memnuniyetle karşıladılar.');
    expect(diff.commitments.map((c) => c.kind)).toEqual(['unchanged']);
  });
});

describe('round labels', () => {
  it('reads figures with their period or suffix, and spelled-out ordinals', () => {
    expect(roundLabel('Astana Formatında Suriye Konulu 21. Uluslararası Toplantı Ortak Bildirisi')).toBe('21st round');
    expect(roundLabel('ASTANA FORMATINDA SURIYE KONULU 28’INCI ULUSLARARASI TOPLANTI ORTAK BILDIRISI')).toBe('28th round');
    expect(roundLabel('Astana görüşmelerinin 22. turu Kazakistan’da sona erdi')).toBe('22nd round');
    expect(roundLabel('Yirmi birinci tur görüşmeleri Astana’da tamamlandı')).toBe('21st round');
    expect(roundLabel('Onuncu toplantı ortak açıklaması')).toBe('10th round');
    expect(roundLabel('21.06.2024 tarihinde yapılan toplantının ardından')).toBeUndefined();
  });
});

describe('layout lines', () => {
  it('keeps a news page’s furniture out of the paragraphs', () => {
    const lines = ['İLGİLİ HABERLER', 'Paylaş', "Facebook'ta paylaş | Twitter | WhatsApp", 'Yayınlanma: 21.06.2024 14:35', 'Fotoğraf: AA', 'Etiketler: Suriye, Astana', '© 2024 Anadolu Ajansı', 'Tüm hakları saklıdır.', 'Sayfa 2 / 3', 'Muhabir: Elif Karasu', 'Paylas'];
    const body = 'Taraflar, Suriye’nin toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.';
    const doc = parseCommunique([...lines, body].join('\n\n'), { lang: 'tr' });
    expect(doc.layout?.map((l) => l.kind)).toEqual(['read-also', 'share', 'share', 'dateline', 'caption', 'tags', 'footer', 'footer', 'page-number', 'byline', 'share']);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([body]);
  });
});

describe('detection', () => {
  it('reads Turkish paragraphs as Turkish, also typed without Turkish letters', () => {
    expect(detectLanguage('Taraflar, Suriye Arap Cumhuriyeti’nin egemenliğine ve toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.')).toBe('tr');
    expect(detectLanguage('Anayasa Komitesi’nin Cenevre’deki calismalarinin en kisa surede yeniden baslatilmasi cagrisinda bulundular.')).toBe('tr');
  });

  it('leaves English and French paragraphs to their packs, also when they name Turkish people', () => {
    expect(detectLanguage('Foreign Minister Mevlüt Çavuşoğlu met the delegations of Iran and Russia in Astana to discuss the situation in Idlib.')).toBe('en');
    expect(detectLanguage('Les délégations ont réaffirmé leur ferme attachement à la souveraineté et à l’intégrité territoriale de la République arabe syrienne.')).not.toBe('tr');
  });
});
