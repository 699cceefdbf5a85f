/**
 * English lexicon of acts, markers and attribution, in the register of the
 * Astana joint statements and UN texts. Pattern syntax: see PredicateEntry.
 */
import type { Lexicon } from '../types.js';

// The three guarantors by name, folded, and who speaks for them ("the delegations of …").
const GUARANTOR = 'turkiye|turkey|iran|russia';
// The last word of each one's official name (the Islamic Republic of Iran, the Russian Federation, the Republic of Türkiye).
const OFFICIAL = 'turkiye|turkey|iran|russia|federation';
// (Plural, and a delegation: one minister or president is a third party, see thirdParty.)
const BODIES = 'delegations|representatives|ministers|presidents|leaders|heads|delegation';

export const lexicon: Lexicon = {
  predicates: [
    { predicate: 'reaffirm', pattern: 'reaffirm*|reiterat*|reconfirm*' },
    { predicate: 'reaffirm', pattern: 'renewed ~2 commitment*' },
    { predicate: 'emphasize', pattern: 'emphasi*|stress|stressed|stresses|stressing|underline*|underlin*|underscor*|highlight*|affirm|affirmed|affirms|affirming|insisted' },
    { predicate: 'agree', pattern: 'agree|agreed|agrees|agreeing' },
    { predicate: 'decide', pattern: 'decide|decided|decides|deciding' },
    { predicate: 'decide', pattern: 'resolved to' },
    { predicate: 'propose', pattern: 'propose|proposed|proposes|proposing|suggested' },
    { predicate: 'commit', pattern: 'committed|commit|commits|pledge|pledged|pledges' },
    { predicate: 'commit', pattern: 'commitment*', nominal: true },
    { predicate: 'condemn', pattern: 'condemn|condemned|condemns|condemning|denounce*|deplore*' },
    { predicate: 'condemn', pattern: 'condemnation', nominal: true },
    { predicate: 'reject', pattern: 'reject|rejected|rejects|rejecting|oppose|opposed|opposes' },
    { predicate: 'reject', pattern: 'rejection', nominal: true },
    { predicate: 'demand', pattern: 'demand|demanded|demands|demanding' },
    { predicate: 'call-upon', pattern: 'call|called|calls|calling upon|on|for' },
    { predicate: 'urge', pattern: 'urge|urged|urges|urging' },
    // "Renewed their call for…", "did not repeat the call to…".
    { predicate: 'call-upon', pattern: 'renew*|repeat*|reiterat* ~2 call|calls|appeal|appeals' },
    { predicate: 'urge', pattern: 'strongly ~1 call|called|calls upon|on|for' },
    { predicate: 'request', pattern: 'request|requested|requests|requesting' },
    { predicate: 'welcome', pattern: 'welcome|welcomed|welcomes|welcoming' },
    { predicate: 'note', pattern: 'note|noted|notes|noting' },
    { predicate: 'note', pattern: 'took|take|takes|taking note' },
    { predicate: 'note', pattern: 'reviewed|discussed|examined|considered' },
    { predicate: 'express-concern', pattern: 'express*|voic* ~3 concern|alarm' },
    // "Expressed their strong condemnation" is a condemnation, not a bare "expressed".
    { predicate: 'condemn', pattern: 'express*|voic* ~3 condemnation' },
    { predicate: 'reject', pattern: 'express*|voic* ~3 rejection|opposition' },
    { predicate: 'support', pattern: 'express*|voic* ~3 support' },
    // "Expressed their satisfaction with…" welcomes it (as «ابراز رضایت کردند», «أعربوا عن ارتياحهم»).
    { predicate: 'welcome', pattern: 'express*|voic* ~3 satisfaction' },
    // Nominal and passive acts: "reached an agreement to", "confirmed their plans to", "the need to".
    { predicate: 'agree', pattern: 'reach|reached|reaches|reaching ~2 agreement|understanding|consensus', nominal: true },
    { predicate: 'commit', pattern: 'confirm*|announc* ~2 plan|plans|intention|intent|readiness' },
    { predicate: 'decide', pattern: 'decision ~2 taken|made|adopted|reached', nominal: true },
    // Passive nominal acts: "grave concern was expressed over…", "the importance of X was underlined".
    { predicate: 'express-concern', pattern: 'concern|alarm ~1 was|were expressed|voiced', nominal: true },
    { predicate: 'condemn', pattern: 'condemnation ~1 was|were expressed|voiced', nominal: true },
    { predicate: 'support', pattern: 'support ~1 was|were expressed|voiced', nominal: true },
    { predicate: 'agree', pattern: 'agreement|consensus|understanding ~1 was|were reached', nominal: true },
    { predicate: 'emphasize', pattern: 'importance|need ~6 was|were underlined|stressed|emphasized|emphasised|highlighted|underscored', nominal: true },
    { predicate: 'emphasize', pattern: 'the need to|for', nominal: true },
    { predicate: 'express-concern', pattern: 'note|noted|notes|noting with ~1 concern' },
    { predicate: 'express-determination', pattern: 'express*|voic*|announc*|declar*|confirm* ~3 determination|resolve' },
    // "Deemed it essential that…", "considered it necessary to…": a statement of need.
    { predicate: 'emphasize', pattern: 'deemed|deem|considered ~1 it essential|necessary|important|imperative' },
    { predicate: 'express-readiness', pattern: 'express*|voic* ~3 readiness|willingness' },
    { predicate: 'express-confidence', pattern: 'express*|voic* ~3 confidence|conviction' },
    { predicate: 'express-hope', pattern: 'express*|voic* ~3 hope' },
    { predicate: 'express-hope', pattern: 'look|looked|looks|looking forward to' },
    { predicate: 'express-readiness', pattern: 'are|is|stand|stood|remain|remained ready|prepared|willing to' },
    // A bare future ("Will take concrete steps", "The next round will be held") is a
    // commitment, "may take" a hedged one — where no act has opened the sentence:
    // inside another act's clause ("agreed that the next round will be held") it is
    // part of that act.
    // A meeting that "will be held" ("is due to be held") in a report or a statement is the decision to hold it
    // ("Decided to hold the next meeting…"): as strong, so that a report of it does not read as weaker.
    { predicate: 'decide', pattern: 'will|shall be held|convened|hosted|organized|organised', nominal: true },
    { predicate: 'decide', pattern: 'is|are due|scheduled|set to be held|convened|hosted', nominal: true },
    { predicate: 'decide', pattern: 'is|are to be held|convened|hosted', nominal: true },
    { predicate: 'commit', pattern: 'will|shall take|undertake|make|promote|assist|help|contribute|redouble|keep|seek|establish|launch|develop|enhance|coordinate|engage|implement|advance|bolster|boost|combat|counter|fight|protect|preserve|respect|uphold|organize|organise|host|meet|be|do|continue|pursue|remain|intensify|strengthen|expand|support|facilitate|provide|cooperate|work|step|hold|convene|resume|maintain|ensure|prevent|refrain|avoid|allocate|send|deliver|address|tackle|oppose|reject|condemn|increase|reduce|guarantee|monitor|review|consult|refrain|stand|act|move|finalize|finalise|complete|conclude|start|begin|open|deploy|dispatch|extend|renew', nominal: true },
    { predicate: 'commit', pattern: 'must take|undertake|make|promote|assist|help|contribute|redouble|keep|seek|establish|launch|develop|enhance|coordinate|engage|implement|advance|bolster|boost|combat|counter|fight|protect|preserve|respect|uphold|organize|organise|host|meet|be|do|continue|pursue|remain|intensify|strengthen|expand|support|facilitate|provide|cooperate|work|step|hold|convene|resume|maintain|ensure|prevent|refrain|avoid|allocate|send|deliver|address|tackle|oppose|reject|condemn|increase|reduce|guarantee|monitor|review|consult|refrain|stand|act|move|finalize|finalise|complete|conclude|start|begin|open|deploy|dispatch|extend|renew', nominal: true, strength: 4.5 },
    { predicate: 'commit', pattern: 'should|would take|undertake|make|promote|assist|help|contribute|redouble|keep|seek|establish|launch|develop|enhance|coordinate|engage|implement|advance|bolster|boost|combat|counter|fight|protect|preserve|respect|uphold|organize|organise|host|meet|be|do|continue|pursue|remain|intensify|strengthen|expand|support|facilitate|provide|cooperate|work|step|hold|convene|resume|maintain|ensure|prevent|refrain|avoid|allocate|send|deliver|address|tackle|oppose|reject|condemn|increase|reduce|guarantee|monitor|review|consult|refrain|stand|act|move|finalize|finalise|complete|conclude|start|begin|open|deploy|dispatch|extend|renew', nominal: true, strength: 3.75 },
    { predicate: 'commit', pattern: 'may|might|could take|undertake|make|promote|assist|help|contribute|redouble|keep|seek|establish|launch|develop|enhance|coordinate|engage|implement|advance|bolster|boost|combat|counter|fight|protect|preserve|respect|uphold|organize|organise|host|meet|be|do|continue|pursue|remain|intensify|strengthen|expand|support|facilitate|provide|cooperate|work|step|hold|convene|resume|maintain|ensure|prevent|refrain|avoid|allocate|send|deliver|address|tackle|oppose|reject|condemn|increase|reduce|guarantee|monitor|review|consult|refrain|stand|act|move|finalize|finalise|complete|conclude|start|begin|open|deploy|dispatch|extend|renew', nominal: true, strength: 3.5 },
    // Considering an act is weaker than any act (inside another act's clause, "agreed to consider", it is that act's hedge): "could consider supporting", "will consider convening".
    { predicate: 'consider', pattern: 'will|would|shall|should|may|might|could|can ~1 consider|explore|study|examine', nominal: true },
    { predicate: 'appreciate', pattern: 'express*|voic*|convey*|extend*|offer* ~3 appreciation|gratitude' },
    // "Drew attention to the importance of…": a statement of importance.
    { predicate: 'emphasize', pattern: 'drew|draw|draws|drawing ~1 attention' },
    { predicate: 'appreciate', pattern: 'appreciat*|commend*|prais*|thank|thanked|thanking' },
    { predicate: 'request', pattern: 'instructed|instructs' },
    { predicate: 'note', pattern: 'inform|informed|informs|briefed' },
    { predicate: 'commit', pattern: 'announce|announced|announces that', nominal: true },
    { predicate: 'express', pattern: 'expressed|expresses|expressing|voiced' },
    { predicate: 'encourage', pattern: 'encourag*' },
    { predicate: 'invite', pattern: 'invite|invited|invites|inviting' },
    { predicate: 'recall', pattern: 'recall|recalled|recalls|recalling' },
  ],
  markers: [
    { kind: 'booster', pattern: 'in the strongest terms', weight: 1 },
    { kind: 'booster', pattern: 'strong|strongly|firm|firmly|unwavering|steadfast|full|fully|resolute|resolutely|unequivocal|unequivocally|deep|deeply|grave|gravely|serious|seriously|utmost|complete|completely|categorical|categorically|unconditional|unconditionally|unreserved|unreservedly|total' },
    { kind: 'hedge', pattern: 'as|where|when|if appropriate|possible|necessary|feasible' },
    { kind: 'hedge', pattern: 'as far as possible' },
    { kind: 'hedge', pattern: 'to the extent possible' },

    { kind: 'hedge', pattern: 'in principle' },
    { kind: 'hedge', pattern: 'as far as practicable|feasible' },
    { kind: 'hedge', pattern: 'where|when|if|as needed|required|relevant|warranted' },
    { kind: 'hedge', pattern: 'the possibility|possibilities of' },
    { kind: 'booster', pattern: 'vigorously|decisively|emphatically|vehemently|absolute|absolutely|strict|strictly|wholehearted|wholeheartedly|profound|profoundly|greatest|highest' },
    { kind: 'booster', pattern: 'once again', weight: 0.25 },
    { kind: 'booster', pattern: 'again|anew', weight: 0.25 },
    { kind: 'hedge', pattern: 'consider|considering|explore|exploring|endeavour*|endeavor*|possibly|try|trying' },
    { kind: 'modal', pattern: 'must|shall', weight: 0.5 },
    { kind: 'modal', pattern: 'should', weight: 0 },
    { kind: 'modal', pattern: 'may|might|could', weight: -0.5 },
    { kind: 'modal', pattern: 'will', weight: 0.25 },
    { kind: 'negation', pattern: 'not|never|no|neither|nor|unable|failed|fail|cannot|refrained|refrain|refrains|declined' },
    { kind: 'negation', pattern: 'stopped|stopping short' },
    // Conditions on when or whether the act applies.
    { kind: 'condition', pattern: 'as soon as ~3 conditions|circumstances|situation|security ~2 permit*|allow*|improve*' },
    { kind: 'condition', pattern: 'when|whenever|once|if ~3 conditions|circumstances|situation|security ~2 permit*|allow*|improve*' },
    // Any "when/as/once/if … allow(s)/permit(s)/is met": the condition's own subject varies.
    { kind: 'condition', pattern: 'as ~3 circumstances|conditions|situation|security ~2 allow*|permit*' },
    { kind: 'condition', pattern: 'when|whenever|once|if|until ~5 allow|allows|allowed|permit|permits|permitted|available|met|ready|ripe|reached|created|established|exist|exists|improve|improves|stabilize|stabilizes|stabilise|stabilises|finalized|finalised|completed|concluded|secured|resolved' },
    { kind: 'condition', pattern: 'when|whenever|once|if|until ~5 in place' },
    { kind: 'condition', pattern: 'in|on the ~1 light|basis of ~2 developments|conditions|circumstances|situation' },
    { kind: 'condition', pattern: 'provided|providing that' },
    { kind: 'condition', pattern: 'subject|conditional|contingent|dependent to|on|upon' },
    { kind: 'condition', pattern: 'depending on' },
    { kind: 'condition', pattern: 'on condition that' },
    { kind: 'condition', pattern: 'unless|pending' },
    { kind: 'condition', pattern: 'with|upon the ~1 consent|agreement|approval of' },
    { kind: 'condition', pattern: 'in case|event of' },
    { kind: 'scope', pattern: 'all|every|universally|throughout' },
    { kind: 'scope', pattern: 'expand*|broaden*|widen*|intensif*' },
    { kind: 'scope', pattern: 'scale|step up' },
    // An "including …" extension: dropping it narrows.
    { kind: 'scope', pattern: 'including|notably|particularly' },
    // Urgency, graded: immediately > as soon as possible > in due course.
    { kind: 'time', pattern: 'immediate|immediately|urgently|urgent' },
    { kind: 'time', pattern: 'without delay' },
    { kind: 'time', pattern: 'as soon as possible', weight: 0.25 },
    { kind: 'time', pattern: 'at the earliest ~1 possible|opportunity|date', weight: 0.25 },
    { kind: 'time', pattern: 'promptly|swiftly|early|earliest', weight: 0.25 },
    { kind: 'time', pattern: 'in due course', weight: -0.25 },
    { kind: 'time', pattern: 'at|on a|the time|date to be ~1 agreed|determined|decided|set|fixed|announced|confirmed', weight: -0.25 },
    { kind: 'time', pattern: 'at an|the appropriate|right|suitable time', weight: -0.25 },
    { kind: 'time', pattern: 'in the future|eventually|gradually', weight: -0.25 },
  ],
  attribution: [
    'the|a|their statement|communique|declaration|document|text ~1 read|reads|said|says|added|stated|continued',
    'the|a|their joint|final|closing statement|communique|declaration ~1 read|reads|said|says|added|stated|continued',
    'according to ~2 statement|communique|declaration|document|text',
    'the statement|communique|declaration|document went on',
    'quoting|citing|quoted ~2 statement|communique|declaration|document',
    // The statement as the speaker of a frame ("the statement stressed that…"): what follows is its content.
    'the|a|their ~1 statement|communique|declaration|document ~1 stressed|noted|underlined|emphasized|emphasised|pointed|indicated|highlighted',
  ],
  // Who speaks (see Lexicon.parties): the parties and the statement as
  // subjects; one guarantor named; officials, ministries and agencies quoted;
  // press furniture.
  parties: [
    'parties|guarantors|guarantor|sides|delegations|participants|countries|states|they|we|presidents|ministers|leaders|heads',
    'the three',
    // All three named, in any order ("Iran, Russia and Türkiye"); two of them are a party (below).
    // The last after "and": "Russia and Türkiye thanked Iran" names two.
    `${GUARANTOR} ~1 ${GUARANTOR} and ${GUARANTOR}`,
    // …also by their official names: "the Islamic Republic of Iran, the Russian Federation and the Republic of Türkiye".
    `${OFFICIAL} ~3 ${OFFICIAL} and ~3 ${OFFICIAL}`,
    `${BODIES} of ~2 ${GUARANTOR} ~1 ${GUARANTOR} and ${GUARANTOR}`,
    'statement|communique|declaration|document',
  ],
  // One or two of them named: "Türkiye", "Iran and Russia" (a different speaker from the three).
  // (Also "the delegations of Russia and Türkiye": longer than "delegations", one of the parties' words.)
  party: ['turkiye|turkey|iran|russia|ankara|tehran|moscow', `${GUARANTOR} ~2 ${GUARANTOR}`, `${OFFICIAL} and ~2 ${OFFICIAL}`, 'russian federation', `${BODIES} of ~2 ${GUARANTOR} ~2 ${GUARANTOR}`, `${BODIES} of ~2 ${GUARANTOR}`, 'the turkish|iranian|russian side|delegation'],
  thirdParty: [
    'minister|ministry|spokesman|spokeswoman|spokesperson|ambassador|official|officials|source|sources|agency|president|deputy|adviser|advisor|analyst|analysts|observers|diplomat|diplomats|head|chief|negotiator|envoy ~8 said|says|told|noted|stated|added|announced|explained|insisted|quoted|stressed|warned',
    'observers|analysts|experts|critics|commentators|diplomats ~2 note|notes|say|believe|argue|point|warn|expect|suggest|see',
    // An office or official as the subject of an act of its own ("The office of the UN Special Envoy welcomed…").
    'office|envoy|secretary-general|spokesman|spokeswoman|spokesperson|ministry welcomed|welcomes|called|calls|urged|urges|expressed|expresses|noting|hailed|hails',
    'said|says|told|noted|stated|added|announced|explained ~4 minister|ministry|spokesman|spokeswoman|spokesperson|ambassador|official|source|agency|president',
    'as ~3 noted|stated|said|put it',
    'he|she ~2 said|noted|added|stated|stressed|told|explained',
    'according to ~3 minister|ministry|spokesman|spokeswoman|spokesperson|official|officials|source|sources|agency|diplomat|diplomats',
  ],
  addresseeEnds: ['to|for|in|on|that|with|towards|toward|against|from'],
  // Not a bare "while" or "yet" ("while respecting…", "yet to be implemented"), which go on the act.
  clauseBreaks: ['but|whereas|although|though|however', 'while the|a|an|its|their|there|it', 'even though|as', 'with ~3 dropped|omitted|missing|absent|gone|removed'],
  furniture: ['read|see also', 'related|share|photo|video|advertisement|caption', 'by ~3 correspondent|reporter|staff'],
};
