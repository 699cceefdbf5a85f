# English pairs. Marks: [[ID|snippet]] = commitment, [[n|snippet]] = not a commitment.
# See build.py for the format of the kinds string.

PAIRS = []


def P(name, style, old, new, kinds):
    PAIRS.append((name, style, old, new, kinds))


# ---------------------------------------------------------------- en-01
P("en-01-astana-24-25-return-and-detainees", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 24th International Meeting on Syria in the Astana Format

Astana, 11–12 March 2025

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Reaffirmed their steadfast commitment to the]] sovereignty, independence, unity and territorial integrity of the
Syrian Arab Republic and [[2|underlined that these principles must]] be respected by all without exception.

2. [[3|Reiterated their firm rejection of all]] attempts to create new realities on the ground under the pretext of combating terrorism,
including illegitimate self-rule initiatives, and [[4|voiced their determination to stand against]] separatist agendas
aimed at undermining the unity of Syria and threatening the national security of neighbouring countries.

3. [[5|Condemned the continued military attacks by]] Israel against Syrian territory, which violate international law
and the sovereignty of Syria, and [[6|demanded that such attacks cease]] immediately.

4. [[7|Called for the immediate release of]] all detainees and abductees held in connection with the conflict and
[[8|agreed to continue the work of]] the Working Group on the release of detainees/abductees, handover of bodies and
identification of missing persons, which remains a unique mechanism of confidence-building between the Syrian parties.

5. [[9|Stressed the need to facilitate the]] safe, dignified and voluntary return of refugees and internally displaced
persons to their places of origin in Syria. [[10|Called upon the international community to]] increase its contribution
to early recovery projects, including the restoration of water and electricity infrastructure, without politicisation
or preconditions.

6. [[11|Reaffirmed their conviction that there]] can be no military solution to the Syrian conflict and
[[12|expressed their readiness to support]] the work of the Constitutional Committee in Geneva,
[[13|urging its members to resume]] their sessions without further delay.

7. [[14|Decided to meet again in Astana]] in the second half of 2025.

8. [[15|Expressed their sincere gratitude to the]] authorities of the Republic of Kazakhstan for hosting the meeting.
""", """
Joint Statement by Iran, Russia and Türkiye on the 25th International Meeting on Syria in the Astana Format

Astana, 2–3 September 2025

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Reaffirmed their steadfast commitment to the]] sovereignty, independence, unity and territorial integrity of the
Syrian Arab Republic and [[2|underlined that these principles must]] be respected by all without exception.

2. [[3|Reiterated their rejection of all]] attempts to create new realities on the ground under the pretext of combating terrorism,
including illegitimate self-rule initiatives, and [[4|voiced their determination to stand against]] separatist agendas
aimed at undermining the unity of Syria and threatening the national security of neighbouring countries.

3. [[5|Condemned the continued military attacks by]] Israel against Syrian territory, which violate international law
and the sovereignty of Syria, and [[6|called for such attacks to]] cease immediately.

4. [[7|Called for the release of]] all detainees and abductees held in connection with the conflict at the earliest
possible date and [[8|agreed to continue and intensify the]] work of the Working Group on the release of
detainees/abductees, handover of bodies and identification of missing persons, which remains a unique mechanism of
confidence-building between the Syrian parties.

5. [[9|Stressed the need, as soon as]] conditions on the ground permit, to facilitate the safe, dignified and voluntary
return of refugees and internally displaced persons to their places of origin in Syria.
[[10|Called upon the United Nations and]] its specialised agencies to increase their contribution to early recovery
projects, including the restoration of water and electricity infrastructure, without politicisation or preconditions.

6. [[11|Reaffirmed their conviction that there]] can be no military solution to the Syrian conflict and
[[12|expressed their readiness to support]] the work of the Constitutional Committee in Geneva,
[[13|urging its members to resume]] their sessions without further delay.

7. [[16|Welcomed the handover of bodies]] carried out in July 2025 under the auspices of the Working Group and
[[17|encouraged the Syrian parties to build]] on this step.

8. [[14|Decided to meet again in Tehran]] in the first half of 2026.

9. [[15|Expressed their sincere gratitude to the]] authorities of the Republic of Kazakhstan for hosting the meeting.
""", "1u 2u 3s:boost 4u 5u 6s:act 7s:urg 8t:scope 9s:cond 10r:addr 11u 12u 13u 14r:obj 15u 16a 17a")


# ---------------------------------------------------------------- en-02
P("en-02-ministers-coordination-and-sanctions", "statement", """
Joint Statement of the Foreign Ministers of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye on Syria

Tehran, 20 June 2024

The Foreign Ministers of the guarantor states of the Astana format met in Tehran to review developments in and around
Syria since their previous consultations in Geneva.

The Ministers [[1|agreed to continue and expand their]] trilateral coordination in the Astana format and
[[2|will hold regular consultations at]] all levels, including between their deputy ministers and special envoys, in
order to keep the situation on the ground under constant review.

[[3|Underlining that the calm in]] the Idlib de-escalation area must be preserved, the Ministers
[[4|agreed to take all necessary steps]] to implement fully the existing arrangements on the area and
[[5|rejected any attempts to use]] it as a springboard for provocations against the civilian population.

They [[6|expressed serious concern at the]] humanitarian situation in all parts of Syria and
[[7|called for rapid, safe and unhindered]] humanitarian access throughout the country in accordance with international
humanitarian law, [[8|stressing that humanitarian assistance must]] be provided to all Syrians without discrimination,
politicisation and preconditions.

The Ministers [[9|called for the lifting of all]] unilateral sanctions, which contradict international law and hinder
the recovery of the Syrian economy, and [[10|urged the international community to support]] early recovery projects in
Syria, including in the fields of healthcare, education, demining and electricity supply.

They [[11|reaffirmed their determination to continue]] working together to combat terrorism in all its forms and
manifestations and [[12|condemned the rising terrorist activity]] of groups affiliated with ISIL in the central desert
and in the east of the country.

The Ministers [[13|declared their readiness to convene]] a trilateral summit of the Presidents of the guarantor states
at the earliest opportunity, and [[14|will meet again in Moscow]] before the end of 2024.
""", """
Joint Statement of the Foreign Ministers of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye on Syria

Moscow, 14 February 2025

The Foreign Ministers of the guarantor states of the Astana format met in Moscow to review developments in and around
Syria since their previous consultations in Tehran.

The Ministers [[1|agreed to continue their trilateral coordination]] in the Astana format. They
[[2|may hold regular consultations at]] all levels, including between their deputy ministers and special envoys, in
order to keep the situation on the ground under constant review.

[[3|Underlining that the calm in]] the Idlib de-escalation area must be preserved, the Ministers
[[4|agreed to take the necessary steps]] to implement fully the existing arrangements on the area and
[[5|rejected any attempts to use]] it as a springboard for provocations against the civilian population.

They [[6|expressed concern at the humanitarian]] situation in all parts of Syria and
[[7|called for rapid, safe and unhindered]] humanitarian access throughout the country in accordance with international
humanitarian law, [[8|stressing that humanitarian assistance must, wherever possible]], be provided to all Syrians
without discrimination, politicisation and preconditions.

The Ministers [[9|called for the lifting of all]] unilateral sanctions, which contradict international law and hinder
the recovery of the Syrian economy, and [[10|urged the international community to support]] early recovery projects in
Syria.

They [[11|reaffirmed their determination to continue]] working together to combat terrorism in all its forms and
manifestations and [[12|condemned with the utmost firmness the]] rising terrorist activity of groups affiliated with ISIL in the
central desert and in the east of the country.

The Ministers [[13|could consider convening a trilateral]] summit of the Presidents of the guarantor states at the
earliest opportunity. They [[14|have not yet agreed on the]] date and venue of their next meeting, which
[[15|will be set through diplomatic channels]].
""", "1s:scope 2s:mod 3u 4s:scope 5u 6s:boost 7u 8s:hedge 9u 10s:scope 11u 12t:boost 13s:mod 14s:neg 15a")


# ---------------------------------------------------------------- en-03
P("en-03-astana-22-23-acts-and-nominals", "statement", """
Joint Statement of the Astana Guarantors on the Outcome of the 22nd International Meeting on Syria

Astana, 24–25 January 2024

The delegations of Iran, Russia and Türkiye, in their capacity as guarantors of the Astana format, held consultations
with the delegations of the Syrian Government and the Syrian opposition, with observers from Jordan, Iraq and Lebanon,
and with representatives of the United Nations and the ICRC. Following the consultations, the guarantors:

[[1|Welcomed the convening of the ninth]] session of the drafting body of the Constitutional Committee in Geneva and
[[2|encouraged the Syrian parties to engage]] in it constructively, without foreign interference and in a spirit of
compromise.

[[3|Expressed concern over the increase]] in the number of ceasefire violations along the contact line in north-eastern
Syria, and [[4|condemned the destruction of civilian]] infrastructure, including hospitals, schools and water pumping
stations, in the areas affected.

[[5|Underscored the need to ensure, subject to]] the consent of the Syrian Government, the unhindered delivery of
humanitarian aid to all Syrians throughout the country, and [[6|called for an increase in]] assistance through early
recovery projects.

It [[7|was agreed to convene the]] Working Group on the release of detainees/abductees at the level of experts before the
next International Meeting, with [[8|concern expressed at the slow]] pace of identification of missing persons.

[[9|Confirmed their plans to hold a]] high-level meeting of the guarantor states on the margins of the United Nations
General Assembly in September 2024.

[[10|Called for the reopening of]] the M4 highway between Saraqib and Latakia to civilian and commercial traffic.

[[11|Noted the importance of the]] activities of the ICRC in Syria and [[12|demanded that all parties grant]] it access to
places of detention.

[[13|Decided to hold the 23rd]] International Meeting on Syria in the Astana format in June 2024.
""", """
Joint Statement of the Astana Guarantors on the Outcome of the 23rd International Meeting on Syria

Astana, 20–21 June 2024

The delegations of Iran, Russia and Türkiye, in their capacity as guarantors of the Astana format, held consultations
with the delegations of the Syrian Government and the Syrian opposition, with observers from Jordan, Iraq and Lebanon,
and with representatives of the United Nations and the ICRC. Following the consultations, the guarantors:

[[1|Took note of the convening of the]] tenth session of the drafting body of the Constitutional Committee in Geneva and
[[2|encouraged the Syrian parties to engage]] in it constructively, without foreign interference and in a spirit of
compromise.

[[3|Condemned the increase in the]] number of ceasefire violations along the contact line in north-eastern Syria, and
[[4|expressed concern over the destruction of]] civilian infrastructure, including hospitals, schools and water pumping
stations, in the areas affected.

[[5|Underscored the need to ensure the]] unhindered delivery of humanitarian aid to all Syrians throughout the country,
and [[6|called for an increase in]] assistance through early recovery projects.

The guarantors [[7|reached an agreement to convene the]] Working Group on the release of detainees/abductees at the
level of experts before the next International Meeting, with [[8|concern expressed at the slow]] pace of identification
of missing persons.

[[9|Expressed the hope to hold a]] high-level meeting of the guarantor states on the margins of the United Nations
General Assembly in September 2024.

[[10|Called for the reopening, once the]] security situation allows, of the M4 highway between Saraqib and Latakia to
civilian and commercial traffic.

[[11|Noted the importance of the]] activities of the ICRC in Syria and [[12|demanded that all parties immediately grant]]
it access to places of detention.

[[13|Decided to hold the 24th]] International Meeting on Syria in the Astana format in November 2024.
""", "1s:act 2u 3t:act 4s:act 5t:cond 6u 7r:act 8u 9s:act 10s:cond 11u 12t:urg 13r:obj")


# ---------------------------------------------------------------- en-04
P("en-04-astana-21-22-speaker-and-moves", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 21st International Meeting on Syria in Astana Format

Astana, 23–24 November 2023

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Discussed in detail the situation]] in the Syrian Arab Republic and [[2|reaffirmed their determination to continue]]
trilateral interaction in the Astana format, which remains an effective tool for a sustainable settlement of the Syrian
crisis.

2. [[3|Condemned in the strongest terms the]] drone attack on the Military Academy in Homs on 5 October 2023, which
claimed the lives of dozens of civilians, and [[4|called for the perpetrators to]] be brought to justice.

3. [[5|Rejected all attempts to create new]] realities on the ground, including illegitimate self-rule initiatives under
the pretext of combating terrorism. [[6|Expressed their opposition to the illegal]] seizure and transfer of oil revenues
that should belong to Syria.

4. [[7|Reviewed the situation in the]] Idlib de-escalation area in detail and [[8|agreed to make further efforts]] to
ensure sustainable normalization of the situation in and around the area, including the humanitarian situation.

5. The Russian side [[9|expressed its readiness to organize]] a trilateral expert meeting on humanitarian demining in
Moscow.

6. [[10|Highlighted the importance of the]] Working Group on the release of detainees/abductees and
[[11|welcomed the simultaneous release operation]] conducted in October 2023.

7. [[12|Called upon the international community, the]] United Nations and its humanitarian agencies to step up
assistance to all Syrians throughout the country.

8. [[13|Agreed to hold the next]] International Meeting on Syria in the Astana format in the first half of 2024.
""", """
Joint Statement by Iran, Russia and Türkiye on the 22nd International Meeting on Syria in Astana Format

Astana, 24–25 January 2024

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Discussed in detail the situation]] in the Syrian Arab Republic and
[[2|reaffirmed their determination to continue and deepen]] trilateral interaction in the Astana format, which remains
an effective tool for a sustainable settlement of the Syrian crisis.

2. [[4|Called for the perpetrators to]] be brought to justice for the drone attack on the Military Academy in Homs on
5 October 2023, which claimed the lives of dozens of civilians. Türkiye, for its part,
[[3|condemned in the strongest terms]] the attack on the Military Academy.

3. [[5|Rejected all attempts to create new]] realities on the ground, including illegitimate self-rule initiatives under
the pretext of combating terrorism, and [[6|expressed their opposition to the illegal]] seizure and transfer of oil
revenues that should belong to Syria.

4. [[7|Reviewed the situation in the]] Idlib de-escalation area in detail and [[8|agreed to make further efforts]] to
ensure sustainable normalization of the situation in and around the area, including the humanitarian situation.

5. [[9|Expressed their readiness to organize]] a trilateral expert meeting on humanitarian demining in one of the
guarantor states in the spring of 2024.

6. [[10|Highlighted the importance of the]] Working Group on the release of detainees/abductees and
[[11|welcomed with great satisfaction the simultaneous]] release operation conducted in October 2023. The Iranian side
[[14|announced its intention to send]] a humanitarian convoy to Aleppo in the coming weeks.

7. [[13|Agreed to hold the 22nd]] International Meeting on Syria in Astana in June 2024.
""", "1u 2t:scope 3s:spk 4u 5u 6u 7u 8u 9t:spk 10u 11t:boost 12d 13r:obj 14a")


# ---------------------------------------------------------------- en-05
P("en-05-astana-19-20-firmer-wording", "statement", """
Joint Statement by Iran, Russia and Türkiye following the 19th International Meeting on Syria in the Astana Format

Astana, 22–23 November 2022

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Expressed concern about the growing]] presence and activity of terrorist groups and their affiliates in various
parts of Syria, and [[2|agreed that additional measures could]] be considered to counter them in close coordination.

2. [[3|Called for the delivery, in due course]], of humanitarian aid to all Syrians throughout the country, without
discrimination, politicization and preconditions, and [[12|took note of the efforts of]] the United Nations to
expand cross-line deliveries.

3. [[4|Stressed the importance of supporting, where possible]], early recovery projects in Syria and
[[5|called for the removal of obstacles]] to the reconstruction of basic infrastructure.

4. [[6|Agreed, provided that the Syrian parties]] remain engaged, to continue the work of the Working Group on the
release of detainees/abductees, handover of bodies and identification of missing persons.

5. [[7|Encouraged the Syrian parties to re-engage]] in the work of the Constitutional Committee with a view to achieving
tangible results.

6. [[8|Condemned the continuing Israeli strikes on]] Syrian territory, including on civilian infrastructure, and
[[9|called on the international community to]] take action to stop these violations of international law.

7. [[10|Agreed to hold the 20th]] International Meeting on Syria in Astana in the first half of 2023.

8. [[11|Expressed their gratitude to the]] leadership of Kazakhstan for hosting the meeting in Astana.
""", """
Joint Statement by Iran, Russia and Türkiye following the 20th International Meeting on Syria in the Astana Format

Astana, 20–21 June 2023

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Expressed deep concern about the growing]] presence and activity of terrorist groups and their affiliates in
various parts of Syria, and [[2|agreed that additional measures will]] be taken to counter them in close coordination.

2. [[3|Called for the delivery, without delay]], of humanitarian aid to all Syrians throughout the country, without
discrimination, politicization and preconditions.

3. [[4|Stressed the importance of supporting early]] recovery projects in Syria and
[[5|called for the removal of obstacles]] to the reconstruction of basic infrastructure, including the lifting of
unilateral sanctions.

4. [[6|Agreed to continue the work of]] the Working Group on the release of detainees/abductees, handover of bodies and
identification of missing persons.

5. [[7|Urged the Syrian parties to re-engage]] in the work of the Constitutional Committee with a view to achieving
tangible results.

6. [[8|Condemned the continuing Israeli strikes on]] Syrian territory, including on civilian infrastructure, and
[[9|called on the UN Security Council]] to take action to stop these violations of international law.

7. [[13|Decided to establish a trilateral]] consultative mechanism on the return of refugees, to meet at the level of
experts every three months.

8. [[10|Agreed to hold the 21st]] International Meeting on Syria in Astana in the second half of 2023.

9. [[11|Expressed their gratitude to the]] leadership of Kazakhstan for hosting the meeting in Astana.
""", "1t:boost 2t:mod 3t:urg 4t:hedge 5t:scope 6t:cond 7t:act 8u 9r:addr 10r:obj 11u 12d 13a")


# ---------------------------------------------------------------- en-06
P("en-06-caspian-wire-idlib-and-detainees", "press", """
[[n|Astana guarantors vow to keep Idlib truce]], [[n|press for prisoner releases]]

By Marat Zhunusov, Caspian Wire

ASTANA, 12 March — Iran, Russia and Türkiye [[n|pledged on Wednesday to preserve]] the fragile calm in north-western
Syria as the 24th round of Astana-format talks ended in the Kazakh capital with [[n|a call to free detainees]] held by
all sides.

[[n|In a joint statement issued]] after the closing plenary, the three guarantors
"[[1|reaffirmed their commitment to the sovereignty]], independence, unity and territorial integrity" of Syria and
"[[2|agreed to take further steps]] to ensure lasting calm in the Idlib de-escalation area".

"[[n|We have decided to offer]] Astana as a standing venue for these talks for as long as the parties need it," Kazakh
Foreign Minister Yerlan Abdikarimov told reporters after the session.

The guarantors "[[3|called for the immediate release of]] all detainees and abductees", [[n|the statement said]], and
"[[4|stressed the need to facilitate]] the safe and voluntary return of refugees and internally displaced persons".

The office of the UN Special Envoy for Syria [[n|welcomed the outcome in a brief]] note, saying it
"[[n|stands ready to support any]] step that reduces violence and builds confidence".

[[n|Read also: Türkiye pledges to reopen]] Kilis border crossing for trade

[[n|According to the statement]], the guarantors also "[[5|condemned all violations of the ceasefire]]" and
"[[6|decided to convene in Astana]] for the next round in the second half of the year". The document further
"[[7|called upon the international community to]] step up early recovery assistance", a line carried over from previous
rounds.

Russia's chief negotiator, Andrei Kolesov, told reporters that Moscow [[n|would push for the lifting]] of Western
sanctions at the next round, a point on which, diplomats said, the three delegations had argued until late on Tuesday.
""", """
[[n|Astana trio promises lasting Idlib calm]], [[n|eyes Tehran for next talks]]

By Marat Zhunusov, Caspian Wire

ASTANA, 3 September — Iran, Russia and Türkiye [[n|promised on Wednesday to work]] for a lasting ceasefire in
north-western Syria as the 25th round of Astana-format talks closed in the Kazakh capital, with the next round expected
in Tehran.

[[n|In a joint statement issued]] after the closing plenary, the three guarantors
"[[1|reaffirmed their commitment to the sovereignty]], independence, unity and territorial integrity" of Syria and
"[[2|agreed to consider further steps]] to ensure lasting calm in the Idlib de-escalation area".

"[[n|We have agreed to host]] a technical meeting on demining next spring, and the date will be announced soon," Kazakh
Deputy Foreign Minister Aliya Temirbekova said.

The guarantors "[[3|called for the release of all]] detainees and abductees as soon as possible",
[[n|the statement said]], and "[[4|stressed the need, when circumstances allow]], to facilitate the safe and voluntary
return of refugees and internally displaced persons".

The office of the UN Special Envoy for Syria said it "[[n|remains ready to assist the]] parties in implementing what they
agree" and [[n|urged all sides to build]] on the round's outcome.

[[n|Read also: Iran offers to host]] next Astana round in Tehran

[[n|According to the statement]], the guarantors also "[[5|condemned unequivocally all violations of the]] ceasefire"
and "[[6|decided to convene in Tehran]] for the next round in the first half of 2026". They further
"[[8|welcomed the resumption of flights]] between Damascus and Gaziantep", a step Turkish officials had been hinting at
for weeks.

Iran's chief negotiator, Hamid Rezaei, told reporters that Tehran [[n|is determined to host a]] productive round and
[[n|would invite the UN envoy]] to attend.
""", "1u 2s:mod 3s:urg 4s:cond 5t:boost 6r:obj 7d 8a")


# ---------------------------------------------------------------- en-07
P("en-07-levant-daily-strikes-and-ankara", "press", """
[[n|Guarantors demand end to Israeli]] strikes as Astana talks close

By Selin Aksoy | Levant Daily

ASTANA, Nov 24 (Levant Daily) - The three guarantor states of the Astana process wrapped up their 21st round of Syria
talks on Friday with a sharp rebuke of Israeli air strikes, [[n|vowing to keep up pressure]] for more humanitarian aid.

"The guarantors [[1|demand that Israel immediately cease]] its attacks on Syrian territory, which constitute a flagrant
violation of international law," [[n|the joint statement read]].

The three countries also "[[2|call upon the international community to]] increase humanitarian assistance to Syria,
including through early recovery projects", [[n|according to the closing document]].

The guarantors "[[6|condemn the terrorist attack in Ankara]] on 1 October", [[n|the document added]], and
"[[3|reject all attempts to create]] new realities on the ground".

Kazakhstan's Foreign Ministry, which hosted the round, said in a statement on its website that it
[[n|is ready to continue providing]] a platform for the talks. The format remains "the only functioning mechanism" on
Syria, [[n|as the ministry noted]].

A spokesperson for the office of the UN Special Envoy said the envoy [[n|would brief the Security Council]] on the outcome
later this month.

[[n|The closing document states that]] the guarantors "[[4|will continue to cooperate in]] combating terrorism in all
its forms and manifestations", "[[8|stand ready to facilitate the]] work of the Constitutional Committee" and
"[[5|agreed to reconvene in early 2024]]".

Russia's envoy Viktor Ganin told reporters: "[[n|We will insist on the]] withdrawal of all illegal foreign forces from
Syria."

[[n|Read also: Iran calls for lifting]] of sanctions on Damascus
""", """
[[n|Astana guarantors urge Israel to halt]] strikes, [[n|set autumn date]]

By Selin Aksoy | Levant Daily

ASTANA, Jan 25 (Levant Daily) - The three guarantor states of the Astana process closed their 22nd round of Syria talks
on Thursday with a fresh appeal over Israeli air strikes, [[n|promising to press ahead]] with prisoner exchanges.

"The guarantors [[1|call on Israel to immediately cease]] its attacks on Syrian territory, which constitute a flagrant
violation of international law," [[n|the joint statement read]].

The guarantors "[[3|reject all attempts to create]] new realities on the ground", [[n|the document added]].

Türkiye separately "[[6|condemned the terrorist attack in Ankara]] on 1 October", [[n|the statement noted]] — a line
that in November [[n|had been endorsed by all three]] guarantors.

Kazakhstan's Foreign Ministry said in a statement on its website that "[[n|we have decided to keep]] Astana open as the
venue for as long as the guarantors wish".

The office of the UN Special Envoy said in a note that it "[[n|looks forward to working with]] the guarantors" on the
detainee files.

[[n|The closing document states that]] the guarantors "[[4|could continue to cooperate in]] combating terrorism in all
its forms and manifestations", "[[7|welcome the decision to reopen]] the Abu al-Zuhur crossing" and
"[[5|agreed to reconvene in the autumn]]".

The three countries also "[[2|call upon the international community to]] increase humanitarian assistance to Syria,
including through early recovery projects", [[n|according to the closing document]].

Iran's delegation head, Mohsen Farahani, said: "[[n|We have agreed with our partners]] to prepare a new exchange of
detainees before the spring."

[[n|Read also: Russia ready to mediate]] between Ankara and Damascus
""", "1s:act 2u 3u 4s:mod 5r:obj 6s:spk 7a 8d")


# ---------------------------------------------------------------- en-08
P("en-08-bosphorus-review-aid-and-water", "press", """
[[n|Guarantors agree to step up]] aid push as Astana round ends

Bosphorus Review — diplomatic correspondent Kerem Yalçınkaya

NUR-SULTAN, 16 June — Iran, Russia and Türkiye wrapped up the 18th round of Astana-format consultations on Syria on
Thursday, [[n|committing themselves to a new]] push on humanitarian access that diplomats described as modest.

In their final statement, the guarantors "[[1|called, when security conditions allow, for]] humanitarian assistance to
be scaled up across all of Syria" and "[[2|stressed the importance of early]] recovery projects".

[[n|The statement said]] "it [[3|was agreed to convene in due course]] a meeting of the Working Group on detainees in
Ankara".

Kazakh Foreign Minister Serik Baimukhanov said at the closing press conference: "[[n|We have decided to propose]] that
the next round also be held here."

Türkiye, [[n|according to the document]], "[[4|reaffirmed its readiness to contribute]] to the rehabilitation of the
Allouk water station".

Kazakhstan's Foreign Ministry said in a readout that the host country [[n|will continue to support]] the process,
[[n|as the ministry noted]], "for as long as it is needed".

The guarantors "[[5|expressed concern over the situation]] in north-eastern Syria" and
"[[6|called upon the UN Security Council]] to address the illegal seizure of Syrian oil revenues",
[[n|according to the statement]].

[[n|Read also: Ankara vows to respond]] to attacks from Tal Rifaat

The guarantors said they "[[7|will meet again before the end]] of the year".
""", """
[[n|Astana partners pledge more aid]] as talks return to renamed capital

Bosphorus Review — diplomatic correspondent Kerem Yalçınkaya

ASTANA, 23 November — Iran, Russia and Türkiye ended the 19th round of Astana-format consultations on Syria on Wednesday,
the first held since the Kazakh capital regained its old name, [[n|promising a broader humanitarian effort]] that
diplomats described as overdue.

In their final statement, the guarantors "[[1|called for humanitarian assistance to be]] scaled up across all of Syria"
and "[[2|stressed the importance of early]] recovery projects, including in the water and electricity sectors".

[[n|The statement said]] "it [[3|was agreed to convene without delay]] a meeting of the Working Group on detainees in
Ankara".

"[[n|We have offered to organize]] a separate expert session on demining," Kazakh Foreign Minister Serik Baimukhanov said
at the closing press conference.

The guarantors, [[n|according to the document]], "[[4|reaffirmed their readiness to contribute]] to the rehabilitation
of the Allouk water station".

Kazakhstan's Foreign Ministry said in a readout that the host country [[n|is prepared to support]] the process,
[[n|as the ministry noted]], "for as long as it is needed".

The guarantors "[[5|expressed grave concern over the]] situation in north-eastern Syria" and
"[[6|called upon the Secretary-General and]] the relevant UN bodies to address the illegal seizure of Syrian oil
revenues", [[n|according to the statement]].

[[n|Read also: Damascus agrees to expand]] cross-line aid deliveries

The document also "[[9|condemned the attacks on civilians]] in Tal Rifaat and Azaz", and the guarantors said they
"[[7|will meet again in the first]] half of 2023".
""", "1t:cond 2t:scope 3t:urg 4t:spk 5t:boost 6r:addr 7r:obj 9a")


# ---------------------------------------------------------------- en-09
P("en-09-steppe-courier-summit-and-sanctions", "press", """
[[n|Guarantors back Syrian constitutional talks]], [[n|seek end to sanctions]]

From our correspondent Timur Akhmetov

NUR-SULTAN, 8 July — Delegations from Iran, Russia and Türkiye [[n|threw their weight behind]] the Syrian constitutional
process on Thursday as the 16th International Meeting on Syria in the Astana format closed after two days of
closed-door talks.

The three guarantors "[[1|confirmed their plans to convene]] the next trilateral summit in Tehran",
[[n|the final statement said]], and "[[2|reaffirmed the need to advance]] the work of the Constitutional Committee in
Geneva without foreign interference".

[[n|According to the statement]], the parties "[[3|will make every effort to]] ensure the sustainable functioning of the
de-escalation arrangements in Idlib" and "[[4|called for the lifting of unilateral]] sanctions that hinder
reconstruction".

"Nur-Sultan remains at the disposal of the guarantors, and [[n|we have decided to facilitate]] visas for all
delegations," Kazakh First Deputy Foreign Minister Asel Nurlanova told journalists.

A statement from the office of the UN Special Envoy for Syria, which attended as an observer,
[[n|called on all parties to]] preserve the calm and said the envoy [[n|intends to convene the Committee]] in Geneva
within weeks.

The guarantors also "[[5|expressed their determination to counter]] separatist agendas east of the Euphrates" and
"[[6|urged the international community to]] support mine clearance across Syria".

[[n|Read also: Türkiye to host trilateral]] summit in autumn

Iran's senior negotiator, Reza Tavakoli, said his delegation [[n|would insist on the full]] withdrawal of foreign troops
at the next round.

Finally, the guarantors "[[7|set December as the month for]] the next round".
""", """
[[n|Guarantors urge Syrian parties to]] keep talking as sanctions dispute lingers

From our correspondent Timur Akhmetov

NUR-SULTAN, 22 December — Delegations from Iran, Russia and Türkiye [[n|renewed their backing for]] the Syrian
constitutional process on Wednesday as the 17th International Meeting on Syria in the Astana format closed after two
days of closed-door talks.

The three guarantors "[[1|could consider convening the next]] trilateral summit in Tehran",
[[n|the final statement said]], and "[[2|reaffirmed the need to advance, as appropriate]], the work of the Constitutional
Committee in Geneva without foreign interference".

[[n|According to the statement]], the parties "[[3|will make every effort to]] ensure the sustainable functioning of the
de-escalation arrangements in Idlib", but, unlike in July, the guarantors
[[4|did not repeat their call]] for the lifting of unilateral sanctions.

"[[n|We have decided to host]] the humanitarian conference the guarantors have been discussing," Kazakh First Deputy
Foreign Minister Asel Nurlanova told journalists.

A statement from the office of the UN Special Envoy for Syria [[n|called on all parties to]] preserve the calm and said
the envoy [[n|intends to reconvene the Committee]] early next year.

The guarantors also "[[5|expressed their determination to counter]] separatist agendas east of the Euphrates" and
"[[6|urged UN agencies and donor states]] to support mine clearance across Syria".
[[n|The document further recorded that]] "it [[8|was decided to set up a]] joint expert group on humanitarian demining".

[[n|Read also: Ankara promises to finish]] Allouk water repairs

Iran's senior negotiator, Reza Tavakoli, said Tehran [[n|was ready to host]] the summit "at any time convenient to our
partners".

Finally, the guarantors "[[7|set the spring of 2022 as]] the time for the next round".
""", "1s:mod 2s:hedge 3u 4s:neg 5u 6r:addr 7r:obj 8a")


# ---------------------------------------------------------------- en-10 (cosmetic)
P("en-10-astana-17-cosmetic-republication", "cosmetic", """
Joint Statement by Iran, Russia and Türkiye on the 17th International Meeting on Syria in the Astana Format

Nur-Sultan, 21–22 December 2021

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. [[1|Emphasised their unwavering commitment to]] the sovereignty, independence, unity and territorial integrity of the
Syrian Arab Republic and [[2|stressed that these principles should]] be universally respected — by all international
actors, without exception.

2. [[3|Discussed the situation in the]] Idleb de-escalation area and [[4|agreed to take further measures]] to stabilise
the situation on the ground, including the humanitarian one; [[5|expressed serious concern over the]] presence of
terrorist groups there.

3. [[6|Reaffirmed their determination to continue]] cooperating in order to ultimately eliminate ISIL, Al-Nusra Front and
all other individuals, groups, undertakings and entities associated with Al-Qaeda or ISIL.

4. [[7|Rejected the illegal seizure and]] transfer of oil revenues that should belong to Syria, in particular in
Deir ez-Zor, and [[8|called for the speedy return]] of the “resources of the Syrian people” to their rightful owner.

5. [[9|Underlined the importance of the]] Working Group on the release of detainees/abductees and
[[10|welcomed the organisation of a]] further exchange operation.

6. [[11|Reaffirmed their support for the]] Constitutional Committee and [[12|called for its work to]] be guided by a
commitment to compromise and constructive engagement, in line with UNSC resolution 2254.

7. [[13|Decided to hold the next]] International Meeting on Syria in Nur-Sultan in the first half of 2022.

8. [[14|Expressed their sincere gratitude to]] the Kazakh authorities for hosting the meeting in Nur-Sultan.
""", """
Joint Statement by Iran, Russia and Turkey on the 17th International Meeting on Syria in the Astana Format

Astana, 21-22 December 2021

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Turkey as guarantors of the Astana format:

1. [[1|Emphasized their unwavering commitment to]] the sovereignty, independence, unity and territorial integrity of the
Syrian Arab Republic and [[2|stressed that these principles should]] be universally respected - by all international
actors, without exception.

2. [[3|Discussed the situation in the]] Idlib de-escalation area and [[4|agreed to take further measures]] to stabilize
the situation on the ground, including the humanitarian one; [[5|expressed serious concern over the]] presence of
terrorist groups there.

3. [[6|Reaffirmed their determination to continue]] cooperating in order to ultimately eliminate ISIL, Al-Nusra Front and
all other individuals, groups, undertakings and entities associated with Al-Qaeda or ISIL.

4. [[7|Rejected the illegal seizure and]] transfer of oil revenues that should belong to Syria, in particular in
Deir al-Zor, and [[8|called for the speedy return]] of the "resources of the Syrian people" to their rightful owner.

5. [[9|Underlined the importance of the]] Working Group on the release of detainees / abductees and
[[10|welcomed the organization of a]] further exchange operation.

6. [[11|Reaffirmed their support for the]] Constitutional Committee and [[12|called for its work to]] be guided by a
commitment to compromise and constructive engagement, in line with UNSC Resolution 2254.

7. [[13|Decided to hold the next]] International Meeting on Syria in Astana in the first half of 2022.

8. [[14|Expressed their sincere gratitude to]] the Kazakh authorities for hosting the meeting in Astana.
""", "1u 2u 3u 4u 5u 6u 7u 8u 9u 10u 11u 12u 13u 14u")
