# Turkish pairs (illustrative, invented texts).
from common import P, U, S, T, R, A, D, pair

PAIRS = []

# ---------------------------------------------------------------- tr-01
old = P(
    "Astana Formatında Suriye Konulu 21. Uluslararası Toplantının Ardından İran, Rusya ve Türkiye Tarafından Yayımlanan Ortak Bildiri",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, Astana formatının garantör ülkeleri sıfatıyla 24-25 Ocak 2026 tarihlerinde Astana'da bir araya gelerek aşağıdaki hususları kaydettiler:",
    "1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.",
    "2. İdlib gerginliği azaltma bölgesinde sivillere ve sivil altyapıya yönelik saldırıları şiddetle kınadılar ve tüm tarafları ateşkes rejimine tam olarak uymaya çağırdılar.",
    "3. Kuzeybatı Suriye'de terör örgütlerinin artan varlığına ilişkin endişelerini dile getirdiler ve bu örgütlerin tamamen ortadan kaldırılması amacıyla işbirliklerini sürdürme konusunda mutabık kaldılar.",
    "4. Mültecilerin ve ülke içinde yerinden edilmiş kişilerin Suriye'deki asıl ikamet yerlerine güvenli, onurlu ve gönüllü dönüşünün kolaylaştırılması gerektiğini vurguladılar.",
    "5. Uluslararası toplumu, tüm Suriyelilere ayrımcılık, siyasallaştırma ve ön koşul olmaksızın insani yardımı artırmaya çağırdılar.",
    "6. Anayasa Komitesi'nin Cenevre'deki çalışmalarının uygun bir zamanda yeniden başlatılması çağrısında bulundular.",
    "7. Aralık 2025'te çalışma grubu çerçevesinde gerçekleştirilen karşılıklı tutuklu takasını memnuniyetle karşıladılar ve bu tür operasyonların sürdürülmesi konusunda mutabık kaldılar.",
    "8. Bir sonraki Astana toplantısının 2026 yılının ikinci yarısında Astana'da yapılması konusunda mutabık kaldılar.",
    "9. Kazakistan Cumhuriyeti makamlarına toplantıya ev sahipliği yaptıkları için içten şükranlarını sundular.",
)
new = P(
    "Astana Formatında Suriye Konulu 22. Uluslararası Toplantının Ardından İran, Rusya ve Türkiye Tarafından Yayımlanan Ortak Bildiri",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, Astana formatının garantör ülkeleri sıfatıyla 16-17 Haziran 2026 tarihlerinde Astana'da bir araya gelerek aşağıdaki hususları kaydettiler:",
    "1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.",
    "2. İdlib gerginliği azaltma bölgesinde sivillere ve sivil altyapıya yönelik saldırıları kınadılar ve tüm tarafları ateşkes rejimine tam olarak uymaya çağırdılar.",
    "3. Kuzeybatı Suriye'de terör örgütlerinin artan varlığına ilişkin endişelerini dile getirdiler, ancak bu örgütlerin tamamen ortadan kaldırılması amacıyla işbirliklerini sürdürme konusunda mutabık kalamadılar.",
    "4. Mültecilerin ve ülke içinde yerinden edilmiş kişilerin Suriye'deki asıl ikamet yerlerine güvenli, onurlu ve gönüllü dönüşünün koşullar elverdiğinde kolaylaştırılması gerektiğini vurguladılar.",
    "5. Uluslararası toplumu, tüm Suriyelilere ayrımcılık, siyasallaştırma ve ön koşul olmaksızın insani yardımı artırmaya çağırdılar.",
    "6. Anayasa Komitesi'nin Cenevre'deki çalışmalarının en kısa sürede yeniden başlatılması çağrısında bulundular.",
    "7. Aralık 2025'te çalışma grubu çerçevesinde gerçekleştirilen karşılıklı tutuklu takasını memnuniyetle karşıladılar.",
    "8. Tarım arazilerinin mayınlardan temizlenmesine yönelik bir teknik çalışma grubu kurulmasına karar verdiler.",
    "9. Bir sonraki Astana toplantısının Kasım 2026'da Tahran'da yapılması konusunda mutabık kaldılar.",
    "10. Kazakistan Cumhuriyeti makamlarına toplantıya ev sahipliği yaptıkları için içten şükranlarını sundular.",
)
PAIRS.append(pair(
    "tr-01-toplanti-21-22-idlib-multeciler", "statement", old, new,
    [
        U("toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler"),
        S("booster", "sivil altyapıya yönelik saldırıları şiddetle kınadılar", "sivil altyapıya yönelik saldırıları kınadılar"),
        U("ateşkes rejimine tam olarak uymaya çağırdılar"),
        U("artan varlığına ilişkin endişelerini dile getirdiler"),
        S("negation", "işbirliklerini sürdürme konusunda mutabık kaldılar", "işbirliklerini sürdürme konusunda mutabık kalamadılar"),
        S("condition", "gönüllü dönüşünün kolaylaştırılması gerektiğini vurguladılar", "dönüşünün koşullar elverdiğinde kolaylaştırılması gerektiğini vurguladılar"),
        U("ön koşul olmaksızın insani yardımı artırmaya çağırdılar"),
        T("urgency", "uygun bir zamanda yeniden başlatılması çağrısında bulundular", "en kısa sürede yeniden başlatılması çağrısında bulundular"),
        U("karşılıklı tutuklu takasını memnuniyetle karşıladılar"),
        D("operasyonların sürdürülmesi konusunda mutabık kaldılar"),
        A("teknik çalışma grubu kurulmasına karar verdiler"),
        R("object", "ikinci yarısında Astana'da yapılması konusunda mutabık kaldılar", "Kasım 2026'da Tahran'da yapılması konusunda mutabık kaldılar"),
        U("ev sahipliği yaptıkları için içten şükranlarını sundular"),
    ],
    [
        "Tarafından Yayımlanan Ortak Bildiri",
        "aşağıdaki hususları kaydettiler",
        "garantör ülkeleri sıfatıyla",
    ],
))

# ---------------------------------------------------------------- tr-02
old = P(
    "Astana Formatındaki Garantör Ülkelerin Suriye Konulu 23. Uluslararası Toplantıya İlişkin Ortak Bildirisi",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti heyetleri 3-4 Şubat 2027 tarihlerinde Astana'da toplanmış ve garantör ülkeler sıfatıyla işbu bildiriyi kabul etmiştir:",
    "1. Suriye'nin egemenliği, bağımsızlığı, birliği ve toprak bütünlüğüne yönelik sarsılmaz taahhütlerini yinelediler.",
    "2. Garantör ülkelerin Suriye sınırlarının güvenliği konusundaki istişarelerini yoğunlaştırmaları gerektiğini vurguladılar.",
    "3. Ülkenin kuzeyindeki artan ihtiyaçları göz önünde bulundurarak cephe hatları boyunca insani yardım ulaştırılmasına yönelik mekanizmanın sürdürülmesi için çağrıda bulundular.",
    "4. Suriye hava sahasının tekrarlanan ihlallerini uluslararası hukukun açık bir ihlali olarak kınadılar.",
    "5. Suriye hükümetiyle eşgüdüm içinde, BM kuruluşlarını ülke genelindeki varlıklarını artırmaya çağırdılar.",
    "6. Çalışma grubu çerçevesinde tutuklu takaslarının ve kayıp kişilerin aranmasının sürdürülmesi konusunda mutabık kaldılar.",
    "7. Şam'da düzenlenmesi öngörülen mültecilerin dönüşüne ilişkin uluslararası konferansın hazırlıklarını not ettiler.",
    "8. Suriye'deki ekonomik durumun kötüleşmesine ilişkin endişelerini dile getirdiler.",
    "9. Bir sonraki uluslararası toplantının Astana formatında Astana'da yapılması konusunda mutabık kaldılar.",
)
new = P(
    "Astana Formatındaki Garantör Ülkelerin Suriye Konulu 24. Uluslararası Toplantıya İlişkin Ortak Bildirisi",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti heyetleri 9-10 Haziran 2027 tarihlerinde Astana'da toplanmış ve garantör ülkeler sıfatıyla işbu bildiriyi kabul etmiştir:",
    "1. Suriye'nin egemenliği, bağımsızlığı, birliği ve toprak bütünlüğüne yönelik sarsılmaz taahhütlerini yinelediler.",
    "2. Garantör ülkelerin Suriye sınırlarının güvenliği konusundaki istişarelerini yoğunlaştırabileceklerini vurguladılar.",
    "3. Ülkenin kuzeyindeki artan ihtiyaçları göz önünde bulundurarak cephe hatları boyunca insani yardım ulaştırılmasına yönelik mekanizmanın sürdürülmesi ve genişletilmesi için çağrıda bulundular.",
    "4. Türkiye, Suriye hava sahasının tekrarlanan ihlallerini uluslararası hukukun açık bir ihlali olarak ayrıca kınadı. Rusya Federasyonu, insani mayın temizleme konusunda bir uzmanlar toplantısına ev sahipliği yapmayı önerdi.",
    "5. Suriye hükümetiyle eşgüdüm içinde, BM İnsani İşler Koordinasyon Ofisi'ni ülke genelindeki varlığını artırmaya çağırdılar.",
    "6. Çalışma grubu çerçevesinde tutuklu takaslarının ve kayıp kişilerin aranmasının mümkün olduğu ölçüde sürdürülmesi konusunda mutabık kaldılar.",
    "7. Şam'da düzenlenmesi öngörülen mültecilerin dönüşüne ilişkin uluslararası konferansın hazırlıklarını memnuniyetle karşıladılar.",
    "8. Bir sonraki uluslararası toplantının Astana formatında Astana'da yapılması konusunda mutabık kaldılar.",
)
PAIRS.append(pair(
    "tr-02-toplanti-23-24-sinirlar-yardim", "statement", old, new,
    [
        U("toprak bütünlüğüne yönelik sarsılmaz taahhütlerini yinelediler"),
        S("modality", "güvenliği konusundaki istişarelerini yoğunlaştırmaları gerektiğini vurguladılar", "güvenliği konusundaki istişarelerini yoğunlaştırabileceklerini vurguladılar"),
        T("scope", "yönelik mekanizmanın sürdürülmesi için çağrıda bulundular", "mekanizmanın sürdürülmesi ve genişletilmesi için çağrıda bulundular"),
        S("speaker", "açık bir ihlali olarak kınadılar", "açık bir ihlali olarak ayrıca kınadı"),
        A("uzmanlar toplantısına ev sahipliği yapmayı önerdi"),
        R("addressee", "BM kuruluşlarını ülke genelindeki varlıklarını artırmaya çağırdılar", "Koordinasyon Ofisi'ni ülke genelindeki varlığını artırmaya çağırdılar"),
        S("hedge", "kişilerin aranmasının sürdürülmesi konusunda mutabık kaldılar", "mümkün olduğu ölçüde sürdürülmesi konusunda mutabık kaldılar"),
        T("act", "uluslararası konferansın hazırlıklarını not ettiler", "uluslararası konferansın hazırlıklarını memnuniyetle karşıladılar"),
        D("durumun kötüleşmesine ilişkin endişelerini dile getirdiler"),
        U("Astana formatında Astana'da yapılması konusunda mutabık kaldılar"),
    ],
    [
        "Garantör Ülkelerin Suriye Konulu",
        "işbu bildiriyi kabul etmiştir",
    ],
))

# ---------------------------------------------------------------- tr-03
old = P(
    "Astana Formatında Suriye Konulu 25. Uluslararası Toplantı Ortak Bildirisi (14 Ekim 2027 tarihinde yayımlanan metin)",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, Astana formatının garantörleri olarak 12-13 Ekim 2027 tarihlerinde Astana'da bir araya gelerek:",
    "1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne olan sarsılmaz bağlılıklarını teyit ettiler.",
    "2. İdlib gerginliği azaltma bölgesinde ateşkesin izlenmesine yönelik ortak bir mekanizma oluşturulması konusunda mutabık kalamadılar. Garantör ülkeler, M4 karayolu boyunca ortak devriyelerini güçlendirmeyi değerlendirebilir.",
    "3. Serakib ve Miznaz geçiş noktalarının, güvenlik koşulları elverdiğinde, yeniden açılması çağrısında bulundular.",
    "4. Uluslararası hukuka aykırı tek taraflı zorlayıcı tedbirlerin derhal kaldırılması çağrısında bulundular. Kadınlar ve çocuklar dahil olmak üzere keyfi olarak alıkonulan tüm kişilerin serbest bırakılmasını talep ettiler.",
    "5. Terörle mücadele bahanesiyle sahada yeni gerçeklikler yaratma girişimlerini reddettiler.",
    "6. Güvenlik ve istihbarat servisleri arasındaki işbirliğini uygun görüldüğü ölçüde yoğunlaştırma konusunda mutabık kaldılar.",
    "7. Hmeymim Hava Üssü'ne yönelik insansız hava aracı saldırılarını kınadılar. İran İslam Cumhuriyeti, tahrip edilen sağlık altyapısının yeniden inşası çağrısında bulundu.",
    "8. BM Genel Sekreteri'nin Suriye Özel Temsilcisi'nin çabalarına verdikleri desteği teyit ettiler ve kendisiyle işbirliğine hazır olduklarını belirttiler.",
    "9. Bir sonraki toplantının 2028 baharında Tahran'da yapılması konusunda mutabık kaldılar.",
)
new = P(
    "Astana Formatında Suriye Konulu 25. Uluslararası Toplantı Ortak Bildirisi (16 Ekim 2027 tarihinde yayımlanan düzeltilmiş metin)",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti temsilcileri, Astana formatının garantörleri olarak 12-13 Ekim 2027 tarihlerinde Astana'da bir araya gelerek:",
    "1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne olan sarsılmaz bağlılıklarını teyit ettiler.",
    "2. İdlib gerginliği azaltma bölgesinde ateşkesin izlenmesine yönelik ortak bir mekanizma oluşturulması konusunda mutabık kaldılar. Garantör ülkeler, M4 karayolu boyunca ortak devriyelerini güçlendirmelidir.",
    "3. Serakib ve Miznaz geçiş noktalarının yeniden açılması çağrısında bulundular.",
    "4. Uluslararası hukuka aykırı tek taraflı zorlayıcı tedbirlerin en kısa sürede kaldırılması çağrısında bulundular. Keyfi olarak alıkonulan kişilerin serbest bırakılmasını talep ettiler.",
    "5. Terörle mücadele bahanesiyle sahada yeni gerçeklikler yaratma girişimlerini kesinlikle reddettiler.",
    "6. Güvenlik ve istihbarat servisleri arasındaki işbirliğini yoğunlaştırma konusunda mutabık kaldılar.",
    "7. Hmeymim Hava Üssü'ne yönelik insansız hava aracı saldırılarına ilişkin endişelerini dile getirdiler. Tahrip edilen sağlık altyapısının yeniden inşası çağrısında bulundular.",
    "8. BM Genel Sekreteri'nin Suriye Özel Temsilcisi'nin çabalarına verdikleri desteği yinelediler ve kendisiyle işbirliğine hazır olduklarını belirttiler.",
    "9. Bir sonraki toplantının 2028 baharında Tahran'da yapılması konusunda mutabık kaldılar.",
)
PAIRS.append(pair(
    "tr-03-toplanti-25-duzeltilmis-metin", "statement", old, new,
    [
        U("toprak bütünlüğüne olan sarsılmaz bağlılıklarını teyit ettiler"),
        T("negation", "ortak bir mekanizma oluşturulması konusunda mutabık kalamadılar", "ortak bir mekanizma oluşturulması konusunda mutabık kaldılar"),
        T("modality", "M4 karayolu boyunca ortak devriyelerini güçlendirmeyi değerlendirebilir", "M4 karayolu boyunca ortak devriyelerini güçlendirmelidir"),
        T("condition", "koşulları elverdiğinde, yeniden açılması çağrısında bulundular", "geçiş noktalarının yeniden açılması çağrısında bulundular"),
        S("urgency", "zorlayıcı tedbirlerin derhal kaldırılması çağrısında bulundular", "tedbirlerin en kısa sürede kaldırılması çağrısında bulundular"),
        S("scope", "alıkonulan tüm kişilerin serbest bırakılmasını talep ettiler", "alıkonulan kişilerin serbest bırakılmasını talep ettiler"),
        T("booster", "yeni gerçeklikler yaratma girişimlerini reddettiler", "gerçeklikler yaratma girişimlerini kesinlikle reddettiler"),
        T("hedge", "uygun görüldüğü ölçüde yoğunlaştırma konusunda mutabık kaldılar", "arasındaki işbirliğini yoğunlaştırma konusunda mutabık kaldılar"),
        S("act", "insansız hava aracı saldırılarını kınadılar", "hava aracı saldırılarına ilişkin endişelerini dile getirdiler"),
        T("speaker", "sağlık altyapısının yeniden inşası çağrısında bulundu", "sağlık altyapısının yeniden inşası çağrısında bulundular"),
        R("act", "Özel Temsilcisi'nin çabalarına verdikleri desteği teyit ettiler", "Özel Temsilcisi'nin çabalarına verdikleri desteği yinelediler"),
        U("kendisiyle işbirliğine hazır olduklarını belirttiler"),
        U("2028 baharında Tahran'da yapılması konusunda mutabık kaldılar"),
    ],
    [
        "14 Ekim 2027 tarihinde yayımlanan metin",
        "tarihinde yayımlanan düzeltilmiş metin",
        "Astana formatının garantörleri olarak",
    ],
))

# ---------------------------------------------------------------- tr-04 (press)
old = P(
    "ASTANA'DA GARANTÖR ÜLKELER İDLİB'DEKİ SALDIRILARI KINADI",
    "ASTANA (BHA) - Elif Karasu",
    "Türkiye, Rusya ve İran, Suriye konulu 26. Astana toplantısını Kazakistan'ın başkentinde tamamladı.",
    "Toplantının ardından yayımlanan ortak bildiriye göre, garantör ülkeler İdlib'de sivillere yönelik saldırıları şiddetle kınadı ve tüm tarafları ateşkese uymaya çağırdı.",
    "Bildiride, tutuklu takaslarının sürdürülmesi konusunda mutabık kalındığı belirtilerek mültecilerin güvenli dönüşünün kolaylaştırılması gerektiğine vurgu yapıldı.",
    "Kazakistan Dışişleri Bakanı Yerlan Mukhametov, “Kazakistan bu diyalog için tarafsız bir platform olmaya devam edecek” dedi.",
    "İlgili Haber: Cenevre'de Anayasa Komitesi görüşmeleri yine sonuçsuz kaldı",
    "Üç ülke ayrıca Anayasa Komitesi çalışmalarının Cenevre'de yeniden başlatılması çağrısında bulundu.",
    "Garantör ülkeler, Suriye'nin kuzeydoğusundaki ayrılıkçı gündemleri kınadı.",
    "Ortak bildiride, bir sonraki toplantının haziran ayında Astana'da yapılması konusunda mutabık kalındığı ifade edildi.",
    "BM Genel Sekreter Sözcüsü Yardımcısı ise toplantıyı “cesaret verici bir işaret” olarak nitelendirerek engelsiz insani erişim çağrısı yaptı.",
)
new = P(
    "Astana'da garantör ülkeler İdlib için endişelerini dile getirdi, izleme mekanizmasında uzlaşamadı",
    "ASTANA (BHA) - Elif Karasu",
    "Türkiye, Rusya ve İran, Suriye konulu 27. Astana toplantısını Kazakistan'ın başkentinde tamamladı.",
    "Ortak bildiriye göre garantör ülkeler, İdlib'de sivillere yönelik saldırılara ilişkin derin endişelerini dile getirdi ve tüm tarafları ateşkese uymaya çağırdı.",
    "Rus heyeti başkanı Andrey Vostrikov ise gazetecilere, “Tutuklu takaslarını yıl sonuna kadar uzatma kararı aldık” dedi. Bildiride ayrıca mültecilerin güvenli dönüşünün koşullar elverdiğinde kolaylaştırılması gerektiğine vurgu yapıldı.",
    "Garantör ülkeler, ateşkesin izlenmesine yönelik bir mekanizma kurulması konusunda mutabık kalamadı.",
    "Kazakistan Dışişleri Bakan Yardımcısı Daniyar Seitkali, “Astana tüm barış girişimlerine açık kalacak” ifadesini kullandı.",
    "İlgili Haber: BMMYK, Suriyeli mültecilere yönelik finansmandaki düşüşten endişeli",
    "Türkiye ise Anayasa Komitesi çalışmalarının Cenevre'de yeniden başlatılması çağrısında bulundu.",
    "Garantör ülkeler bu kez Suriye'nin kuzeydoğusundaki ayrılıkçı gündemleri kınamadı.",
    "Ortak bildiride, bir sonraki toplantının sonbaharda Tahran'da yapılması konusunda mutabık kalındığı ifade edildi.",
)
PAIRS.append(pair(
    "tr-04-haber-26-27-toplantilar", "press", old, new,
    [
        S("act", "sivillere yönelik saldırıları şiddetle kınadı", "saldırılara ilişkin derin endişelerini dile getirdi"),
        U("tüm tarafları ateşkese uymaya çağırdı"),
        D("tutuklu takaslarının sürdürülmesi konusunda mutabık kalındığı"),
        S("condition", "dönüşünün kolaylaştırılması gerektiğine vurgu yapıldı", "koşullar elverdiğinde kolaylaştırılması gerektiğine vurgu yapıldı"),
        A("mekanizma kurulması konusunda mutabık kalamadı"),
        S("speaker", "çalışmalarının Cenevre'de yeniden başlatılması çağrısında bulundu", "çalışmalarının Cenevre'de yeniden başlatılması çağrısında bulundu"),
        S("negation", "Suriye'nin kuzeydoğusundaki ayrılıkçı gündemleri kınadı", "Suriye'nin kuzeydoğusundaki ayrılıkçı gündemleri kınamadı"),
        R("object", "haziran ayında Astana'da yapılması konusunda mutabık kalındığı", "sonbaharda Tahran'da yapılması konusunda mutabık kalındığı"),
    ],
    [
        "GARANTÖR ÜLKELER İDLİB'DEKİ SALDIRILARI KINADI",
        "İlgili Haber: Cenevre'de Anayasa Komitesi",
        "İlgili Haber: BMMYK, Suriyeli mültecilere",
        "ASTANA (BHA) - Elif Karasu",
        "26. Astana toplantısını Kazakistan'ın başkentinde tamamladı",
        "Toplantının ardından yayımlanan ortak bildiriye göre",
        "tarafsız bir platform olmaya devam edecek",
        "Anayasa Komitesi görüşmeleri yine sonuçsuz kaldı",
        "BM Genel Sekreter Sözcüsü Yardımcısı ise",
        "engelsiz insani erişim çağrısı yaptı",
        "Astana'da garantör ülkeler İdlib için endişelerini",
        "izleme mekanizmasında uzlaşamadı",
        "27. Astana toplantısını Kazakistan'ın başkentinde tamamladı",
        "Ortak bildiriye göre garantör ülkeler",
        "Rus heyeti başkanı Andrey Vostrikov ise",
        "yıl sonuna kadar uzatma kararı aldık",
        "Astana tüm barış girişimlerine açık kalacak",
        "BMMYK, Suriyeli mültecilere yönelik finansmandaki düşüşten endişeli",
    ],
))

# ---------------------------------------------------------------- tr-05 (cosmetic)
old = P(
    "ASTANA FORMATINDA SURİYE KONULU 28. ULUSLARARASI TOPLANTI ORTAK BİLDİRİSİ",
    "İran İslam Cumhuriyeti, Rusya Federasyonu ve Türkiye Cumhuriyeti heyetleri, sırasıyla Mehdi Sadıkpur, Aleksandr Vostrikov ve Kerem Aydınlı başkanlığında, 20-21 Kasım 2028 tarihlerinde Astana'da bir araya gelerek:",
    "1. Suriye Arap Cumhuriyeti'nin egemenliğine, bağımsızlığına, birliğine ve toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler.",
    "2. İdlib gerginliği azaltma bölgesindeki ateşkes rejiminin korunması gerektiğini vurguladılar ve bu rejimi tehlikeye atacak her türlü eylemi kınadılar.",
    "3. Uluslararası toplumu, Suriyelilere yönelik insani yardımı uluslararası insancıl hukuka uygun şekilde artırmaya çağırdılar.",
    "4. Bir önceki 27. toplantıdan bu yana 2.000 tutuklunun serbest bırakılmasını memnuniyetle karşıladılar ve çalışma grubunun faaliyetlerini sürdürme konusunda mutabık kaldılar.",
    "5. Anayasa Komitesi'nin Cenevre'deki çalışmalarının en kısa sürede yeniden başlatılması çağrısında bulundular.",
    "6. Ülkenin kuzeydoğusundaki su altyapısının durumuna ilişkin endişelerini dile getirdiler ve koşullar elverdiğinde ortak rehabilitasyon projelerini incelemeyi kabul ettiler.",
    "7. 29. Astana toplantısının 2029 yılında Astana'da yapılması konusunda mutabık kaldılar.",
    "8. Kazakistan makamlarına toplantıya ev sahipliği yaptıkları için içten şükranlarını sundular.",
)

_FOLD = str.maketrans({
    "İ": "I", "ı": "i", "Ş": "S", "ş": "s", "Ğ": "G", "ğ": "g",
    "Ü": "U", "ü": "u", "Ö": "O", "ö": "o", "Ç": "C", "ç": "c",
})


def tr_cosmetic(s):
    """The same text as retyped without Turkish letters, with the city's 2019-2022 name."""
    for a, b in [
        ("Astana'da", "Nur-Sultan'da"),
        ("28. ULUSLARARASI", "28'İNCİ ULUSLARARASI"),
        ("27. toplantıdan", "27'nci toplantıdan"),
        ("29. Astana", "29'uncu Astana"),
        ("2.000", "2000"),
        ("İdlib", "İDLİB"),
        ("Sadıkpur", "Sadeghpour"),
        ("Aleksandr", "Alexander"),
        ("'", "’"),
    ]:
        s = s.replace(a, b)
    return s.translate(_FOLD)


new = tr_cosmetic(old)
snips = [
    "toprak bütünlüğüne olan güçlü bağlılıklarını teyit ettiler",
    "ateşkes rejiminin korunması gerektiğini vurguladılar",
    "tehlikeye atacak her türlü eylemi kınadılar",
    "hukuka uygun şekilde artırmaya çağırdılar",
    "tutuklunun serbest bırakılmasını memnuniyetle karşıladılar",
    "faaliyetlerini sürdürme konusunda mutabık kaldılar",
    "en kısa sürede yeniden başlatılması çağrısında bulundular",
    "durumuna ilişkin endişelerini dile getirdiler",
    "ortak rehabilitasyon projelerini incelemeyi kabul ettiler",
    "2029 yılında Astana'da yapılması konusunda mutabık kaldılar",
    "ev sahipliği yaptıkları için içten şükranlarını sundular",
]
PAIRS.append(pair(
    "tr-05-toplanti-28-turkce-karaktersiz", "cosmetic", old, new,
    [U(s, tr_cosmetic(s)) for s in snips],
    [
        "SURİYE KONULU 28. ULUSLARARASI TOPLANTI",
        tr_cosmetic("SURİYE KONULU 28. ULUSLARARASI TOPLANTI"),
        "Kerem Aydınlı başkanlığında",
        tr_cosmetic("Kerem Aydınlı başkanlığında"),
    ],
))
