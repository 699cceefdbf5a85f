#!/usr/bin/env python3
"""Builds en.json.  All texts are invented for illustration."""
import os
from build_common import make_pair, write

HERE = os.path.dirname(os.path.abspath(__file__))
PRE = ("The representatives of the Islamic Republic of Iran, the Russian Federation "
       "and the Republic of Türkiye as guarantors of the Astana format:")
pairs = []

# ---------------------------------------------------------------- en-01
pairs.append(make_pair(
    "en-01-rounds-24-25-numbered", "statement",
    [
        "Joint Statement by Iran, Russia and Türkiye on the 24th International Meeting on Syria in the Astana Format, Astana, 14–15 March 2025",
        PRE,
        "1. [[a|Reaffirmed their strong commitment to]] the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic, and [[b|rejected all attempts to create]] new realities on the ground under the pretext of combating terrorism, including illegitimate self-rule initiatives east of the Euphrates.",
        "2. [[c|Agreed to continue and expand]] their coordination aimed at sustainable calm in the Idlib de-escalation area. [[d|Condemned the increased terrorist activity]] of groups operating in and around the area and [[e|expressed their determination to continue]] working together against terrorism in all its forms and manifestations.",
        "3. [[f|Called upon the international community]], the United Nations and its humanitarian agencies to step up assistance to all Syrians throughout the country without discrimination, politicization or preconditions. [[g|Stressed the need to increase]] early recovery projects, including basic infrastructure, water and electricity supply, schools and hospitals, as well as humanitarian mine action.",
        "4. [[h|Highlighted the need to facilitate]] the safe, dignified and voluntary return of refugees and internally displaced persons to their places of origin in Syria. [[i|Welcomed the successful conduct of]] another operation on the mutual release of detainees and abductees within the Working Group, and [[j|agreed to hold the next]] session of the Working Group before the end of April 2025.",
        "5. [[k|Reaffirmed their conviction that there]] could be no military solution to the Syrian conflict and [[l|called for the immediate resumption]] of the work of the Constitutional Committee in Geneva, in line with UN Security Council resolution 2254.",
        "6. [[m|Condemned continuing Israeli military attacks]] in Syria, which violate international law and international humanitarian law and undermine the sovereignty of Syria and neighbouring countries. [[p|Welcomed the participation of delegations]] of Jordan, Iraq and Lebanon as observers.",
        "7. [[q|Expressed their sincere gratitude to]] the Kazakh authorities for hosting the meeting in Astana. [[n|Decided to hold the 25th]] International Meeting on Syria in the Astana format in Astana in the second half of 2025.",
    ],
    [
        "Joint Statement by Iran, Russia and Türkiye on the 25th International Meeting on Syria in the Astana Format, Astana, 10–11 November 2025",
        PRE,
        "1. [[a|Reaffirmed their strong commitment to]] the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic, and [[b|rejected attempts to create new]] realities on the ground under the pretext of combating terrorism.",
        "2. [[c|Agreed to continue their coordination]] aimed at sustainable calm in the Idlib de-escalation area. [[d|Condemned in the strongest terms]] the increased terrorist activity of groups operating in and around the area and [[e|expressed their determination to continue]] working together against terrorism in all its forms and manifestations.",
        "3. [[f|Called upon donor states and]] the humanitarian agencies of the United Nations to step up assistance to all Syrians throughout the country without discrimination, politicization or preconditions. [[g|Stressed the need to increase]], where possible, early recovery projects, including basic infrastructure, water and electricity supply, schools and hospitals, as well as humanitarian mine action. [[o|Agreed to establish a trilateral]] technical group on humanitarian demining that will meet on the margins of future rounds.",
        "4. [[h|Highlighted the need to facilitate]] the safe, dignified and voluntary return of refugees and internally displaced persons to their places of origin in Syria as soon as conditions on the ground permit. [[i|Took note of the latest]] operation on the mutual release of detainees and abductees within the Working Group, and [[j|agreed to hold the next]] session of the Working Group in due course.",
        "5. [[k|Reaffirmed their conviction that there]] could be no military solution to the Syrian conflict and [[l|called for the resumption of]] the work of the Constitutional Committee in Geneva as soon as possible, in line with UN Security Council resolution 2254.",
        "6. [[m|Expressed serious concern over continuing]] Israeli military attacks in Syria, which violate international law and international humanitarian law and undermine the sovereignty of Syria and neighbouring countries.",
        "7. [[q|Expressed their sincere gratitude to]] the Kazakh authorities for hosting the meeting in Astana. [[n|Decided to hold the 26th]] International Meeting on Syria in the Astana format in Tehran in the first half of 2026.",
    ],
    {"a": "unchanged", "b": "softened/scope", "c": "softened/scope",
     "d": "strengthened/booster", "e": "unchanged", "f": "reworded/addressee",
     "g": "softened/hedge", "h": "softened/condition", "i": "softened/act",
     "j": "softened/urgency", "k": "unchanged", "l": "softened/urgency",
     "m": "softened/act", "p": "dropped", "q": "unchanged",
     "n": "reworded/object", "o": "added"},
))

# ---------------------------------------------------------------- en-02
pairs.append(make_pair(
    "en-02-tehran-sochi-prose", "statement",
    [
        "Joint Statement of the Astana Guarantors following the 26th International Meeting on Syria (Tehran, 3 June 2026)",
        "The delegations of Iran, Russia and Türkiye met in Tehran on 2–3 June 2026 for the 26th round of the International Meeting on Syria in the Astana format. Delegations of the Syrian Government and the Syrian opposition, representatives of the United Nations and observers from Jordan, Iraq and Lebanon also attended.",
        "The guarantors [[a|will continue to cooperate closely]] with a view to eliminating ISIL/Daesh, Hayat Tahrir al-Sham and all other individuals, groups, undertakings and entities associated with terrorist organizations, while ensuring the protection of civilians and civilian infrastructure in accordance with international humanitarian law. They [[b|should work to prevent any]] further deterioration of the situation in the Idlib de-escalation area, and to that end it [[c|was agreed to convene the]] joint coordination centre on a monthly basis, subject to the security situation on the ground.",
        "The three countries [[d|reached an agreement to intensify]] consultations on the situation in the north-east of Syria once the technical arrangements have been finalized, and [[e|confirmed their plans to send]] a joint assessment mission to the area. They [[f|condemned the seizure and transfer]] of oil revenues that should belong to Syria.",
        "Humanitarian issues featured prominently in the discussions. The guarantors [[g|underlined the need to ensure]] rapid, safe and unhindered humanitarian access throughout Syria and [[h|called on all Syrian parties]] to facilitate cross-line deliveries. They [[i|called for the lifting of]] unilateral sanctions that impede the delivery of aid, in particular to the areas affected by the spring floods.",
        "Russia and Iran [[j|announced that they would allocate]] additional humanitarian aid to the flood-affected governorates of Latakia and Tartus.",
        "On the political track, the guarantors [[k|expressed readiness to assist]] the Constitutional Committee in resuming its work and [[l|urged the Committee to adopt]] rules of procedure that would allow it to work without external interference.",
        "The guarantors [[n|thanked the Iranian side for]] its hospitality. It [[m|was also decided that the]] next round would be held in Sochi in the autumn of 2026.",
    ],
    [
        "Joint Statement of the Astana Guarantors following the 27th International Meeting on Syria (Sochi, 12 November 2026)",
        "The delegations of Iran, Russia and Türkiye met in Sochi on 11–12 November 2026 for the 27th round of the International Meeting on Syria in the Astana format. Delegations of the Syrian Government and the Syrian opposition, representatives of the United Nations and observers from Jordan, Iraq and Lebanon also attended.",
        "The guarantors [[a|should continue to cooperate closely]] with a view to eliminating ISIL/Daesh, Hayat Tahrir al-Sham and all other individuals, groups, undertakings and entities associated with terrorist organizations, while ensuring the protection of civilians and civilian infrastructure in accordance with international humanitarian law. They [[b|must prevent any further deterioration]] of the situation in the Idlib de-escalation area, and to that end it [[c|was agreed to convene the]] joint coordination centre on a monthly basis.",
        "The three countries [[d|reached an agreement to intensify]] consultations on the situation in the north-east of Syria and [[e|confirmed their plans to send]] a joint assessment mission to the area before the end of the year. Türkiye, for its part, [[f|condemned the seizure and transfer]] of oil revenues that should belong to Syria.",
        "The guarantors [[g|underlined the need to ensure]] rapid, safe and unhindered humanitarian access throughout Syria and [[h|called on the Syrian Government]] and the opposition alike to facilitate cross-line deliveries. The participants [[i|were unable to agree on]] language concerning unilateral sanctions that impede the delivery of aid.",
        "The three guarantors [[j|announced that they would allocate]] additional humanitarian aid to the flood-affected governorates of Latakia and Tartus.",
        "On the political track, the guarantors [[k|stand ready to assist]] the Constitutional Committee in resuming its work and [[l|invited the Committee to consider]] adopting rules of procedure that would allow it to work without external interference. The delegation of the Syrian Arab Republic informed the meeting that it [[x1|had decided to extend the]] validity of the latest amnesty decree by six months.",
        "The guarantors [[n|thanked the Russian side for]] its hospitality. It [[m|was also decided that the]] next round would be held in Astana in the first quarter of 2027.",
    ],
    {"a": "softened/modality", "b": "strengthened/modality",
     "c": "strengthened/condition", "d": "strengthened/condition",
     "e": "strengthened/urgency", "f": "softened/speaker", "g": "unchanged",
     "h": "reworded/addressee", "i": "softened/negation",
     "j": "strengthened/speaker", "k": "reworded/act", "l": "softened/act",
     "n": "reworded/object", "m": "reworded/object"},
))

# ---------------------------------------------------------------- en-03
pairs.append(make_pair(
    "en-03-merged-and-split", "statement",
    [
        "Joint Statement by Iran, Russia and Türkiye on the 20th International Meeting on Syria in the Astana Format, 20–21 June 2023",
        PRE,
        "1. [[a|Emphasized their firm resolve to]] stand against separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria as well as threatening the national security of neighbouring countries. [[b|Expressed deep concern over the]] humanitarian situation in the camps for internally displaced persons in the north-east of Syria.",
        "2. [[c|Agreed to continue consultations at]] the level of deputy foreign ministers with a view to preparing a quadrilateral meeting with the participation of Syria.",
        "3. [[d|Called for the release of]] all abductees and detainees in due course, and [[e|stressed the importance of identifying]] missing persons, where possible, through the mechanisms of the Working Group.",
        "4. [[f|Reaffirmed the need to maintain]] calm on the ground in the Idlib de-escalation area. [[g|Urged the international community to]] increase humanitarian assistance to Syria, including through early recovery projects.",
        "5. [[h|Condemned the attacks on civilians]] in Aleppo and [[i|called upon all parties to]] refrain from actions that could lead to escalation. [[l|Welcomed the efforts of the]] International Committee of the Red Cross in support of the Working Group.",
        "6. [[j|Decided to hold the 21st]] International Meeting on Syria in the Astana format in the second half of 2023.",
    ],
    [
        "Joint Statement by Iran, Russia and Türkiye on the 21st International Meeting on Syria in the Astana Format, 24–25 January 2024",
        PRE,
        "1. [[a|Emphasized their resolve to stand]] against separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria as well as threatening the national security of neighbouring countries.",
        "2. [[c|Agreed to continue and intensify]] consultations at the level of deputy foreign ministers with a view to preparing a quadrilateral meeting with the participation of Syria.",
        "3. [[d|Called for the immediate release]] of all abductees and detainees. [[e|Stressed the importance of identifying]] missing persons through the mechanisms of the Working Group, and [[k|agreed to hold a special]] session of the Working Group on missing persons before the end of March 2024.",
        "4. [[f|Reaffirmed the need to maintain]] calm on the ground in the Idlib de-escalation area and [[b|expressed deep concern over the]] humanitarian situation in the camps for internally displaced persons in the north-east of Syria, [[g|urging the international community to]] increase humanitarian assistance to all Syrians throughout the country, including through early recovery projects and humanitarian mine action.",
        "5. [[h|Condemned the attacks on civilians]] in Aleppo and [[i|demanded that all parties refrain]] from actions that could lead to escalation.",
        "6. [[j|Decided to hold the 22nd]] International Meeting on Syria in the Astana format in Astana in May 2024.",
    ],
    {"a": "softened/booster", "b": "unchanged", "c": "strengthened/scope",
     "d": "strengthened/urgency", "e": "strengthened/hedge", "f": "unchanged",
     "g": "strengthened/scope", "h": "unchanged", "i": "strengthened/act",
     "l": "dropped", "j": "reworded/object", "k": "added"},
))

# ---------------------------------------------------------------- en-04
pairs.append(make_pair(
    "en-04-foreign-ministers", "statement",
    [
        "Joint Statement of the Foreign Ministers of Iran, Russia and Türkiye on Syria (New York, 24 September 2025)",
        "The Foreign Ministers of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye met in the Astana format on the margins of the 80th session of the United Nations General Assembly and issued the following statement.",
        "The Ministers [[a|are ready to support]] an inclusive intra-Syrian dialogue under UN auspices. They firmly [[b|believe that the process must]] remain Syrian-led and Syrian-owned, free from foreign interference and externally imposed timetables.",
        "They [[c|called upon the UN Security Council]] to take practical steps to put an end to the illegal exploitation of Syrian natural resources, and [[d|insisted that the supply of]] water from the Alouk station to Hasakah and its surroundings must be restored without delay.",
        "The Ministers [[e|condemned the Israeli strikes on]] Syrian territory, including on civilian airports and ports, and [[f|reaffirmed their rejection of any]] decisions and actions regarding the occupied Syrian Golan that contradict international law.",
        "They [[g|should coordinate their positions]] on unilateral coercive measures in multilateral fora, and [[k|welcomed the steps towards normalization]] between Syria and its neighbours.",
        "The Ministers [[h|instructed their deputies to prepare]] the next round of the International Meeting on Syria and [[i|agreed to meet again]] in this format on the sidelines of the next session of the General Assembly.",
    ],
    [
        "Joint Statement of the Foreign Ministers of Iran, Russia and Türkiye on Syria (Geneva, 3 March 2026)",
        "The Foreign Ministers of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye met in the Astana format in Geneva on the margins of the high-level segment of the Human Rights Council and issued the following statement.",
        "The Ministers [[a|could consider supporting an inclusive]] intra-Syrian dialogue under UN auspices. They [[b|believe that the process must]] remain Syrian-led and Syrian-owned, free from foreign interference and externally imposed timetables.",
        "They [[c|called upon the international community]] to take practical steps to put an end to the illegal exploitation of Syrian natural resources. As regards the Alouk station, the Ministers [[d|insisted that the supply of]] water to Hasakah and its surroundings must be restored as soon as possible.",
        "The Ministers [[e|condemned the Israeli strikes on]] Syrian territory and [[f|reaffirmed their rejection of any]] decisions and actions regarding the occupied Syrian Golan that contradict international law.",
        "They [[g|will coordinate their positions]] on unilateral coercive measures in multilateral fora. The Ministers [[j|reached an understanding to set]] up a trilateral working group on the reconstruction of Syria's energy infrastructure, subject to the consent of the Syrian Government.",
        "The Ministers [[h|instructed their deputies to prepare]] the next round of the International Meeting on Syria and [[i|agreed to meet again]] in this format in Ankara in June 2026.",
    ],
    {"a": "softened/modality", "b": "softened/booster", "c": "reworded/addressee",
     "d": "softened/urgency", "e": "softened/scope", "f": "unchanged",
     "g": "strengthened/modality", "k": "dropped", "h": "unchanged",
     "i": "reworded/object", "j": "added"},
))

# ---------------------------------------------------------------- en-05
pairs.append(make_pair(
    "en-05-humanitarian-task-force", "statement",
    [
        "Joint Statement of Iran, Russia and Türkiye following the Third Meeting of the Astana Format Humanitarian Task Force (Geneva, 8 October 2024)",
        "Representatives of the guarantor states of the Astana format met in Geneva to review the humanitarian situation in Syria in the aftermath of the summer wildfires in Latakia and amid a deepening economic crisis.",
        "The guarantors [[a|agreed on a joint plan]] for the rehabilitation of water pumping stations in Aleppo, Hama and Deir ez-Zor, to be implemented in cooperation with the relevant UN agencies. It [[b|was further agreed to set]] up a monitoring cell that will meet every two months.",
        "The three states [[c|stressed the urgent need for]] unimpeded delivery of humanitarian aid to all Syrians, [[d|underlining that cross-line and]] cross-border operations should complement each other.",
        "They [[e|called on donors to honour]] the pledges made at the Brussels conference and [[f|demanded the immediate lifting of]] unilateral coercive measures that hamper the import of medicines and medical equipment. The guarantors [[k|welcomed the extension by the]] Syrian Government of the authorization for the use of the Bab al-Salam and al-Rai crossings.",
        "Türkiye [[g|informed the participants that it]] would open two additional crossing points for humanitarian convoys when security conditions allow.",
        "The guarantors [[h|expressed concern about the spread]] of cholera in the north-west and in camps for displaced persons.",
        "The participants [[j|agreed to meet again in]] Geneva in March 2025.",
    ],
    [
        "Joint Statement of Iran, Russia and Türkiye following the Fourth Meeting of the Astana Format Humanitarian Task Force (Geneva, 11 April 2025)",
        "Representatives of the guarantor states of the Astana format met in Geneva to review the humanitarian situation in Syria as winter gave way to a difficult spring for millions of displaced people.",
        "The guarantors [[a|could not agree on a]] joint plan for the rehabilitation of water pumping stations in Aleppo, Hama and Deir ez-Zor. Nevertheless, it [[b|was agreed to set up]] a monitoring cell that will meet every two months, as appropriate.",
        "The three states [[c|stressed the need for unimpeded]] delivery of humanitarian aid to all Syrians, [[d|underlining that cross-line and]] cross-border operations must complement each other.",
        "They [[e|called on donors to honour]] the pledges made at the Brussels conference. Russia and Iran [[f|demanded the immediate lifting of]] unilateral coercive measures that hamper the import of medicines and medical equipment.",
        "Türkiye [[g|informed the participants that it]] would open two additional crossing points for humanitarian convoys.",
        "The guarantors [[h|expressed deep concern about the]] spread of cholera in the north-west and in camps for displaced persons, and [[i|confirmed their plans to deliver]] cholera vaccines to the affected districts by the end of May.",
        "The participants [[j|agreed to meet again in]] Ankara in September 2025.",
    ],
    {"a": "softened/negation", "b": "softened/hedge", "c": "softened/urgency",
     "d": "strengthened/modality", "e": "unchanged", "f": "softened/speaker",
     "k": "dropped", "g": "strengthened/condition", "h": "strengthened/booster",
     "j": "reworded/object", "i": "added"},
))

# ---------------------------------------------------------------- en-06
PRE_2019 = ("The Islamic Republic of Iran, the Russian Federation and the Republic "
            "of Turkey as guarantors of the Astana format:")
pairs.append(make_pair(
    "en-06-nur-sultan-to-sochi", "statement",
    [
        "Joint Statement by Iran, Russia and Turkey on the International Meeting on Syria in Nur-Sultan (10–11 December 2019)",
        PRE_2019,
        "1. [[a|Underscored their steadfast adherence to]] the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.",
        "2. [[b|Demanded an end to the]] shelling of residential neighbourhoods in Aleppo and the surrounding countryside. [[f|Expressed their opposition to the]] illegal seizure and transfer of oil revenues that should belong to the Syrian Arab Republic.",
        "3. [[c|Took note of the first]] session of the Constitutional Committee held in Geneva and [[d|called upon the Syrian parties]] to engage constructively in its work without preconditions.",
        "4. [[e|Agreed to take measures to]] ensure the safety of civilians in the Idlib de-escalation area, while continuing to fight terrorist groups designated as such by the UN Security Council.",
        "5. [[j|Welcomed the mutual release of]] detainees and abductees carried out on 22 November 2019 within the Working Group.",
        "6. [[g|Decided to hold the next]] International Meeting on Syria in Nur-Sultan in February 2020.",
    ],
    [
        "Joint Statement by Iran, Russia and Turkey on the International Meeting on Syria in Sochi (16–17 February 2021)",
        PRE_2019,
        "1. [[a|Underscored their steadfast adherence to]] the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.",
        "2. [[b|Called for an end to]] the shelling of residential neighbourhoods in Aleppo and the surrounding countryside.",
        "3. [[c|Welcomed the convening of the]] fifth session of the Constitutional Committee in Geneva and [[d|called upon the members of]] the Committee to engage constructively in its work without preconditions. [[f|Expressed their opposition to the]] illegal seizure and transfer of oil revenues that should belong to the Syrian Arab Republic.",
        "4. [[e|Agreed to take all necessary]] measures to ensure the safety of all civilians in the Idlib de-escalation area, while continuing to fight terrorist groups designated as such by the UN Security Council.",
        "5. [[h|Expressed their deepest condolences to]] the families of the victims of the COVID-19 pandemic in Syria and [[i|stressed the importance of ensuring]] access for all Syrians to vaccines without discrimination.",
        "6. [[g|Decided to hold the next]] International Meeting on Syria in Nur-Sultan as soon as the epidemiological situation permits.",
    ],
    {"a": "unchanged", "b": "softened/act", "f": "unchanged",
     "c": "strengthened/act", "d": "reworded/addressee", "e": "strengthened/scope",
     "j": "dropped", "g": "softened/condition", "h": "added", "i": "added"},
))

# ---------------------------------------------------------------- en-07
pairs.append(make_pair(
    "en-07-agency-report-withdrawal-call", "press",
    [
        "Astana trio [[x1|pledges to step up fight]] against terror in Syria",
        "ASTANA, May 15 (Steppe News Agency) — by Aigerim Dauletova",
        "The guarantor states of the Astana format wrapped up their 22nd round of talks on Syria on Wednesday, issuing a joint statement that diplomats described as cautious but workmanlike.",
        "In the statement, Iran, Russia and Türkiye “[[a|reaffirmed their determination to combat]] terrorism in all its forms” and [[b|called for the withdrawal of]] all illegal foreign forces from Syrian territory.",
        "“The guarantors [[c|agreed to hold the next]] meeting of the working group on detainees before the end of June,” [[x2|the statement said]]. The three countries also [[d|condemned Israeli strikes on Syria]] and [[e|urged the international community to]] increase humanitarian aid, [[x3|according to the text released]] by the Kazakh Foreign Ministry.",
        "Kazakh Foreign Minister Nurlan Sadykov told reporters his country was happy to keep hosting the talks. “We [[x4|have decided to offer Astana]] as a permanent venue, and we will do everything to make the next round a success,” he said.",
        "The office of the UN special envoy, which sent a deputy to the meeting, said it [[x5|would convene the Constitutional Committee]] once the Syrian sides agreed on a new venue.",
        "Read also: Türkiye [[x6|vows to secure its southern border]]",
        "The guarantors [[g|decided to hold the 23rd]] round in Astana in the second half of the year, [[x7|the statement added]].",
    ],
    [
        "Astana guarantors [[x8|urge calm in Idlib]], drop troop withdrawal call",
        "ASTANA, October 30 (Steppe News Agency) — by Aigerim Dauletova",
        "The guarantor states of the Astana format ended their 23rd round of talks on Syria on Wednesday with a statement that was noticeably softer in tone than the one they issued in May.",
        "Iran, Russia and Türkiye once again “[[a|reaffirmed their determination to combat]] terrorism in all its forms”, but [[b|did not repeat their call]] for the withdrawal of illegal foreign forces from Syrian territory.",
        "“The guarantors [[c|agreed to hold the next]] meeting of the working group on detainees when the necessary conditions are in place,” [[x9|the joint statement said]]. The three countries also [[d|expressed concern over Israeli strikes]] on Syria and [[e|urged the international community to]] increase humanitarian aid, including for early recovery projects, [[x10|according to a copy seen]] by this agency.",
        "In a separate passage, the guarantors [[f|called on all sides in]] Idlib to observe the ceasefire strictly.",
        "The Kazakh Foreign Ministry said it would welcome the delegations again. Astana “[[x11|remains committed to hosting the]] talks for as long as the parties need”, [[x12|as the ministry noted]] in a separate release. The head of the Syrian government delegation, Samer Khalil, said Damascus “[[x13|will never accept any form]] of occupation”.",
        "Read also: UN envoy [[x14|pledges to revive constitutional talks]]",
        "The guarantors [[g|decided to hold the 24th]] round in Astana in the first quarter of 2025, [[x7|the statement added]].",
    ],
    {"a": "unchanged", "b": "softened/negation", "c": "softened/condition",
     "d": "softened/act", "e": "strengthened/scope", "g": "reworded/object",
     "f": "added"},
))

# ---------------------------------------------------------------- en-08
pairs.append(make_pair(
    "en-08-levant-desk-speaker", "press",
    [
        "Guarantors call Idlib calm ‘fragile’, [[x1|promise more aid]]",
        "By Leyla Karimova | Levant Desk | Astana, 16 June 2022",
        "Delegations from Russia, Iran and Turkey closed the 18th round of Astana talks on Thursday. The joint statement they released — their first since March — ran to seventeen points, most of them familiar.",
        "The three countries “[[a|agreed to continue meetings in]] the Astana format,” [[x2|the document reads]], and “[[b|expressed serious concern about the]] increased presence and activity of terrorist groups” in the Idlib de-escalation area.",
        "They [[c|called on the international community]] to increase humanitarian assistance to Syria, [[x3|the statement added]]. “The guarantors [[d|will step up efforts to]] facilitate the safe and voluntary return of refugees,” it said.",
        "“We [[x4|will spare no effort to]] reconvene the Constitutional Committee,” a spokesperson for the UN special envoy said in Geneva on the same day.",
        "In a passage that echoed earlier rounds, the guarantors [[e|condemned attacks on civilian infrastructure]], including power stations, [[x5|the statement noted]]. Some analysts had expected the trio [[x6|to demand the reopening of]] the Bab al-Hawa crossing, but no such language appeared.",
        "Read also: Ankara [[x7|pledges to keep border crossings]] open",
        "The next round [[f|will be held in Astana]] in the second half of the year, [[x8|according to the statement]].",
    ],
    [
        "Astana talks: guarantors [[x9|demand end to strikes]] on Syrian infrastructure",
        "By Leyla Karimova | Levant Desk | Astana, 23 November 2022",
        "The 19th round of Astana talks ended on Wednesday with a joint statement by Russia, Iran and Turkey that was shorter than June's, though it kept most of the core language.",
        "The three countries “[[a|agreed to continue meetings in]] the Astana format,” [[x2|the document reads]], and “[[b|expressed serious concern about the]] increased presence and activity of terrorist groups” in the Idlib de-escalation area.",
        "In a separate passage, Turkey [[c|called on the international community]] to increase humanitarian assistance to Syria. “The guarantors [[d|could step up efforts to]] facilitate the safe and voluntary return of refugees,” [[x10|the text said]].",
        "Kazakhstan’s Deputy Foreign Minister Kanat Rakhimov said his government “[[x11|has decided to expand the]] facilities” available to the delegations.",
        "The guarantors [[e|condemned in the strongest terms]] attacks on civilian infrastructure, including power stations, [[x5|the statement noted]]. They also [[g|urged the immediate resumption of]] the Constitutional Committee’s work in Geneva, which has been stalled since June.",
        "Read also: Damascus [[x12|vows to retake north-western towns]]",
        "The 20th round [[f|will be held in Astana]] in the first half of 2023, [[x8|according to the statement]].",
    ],
    {"a": "unchanged", "b": "unchanged", "c": "softened/speaker",
     "d": "softened/modality", "e": "strengthened/booster", "f": "reworded/object",
     "g": "added"},
))

# ---------------------------------------------------------------- en-09
pairs.append(make_pair(
    "en-09-caspian-herald-nur-sultan", "press",
    [
        "Nur-Sultan talks on Syria close with [[x1|call for more cross-line aid]]",
        "NUR-SULTAN, 8 July 2021 — Caspian Herald staff report",
        "Russia, Iran and Turkey wrapped up the 16th round of Astana-format talks in the Kazakh capital on Thursday, the first to be held in person since the start of the pandemic.",
        "According to the joint statement, it [[a|was agreed to hold the]] next meeting of the working group on detainees in September, and the guarantors [[b|stressed the need to intensify]] cross-line humanitarian deliveries, where possible, to all parts of Syria. They also [[i|welcomed the extension of the]] UN cross-border mechanism for another six months.",
        "“The guarantors [[c|are ready to assist the]] Syrian parties in preparing the sixth session of the Constitutional Committee, provided that the parties show the necessary flexibility,” [[x2|the statement said]].",
        "Kazakh Foreign Minister Yerlan Abenov told journalists after the closing session: “We [[x3|have decided to host the]] talks for as long as our partners consider it useful.”",
        "The guarantors also [[d|condemned terrorist attacks in Syria]], including those against civilian infrastructure, [[x4|the text read]]. Separately, they [[e|reaffirmed their rejection of all]] attempts to create new realities on the ground.",
        "Read also: Damascus [[x5|pledges amnesty for returning conscripts]]",
        "The guarantors [[f|agreed to convene the 17th]] International Meeting on Syria in Nur-Sultan before the end of 2021.",
    ],
    [
        "Astana guarantors [[x6|vow to block ‘separatist agendas’]] in Syria",
        "NUR-SULTAN, 22 December 2021 — Caspian Herald staff report",
        "The 17th round of talks on Syria in the Astana format closed on Wednesday after two days of meetings overshadowed, according to diplomats present, by differences over the situation in the north-east.",
        "According to the joint statement, it [[a|was agreed to hold the]] next meeting of the working group on detainees in February, and the guarantors [[b|stressed the need to intensify]] cross-line humanitarian deliveries to all parts of Syria. They [[h|expressed grave concern over the]] spread of COVID-19 in camps for displaced persons.",
        "“The guarantors [[c|are ready to assist the]] Syrian parties in preparing the seventh session of the Constitutional Committee,” [[x2|the statement said]]. Western diplomats in the city said the trio [[x7|had been expected to announce]] a new ceasefire mechanism for Idlib.",
        "A spokeswoman for the UN special envoy said his office [[x8|will continue to engage with]] all Syrian stakeholders. “Kazakhstan [[x9|has decided to keep Nur-Sultan]] available as a venue,” the Kazakh Foreign Ministry said in a statement.",
        "The guarantors also [[d|condemned terrorist attacks in Syria]], including those against civilian infrastructure, and [[e|reaffirmed their rejection of all]] attempts to create new realities on the ground, [[x4|the text read]].",
        "Read also: Tehran [[x10|urges Gulf neighbours to reopen]] embassies in Damascus",
        "The guarantors [[f|agreed to convene the 18th]] International Meeting on Syria in Nur-Sultan in the first half of 2022.",
    ],
    {"a": "reworded/object", "b": "strengthened/hedge", "i": "dropped",
     "c": "strengthened/condition", "d": "unchanged", "e": "unchanged",
     "f": "reworded/object", "h": "added"},
))

# ---------------------------------------------------------------- en-10
pairs.append(make_pair(
    "en-10-cosmetic-astana-renaming", "cosmetic",
    [
        "Joint Statement by Iran, Russia and Turkey on the International Meeting on Syria in Nur-Sultan, 21-22 December 2021",
        PRE_2019,
        "1. [[a|Reaffirmed their commitment to the]] sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic, and [[b|stressed that these principles should]] be universally respected.",
        "2. [[c|Rejected all attempts to create]] new 'realities on the ground', including illegitimate self-rule initiatives under the pretext of combating terrorism, and [[d|expressed their determination to stand]] against separatist agendas.",
        "3. [[e|Condemned the activities of Da'esh]], Hayat Tahrir al-Sham and other terrorist groups in Syria, as well as attacks against civilians - including in Afrin and Ras al-Ain.",
        "4. [[f|Emphasized the need to facilitate]] the safe, dignified and voluntary return of refugees and internally displaced persons, and [[g|called upon the international community]] to increase its assistance to all Syrians without discrimination, politicisation and preconditions.",
        "5. [[h|Reaffirmed their conviction that there]] can be no military solution to the Syrian conflict and that it can only be resolved through a Syrian-led and Syrian-owned, UN-facilitated political process in line with UNSC resolution 2254.",
        "6. [[i|Decided to hold the next]] International Meeting on Syria in Nur-Sultan in the first half of 2022.",
    ],
    [
        "Joint Statement by Iran, Russia and Türkiye on the International Meeting on Syria in Astana, 21–22 December 2021",
        PRE_2019.replace("Turkey", "Türkiye"),
        "1. [[a|Reaffirmed their commitment to the]] sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and [[b|stressed that these principles should]] be universally respected.",
        "2. [[c|Rejected all attempts to create]] new ‘realities on the ground’, including illegitimate self-rule initiatives under the pretext of combating terrorism, and [[d|expressed their determination to stand]] against separatist agendas.",
        "3. [[e|Condemned the activities of Daesh]], Hayat Tahrir al-Sham and other terrorist groups in Syria, as well as attacks against civilians – including in Afrin and Ras al-Ain.",
        "4. [[f|Emphasized the need to facilitate]] the safe, dignified and voluntary return of refugees and internally displaced persons, and [[g|called upon the international community]] to increase its assistance to all Syrians without discrimination, politicization, and preconditions.",
        "5. [[h|Reaffirmed their conviction that there]] can be no military solution to the Syrian conflict and that it can only be resolved through a Syrian-led and Syrian-owned, UN-facilitated political process in line with UNSC Resolution 2254.",
        "6. [[i|Decided to hold the next]] International Meeting on Syria in Astana in the first half of 2022.",
    ],
    {k: "unchanged" for k in "abcdefghi"},
))

write(os.path.join(HERE, "en.json"), pairs)
