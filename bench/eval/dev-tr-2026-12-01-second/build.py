#!/usr/bin/env python3
"""Builds tr.json from the paragraph lists below (source of the data; run check.py afterwards).

All texts are invented illustrations written for communique-diff; they are not official
statements or real press reports.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def text(paragraphs):
    return "\n\n".join(paragraphs)


def U(old, new=None):
    return {"kind": "unchanged", "old": old, "new": new if new is not None else old}


def S(slot, old, new):
    return {"kind": "softened", "old": old, "new": new, "slot": slot}


def T(slot, old, new):
    return {"kind": "strengthened", "old": old, "new": new, "slot": slot}


def R(slot, old, new):
    return {"kind": "reworded", "old": old, "new": new, "slot": slot}


def D(old):
    return {"kind": "dropped", "old": old}


def A(new):
    return {"kind": "added", "new": new}


pairs = []

# ---------------------------------------------------------------------------
# 1. Ministry translation, long sentences, subject given once in the preamble.
# ---------------------------------------------------------------------------
p1_pre = ("Astana formatının garantör devletleri sıfatıyla İran İslam Cumhuriyeti, Rusya Federasyonu ve "
          "Türkiye Cumhuriyeti temsilcileri, {dates} tarihlerinde Kazakistan Cumhuriyeti'nin başkenti "
          "Astana'da bir araya gelerek Suriye'deki son durumu ve bölgesel gelişmeleri kapsamlı biçimde ele "
          "aldılar. Birleşmiş Milletler ile Irak, Lübnan ve Ürdün temsilcileri toplantıya gözlemci sıfatıyla "
          "katıldı. Taraflar:")
p1_title = ("İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Heyetlerinin Suriye Konulu "
            "{n}. Uluslararası Astana Toplantısına İlişkin Ortak Açıklaması")
p1_last = ("9. Kazakistan Cumhuriyeti yetkililerine toplantıya ev sahipliği yaptıkları için içtenlikle "
           "teşekkür ettiler ve bir sonraki Uluslararası Astana Toplantısının 2026 yılının ikinci yarısında "
           "düzenlenmesini kararlaştırdılar.")
p1_item1 = ("1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne "
            "güçlü bağlılıklarını yeniden teyit ettiler ve bu ilkelere herkes tarafından saygı gösterilmesi "
            "{verb}.")
p1_item2 = ("2. Terörle mücadele bahanesiyle sahada yeni oldubittiler yaratılmasına yönelik tüm girişimleri "
            "{adv}reddettiler ve ülkenin kuzeydoğusundaki ayrılıkçı gündemlere karşı durma kararlılıklarını "
            "ifade ettiler.")
p1_item5 = ("5. Suriyeli mültecilerin ve ülke içinde yerinden edilmiş kişilerin güvenli, onurlu ve gönüllü "
            "dönüşünün kolaylaştırılmasının önemine işaret ettiler; bu amaçla {addr} katkıda bulunmaya "
            "çağırdılar.")
p1_item7 = ("7. Tutukluların ve rehinelerin serbest bırakılmasına ve kayıp kişilerin aranmasına ilişkin "
            "Çalışma Grubunun faaliyetlerini {verb}.")
pairs.append({
    "name": "tr-statement-ministry-31-32",
    "style": "statement",
    "old": text([
        p1_title.format(n=31),
        "Astana, 12 Şubat 2026",
        p1_pre.format(dates="11-12 Şubat 2026"),
        p1_item1.format(verb="gerektiğini vurguladılar"),
        p1_item2.format(adv=""),
        "3. İdlib'de sükûnetin korunmasına ilişkin mevcut düzenlemelerin eksiksiz uygulanması gerektiğini "
        "kaydettiler.",
        "4. Suriye'nin farklı bölgelerinde sivil kayıplara yol açan saldırıları kınadılar.",
        p1_item5.format(addr="uluslararası toplumu"),
        "6. Anayasa Komitesinin dokuzuncu turunun Cenevre'de bir an önce toplanmasının önemine dikkat "
        "çektiler.",
        p1_item7.format(verb="memnuniyetle karşıladılar"),
        "8. Suriye'ye karşı uygulanan, uluslararası hukuka aykırı tek taraflı yaptırımları reddettiler.",
        p1_last,
    ]),
    "new": text([
        p1_title.format(n=32),
        "Astana, 18 Haziran 2026",
        p1_pre.format(dates="17-18 Haziran 2026"),
        p1_item1.format(verb="gerektiğinin altını çizdiler"),
        p1_item2.format(adv="kesinlikle "),
        "3. İdlib'de sükûnetin korunmasına ilişkin mevcut düzenlemelerin koşullar elverdiğinde eksiksiz "
        "uygulanması gerektiğini kaydettiler.",
        "4. Suriye'nin farklı bölgelerinde sivil kayıplara yol açan saldırılardan duydukları endişeyi dile "
        "getirdiler.",
        p1_item5.format(addr="bağışçı ülkeleri"),
        "6. Anayasa Komitesinin dokuzuncu turunun Cenevre'de toplanmasının önemine dikkat çektiler.",
        p1_item7.format(verb="not ettiler"),
        "8. Suriye topraklarına yönelik İsrail saldırılarını şiddetle kınadılar ve bu saldırıların derhal "
        "durdurulmasını talep ettiler.",
        p1_last,
    ]),
    "expected": [
        U("güçlü bağlılıklarını yeniden teyit ettiler"),
        R("act", "herkes tarafından saygı gösterilmesi gerektiğini vurguladılar",
          "saygı gösterilmesi gerektiğinin altını çizdiler"),
        T("booster", "yaratılmasına yönelik tüm girişimleri reddettiler",
          "yönelik tüm girişimleri kesinlikle reddettiler"),
        U("ayrılıkçı gündemlere karşı durma kararlılıklarını ifade ettiler"),
        S("condition", "düzenlemelerin eksiksiz uygulanması gerektiğini kaydettiler",
          "koşullar elverdiğinde eksiksiz uygulanması gerektiğini kaydettiler"),
        S("act", "sivil kayıplara yol açan saldırıları kınadılar",
          "saldırılardan duydukları endişeyi dile getirdiler"),
        U("dönüşünün kolaylaştırılmasının önemine işaret ettiler"),
        R("addressee", "uluslararası toplumu katkıda bulunmaya çağırdılar",
          "bağışçı ülkeleri katkıda bulunmaya çağırdılar"),
        S("urgency", "bir an önce toplanmasının önemine dikkat çektiler",
          "Cenevre'de toplanmasının önemine dikkat çektiler"),
        S("act", "Çalışma Grubunun faaliyetlerini memnuniyetle karşıladılar",
          "Çalışma Grubunun faaliyetlerini not ettiler"),
        D("aykırı tek taraflı yaptırımları reddettiler"),
        A("İsrail saldırılarını şiddetle kınadılar"),
        A("derhal durdurulmasını talep ettiler"),
        U("ev sahipliği yaptıkları için içtenlikle teşekkür ettiler"),
        U("ikinci yarısında düzenlenmesini kararlaştırdılar"),
    ],
    "notCommitments": [
        "Toplantısına İlişkin Ortak Açıklaması",
        "Astana, 12 Şubat 2026",
        "Astana, 18 Haziran 2026",
        "Astana formatının garantör devletleri sıfatıyla",
        "toplantıya gözlemci sıfatıyla katıldı",
    ],
})

# ---------------------------------------------------------------------------
# 2. UN document (annex to a letter), "Garantör devletler" in every item, passives.
# ---------------------------------------------------------------------------
p2_head = "Birleşmiş Milletler Güvenlik Konseyi, {sym}, Dağıtım: Genel, {date}"
p2_title = ("İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Daimi Temsilcilerinin Genel "
            "Sekretere hitaben gönderdiği mektubun eki: Suriye Konusunda {n}. Uluslararası Astana "
            "Toplantısının Sonuçlarına İlişkin Ortak Bildiri")
p2_pre = ("Astana formatının garantör devletleri, Birleşmiş Milletler ile komşu ülkelerin gözlemci sıfatıyla "
          "katılımıyla {dates} tarihlerinde Astana'da düzenlenen toplantının ardından aşağıdaki hususları "
          "kamuoyunun bilgisine sunar.")
p2_item1 = ("1. Garantör devletler, Suriye'deki krizin askerî bir çözümü olmadığını ve kalıcı bir siyasi "
            "çözümün ancak Güvenlik Konseyinin 2254 (2015) sayılı kararı doğrultusunda, Suriyelilerin "
            "önderliğinde ve sahipliğinde yürütülecek bir süreçle mümkün olduğunu yinelediler.")
p2_item2 = ("2. Garantör devletler, İdlib'de ortak bir ateşkes izleme mekanizması kurulması konusunda mutabık "
            "{verb} ve bu konudaki istişarelerin uzmanlar düzeyinde sürdürülmesini kararlaştırdılar.")
p2_item4 = ("4. Halep ile Lazkiye'yi birbirine bağlayan M4 karayolunun yeniden trafiğe açılması {who} "
            "tarafından memnuniyetle karşılandı.")
p2_item5 = ("5. Garantör devletler, insani yardımın Suriye'nin tamamına engelsiz, ayrım gözetmeksizin ve "
            "siyasi ön koşul olmaksızın {verb}")
p2_item7 = ("7. Garantör devletler, Suriye'nin doğusunda kurulmaya çalışılan yasa dışı öz yönetim yapılarını "
            "kınadılar.")
p2_item8 = ("8. Garantör devletler, bir sonraki Uluslararası Astana Toplantısının {when} yapılmasına karar "
            "verdiler.")
pairs.append({
    "name": "tr-statement-un-annex-35-36",
    "style": "statement",
    "old": text([
        p2_head.format(sym="S/2026/412", date="14 Mayıs 2026"),
        p2_title.format(n=35),
        p2_pre.format(dates="12-13 Mayıs 2026"),
        p2_item1,
        p2_item2.format(verb="kalamadılar"),
        "3. Garantör devletler, terörle mücadelede işbirliğini Suriye'nin kuzeybatısında sürdürmeyi taahhüt "
        "ettiler. Bu bağlamda terör örgütlerinin sivilleri canlı kalkan olarak kullanmasını kınadılar.",
        p2_item4.format(who="Rusya ve Türkiye"),
        p2_item5.format(verb="ulaştırılması çağrısında bulundular."),
        "6. Garantör devletler, insani durumu ağırlaştıran tek taraflı yaptırımların kaldırılması gerektiğini "
        "vurguladılar.",
        p2_item7,
        p2_item8.format(when="2026 yılı sonbaharında"),
    ]),
    "new": text([
        p2_head.format(sym="S/2026/781", date="24 Eylül 2026"),
        p2_title.format(n=36),
        p2_pre.format(dates="15-16 Eylül 2026"),
        p2_item1,
        p2_item2.format(verb="kaldılar"),
        "3. Garantör devletler, terörle mücadelede işbirliğini Suriye'nin tüm topraklarında sürdürmeyi "
        "taahhüt ettiler.",
        p2_item4.format(who="üç garantör devlet"),
        p2_item5.format(verb="ulaştırılmasını talep ettiler. Bu çerçevede erken toparlanma projelerine "
                             "ayrılan finansmanın artırılması çağrısını yinelediler."),
        "6. Garantör devletler, insani durumu ağırlaştıran tek taraflı yaptırımların kaldırılmasının uygun "
        "olacağını vurguladılar.",
        p2_item7,
        p2_item8.format(when="Aralık 2026'da Tahran'da"),
    ]),
    "expected": [
        U("sahipliğinde yürütülecek bir süreçle mümkün olduğunu yinelediler"),
        T("negation", "mekanizması kurulması konusunda mutabık kalamadılar",
          "mekanizması kurulması konusunda mutabık kaldılar"),
        U("istişarelerin uzmanlar düzeyinde sürdürülmesini kararlaştırdılar"),
        T("scope", "Suriye'nin kuzeybatısında sürdürmeyi taahhüt ettiler",
          "Suriye'nin tüm topraklarında sürdürmeyi taahhüt ettiler"),
        D("sivilleri canlı kalkan olarak kullanmasını kınadılar"),
        T("speaker", "Rusya ve Türkiye tarafından memnuniyetle karşılandı",
          "üç garantör devlet tarafından memnuniyetle karşılandı"),
        T("act", "ön koşul olmaksızın ulaştırılması çağrısında bulundular",
          "ön koşul olmaksızın ulaştırılmasını talep ettiler"),
        A("finansmanın artırılması çağrısını yinelediler"),
        S("modality", "yaptırımların kaldırılması gerektiğini vurguladılar",
          "yaptırımların kaldırılmasının uygun olacağını vurguladılar"),
        U("yasa dışı öz yönetim yapılarını kınadılar"),
        R("object", "2026 yılı sonbaharında yapılmasına karar verdiler",
          "Aralık 2026'da Tahran'da yapılmasına karar verdiler"),
    ],
    "notCommitments": [
        "Birleşmiş Milletler Güvenlik Konseyi",
        "S/2026/412, Dağıtım: Genel",
        "S/2026/781, Dağıtım: Genel",
        "Genel Sekretere hitaben gönderdiği mektubun eki",
        "aşağıdaki hususları kamuoyunun bilgisine sunar",
    ],
})

# ---------------------------------------------------------------------------
# 3. MFA press release ("No: ..., ... Hk."), "-mışlardır" perfect, one passive item.
# ---------------------------------------------------------------------------
p3_head = "No: {no}, {date}, Suriye Konulu {n}. Uluslararası Astana Toplantısı Ortak Bildirisi Hk."
p3_intro = ("Suriye konulu {n}. Uluslararası Astana Toplantısı {dates} tarihlerinde Astana'da "
            "gerçekleştirilmiştir. Toplantıya Türkiye'yi temsilen Dışişleri Bakan Yardımcısı Büyükelçi Kerem "
            "Aydınlı başkanlığındaki heyet katılmıştır. Toplantının sonunda kabul edilen Ortak Bildirinin "
            "gayriresmî tercümesi aşağıda yer almaktadır.")
p3_title = "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti'nin Ortak Bildirisi"
p3_item1 = ("1. Taraflar, Suriye'nin egemenliğinin ve toprak bütünlüğünün korunması yönündeki ortak "
            "tutumlarını teyit etmişlerdir.")
p3_item9 = ("9. Taraflar, Kazakistan Cumhurbaşkanına ve Kazakistan makamlarına toplantıya ev sahipliği "
            "yaptıkları için şükranlarını sunmuşlar ve bir sonraki toplantının yine Astana'da yapılmasını "
            "kararlaştırmışlardır.")
pairs.append({
    "name": "tr-statement-press-release-27-28",
    "style": "statement",
    "old": text([
        p3_head.format(no=64, date="23 Mart 2025", n=27),
        p3_intro.format(n=27, dates="22-23 Mart 2025"),
        p3_title,
        p3_item1 + " Taraflar ayrıca ülkenin kuzeydoğusunda süregelen yasa dışı petrol ticaretini "
                   "kınamışlardır.",
        "2. Taraflar, Suriye topraklarına yönelik yabancı askerî saldırıları şiddetle kınamışlardır.",
        "3. Taraflar, M4 karayolu boyunca ortak devriyelerin güvenlik koşulları elverdiği takdirde yeniden "
        "başlatılmasını kararlaştırmışlardır.",
        "4. Taraflar, Suriyeli mültecilerin dönüşüne ilişkin ortak bir eylem planı üzerinde mutabık "
        "kalmışlardır.",
        "5. Taraflar, sınır ötesi insani yardım mekanizmasının sahadaki ihtiyaçların karşılanmasına katkı "
        "sağladığını teslim etmişlerdir.",
        "6. Taraflar, Anayasa Komitesinin Cenevre'deki çalışmalarına yeniden başlaması çağrısında "
        "bulunmuşlardır.",
        "7. Taraflar, BM Genel Sekreteri Suriye Özel Temsilcisinin çabalarına desteklerini ifade "
        "etmişlerdir.",
        "8. Suriye'deki yabancı askerî varlığın kademeli olarak sona erdirilmesi gerektiği Taraflarca "
        "vurgulanmıştır.",
        p3_item9,
    ]),
    "new": text([
        p3_head.format(no=211, date="28 Ağustos 2025", n=28),
        p3_intro.format(n=28, dates="27-28 Ağustos 2025"),
        p3_title,
        p3_item1,
        "2. Taraflar, Suriye topraklarına yönelik yabancı askerî saldırıları kınamışlardır.",
        "3. Taraflar, M4 karayolu boyunca ortak devriyelerin yeniden başlatılmasını kararlaştırmışlardır.",
        "4. Taraflar, Suriyeli mültecilerin dönüşüne ilişkin ortak bir eylem planı üzerinde mutabık "
        "kalamamışlardır.",
        "5. Taraflar, sınır ötesi insani yardım mekanizmasının sahadaki ihtiyaçların karşılanmasına kısmen "
        "katkı sağladığını teslim etmişlerdir. Taraflar, mekanizmanın süresinin altı ay uzatılmasını "
        "desteklemişlerdir.",
        "6. Taraflar, Anayasa Komitesinin Cenevre'deki çalışmalarına gecikmeksizin yeniden başlaması "
        "çağrısında bulunmuşlardır.",
        "7. Taraflar, Arap Ligi Suriye Temas Grubunun çabalarına desteklerini ifade etmişlerdir.",
        "8. Suriye'deki yabancı askerî varlığın kademeli olarak sona erdirilmesi gerektiği Rusya ve İran "
        "tarafından vurgulanmıştır.",
        p3_item9,
    ]),
    "expected": [
        U("korunması yönündeki ortak tutumlarını teyit etmişlerdir"),
        D("yasa dışı petrol ticaretini kınamışlardır"),
        S("booster", "yabancı askerî saldırıları şiddetle kınamışlardır",
          "yönelik yabancı askerî saldırıları kınamışlardır"),
        T("condition", "elverdiği takdirde yeniden başlatılmasını kararlaştırmışlardır",
          "ortak devriyelerin yeniden başlatılmasını kararlaştırmışlardır"),
        S("negation", "ortak bir eylem planı üzerinde mutabık kalmışlardır",
          "eylem planı üzerinde mutabık kalamamışlardır"),
        S("hedge", "karşılanmasına katkı sağladığını teslim etmişlerdir",
          "karşılanmasına kısmen katkı sağladığını teslim etmişlerdir"),
        A("süresinin altı ay uzatılmasını desteklemişlerdir"),
        T("urgency", "çalışmalarına yeniden başlaması çağrısında bulunmuşlardır",
          "gecikmeksizin yeniden başlaması çağrısında bulunmuşlardır"),
        R("object", "Suriye Özel Temsilcisinin çabalarına desteklerini ifade etmişlerdir",
          "Suriye Temas Grubunun çabalarına desteklerini ifade etmişlerdir"),
        S("speaker", "sona erdirilmesi gerektiği Taraflarca vurgulanmıştır",
          "gerektiği Rusya ve İran tarafından vurgulanmıştır"),
        U("ev sahipliği yaptıkları için şükranlarını sunmuşlar"),
        U("yine Astana'da yapılmasını kararlaştırmışlardır"),
    ],
    "notCommitments": [
        "No: 64, 23 Mart 2025",
        "No: 211, 28 Ağustos 2025",
        "Büyükelçi Kerem Aydınlı başkanlığındaki heyet katılmıştır",
        "gayriresmî tercümesi aşağıda yer almaktadır",
        "Türkiye Cumhuriyeti'nin Ortak Bildirisi",
    ],
})

# ---------------------------------------------------------------------------
# 4. Ministers' statement in the first person plural ("yineliyoruz", "kınıyoruz").
# ---------------------------------------------------------------------------
p4_title = ("Astana Formatı Garantör Devletleri Dışişleri Bakanlarının Suriye Konusunda Ortak Bildirisi")
p4_pre = ("Biz, İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Dışişleri Bakanları, {where} "
          "bir araya geldik. Astana formatının Suriye'de istikrara yaptığı katkıyı gözden geçirdikten sonra "
          "aşağıdaki hususları kamuoyunun dikkatine sunuyoruz:")
p4_item1 = ("1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına ve toprak bütünlüğüne sarsılmaz "
            "bağlılığımızı yineliyoruz.")
p4_item5 = ("5. Anayasa Komitesinin, Suriyelilerin yürüttüğü ve sahiplendiği bir süreç olarak çalışmalarını "
            "sürdürmesini bekliyoruz.")
p4_item9 = "9. Suriye'nin yeniden yapılanmasının siyasi ön koşullara bağlanmasını kabul etmiyoruz."
pairs.append({
    "name": "tr-statement-ministers-first-person",
    "style": "statement",
    "old": text([
        p4_title,
        "New York, 25 Eylül 2025",
        p4_pre.format(where="BM Genel Kurulunun 80. oturumu vesilesiyle New York'ta"),
        p4_item1,
        "2. Suriye'nin kuzeyinde son haftalarda çatışmaların yeniden tırmanmasından derin endişe duyuyoruz.",
        "3. Garantör devletler olarak mültecilerin gönüllü dönüşü için güvenli koridorlar "
        "oluşturabileceğimizi vurguluyoruz.",
        "4. İnsani yardımın Suriye'nin tüm bölgelerine kesintisiz ulaştırılması çağrısında bulunuyoruz.",
        p4_item5,
        "6. Deprem bölgelerindeki yeniden imar çalışmalarına katkı sunmaya hazır olduğumuzu beyan ediyoruz.",
        "7. Kazakistan'ın Astana sürecine yaptığı katkıları takdirle anıyoruz.",
        "8. Suriye Hükümeti ile muhalefet arasındaki diyaloğun mümkün olduğu ölçüde sürdürülmesini "
        "destekliyoruz.",
        p4_item9,
    ]),
    "new": text([
        p4_title,
        "Tahran, 17 Mart 2026",
        p4_pre.format(where="Astana formatındaki bakanlar düzeyindeki istişarelerimizi sürdürmek üzere "
                            "Tahran'da"),
        p4_item1,
        "2. Suriye'nin kuzeyinde son haftalarda çatışmaların yeniden tırmanmasını kınıyoruz.",
        "3. Garantör devletler olarak mültecilerin gönüllü dönüşü için güvenli koridorlar oluşturmamız "
        "gerektiğini vurguluyoruz.",
        "4. İnsani yardımın Suriye'nin kuzeybatısına kesintisiz ulaştırılması çağrısında bulunuyoruz.",
        p4_item5,
        "6. İsrail'in Suriye'nin güneyindeki askerî varlığına derhal son vermesini talep ediyoruz.",
        "7. Kazakistan'ın Astana sürecine yaptığı katkılar için şükranlarımızı sunuyoruz.",
        "8. Suriye Hükümeti ile muhalefet arasındaki diyaloğun sürdürülmesini destekliyoruz.",
        p4_item9,
    ]),
    "expected": [
        U("toprak bütünlüğüne sarsılmaz bağlılığımızı yineliyoruz"),
        T("act", "çatışmaların yeniden tırmanmasından derin endişe duyuyoruz",
          "çatışmaların yeniden tırmanmasını kınıyoruz"),
        T("modality", "güvenli koridorlar oluşturabileceğimizi vurguluyoruz",
          "güvenli koridorlar oluşturmamız gerektiğini vurguluyoruz"),
        S("scope", "tüm bölgelerine kesintisiz ulaştırılması çağrısında bulunuyoruz",
          "kuzeybatısına kesintisiz ulaştırılması çağrısında bulunuyoruz"),
        U("bir süreç olarak çalışmalarını sürdürmesini bekliyoruz"),
        D("katkı sunmaya hazır olduğumuzu beyan ediyoruz"),
        A("derhal son vermesini talep ediyoruz"),
        R("act", "yaptığı katkıları takdirle anıyoruz", "katkılar için şükranlarımızı sunuyoruz"),
        T("hedge", "mümkün olduğu ölçüde sürdürülmesini destekliyoruz",
          "arasındaki diyaloğun sürdürülmesini destekliyoruz"),
        U("siyasi ön koşullara bağlanmasını kabul etmiyoruz"),
    ],
    "notCommitments": [
        "Garantör Devletleri Dışişleri Bakanlarının",
        "New York, 25 Eylül 2025",
        "Tahran, 17 Mart 2026",
        "aşağıdaki hususları kamuoyunun dikkatine sunuyoruz",
    ],
})

# ---------------------------------------------------------------------------
# 5. News agency report of each round (short sentences, passive reporting frames).
# ---------------------------------------------------------------------------
p5_lead = ("ASTANA (BHA) – Suriye konulu {n}. Uluslararası Astana Toplantısı, İran, Rusya ve Türkiye "
           "heyetlerinin yayımladığı ortak bildiriyle sona erdi. İki gün süren görüşmelere BM ile Irak, Lübnan "
           "ve Ürdün gözlemci olarak katıldı.")
p5_bg = ("Astana süreci, Suriye'de çatışmaların azaltılması amacıyla 2017 yılında başlatılmıştı. Bir sonraki "
         "toplantının {when} yapılması bekleniyor.")
pairs.append({
    "name": "tr-press-agency-round-29-30",
    "style": "press",
    "old": text([
        "Astana'da 29. tur tamamlandı: Gözler İdlib'de",
        "Selin Karataş | Bozkır Haber Ajansı (BHA) | 22 Nisan 2026, 18.40",
        p5_lead.format(n=29),
        "Bildiride, üç ülkenin İdlib'e ilişkin düzenlemelere bağlılıklarını teyit ettiği belirtildi. "
        "Garantörler ayrıca sivilleri hedef alan saldırıları kınadı ve insani yardımın engelsiz ulaştırılması "
        "çağrısında bulundu.",
        "Suriye'nin Arap Ligi ile ilişkilerinin normalleşmesinin üç ülke tarafından memnuniyetle "
        "karşılandığı, bildirinin dördüncü maddesinde ifade edildi. Garantörler, Anayasa Komitesinin "
        "çalışmalarına yeniden başlaması çağrısını da yineledi.",
        "Taraflar, tutukluların serbest bırakılmasına yönelik Çalışma Grubu çerçevesindeki çabaların "
        "sürdürülmesi çağrısında bulundu.",
        "Açıklamada ayrıca garantörlerin, BM Genel Sekreteri Suriye Özel Temsilcisi ile yakın temasın "
        "sürdürülmesine önem verdikleri kaydedildi.",
        "Toplantıyı gözlemci olarak izleyen BM heyetinden bir yetkili, “Sahadaki sükûnetin kalıcı olması için "
        "bu adımlar önemli, ancak yeterli değil” dedi.",
        p5_bg.format(when="yaz aylarında"),
    ]),
    "new": text([
        "Astana'da 30. tur sona erdi: Garantörlerden Halep kırsalı için yeni mesaj",
        "Selin Karataş | Bozkır Haber Ajansı (BHA) | 9 Temmuz 2026, 17.15",
        p5_lead.format(n=30),
        "Bildiride, üç ülkenin İdlib ve Halep kırsalına ilişkin düzenlemelere bağlılıklarını teyit ettiği "
        "belirtildi. Garantörler ayrıca sivilleri hedef alan saldırıları sert bir dille kınadı ve insani "
        "yardımın engelsiz ulaştırılması çağrısında bulundu.",
        "Suriye'nin Arap Ligi ile ilişkilerinin normalleşmesinin Rusya ve İran tarafından memnuniyetle "
        "karşılandığı, bildirinin dördüncü maddesinde ifade edildi. Garantörler, Anayasa Komitesinin "
        "çalışmalarına yeniden başlamasının önemine de değindi.",
        "Taraflar, tutukluların serbest bırakılmasına yönelik Çalışma Grubu çerçevesindeki çabaların "
        "ivedilikle sürdürülmesi çağrısında bulundu.",
        "Bildiride ilk kez, tarafların kayıp kişilerin akıbetinin araştırılması için ortak bir takvim üzerinde "
        "uzlaştığına yer verildi.",
        "Toplantıyı gözlemci olarak izleyen Ürdün heyetinden bir diplomat, “Takvim üzerinde uzlaşılması kayıp "
        "yakınlarına umut veriyor” dedi.",
        p5_bg.format(when="sonbaharda"),
    ]),
    "expected": [
        T("scope", "İdlib'e ilişkin düzenlemelere bağlılıklarını teyit ettiği",
          "Halep kırsalına ilişkin düzenlemelere bağlılıklarını teyit ettiği"),
        T("booster", "sivilleri hedef alan saldırıları kınadı", "saldırıları sert bir dille kınadı"),
        U("insani yardımın engelsiz ulaştırılması çağrısında bulundu"),
        S("speaker", "üç ülke tarafından memnuniyetle karşılandığı",
          "Rusya ve İran tarafından memnuniyetle karşılandığı"),
        S("act", "yeniden başlaması çağrısını da yineledi", "yeniden başlamasının önemine de değindi"),
        T("urgency", "çabaların sürdürülmesi çağrısında bulundu",
          "çabaların ivedilikle sürdürülmesi çağrısında bulundu"),
        D("yakın temasın sürdürülmesine önem verdikleri"),
        A("ortak bir takvim üzerinde uzlaştığına"),
    ],
    "notCommitments": [
        "tur tamamlandı: Gözler İdlib'de",
        "Garantörlerden Halep kırsalı için yeni mesaj",
        "Selin Karataş | Bozkır Haber Ajansı",
        "Bildiride, üç ülkenin",
        "Açıklamada ayrıca garantörlerin",
        "Bildiride ilk kez, tarafların",
        "bildirinin dördüncü maddesinde ifade edildi",
        "sükûnetin kalıcı olması için bu adımlar",
        "Takvim üzerinde uzlaşılması kayıp yakınlarına umut veriyor",
        "çatışmaların azaltılması amacıyla 2017 yılında başlatılmıştı",
    ],
})

# ---------------------------------------------------------------------------
# 6. Newspaper report, first version and updated version after the full text came out.
# ---------------------------------------------------------------------------
p6_lead = ("ANKARA – Kazakistan'ın başkentinde iki gün süren 34. Uluslararası Astana Toplantısının ardından "
           "yayımlanan ortak bildiri, İran, Rusya ve Türkiye'nin Suriye dosyasındaki güncel tutumunu yansıtan "
           "on dört maddeden oluşuyor.")
p6_bg = ("Astana formatı, 2017'den bu yana İran, Rusya ve Türkiye'yi Suriye'de çatışmasızlık bölgeleri ve siyasi "
         "süreç başlıklarında bir araya getiriyor.")
pairs.append({
    "name": "tr-press-newspaper-update",
    "style": "press",
    "old": text([
        "Astana'da garantörlerden mülteci dönüşü için ortak adım",
        "Deniz Özkaya | Günlük Ufuk | 5 Kasım 2026, ilk yayın 21.10",
        p6_lead,
        "Üç ülke, ortak bildirisinde Suriyeli mültecilerin ülkelerine dönüşünün kolaylaştırılması konusunda "
        "mutabık kaldı. Bildiride bu kapsamda, “Uluslararası toplum, yeniden yapılanma sürecine katkı "
        "sağlamalıdır” ifadesine yer verildi.",
        "Garantör ülkeler, Suriye'nin güneyinde üçlü bir gözlem noktası kurulmasını kabul etti.",
        "Bildiride, tek taraflı yaptırımların Suriye'deki insani krizi derinleştirdiği vurgulanarak bu konuda "
        "BM Güvenlik Konseyine sorumluluk üstlenme çağrısı yapıldı.",
        "Garantörler, Anayasa Komitesinin son turunda ilerleme kaydedilmesini memnuniyetle karşıladı.",
        "Taraflar ayrıca İdlib'deki insani durumun iyileştirilmesi için adımlar atılması çağrısında bulundu ve "
        "Kazakistan'a ev sahipliği için teşekkür etti.",
        "Bildiriye göre garantörler, Fırat'ın doğusundaki petrol sahalarının yasa dışı kullanımını da kınadı.",
        "Ankara'daki Bölgesel Araştırmalar Vakfından Murat Yeşilyurt, “Garantörlerin mülteci dosyasında ilk "
        "kez somut bir adım attığı görülüyor” değerlendirmesinde bulundu.",
        p6_bg,
    ]),
    "new": text([
        "Astana'da garantörlerden mülteci dönüşüne şartlı onay",
        "Deniz Özkaya | Günlük Ufuk | 5 Kasım 2026, güncelleme 23.45",
        p6_lead,
        "Üç ülke, ortak bildirisinde Suriyeli mültecilerin ülkelerine dönüşünün güvenlik koşulları sağlandığı "
        "takdirde kolaylaştırılması konusunda mutabık kaldı. Bildiride bu kapsamda, “Uluslararası toplum, "
        "yeniden yapılanma sürecine katkı sağlayabilir” ifadesine yer verildi.",
        "Garantör ülkeler, Suriye'nin güneyinde üçlü bir gözlem noktası kurulmasını kabul etmedi.",
        "Bildiride, tek taraflı yaptırımların Suriye'deki insani krizi derinleştirdiği vurgulanarak bu konuda "
        "uluslararası finans kuruluşlarına sorumluluk üstlenme çağrısı yapıldı.",
        "Garantörler, Anayasa Komitesinin son turunda kısmen de olsa ilerleme kaydedilmesini memnuniyetle "
        "karşıladı.",
        "Taraflar ayrıca İdlib'deki insani durumun iyileştirilmesi için acil adımlar atılması çağrısında "
        "bulundu ve Kazakistan'a ev sahipliği için teşekkür etti.",
        "Bildiriye göre garantörler, Fırat'ın doğusundaki tarım arazilerinin yasa dışı kullanımını da kınadı.",
        "Ankara'daki Bölgesel Araştırmalar Vakfından Murat Yeşilyurt, “Bildirinin dili ilk bilgilere göre çok "
        "daha temkinli” değerlendirmesinde bulundu.",
        p6_bg,
        "(Bu haber, ortak bildirinin tam metninin yayımlanmasının ardından güncellenmiştir.)",
    ]),
    "expected": [
        S("condition", "dönüşünün kolaylaştırılması konusunda mutabık kaldı",
          "sağlandığı takdirde kolaylaştırılması konusunda mutabık kaldı"),
        S("modality", "yeniden yapılanma sürecine katkı sağlamalıdır",
          "yeniden yapılanma sürecine katkı sağlayabilir"),
        S("negation", "gözlem noktası kurulmasını kabul etti", "gözlem noktası kurulmasını kabul etmedi"),
        U("insani krizi derinleştirdiği vurgulanarak"),
        R("addressee", "BM Güvenlik Konseyine sorumluluk üstlenme çağrısı yapıldı",
          "uluslararası finans kuruluşlarına sorumluluk üstlenme çağrısı yapıldı"),
        S("hedge", "ilerleme kaydedilmesini memnuniyetle karşıladı",
          "kısmen de olsa ilerleme kaydedilmesini memnuniyetle karşıladı"),
        T("urgency", "için adımlar atılması çağrısında bulundu", "için acil adımlar atılması çağrısında bulundu"),
        U("Kazakistan'a ev sahipliği için teşekkür etti"),
        R("object", "petrol sahalarının yasa dışı kullanımını da kınadı",
          "tarım arazilerinin yasa dışı kullanımını da kınadı"),
    ],
    "notCommitments": [
        "garantörlerden mülteci dönüşü için ortak adım",
        "garantörlerden mülteci dönüşüne şartlı onay",
        "Deniz Özkaya | Günlük Ufuk",
        "Üç ülke, ortak bildirisinde",
        "ifadesine yer verildi",
        "Bildiriye göre garantörler",
        "mülteci dosyasında ilk kez somut bir adım",
        "Bildirinin dili ilk bilgilere göre",
        "çatışmasızlık bölgeleri ve siyasi süreç başlıklarında",
        "tam metninin yayımlanmasının ardından güncellenmiştir",
    ],
})

# ---------------------------------------------------------------------------
# 7. Cosmetic: old typed partly without Turkish letters; quotes, spaces, digits, â/î, names.
# ---------------------------------------------------------------------------
pairs.append({
    "name": "tr-cosmetic-ascii-typed",
    "style": "cosmetic",
    "old": text([
        "Suriye Konulu 26. Uluslararasi Astana Toplantisi Ortak Aciklamasi",
        "Astana, 11 Kasim 2025",
        "Astana formatinin garantorleri Iran, Rusya ve Turkiye'nin heyetleri 10 - 11 Kasim 2025'te Astana'da "
        "bir araya geldi. Iran heyetine Alireza Shamsi, Rusya heyetine Sergei Orlov, Turkiye heyetine "
        "Buyukelci Kerem Aydinli baskanlik etti.",
        "1. Taraflar, Suriye'nin egemenligine, bagimsizligina ve toprak butunlugune bagliliklarini teyit "
        "ettiler.",
        "2. Taraflar, Idlib'de sukunetin korunmasina iliskin duzenlemelerin tam olarak uygulanmasi cagrisinda "
        "bulundular.",
        "3. Taraflar, \"terörle mücadele\" bahanesiyle sivillere yönelik saldırıları kınadılar.",
        "4. Taraflar, BM Güvenlik Konseyinin 2254 sayılı kararına dayanan siyasi süreci desteklediklerini "
        "yinelediler.",
        "5. Taraflar, Suriye'ye ulaştırılan 2500 tonluk gıda yardımını memnuniyetle karşıladılar.",
        "6. Taraflar, askeri gerginliğin azaltılması gerektiğini vurguladılar ; ayrıca mülteci dönüşlerine "
        "hala engel teşkil eden koşullardan endişe duyduklarını belirttiler.",
        "7. Taraflar, bir sonraki toplantinin 2026 yilinin ilk yarisinda Astana'da yapilmasi konusunda mutabik "
        "kaldilar.",
    ]),
    "new": text([
        "Suriye Konulu 26. Uluslararası Astana Toplantısı Ortak Açıklaması",
        "Astana, 11 Kasım 2025",
        "Astana formatının garantörleri İran, Rusya ve Türkiye'nin heyetleri 10-11 Kasım 2025'te Astana'da bir "
        "araya geldi. İran heyetine Ali Rıza Şemsi, Rusya heyetine Sergey Orlov, Türkiye heyetine Büyükelçi "
        "Kerem Aydınlı başkanlık etti.",
        "1. Taraflar, Suriye'nin egemenliğine, bağımsızlığına ve toprak bütünlüğüne bağlılıklarını teyit "
        "ettiler.",
        "2. Taraflar, İdlib'de sükûnetin korunmasına ilişkin düzenlemelerin tam olarak uygulanması çağrısında "
        "bulundular.",
        "3. Taraflar, “terörle mücadele” bahanesiyle sivillere yönelik saldırıları kınadılar.",
        "4. Taraflar, BM Güvenlik Konseyi'nin 2254 sayılı kararına dayanan siyasi süreci desteklediklerini "
        "yinelediler.",
        "5. Taraflar, Suriye'ye ulaştırılan 2.500 tonluk gıda yardımını memnuniyetle karşıladılar.",
        "6. Taraflar, askerî gerginliğin azaltılması gerektiğini vurguladılar; ayrıca mülteci dönüşlerine "
        "hâlâ engel teşkil eden koşullardan endişe duyduklarını belirttiler.",
        "7. Taraflar, bir sonraki toplantının 2026 yılının ilk yarısında Astana'da yapılması konusunda mutabık "
        "kaldılar.",
    ]),
    "expected": [
        U("toprak butunlugune bagliliklarini teyit ettiler", "toprak bütünlüğüne bağlılıklarını teyit ettiler"),
        U("tam olarak uygulanmasi cagrisinda bulundular", "tam olarak uygulanması çağrısında bulundular"),
        U("sivillere yönelik saldırıları kınadılar"),
        U("siyasi süreci desteklediklerini yinelediler"),
        U("gıda yardımını memnuniyetle karşıladılar"),
        U("gerginliğin azaltılması gerektiğini vurguladılar"),
        U("koşullardan endişe duyduklarını belirttiler"),
        U("Astana'da yapilmasi konusunda mutabik kaldilar", "Astana'da yapılması konusunda mutabık kaldılar"),
    ],
    "notCommitments": [
        "Uluslararasi Astana Toplantisi Ortak Aciklamasi",
        "Uluslararası Astana Toplantısı Ortak Açıklaması",
        "Kerem Aydinli baskanlik etti",
        "Kerem Aydınlı başkanlık etti",
    ],
})

with open(os.path.join(HERE, "tr.json"), "w", encoding="utf-8") as f:
    json.dump(pairs, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", len(pairs), "pairs")
