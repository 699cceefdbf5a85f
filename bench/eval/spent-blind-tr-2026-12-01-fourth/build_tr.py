#!/usr/bin/env python3
"""Builds tr.json from the paragraph lists below (source of the blind Turkish set)."""
import json, os

def U(o, n=None):
    return {"kind": "unchanged", "old": o, "new": n if n is not None else o}
def S(slot, o, n):
    return {"kind": "softened", "old": o, "new": n, "slot": slot}
def T(slot, o, n):
    return {"kind": "strengthened", "old": o, "new": n, "slot": slot}
def R(slot, o, n):
    return {"kind": "reworded", "old": o, "new": n, "slot": slot}
def D(o):
    return {"kind": "dropped", "old": o}
def A(n):
    return {"kind": "added", "new": n}

PAIRS = []

# ---------------------------------------------------------------- S1
PAIRS.append({
"name": "tr-astana-27-28-ortak-aciklama",
"style": "statement",
"old": [
"Suriye Konulu 27. Astana Toplantısına İlişkin İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Ortak Açıklaması",
"Astana, 19 Şubat 2026",
"Astana formatının garantör devletleri olarak İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, 18-19 Şubat 2026 tarihlerinde Astana'da bir araya gelerek:",
"1. Suriye'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne güçlü bağlılıklarını teyit ettiler ve bu ilkelere herkes tarafından saygı gösterilmesi gerektiğini vurguladılar.",
"2. Suriye'deki çatışmanın askeri bir çözümü olmadığına ve kalıcı barışın ancak Suriyelilerin yürüttüğü ve sahiplendiği, BM tarafından kolaylaştırılan bir siyasi süreçle sağlanabileceğine ilişkin inançlarını yinelediler.",
"3. Cenevre'deki Anayasa Komitesi'nin çalışmalarına verdikleri desteği teyit ettiler ve Komite'nin bir sonraki turunun koşullar elverdiğinde toplanması çağrısında bulundular.",
"4. İdlib'de sivillerin hayatını kaybetmesine yol açan saldırıları kınadılar ve İdlib gerginliği azaltma bölgesine ilişkin tüm mutabakatların tam olarak uygulanması gerektiğini vurguladılar.",
"5. Terörizmle tüm biçim ve tezahürleriyle mücadele etme kararlılıklarını yinelediler ve Suriye'nin toprak bütünlüğünü ve komşu ülkelerin ulusal güvenliğini tehdit eden ayrılıkçı gündemlere karşı çıktılar.",
"6. Suriye'ye yönelik insani yardımların ayrımcılık yapılmaksızın, siyasallaştırılmadan ve ön koşulsuz olarak artırılması çağrısında bulundular ve erken toparlanma projelerine yönelik uluslararası katkıları memnuniyetle karşıladılar.",
"7. Suriyeli mültecilerin ve ülke içinde yerinden edilmiş kişilerin güvenli, gönüllü ve onurlu dönüşünün kolaylaştırılması gerektiğini vurguladılar ve bu amaçla uluslararası toplumu katkılarını artırmaya çağırdılar.",
"8. Bir sonraki uluslararası toplantının tarihini diplomatik kanallar aracılığıyla belirlemeye karar verdiler.",
"9. Kazakistan Cumhuriyeti yetkililerine toplantıya ev sahipliği yaptıkları için teşekkürlerini ifade ettiler.",
],
"new": [
"Suriye Konulu 28. Astana Toplantısına İlişkin İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Ortak Açıklaması",
"Astana, 10 Temmuz 2026",
"Astana formatının garantör devletleri olarak İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, 9-10 Temmuz 2026 tarihlerinde Astana'da bir araya gelerek:",
"1. Suriye'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne güçlü bağlılıklarını teyit ettiler ve bu ilkelere herkes tarafından saygı gösterilmesi gerektiğini önemle vurguladılar.",
"2. Suriye'deki çatışmanın askeri bir çözümü olmadığına ve kalıcı barışın ancak Suriyelilerin yürüttüğü ve sahiplendiği, BM tarafından kolaylaştırılan bir siyasi süreçle sağlanabileceğine ilişkin inançlarını yinelediler.",
"3. Cenevre'deki Anayasa Komitesi'nin çalışmalarına verdikleri desteği teyit ettiler ve Komite'nin bir sonraki turunun toplanması çağrısında bulundular.",
"4. İdlib'de sivillerin hayatını kaybetmesine yol açan saldırılardan duydukları endişeyi dile getirdiler ve İdlib gerginliği azaltma bölgesine ilişkin tüm mutabakatların tam olarak uygulanması gerektiğini vurguladılar.",
"5. Terörizmle tüm biçim ve tezahürleriyle mücadele etme kararlılıklarını yinelediler ve Suriye'nin toprak bütünlüğünü ve komşu ülkelerin ulusal güvenliğini tehdit eden ayrılıkçı gündemleri reddettiler.",
"6. Suriye'ye yönelik insani yardımların ayrımcılık yapılmaksızın, siyasallaştırılmadan ve ön koşulsuz olarak acilen artırılması çağrısında bulundular ve ülke genelinde mayın temizleme çalışmalarına destek verilmesinin önemini vurguladılar.",
"7. Suriyeli mültecilerin ve ülke içinde yerinden edilmiş kişilerin güvenli, gönüllü ve onurlu dönüşünün kolaylaştırılabileceğini vurguladılar ve bu amaçla BM ajanslarını katkılarını artırmaya çağırdılar.",
"8. Bir sonraki uluslararası toplantının tarihini diplomatik kanallar aracılığıyla belirlemeye karar verdiler.",
"9. Kazakistan Cumhuriyeti yetkililerine toplantıya ev sahipliği yaptıkları için teşekkürlerini ifade ettiler.",
],
"expected": [
U("toprak bütünlüğüne güçlü bağlılıklarını teyit ettiler"),
T("booster", "saygı gösterilmesi gerektiğini vurguladılar", "saygı gösterilmesi gerektiğini önemle vurguladılar"),
U("süreçle sağlanabileceğine ilişkin inançlarını yinelediler"),
U("Anayasa Komitesi'nin çalışmalarına verdikleri desteği teyit ettiler"),
T("condition", "koşullar elverdiğinde toplanması çağrısında bulundular", "sonraki turunun toplanması çağrısında bulundular"),
S("act", "yol açan saldırıları kınadılar", "yol açan saldırılardan duydukları endişeyi dile getirdiler"),
U("tüm mutabakatların tam olarak uygulanması gerektiğini vurguladılar"),
U("mücadele etme kararlılıklarını yinelediler"),
T("act", "ayrılıkçı gündemlere karşı çıktılar", "ayrılıkçı gündemleri reddettiler"),
T("urgency", "ön koşulsuz olarak artırılması çağrısında bulundular", "ön koşulsuz olarak acilen artırılması çağrısında bulundular"),
D("uluslararası katkıları memnuniyetle karşıladılar"),
A("mayın temizleme çalışmalarına destek verilmesinin önemini vurguladılar"),
S("modality", "onurlu dönüşünün kolaylaştırılması gerektiğini vurguladılar", "onurlu dönüşünün kolaylaştırılabileceğini vurguladılar"),
R("addressee", "uluslararası toplumu katkılarını artırmaya çağırdılar", "BM ajanslarını katkılarını artırmaya çağırdılar"),
U("tarihini diplomatik kanallar aracılığıyla belirlemeye karar verdiler"),
U("yaptıkları için teşekkürlerini ifade ettiler"),
],
"notCommitments": [
"Türkiye Cumhuriyeti Ortak Açıklaması",
"Astana, 19 Şubat 2026",
"Astana, 10 Temmuz 2026",
"Astana formatının garantör devletleri olarak",
],
})

# ---------------------------------------------------------------- S2
PAIRS.append({
"name": "tr-astana-29-30-garantor-aciklamasi",
"style": "statement",
"old": [
"Astana Formatında Suriye Konulu 29. Uluslararası Toplantı: Garantör Devletlerin Ortak Açıklaması",
"Astana, 20 Kasım 2026",
"Astana formatının garantörleri İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti heyetleri, 19-20 Kasım 2026 tarihlerinde Astana'da Suriye konulu 29. Uluslararası Toplantı vesilesiyle bir araya geldi.",
"Toplantıya BM Genel Sekreteri'nin Suriye Özel Temsilcisi'nin ofisinden bir heyet ile Ürdün, Irak ve Lübnan heyetleri gözlemci olarak katıldı. Garantör devletler:",
"1. Suriye'nin birliğine ve toprak bütünlüğüne ilişkin ilkelerin korunması gerektiğini vurguladılar ve bu ilkeleri zayıflatmaya yönelik her türlü girişimi reddettiler.",
"2. Suriye'nin kuzeydoğusunda petrol gelirlerine yasa dışı yollarla el konulmasını kınadılar ve bu gelirlerin Suriye halkına ait olduğunu vurguladılar.",
"3. Sükûnetin korunması için ortak çabalarını İdlib gerginliği azaltma bölgesinde ve Suriye'nin diğer bölgelerinde sürdürme konusunda mutabık kaldılar.",
"4. Suriye'de yeni bir ateşkes izleme mekanizması kurulması konusunda mutabık kalamadılar ve bu konudaki istişarelerin uzmanlar düzeyinde sürdürülmesine karar verdiler.",
"5. Gözaltındakilerin ve rehinelerin serbest bırakılmasına ilişkin Çalışma Grubu'nun çalışmalarını memnuniyetle karşıladılar ve karşılıklı serbest bırakma operasyonlarının sürdürülmesi çağrısında bulundular.",
"6. Suriye'nin yeniden inşası sürecine katkıda bulunmaya hazır olduklarını teyit ettiler.",
"7. Suriye'deki insani durumun daha da kötüleşmesini önlemek için acil adımlar atılması çağrısında bulundular ve Suriye'ye yönelik tek taraflı yaptırımları kabul etmediklerini ifade ettiler.",
"8. Bir sonraki toplantıyı Astana'da düzenlemeye karar verdiler ve Kazakistan makamlarına misafirperverlikleri için teşekkür ettiler.",
],
"new": [
"Astana Formatında Suriye Konulu 30. Uluslararası Toplantı: Garantör Devletlerin Ortak Açıklaması",
"Astana, 26 Mart 2027",
"Astana formatının garantörleri İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti heyetleri, 25-26 Mart 2027 tarihlerinde Astana'da Suriye konulu 30. Uluslararası Toplantı vesilesiyle bir araya geldi.",
"Toplantıya BM Genel Sekreteri'nin Suriye Özel Temsilcisi'nin ofisinden bir heyet ile Ürdün, Irak ve Lübnan heyetleri gözlemci olarak katıldı. Garantör devletler:",
"1. Suriye'nin birliğine ve toprak bütünlüğüne ilişkin ilkelerin korunması gerektiğinin altını çizdiler ve bu ilkeleri zayıflatmaya yönelik her türlü girişimi reddettiler.",
"2. Suriye'nin kuzeydoğusunda petrol gelirlerine yasa dışı yollarla el konulmasını kınadılar ve bu gelirlerin Suriye halkına ait olduğunu vurguladılar.",
"3. Sükûnetin korunması için ortak çabalarını İdlib gerginliği azaltma bölgesinde sürdürme konusunda mutabık kaldılar.",
"4. Suriye'de yeni bir ateşkes izleme mekanizması kurulması konusunda mutabık kaldılar ve mekanizmanın ayrıntılarının uzmanlar düzeyinde belirlenmesine karar verdiler.",
"5. Gözaltındakilerin ve rehinelerin serbest bırakılmasına ilişkin Çalışma Grubu'nun çalışmalarını not ettiler ve karşılıklı serbest bırakma operasyonlarının mümkün olduğunca sürdürülmesi çağrısında bulundular.",
"6. Rusya ve Türkiye, Suriye'nin yeniden inşası sürecine katkıda bulunmaya hazır olduklarını teyit etti.",
"7. Suriye'deki insani durumun daha da kötüleşmesini önlemek için adımlar atılması çağrısında bulundular ve Suriyeliler arasında diyaloğu teşvik eden yerel girişimleri memnuniyetle karşıladılar.",
"8. Bir sonraki toplantıyı Astana'da düzenlemeye karar verdiler ve Kazakistan makamlarına misafirperverlikleri için teşekkür ettiler.",
],
"expected": [
R("act", "ilkelerin korunması gerektiğini vurguladılar", "ilkelerin korunması gerektiğinin altını çizdiler"),
U("zayıflatmaya yönelik her türlü girişimi reddettiler"),
U("yasa dışı yollarla el konulmasını kınadılar"),
U("Suriye halkına ait olduğunu vurguladılar"),
S("scope", "Suriye'nin diğer bölgelerinde sürdürme konusunda mutabık kaldılar", "azaltma bölgesinde sürdürme konusunda mutabık kaldılar"),
T("negation", "mekanizması kurulması konusunda mutabık kalamadılar", "mekanizması kurulması konusunda mutabık kaldılar"),
R("object", "istişarelerin uzmanlar düzeyinde sürdürülmesine karar verdiler", "ayrıntılarının uzmanlar düzeyinde belirlenmesine karar verdiler"),
S("act", "Grubu'nun çalışmalarını memnuniyetle karşıladılar", "Grubu'nun çalışmalarını not ettiler"),
S("hedge", "operasyonlarının sürdürülmesi çağrısında bulundular", "operasyonlarının mümkün olduğunca sürdürülmesi çağrısında bulundular"),
S("speaker", "katkıda bulunmaya hazır olduklarını teyit ettiler", "katkıda bulunmaya hazır olduklarını teyit etti"),
S("urgency", "acil adımlar atılması çağrısında bulundular", "için adımlar atılması çağrısında bulundular"),
D("tek taraflı yaptırımları kabul etmediklerini"),
A("diyaloğu teşvik eden yerel girişimleri memnuniyetle karşıladılar"),
U("toplantıyı Astana'da düzenlemeye karar verdiler"),
U("misafirperverlikleri için teşekkür ettiler"),
],
"notCommitments": [
"Garantör Devletlerin Ortak Açıklaması",
"Astana, 20 Kasım 2026",
"Astana, 26 Mart 2027",
"Ürdün, Irak ve Lübnan heyetleri gözlemci",
],
})

# ---------------------------------------------------------------- S3
PAIRS.append({
"name": "tr-astana-31-32-kabul-edilen-aciklama",
"style": "statement",
"old": [
"Suriye Konulu 31. Astana Toplantısı Sonucunda Kabul Edilen Ortak Açıklama",
"Astana, 24 Haziran 2027",
"İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti, Astana formatının garantör devletleri sıfatıyla 23-24 Haziran 2027 tarihlerinde Astana'da düzenlenen Suriye konulu 31. Uluslararası Toplantı'da:",
"1. Suriye'nin egemenliğine ve toprak bütünlüğüne yönelik sarsılmaz bağlılıklarını bir kez daha teyit ettiler.",
"2. Suriye'nin kuzeyinde sivil yerleşim yerlerine yönelik saldırıların durdurulması çağrısında bulundular ve sivil altyapının korunması gerektiğini vurguladılar.",
"3. Anayasa Komitesi'nin çalışmalarının yeniden başlatılabileceğini ifade ettiler.",
"4. İdlib'de yerleşik mutabakatlar çerçevesinde ortak devriyelerin genişletilmesi konusunda mutabık kaldılar.",
"5. İnsani yardım ulaştırılmasını engelleyen her türlü siyasi ön koşulu reddettiler ve insani yardımların imkânlar ölçüsünde artırılması çağrısında bulundular.",
"6. Rusya ve Türkiye, Suriye'deki kayıp kişilere ilişkin bilgi paylaşımının artırılmasını memnuniyetle karşıladı.",
"7. Suriye'deki yabancı askeri varlığa ilişkin ortak bir değerlendirme raporu hazırlanması konusunda uzlaştılar.",
"8. Suriyeli mültecilerin dönüşüne yönelik uluslararası bir konferans düzenlenmesi önerisini desteklediler.",
"9. Bir sonraki Astana toplantısının tarihini ve yerini istişareler yoluyla belirlemeye karar verdiler.",
],
"new": [
"Suriye Konulu 32. Astana Toplantısı Sonucunda Kabul Edilen Ortak Açıklama",
"Astana, 2 Aralık 2027",
"İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti, Astana formatının garantör devletleri sıfatıyla 1-2 Aralık 2027 tarihlerinde Astana'da düzenlenen Suriye konulu 32. Uluslararası Toplantı'da:",
"1. Suriye'nin egemenliğine ve toprak bütünlüğüne yönelik bağlılıklarını teyit ettiler.",
"2. Suriye'nin kuzeyinde sivil yerleşim yerlerine yönelik saldırıların durdurulmasını talep ettiler ve sivil altyapının ve insani yardım personelinin korunması gerektiğini vurguladılar.",
"3. Anayasa Komitesi'nin çalışmalarının yeniden başlatılması gerektiğini ifade ettiler ve BM Özel Temsilcisi'nin bu yöndeki çabalarına tam desteklerini teyit ettiler.",
"4. İdlib'de yerleşik mutabakatlar çerçevesinde ortak devriyelerin, güvenlik koşulları elverdiği takdirde genişletilmesi konusunda mutabık kaldılar.",
"5. İnsani yardım ulaştırılmasını engelleyen her türlü siyasi ön koşulu reddettiler ve insani yardımların artırılması çağrısında bulundular.",
"6. Suriye'deki kayıp kişilere ilişkin bilgi paylaşımının artırılmasını memnuniyetle karşıladılar.",
"7. Suriye'deki yabancı askeri varlığa ilişkin ortak bir değerlendirme raporu hazırlanması konusunda uzlaşamadılar.",
"8. Faili kim olursa olsun, Suriye'de kimyasal silah kullanımını kınadılar.",
"9. Bir sonraki Astana toplantısının tarihini ve yerini istişareler yoluyla belirlemeye karar verdiler.",
],
"expected": [
S("booster", "sarsılmaz bağlılıklarını bir kez daha teyit ettiler", "toprak bütünlüğüne yönelik bağlılıklarını teyit ettiler"),
T("act", "saldırıların durdurulması çağrısında bulundular", "saldırıların durdurulmasını talep ettiler"),
T("scope", "sivil altyapının korunması gerektiğini vurguladılar", "insani yardım personelinin korunması gerektiğini vurguladılar"),
T("modality", "çalışmalarının yeniden başlatılabileceğini ifade ettiler", "çalışmalarının yeniden başlatılması gerektiğini ifade ettiler"),
A("çabalarına tam desteklerini teyit ettiler"),
S("condition", "ortak devriyelerin genişletilmesi konusunda mutabık kaldılar", "elverdiği takdirde genişletilmesi konusunda mutabık kaldılar"),
U("her türlü siyasi ön koşulu reddettiler"),
T("hedge", "imkânlar ölçüsünde artırılması çağrısında bulundular", "insani yardımların artırılması çağrısında bulundular"),
T("speaker", "bilgi paylaşımının artırılmasını memnuniyetle karşıladı", "bilgi paylaşımının artırılmasını memnuniyetle karşıladılar"),
S("negation", "değerlendirme raporu hazırlanması konusunda uzlaştılar", "değerlendirme raporu hazırlanması konusunda uzlaşamadılar"),
D("konferans düzenlenmesi önerisini desteklediler"),
A("Suriye'de kimyasal silah kullanımını kınadılar"),
U("istişareler yoluyla belirlemeye karar verdiler"),
],
"notCommitments": [
"Sonucunda Kabul Edilen Ortak Açıklama",
"Astana, 24 Haziran 2027",
"Astana, 2 Aralık 2027",
"Astana formatının garantör devletleri sıfatıyla",
],
})

# ---------------------------------------------------------------- S4
PAIRS.append({
"name": "tr-astana-33-34-disisleri-duyurusu",
"style": "statement",
"old": [
"No: 58, 12 Mart 2028",
"Suriye Konulu 33. Astana Toplantısına İlişkin Ortak Açıklama Hk.",
"Suriye konulu 33. Astana Toplantısı 11-12 Mart 2028 tarihlerinde Astana'da gerçekleştirilmiştir. Toplantı sonunda kabul edilen Ortak Açıklama'nın gayriresmi tercümesi aşağıdadır. İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri:",
"1. Suriye'nin egemenliğine, bağımsızlığına ve toprak bütünlüğüne bağlılıklarını güçlü bir şekilde vurguladılar.",
"2. Siyasi sürecin ilerletilmesi için Suriyeli tarafların koşullar elverdiğinde müzakerelere başlaması çağrısında bulundular.",
"3. Suriye'nin güneyindeki güvenlik durumunun kötüleşmesinden derin endişe duyduklarını ifade ettiler ve tüm tarafları gerilimi azaltmaya acilen çağırdılar.",
"4. Sınır ötesi insani yardım geçişlerine ilişkin BM kararlarını not ettiler.",
"5. Yeniden yapılanma projelerinin uluslararası finans kuruluşlarıyla işbirliği içinde ve mümkün olduğunca şeffaf biçimde yürütülmesini desteklediler.",
"6. Suriye'deki tüm tarafların uluslararası insancıl hukuka uyması gerektiğini vurguladılar.",
"7. Suriye'de terör örgütlerinin varlığından kaynaklanan tehditlere karşı işbirliğini sürdürme kararlılıklarını teyit ettiler.",
"8. Suriyeli mültecilere ev sahipliği yapan ülkelere yönelik uluslararası yük paylaşımının artırılması çağrısında bulundular.",
"9. Bir sonraki toplantının Astana'da yapılması konusunda mutabık kaldılar.",
],
"new": [
"No: 214, 9 Eylül 2028",
"Suriye Konulu 34. Astana Toplantısına İlişkin Ortak Açıklama Hk.",
"Suriye konulu 34. Astana Toplantısı 8-9 Eylül 2028 tarihlerinde Astana'da gerçekleştirilmiştir. Toplantı sonunda kabul edilen Ortak Açıklama'nın gayriresmi tercümesi aşağıdadır. İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri:",
"1. Suriye'nin egemenliğine, bağımsızlığına ve toprak bütünlüğüne bağlılıklarını kuvvetle vurguladılar.",
"2. Siyasi sürecin ilerletilmesi için Suriyeli tarafların şartlar uygun olduğunda müzakerelere başlaması çağrısında bulundular.",
"3. Suriye'nin güneyindeki güvenlik durumunun kötüleşmesinden derin endişe duyduklarını ifade ettiler ve tüm tarafları gerilimi azaltmaya gecikmeksizin çağırdılar.",
"4. Sınır ötesi insani yardım geçişlerine ilişkin BM kararlarını memnuniyetle karşıladılar.",
"5. Yeniden yapılanma projelerinin uluslararası finans kuruluşlarıyla işbirliği içinde ve elden geldiğince şeffaf biçimde yürütülmesini desteklediler.",
"6. Suriye'deki tüm tarafların uluslararası insancıl hukuka uymak zorunda olduklarını vurguladılar.",
"7. Suriye'de terör örgütlerinin varlığından kaynaklanan tehditlere karşı işbirliğini sürdürme kararlılıklarını teyit ettiler.",
"8. BM Genel Sekreteri'nin Suriye Özel Temsilcisi'ni Cenevre'deki süreci canlandırmak üzere yeni istişareler başlatmaya davet ettiler.",
"9. Bir sonraki toplantının Astana'da yapılması konusunda mutabık kaldılar.",
],
"expected": [
R("booster", "bağlılıklarını güçlü bir şekilde vurguladılar", "toprak bütünlüğüne bağlılıklarını kuvvetle vurguladılar"),
R("condition", "koşullar elverdiğinde müzakerelere başlaması çağrısında bulundular", "şartlar uygun olduğunda müzakerelere başlaması çağrısında bulundular"),
U("derin endişe duyduklarını ifade ettiler"),
R("urgency", "gerilimi azaltmaya acilen çağırdılar", "gerilimi azaltmaya gecikmeksizin çağırdılar"),
T("act", "ilişkin BM kararlarını not ettiler", "ilişkin BM kararlarını memnuniyetle karşıladılar"),
R("hedge", "mümkün olduğunca şeffaf biçimde yürütülmesini desteklediler", "elden geldiğince şeffaf biçimde yürütülmesini desteklediler"),
R("modality", "insancıl hukuka uyması gerektiğini vurguladılar", "insancıl hukuka uymak zorunda olduklarını vurguladılar"),
U("işbirliğini sürdürme kararlılıklarını teyit ettiler"),
D("yük paylaşımının artırılması çağrısında bulundular"),
A("yeni istişareler başlatmaya davet ettiler"),
U("Astana'da yapılması konusunda mutabık kaldılar"),
],
"notCommitments": [
"No: 58, 12 Mart 2028",
"No: 214, 9 Eylül 2028",
"Astana Toplantısına İlişkin Ortak Açıklama",
"Ortak Açıklama'nın gayriresmi tercümesi aşağıdadır",
],
})

# ---------------------------------------------------------------- P1
PAIRS.append({
"name": "tr-basin-astana-28-guncelleme",
"style": "press",
"old": [
"Astana'da Suriye toplantısı sona erdi: Garantörlerden İdlib'de sükûnet çağrısı",
"Selin Karaduman – Kuzey Haber Ajansı",
"ASTANA – Suriye konulu 28. Astana toplantısı, İran, Rusya ve Türkiye heyetlerinin iki gün süren görüşmelerinin ardından yayımlanan ortak açıklamayla sona erdi.",
"Açıklamada, garantör ülkelerin İdlib'de sivillere yönelik saldırılardan endişe duyduğu ifade edildi ve tüm tarafların ateşkese uyması gerektiği vurgulandı.",
"Bildiride ayrıca uluslararası topluma insani yardımları artırması çağrısında bulunuldu, mültecilerin güvenli ve gönüllü dönüşünün kolaylaştırılması gerektiğinin altı çizildi.",
"Suriye'nin toprak bütünlüğünü tehdit eden ayrılıkçı gündemler de üç ülke tarafından reddedildi. Taraflar, Suriye'ye yönelik tek taraflı yaptırımların kaldırılmasını talep etti.",
"BM Genel Sekreteri'nin Suriye Özel Temsilci Yardımcısı Maria Lindqvist, toplantıyı \"yapıcı ama sonuçları sınırlı\" olarak nitelendirdi. Lindqvist, \"Sahadaki sükûnetin kalıcı hale gelmesi için sözlerin uygulamaya dönüşmesi gerekiyor\" dedi.",
"Astana süreci, Suriye'deki çatışmanın çözümüne katkı sağlamak amacıyla 2017 yılında başlatılmıştı. Toplantıya Ürdün, Irak ve Lübnan gözlemci olarak katıldı.",
"Ortak açıklamada, bir sonraki toplantının 2026 yılının sonunda yapılmasının kararlaştırıldığı belirtildi.",
],
"new": [
"GÜNCELLEME – Astana'daki Suriye toplantısı sona erdi: Garantörler İdlib'deki saldırıları kınadı",
"Selin Karaduman – Kuzey Haber Ajansı",
"ASTANA – Suriye konulu 28. Astana toplantısı, İran, Rusya ve Türkiye heyetlerinin iki gün süren görüşmelerinin ardından yayımlanan ortak açıklamayla sona erdi.",
"Açıklamada, garantör ülkelerin İdlib'de sivillere yönelik saldırıları kınadığı ifade edildi ve tüm tarafların ateşkese derhal uyması gerektiği vurgulandı.",
"Bildiride ayrıca bağışçı ülkelere insani yardımlarını artırmaları çağrısında bulunuldu, mültecilerin güvenli ve gönüllü dönüşünün mümkün olduğu ölçüde kolaylaştırılması gerektiğinin altı çizildi.",
"Suriye'nin toprak bütünlüğünü tehdit eden ayrılıkçı gündemler ise Rusya ve İran tarafından reddedildi. Taraflar ayrıca Anayasa Komitesi'nin bir sonraki turunun Cenevre'de toplanması çağrısında bulundu.",
"BM Genel Sekreteri'nin Suriye Özel Temsilci Yardımcısı Maria Lindqvist, toplantıyı \"yapıcı ama sonuçları sınırlı\" olarak nitelendirdi. Lindqvist, \"Sahadaki sükûnetin kalıcı hale gelmesi için sözlerin uygulamaya dönüşmesi gerekiyor\" dedi.",
"Astana süreci, Suriye'deki çatışmanın çözümüne katkı sağlamak amacıyla 2017 yılında başlatılmıştı. Toplantıya Ürdün, Irak ve Lübnan gözlemci olarak katıldı.",
"Ortak açıklamada, bir sonraki toplantının 2026 yılının sonunda yapılmasının kararlaştırıldığı belirtildi.",
"Bu haber, ortak açıklamanın resmi Türkçe metninin yayımlanmasının ardından güncellenmiştir.",
],
"expected": [
T("act", "sivillere yönelik saldırılardan endişe duyduğu", "sivillere yönelik saldırıları kınadığı"),
T("urgency", "tarafların ateşkese uyması gerektiği vurgulandı", "tarafların ateşkese derhal uyması gerektiği vurgulandı"),
R("addressee", "uluslararası topluma insani yardımları artırması çağrısında bulunuldu", "bağışçı ülkelere insani yardımlarını artırmaları çağrısında bulunuldu"),
S("hedge", "dönüşünün kolaylaştırılması gerektiğinin altı çizildi", "mümkün olduğu ölçüde kolaylaştırılması gerektiğinin altı çizildi"),
S("speaker", "gündemler de üç ülke tarafından reddedildi", "gündemler ise Rusya ve İran tarafından reddedildi"),
D("tek taraflı yaptırımların kaldırılmasını talep etti"),
A("turunun Cenevre'de toplanması çağrısında bulundu"),
U("2026 yılının sonunda yapılmasının kararlaştırıldığı"),
],
"notCommitments": [
"Astana'da Suriye toplantısı sona erdi",
"Selin Karaduman – Kuzey Haber Ajansı",
"Açıklamada, garantör ülkelerin",
"yapıcı ama sonuçları sınırlı",
"katkı sağlamak amacıyla 2017 yılında başlatılmıştı",
"Ortak açıklamada, bir sonraki toplantının",
"resmi Türkçe metninin yayımlanmasının ardından güncellenmiştir",
],
})

# ---------------------------------------------------------------- P2
PAIRS.append({
"name": "tr-basin-astana-30-31-turlar",
"style": "press",
"old": [
"Astana'da 30. tur: Üç ülkeden Suriye'de kalıcı ateşkes vurgusu",
"Murat Ekinci / Ankara Gündem Gazetesi",
"ASTANA – İran, Rusya ve Türkiye, Suriye konulu 30. Astana toplantısının ardından yayımladıkları ortak bildiride, ülkedeki ateşkesin tüm cephe hatlarında korunması gerektiğini vurguladı.",
"Bildiride, Suriye'deki siyasi sürecin canlandırılması için Anayasa Komitesi'nin çalışmalarına yeniden başlaması gerektiği ifade edildi.",
"Garantör ülkeler, Suriyeli mültecilerin geri dönüşüne ilişkin ortak eylem planının koşullar elverdiği takdirde hazırlanması konusunda uzlaştı.",
"Taraflar, Suriye'nin egemenliğini ihlal eden yabancı hava saldırılarını kınadı.",
"Bildiride, insani yardım konvoylarının güvenliğinin sağlanması için ortak bir mekanizma kurulmasının memnuniyetle karşılandığı belirtildi.",
"Heyetler, sınır kapılarının yeniden açılması konusunda ise uzlaşamadı.",
"Taraflar ayrıca Suriye'deki kayıp kişilerin akıbetinin aydınlatılması çağrısında bulundu.",
"Ankara merkezli bir düşünce kuruluşunda Orta Doğu uzmanı olarak çalışan Zeynep Arıkan, \"Bildirinin dili temkinli, ancak kapıyı kapatmıyor\" değerlendirmesinde bulundu.",
"Astana formatındaki bir önceki toplantı Mart ayında yapılmış ve benzer bir bildiriyle sonuçlanmıştı.",
"Bir sonraki toplantının tarihi ise diplomatik kanallar aracılığıyla belirlenecek.",
],
"new": [
"Astana'da 31. tur: Garantörlerden İdlib'de ateşkes mesajı",
"Murat Ekinci / Ankara Gündem Gazetesi",
"ASTANA – İran, Rusya ve Türkiye, Suriye konulu 31. Astana toplantısının ardından yayımladıkları ortak bildiride, ülkedeki ateşkesin İdlib'de korunması gerektiğini vurguladı.",
"Bildiride, Suriye'deki siyasi sürecin canlandırılması için Anayasa Komitesi'nin çalışmalarına yeniden başlayabileceği ifade edildi.",
"Garantör ülkeler, Suriyeli mültecilerin geri dönüşüne ilişkin ortak eylem planının hazırlanması konusunda uzlaştı.",
"Taraflar, Suriye'nin egemenliğini ihlal eden yabancı hava saldırılarını şiddetle kınadı.",
"Bildiride, insani yardım konvoylarının güvenliğinin sağlanması için ortak bir mekanizma kurulmasının not edildiği belirtildi.",
"Heyetler, sınır kapılarının yeniden açılması konusunda da uzlaştı.",
"Taraflar ayrıca Suriye'deki gözaltındakilerin serbest bırakılması çağrısında bulundu.",
"Orta Doğu uzmanı Zeynep Arıkan ise \"Bu kez metin daha iddialı, ancak bir uygulama takvimi içermiyor\" yorumunu yaptı.",
"Astana formatındaki bir önceki toplantı Haziran ayında yapılmış ve benzer bir bildiriyle sonuçlanmıştı.",
"Bir sonraki toplantının tarihi ise diplomatik kanallar aracılığıyla belirlenecek.",
],
"expected": [
S("scope", "tüm cephe hatlarında korunması gerektiğini vurguladı", "ateşkesin İdlib'de korunması gerektiğini vurguladı"),
S("modality", "Komitesi'nin çalışmalarına yeniden başlaması gerektiği", "Komitesi'nin çalışmalarına yeniden başlayabileceği"),
T("condition", "koşullar elverdiği takdirde hazırlanması konusunda uzlaştı", "eylem planının hazırlanması konusunda uzlaştı"),
T("booster", "ihlal eden yabancı hava saldırılarını kınadı", "yabancı hava saldırılarını şiddetle kınadı"),
S("act", "mekanizma kurulmasının memnuniyetle karşılandığı", "mekanizma kurulmasının not edildiği"),
T("negation", "yeniden açılması konusunda ise uzlaşamadı", "yeniden açılması konusunda da uzlaştı"),
R("object", "kayıp kişilerin akıbetinin aydınlatılması çağrısında bulundu", "gözaltındakilerin serbest bırakılması çağrısında bulundu"),
U("diplomatik kanallar aracılığıyla belirlenecek"),
],
"notCommitments": [
"Üç ülkeden Suriye'de kalıcı ateşkes vurgusu",
"Garantörlerden İdlib'de ateşkes mesajı",
"Murat Ekinci / Ankara Gündem Gazetesi",
"ardından yayımladıkları ortak bildiride",
"Bildirinin dili temkinli, ancak kapıyı kapatmıyor",
"Bu kez metin daha iddialı",
"bir önceki toplantı Mart ayında yapılmış",
],
})

# ---------------------------------------------------------------- C1
PAIRS.append({
"name": "tr-astana-26-yazim-duzeltmesi",
"style": "cosmetic",
"old": [
"Suriye Konulu 26. Astana Toplantisina Iliskin Iran Islam Cumhuriyeti, Rusya Federasyonu ve Turkiye Cumhuriyeti Ortak Aciklamasi",
"Astana, 22 Ekim 2025",
"Astana formatinin garantor devletleri olarak Iran Islam Cumhuriyeti, Rusya Federasyonu ve Turkiye Cumhuriyeti temsilcileri, 21 - 22 Ekim 2025 tarihlerinde Astana'da bir araya gelerek :",
"1. Suriye'nin egemenligine, bagimsizligina, birligine ve toprak butunlugune guclu bagliliklarini teyit ettiler.",
"2. Cenevre'deki Anayasa Komitesi'nin calismalarini desteklediklerini yinelediler ve Komite'nin 10. turunun bir an once toplanmasi cagrisinda bulundular.",
"3. Idlib'de sivillere yonelik saldirilari kinadilar ve sukunetin korunmasi icin tum mutabakatlarin uygulanmasi gerektigini vurguladilar.",
"4. BM Güvenlik Konseyi'nin 2254 sayılı kararına dayalı, Suriyeliler tarafından yürütülen ve sahiplenilen bir siyasi sürece bağlılıklarını vurguladılar.",
"5. “Erken toparlanma” projelerine yönelik uluslararası katkıları memnuniyetle karşıladılar ve insani yardımların ön koşulsuz olarak artırılması çağrısında bulundular.",
"6. Suriyeli mültecilerin güvenli, gönüllü ve onurlu dönüşünün kolaylaştırılması gerektiğini vurguladılar.",
"7. Toplantıya ev sahipliği yapan Kazakistan Dışişleri Bakan Yardımcısı Erlan Kasymov'a ve BM Özel Temsilci Yardımcısı Tomasz Wierzbicki'ye teşekkürlerini sundular.",
"8. Bir sonraki Astana toplantısını 2026 yılının ilk yarısında yapmaya karar verdiler.",
],
"new": [
"Suriye Konulu 26. Astana Toplantısına İlişkin İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti Ortak Açıklaması",
"Astana – 22.10.2025",
"Astana formatının garantör devletleri olarak İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, 21-22 Ekim 2025 tarihlerinde Astana’da bir araya gelerek:",
"1. Suriye'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne güçlü bağlılıklarını teyit ettiler.",
"2. Cenevre'deki Anayasa Komitesi'nin çalışmalarını desteklediklerini yinelediler ve Komite'nin onuncu turunun bir an önce toplanması çağrısında bulundular.",
"3. İdlib'de sivillere yönelik saldırıları kınadılar ve sükûnetin korunması için tüm mutabakatların uygulanması gerektiğini vurguladılar.",
"4. BM Güvenlik Konseyi'nin 2254 Sayılı Kararı'na dayalı, Suriyeliler tarafından yürütülen ve sahiplenilen bir siyasi sürece bağlılıklarını vurguladılar.",
"5. \"Erken toparlanma\" projelerine yönelik uluslararası katkıları memnuniyetle karşıladılar ve insani yardımların önkoşulsuz olarak artırılması çağrısında bulundular.",
"6. Suriyeli mültecilerin güvenli, gönüllü ve onurlu dönüşünün kolaylaştırılması gerektiğini vurguladılar.",
"7. Toplantıya ev sahipliği yapan Kazakistan Dışişleri Bakan Yardımcısı Yerlan Kasımov'a ve BM Özel Temsilci Yardımcısı Tomasz Wierzbicki'ye teşekkürlerini sundular.",
"8. Bir sonraki Astana toplantısını 2026 yılının ilk yarısında yapmaya karar verdiler.",
],
"expected": [
U("toprak butunlugune guclu bagliliklarini teyit ettiler", "toprak bütünlüğüne güçlü bağlılıklarını teyit ettiler"),
U("Komitesi'nin calismalarini desteklediklerini yinelediler", "Komitesi'nin çalışmalarını desteklediklerini yinelediler"),
U("bir an once toplanmasi cagrisinda bulundular", "bir an önce toplanması çağrısında bulundular"),
U("sivillere yonelik saldirilari kinadilar", "sivillere yönelik saldırıları kınadılar"),
U("tum mutabakatlarin uygulanmasi gerektigini vurguladilar", "tüm mutabakatların uygulanması gerektiğini vurguladılar"),
U("sahiplenilen bir siyasi sürece bağlılıklarını vurguladılar"),
U("uluslararası katkıları memnuniyetle karşıladılar"),
U("ön koşulsuz olarak artırılması çağrısında bulundular", "önkoşulsuz olarak artırılması çağrısında bulundular"),
U("onurlu dönüşünün kolaylaştırılması gerektiğini vurguladılar"),
U("Tomasz Wierzbicki'ye teşekkürlerini sundular"),
U("ilk yarısında yapmaya karar verdiler"),
],
"notCommitments": [
"Turkiye Cumhuriyeti Ortak Aciklamasi",
"Türkiye Cumhuriyeti Ortak Açıklaması",
"Astana, 22 Ekim 2025",
"Astana – 22.10.2025",
"Astana formatinin garantor devletleri olarak",
"Astana formatının garantör devletleri olarak",
],
})

out = []
for p in PAIRS:
    q = dict(p)
    q["old"] = "\n\n".join(p["old"])
    q["new"] = "\n\n".join(p["new"])
    out.append({k: q[k] for k in ["name", "style", "old", "new", "expected", "notCommitments"]})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tr.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote", len(out), "pairs")
