// Case-note wording for SAFEGUARD D: distrust of authority figures (framework 2026.1), in the phrase grammar of
// matcher.ts; indicator-phrases.ts describes an entry. Sections name the evaluation round or probe that added the
// wording (test/fixtures/eval/RESULTS.md).
import type { IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { ADULTS, DOCUMENTS_ERRANDS, FAMILY, FAMILY_HOMES, HER, range } from './words.ts';

export const DISTRUST_AUTHORITY_PHRASES: readonly IndicatorPhraseEntry[] = [
  // ---- Wording from published reviews and guidance found missing in a research probe ----
  {
    code: 'da_not_engaging',
    patterns: [
      'declined|refused|refuses|declines|declining|refusing [to] [have|attend|do] a|the|her|his|their|an [return] [home] return|rhi|independent [return] [home] interview|interviews',
    ],
  },
  {
    code: 'da_not_disclosing',
    patterns: [
      'refuses|refused|refusing|declines|declined to say|tell|explain|reveal|answer',
      'will|would not answer [any] [*] questions',
      "won't|wouldn't|won’t|wouldn’t answer [any] [*] questions",
      'gave|gives|giving no|little information|details|account',
      "won't|wouldn't|refuses|refused|refusing|declines|declined [to] disclose|name|discuss",
      'will|would not disclose|name|discuss',
      'will|would|does|did not show|let [staff|anyone|us|me|mum|her|his] [anyone] [see] [her|his|their|the] phone|messages',
      "won't|wouldn't|doesn't|didn't|refuses|refused|refusing [to] show|let [staff|anyone|us|me|mum|her|his] [anyone] [see] [her|his|their|the] phone|messages",
      'deleted|deletes|deleting [all] [her|his|their] messages|chats|history|call',
      'reluctant|unwilling|scared|frightened|afraid to disclose|talk|say|discuss|speak|tell|name',
      'not disclosing|disclosed',
      'no disclosure|disclosures',
      'refuses|refused to give|provide [a] details|statement',
      'no comment',
      'denies|denied anything is|was wrong|happening',
      'says|said nothing is|was wrong|happening',
      "won't|won’t|wont talk about",
      'will|would not talk about',
      // Session 21: the past ("Jade wouldn't talk about the weekend").
      "wouldn't|wouldn’t|wouldnt talk about",
    ],
    // Round 19: not naming the father of a pregnancy (four tuning-set lines annotate only the pregnancy), and "no
    // disclosure of sexual assault" (the sets annotate the negated sign it names).
    unlessNear: ['the father', 'disclosure|disclosures of'],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: [
      'recanted|recants|recanting|recant',
      'says|said [she|he|they] made it up',
      'says|said [she|he|they] lied',
      'withdrew|withdrawn|retracted|retract|retracts|retracting|withdraws|withdrawing [her|his|their|the] disclosure|statement|allegation|allegations|complaint',
      'no longer supports|supporting|wants|wishes [a] [police] prosecution|action',
      'does|did not want to make|give|provide a statement',
      "doesn't|didn't want to make|give|provide a statement",
      'declined|declines|refused|refuses to make|give|provide a statement',
      'took it back',
      'changed [her|his|their] mind about the allegation|disclosure|statement',
      'now says|said nothing happened',
      "now says|said it didn't|didn’t|didnt happen",
      'now says|said it did not happen',
    ],
  },
  {
    code: 'da_hostile',
    patterns: [
      'uncooperative|obstructive|rude|dismissive towards|to|with|at',
      'refused|refuses|refusing to let [*] [the] worker|workers|police|officers|staff|nurse in',
      'hostile|hostility',
      'aggressive|abusive|violent towards|to|with staff|police|officers|professionals|workers|carers|me|school',
      'verbally abusive|aggressive',
      'swore|swears|swearing at',
      'angry with|towards|at professionals|police|workers|staff',
      'spat at',
      'anti-police|anti-authority',
      'hates|hate [the] police|professionals',
      'hates|hate social workers|services',
      // Round 26: also one officer or doctor ("screamed at the attendance officer").
      'shouted|shouting|shouts|screamed|screaming|yelled|yelling at [the] [*] worker|workers|staff|police|officer|officers|professionals|teacher|teachers|nurse|doctor|carers|me|us',
      'stormed|walked out',
      'told [the] [*] worker|workers|police|officers|staff|nurse to go away|leave',
    ],
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'not in|home for [the] [planned|arranged|announced] visit|visits|appointment|appointments',
      'no response at [the] door|address',
      'could|can not be seen|contacted|reached',
      "couldn't|can't be seen|contacted|reached",
      'does|did not turn|show up',
      "doesn't|didn't turn|show up",
      'no-show|no-shows',
      'avoids|avoiding|avoided [the] worker|workers|professionals|staff|police|contact|appointments|visits',
      'hid|hides|hiding from [the] worker|workers|police|staff|professionals',
      'refuses|refused|refusing|declines|declined|declining to engage|engagement',
      'not engaging|engaged|engage',
      "won't|wouldn't|doesn't|didn't engage",
      'does|did|would|will not engage',
      'disengaged|disengaging|disengagement|disengages',
      'poor|limited|minimal engagement',
      'did not attend',
      'was not brought',
      'dna|dnas|wnb',
      'missed appointments|appointment|sessions|session|visits',
      'failed to attend',
      'no access visit|visits',
      'refuses|refused|refusing to see|meet|speak|talk',
      'declined|declines|refused|refuses [the] support|help|services|referral|intervention|offers',
      'would not open the door',
      'not at home for|when',
      'missed [*] appointments|sessions|visits|meetings',
      'will|would|does|did not see|meet [the] [*] worker|workers|nurse|police|professionals|staff',
      "won't|wouldn't|doesn't|didn't see|meet [the] [*] worker|workers|nurse|police|professionals|staff",
      'not answering|answer the door|phone|calls',
      'did not open the door',
      'cancelled|cancels|cancelling appointments|sessions|visits',
    ],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'account|accounts|story|stories|version|versions|explanation|explanations of [*] [*] [*] changed|changes|changing|varied|varies|differed|differs',
      'contradicts|contradicted|contradicting herself|himself|themselves',
      'does not add up',
      "doesn't|doesn’t add up",
      'inconsistent|conflicting|contradictory|changing|differing|different account|accounts|story|stories|explanation|explanations|versions|version',
      'account|story|accounts|stories|explanation changed|changes|varied|varies|differs|differ|keeps',
      'changed [her|his|their] account|story|explanation|version',
      'given|gives|gave|giving different|false|various|several|fake names|ages|dates',
      'does|do|did not match',
      'gave|gives|given different accounts|versions|stories',
      'story|account keeps changing',
      'account|accounts|story|stories|version|explanation of|about [*] [*] [*] [*] [*] keeps|kept changing',
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      `returned|brought|dropped [back|off|home] by [a|an|the] [*] [unknown] [older] ${ADULTS}`,
      // A car or taxi on its own is how carers often bring a child back: only an unknown one is a sign.
      'returned|brought|dropped [back|off|home] by [a|an|the] [*] unknown|unfamiliar|unidentified|different|various|older car|cars|taxi|taxis|driver|drivers',
      // ... or one the adults are in, or that the child did not know.
      `returned|brought|dropped [back|off|home] by [a|an|the] car|cars|taxi|taxis|van [full] [of|with] [driven] [by] [two|three|four|several|some] [*] older|unknown ${ADULTS}`,
      'returned|brought|dropped [back|off|home] by [a|an|the] car|taxi|driver [driver] [that|who] she|he|they did|does not know|recognise',
      "returned|brought|dropped [back|off|home] by [a|an|the] car|taxi|driver [driver] [that|who] she|he|they didn't|doesn't know|recognise",
      'say|said|says [that] [he|they|she] would|will bring her|him|them back',
      'returns|returned|returning [home] [only] when|after [a|the] [phone] call|text|message',
      'keeps|kept|keep going|returning|running back to',
      "keeps|kept|keep returning|going to [the|those] [same] men's|man's|male's|adult's [*] address|flat|house",
      'have|has|had|got to keep going|returning back',
      'goes|went|returns|returned|returning back to them|him',
      'goes|went|returns|returned|returning back to the group|address|same',
      'drawn back to',
      'tells|told|telling her|him|them when to come|go back|return',
      'returns|returned|returning to the [same] address|flat|group|area|males|men|olders',
      'always goes|went back',
      "cannot|can't|can’t|couldn't|couldn’t stay away",
      'could not stay away',
    ],
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'insists|insisted|maintains|maintained|claims|claimed [that] [the] [*] men|man|adults|males|he|they|olders is|are|was|were [her|his|their|just] friends|friend|boyfriend|mates|mate|family|nice|kind',
      'covering|covers|covered for',
      'protective of|protects|protecting|defends|defending|defended [her|his|their|the] [older] boyfriend|him|them|perpetrator|perpetrators|abuser|abusers|males|men|olders|friends',
      'loyal to',
      'speaks|spoke|talks|talked highly|warmly|positively|fondly of [him|them|her|his]',
      'says|said he|they love|loves her|him',
      'says|said he|they care|cares about|for her|him',
      'says|said he|they look|looks|looked after her|him',
      'will not hear a word against',
      'believes|believed [he|they] [is|are] [her|his] boyfriend|girlfriend|friends',
      // "Says he is her boyfriend" (the child vouching for him), not "says her boyfriend is 23" (a report of his age).
      'says|said he|she is|was [her|his] boyfriend',
      'in love with',
      "will|would|does|did not give|tell|say [the] [police|us|staff|officers] [the] man's|adult's|boyfriend's|his|their|abuser's name|names|details|identity",
    ],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'distrust|mistrust|distrustful|mistrustful of|towards [the] police|professionals|services|authorities|workers|social|authority',
      'distrusts|mistrusts|distrusted|mistrusted [the] police|professionals|services|authorities|workers|social|authority',
      'does|did not trust [the] police|professionals|social|services|workers|authorities',
      "doesn't|didn't trust [the] police|professionals|social|services|workers|authorities",
      'told [she|he|they] [will|would] [be] arrested|deported|locked|taken',
      'told [that] [the] police|immigration will|would',
      'police|immigration would|will deport|arrest|take [her|him|them|me]',
      'scared|afraid|frightened|fearful|terrified of [the] police|immigration|deportation|authorities|arrest',
      'scared|afraid|frightened|fearful|terrified of being arrested|deported',
      'scared|afraid|frightened|fearful|terrified of social services|workers',
      'fear|fears of [the] police|deportation|authorities|immigration|arrest|prosecution',
      'frightened of getting into trouble',
      'told [that] [the] police|immigration|authorities will|would',
      'told [that] [the] social workers|services|care will|would',
    ],
  },
  {
    code: 'da_documents_held',
    patterns: [
      'passport|passports|id|documents|papers|cards held|taken|kept|withheld|confiscated by',
      'passport|passports|documents|papers is|are|was|were|being|has|have [being] [been] withheld|confiscated',
      'passport|passports|documents|papers is|are|was|were|being|has|have [being] [been] held|taken|kept by [a|an|the] [*] man|men|adult|adults|male|males|boss|employer|people|someone|agent|trafficker|traffickers|them|him',
      `holds|held|holding|keeps|kept|keeping|took|taken|takes ${HER} passport|documents|id|papers|cards`,
      `holds|held|holding|keeps|kept|keeping|took|taken|takes ${HER} bank card|cards`,
      `does|did not have|hold ${HER} [own] passport|documents|id|papers`,
      `no access to ${HER} passport|documents|id|papers|money`,
      'who|man|adult|adults|men|someone|they has|have|holds|hold|keeps|keep|took|take|takes|taken her|his|their passport|documents|papers|id',
    ],
    // Research pass: a parent keeping a card or passport safe ("Mum keeps his bank card in the kitchen drawer so he does
    // not lose it") is not someone withholding it (eval README hard negative: passport kept at home by mum).
    // Round 22: nor a relative or carer keeping it safe, or the child keeping their own ("her aunt keeps her passport
    // safe", "She keeps her passport and her birth certificate in a folder", "He keeps his bank card in his wallet").
    unlessNear: [
      'mum|dad|mother|father|parent|parents|nan|gran|grandma|grandad|lose|losing',
      // Review 22b I3: not a bare "safe" or "wallet": "he keeps her passport safe, he says" is what exploiters say; the
      // child keeping her own, a relative or a carer is vetoed by the other lines.
      'aunt|auntie|stepmum|step-mum|stepdad|step-dad|carer|carers|foster|safekeeping|agreement|folder|canteen',
      'in her|his own wallet|purse',
      'she keeps|kept|holds|held her',
      'he keeps|kept|holds|held his',
      'they keep|kept|hold|held their',
      ...DOCUMENTS_ERRANDS,
    ],
  },
  {
    code: 'da_coached_account',
    patterns: [
      'sounded|sounds|sound|seemed|seems|appeared|appears rehearsed|coached|scripted|practised|practiced|learnt|learned',
      'rehearsed|scripted|coached|prepared answers|responses',
      'coached|rehearsed|scripted|identical account|accounts|story|stories|statement|statements',
      'account|story [appeared|appears|seemed|seems] [to] [be] rehearsed|coached|scripted',
      'would not let her|him speak',
      'word for word',
      'same account as',
      '[the|an|a] [adult|man|woman|male|female|uncle|aunt|carer] answered|answers|answering [every|all|the] [*] questions|question for her|him|them',
    ],
  },
  // Round 23 (left from round 22): an adult who speaks for the child, not a parent, a carer or an interpreter ("Mum
  // answered for him", "Grace's mum speaks for her because of her speech and language difficulty").
  {
    code: 'da_coached_account',
    patterns: ['spoke|speaks|answered|answers|speaking|answering for her|him|them'],
    // Review 23C: the parent, carer or interpreter must be the one speaking (not the note's writer: "The interpreter
    // noted that the man who brought him answered for him"), and an anxious child is a warning sign, not a reason.
    unlessNear: [
      'mum|dad|mother|father|parent|parents|nan|gran|grandma|grandad|carer|carers|stepdad|stepmum|interpreter|translator [*] [*] spoke|speaks|answered|answers|speaking|answering',
      'speech|language|nonverbal|non-verbal|deaf|mutism|autism|autistic',
      'because|as she|he|they is|are|was|were|gets|get [very|too|so] shy',
    ],
    window: 8,
  },
  // --- D: distrust of authority
  {
    code: 'da_not_disclosing',
    patterns: [
      'not allowed|scared|afraid|frightened to say|tell|talk|speak',
      'remained|stayed|kept silent|quiet',
      'was silent',
      'unwilling|reluctant to share|talk|speak|discuss|open',
      'does|did not want to talk|speak|say|discuss|share',
      "doesn't|didn't want to talk|speak|say|discuss|share",
      'keeps|kept things|it to herself|himself|themselves',
      'shrugged|shrugs',
      'not willing to share|say|talk|discuss',
      'refused|refuses|refusing|declined|declines to give|provide [her|his|their|a|an|any] address|name|details|account',
    ],
  },
  {
    // "will not say where he has been" goes with the sign it hides (missing, a gift, a pregnancy), which is then the
    // finding; on its own it is the child not disclosing.
    code: 'da_not_disclosing',
    patterns: [
      'would|will|did|does|could not tell|say [to] [the] [officers|police|staff|anyone|us|me|workers|her|him|them] where|who|what|how|why',
      "wouldn't|won't|didn't|doesn't|couldn't tell|say [to] [the] [officers|police|staff|anyone|us|me|workers|her|him|them] where|who|what|how|why",
      // Session 21: without the apostrophe, as old logs and quick notes write it ("GIRL WOULDNT SAY WHERE SHE HAD BEEN").
      'wouldnt|wont|didnt|doesnt|couldnt tell|say [to] [the] [officers|police|staff|anyone|us|me|workers|her|him|them] where|who|what|how|why',
    ],
    unlessNear: [
      'bought|buy|gift|gifts|present|presents|clothes|trainers|phone|iphone|money|cash|pregnant|pregnancy|father|late|night|nights|overnight|missing|midnight|1am|2am|3am|4am|came|come|got|injury|injuries|bruise|bruises|bruising',
    ],
    window: 10,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'did|does|would|will not respond|reply|answer',
      "didn't|doesn't|wouldn't|won't respond|reply",
      'not responding|replying',
      'ignores|ignored|ignoring [my|our|the|all] [*] calls|messages|texts|worker|workers|staff|letters',
      'stopped|stops|stopping attending|going|engaging [to|with] [her|his|their|the] [*] appointments|sessions|meetings|worker|service|support|yot|camhs',
      'did|does|would|will not come|answer to the door',
      "didn't|doesn't|wouldn't|won't come|answer to the door",
      'hung|hangs up',
      'refused|refuses|refusing to come to|out|down',
      'would|will not come out of [her|his|their] room|bedroom',
      'no answer at [the] door|address|home',
      'did|does|would|will not want to see|meet|speak|talk to [the|me|us]',
      "didn't|doesn't|wouldn't|won't want to see|meet|speak|talk to [the|me|us]",
      'walked|walks off|away [from] [the] [*] [worker|me|us|staff|police]',
      'left|leaves the room',
    ],
  },
  {
    code: 'da_hostile',
    patterns: [
      'kicked|kicks off',
      'told [the|me|us] [*] to f|fuck|get|piss|go off|out|away',
      'threatened|threatening|threatens staff|workers|police|officers|carers|teachers|me',
      'aggressive|angry|abusive when asked|questioned|challenged',
    ],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'told|tells [the|me|us] [*] something|somebody different',
      'said|says something different',
      'gave|gives|given two|different|several|conflicting versions|accounts|explanations|stories',
      'story|account|accounts|stories does|do not match|add',
      "story|account|accounts|stories doesn't|don't|doesn’t|don’t match|add",
      'version of events changed|changes|differs|varies',
      'account|story|explanation differs|differed|varies|varied from',
      'account|accounts|story|explanation|version [that] [she|he|they] gave|gives|had|has [given] [*] [*] [*] differed|differs|varied|varies|changed|conflicted|conflicts|contradicted|contradicts',
    ],
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'refers|referred|refer|calls|called to [him|them] as [her|his|their] boyfriend|friend|friends|family|brothers|brother|uncle|bro|bros',
      'says|said|saying|insists|insisted|insisting|claims|claimed|claiming [that] [the] they|he|men|man|males|olders|adults are|is|were|was [just] [her|his|their] friends|mates|family|boyfriend|bro|bros|brothers|nice|kind|good',
      'angry|upset|defensive when [*] [*] criticised|questioned|mentioned|named',
      'defends|defended|defending them|him',
      'will|would not hear anything [said] against',
      'will|would not hear a word [said] against',
      "won't|wouldn't hear anything|a word [said] against",
      'says|said [that] [she|he] loves|loved him|them',
    ],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'scared|afraid|frightened|worried|fearful|terrified|thinks|believes|thought|believed [of|about|that] [she|he|they] [will|would|might] [be|get|getting|got|being] in|into trouble',
      'scared|afraid|frightened|worried|fearful|terrified [of|about] being|getting arrested|deported|locked|taken into care|sent back',
      'get|getting|got|be|being in|into trouble with [the] police',
      "doesn't|doesn’t|didn't|didn’t trust|like social workers|police|professionals",
      "doesn't|doesn’t|didn't|didn’t trust|like the police",
      'does|did not trust|like social workers|police|professionals',
      'does|did not trust|like the police',
    ],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['made it|everything|things up', 'made the|that|this [whole] thing|story|allegation|it up'],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      `dropped|drops|dropping [her|him|them] off|back|home [by] [a|an|the] [*] [unknown] [older] ${ADULTS}`,
      // A car or taxi alone is how carers often bring a child back (as above, da_controlled_return round 1).
      'dropped|drops|dropping [her|him|them] off|back|home [by] [a|an|the] [*] unknown|unfamiliar|unidentified|different|various|older car|cars|taxi|taxis|driver|drivers',
      'returns|returned|came|comes back|home only after|when [a] [*] call|calls|message|messages|text|texts',
    ],
  },
  // ---- Round 7 ----
  // Probe 24: more of the wording records use for signs reviews describe.
  // An account that changed, with the question in between ("her account of where she had been changed three times").
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'account|accounts|story|stories|version|versions|explanation|explanations of where|who she|he|they [*] [*] [*] [*] changed|changes|changing|varied|varies|differed|differs',
    ],
  },
  // Review rev-probe-1: after "what", "how" or "why" the change is a cue, so a sign inside the question keeps its own
  // finding ("her story of why she ran away has changed" is also the missing episode); not feelings or wishes.
  {
    code: 'da_inconsistent_accounts',
    patterns: ['account|accounts|story|stories|version|versions|explanation|explanations of what|how|why she|he|they'],
    requiresNear: ['changed|changes|changing|varied|varies|differed|differs'],
    unlessNear: ['feel|feels|feeling|feelings|felt|want|wants|wanted|wish|wishes|wishing|view|views|therapy|counselling|counsellor|mood|hopes|plans'],
    window: 8,
  },
  // Fear of being seen as an informer ("snitches get stitches", "scared of being called a grass").
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'snitches get stitches',
      'scared|afraid|frightened|terrified|fearful of being [seen|called|labelled|labeled] [as] [a] grass|snitch|rat|grassing|snitching',
    ],
    // Not a child reporting bullying at school ("scared of being called a grass for reporting bullying to the teacher").
    unlessNear: ['bullying|bullied|bully|bullies|teacher|teachers|classmates|classmate'],
    window: 10,
  },
  // A fixed return ("he always returns at exactly 6pm").
  {
    code: 'da_controlled_return',
    patterns: ['returns|returned|comes|came|gets|got back|home at exactly|precisely', 'returns|returned|comes|came|gets|got at exactly|precisely'],
    // Rev-ind-3: nor a time agreed with a carer.
    unlessNear: ['bus|school|college|work|shift|lesson|lessons|club|train|timetable', 'agreed|arranged|asked|planned|carer|carers|foster'],
    window: 8,
  },
  // Probe 24: the people who brought the child keep the papers ("the people who brought him keep his passport").
  {
    code: 'da_documents_held',
    patterns: [`keep|hold|take ${HER} passport|passports|documents|id|papers`],
    unlessNear: [
      FAMILY,
      'safe|safely|locked|office|drawer|renewal|renew|application|home',
      // Review rev-probe-1: a bail condition, a protection order, a court or a solicitor.
      'bail|court|courts|order|orders|protection|fgm|fmpo|hearing|judge|solicitor|solicitors|lawyer|lawyers|appeal|condition|conditions',
      // Rev-ind-3: a school trip.
      'school|trip|teacher|teachers|residential',
    ],
    window: 6,
  },
  {
    code: 'da_not_disclosing',
    patterns: ['nothing is going on'],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['police would|will lock|put him|her up|away', 'police would|will arrest|deport him|her'],
  },
  {
    code: 'da_hostile',
    patterns: ['became|becomes|becoming [very] aggressive|hostile|abusive'],
    unlessNear: ['man|men|dad|mum|father|mother|stepdad|partner|boyfriend'],
    window: 3,
  },
  {
    code: 'da_not_engaging',
    patterns: ['missed [the|her|his] [last] * appointments|sessions|visits'],
  },
  // Research pass: "has not attended the last four appointments with the exploitation team".
  { code: 'da_not_engaging', patterns: ['not attended|attend [the|any|her|his|their] [last] [*] [*] appointments|sessions|meetings'] },
  {
    code: 'da_documents_held',
    patterns: ['adults|men are|were keeping|holding it|them'],
    requiresNear: ['passport|passports|documents|id'],
    window: 12,
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['withdrew|withdrawn|retracted an|her|his allegation|account|statement|complaint', 'withdrawn any part of'],
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: ['has|have changed * times', 'first said * was at'],
    requiresNear: ['account|accounts|story|version|then|explanation'],
    window: 10,
  },
  {
    code: 'da_coached_account',
    patterns: ['did|does all the talking', `answered|answers|answering every|all [the] question|questions on ${HER}|him behalf`],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'straight back to the men|olders|group|flat|address',
      'back with them within days|hours|a day',
      'back with them within days|hours',
      'back with them within a day',
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: ['whenever they call|ring|text|message'],
    requiresNear: ['men|olders|elders|group|back|goes|go|went|going|returns|return'],
  },
  // ---- Round 8 ----
  {
    code: 'da_not_disclosing',
    patterns: ['insists|insisted|insisting|maintains|maintained|claims|claimed [that] nothing is|was|has wrong|happened'],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'police|authorities|immigration|office|services|they would|will|might|could send|deport|arrest|lock|take him|her|them [up] [back] [away] [home] [to]',
    ],
    requiresNear: ['scared|afraid|worried|fears|fear|frightened|terrified|thinks|believes|believed|thought|told|convinced'],
  },
  // ---- Round 9 ----
  {
    code: 'da_hostile',
    patterns: [
      'swore|swears|swearing|swear at officers|staff|police|the|her|his|workers|teachers',
      'very|extremely|really aggressive towards|to officers|staff|police|workers|teachers|professionals|carers',
      'very|extremely|really aggressive towards|to the|her|his social|support|youth worker|workers',
      'kicked|kicks|kicking off',
    ],
    unlessNear: [FAMILY],
  },
  {
    code: 'da_not_disclosing',
    patterns: ["nothing's|nothings|nothing’s going on", 'nothing is|was going on', 'clams|clammed|clamming|clam up'],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['took|takes|take|taking back what she|he|they told|said', 'saying|said|says she|he|they made it up'],
  },
  {
    code: 'da_documents_held',
    patterns: ['id|passport|passports|documents|papers [and] [*] [*] are|is|were|was held|kept by'],
    // Round 24: a solicitor or a service holding it for a claim, with the child's agreement (fresh23).
    // Round 28: held by the council, a carer or family (review 27).
    unlessNear: [
      "council|council's|immigration|home|office|social|police|team|foster|carer|carers|school|nan|mum|dad",
      'solicitor|solicitors|lawyer|lawyers|agreement|consent|request|safekeeping|renewal|application',
    ],
    window: 10,
  },
  { code: 'da_controlled_return', patterns: ['go|goes|went|going straight back to them|him', 'go|goes|went|going straight back to the men'] },
  // Round 13 (fresh11 and fresh12, tuned on after they had judged rounds 11 and 12).
  {
    code: 'da_not_engaging',
    patterns: [
      "dna'd|dnad|dna’d * appointments|appointment|sessions",
      'stops|stopped|stop coming|going to sessions|appointments|yot',
      'stop|stops|stopped attending yot|yos|camhs|sessions',
      'declined|refused the rhi',
      'declined|refused the return interview',
    ],
  },
  {
    code: 'da_not_disclosing',
    patterns: [
      'will not say who the father is',
      "won't|wont|won’t say who the father is",
      // Probe (round 22b): "She has had a termination and refuses to say who the father is".
      'refuses|refused|refusing|declines|declined|declining to say|name|tell|disclose who the father is|was',
      "does|did not|doesn't|didn't|cannot|can't say|name|tell|disclose who the father is|was",
      "will not say where shes|hes|she's|he's|she’s|he’s been",
      "won't|wont|won’t say where shes|hes|she's|he's|she’s|he’s been",
      'will not say which friend|friends|man|men',
      "won't|wont|won’t say which friend|friends|man|men",
      "will not|won't|wont|won’t give officers|police|staff any information",
    ],
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'the only people|person who [actually|really] care|cares|cared about her|him',
      'the only person who has ever cared about her|him',
      'nobody|no-one would want her|him except',
    ],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['social workers|police will lock her|him up', 'social workers take children away', 'would be arrested if he|she talked|told'],
  },
  { code: 'da_controlled_return', patterns: ['back in * within days|hours', 'returned to the same house|address within hours'] },
  { code: 'da_controlled_return', patterns: ["goes|went straight back to the men's|men’s flat|house", 'kept|keeps returning to the trap house|flat|address'] },
  { code: 'da_not_disclosing', patterns: ['will not say where she|he has been', "refuses to give the men's|men’s names", 'partner details not given'] },
  { code: 'da_protects_abusers', patterns: ['they have done nothing wrong', 'speaks of the older members as family'] },
  { code: 'da_not_engaging', patterns: ['stop|stops attending'] },
  { code: 'da_documents_held', patterns: ['bank card is held', 'holds his|her identity papers|documents|passport'] },
  {
    code: 'da_fear_of_authorities',
    patterns: ["he'll|she'll|he’ll|she’ll|they'll be arrested if he|she|they goes|go|tells|talks [to] [the] police", 'police would|will deport him|her|them'],
  },
  { code: 'da_inconsistent_accounts', patterns: ['each gave a different story|account|version', 'gives|gave a different story|account|version each time'] },
  {
    code: 'da_protects_abusers',
    patterns: [
      'sticking|sticks|stuck up for the men|man|olders|elders',
      'defends|defending|defended the olders|elders|men|man',
      'insists|insisted the man|men is|are a good guy|guys|good',
    ],
  },
  { code: 'da_controlled_return', patterns: ['returned|returns|returning to the same house|address|flat in', 'return|returns|go|goes back to the line'] },
  {
    code: 'da_not_engaging',
    patterns: [
      'stopped seeing her|his|their social worker|worker|camhs',
      "won't|won’t|wont|refuses|refused|refusing [to] see|meet camhs|cahms|yot",
      "won't|won’t|wont|refuses|refused|refusing [to] see|meet the|her|his nurse|worker|counsellor",
      'will|would not see|meet camhs|cahms|yot',
    ],
  },
  { code: 'da_hostile', patterns: ['aggression'] },
  {
    code: 'da_not_engaging',
    patterns: [
      'missed [the] [last] two|three|four|five|several|all|most [of] [her|his|their] camhs|gp|clinic|yot|nurse|therapy|counselling appointments|sessions',
    ],
  },
  { code: 'da_protects_abusers', patterns: ['the man is the only one who wants|cares|loves'] },
  // ---- Round 17 ----
  {
    code: 'da_not_disclosing',
    patterns: [
      'will|would not give|say|share the name|names',
      "won't|wouldn't|won’t|wouldn’t give|say|share the name|names",
      'refuses|refused|declines|declined to give|say|share the name|names',
      'refuses|refused|declines|declined to talk|speak about the father|man|men',
      'will|would not talk|speak about the father|man|men',
      "won't|wouldn't|won’t|wouldn’t talk|speak about the father|man|men",
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: ['goes|go|went|going|gone straight|right back to them|him', 'goes|go|went|going|gone straight|right back to the men|group|address|flat'],
  },
  {
    code: 'da_protects_abusers',
    patterns: ['defends|defended|defending'],
    requiresNear: ['police|trouble|nothing|blame|him|them|men|man|olders|boyfriend'],
    unlessNear: ['herself|himself|themselves|football|match|goal|thesis|case'],
    window: 8,
  },
  // ---- Round 18 ----
  {
    code: 'da_inconsistent_accounts',
    patterns: ['gave|given|gives|giving [*] [*] different names|addresses|ages|dates|accounts|versions|stories'],
  },
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'told|tell|tells|telling him|her|them [that] [the] police|social|socials|immigration|officers|workers would|will put|arrest|send|deport|lock|take|jail',
    ],
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'declined|refused|refuses|declines|declining|refusing every|all|each [*] rhi|rhis|interview|interviews|appointment|appointments|visit|visits|session|sessions',
    ],
  },
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['retracted|retracts|retract|retracting [her|his|their] [*] statement|allegation|account|complaint|disclosure'],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'goes|go|going|went|gone back [to] [the] [*] [*] [*] [*] [*] every time|whenever they|he|the|she',
      'gone|going|went|goes back to the|that flat|house|address|men',
    ],
    requiresNear: ['cawn|every|whenever|keeps|keep|kept|always|message|messages|messaged|call|calls|text|texts|despite'],
    window: 12,
  },
  {
    code: 'da_protects_abusers',
    patterns: [
      'the only ones|one|person|people who [has|have] [ever] understand|understands|cares|care|cared|looks|look|looked|loves|love|gets|get|listens|listen',
    ],
    requiresNear: ["men|man|olders|older|lads|he|he’s|he's|they|group|gang"],
    unlessNear: [FAMILY, 'worker|staff|teacher|mentor|counsellor|nurse|coach|carers|youth'],
    window: 8,
  },
  // ---- Round 19 ----
  // A child who will not name or describe the people around them, or say where she has been (seven tuning-set lines:
  // "will not give his name", "won't give their ages", "will not give any partner details", "would not give an
  // account", "wont say where shes been"). Not "will not say where it came from" beside a gift or cash: the main set
  // and tune6 annotate only the gift (the silence is what makes it unexplained), fresh14 and fresh17 both.
  {
    code: 'da_not_disclosing',
    patterns: [
      "not|won't|won’t|wont|wouldn't|wouldn’t give|provide [any] [his|her|their|an|a|the] [partner|full] name|names|age|ages|account|details",
      'refuses|refused|refusing to give|provide [any] [his|her|their|an|a|the] [partner|full] name|names|age|ages|account|details',
      "won't|won’t|wont|wouldn't|wouldn’t say where she|he|they|shes|hes [has|had|have] been",
    ],
  },
  // Gaps pass (round 20): wording that case reviews and police guidance quote, missing from the probe of review-style
  // notes. Where a child sleeps that she will not name; "clipping" (a child made to promise sex to men and rob them,
  // North Wales Police's signs of CSE); money sent for pictures; found in a crack house; 'hard to reach' on holiday.
  // 'Hard to reach' on its own entry: a family away on holiday, or a place with no signal, is not a child kept from services.
  {
    code: 'da_not_engaging',
    patterns: ['hard to reach'],
    unlessNear: ['holiday|holidays|abroad|overseas|relatives|family', 'bus|buses|train|trains|transport|road|roads|village|rural|signal|location|estate'],
    window: 8,
  },
  // ---- Round 21 ----
  {
    code: 'da_not_engaging',
    patterns: [
      'no longer responds|responding|replies|replying to [my|our|her|his|the] [*] calls|messages|texts',
      'no longer answers|returns [my|our|her|his|the] calls|messages|texts',
      'turned|turns|turning down every|all|any offer|offers of',
    ],
  },
  {
    code: 'da_coached_account',
    patterns: ['account|story|statement was|is|seemed|sounded rehearsed|scripted|coached'],
  },
  {
    code: 'da_documents_held',
    // Review of round 21: not "has" ("Jade has her passport and birth certificate"); "the man has her passport" is above.
    // Round 26: with a name or "the boy's" before it, documents and bank cards too ("holds Ionut's documents", "the
    // landlord holds the boy's bank card and papers"; framework: passport, identity documents or bank cards).
    patterns: ['keeps|kept|holds|held|took [the] * passport|passports|documents|papers', 'keeps|kept|holds|held|took [the] * bank card|cards'],
    unlessNear: [
      FAMILY,
      'carer|carers|foster|social|worker|staff|school|office|solicitor|council|renewal|renew|expired|holiday|trip|folder|step-mum|step-dad|stepmother|stepfather',
      // Round 26: a team's trip ("The coach holds the boys' passports for the tournament").
      'coach|tournament|tour|team|squad|competition',
      // Review 26: cards taken from a purse or a wallet are a theft ("He took the bank cards from her purse").
      'purse|purses|wallet|wallets|handbag|stole|stolen|steal|stealing|theft',
      'she keeps|kept|holds|held her',
      'he keeps|kept|holds|held his',
    ],
    window: 4,
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ['social workers|services would|will take her|his|their baby|children|kids|child|son|daughter'],
  },
  {
    code: 'da_hostile',
    patterns: ['aggressive'],
    requiresNear: ['interview|custody|officers|police|staff|arrest|arrested|worker|workers|professionals|visit|meeting'],
    // Review of round 21: an animal, a crime or a driver that was aggressive ("The dog was aggressive when police attended").
    unlessNear: ['dog|dogs|robbery|robberies|attack|attacks|assault|mugging|driving|driver|drivers'],
    window: 4,
  },
  {
    code: 'da_protects_abusers',
    patterns: ['are|is like family|brothers', 'are|is like a brother', 'and|who would|will never hurt|harm her|him|them', 'is a good man|guy|lad|person'],
    requiresNear: ['men|man|lads|olders|older|boys|gang|group|boyfriend|elders'],
    // Not a parent or a carer ("her dad is a good man and would never hurt her").
    unlessNear: [
      'mum|dad|mother|father|parents|nan|gran|grandma|grandad|grandparents|aunt|auntie|uncle|stepdad|stepmum|foster|carers|carer|staff|teacher|teachers|worker|workers|coach|coaches|church|club',
      // Review of round 21: teammates or classmates ("The boys in her football team are like brothers to her").
      'team|teams|teammates|team-mates|squad|class|classmates|school|football',
    ],
  },
  // Round 21: "says nothing will change" is hopelessness (ep_low_mood), "was quiet because she had a cold" an ordinary
  // day; two tuning-set lines each.
  {
    code: 'da_not_disclosing',
    patterns: ['said|says nothing', 'was quiet'],
    unlessNear: [
      'nothing will|would|can|could|ever|matters|helps|works|changes|is|was',
      'because|cold|ill|unwell|poorly|sick|tired|headache|flu|shy|new|reading|working|concentrating',
    ],
    window: 4,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      'missed a|an|any [single] appointment|session|visit|meeting',
      'missed every|all [her|his|their] appointment|appointments|session|sessions|visit|visits',
      "dna'd|dnad|dna’d x2|x3|x4|x5|twice|again|repeatedly",
      'stopped|stops coming|going to [the] [*] [*] group|sessions|club|appointments|project',
      'stops|stopped|stopping engaging',
    ],
    // Not a session missed through illness, or a club that moved or closed. Round 22 (review of round 21, M11): not
    // every "because" (a missed appointment "because she was with the men" is the sign): ordinary reasons only.
    unlessNear: [
      'ill|unwell|poorly|sick|illness|hospital|covid|flu|injury|injured|moved|closed|ended|finished|cancelled',
      'dentist|doctor|gp|exam|exams|funeral|bereavement|holiday|forgot|transport|bus|strike|snow|clash|clashed|rearranged|rescheduled|outgrew',
      'started|starts|starting secondary|college|school|sixth|year|a',
      // ... and a family reason ("because she was at her nan's", "because mum forgot").
      `at|with [her|his|their] ${FAMILY}`,
      `because|as [her|his|their] ${FAMILY}`,
    ],
  },
  {
    code: 'da_documents_held',
    patterns: [
      `${ADULTS}|they|agent|agents|trafficker|traffickers|boss|employer|someone [*] keep|keeps|kept|keeping|hold|holds|held|holding|took|take|takes|taken|has|have * id|passport|passports|documents|papers|visa|brp`,
    ],
    unlessNear: [
      FAMILY,
      'carer|carers|foster|social|worker|staff|school|office|solicitor|council|renewal|renew|expired|holiday|trip|safe|safekeeping|police|desk|check-in|checked',
      ...DOCUMENTS_ERRANDS,
    ],
    window: 6,
  },
  // A coached account: "the man answered every question for Mariam", "Dawit's account has been rehearsed".
  {
    code: 'da_coached_account',
    patterns: [
      'answered|answers|answering|answer every|all [the|of] [the] [*] questions|question for',
      'answered|answers|answering|answer every|all [the|of] [the] [*] questions|question on behalf',
      'account|story|accounts|answers has|have|had|is|was|were|seems|seemed|appears|appeared|sounded|sounds [been] rehearsed|scripted|coached|learned|learnt|memorised|word-for-word',
    ],
    // Not a parent speaking for a shy child ("Mum answered every question for him as he was shy").
    unlessNear: [`${FAMILY}|teacher|interpreter|carer|worker answered|answers|answering|answer`],
    window: 3,
  },
  // Refusing to see the worker: "will not meet with me and hides when I visit".
  {
    code: 'da_not_engaging',
    patterns: [
      // Review 22a I9: "did not / doesn't speak to me" is often a fact (he was at work); only "engage" keeps them.
      'will|would not meet|engage|speak with|to me|us|workers|professionals|staff',
      "won't|wouldn't meet|engage|speak with|to me|us|workers|professionals|staff",
      "does|did not|doesn't|didn't engage with|to me|us|workers|professionals|staff",
      'refuses|refused|refusing to meet|engage|speak with|to me|us|workers|professionals|staff',
      "will|would not|won't|wouldn't see me|us",
    ],
    unlessNear: [`${FAMILY} will|would|does|did|won't|wouldn't|doesn't|didn't|refuses|refused|refusing`, 'olders|men|dealers|gang|boys|lads|friends'],
    window: 3,
  },
  // A withdrawn disclosure: "now says she made it all up".
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['says|said|saying|claims|claimed|insists|insisted [that] she|he|they [had] made it [all] up'],
    // Not making up with a friend.
    unlessNear: ['made it [all] up with|to'],
    window: 2,
  },
  // Standing up for the men: "defends the older boys", "the olders are alright", "says the man is lovely and did
  // nothing wrong".
  {
    code: 'da_protects_abusers',
    patterns: [
      'defends|defended|defending the|her|his [older] boys|lads|group|gang|men|man|adults',
      // Review 22a I3: "her boyfriend is lovely" or "the man is alright" alone is no defence of abusers; the men as a
      // group, or one man called safe or harmless, is. "done nothing wrong" needs the men as subject, not the child
      // ("she says she has done nothing wrong") or the worker's reassurance ("I told her she had done nothing wrong").
      'the|her|his olders|men are|is alright|safe|sound|lovely|kind|nice|fine|good|harmless [people|guys|lads]',
      'the|her|his man|boyfriend is|was safe|harmless',
      'olders|men|man|boyfriend|lads|they [*] [*] [*] [*] did|has|have|had done nothing wrong',
      'olders|men|man|boyfriend|lads|they [*] [*] [*] [*] did nothing wrong',
    ],
    requiresNear: ['says|said|insists|insisted|thinks|believes|believed|claims|claimed|told|feels|describes|described|defends'],
    // Not a professional's or a parent's view ("The police officer said the man did nothing wrong"); a heading
    // ("Police:", "Social worker:") is the note's source and vetoes nothing.
    unlessNear: [
      `police|officer|officers|court|judge|staff|teacher|worker|${FAMILY} says|said|thinks|thought|believes|believed|told|insists|insisted|confirmed|found|concluded`,
    ],
    window: 6,
  },
  // Back to the man who trafficked her: "Kemi returned to the man who trafficked her", "the men keep calling Shannon back
  // and she always goes".
  {
    code: 'da_controlled_return',
    patterns: [
      'returned|returns|returning|went|goes|gone|ran back to the|her|his man|men|adults|abuser|abusers|trafficker|traffickers [who] [had] trafficked|exploited|abused|groomed',
      'returned|returns|returning to the|her|his man|men|adults|abuser|abusers|trafficker|traffickers [who] [had] trafficked|exploited|abused|groomed',
      `${ADULTS}|olders|lads|dealers|they keep|keeps|kept calling * back`,
    ],
    // Review 22c: not services calling the writer or family back ("they keep calling me back about the referral").
    unlessNear: [
      'me|us|office|school|college|referral|appointment|interview|interviews|meeting|times|station|police|court',
      // Review 23B: a parent going back to her abuser ("Mum went back to the man who abused her").
      'mum|mother|dad|father|stepmum|stepdad|nan|gran|aunt|sister|brother returned|returns|returning|went|goes|gone|ran',
    ],
    window: 4,
  },
  // ---- Round 23 ----
  // Straight back to where the exploitation happens after a return: "went back to the trap house", "went back to the flat
  // within an hour of being brought home", "back at the flat within hours of every return".
  {
    code: 'da_controlled_return',
    patterns: [
      'went|goes|go|gone|going|ran|runs|returned|returns|returning back to the|a trap|crack house|houses',
      'went|goes|go|gone|going|ran|runs|returned|returns|returning back to the|a traphouse|traphouses|trap-house',
    ],
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'within minutes|hours|an|a hour|day of being returned|brought|taken|dropped|collected home|back',
      'within minutes|hours|an|a hour|day of every|each return|returning|being',
    ],
    // Gone again: not "home within an hour of being dropped back by her dad".
    requiresNear: ['went|goes|go|gone|going|ran|runs|run|left|leaves|leave|leaving back|out|missing|off|again'],
    unlessNear: [
      FAMILY,
      // Review 23B: an ordinary outing after the return ("went back to school", "went off to bed", "went out to see friends").
      'went|goes|go|gone|going|ran|runs|run|left|leaves|leave|leaving back|off|out to school|college|bed|sleep|work|see|play|training|lessons',
    ],
    window: 10,
  },
  // ---- Round 24 ----
  // An ID or papers taken by others: "his ID was taken by the men", "her visa is held by the boss".
  {
    code: 'da_documents_held',
    patterns: [
      `${HER} id|ids|visa|visas|papers|documents|passport|passports [card|cards] [was|were|is|are|has|have|had] [been] taken|held|kept|confiscated|withheld|removed by [a|an|the] [*] man|men|adult|adults|male|males|boss|employer|people|someone|somebody|agent|trafficker|traffickers|them|him|olders|gang|group`,
    ],
    // Review 24-1: a fake ID taken on the door, or papers kept safe for a claim, as in the entry above.
    unlessNear: [
      'fake|door|doorman|bouncer|bouncers|security|club|pub|bar|underage',
      "solicitor|solicitor's|solicitors|lawyer|lawyers|agreement|consent|request|safekeeping|renewal|application",
    ],
    window: 10,
  },
  // Back in a taxi someone else paid for: a return arranged by the people the child was with.
  {
    code: 'da_controlled_return',
    patterns: [
      'in|by a|an taxi|cab|uber|car [that] someone|somebody [else] paid|pays|booked|books|ordered|orders|sent|sends [for]',
      'in|by a|an taxi|cab|uber paid|booked|ordered|sent for|by someone|somebody|a|an|the|unknown|older',
    ],
    unlessNear: [FAMILY, 'staff|carer|carers|social|worker|council|school|police|escort|placement|home|mum|dad|college|hospital|unwell|ill|appointment'],
    window: 8,
  },
  // An account prepared by the man: "the man is coaching her before visits", "coached him on what to say".
  {
    code: 'da_coached_account',
    patterns: [
      'man|men|adult|adults|boyfriend|he|they is|are|was|were|has|have|had [been] coaching|coached her|him|them before|on|about|for',
      'coaching|coached|coaches her|him|them on|about what to say|tell',
      'coaching|coached|coaches her|him|them what to say|tell',
    ],
    unlessNear: [
      'football|rugby|netball|swimming|boxing|training|match|team|sport|sports|club|exam|exams|revision|gcse|gcses|tennis|cricket|dance|athletics|gymnastics|driving|interview|job|singing|music|coach',
      // Review 24-1: a teacher, an advocate or a lawyer preparing her ("coached her on what to say at her LAC review").
      'drama|play|show|performance|speech|debate|competition|assembly|audition|teacher|advocate|review|solicitor|solicitors|lawyer|barrister',
    ],
    window: 10,
  },
  // ---- Round 24, second pass ----
  // An account that keeps changing: "accounts of where she was keep changing", "changed three times during the
  // interview", "has now changed three times".
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      'account|accounts|story|stories|version|versions|explanation|explanations [*] [*] [*] [*] [*] keep|keeps|kept changing',
      'changed|changes two|three|four|several|many|multiple|numerous times',
      'has|have|had [now] [already] changed two|three|four|several|many|multiple|numerous times',
    ],
    // Review 24-1: an account, not "she said her social worker has changed four times".
    requiresNear: ['account|accounts|story|stories|version|versions|explanation|explanations|interview|statement|statements'],
    unlessNear: ['school|schools|placement|placements|address|addresses|phone|number|numbers|name|clothes|plan|plans|dates|date'],
    window: 10,
  },
  // ---- Round 24, third pass ----
  // Standing up for the men: "Amy protects the men and will not name them", "is protective of the olders".
  {
    code: 'da_protects_abusers',
    patterns: [
      'protects|protected|protecting|shields|shielded|shielding|covers|covered|covering [up] [for] the|her|his [older] men|man|olders|boyfriend|abuser|abusers|group|gang|lads',
      'protective of the|her|his [older] men|man|olders|boyfriend|abuser|abusers|group|gang|lads',
    ],
    unlessNear: ['police|officer|officers|staff|teacher|worker|court|judge'],
    window: 4,
  },
  // Fear of the authorities put into the child by the men: "the man told her she would be deported", "immigration
  // officers would deport him", "believes social workers will send him back", "would be arrested for prostitution if
  // she went to the police".
  {
    code: 'da_fear_of_authorities',
    patterns: [
      // Review 24-1: sent or taken back or away only, not "sent to the headteacher", "taken to the cinema".
      'told|tells|telling|warned|warns her|him|them [that] she|he|they will|would|could [be] [get] arrested|deported|locked|jailed|imprisoned',
      'told|tells|telling|warned|warns her|him|them [that] she|he|they will|would|could [be] [get] sent|taken back|away',
      'police|immigration|authorities|social|services|officers|officer|workers|worker|staff will|would|might|could deport|arrest|lock|jail|remove him|her|them',
      'police|immigration|authorities|social|services|officers|officer|workers|worker|staff will|would|might|could send|take him|her|them back|away',
      'would|will [be] arrested|deported|locked|jailed [up] [*] [*] if she|he|they went|go|goes|going|tell|tells|told|talk|talks|talked|spoke|speaks|speak|reported|reports|report|grassed|grasses',
      'would|will [be] sent back [*] [*] if she|he|they went|go|goes|going|tell|tells|told|talk|talks|talked|spoke|speaks|speak|reported|reports|report|grassed|grasses',
    ],
    // Not a bail condition or a warning given by the police themselves ("police told him he would be arrested if he
    // breached his bail").
    unlessNear: ['bail|breach|breached|breaches|breaching|curfew|warrant|conditions|order|injunction|tag', 'police|officers|officer told|warned|tells|warns'],
    window: 10,
  },
  // ---- Round 25 ----
  // Going back whenever the exploiters call (controlled return): "he goes when they call", "if the men ring, she will go
  // back to them", "kept returning to the house in Keighley".
  {
    code: 'da_controlled_return',
    patterns: [
      'goes|go|went|going|leaves|left|runs|ran when [the] they|olders|men call|calls|called|ring|rings|rang|text|texts|texted|message|messages|messaged',
      'goes|go|went|going|leaves|left|runs|ran as soon as [the] they|olders|men call|calls|called|ring|rings|rang|text|texts|texted|message|messages|messaged',
      'goes|go|went|going|gone|return|returns|returned|returning back to them',
    ],
    requiresNear: ['men|man|olders|elders|lads|gang|group|dealers|abusers|call|calls|ring|rings|rang|whenever|despite'],
    // Not a name called at a surgery or a register ("she goes when they call her name at the GP surgery").
    unlessNear: [
      FAMILY,
      'school|college|work|job|shift|lessons|training|club|friends|hospital|clinic|ward|name|surgery|gp|doctor|dentist|register|number|turn',
      // Review 25C: a meal or a school bell ("he goes when they call him for lunch", "when they ring the bell for break").
      'lunch|dinner|tea|breakfast|meal|food|bell|break|assembly',
      // Review 25G: a game with friends ("he goes when they call him for football on the green").
      // Not bare "football" ("he goes when they call, even in the middle of playing football").
      'for|to [a|the] football|match|game|games|kickabout',
    ],
    window: 8,
  },
  {
    code: 'da_controlled_return',
    patterns: [
      'kept|keeps|keep returning to the|that house|houses|flat|flats|address|men|area',
      'kept|keeps|keep going back to the|that house|houses|flat|flats|address|men|area',
    ],
    unlessNear: [FAMILY_HOMES, 'school|college|shop|park|club|library'],
    window: 6,
  },
  // Missed appointments and a worker no longer seen: "missed all three appointments", "stopped seeing his YOT worker".
  {
    code: 'da_not_engaging',
    patterns: [
      'missed all|both [the|her|his|their] [two|three|four|five|six|of] [her|his|their] [*] appointments|sessions|visits',
      'stopped|stops seeing her|his|their [*] worker|nurse|counsellor|mentor|therapist|camhs|yot',
    ],
    unlessNear: [
      'ill|unwell|poorly|sick|illness|hospital|covid|flu|injury|injured|moved|closed|ended|finished|cancelled|retired|left|leave',
      'dentist|doctor|gp|exam|exams|funeral|bereavement|holiday|transport|strike|snow|rearranged|rescheduled',
      // Review 25G: a landlord's visits ("the tenant missed all three appointments for the gas safety check").
      'gas|boiler|repair|repairs|inspection|inspections',
      // Review 25C/D: the work came to its end ("when the order was completed"); not bare "completed" (a programme not
      // completed is the sign).
      'was|were|been|order|orders|programme|sentence completed',
      'discharged',
    ],
    window: 8,
  },
  // A story that does not add up or changes with each telling: "his story about the journey did not add up", "her accounts
  // changed each time she was asked".
  {
    code: 'da_inconsistent_accounts',
    patterns: ['did not add up', "didn't add up"],
    requiresNear: ['story|stories|account|accounts|explanation|explanations|version|versions'],
    window: 6,
  },
  {
    code: 'da_inconsistent_accounts',
    patterns: ['changed|changes|changing each|every time [she|he|they] was|were|is|are|gets|got asked|questioned|interviewed|spoken'],
    requiresNear: ['story|stories|account|accounts|explanation|explanations|version|versions|answers|answer'],
    // Review 25C: not a quiz or a lesson ("her answers on the quiz changed each time she was asked").
    unlessNear: ['quiz|test|exam|exams|maths|homework|lesson|game|survey'],
    window: 6,
  },
  // Taking back what was told (RHI and police): "took back her account of the assault".
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['took|takes|take|taking|taken back her|his|their account|statement|allegation|allegations|disclosure|complaint|evidence'],
    // Review 25C: a customer's complaint settled ("took back his complaint about the bus driver after the company
    // apologised").
    unlessNear: [
      'apologised|apologized|apology|apologise|refund|refunded|company|council|shop|restaurant|bus|landlord',
      // Review 25G: a worker's own complaint ("the cleaner took back her complaint about the manager").
      'cleaner|cleaners|colleague|colleagues|employee|tenant|customer',
    ],
    window: 10,
  },
  // Not letting the child speak (GP reception, station staff): "an older man who would not let her talk".
  {
    code: 'da_coached_account',
    patterns: ['would|will|did|does not let her|him|them talk|answer|reply|speak', "wouldn't|won't|didn't|doesn't let her|him|them talk|answer|reply|speak"],
    unlessNear: [
      'teacher|teachers|class|lesson|lessons|assembly|chair|meeting|exam|test|quiet|library|bedtime|phone',
      // Review 25C: a sibling or friends talking over her ("her little brother would not let her talk").
      'brother|sister|brothers|sisters|friend|friends|mate|mates|sleepover|excited|interrupting|interrupted',
      // Review 25G: a nurse, a pharmacist or a referee keeping order ("the nurse would not let him talk until he had calmed
      // down", "the referee would not let him answer back", "the pharmacist would not let her talk about her friend's
      // prescription").
      'nurse|nurses|doctor|pharmacist|referee|umpire|ref would|will|did|does not',
      "nurse|nurses|doctor|pharmacist|referee|umpire|ref wouldn't|won't|didn't|doesn't",
      'calmed|answer back',
    ],
    window: 6,
  },
  // Not able to talk about it yet (RHI, SARC): "he cannot talk about what happened yet".
  {
    code: 'da_not_disclosing',
    patterns: [
      "cannot|can't|can’t|couldn't|couldn’t talk|speak about what happened|it",
      'could not talk|speak about what happened|it',
      'unable to talk|speak about what happened',
      'not able to talk|speak about what happened',
    ],
    unlessNear: ['speech|language|non-verbal|nonverbal|deaf|mute|selective|interpreter|hoarse|voice|throat|laryngitis'],
    window: 6,
  },
  // Identity documents held by an adult for several children: "the man in Slough may hold the boys' ID cards".
  {
    code: 'da_documents_held',
    patterns: [
      "hold|holds|holding|held|keep|keeps|kept|keeping|took|take|takes the|their boys|girls|children's|children’s|kids|workers id|passports|passport|documents|papers",
    ],
    // Review 25C: a team's tour ("the coach holds the boys' passports for the tournament").
    unlessNear: [
      'reception|school|staff|office|lanyard|lanyards|visitor|visitors|solicitor|safe|locker|lockers|agreed|agreement|trip|exam|exams',
      // Review 25C: a parent's keeping ("Mum keeps the children's passports in a drawer at home").
      FAMILY,
      'coach|coaches|tournament|tour|club|team|squad|teacher|teachers',
    ],
    window: 8,
  },
  // Dropped off by a car in the small hours (residential handovers): "dropped off by a car at 4am".
  {
    code: 'da_controlled_return',
    patterns: ['dropped [off|back|home] by a|an car|cars|taxi|van'],
    requiresNear: ['1am|2am|3am|4am|5am|midnight|night|01|02|03|04|05'],
    unlessNear: [
      FAMILY,
      'staff|carer|carers|social|worker|council|school|police|escort|placement|hospital|arranged|booked',
      // Review 25C: after a shift or an event ("dropped off by a taxi at midnight after her shift at the restaurant").
      'shift|shifts|work|job|restaurant|prom|presentation|disco|concert|wedding|cinema|match|training',
    ],
    window: 8,
  },
  // Always going back to them (controlled return): "he always returns to them".
  {
    code: 'da_controlled_return',
    patterns: [
      'always returns|returned|goes|went|runs|ran [back] to them',
      'always returns|returned|goes|went|runs|ran [back] to the men|olders|flat|house|address',
    ],
    // Review 25C: something forgotten ("always runs back to the flat to get his PE kit").
    unlessNear: [FAMILY, 'help|advice|support|school|lessons|club|training|church|mosque|lunch|dinner|tea|kit|coat|charger|forgot|forgotten'],
    window: 8,
  },
  // ---- Probe 25 ----
  // Told what to say by the men or older boys ("he is being told by older boys what to say to the police").
  {
    code: 'da_coached_account',
    patterns: ['told|tells|telling|instructed|briefed [by] [*] [*] [*] what to say|tell|write'],
    unlessNear: [
      'solicitor|lawyer|advocate|teacher|teachers|tutor|coach|drama|play|script|speech|assembly|presentation|interview|job|audition|lines|rehearsal',
      // Review 25D: nor a receptionist's or a nurse's help with a form ("told by the receptionist what to write on the
      // form").
      'by [the|a|her|his|their] receptionist|nurse|doctor|pharmacist|interpreter|clerk|optician',
      'form|forms|application|applications|card|essay',
    ],
    window: 8,
  },
  // Taking back what was said ("has withdrawn what she said about the men in the car").
  {
    code: 'da_disclosure_withdrawn',
    patterns: [
      'withdrawn|withdrew|withdraws|retracted|retracts what|everything she|he|they [had] said|told|disclosed|reported',
      'taken|took|takes|taking back what|everything she|he|they [had] said|told|disclosed|reported',
    ],
    window: 8,
  },
  // Will not talk to anyone about it ("he won't talk to anyone about what happened at the party").
  {
    code: 'da_not_disclosing',
    patterns: [
      "won't|wouldn't|won’t|wouldn’t|refuses|refused|refusing [to] talk|speak to anyone|anybody|us|staff|police|me about",
      'will|would not talk|speak to anyone|anybody|us|staff|police|me about',
    ],
    // Review 25D: nor school work ("won't talk to anyone about his exams").
    unlessNear: ['homework|football|game|games|music|film|films', 'exam|exams|results|grades|revision|coursework|options|gcse|gcses'],
    window: 8,
  },
  // Probe 25 wave 5. Saying it was all made up a day later ("then said the next day that she made it all up"; the
  // plain "said she made it up" is an entry above).
  {
    code: 'da_disclosure_withdrawn',
    patterns: ['said|says|saying|claims|claimed the next|following day|morning [that] she|he|they made it [all] up'],
    unlessNear: [
      'story|stories|english|homework|game|games|joke|excuse|lesson|song|songs|poem|character|name|goal|goals|scoring|scored|match|test|marks|grades|boyfriend|girlfriend',
    ],
    window: 10,
  },
  // The phone kept from the police ("refused to let officers see her phone").
  {
    code: 'da_not_disclosing',
    patterns: [
      "refused|refuses|refusing|won't|wouldn't|won’t|wouldn’t [to] let|allow [the] officers|police|staff|anyone|workers see|look|check [at] [her|his|their|the] phone|phones|messages",
    ],
    // Review 25D: not a parent's own phone ("Mum refused to let the police see her phone").
    unlessNear: ["mum|dad|mother|father|parent|parents|stepdad|stepmum|nan|gran refused|refuses|refusing|won't|wouldn't|won’t|wouldn’t"],
    window: 3,
  },
  // Papers held by someone else ("said someone else had his passport").
  {
    code: 'da_documents_held',
    patterns: ['someone|somebody else has|had|keeps|kept|holds|held her|his|their passport|id|documents|papers|visa|birth'],
    unlessNear: [FAMILY, 'solicitor|home|office|safe|renewal|renewing|application|embassy'],
    window: 8,
  },
  // Not believed or blamed by the police ("won't go to the police because they'll just blame her").
  {
    code: 'da_fear_of_authorities',
    patterns: ["they'll|they’ll|they'd|they’d|police'll just|only blame|arrest|judge her|him|them|me", "they'll|they’ll|they'd|they’d|they not believe|listen"],
    requiresNear: ['police|social|workers|worker|authorities|report|reporting|tell|telling|officers|court'],
    window: 10,
  },
  {
    code: 'da_fear_of_authorities',
    patterns: ["police|social|workers|services|officers won't|wouldn't|will|would [not] [just] believe|blame|judge her|him|them|me"],
    window: 6,
  },
  // Not working with services in plain words ("won't talk to social workers", "won't answer my messages").
  {
    code: 'da_not_engaging',
    patterns: [
      "won't|wouldn't|won’t|wouldn’t|doesn't|didn't|refuses|refused|refusing [to] talk|speak|engage|work to|with [her|his|the|any] social|workers|worker|professionals|professional|yot|services|agencies|camhs",
    ],
    // Review 25D: not social media ("doesn't work with social media for his coursework").
    unlessNear: ['media'],
    window: 3,
  },
  {
    code: 'da_not_engaging',
    patterns: [
      "won't|wouldn't|won’t|wouldn’t|doesn't|didn't|not answer|answering|reply|replying|return|returning [to] my|our|staff's|her|his [worker's] calls|messages|texts",
    ],
    // Not a parent's silence, or a phone that does not work.
    unlessNear: [FAMILY, 'holiday|ill|unwell|hospital|exams|exam|signal|battery|broken|lost|stolen|confiscated'],
    window: 10,
  },
  // Probe 25, plain words also missed in the fresh24 tuning set. Not saying what happened ("would not say what had
  // happened", "cannot talk about what happened").
  {
    code: 'da_not_disclosing',
    patterns: [
      "wouldn't|won't|didn't|doesn't|couldn't|can't|cannot|refuses|refused [to] say|tell|talk|explain [about] what [had] happened",
      'will|would|did|does|could not say|tell|talk|explain [about] what [had] happened',
    ],
    // Review 25C/D: nor what became of a thing ("couldn't explain what had happened to the money for the trip"), nor a
    // speech or language need ("cannot talk about what happened because of his speech difficulty").
    unlessNear: [
      'match|game|lesson|test|exam|film|homework',
      'speech|language|non-verbal|nonverbal|deaf|mute|selective|interpreter|voice|throat',
      'happened to the|his|her|their money|car|keys|cash|bike|laptop|kit|trainers|tv|window|door|phone',
    ],
    window: 6,
  },
  // Appointments missed in a row ("missed all three appointments").
  {
    code: 'da_not_engaging',
    patterns: ['missed|misses|missing all|every|several|three|four|five|most [*] [*] appointments|sessions|meetings|visits'],
    // Review 25C/D: nor a dentist's or a doctor's appointments ("missed all three appointments with the dentist").
    unlessNear: [
      'ill|illness|unwell|hospital|covid|flu|operation|holiday|strike|cancelled|rearranged|bereavement|funeral',
      'dentist|dental|doctor|gp|optician|orthodontist|physio',
      // Review 25G: a landlord's visits ("the tenant missed all three appointments for the gas safety check").
      'gas|boiler|repair|repairs|inspection|inspections',
    ],
    window: 8,
  },
  // A story that does not add up, or changes when asked.
  {
    code: 'da_inconsistent_accounts',
    patterns: [
      "story|stories|account|accounts|explanation|explanations|version|versions [*] [*] [*] didn't|doesn't add up",
      'story|stories|account|accounts|explanation|explanations|version|versions [*] [*] [*] did|does not add up',
      `gave|gives|giving ${range(2, 6).join('|')}|two|three|four|five|several different versions|accounts|stories|explanations`,
    ],
  },
  // No longer seeing a worker ("stopped seeing his YOT worker").
  {
    code: 'da_not_engaging',
    patterns: [
      'stopped|stops seeing|meeting|attending [her|his|their|the] yot|social|key|support|youth|camhs|drugs worker|workers|team|counsellor|appointments|sessions',
    ],
    unlessNear: ['discharged|closed|finished|completed|ended|moved|left|retired|leave'],
    window: 8,
  },
  // Anger at anyone in authority ("is angry with everyone in authority").
  {
    code: 'da_hostile',
    patterns: ['angry|hostile|rude|aggressive towards|to|with|at [everyone|anyone|all] [in] authority|professionals'],
  },
  // ---- Round 27 ----
  // Saying the adult loves or cares for them ("says the man loves her").
  {
    code: 'da_protects_abusers',
    patterns: [
      `says|said|insists|insisted|believes|believed|thinks|thought [that] the|this|that|her|his [older] man|men|adult|adults|boyfriend loves|loved her|him|them`,
      // Review 27: not "looked after him" (a passer-by after a fall, a nurse).
      `says|said|insists|insisted|believes|believed|thinks|thought [that] the|this|that|her|his [older] man|men|adult|adults|boyfriend cares|cared about her|him|them`,
    ],
    // Round 28: her singing, her cooking, not her (review 27).
    unlessNear: ['singing|cooking|voice|smile|dancing|drawing|hair|work|style|laugh|dog|cat|puppy|food|company', `${FAMILY}|foster|carer|carers|worker|staff`],
    window: 4,
  },
  // ---- Round 27, second batch ----
  // Documents held by an adult ("the adult she travelled with has her ID card").
  {
    code: 'da_documents_held',
    patterns: [
      `[older] ${ADULTS}|olders|they [*] [*] [*] has|have|had|kept|keeps|keep|took|takes|holds|held her|his|their id|passport|passports|documents|papers|card|visa`,
    ],
    // Review 27: adults with their own papers checked ("had their passports checked at the airport").
    unlessNear: [
      `${FAMILY}|staff|social|worker|workers|carer|carers|police|officer|officers|solicitor|school|home|office|council`,
      'checked|checking|stamped|renewed|renewing|scanned',
    ],
    window: 6,
  },
  // Fear of the police ("believes the police will put him in prison").
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'believes|believed|thinks|thought|fears|feared|worried|scared|afraid [that] [the] police|officers|authorities|they will|would put|send|lock him|her|them [up|away] [in] [prison|jail]',
      'believes|believed|thinks|thought|fears|feared|worried|scared|afraid [that] [the] police|officers|authorities will|would deport|arrest|charge|punish|blame him|her|them',
    ],
  },
  // Drawn back by the adults ("every time she tries to stay away they get her back").
  {
    code: 'da_controlled_return',
    patterns: [
      // Review 27: not "he" (often the parent).
      'they|men|olders|group|gang get|gets|got|pull|pulls|pulled|draw|draws|drew|drawing|drag|drags|dragged her|him|them back',
      'keep|keeps|kept drawing|pulling|getting her|him|them back',
    ],
    unlessNear: [
      `${FAMILY}|staff|carer|carers|police|officers|school|worker`,
      // Review 27: help or a rescue ("got him back to sleep", "pulled him back from the edge", "back on her feet").
      'sleep|bed|feet|edge|road|kerb|platform|shore|boat|water|car|safety|lifeguard|lifeguards',
    ],
    window: 6,
  },
  // Silent about the men ("goes silent when asked about the men").
  {
    code: 'da_not_disclosing',
    patterns: ['goes|went|go|going|falls|fell silent|quiet|mute when|if asked|questioned|pressed about|where|who'],
    // Review 27: grief, a divorce, homework or a holiday, and a class or a room falling silent.
    unlessNear: [`late|died|death|funeral|divorce|separation|illness|homework|holiday|class|room|lesson|teacher|${FAMILY_HOMES}`],
    window: 8,
  },
  // Silence out of love for the men ("will not give the men's names because she loves them").
  {
    code: 'da_protects_abusers',
    // Review 27: not "loves the game" nor a child who will not give a pet away or tells of a holiday.
    patterns: ['because|as [she|he|they] loves|loved|love|cares [about] them|him'],
    requiresNear: ['names|name|report|identify|disclose|statement|police|evidence|complaint'],
    window: 10,
  },
  // ---- Round 28, second batch ----
  // Back to the traffickers ("went back to the traffickers"): da_controlled_return.
  {
    code: 'da_controlled_return',
    patterns: [
      'goes|go|went|going|gone|returns|returned|returning|keeps|kept back|returning to the|her|his traffickers|exploiters|abusers|trafficker|exploiter|abuser',
    ],
    // Officers or services returning to an address.
    unlessNear: ['police|officers|officer|warrant|raid|raided|detectives|team|helpline|address|addresses'],
    window: 6,
  },
  // ---- Round 28, third batch ----
  // A missed therapy or health appointment counted ("missed her third CAMHS appointment"), and a worker no longer
  // met ("has stopped meeting his worker"): da_not_engaging.
  {
    code: 'da_not_engaging',
    patterns: [
      'missed|misses|missing her|his|their [second|third|fourth|fifth|last|latest|next] camhs|yot|cahms|therapy|counselling|counsellor|sexual|rhi|worker appointment|appointments|session|sessions',
      'stopped|stops|stopping meeting her|his|their [social|key|youth|support|yot|rhi] worker|workers|mentor',
    ],
    unlessNear: [
      'ill|illness|sick|hospital|strike|strikes|snow|cancelled|rebooked|rearranged|bus|train|holiday|exam|exams|closed|closure|ended|finished|discharged|case',
      'worker|workers was|is|were off|sick|ill',
    ],
    window: 8,
  },
  // ---- Round 28, fourth batch ----
  // The address withheld ("she would not give the address" where she was found): da_not_disclosing.
  {
    code: 'da_not_disclosing',
    patterns: [
      'would|will|did|does not give|tell|say the|her|his|their address',
      "wouldn't|won't|didn't|doesn't|refused|refuses|refuse give|tell|say the|her|his|their address",
      'refused|refuses|refuse to give|tell|say the|her|his|their address',
    ],
    unlessNear: [`${FAMILY}|landlord|caller|driver|company|delivery|courier|seller|buyer|bank|tenant|neighbour|man|woman|school|office`],
    window: 6,
  },
  // ---- Round 29 ----
  // (indicators-round29.test.ts) ----
  // An adult who has or holds the child's documents or bank card ("the man has her bank card and ID", "the man held both
  // children's passports", "her ex-partner still has her bank card", "the woman is holding his papers"):
  // da_documents_held (framework: someone else holds the child's passport, identity documents or bank cards).
  {
    code: 'da_documents_held',
    patterns: [
      // "has his passport" is the man's own; "has her passport" is not.
      'man|men|woman|women|adult|adults|boyfriend|ex-partner|ex|partner|landlord|landlady|boss|employer|trafficker|traffickers|couple [still] has|have|had her|both|all [the] [*] [*] passport|passports|documents|papers|id|bank|brp',
      'man|men|woman|women|adult|adults|boyfriend|ex-partner|ex|partner|landlord|landlady|boss|employer|trafficker|traffickers|couple [still] holds|held|keeps|kept her|his|their|both|all [the] [*] [*] passport|passports|documents|papers|id|bank|brp',
      'he [still] has|had|holds|held|keeps|kept her passport|passports|documents|papers|id|bank',
      'she [still] has|had|holds|held|keeps|kept his passport|passports|documents|papers|id|bank',
      'is|are|was|were holding * passport|passports|documents|papers|id',
      'is|are|was|were holding the|her|his|their [*] [*] passport|passports|documents|papers|id',
    ],
    unlessNear: [
      FAMILY,
      'carer|carers|foster|social|worker|staff|school|office|solicitor|solicitors|council|renewal|renew|expired|holiday|trip|coach|team|tournament|teacher|branch|teller|cashier|post|application|safe|safekeeping|locked',
      'purse|wallet|stole|stolen|theft|found|lost|handed|drawer|pocket|visa|application|checked|check|checks|stamped|scanned|inspected',
      ...DOCUMENTS_ERRANDS,
      // The adult's own documents ("the man has his passport and ticket").
      'man|men|woman|adult|boyfriend|partner|landlord|driver has|had|holds|held|keeps his|her own',
    ],
    window: 8,
  },
  // ---- Round 29b ----
  // A learned or copied account ("seemed to be reciting a story he had learned", "gave an account identical to two other
  // boys'", "their statements were identical"): da_coached_account, only with a sign it was learned or copied, never a
  // poem, a play, a quiz or homework.
  {
    code: 'da_coached_account',
    patterns: [
      'reciting|recited|recites|recite a|the|her|his|their [same] [*] story|script|account|statement|version',
      'account|accounts|story|stories|statement|statements|version|versions identical to|with',
      'accounts|stories|statements|versions are|were|was|is [almost|nearly|exactly] identical',
      'account|story|statement|version was|is|were|are [almost|nearly|exactly] identical to|with',
    ],
    // Review 29b: not 'identical' itself, nor 'told' or 'if' ("the witness statements were identical on the time of the
    // crash"): a sign the account was learned, or other children's.
    requiresNear: [
      'seem|seemed|seems|sound|sounded|sounds|appear|appeared|appears|like|learned|learnt|rehearsed|memorised|memorized|taught|coached|prepared|given|gave|other|others|boys|girls|brother|cousin|three|word',
    ],
    unlessNear: [
      'poem|poems|poetry|play|assembly|drama|lines|performance|audition|bedtime|nursery|rhyme|rhymes|shakespeare|quiz|answers|essay|essays|homework|copying|copied|plot|film|book|novel|debate|bank|number|password|login|username|email',
      'shy|confidence|confident|reviews|review',
      // Review 29b: witnesses, insurers or neighbours ("the two accounts were almost identical, the police said of the
      // neighbours").
      'witness|witnesses|insurer|insurers|insurance|neighbour|neighbours|crash|accident|newspaper|referee|linesman',
    ],
    window: 10,
  },
  // Review 29b: not letting the child speak, only when someone would not ("Mum told me to let him speak for himself at
  // the parents' evening" is advice).
  {
    code: 'da_coached_account',
    patterns: ['let|allow|allowed|lets|letting the|her|him|them [*] [to] speak|talk|answer for herself|himself|themselves|themself'],
    requiresNear: ["not|never|wouldn’t|wouldn't|won’t|won't|didn't|didn’t|doesn't|doesn’t|refused|refuses|refusing|stopped|prevented"],
    window: 6,
  },
  // Told the police will arrest the child if the child talks ("was told that if he talks to police he will be arrested",
  // "he'd go to prison if he grassed"): da_fear_of_authorities.
  {
    code: 'da_fear_of_authorities',
    patterns: [
      'if she|he|they talks|talk|talked|speaks|speak|spoke|goes|go|went|tells|tell|told [to] [the] police|cops|feds|anyone she|he will|would be arrested|deported|locked|charged|jailed',
      "if she|he|they talks|talk|talked|speaks|speak|spoke|goes|go|went|tells|tell|told [to] [the] police|cops|feds|anyone she'll|he'll|she'd|he'd be arrested|deported|locked|charged|jailed",
      "she'd|he'd|they'd|she'll|he'll|they'll go to prison|jail if she|he|they grassed|grass|grasses|snitched|snitch|snitches|told|tells|talked|talks",
      // Review 29b: any subject before the arrest ("the olders told him he'd be arrested if he talks to police").
      'be arrested|deported|charged|jailed if she|he|they talks|talk|talked|speaks|speak|spoke|tells|tell|told|grass|grassed|grasses|snitch|snitched|snitches',
      'be arrested|deported|charged|jailed if she|he|they goes|go|went to [the] police|cops|feds',
      // Round 31: ... or calls them.
      'be arrested|deported|charged|jailed if she|he|they calls|call|called|rings|ring|rang|phones|phone|phoned|contacts|contact|contacted|reports|report|reported [it] [to] [the] police|cops|feds|999',
    ],
    // Round 31: nor a warning about hoax calls ("arrested if he phones the police again with a hoax call").
    unlessNear: [
      'solicitor|lawyer|advised|advice|warrant|burglary|bail|wanted|circulated|joke|joked|joking|lies|lie|court|perjury|film|hoax|hoaxes|prank|wasting',
      // Review 31: nor about false or nuisance calls ("if she called the police again with false reports").
      'false|malicious|nuisance|vexatious',
    ],
    window: 10,
  },
  // ---- Round 32 ----
  // Left hospital or clinic before being seen ("left before review", "walked out before triage").
  {
    code: 'da_not_engaging',
    patterns: [
      'left|leaves|leaving|walked|walks [out] before [being] [he|she|they] [was|were|had] seen|review|reviewed|triage|triaged|treatment|assessment|assessed',
    ],
    // The child, not the adults or friends who brought them ("brought in by a man who left before triage").
    unlessNear: [
      'who|friend|friends|man|men|woman|women|male|males|female|adult|adults|mum|dad|parent|parents|carer|carers|uncle|aunt|boyfriend|they',
      // Review 32: nor the police, the crew, a worker or a relative who brought the child ("Police left before she was
      // triaged", "The social worker left before she was seen").
      'police|officer|officers|pc|pcs|crew|paramedic|paramedics|worker|workers|driver|staff|brother|sister|nan|gran|grandad|family',
    ],
    window: 2,
  },
];
