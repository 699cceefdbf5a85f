# English pairs. Illustrative texts only - not official statements or real press reports.
from lib import T, U, S, St, R, A, D, pair

PAIRS = []
add = PAIRS.append

# ---------------------------------------------------------------- en-01
add(pair("en-01-conditions", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 19th International Meeting on Syria in the Astana format, Astana, 22–23 November

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.

2. Called for the safe, dignified and voluntary return of refugees and internally displaced persons to their places of original residence in Syria, and stressed the need to ensure their right to return and their right to be supported.

3. Agreed to convene the next session of the Constitutional Committee in Geneva and expressed support for the efforts of the UN Special Envoy in this regard.

4. Decided to expand humanitarian deliveries throughout Syria, subject to security conditions on the ground, including through early recovery projects, without discrimination, politicization and preconditions.

5. Welcomed the release of detainees and abductees within the framework of the relevant Working Group and agreed to continue its work when circumstances allow.

6. Rejected all attempts to create new realities on the ground under the pretext of combating terrorism.

7. Agreed to hold the next International Meeting on Syria in the Astana format in Astana.
""", """
Joint Statement by Iran, Russia and Türkiye on the 20th International Meeting on Syria in the Astana format, Astana, 20–21 June

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic and to the purposes and principles of the UN Charter.

2. Called for the safe, dignified and voluntary return of refugees and internally displaced persons to their places of original residence in Syria as soon as conditions permit, and stressed the need to ensure their right to return and their right to be supported.

3. Agreed to convene the next session of the Constitutional Committee in Geneva, provided that the Syrian parties reach consensus on its methodology, and expressed support for the efforts of the UN Special Envoy in this regard.

4. Decided to expand humanitarian deliveries throughout Syria, including through early recovery projects, without discrimination, politicization and preconditions.

5. Welcomed the release of detainees and abductees within the framework of the relevant Working Group and agreed to continue its work.

6. Agreed to intensify their consultations on the situation east of the Euphrates once the security situation there stabilizes.

7. Agreed to hold the next International Meeting on Syria in the Astana format in Astana.
""", [
    U("Reaffirmed their strong commitment to the", "Reaffirmed their strong commitment to the"),
    S("Called for the safe, dignified and", "Called for the safe, dignified and", "condition"),
    U("stressed the need to ensure their", "stressed the need to ensure their"),
    S("Agreed to convene the next session", "Agreed to convene the next session", "condition"),
    U("expressed support for the efforts", "expressed support for the efforts"),
    St("Decided to expand humanitarian deliveries throughout", "Decided to expand humanitarian deliveries throughout", "condition"),
    U("Welcomed the release of detainees and", "Welcomed the release of detainees and"),
    St("agreed to continue its work", "agreed to continue its work", "condition"),
    D("Rejected all attempts to create new"),
    A("Agreed to intensify their consultations on"),
    U("Agreed to hold the next International", "Agreed to hold the next International"),
], ["Joint Statement by Iran, Russia and"]))

# ---------------------------------------------------------------- en-02
add(pair("en-02-negation-and-act", "statement", """
Joint Statement of the Astana guarantors following the 20th International Meeting on Syria

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye, as guarantors of the Astana format:

Reaffirmed their unwavering commitment to the sovereignty, independence, unity and territorial integrity of Syria, and underlined that these principles should be respected by all.

Demanded the immediate cessation of attacks on civilians and civilian infrastructure in the Idlib de-escalation area.

Reiterated the call for the lifting of all unilateral sanctions, which contravene international law and hinder early recovery in Syria.

Agreed on the terms of reference for the next round of the Constitutional Committee.

Expressed concern over the increased presence and activity of terrorist groups, including HTS, in the Idlib de-escalation area.

Noted the efforts of the UN Special Envoy for Syria to facilitate the political process in line with UN Security Council resolution 2254.

Called upon the international community to increase humanitarian assistance to all Syrians, and stressed the importance of mine action.

Agreed to hold the next meeting in Astana in the second half of the year.
""", """
Joint Statement of the Astana guarantors following the 21st International Meeting on Syria

The representatives of the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye, as guarantors of the Astana format:

Reaffirmed their unwavering commitment to the sovereignty, independence, unity and territorial integrity of Syria, and underlined that these principles should be respected by all.

Called for the immediate cessation of attacks on civilians and civilian infrastructure in the Idlib de-escalation area.

Reiterated the call for the lifting of unilateral sanctions, which contravene international law and hinder early recovery in Syria.

Could not agree on the terms of reference for the next round of the Constitutional Committee and decided to continue consultations on this matter.

Condemned the increased presence and activity of terrorist groups, including HTS, in the Idlib de-escalation area.

Welcomed the efforts of the UN Special Envoy for Syria to facilitate the political process in line with UN Security Council resolution 2254.

Urged the international community to increase humanitarian assistance to all Syrians.

Agreed to hold the next meeting in Astana in the second half of the year.
""", [
    U("Reaffirmed their unwavering commitment to the", "Reaffirmed their unwavering commitment to the"),
    U("underlined that these principles should", "underlined that these principles should"),
    S("Demanded the immediate cessation of attacks", "Called for the immediate cessation of", "act"),
    S("Reiterated the call for the lifting", "Reiterated the call for the lifting", "scope"),
    S("Agreed on the terms of reference", "Could not agree on the terms", "negation"),
    A("decided to continue consultations on"),
    St("Expressed concern over the increased presence", "Condemned the increased presence and activity", "act"),
    St("Noted the efforts of the UN", "Welcomed the efforts of the UN", "act"),
    St("Called upon the international community to", "Urged the international community to increase", "act"),
    D("stressed the importance of mine action"),
    U("Agreed to hold the next meeting", "Agreed to hold the next meeting"),
], ["Joint Statement of the Astana guarantors"]))

# ---------------------------------------------------------------- en-03
add(pair("en-03-urgency-scope-modality", "statement", """
Joint Statement by Iran, Russia and Türkiye on the International Meeting on Syria in the Astana format (21st round)

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their determination to continue working together to combat terrorism in all forms and manifestations and to counter separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria.

2. Called for the immediate release of all detainees and abductees and for the handover of the remains of the missing to their families.

3. Agreed to continue and expand the work of the Working Group on the release of detainees/abductees, the handover of bodies and the identification of missing persons.

4. Stressed that all parties must fully comply with the arrangements on the Idlib de-escalation area.

5. Stated that they are ready to support early recovery projects in all regions of Syria.

6. Decided that the Joint Working Group may convene on a monthly basis to review the situation in northern Syria.

7. Expressed concern over the dire humanitarian situation in the Rukban camp.

8. Agreed to hold the next meeting in Astana in due course.
""", """
Joint Statement by Iran, Russia and Türkiye on the International Meeting on Syria in the Astana format (22nd round)

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their determination to continue working together to combat terrorism in all forms and manifestations and to counter separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria.

2. Called for the release of all detainees and abductees as soon as possible and for the handover of the remains of the missing to their families.

3. Agreed to continue the work of the Working Group on the release of detainees/abductees, the handover of bodies and the identification of missing persons.

4. Stressed that all parties should fully comply with the arrangements on the Idlib de-escalation area.

5. Stated that they could consider supporting early recovery projects in all regions of Syria.

6. Decided that the Joint Working Group will convene on a monthly basis to review the situation in northern Syria.

7. Welcomed the efforts of UNHCR to facilitate the voluntary return of Syrian refugees from neighbouring countries.

8. Agreed to hold the next meeting in Astana as soon as possible.
""", [
    U("Reaffirmed their determination to continue working", "Reaffirmed their determination to continue working"),
    S("Called for the immediate release of", "Called for the release of all", "urgency"),
    S("Agreed to continue and expand the", "Agreed to continue the work of", "scope"),
    S("Stressed that all parties must", "Stressed that all parties should", "modality"),
    S("Stated that they are ready", "Stated that they could consider", "modality"),
    St("Decided that the Joint Working Group", "Decided that the Joint Working Group", "modality"),
    D("Expressed concern over the dire"),
    A("Welcomed the efforts of UNHCR"),
    St("Agreed to hold the next meeting", "Agreed to hold the next meeting", "urgency"),
], ["Joint Statement by Iran, Russia and"]))

# ---------------------------------------------------------------- en-04
add(pair("en-04-nominal-boosters-hedges", "statement", """
Joint Statement of the guarantor states of the Astana format on the 22nd International Meeting on Syria

The guarantors reaffirmed in the strongest terms their commitment to the sovereignty, independence, unity and territorial integrity of Syria.

The need to continue the fight against ISIL/Daesh, HTS and other terrorist groups designated as such by the UN Security Council was stressed by all three delegations.

It was agreed to convene a meeting of the Working Group on detainees and abductees before the end of the year.

Turning to the situation east of the Euphrates, grave concern was expressed over the illegal seizure and transfer of oil revenues that should belong to Syria.

The guarantors firmly rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives, under the pretext of combating terrorism.

They reached an agreement to facilitate, where possible, the delivery of humanitarian aid to all Syrians through all modalities, including cross-line deliveries.

They stressed the need to support the work of UNHCR and other international agencies in assisting refugees and IDPs.

The guarantors also noted the importance of the Astana format as an effective platform for dialogue.

They also confirmed their plans to hold the next International Meeting on Syria in Astana in the second half of the year.
""", """
Joint Statement of the guarantor states of the Astana format on the 23rd International Meeting on Syria

The guarantors reaffirmed their commitment to the sovereignty, independence, unity and territorial integrity of Syria.

The need to continue, as appropriate, the fight against ISIL/Daesh, HTS and other terrorist groups designated as such by the UN Security Council was stressed by all three delegations.

A decision was taken to convene a meeting of the Working Group on detainees and abductees before the end of the year.

Turning to the situation east of the Euphrates, the guarantors condemned the illegal seizure and transfer of oil revenues that should belong to Syria.

The guarantors rejected all attempts to create new realities on the ground, including illegitimate self-rule initiatives, under the pretext of combating terrorism.

They reached an agreement to facilitate the delivery of humanitarian aid to all Syrians through all modalities, including cross-line deliveries.

They strongly stressed the need to support the work of UNHCR and other international agencies in assisting refugees and IDPs.

It was further decided to set up a trilateral expert group on humanitarian mine action.

They also confirmed their plans to hold the next International Meeting on Syria in Astana in the second half of the year.
""", [
    S("reaffirmed in the strongest terms their", "The guarantors reaffirmed their commitment to", "booster"),
    S("The need to continue the fight", "The need to continue, as appropriate,", "hedge"),
    R("It was agreed to convene", "A decision was taken to convene", "act"),
    St("grave concern was expressed over the", "the guarantors condemned the illegal seizure", "act"),
    S("The guarantors firmly rejected all attempts", "The guarantors rejected all attempts to", "booster"),
    St("They reached an agreement to facilitate", "They reached an agreement to facilitate", "hedge"),
    St("They stressed the need to support", "They strongly stressed the need to", "booster"),
    D("also noted the importance of the"),
    A("It was further decided to set"),
    U("confirmed their plans to hold the", "confirmed their plans to hold the"),
], ["Joint Statement of the guarantor states"]))

# ---------------------------------------------------------------- en-05
add(pair("en-05-moved-merged-split", "statement", """
Joint Statement by Iran, Russia and Türkiye on the 22nd International Meeting on Syria in the Astana format

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

2. Condemned the continuing Israeli military attacks in Syria, including against civilian infrastructure, which violate international law and undermine the sovereignty of Syria.

3. Reaffirmed that the Golan is an occupied territory and rejected decisions recognizing its annexation.

4. Welcomed the progress achieved in the work of the Constitutional Committee.

5. Expressed their conviction that there can be no military solution to the Syrian conflict and stressed the need to advance a Syrian-led and Syrian-owned, UN-facilitated political process in line with UN Security Council resolution 2254.

6. Agreed to increase humanitarian assistance to Syrians without discrimination, politicization and preconditions.

7. Called on the international community to support early recovery projects, including the restoration of basic infrastructure assets.

8. Took note of the amnesty decree recently adopted in Syria.

9. Agreed to hold the next meeting in Astana.
""", """
Joint Statement by Iran, Russia and Türkiye on the 23rd International Meeting on Syria in the Astana format

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

2. Condemned the continuing Israeli military attacks in Syria, including against civilian infrastructure, which violate international law and undermine the sovereignty of Syria, and reaffirmed that the Golan is an occupied territory.

3. Rejected decisions recognizing the annexation of the Golan.

4. Stressed the need to advance a Syrian-led and Syrian-owned, UN-facilitated political process in line with UN Security Council resolution 2254.

5. Called on the international community to support early recovery projects, including the restoration of basic infrastructure assets, and agreed to increase humanitarian assistance to Syrians, to the extent possible, without discrimination, politicization and preconditions.

6. Welcomed the extension of the arrangements for humanitarian crossings for a further six months.

7. The Turkish side stressed the need to ensure the security of its borders against terrorist threats.

8. Expressed their firm conviction that there can be no military solution to the Syrian conflict.

9. Agreed to hold the next meeting in Astana.
""", [
    U("Reaffirmed their commitment to the sovereignty", "Reaffirmed their commitment to the sovereignty"),
    U("Condemned the continuing Israeli military attacks", "Condemned the continuing Israeli military attacks"),
    U("Reaffirmed that the Golan is", "reaffirmed that the Golan is"),
    U("rejected decisions recognizing its annexation", "Rejected decisions recognizing the annexation"),
    D("Welcomed the progress achieved in"),
    St("Expressed their conviction that there", "Expressed their firm conviction that", "booster"),
    U("stressed the need to advance a", "Stressed the need to advance a"),
    S("Agreed to increase humanitarian assistance to", "agreed to increase humanitarian assistance to", "hedge"),
    U("Called on the international community to", "Called on the international community to"),
    D("Took note of the amnesty"),
    A("Welcomed the extension of the arrangements"),
    A("The Turkish side stressed the need"),
    U("Agreed to hold the next meeting", "Agreed to hold the next meeting"),
], ["Joint Statement by Iran, Russia and"]))

# ---------------------------------------------------------------- en-06
add(pair("en-06-addressee-rewording-speaker", "statement", """
Joint Statement by Iran, Russia and Türkiye on the International Meeting on Syria in the Astana format

The guarantors of the Astana format, the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye:

Reiterated their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

Called upon the UN General Assembly to consider the humanitarian consequences of unilateral sanctions imposed on Syria.

Welcomed the release of detainees within the framework of the mutual release operation carried out on 12 May.

Stressed the importance of the arrangements on the Idlib de-escalation area and agreed to do more to ensure lasting calm on the ground.

Stressed the need to combat terrorism in all its forms and manifestations.

Called on UNHCR and other UN agencies to facilitate the return of refugees and IDPs to their homes.

Expressed concern at the humanitarian situation in the camps for IDPs in north-east Syria, including al-Hol.

Rejected the illegal confiscation and transfer of oil revenues.

Agreed to hold the next meeting in Astana in the second half of the year.
""", """
Joint Statement by Iran, Russia and Türkiye on the International Meeting on Syria in the Astana format

The guarantors of the Astana format, the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye:

Reiterated their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

Called upon the UN Security Council to consider the humanitarian consequences of unilateral sanctions imposed on Syria.

Welcomed the continued release of detainees within the framework of mutual release operations.

Underlined the importance of the arrangements on the Idlib de-escalation area and agreed to step up efforts to ensure sustainable calm on the ground.

The Turkish side stressed the need to combat terrorism in all its forms and manifestations.

Called on the ICRC and other humanitarian organizations to facilitate the return of refugees and IDPs to their homes.

Expressed concern about the humanitarian situation in the IDP camps in north-east Syria, including al-Hol.

Agreed to convene a trilateral meeting of deputy foreign ministers on the margins of the UN General Assembly.

Agreed to convene the next meeting in Astana in the second half of the year.
""", [
    U("Reiterated their strong commitment to the", "Reiterated their strong commitment to the"),
    R("Called upon the UN General Assembly", "Called upon the UN Security Council", "addressee"),
    R("Welcomed the release of detainees", "Welcomed the continued release of detainees", "object"),
    R("Stressed the importance of the arrangements", "Underlined the importance of the arrangements", "act"),
    R("agreed to do more to", "agreed to step up efforts to", "object"),
    S("Stressed the need to combat terrorism", "The Turkish side stressed the need", "speaker"),
    R("Called on UNHCR and other", "Called on the ICRC and", "addressee"),
    U("Expressed concern at the humanitarian situation", "Expressed concern about the humanitarian situation"),
    D("Rejected the illegal confiscation and transfer"),
    A("Agreed to convene a trilateral meeting"),
    R("Agreed to hold the next meeting", "Agreed to convene the next meeting", "act"),
], ["Joint Statement by Iran, Russia and"]))

# ---------------------------------------------------------------- en-07
add(pair("en-07-mixed", "statement", """
Joint Statement on the 23rd International Meeting on Syria in the Astana format

Iran, Russia and Türkiye, as guarantors of the Astana format:

1. Reaffirmed their commitment to the sovereignty, independence, unity and territorial integrity of Syria.

2. Expressed serious concern over the increased number of ceasefire violations in the Idlib de-escalation area.

3. Agreed to facilitate the return of refugees from neighbouring countries when the security situation allows.

4. Agreed on the need to establish a joint mechanism for monitoring the implementation of the ceasefire.

5. Reiterated the call to the international community to increase assistance to all Syrians throughout the country, without discrimination, politicization and preconditions.

6. Called on all parties to refrain from any actions that could escalate tensions in north-eastern Syria.

7. Took note of the convening of the drafting body of the Constitutional Committee.

8. Stressed the importance of confidence-building measures, including the exchange of bodies.

9. Agreed to hold the next meeting in Tehran.
""", """
Joint Statement on the 24th International Meeting on Syria in the Astana format

Iran, Russia and Türkiye, as guarantors of the Astana format:

1. Reaffirmed their commitment to the sovereignty, independence, unity and territorial integrity of Syria.

2. Condemned the increased number of ceasefire violations in the Idlib de-escalation area.

3. Agreed to facilitate the return of refugees from neighbouring countries.

4. Were unable to agree on the establishment of a joint mechanism for monitoring the implementation of the ceasefire.

5. Reiterated the call to the international community to increase assistance to Syrians, without discrimination, politicization and preconditions.

6. Called on some parties to refrain from any actions that could escalate tensions in north-eastern Syria.

7. Welcomed the convening of the drafting body of the Constitutional Committee.

8. Agreed to consider, in due course, the holding of a summit of the guarantor states.

9. Agreed to hold the next meeting in Astana.
""", [
    U("Reaffirmed their commitment to the sovereignty", "Reaffirmed their commitment to the sovereignty"),
    St("Expressed serious concern over the increased", "Condemned the increased number of ceasefire", "act"),
    St("Agreed to facilitate the return of", "Agreed to facilitate the return of", "condition"),
    S("Agreed on the need to establish", "Were unable to agree on the", "negation"),
    S("Reiterated the call to the international", "Reiterated the call to the international", "scope"),
    S("Called on all parties to refrain", "Called on some parties to refrain", "scope"),
    St("Took note of the convening", "Welcomed the convening of the drafting", "act"),
    D("Stressed the importance of confidence-building measures"),
    A("Agreed to consider, in due course,"),
    R("Agreed to hold the next meeting", "Agreed to hold the next meeting", "object"),
], ["Joint Statement on the 23rd", "Joint Statement on the 24th"]))

# ---------------------------------------------------------------- en-08
add(pair("en-08-press-agency", "press", """
Astana guarantors call for return of Syrian refugees, condemn attacks in Idlib

By Aigerim Sadykova, Steppe News Agency

ASTANA, June 21 — Iran, Russia and Türkiye wrapped up the 20th round of the Astana talks on Syria on Wednesday with a joint statement that reaffirmed their commitment to Syria's territorial integrity.

The three countries "condemned the attacks on civilians and civilian infrastructure in the Idlib de-escalation area", the statement said.

They also called for "the safe, dignified and voluntary return of refugees and IDPs" and stressed the need to facilitate the work of UNHCR, according to the document.

The guarantors also called upon the international community to increase humanitarian aid to all Syrians.

Read also: Kazakhstan ready to host further rounds of Syria talks

"We have decided to offer Astana as a permanent venue for these consultations," Kazakhstan's foreign minister told reporters at the closing ceremony.

The talks come amid renewed clashes in north-western Syria and growing pressure on neighbouring countries that host refugees.

The guarantors agreed to hold the next round in Astana, the joint statement read.
""", """
Astana guarantors urge refugee returns 'as soon as conditions permit', voice concern over Idlib

By Aigerim Sadykova, Steppe News Agency

ASTANA, November 23 — Iran, Russia and Türkiye ended the 21st round of the Astana talks on Syria on Thursday with a joint statement that reaffirmed their commitment to Syria's territorial integrity.

This time the three countries only "expressed concern over the attacks on civilians and civilian infrastructure in the Idlib de-escalation area", the statement said, stopping short of a condemnation.

They called for "the safe, dignified and voluntary return of refugees and IDPs as soon as conditions permit", according to the document, but did not repeat the call to facilitate the work of UNHCR.

The guarantors also urged the international community to increase humanitarian aid to all Syrians.

Read also: Syrian refugees in Türkiye weigh return as winter nears

"We have decided to keep Astana open to these talks for as long as the parties need it," Kazakhstan's foreign minister told reporters.

The talks come as humanitarian agencies warn of funding shortfalls ahead of the winter.

The guarantors agreed to hold the next round in Astana, the joint statement read.
""", [
    U("reaffirmed their commitment to Syria's territorial", "reaffirmed their commitment to Syria's territorial"),
    S("condemned the attacks on civilians and", "expressed concern over the attacks on", "act"),
    S('called for "the safe, dignified', 'called for "the safe, dignified', "condition"),
    S("stressed the need to facilitate the", "did not repeat the call to", "negation"),
    St("also called upon the international community", "also urged the international community to", "act"),
    U("agreed to hold the next round", "agreed to hold the next round"),
], [
    "Astana guarantors call for return",
    "Astana guarantors urge refugee returns",
    "By Aigerim Sadykova, Steppe News",
    "ASTANA, June 21",
    "ASTANA, November 23",
    "wrapped up the 20th round",
    "ended the 21st round of",
    "the statement said",
    "stopping short of a condemnation",
    "according to the document",
    "Read also: Kazakhstan ready to",
    "Read also: Syrian refugees in",
    "We have decided to offer",
    "We have decided to keep",
    "Kazakhstan's foreign minister told reporters",
    "The talks come amid renewed",
    "The talks come as humanitarian",
    "the joint statement read",
]))

# ---------------------------------------------------------------- en-09
add(pair("en-09-press-newspaper", "press", """
Guarantors agree to expand Syria prisoner swaps, reject separatist agendas

By our diplomatic correspondent

ASTANA — Delegations from Iran, Russia and Türkiye met in the Kazakh capital for two days of closed-door talks on Syria, the 21st such round since the format was launched in 2017.

In their joint statement, the guarantors "agreed to continue and expand the release of detainees and abductees" through the dedicated Working Group.

They "firmly rejected all separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria", the document reads.

The three countries also agreed to convene the next session of the Constitutional Committee before the end of the year, the statement said.

The guarantors also "called for the immediate cessation of hostilities east of the Euphrates" and "welcomed the readiness of the United Nations to support mine clearance".

A UN spokesperson said the organization "welcomes any step that brings the parties closer to a political settlement under resolution 2254".

Kazakhstan, as the ministry noted in a separate release, "will remain a neutral platform" for the talks.

Read also: Idlib residents brace for another winter under bombardment

Observers note that the format has struggled to produce tangible results on the political track.
""", """
Guarantors to continue Syria prisoner swaps, fail to agree on constitutional talks

By our diplomatic correspondent

ASTANA — Delegations from Iran, Russia and Türkiye met in the Kazakh capital for two days of closed-door talks on Syria, the 22nd such round since the format was launched in 2017.

In their joint statement, the guarantors "agreed to continue the release of detainees and abductees" through the dedicated Working Group.

They "rejected all separatist agendas aimed at undermining the sovereignty and territorial integrity of Syria", the document reads.

Unlike in the previous round, the three countries could not agree on convening the next session of the Constitutional Committee before the end of the year, according to the statement.

The guarantors also "called for the cessation of hostilities east of the Euphrates at an appropriate time".

The Iranian side confirmed its readiness to host a trilateral meeting of deputy foreign ministers, the statement added.

A UN spokesperson said the organization "remains ready to support the parties in advancing a political settlement under resolution 2254".

Kazakhstan, as the ministry noted in a separate release, "will continue to provide a neutral platform" for the talks.

Read also: Aid convoys reach north-western Syria after weeks of delays

Observers note that the format has struggled to produce tangible results on the political track.
""", [
    S("agreed to continue and expand the", "agreed to continue the release of", "scope"),
    S('They "firmly rejected all separatist', 'They "rejected all separatist agendas', "booster"),
    S("also agreed to convene the next", "could not agree on convening the", "negation"),
    S("called for the immediate cessation of", "called for the cessation of hostilities", "urgency"),
    D("welcomed the readiness of the United"),
    A("The Iranian side confirmed its readiness"),
], [
    "Guarantors agree to expand Syria",
    "Guarantors to continue Syria prisoner",
    "By our diplomatic correspondent",
    "Delegations from Iran, Russia and Türkiye met",
    "the 21st such round",
    "the 22nd such round",
    "In their joint statement,",
    "the document reads",
    "the statement said",
    "Unlike in the previous round,",
    "according to the statement",
    "the statement added",
    "A UN spokesperson said the organization",
    "welcomes any step that brings",
    "remains ready to support the parties",
    "as the ministry noted",
    "will remain a neutral platform",
    "will continue to provide a neutral",
    "Read also: Idlib residents brace",
    "Read also: Aid convoys reach",
    "Observers note that the format",
]))

# ---------------------------------------------------------------- en-10
add(pair("en-10-press-moved-split", "press", """
Iran, Russia, Türkiye vow to keep fighting terrorism in Syria

Staff reporter, Caspian Herald

NUR-SULTAN, December 10 — The guarantor states of the Astana process issued a joint statement on Friday after two days of talks in the Kazakh capital.

The statement said the three countries "reaffirmed their determination to combat terrorism in all its forms and manifestations" and "condemned the increased terrorist activity of HTS in the Idlib area".

"We have decided to extend our offer to host the meetings into next year," Kazakhstan's deputy foreign minister told reporters after the closing session.

According to the statement, the guarantors "agreed to take, as appropriate, further measures to ensure the protection of civilians".

Read also: What the Astana format has achieved in five years

The parties also "called upon the international community to support the early recovery of Syria" and expressed concern over the impact of unilateral sanctions on ordinary Syrians.

The guarantors agreed to hold the next round in the Kazakh capital, the document said.

The talks come amid a fragile truce in north-western Syria.
""", """
Iran, Russia, Türkiye back 'protection of civilians' in Syria, drop sanctions language

Staff reporter, Caspian Herald

ASTANA, June 18 — The guarantor states of the Astana process issued a joint statement on Tuesday after two days of talks in the Kazakh capital.

The statement said the three countries "reaffirmed their determination to combat terrorism in all its forms and manifestations".

In a separate paragraph, the guarantors "condemned in the strongest terms the increased terrorist activity of HTS in the Idlib area".

"We have decided to keep our doors open to all parties," Kazakhstan's deputy foreign minister told reporters after the closing session.

According to the statement, the guarantors "agreed to take further measures to ensure the protection of civilians".

Read also: Rebuilding Aleppo: the slow return of electricity

The parties also "called upon the international community to support the early recovery of Syria", but the passage on sanctions was dropped.

The guarantors also "welcomed the return of more than 20,000 refugees from neighbouring countries", the document noted.

The guarantors agreed to hold the next round in the Kazakh capital, the document said.

The talks come as the Syrian economy faces its worst fuel shortages in years.
""", [
    U("reaffirmed their determination to combat terrorism", "reaffirmed their determination to combat terrorism"),
    St("condemned the increased terrorist activity of", "condemned in the strongest terms the", "booster"),
    St("agreed to take, as appropriate, further", "agreed to take further measures to", "hedge"),
    U("called upon the international community to", "called upon the international community to"),
    D("expressed concern over the impact of"),
    A("welcomed the return of more than"),
    U("agreed to hold the next round", "agreed to hold the next round"),
], [
    "Iran, Russia, Türkiye vow to keep",
    "Iran, Russia, Türkiye back 'protection",
    "Staff reporter, Caspian Herald",
    "NUR-SULTAN, December 10",
    "ASTANA, June 18",
    "issued a joint statement on Friday",
    "issued a joint statement on Tuesday",
    "The statement said the three countries",
    "In a separate paragraph,",
    "We have decided to extend",
    "We have decided to keep",
    "deputy foreign minister told reporters",
    "According to the statement,",
    "Read also: What the Astana",
    "Read also: Rebuilding Aleppo: the slow",
    "but the passage on sanctions",
    "the document noted",
    "the document said",
    "The talks come amid a",
    "The talks come as the",
]))

# ---------------------------------------------------------------- en-11
add(pair("en-11-cosmetic", "cosmetic", """
Joint Statement by Iran, Russia and Turkey on the 17th International Meeting on Syria in the Astana format, Nur-Sultan, 6-7 July

The Islamic Republic of Iran, the Russian Federation and the Republic of Turkey as guarantors of the Astana format:

1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

2. Agreed to continue their efforts to ensure sustainable calm in the Idleb de-escalation area.

3. Stressed the need to advance the "Syrian-led, Syrian-owned, UN-facilitated" political process in line with UN Security Council resolution 2254.

4. Welcomed the holding of the 8th session of the Constitutional Committee in Geneva.

5. Called upon the international community, the UN and its humanitarian agencies to increase assistance to all Syrians without discrimination, politicisation and preconditions.

6. Condemned the attacks on civilians, including in the Idleb de-escalation area.

7. Agreed to hold the next International Meeting on Syria in the Astana format in Nur-Sultan.
""", """
Joint Statement by Iran, Russia and Türkiye on the Seventeenth International Meeting on Syria in the Astana format, Astana, 6–7 July

The Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye as guarantors of the Astana format:

1. Reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of the Syrian Arab Republic.

2. Agreed to continue their efforts to ensure sustainable calm in the Idlib de-escalation area.

3. Stressed the need to advance the “Syrian-led, Syrian-owned, UN-facilitated” political process in line with UN Security Council Resolution 2254.

4. Welcomed the holding of the eighth session of the Constitutional Committee in Geneva.

5. Called upon the international community, the UN and its humanitarian agencies to increase assistance to all Syrians without discrimination, politicization and preconditions.

6. Condemned the attacks on civilians, including in the Idlib de-escalation area.

7. Agreed to hold the next International Meeting on Syria in the Astana format in Astana.
""", [
    U("Reaffirmed their strong commitment to the", "Reaffirmed their strong commitment to the"),
    U("Agreed to continue their efforts", "Agreed to continue their efforts"),
    U('Stressed the need to advance the "Syrian-led,', "Stressed the need to advance the “Syrian-led,"),
    U("Welcomed the holding of the 8th", "Welcomed the holding of the eighth"),
    U("Called upon the international community, the", "Called upon the international community, the"),
    U("Condemned the attacks on civilians,", "Condemned the attacks on civilians,"),
    U("Agreed to hold the next International", "Agreed to hold the next International"),
], ["Joint Statement by Iran, Russia and"]))
