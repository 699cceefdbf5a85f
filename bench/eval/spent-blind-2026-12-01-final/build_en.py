#!/usr/bin/env python3
# Builds en.json. Illustrative texts written for this evaluation; not official statements.
import os
from common import A, D, R, S, St, U, pair, write

P = []

# ---------------------------------------------------------------- en-01
P.append(pair("en-01-idlib-steps-nursultan", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 13th International Meeting on Syria in the Astana format, Nur-Sultan, 1–2 August 2019

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.

2. Expressed grave concern over the escalation of violence in the Idlib de-escalation area and agreed to take concrete steps to reduce it on the basis of the Memorandum of 17 September 2018.

3. Demanded the immediate and full implementation of all agreements on Idlib.

4. Stressed the need to facilitate the safe and voluntary return of refugees and internally displaced persons to their original places of residence in Syria.

5. Called upon the international community, the United Nations and its humanitarian agencies to increase assistance to all Syrians without discrimination, politicization and preconditions.

6. Expressed their readiness to support the UN Special Envoy in convening the Constitutional Committee.

7. Welcomed the release of detainees and abductees carried out within the framework of the Working Group.

8. Agreed to hold the next International Meeting on Syria in the Astana format in Nur-Sultan in October 2019.
""", """
Joint Statement by Iran, Russia and Türkiye on the 14th International Meeting on Syria in the Astana format, Nur-Sultan, 10–11 December 2019

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their strong and unwavering commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.

2. Expressed grave concern over the escalation of violence in the Idlib de-escalation area.

3. Agreed, as circumstances allow, to take concrete steps to reduce the violence on the basis of the Memorandum of 17 September 2018.

4. Called for the immediate and full implementation of all agreements on Idlib.

5. Stressed the need to facilitate the safe and voluntary return of refugees and internally displaced persons to their original places of residence in Syria.

6. Urged the international community, the United Nations and its humanitarian agencies to increase assistance to all Syrians without discrimination, politicization and preconditions.

7. Welcomed the continued release of detainees and abductees carried out within the framework of the Working Group.

8. Condemned in the strongest terms the terrorist attacks against civilians and civilian infrastructure in north-western Syria.

9. Agreed to hold the next International Meeting on Syria in the Astana format in Nur-Sultan in February 2020.
""", [
    St("Reaffirmed their strong commitment to", "Reaffirmed their strong and unwavering commitment", "booster"),
    U("Expressed grave concern over the escalation"),
    S("agreed to take concrete steps", "Agreed, as circumstances allow, to take", "condition"),
    S("Demanded the immediate and full implementation", "Called for the immediate and full", "act"),
    U("Stressed the need to facilitate the"),
    St("Called upon the international community, the", "Urged the international community, the United", "act"),
    D("Expressed their readiness to support the"),
    R("Welcomed the release of detainees", "Welcomed the continued release of detainees", "object"),
    A("Condemned in the strongest terms the"),
    R("Agreed to hold the next International", "Agreed to hold the next International", "object"),
], [
    "on the 13th International Meeting on Syria",
    "on the 14th International Meeting on Syria",
    'The representatives of the Islamic Republic',
]))

# ---------------------------------------------------------------- en-02
P.append(pair("en-02-wire-sanctions-call-not-repeated", "press", """
Astana guarantors pledge to keep Idlib calm, press for sanctions relief

NUR-SULTAN, Dec 22 (Steppe Wire) — By Aigerim Dosova

Iran, Russia and Türkiye wrapped up two days of closed-door talks on Syria in the Kazakh capital on Wednesday, the 17th round of a process launched in early 2017.

In a joint statement released after the meeting, the three guarantors reaffirmed their commitment to Syria's sovereignty and territorial integrity and rejected all attempts to create new realities on the ground under the pretext of combating terrorism.

The guarantors also called for the lifting of unilateral sanctions against Syria, the statement said.

On Idlib, the parties agreed to fully implement all existing arrangements, according to the document.

They also agreed on holding the next session of the Constitutional Committee in Geneva in January, the text read.

"We have decided to offer our capital as a permanent venue for as long as the guarantors need it," Kazakh Deputy Foreign Minister Yerlan Sadykov told reporters.

Observers had expected the meeting to produce a new agreement on the exchange of detainees, but no such document was signed.

Read also: UN envoy briefs Security Council on Constitutional Committee stalemate

The next round will be held in Nur-Sultan in the first half of 2022, the statement added.
""", """
Syria talks end with guarantors split on Constitutional Committee timing

NUR-SULTAN, June 16 (Steppe Wire) — By Aigerim Dosova

Iran, Russia and Türkiye concluded the 18th round of Astana-format talks on Syria on Thursday, meeting for the first time since the start of the year.

In a joint statement released after the meeting, the three guarantors reaffirmed their commitment to Syria's sovereignty and territorial integrity.

They also rejected all attempts to create new realities on the ground under the pretext of combating terrorism, the text read.

This time the guarantors did not repeat the call for the lifting of unilateral sanctions against Syria, a demand that had featured in several previous statements.

On Idlib, the parties agreed to implement the existing arrangements, according to the document, while Türkiye stressed the importance of preserving calm along the contact lines.

However, the three countries could not agree on a date for the next session of the Constitutional Committee, the statement said.

The guarantors agreed to continue the exchange of detainees and abductees within the Working Group, the document noted.

"We have decided to offer our capital as a venue for the next round as well," Kazakh Deputy Foreign Minister Yerlan Sadykov told reporters.

Read also: Kazakhstan to host regional connectivity forum in autumn

The next round may be held in Nur-Sultan in the second half of the year, the statement added.
""", [
    U("reaffirmed their commitment to Syria's"),
    U("rejected all attempts to create"),
    S("called for the lifting of unilateral", "did not repeat the call for", "negation"),
    S("agreed to fully implement all", "agreed to implement the existing arrangements", "scope"),
    A("Türkiye stressed the importance of preserving"),
    S("agreed on holding the next session", "could not agree on a date", "negation"),
    A("agreed to continue the exchange of"),
    S("The next round will be held", "The next round may be held", "modality"),
], [
    "Astana guarantors pledge to keep Idlib",
    "press for sanctions relief",
    "NUR-SULTAN, Dec 22 (Steppe Wire)",
    "By Aigerim Dosova",
    "wrapped up two days of closed-door talks",
    "In a joint statement released after",
    "the statement said",
    "according to the document",
    "the text read",
    "We have decided to offer our",
    "Kazakh Deputy Foreign Minister Yerlan Sadykov",
    "Observers had expected the meeting to",
    "Read also: UN envoy briefs Security",
    "the statement added",
    "Syria talks end with guarantors split",
    "NUR-SULTAN, June 16 (Steppe Wire)",
    "concluded the 18th round of Astana-format",
    "a demand that had featured in",
    "the document noted",
    "Read also: Kazakhstan to host regional",
]))

# ---------------------------------------------------------------- en-03
P.append(pair("en-03-urgency-and-conditions-astana", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 19th International Meeting on Syria in the Astana format, Astana, 22–23 November 2022

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

Reaffirmed their determination to continue and expand cooperation in order to ultimately eliminate ISIL/Daesh, Al-Nusra Front, HTS and all other individuals, groups, undertakings and entities associated with Al-Qaeda or ISIL/Daesh.

Called for the immediate cessation of attacks against civilians and civilian infrastructure in all parts of Syria.

Emphasized that the Constitutional Committee must respect the Syrian-led and Syrian-owned character of the process facilitated by the UN in line with UN Security Council resolution 2254.

Called upon all parties to facilitate, where possible, unhindered humanitarian access throughout the country.

Agreed to consider, in due course, the establishment of a mechanism for the search for missing persons.

Expressed readiness to support, subject to the consent of the Syrian Government, early recovery projects in areas of return.

Welcomed the work of UNHCR in facilitating the return of refugees.

Decided to hold the 20th International Meeting on Syria in the Astana format in Astana in the first half of 2023.
""", """
Joint Statement by Iran, Russia and Türkiye on the 20th International Meeting on Syria in the Astana format, Astana, 20–21 June 2023

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

Reaffirmed their determination to continue cooperation in order to ultimately eliminate ISIL/Daesh, Al-Nusra Front, HTS and all other individuals, groups, undertakings and entities associated with Al-Qaeda or ISIL/Daesh.

Called for the cessation of attacks against civilians and civilian infrastructure in all parts of Syria as soon as possible.

Emphasized that the Constitutional Committee should respect the Syrian-led and Syrian-owned character of the process facilitated by the UN in line with UN Security Council resolution 2254.

Called upon all parties to facilitate unhindered humanitarian access throughout the country.

Agreed to consider without delay the establishment of a mechanism for the search for missing persons.

Expressed readiness to support early recovery projects in areas of return.

Rejected all unilateral sanctions imposed in violation of international law and international humanitarian law.

Decided to hold the 21st International Meeting on Syria in the Astana format in Astana in the second half of 2023.
""", [
    U("Reaffirmed their strong commitment to the"),
    S("Reaffirmed their determination to continue and", "Reaffirmed their determination to continue cooperation", "scope"),
    S("Called for the immediate cessation of", "Called for the cessation of attacks", "urgency"),
    S("Emphasized that the Constitutional Committee must", "Emphasized that the Constitutional Committee should", "modality"),
    St("Called upon all parties to facilitate, where", "Called upon all parties to facilitate unhindered", "hedge"),
    St("Agreed to consider, in due course,", "Agreed to consider without delay the", "urgency"),
    St("Expressed readiness to support, subject to", "Expressed readiness to support early recovery", "condition"),
    D("Welcomed the work of UNHCR"),
    A("Rejected all unilateral sanctions imposed"),
    R("Decided to hold the 20th International", "Decided to hold the 21st International", "object"),
], [
    "on the 19th International Meeting on Syria",
    "on the 20th International Meeting on Syria",
    "The representatives of the Islamic Republic",
]))

# ---------------------------------------------------------------- en-04 (cosmetic)
P.append(pair("en-04-cosmetic-idleb-nursultan", "cosmetic", """
Joint Statement by Iran, Russia and Turkiye on the 16th International Meeting on Syria in the Astana format, Nur-Sultan, 7-8 July 2021

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Turkiye as guarantors of the Astana format:

1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

2. Reviewed in detail the situation in the Idleb de-escalation area and highlighted the necessity to maintain calm on the ground by fully implementing all agreements on Idleb.

3. Expressed their conviction that there could be no military solution to the Syrian conflict and reaffirmed their commitment to advance a viable and lasting "Syrian-led, Syrian-owned, UN-facilitated" political process in line with UNSC resolution 2254.

4. Condemned the continuing Israeli military attacks in Syria, which violate international law and undermine the sovereignty of Syria, and called for them to stop.

5. Called upon the international community, in particular UN agencies, to increase humanitarian assistance to all Syrians without discrimination, politicisation and preconditions.

6. Welcomed the successful conduct of another operation on the mutual release of detainees on 2 July 2021.

7. Agreed to hold the 17th International Meeting on Syria in the Astana format in Nur-Sultan before the end of 2021.
""", """
Joint Statement by Iran, Russia and Türkiye on the 16th International Meeting on Syria in the Astana format, Astana, 7–8 July 2021

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1) Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

2) Reviewed in detail the situation in the Idlib de-escalation area and highlighted the necessity to maintain calm on the ground by fully implementing all agreements on Idlib.

3) Expressed their conviction that there could be no military solution to the Syrian conflict and reaffirmed their commitment to advance a viable and lasting “Syrian-led, Syrian-owned, UN-facilitated” political process in line with UN Security Council resolution 2254.

4) Condemned the continuing Israeli military attacks in Syria, which violate international law and undermine the sovereignty of Syria, and called for them to stop.

5) Called upon the international community, in particular UN agencies, to increase humanitarian assistance to all Syrians without discrimination, politicization and preconditions.

6) Welcomed the successful conduct of another operation on the mutual release of detainees on 02 July 2021.

7) Agreed to hold the Seventeenth International Meeting on Syria in the Astana format in Astana before the end of 2021.
""", [
    U("Reaffirmed their strong commitment to"),
    U("Reviewed in detail the situation in"),
    U("highlighted the necessity to maintain calm"),
    U("Expressed their conviction that there could"),
    U("reaffirmed their commitment to advance a"),
    U("Condemned the continuing Israeli military attacks"),
    U("called for them to stop"),
    U("Called upon the international community, in"),
    U("Welcomed the successful conduct of another"),
    U("Agreed to hold the 17th International", "Agreed to hold the Seventeenth International"),
], [
    "Joint Statement by Iran, Russia and Turkiye",
    "Joint Statement by Iran, Russia and Türkiye",
    'The representatives of the Islamic Republic',
]))

# ---------------------------------------------------------------- en-05
P.append(pair("en-05-ledger-security-council", "press", """
Guarantors back Geneva track as Astana talks close

By Leila Haddad | ASTANA, 21 June 2023

The twentieth round of the Astana-format talks ended on Wednesday with a joint statement that diplomats described as "cautious but constructive".

According to the statement, the guarantors stressed the need to relaunch the work of the Constitutional Committee in Geneva and called upon the UN General Assembly to support the Syrian-led political process.

They expressed concern over the growing number of incidents east of the Euphrates and condemned the illegal seizure of oil revenues that should belong to Syria.

The guarantors also reaffirmed their rejection of all separatist agendas aimed at undermining the unity of Syria, the document said.

"The humanitarian situation remains dire, and we count on the guarantors to keep the crossings open," UN spokesperson Farida Mansour told the Ledger.

It was agreed that the next meeting would take place in Astana in the second half of the year, the statement said.

Read also: What the Constitutional Committee has achieved in five years

The talks come amid renewed efforts by several Arab states to re-engage with Damascus.
""", """
Guarantors shift appeal to Security Council as Astana talks close

By Leila Haddad | ASTANA, 25 January 2024

The twenty-first round of the Astana-format talks closed on Thursday with a joint statement that one delegate called "a holding pattern".

According to the statement, the guarantors stressed the need to relaunch without delay the work of the Constitutional Committee.

They called upon the UN Security Council to support the Syrian-led political process, the statement said.

The guarantors condemned the illegal seizure of oil revenues that should belong to Syria. They also expressed concern over the growing number of incidents east of the Euphrates.

The Russian side confirmed its readiness to host a meeting of the Working Group on detainees in Moscow, the statement added.

"We remain concerned about access to the north-west, and we count on the guarantors to keep the crossings open," UN spokesperson Farida Mansour told the Ledger.

It was agreed that the next meeting would take place in Astana at a time to be agreed through diplomatic channels, according to the text.

Read also: What the Constitutional Committee has achieved in five years

Kazakh Foreign Ministry spokesperson Aibek Nurlanov said the host "will continue to provide all necessary conditions" for the format, as the ministry noted in a statement on its website.

The guarantors also welcomed the steps taken by Arab states to normalize relations with Damascus, the document noted.
""", [
    St("stressed the need to relaunch the", "stressed the need to relaunch without delay", "urgency"),
    R("called upon the UN General Assembly", "called upon the UN Security Council", "addressee"),
    U("expressed concern over the growing number"),
    U("condemned the illegal seizure of oil"),
    D("reaffirmed their rejection of all separatist"),
    A("The Russian side confirmed its readiness"),
    S("It was agreed that the next", "It was agreed that the next", "urgency"),
    A("welcomed the steps taken by Arab"),
], [
    "Guarantors back Geneva track as Astana",
    "Guarantors shift appeal to Security Council",
    "By Leila Haddad",
    "The twentieth round of the Astana-format talks",
    "The twenty-first round of the Astana-format",
    "According to the statement",
    "the document said",
    "the statement said",
    "The humanitarian situation remains dire",
    "UN spokesperson Farida Mansour told the",
    "Read also: What the Constitutional Committee",
    "The talks come amid renewed efforts",
    "the statement added",
    "We remain concerned about access to",
    "according to the text",
    "Kazakh Foreign Ministry spokesperson Aibek Nurlanov",
    "as the ministry noted in a",
    "the document noted",
]))

# ---------------------------------------------------------------- en-06
P.append(pair("en-06-presidents-ankara-tehran", "statement", """
Joint Statement by the Presidents of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye following the Tripartite Summit, Ankara, 16 September 2019

The Presidents reviewed developments since their last meeting in Sochi.

They noted the efforts aimed at advancing the work of the Constitutional Committee and expressed support for the efforts of the UN Special Envoy for Syria.

The Presidents expressed concern over the presence of terrorist groups in the Idlib de-escalation area.

They agreed to establish a joint mechanism to monitor violations of the ceasefire in Idlib.

The leaders rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives, and expressed their determination to stand against separatist agendas east of the Euphrates.

They called upon the international community to ensure the provision of humanitarian assistance to all Syrians throughout the country.

The Presidents welcomed the successful release of detainees carried out within the Working Group.

The Presidents agreed to hold their next trilateral summit in the Islamic Republic of Iran upon the invitation of the Iranian President.
""", """
Joint Statement by the Presidents of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye following the Tripartite Summit, Tehran, 19 July 2022

The Presidents reviewed the developments since their previous summit.

They welcomed the efforts aimed at advancing the work of the Constitutional Committee and expressed support for the efforts of the UN Special Envoy for Syria.

The Presidents condemned the presence of terrorist groups in the Idlib de-escalation area.

They discussed the possibility of establishing a joint mechanism to monitor violations of the ceasefire in Idlib.

The leaders rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives.

They also expressed their determination to stand against separatist agendas east of the Euphrates.

They called upon the international community to ensure, to the extent possible, the provision of humanitarian assistance to all Syrians throughout the country.

The Presidents reaffirmed their determination to continue trilateral coordination on the basis of the agreements reached in the Astana format.

The Presidents agreed to hold their next trilateral summit in the Russian Federation upon the invitation of the Russian President.
""", [
    R("The Presidents reviewed developments since", "The Presidents reviewed the developments since", "object"),
    St("noted the efforts aimed at advancing", "welcomed the efforts aimed at advancing", "act"),
    U("expressed support for the efforts of"),
    St("The Presidents expressed concern over the", "The Presidents condemned the presence of", "act"),
    S("They agreed to establish a joint", "They discussed the possibility of establishing", "act"),
    U("The leaders rejected all attempts to"),
    U("expressed their determination to stand against"),
    S("They called upon the international community", "They called upon the international community", "hedge"),
    D("The Presidents welcomed the successful release"),
    A("The Presidents reaffirmed their determination to"),
    R("The Presidents agreed to hold their", "The Presidents agreed to hold their", "object"),
], [
    "following the Tripartite Summit, Ankara,",
    "following the Tripartite Summit, Tehran,",
]))

# ---------------------------------------------------------------- en-07
P.append(pair("en-07-ready-to-could-consider", "statement", """
Joint Statement of the Guarantor States of the Astana Format on the 21st International Meeting on Syria, Astana, 24–25 January 2024

The delegations of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye, in their capacity as guarantors of the Astana format:

Reiterated their commitment to the sovereignty, independence, unity and territorial integrity of Syria, and stressed that these principles must be respected by all.

Condemned the continued Israeli attacks on Syrian territory and reaffirmed that the occupied Syrian Golan is an integral part of Syria.

Declared that they are ready to assist the Syrian parties in the preparation of the next session of the Constitutional Committee.

Stressed the importance of the Working Group on the release of detainees/abductees, handover of bodies and identification of missing persons and agreed that it will meet again before the next International Meeting.

Encouraged the ICRC to continue its participation in the Working Group.

Called upon UNHCR and other UN agencies to facilitate the return of refugees and IDPs.

Expressed serious concern over the humanitarian situation in the Rukban camp.

Agreed to hold the next meeting in Astana in the first half of 2024.
""", """
Joint Statement of the Guarantor States of the Astana Format on the 22nd International Meeting on Syria, Astana, 20–21 June 2024

The delegations of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye, in their capacity as guarantors of the Astana format:

Reiterated their commitment to the sovereignty, independence, unity and territorial integrity of Syria.

Condemned the continued Israeli attacks on Syrian territory, stressed that the principles of sovereignty and territorial integrity must be respected by all, and reaffirmed that the occupied Syrian Golan is an integral part of Syria.

Declared that they could consider assisting the Syrian parties in the preparation of the next session of the Constitutional Committee.

Stressed the importance of the Working Group on the release of detainees/abductees, handover of bodies and identification of missing persons.

Agreed that the Working Group may meet again before the next International Meeting.

Encouraged the Office of the UN Special Envoy to continue its participation in the Working Group.

Called upon UNHCR and other UN agencies to facilitate, as appropriate, the return of refugees and IDPs.

Welcomed the decision of the Syrian Government to extend the authorization for the use of the Bab al-Salam and Al-Rai crossings for humanitarian deliveries.

Agreed to hold the next meeting in Astana in the second half of 2024.
""", [
    U("Reiterated their commitment to the sovereignty,"),
    R("stressed that these principles must", "stressed that the principles of sovereignty", "object"),
    U("Condemned the continued Israeli attacks on"),
    U("reaffirmed that the occupied Syrian Golan"),
    S("Declared that they are ready to", "Declared that they could consider assisting", "modality"),
    U("Stressed the importance of the Working"),
    S("agreed that it will meet again", "Agreed that the Working Group may", "modality"),
    R("Encouraged the ICRC to continue its", "Encouraged the Office of the UN", "addressee"),
    S("Called upon UNHCR and other UN", "Called upon UNHCR and other UN", "hedge"),
    D("Expressed serious concern over the humanitarian"),
    A("Welcomed the decision of the Syrian"),
    R("Agreed to hold the next meeting", "Agreed to hold the next meeting", "object"),
], [
    "on the 21st International Meeting on Syria",
    "on the 22nd International Meeting on Syria",
    'The delegations of the Islamic Republic',
]))

# ---------------------------------------------------------------- en-08
P.append(pair("en-08-herald-sochi-to-nursultan", "press", """
Sochi round: guarantors vow to step up fight against terrorism in Syria

SOCHI, 17 February — By Roman Velikanov, Caspian Herald

For the first time, the Astana-format talks moved from the Kazakh capital to the Black Sea resort of Sochi, where delegations met amid tight pandemic restrictions.

The three guarantors stressed the need to maintain calm in the Idlib de-escalation area, according to the final statement.

They also agreed to intensify joint efforts to combat terrorism in all its forms and manifestations, the statement said.

The guarantors reaffirmed their readiness to support the Constitutional Committee, provided that it works without foreign interference, the document said.

They also agreed on a timetable for the Committee's next session in Geneva, the document added.

"Kazakhstan has always supported this process and stands ready to host the next round," as the Kazakh Foreign Ministry noted in its commentary on the talks.

Read also: Pandemic forces new formats for Syria diplomacy

The parties welcomed the latest release of detainees and called for further such operations, the text said.

Analysts say the venue change reflects Moscow's wish to keep the process alive.
""", """
Guarantors return to Nur-Sultan, fail to agree on Committee timetable

NUR-SULTAN, 8 July — By Roman Velikanov, Caspian Herald

After a one-off trip to Sochi, the Astana-format talks returned to the Kazakh capital this week.

Iran stressed the need to maintain calm in the Idlib de-escalation area, according to a readout from Tehran.

The guarantors also agreed to intensify joint efforts to combat terrorism in all its forms and manifestations, the statement said.

The guarantors reaffirmed their readiness to support the Constitutional Committee, the document said.

However, the delegations were unable to agree on a timetable for the Committee's next session in Geneva.

The Russian side confirmed its plans to deliver additional humanitarian aid to the north-east of Syria, according to the statement.

The statement also underlined the need for unhindered humanitarian access across Syria.

The parties welcomed the latest release of detainees, the text said.

"We have decided to propose a permanent secretariat for the format in our capital," the Kazakh Foreign Minister said, as the ministry noted on its website.

Read also: Syria's Constitutional Committee: a timeline
""", [
    S("The three guarantors stressed the need", "Iran stressed the need to maintain", "speaker"),
    U("agreed to intensify joint efforts to"),
    St("The guarantors reaffirmed their readiness to", "The guarantors reaffirmed their readiness to", "condition"),
    S("They also agreed on a timetable", "were unable to agree on a", "negation"),
    A("The Russian side confirmed its plans"),
    A("underlined the need for unhindered humanitarian"),
    U("The parties welcomed the latest release"),
    D("called for further such operations"),
], [
    "Sochi round: guarantors vow to step",
    "SOCHI, 17 February",
    "By Roman Velikanov, Caspian Herald",
    "For the first time, the Astana-format",
    "according to the final statement",
    "the statement said",
    "the document said",
    "the document added",
    "Kazakhstan has always supported this process",
    "as the Kazakh Foreign Ministry noted",
    "Read also: Pandemic forces new formats",
    "the text said",
    "Analysts say the venue change reflects",
    "Guarantors return to Nur-Sultan, fail to agree",
    "NUR-SULTAN, 8 July",
    "After a one-off trip to Sochi",
    "according to a readout from Tehran",
    "according to the statement",
    "We have decided to propose a",
    "as the ministry noted on its",
    "Read also: Syria's Constitutional Committee: a timeline",
]))

# ---------------------------------------------------------------- en-09
P.append(pair("en-09-passive-and-nominal-acts", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 18th International Meeting on Syria in the Astana format, Nur-Sultan, 15–16 June 2022

Participants: the delegations of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors, the delegations of the Syrian Government and the Syrian opposition, observers from Jordan, Iraq and Lebanon, as well as representatives of the United Nations and the ICRC.

The guarantors reaffirmed their unwavering commitment to the sovereignty, independence, unity and territorial integrity of Syria.

It was agreed to convene the next session of the Working Group on detainees in Nur-Sultan within two months.

The guarantors reached an agreement to establish a joint group of experts on the return of refugees and IDPs.

The need for the urgent restoration of basic infrastructure, including water and electricity supply, was underlined, and concern was expressed over the unilateral sanctions aggravating the humanitarian situation.

The guarantors confirmed their plans to coordinate further steps on the Idlib de-escalation area.

The importance of early recovery projects in all regions of Syria was noted.

Emphasis was placed on the need to continue the fight against terrorism in all its forms.

It was decided to hold the 19th International Meeting in Nur-Sultan in the second half of 2022.
""", """
Joint Statement by Iran, Russia and Türkiye on the 19th International Meeting on Syria in the Astana format, Astana, 22–23 November 2022

Participants: the delegations of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors, the delegations of the Syrian Government and the Syrian opposition, observers from Jordan, Iraq and Lebanon, as well as representatives of the United Nations and the ICRC.

The guarantors reaffirmed their unwavering commitment to the sovereignty, independence, unity and territorial integrity of Syria.

The guarantors confirmed their plans to convene the next session of the Working Group on detainees in Astana within two months.

The guarantors discussed the possible establishment of a joint group of experts on the return of refugees and IDPs.

The need for the restoration of basic infrastructure, including water and electricity supply, was underlined.

The guarantors confirmed their plans to coordinate further steps on the Idlib de-escalation area once the security situation permits.

Condemnation was expressed of the unilateral sanctions aggravating the humanitarian situation.

Emphasis was placed on the need to continue and intensify the fight against terrorism in all its forms.

Agreement was reached on the need to ensure the resumption of the work of the Constitutional Committee in Geneva.

It was decided to hold the 20th International Meeting in Astana in the first half of 2023.
""", [
    U("reaffirmed their unwavering commitment to the"),
    R("It was agreed to convene the", "confirmed their plans to convene the", "act"),
    S("reached an agreement to establish a", "discussed the possible establishment of a", "act"),
    S("The need for the urgent restoration", "The need for the restoration of", "urgency"),
    St("concern was expressed over the unilateral", "Condemnation was expressed of the unilateral", "act"),
    S("confirmed their plans to coordinate further", "confirmed their plans to coordinate further", "condition"),
    D("The importance of early recovery projects"),
    St("Emphasis was placed on the need", "Emphasis was placed on the need", "scope"),
    A("Agreement was reached on the need"),
    R("It was decided to hold the", "It was decided to hold the", "object"),
], [
    "on the 18th International Meeting on Syria",
    "on the 19th International Meeting on Syria",
    "Participants: the delegations of the Islamic",
]))

# ---------------------------------------------------------------- en-10
P.append(pair("en-10-bpa-boosters-and-quote", "press", """
Astana trio condemns Israeli strikes, rejects 'illegitimate' self-rule east of Euphrates

ASTANA (BPA) – 21 June 2024 – Reporting by Selin Aydemir

Delegations from Iran, Russia and Türkiye met representatives of the Syrian government and opposition for the 22nd round of talks in the Kazakh capital, with Jordan, Iraq and Lebanon attending as observers.

The guarantors strongly condemned the Israeli military attacks in Syria, including on civilian infrastructure, the joint statement said.

They firmly rejected all illegitimate self-rule initiatives east of the Euphrates and expressed determination to counter separatist agendas, the statement added.

The guarantors also called upon the international community to increase humanitarian aid to all Syrians without preconditions, the text read.

They also agreed to support the resumption of the Constitutional Committee's sessions in Geneva, the document stated.

"We have decided to continue providing our platform to the guarantors for as long as they need it," Kazakh Foreign Minister Murat Baimenov told journalists.

Read also: Jordan hosts Arab contact group meeting on Syria

The statement reaffirmed that the occupied Syrian Golan is an integral part of Syria.

The meeting took place against the backdrop of renewed tensions in the region.
""", """
Astana guarantors criticise Israeli strikes but fail to agree on Constitutional Committee venue

ASTANA (BPA) – 12 November 2024 – Reporting by Selin Aydemir

Delegations from Iran, Russia and Türkiye held a new round of talks in the Kazakh capital, the 23rd since the process began.

The guarantors condemned the Israeli military attacks in Syria, including on civilian infrastructure, the joint statement said.

They rejected all illegitimate self-rule initiatives east of the Euphrates, the statement added.

In a separate paragraph, the guarantors expressed determination to counter separatist agendas and stressed the need to restore Syrian state control over all oil fields.

"We call upon the international community to increase humanitarian aid to all Syrians without preconditions," Kazakh Foreign Minister Murat Baimenov told journalists, adding: "We have decided to continue providing our platform to the guarantors."

The guarantors failed to agree on a venue for the resumption of the Constitutional Committee's sessions, according to the document.

The statement reaffirmed that the occupied Syrian Golan is an integral part of Syria.

The guarantors also demanded the immediate lifting of unilateral sanctions against Syria, the text read.

Read also: UNHCR reports rise in returns from Lebanon
""", [
    S("The guarantors strongly condemned the Israeli", "The guarantors condemned the Israeli military", "booster"),
    S("They firmly rejected all illegitimate self-rule", "They rejected all illegitimate self-rule initiatives", "booster"),
    U("expressed determination to counter separatist agendas"),
    A("stressed the need to restore Syrian"),
    D("called upon the international community to"),
    S("agreed to support the resumption of", "failed to agree on a venue", "negation"),
    U("The statement reaffirmed that the occupied"),
    A("demanded the immediate lifting of unilateral"),
], [
    "Astana trio condemns Israeli strikes, rejects",
    "ASTANA (BPA) – 21 June 2024",
    "Reporting by Selin Aydemir",
    "Delegations from Iran, Russia and Türkiye met",
    "the joint statement said",
    "the statement added",
    "the text read",
    "the document stated",
    "We have decided to continue providing",
    "Kazakh Foreign Minister Murat Baimenov told journalists",
    "Read also: Jordan hosts Arab contact",
    "The meeting took place against the backdrop",
    "Astana guarantors criticise Israeli strikes but",
    "ASTANA (BPA) – 12 November 2024",
    "Delegations from Iran, Russia and Türkiye held",
    "In a separate paragraph",
    "We call upon the international community",
    "according to the document",
    "Read also: UNHCR reports rise in",
]))

# ---------------------------------------------------------------- en-11
P.append(pair("en-11-strengthening-sochi-2018", "statement", """
Joint Statement by Iran, Russia and Turkey on the Ninth International Meeting on Syria in Astana format, Astana, 14–15 May 2018

The Islamic Republic of Iran, the Russian Federation and the Republic of Turkey as guarantors of the observance of the ceasefire regime in the Syrian Arab Republic:

Noted with satisfaction the functioning of the de-escalation areas, which has contributed to the reduction of violence.

Called upon the parties to the conflict to take confidence-building measures, including the release of detainees/abductees and the handover of bodies.

Called for the launch of the Constitutional Committee in Geneva when circumstances allow.

Invited the UN Secretary-General to support the work on the establishment of the Constitutional Committee.

Agreed to continue joint efforts to facilitate the return of refugees, as appropriate, in coordination with UNHCR.

Took note of the proposals for early recovery projects in areas affected by the conflict.

Called for respect for the 1974 Disengagement Agreement in the Golan.

Reviewed the situation in the north-east of Syria.

Decided to hold the next International Meeting on Syria in Sochi in July 2018.
""", """
Joint Statement by Iran, Russia and Turkey on the Tenth International Meeting on Syria in Astana format, Sochi, 30–31 July 2018

The Islamic Republic of Iran, the Russian Federation and the Republic of Turkey as guarantors of the observance of the ceasefire regime in the Syrian Arab Republic:

Noted with satisfaction the functioning of the de-escalation areas, which has contributed to the reduction of violence.

Called upon all parties to the conflict to take confidence-building measures, including the release of detainees/abductees and the handover of bodies.

Called for the launch of the Constitutional Committee in Geneva.

Invited the UN Special Envoy for Syria to support the work on the establishment of the Constitutional Committee.

Agreed to continue joint efforts to facilitate the return of refugees in coordination with UNHCR.

Welcomed the proposals for early recovery projects in areas affected by the conflict.

Demanded respect for the 1974 Disengagement Agreement in the Golan.

Agreed to continue and expand the exchange of information on terrorist threats.

Decided to hold the next International Meeting on Syria in Astana in November 2018.
""", [
    U("Noted with satisfaction the functioning of"),
    St("Called upon the parties to the", "Called upon all parties to the", "scope"),
    St("Called for the launch of the", "Called for the launch of the", "condition"),
    R("Invited the UN Secretary-General to support", "Invited the UN Special Envoy for", "addressee"),
    St("Agreed to continue joint efforts to", "Agreed to continue joint efforts to", "hedge"),
    St("Took note of the proposals for", "Welcomed the proposals for early recovery", "act"),
    St("Called for respect for the 1974", "Demanded respect for the 1974 Disengagement", "act"),
    D("Reviewed the situation in the north-east"),
    A("Agreed to continue and expand the"),
    R("Decided to hold the next International", "Decided to hold the next International", "object"),
], [
    "on the Ninth International Meeting on Syria",
    "on the Tenth International Meeting on Syria",
    'as guarantors of the observance of',
]))

write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "en.json"), P)
print(len(P), "en pairs")
