import {
  ADULT_CUES,
  AGAINST_ADVICE_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  CCE_CUES,
  EVERYDAY_CHOICE_CUES,
  EVERYDAY_PARTICIPATION_CUES,
  FRIEND_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
  PROFESSIONAL_CUES,
  PRONOUN_POSS,
  PRONOUN_SELF,
  RISK_CONTEXT_CUES,
  SAME_AGE_PARTNER_CUES,
  SERVICE_ADULTS,
  SEXUAL_CUES,
  STRONG_RISK_CUES,
} from './lexicon-cues.ts';
import {
  ADULT_ROMANCE_VETOES,
  ADULT_SEXUAL_CONTACT_ALTERNATIVES,
  CHILD_AGE_TOKENS,
  LABOUR_EXPLOITATION_CUES,
  LABOUR_EXPLOITATION_VETOES,
} from './lexicon-parts.ts';
import { ADULT_DID_SEX_CUES } from './lexicon-round37.ts';
import type { LexiconEntry } from './types.ts';

// The victim-blaming lexicon's founding entries for wording that implies consent or choice (`implies_consent`). lexicon.ts gives the
// design rules and assembles the whole lexicon; each entry cites its guide (sources.ts).
export const IMPLIES_CONSENT_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'sexually_active_under_13',
    patterns: ['sexually active'],
    category: 'implies_consent',
    explanation: 'A child under 13 cannot consent to any sexual activity in law. Calling them "sexually active" describes rape as a lifestyle.',
    alternatives: [
      'The child has been raped: this needs an immediate police and children’s social care referral',
      'Concerns exist that the child has been coerced, exploited or sexually abused',
    ],
    source: 'docsbay_alternatives', // [A] "Sexually active since" (age under 13)
    requiresNear: [
      'age|aged 8|9|10|11|12',
      '8|9|10|11|12 year|years|yrs old',
      '8-year-old|9-year-old|10-year-old|11-year-old|12-year-old',
      'under 13|thirteen',
      'was|were|is 8|9|10|11|12',
      'age of 8|9|10|11|12',
      'year 7',
    ],
  },
  {
    id: 'sexually_active',
    patterns: ['sexually active'],
    category: 'implies_consent',
    explanation:
      'Presents sexual contact as something the child does, when the child may have been groomed, coerced or exploited. It closes the question of who the other person is.',
    alternatives: [
      'The child has described sexual activity; concerns exist that they may have been groomed, coerced or exploited: record the other person’s age and how they met',
      'Possible sexual abuse: record who was involved, their ages and any age gap or power imbalance',
    ],
    source: 'docsbay_alternatives', // [A]; also CARA prior art
    unlessNear: [
      // Round 23: a partner of the child's own age (SAME_AGE_PARTNER_CUES): not an adult's abuse named as the child's
      // activity.
      ...SAME_AGE_PARTNER_CUES,
    ],
  },
  {
    id: 'sexual_activity_with',
    patterns: [
      'engaging|engaged|engages|engage in sexual activity|activities|acts',
      'sexual activity|activities|relations|contact|acts with',
      'sexual relationship|relationships with',
    ],
    category: 'implies_consent',
    explanation: 'Describes abuse as a shared activity between equals. The child may have been abused, raped or exploited.',
    alternatives: [
      'The child has been sexually abused by [name, age]',
      'Allegation of sexual abuse: the child has described sexual activity, and concerns exist that they were groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    // [A]'s own recommended wording is "Child has described sexual activity, however concerns exist …".
    // The offence is named "sexual activity with a child" (Sexual Offences Act 2003): that is not the child-blaming use.
    unlessNear: [
      'described|describes|describing|disclosed|discloses|disclosing|reported|reports|said|says|told',
      'child|children|minor|minors|suspicion|offence|offences|charged|arrested|convicted|conviction',
    ],
    window: 4,
  },
  {
    id: 'had_sex_with_adult',
    // Round 22: with a word between ("had unprotected sex with 22 y/o male").
    patterns: [
      'has|had|have|having sex with',
      'has|had|have|having unprotected|consensual|regular|casual|oral sex with',
      // Probe 23: without "with", the adults named before ("found in a flat with older men where she had been drinking
      // and having sex").
      // The shorter span loses to "having sex with" where both match.
      'having sex',
      'and|then having|had sex',
    ],
    category: 'implies_consent',
    explanation: 'Describes sexual contact between a child and an adult as mutual. An adult having sexual contact with a child is abuse.',
    alternatives: ['The child has been sexually abused by an adult (record their age)', 'An adult aged [age] has sexually abused the child'],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    requiresNear: ADULT_CUES,
    // Round 19: "she was made to have sex with men at a flat" is what the men did (child-centred wording).
    unlessNear: [
      // Round 23: the adults' act with the child as its object ("the men forced her to have sex with them", "made her
      // have sex with their friends", "paid her to have sex with"). Not "told" (review 23A): "he told her to have sex with
      // his friends" came within reach of the child's own account before it ("she was having sex with the 24-year-old").
      'made|forced|coerced|pressured|pressurised|compelled|persuaded|threatened|paid|expected|got her|him|them|me [to] have|having',

      ...OTHER_PERSON_CUES,
      'made|forced|coerced|pressured|pressurised|compelled to have|having',
      // Round 20: the men as the subject ("several men have had sex with her", "men had sex with her") record what the
      // adults did; the child's account ("Jade says she has had sex with a 19-year-old") is the guide's own wording,
      // "the child has described sexual activity" ([A]), as for sexual_activity_with (four tuning-set lines). Not "described as having sex with", the label frame.
      'men|adults|males have|has|had [had] sex|intercourse with',
      // Round 29C: one adult as the subject ("after a man aged 22 had sex with her last night; this is rape").
      // Review 29C: an age, not any word ("she had sex with a man, she had sex with him for money").
      `man|male|adult [aged] [${AGE_NUMBERS}] have|has|had [had] sex|intercourse with her|him`,
      ...ADULT_DID_SEX_CUES, // session 22b
      'says|said|disclosed|discloses|told|tells [that] she|he|they has|have|had [been] [had|having] sex|intercourse with',
      // Probe 23: what adults do to children, said of them ("Adults having sex with children is abuse").
      'sex with a|an|the [young|underage|under-age] child|minor|girl|boy|teenager',
      'sex with [young|underage|under-age] children|minors|kids|girls|boys|teenagers|under-16s|under-13s',
    ],
  },
  {
    id: 'sleeping_with',
    patterns: ['sleeping|slept|sleeps|sleep with'],
    category: 'implies_consent',
    explanation: 'A euphemism that makes sexual abuse by an adult sound like a consensual relationship.',
    alternatives: ['The child is being sexually abused by an adult (record their age)', 'An adult aged [age] is sexually abusing the child'],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, 'light|lights|teddy|door|window|sister|brother|siblings'],
  },
  {
    id: 'consented',
    labelFrame: true,
    patterns: [
      'consented|consenting',
      'gave|give|gives [her|his|their] consent',
      'willing participant|participants',
      'with her|his|their [full] consent|agreement',
      'consents',
      'said|says|saying yes [to] [it|this|sex]',
    ],
    // Reviews quote the word on its own ('the girls were "consenting"'), with the context in the surrounding text.
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Treats sex as agreed when a child who is groomed, coerced, given substances or abused by someone with power over them cannot freely consent. Under 13, a child cannot consent at all.',
    alternatives: [
      'The child could not freely agree: record the grooming, coercion, age gap or power imbalance',
      'The child has described sexual activity with [name, age]; concerns exist that they were groomed or coerced',
    ],
    source: 'childrens_society_2018', // the guide's principle; "sex seen as consensual" is a Rotherham finding (DOMAIN.md)
    // "Offences", "crime", "charges": the no-further-action decision that reviews found rested on this wording.
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...SEXUAL_CUES,
      ...ADULT_CUES,
      'relationship|boyfriend|girlfriend|partner|party|flat|hotel|car',
      'offence|offences|crime|crimes|charge|charges|charged|nfa',
      // "Not CSE as she is over 16 and consenting": exploitation ruled out on consent, the decision reviews found again
      // and again (Jay 2014, DOMAIN.md); a child of 16 or 17 can still be exploited.
      'not|no|nfa [a|an] cse|exploitation',
      'over|aged 16|17|sixteen|seventeen',
      // Round 25: a trafficked child's journey ("consented to being brought to the UK", fresh24).
      // Review 25A: not "transported" ("consented to being transported to A&E by ambulance"), nor brought home, back to
      // the unit or into care: brought into the country.
      'being trafficked|smuggled',
      'being brought to|into [the|this] uk|britain|england|scotland|wales|country',
    ],
    unlessNear: [
      // Round 23: a partner of the child's own age (lexicon-cues.ts SAME_AGE_PARTNER_CUES).
      ...SAME_AGE_PARTNER_CUES,

      "not|cannot|can’t|can't|couldn't|unable|never|without|no [to] [give] consent|consented|consensual|consenting",
      // Review 23A: consent ruled out ("there is no suggestion that Sophie consented"), here and not sentence-wide.
      'no|little suggestion|evidence|indication that [*]',
      'referral|share|sharing|information|assessment|examination|treatment|medical|procedure|photographs|photograph',
      ...EVERYDAY_PARTICIPATION_CUES,
      // Probe 24: sport and rehearsal ("a willing participant in training").
      'training|practice|practices|rehearsal|rehearsals|coaching|session|sessions|matches|fixtures',
    ],
  },
  {
    id: 'consensual',
    // Common misspellings as notes are typed ("concensual").
    patterns: ['consensual|concensual|consentual|concentual|consensually', '[fully] consensual relationship|sex|contact'],
    category: 'implies_consent',
    explanation:
      'Calls sexual contact with a child consensual. A child who is groomed, coerced, given substances or abused by someone with power over them cannot freely consent, and under 13 cannot consent at all.',
    alternatives: [
      'The child could not freely agree: record the grooming, coercion, age gap or power imbalance',
      'The child has described sexual activity with [name, age]; concerns exist that they were groomed or coerced',
    ],
    source: 'childrens_society_2018', // the guide's principle; "sex seen as consensual" is a Rotherham finding (DOMAIN.md)
    // "It was not consensual" is a disclosure, not a judgement; "consensual sharing of information" is not about sex.
    unlessNear: [
      // Round 23: a partner of the child's own age (lexicon-cues.ts SAME_AGE_PARTNER_CUES).
      ...SAME_AGE_PARTNER_CUES,

      "not|never|wasn't|isn't|weren't|wasnt|isnt|non|hardly [fully|entirely|truly|really] consensual",
      // Round 24: sharing of information, not "consensual sharing between Maya and a 19 year old" (images).
      'information|referral|assessment|examination|treatment|procedure|photograph|photographs',
      'sharing|share of|with information|data|records|details|the|her|his|their',
    ],
    window: 3,
  },
  {
    id: 'wanted_it',
    patterns: ['i|she|he|they wanted|want it', 'up for it'],
    category: 'implies_consent',
    explanation:
      'Records abuse as something the child wanted. Groomed children often say they wanted it; that is how grooming works, and it does not make it consent.',
    alternatives: [
      'The child has said they wanted this; concerns exist that they have been groomed or coerced: record who and the age gap',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'docsbay_alternatives', // [A] "Child has described sexual activity, however concerns exist that the child may have been groomed/coerced"
    // "She wanted it to stop", "he wanted it back": not consent.
    unlessNear: ['back|stop|stopped|over|returned|return|fixed|mended|removed|gone|deleted|done|finished|ended|to'],
    window: 2,
  },
  {
    id: 'wanted_to',
    patterns: ['because|cos|coz|cause i|she|he|they wanted to', 'because|cos|coz|cause i|she|he|they want to', 'i|she|he|they|we wanted|wants|want to'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going missing or going with adults as the child’s own wish, ignoring grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    requiresNear: [...RISK_CONTEXT_CUES, ...SEXUAL_CUES],
    // Wanting to get away from the risk is the opposite of consent.
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      'home|leave|stop|escape|help|die|safe|safety|scared|frightened|afraid|police|see|visit|talk|speak|know|ask|learn|try|sleep|eat|cry',
      'get|got|getting out',
      // Session 22b: where a child wants to live ("I want to live with Nan", a Cafcass wish), not going with adults.
      'live|move with|to [my|her|his] nan|gran|grandma|nanna|grandad|grandparents|mum|mam|dad|aunt|auntie|uncle|sister|brother|family|foster|carers',
    ],
    window: 6,
  },
  {
    id: 'willingly',
    contextInSentence: true,
    patterns: ['willingly|voluntarily', 'of her|his|their own free will', 'of her|his|their own accord|volition', 'voluntary missing|absence|absences|return'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Suggests the child chose to go with or stay with people who exploit them, ignoring grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling where the child goes',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    // "a nominal on the Hollinshaw line and travels willingly" (round 21)
    // Round 22: trafficking ("NRM: Ilir came willingly and knew what the work would be").
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...RISK_CONTEXT_CUES,
      ...SEXUAL_CUES,
      'nominal|nominals',
      'on|for the|a [*] line|lines',
      'trafficked|trafficking|smuggled|smuggling|agent|agents|traffickers',
      // Round 23: taking part in supply, or working off a debt ("willingly took part in the supply", "voluntarily worked
      // at the nail bar to pay back the cost of his journey"). Not "line": "waited in line willingly" (review 21b L22).
      'drug|drugs|crack|heroin|cocaine|cannabis|weed|wraps|county|trap|parcels|packages|supply|supplying|runner|runners',
      // Review 23A: working to pay a debt, not "voluntarily paid back the £40 he took".
      'to pay back|off',
      'came|come|comes|went|go|goes|going|gone|travelled|traveled|travels|arrived|crossed willingly|voluntarily',
      // Round 28: the same journey with the word before the verb ("the child voluntarily travelled from Calais in a
      // lorry"); not "went", which is also a visit ("voluntarily went to the GP").
      'willingly|voluntarily came|travelled|traveled|travels|crossed|arrived',
      // "Ruby said she went to Blackpool of her own free will".
      'went|go|goes|going|gone|came|come|travelled|traveled|left|stayed|stays [*] [*] [*] of her|his|their own',
    ],
    // The going denied earlier in the clause: "did not go with the men willingly" (round 21; a denial right before the
    // word is check.ts deniedLabel).
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      // Review 21b L22: a police interview ("attended voluntarily for interview under caution") or a phone line ("stayed
      // on the line to the call handler"), not a drug line.
      'interview|caution|solicitor|handler|handlers|999|101|operator',
      // Probe 25: the public queuing or volunteering ("the passengers waited willingly in the queue").
      // Review 25B: the public as the ones who were willing, not "other passengers said".
      'queue|queues|queued|queuing|queueing',
      'passengers|customers|volunteers|volunteer|shoppers|commuters [all] [*] [*] willingly',
      // Review 23A: help given to the police ("voluntarily gave them his PIN code", "surrendered the cannabis").
      'pin|passcode|password|surrendered|surrender|pcso|awareness',
      // Review 28: an adult relative or staff who made the journey ("the uncle voluntarily travelled from Krakow to offer
      // kinship care", "staff voluntarily travelled in on their day off"), now that the word before the verb is a cue.
      'staff|family|parents|uncle|aunt|auntie|grandad|grandma|grandparents|relatives|dad|mum|father|mother|witness|witnesses|officer|officers willingly|voluntarily came|travelled|traveled|travels|crossed|arrived',
      // Round 22: a meeting or an assessment the child came to ("came willingly to the assessment").
      'meeting|meetings|assessment|assessments|appointment|appointments|session|sessions|clinic|hospital|station|engaged|account',
      'contact|centre|social|worker|carer|carers|foster|parents',
      'call|phone|telephone|helpline line|handler',
      'stay|stays|stayed|staying|remain|remained|remains on the line',
      'did|does|do|was|were not go|goes|went|come|came|get|got|leave|left|travel|travelled [*] [*] [*] willingly|voluntarily',
      "didn't|didn’t|never go|goes|went|come|came|get|got|leave|left|travel|travelled [*] [*] [*] willingly|voluntarily",
      // Review 22B L2: a return or an ordinary visit ("came home of her own accord at 2am", "went to the GP of her own
      // free will", "has gone willingly to his nan's"): missing-episode wording, not consent.
      'came|come|comes|returned|returns|return|got|gets home|back',
      'went|go|goes|gone home',
      "office|gp|doctor|doctors|doctor's|dentist|placement|nan's|nan’s|nana's|gran's|gran’s|grandma's|grandad's|grandparents|dad's|dad’s|mum's|mum’s|aunt's|auntie's|uncle's",
    ],
  },
  {
    id: 'by_choice',
    // Round 20: "by choice" was one of willingly's and consent_idiom_round13's patterns, and missed wherever the note names the place or the state
    // rather than the men ("stopping at the man's house by choice", "goes off with them by choice", "intoxicated by
    // choice"; three tuning-set lines, none against). In case notes it is nearly always this reading; not "not at the flat
    // by choice", nor a diet or a course.
    patterns: ['by choice'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Records where the child goes, who they stay with or what they take as the child’s free choice, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling where the child goes',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    // Not a parent's or another adult's choice: "Mum works nights by choice" (review 2026-11-30).
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      'mum|dad|mother|father|parents|carer|carers|nan|gran works|work|worked|lives|live|lived|is|are|was|were',
      'not|never [*] [*] [*] by choice',
      'vegetarian|vegan|diet|single|home-educated|elective|elected|celibate',
    ],
    window: 4,
  },
  {
    id: 'relationship_with_adult',
    // Not "in a relationship with": the issue's own alternative for "older boyfriend" uses it (eval README).
    patterns: ['relationship|relationships with an|a|the adult|older', 'romantic relationship|relationships with'],
    category: 'implies_consent',
    explanation:
      'Calls contact between a child and an adult a relationship, which suggests equality and choice. Guidance asks us to describe contexts and situations instead.',
    alternatives: [
      'The child is being groomed or sexually exploited by [name, age]',
      'An adult aged [age] has formed a sexual or controlling hold over the child',
    ],
    source: 'language_matters', // [B] "Associating with / in a relationship with"
    requiresNear: ADULT_CUES,
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES],
  },
  {
    id: 'casual_sex_adult',
    patterns: [
      'hooking|hooked|hooks|hook up with',
      'fling|flings|affair|affairs with',
      'one night stand|stands',
      'one-night stand|stands',
      'one-night-stand|one-night-stands',
    ],
    category: 'implies_consent',
    explanation: 'Uses the words of casual adult sex for an adult’s sexual contact with a child, as if the child chose it as an equal.',
    alternatives: ADULT_SEXUAL_CONTACT_ALTERNATIVES,
    source: 'language_matters', // [B] "in a relationship with"
    requiresNear: ADULT_CUES,
    unlessNear: ADULT_ROMANCE_VETOES,
    window: 5,
  },
  {
    id: 'exchange_for_sex',
    patterns: [
      'trades|trading|traded|trade|exchanges|exchanging|exchanged|exchange|swaps|swapping|swapped|swap|offers|offering|offered sex|sexual',
      'in return|exchange for sex|sexual',
      'sex for drugs|money|cash|alcohol|gifts|cigarettes|somewhere|accommodation|lifts',
    ],
    category: 'implies_consent',
    explanation:
      'Describes the abuse as a trade the child takes part in. Adults who give a child something and then abuse them are sexually exploiting the child.',
    alternatives: [
      'The child is being sexually exploited: adults give them [what] and then sexually abuse them',
      'Adults are using the child’s need for [what] to sexually abuse them',
    ],
    source: 'docsbay_alternatives', // [A] "Offering her drugs seemingly in return for sex"
  },
  {
    id: 'underage_sex',
    patterns: ['underage|under-age sex|sexual|relationship|relationships|intercourse|activity'],
    category: 'implies_consent',
    explanation: 'Frames sexual contact with a child as a rule the child broke, not as possible abuse. Under 13 it is rape.',
    alternatives: [
      'The child has described sexual activity; concerns exist that they may have been groomed, coerced or exploited: record the other person’s age',
      'Possible sexual abuse of a child aged [age]',
    ],
    source: 'docsbay_alternatives', // [A] "Sexual activity with …"
    // The law or the curriculum named, not a child's contact recorded ("lessons on consent and underage sex",
    // "struggled to distinguish between sexual abuse and underage sexual activity", as reviews write).
    unlessNear: ['distinguish|distinguishing|differentiate|law|laws|lesson|lessons|pshe|rse|curriculum'],
    window: 8,
  },
  {
    id: 'agreed_to',
    contextInSentence: true,
    // Round 23: "agreed to have sex with the men" is one finding, not also had_sex_with_adult's "have sex with".
    patterns: ['agreed|agrees|agreeing|agree to', 'agreed|agrees|agreeing|agree to have|having sex|intercourse [with]'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Says the child agreed to sexual contact or to go with adults, when a groomed or coerced child cannot freely agree.',
    alternatives: [
      'It is not clear whether the child was under duress: record what was said, promised or threatened',
      'The child may have been groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A] "Child has described sexual activity, however concerns exist that the child may have been groomed/coerced"
    // Round 32: the men's place ("agreed to go to the men's flat for cigarettes", fresh29).
    requiresNear: [...SEXUAL_CUES, "man|men|males|adults|older|olders|men's|man's|men’s|man’s", ...LABOUR_EXPLOITATION_CUES],
    unlessNear: [
      // Round 32: "men's" naming a kind of event, team or place ("agreed to do the men's 5k fun run with his dad").
      "men's|men’s race|run|5k|10k|team|football|rugby|cricket|match|league|toilets|toilet|changing|clothing|department|section|club|ward|shed|group",
      'referral|referrals|plan|plans|assessment|support|meeting|meetings|appointment|appointments|share|sharing|information|medical|treatment|examination|test|tests|visit|visits|police|talk|speak|tell|interview|statement|help',
      // Round 19: "the church elders have agreed to host an awareness evening".
      'host|hold|run|fund|chair|attend|organise|organize',
      // Round 22: a meeting's decision ("CP conference: agreed to stop recording Daisy's missing episodes as a choice").
      'stop|record|recording|review|escalate|convene|update|monitor|close',
      ...LABOUR_EXPLOITATION_VETOES,
    ],
    window: 4,
  },
  {
    id: 'enjoys_attention',
    patterns: [
      'enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved|courts|courting|courted [the] attention|lifestyle|gifts|status|buzz|thrill|excitement',
      // "craves the attention" of the men; a bare "craves attention" is a bid for it (attention_seeking).
      'craves|craved|craving|crave the attention|lifestyle|gifts|status|buzz|thrill|excitement',
      'craves|craved|craving|crave lifestyle|gifts|status|buzz|thrill|excitement',
      // "Tyrone enjoys the gang lifestyle and the money" (round 21): the enjoyment, not only the lifestyle's name.
      'enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved|craves|craved the|his|her|their gang|criminal|drug|drugs lifestyle|money|status',
      'enjoys|enjoyed|enjoying|likes|liked|loves|loved|craves the money',
      'enjoy the money',
      'enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved the money|cash and [the] status|attention|lifestyle|gifts',
      // Round 22: whose attention ("Tilly enjoyed the men's attention and went off with them").
      "enjoys|enjoyed|enjoying|enjoy|likes|liked|loves|loved|craves|craved|craving the|their [older] men's|man's attention|gifts|company",
      // Probe 25: "loving the attention", "lapping up the attention", "enjoying herself with the men in room 6".
      // Review 25B: not "the buzz" or "the excitement" of a trip or a match day.
      'loving|revelling|revels|revelled [in] the attention|lifestyle|gifts|status',
      'lapping|laps|lapped|lap up the attention|lifestyle|gifts|status|money',
      // Review 25B: not "lads" or "group" ("enjoying himself with the other lads at football").
      'enjoying|enjoyed|enjoys|enjoy herself|himself|themselves with the|those|these|older|some|two|three|four|a|an [*] men|males|adults|man|male|olders|adult',
    ],
    category: 'implies_consent',
    explanation: 'Suggests the child wants what is happening. Attention, gifts and status are the tools groomers use to draw a child in.',
    alternatives: [
      'Adults are using attention, gifts or money to groom the child (record what and from whom)',
      'The child is being groomed: the gifts and attention are part of how they are controlled',
    ],
    source: 'childrens_society_2018', // the guide's principle; grooming stages (DOMAIN.md)
    // Gaps pass: the attention of a teacher, an audience or a pet is not grooming ("enjoys the attention of her drama
    // teacher when she performs").
    unlessNear: [
      'teacher|teachers|coach|coaches|audience|audiences|stage|perform|performs|performing|drama|crowd|fans|classmates|baby|puppy|dog',
      // Review 25B: a win ("she was loving the attention after scoring the winner").
      'scoring|scored|goal|goals|winner|winning|won|trophy|award|medal',
      // Review 25F: peers or a show ("lapping up the attention from the other girls in the choir").
      'attention from|of [the|her|his] [other] girls|boys|friends|classmates|teammates|pupils',
      'choir|choirs|band|orchestra|concert|concerts|assembly|nativity|panto|pantomime',
      // Probe 24: gifts from family or carers ("she likes the gifts her mum buys her", "the presents for her birthday").
      // Review 24D: the family as the giver, not a parent or carer reporting ("Mum said she enjoys the attention").
      'her|his|their [foster] mum|mam|mother|dad|father|parents|nan|gran|grandparents|carer|carers|family buys|bought|buy|gives|gave|give|gets|got|sends|sent',
      "from [her|his|their] [foster] mum|mum's|mam|mother|mother's|dad|dad's|father|father's|parents|nan|gran|grandparents|carer|carers|family",
      'for|at [her|his|their] christmas|birthday',
      'christmas|birthday present|presents|gifts|money',
      // "the money she earns from her paper round", not "stopped his paper round" or unexplained savings.
      'earns|earned|earning|earn|makes|made|saves|saved|saving from|at|doing [her|his|their|a] [*] paper|pocket|babysitting|allowance|job|round', // not "from the work he does for the olders"
      'pocket money',
      'wage|wages|babysitting|allowance',
    ],
  },
  {
    id: 'motivated_by_money',
    patterns: ['motivated by money|greed|gifts|status', 'financially motivated', 'in it for the money|gifts', 'money-motivated'],
    category: 'implies_consent',
    explanation: 'Presents the child as choosing exploitation for gain, ignoring that adults created the need, the debt or the fear.',
    alternatives: [
      'Adults are using money or gifts to control the child',
      'The child is being criminally or sexually exploited: record what was given, promised or owed',
    ],
    source: 'childrens_society_2022', // 2022 revision: child financial exploitation
  },
  {
    id: 'lifestyle_choice',
    patterns: [
      'lifestyle choice|choices',
      'lifestyle|life|path [that|which] she|he|they|i [has|have|had|is|was] chosen|chose|chooses|choose',
      'choice|choices of lifestyle',
      `chosen|chose|choose|chooses|choosing this|that|a|the|${PRONOUN_POSS} [*] lifestyle|life`,
      'chosen|chose|choose|chooses|choosing to live like this|that',
      // Round 23: "she has chosen this way of life".
      // Review 23B: not "a way of life" (the staff team's for the house); a family's or a parent's is vetoed below.
      'chosen|chose|choose|chooses|choosing this|that|her|his way of life',
      "i|i've chose|chosen|choose this|that",
      "it's|its|it’s my [own] choice|decision|life",
      'it is|was my [own] choice|decision|life',
      'my own choice|decision',
    ],
    category: 'implies_consent',
    explanation: 'Being sexually or criminally exploited is not a lifestyle choice. The phrase was used in Rotherham to explain away abuse.',
    alternatives: [
      'The child is being sexually or criminally exploited',
      'Adults are controlling the child through [threats, debt, substances, affection]: record how',
    ],
    source: 'kent_medway', // [G] "Being sexually exploited, is not a 'lifestyle choice'"
    // Round 23: a parent's own choice ("Dad has made a lifestyle choice to stop drinking").
    unlessNear: [
      'mum|mam|mom|mother|dad|father|stepdad|stepmum|parent|parents|carer|carers|uncle|aunt|gran|grandad has|have|had|is|was made|making a|the lifestyle',
      // Review 23B: a family's or a parent's way of life ("the family are Travellers and have chosen this way of life").
      'mum|mam|mother|dad|father|parent|parents|family|families|they|travellers [*] [*] [*] [*] chosen|chose|choose|chooses|choosing this|that|her|his|their way of life',
      // An adult by age in apposition ("Kai's older brother, 22, has chosen a criminal lifestyle").
      `${AGE_NUMBERS} [has|had|have] chosen|chose|chooses|choose|choosing`,
      // Probe 24: a parent's own ("Mum made a lifestyle choice to move", "Dad's lifestyle choices include drinking").
      'mum|mam|mom|mother|dad|father|stepdad|stepmum|parent|parents|carer|carers|uncle|aunt|gran|grandad made|makes|make a|the lifestyle',
      "mum's|mam's|mother's|dad's|father's|stepdad's|stepmum's|parent's|parents|carer's|uncle's|aunt's|gran's|grandad's lifestyle choice|choices", // review 24B: not "Mum's lifestyle is chaotic and Lily has chosen this lifestyle"
    ],
    window: 6,
  },
  {
    id: 'chose_to',
    contextInSentence: true,
    patterns: [
      'choose|chooses|chose|chosen|choosing to',
      'made|makes|make|making the|a choice to',
      'opted|opts|opting|opt|elected|elects|electing to',
      'prefers|preferred|prefer|preferring to',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Presents going missing, getting into cars or being with adults who harm the child as the child’s free choice. Grooming, threats and trauma limit what a child can choose.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they went with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
      'There is concern that a power imbalance is forcing the child to act in this way',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"; "Concern that there is a power imbalance forcing the child"
    requiresNear: [...RISK_CONTEXT_CUES, ...CCE_CUES, ...AGAINST_ADVICE_CUES, ...LABOUR_EXPLOITATION_CUES],
    // "The men chose to target children": the adults' choice, not the child's.
    unlessNear: [
      // Round 23: a partner of the child's own age (lexicon-cues.ts SAME_AGE_PARTNER_CUES).
      ...SAME_AGE_PARTNER_CUES,
      ...LABOUR_EXPLOITATION_VETOES,

      ...EVERYDAY_CHOICE_CUES,
      'the|these|those|older|adult men|adults|males|suspects|perpetrators|offenders|abusers|exploiters|groomers chose|choose|chooses|choosing',
      // Round 22: one adult right before the choice ("CCTV shows the 34-year-old man chose to approach children", "the
      // tenant, a 48-year-old man, chose to sublet the flat"). Not "male": a police log's "the male" may be the child.
      // Round 28: not "woman", which front-line staff write of a girl of 15 ("The young woman chose to go with the men");
      // an adult woman as the subject is check.ts roleSubject's.
      'man|tenant|landlord|suspect|offender|abuser|perpetrator|groomer|dealer|driver [has|had|have] chose|chosen|choose|chooses|choosing',
      // Round 23: a parent, carer or professional, or an adult by age, right before the choice ("Jade's mum chose to let
      // the men stay", "the foster carer chose to collect her", "the 40-year-old has chosen to plead not guilty").
      // Review 23C: with what an adult does (let, collect, report, plead ...) or "not": "who lives with her mum, chose
      // to go with the men" is the child's choice (the cue does not see the comma).
      `mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|nan|gran|grandad|uncle|aunt|teacher|officer|officers|worker|manager|staff|${AGE_TOKENS} [has|had|have|also|is|was|were|are] chose|chosen|choose|chooses|choosing not`,
      `mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|nan|gran|grandad|uncle|aunt|teacher|officer|officers|worker|manager|staff|${AGE_TOKENS} [has|had|have|also|is|was|were|are] chose|chosen|choose|chooses|choosing to let|allow|collect|report|move|plead|share|call|ring|phone|inform|tell|keep|drive|pick|send|bring|contact|refer|close|end|confiscate|remove|give|pay|sublet|apply|arrest|charge|search|visit|drink`,
      // Round 24: "take" only with the child or others as its object ("mum chose to take her to the flat"), not "Jade,
      // with her dad, chose to take the train to the men" (the cue does not see the comma).
      `mum|mam|mother|dad|father|stepdad|stepmum|stepfather|stepmother|parent|parents|carer|carers|nan|gran|grandad|uncle|aunt|teacher|officer|officers|worker|manager|staff|${AGE_TOKENS} [has|had|have|also|is|was|were|are] chose|chosen|choose|chooses|choosing to take [the] her|him|them|children|child|kids`,
      // Round 23: an everyday act chosen ("chose to sit at the front of the car on the way to contact").
      // Review 23A: not "chose to sit in the car with the two men", "chose to wear the underwear the 30-year-old bought
      // her", "chose to watch porn with the older men": where she sits, what she wears or watches can be the harm.
      'choose|chooses|chose|chosen|choosing to eat|read|draw|sing|paint|cook|bake|revise|cycle',
      // Round 29C: leaving a violent partner, in the speaker's own words ('Mum said "I chose to leave him after the last
      // beating"'; a veto inside a quotation sees only the quotation), and a choice of contraception ("chose to have the
      // implant fitted rather than take the pill").
      // Review 29C: with what follows, not 'Mum said "I chose to leave him", but Kayla chose to go back to the men'.
      'i [have|had] chose|chosen|choose to leave|divorce him after|when|because|as|years|last|in',
      // Round 29C: where a child lives after parents part ("she chose to live with him after the divorce"; the divorce of
      // EVERYDAY_CHOICE_CUES lies one word beyond the window).
      'live|living|stay|staying with [*] after|since the|their divorce|separation',
      // Review 29C: not "take" or "try" a pill, nor "stop the pill" ("chose to take the pill the men gave her at the party").
      'choose|chooses|chose|chosen|choosing|opted|opts|opt to have|get|start|use [the|an|a] implant|pill|coil|injection|jab|vaccine|contraception|contraceptive|depo',
      'choose|chooses|chose|chosen|choosing to sit at the front|back|table',
      // Round 23: an adult given by age in apposition right before the choice, or reporting it as their own ("the man's
      // partner, 29, chose to move in with him", "patient's mum, 38, says she chose to drink tonight"). A child's age
      // (under 18) is not among them: "Jade, 15, chose to go with them" keeps its finding.
      `${AGE_NUMBERS} [has|had|have|also] chose|chosen|choose|chooses|choosing|opted|elected`,
      `${AGE_NUMBERS} says|said|states|stated|reports|reported|explains|explained|admits|admitted [that] she|he|they [has|had|have] chose|chosen|choose|chooses|choosing|opted`,
      // Review 23A: a choice ruled out ("no suggestion that she chose to be abused"), not the next one in the sentence.
      'no|little suggestion|evidence|indication that [*]',
      // Probe 25: a parent's or an adult's own choice in their words ("Mum said 'I chose to leave him after the last
      // beating'", "the 19-year-old woman told officers she chose to go to the festival alone").
      'mum|mam|mother|dad|father|parent|carer|nan|gran|aunt|uncle|woman|man said|says|told|tells|explained|explains [*] [*] i chose|choose|decided|opted',
      `${AGE_TOKENS} woman|man|female|male told|tells|said|says [officers|police|staff|me|us] [that] she|he chose|chooses|choose`,
    ],
    window: 5,
  },
  {
    id: 'knows_what_doing',
    patterns: [
      'knows|knew|know exactly what she|he|they is|was|are|were doing',
      'knows|knew|know what she|he|they is|was|are|were doing',
      "knows|knew|know [exactly] what she's|he's|they're|she’s|he’s|they’re doing",
      // "knew ... getting into" (past) is blaming: knew_getting_into (lexicon-review.ts, round 16).
      'knows|know [exactly] what she|he|they is|was|are|were getting into',
      "knows|knew|know [exactly] what i'm|i’m|im doing",
      'knows|knew|know [exactly] what i am|was doing',
      "knows|know [exactly] what i'm|i’m|im getting into",
      // "Staff believe she is fully aware of what she is getting into" (the same claim, in an assessment's words)
      // Not "fully aware of what she is doing in her coursework" (variants.test.ts).
      'fully|well|perfectly aware of what she|he|they is|are getting into',
    ],
    category: 'implies_consent',
    explanation:
      'Claims the child understood and accepted what would happen to them, which presents abuse that others chose to commit as the child’s informed choice.',
    alternatives: ['The child may have been groomed into believing this was normal', 'Focus on what the person causing harm did: record who, what and where'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    // Probe 25: a member of staff at work ("the new receptionist clearly knew what she was doing with the booking
    // system"), not the child.
    unlessNear: [
      // Review 25B: knew what they were doing, not "the driver knew she was 15".
      `${SERVICE_ADULTS}|staff|nurse|doctor|teacher|coach|manager|officer|cleaner|chef|mechanic|porter|worker|trainee|apprentice [clearly|obviously|really] knows|knew|know what`,
      // Review 25B: what the adult was doing it with, not any booking or rota in the sentence ("she knew what she was doing,
      // the booking was made by the man in room 12").
      'doing with|on the|a|an|our|his|her|their [*] system|systems|computer|computers|till|software|machine|machines|equipment|tools|booking|bookings|rota|recipe|paperwork',
      // Round 29C: a skill in a place ("knows what he is doing in the kitchen and wants a catering apprenticeship").
      // Review 29C: the skill itself after the place, not "in the garage with the older men", "in the studio where the man
      // filmed her".
      'doing in|at the|a|an|his|her|their kitchen|kitchens|workshop|garage|garden|gym|studio|lab|laboratory|salon|pool|ring|nets and|by|already|now|too|so|this|every|but|because',
    ],
  },
  {
    id: 'in_control_of_abuse',
    // Inquiry-era wording: the child said to be in charge of what was being done to them.
    patterns: ['in control of what happens|happened to her|him|them|me', 'in control of what is|was happening to her|him|them|me'],
    category: 'implies_consent',
    explanation: 'Says the child was in charge of what happened to them, which hides the grooming and control of the adults exploiting them.',
    alternatives: [
      'The child may be groomed into believing they are in control: record what the adults did',
      'Record who was with the child, what was promised or threatened',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // What happens to a child's money, plan or education is theirs to control.
    unlessNear: ['money|savings|account|bank|finances|benefits|phone|plan|plans|care|education|school|college|future|medication|treatment|body|health'],
    window: 4,
  },
  {
    id: 'complicit',
    patterns: ['complicit|complicity|collusive', 'colluding|colludes|colluded|collude with', 'willing accomplice|partner'],
    // implies_consent since round 17: four of five tuning-set lines that annotate "complicit" read it as consent.
    category: 'implies_consent',
    explanation: 'Suggests the child shares the blame for their own abuse or for the adults’ crimes, when they are being controlled.',
    alternatives: [
      'The child is being controlled by [who]: record how (threats, debt, affection)',
      'The child may be protecting the abuser out of fear or loyalty created by grooming',
    ],
    source: 'childrens_society_2018', // the guide's principle
    // "Staff were complicit in failing to protect him": reviews use it of professionals.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'staff|professionals|practitioners|agencies|services|police|officers|workers|council|authorities [were|was|are|is|had|have|has] [been] complicit|collusive|colluding|colluded|colludes|collude',
      // Session 22: an adult who runs a place the abuse happened in ("the landlord was complicit in letting the men use the flat").
      'landlord|landlords|landlady|hotel|hotels|manager|managers|owner|owners|porter|porters|drivers|firm [were|was|are|is|had|have|has] [been] complicit|collusive|colluding|colluded|colludes|collude',
      // "coerced, not complicit": the writer rejects the label.
      'not|never complicit|collusive',
    ],
  },
  {
    id: 'go_back_to_exploiters',
    patterns: [
      'keeps|kept|keep going|running|returning back to him|them',
      'goes|going|went|go|keeps|kept|returns|returning|returned|return back to the|her|his|their abuser|abusers|exploiter|exploiters|perpetrator|perpetrators|groomer|groomers',
      'returns|returning|returned|return to the|her|his|their abuser|abusers|exploiter|exploiters|perpetrator|perpetrators|groomer|groomers',
      'keeps|kept|keep going|running|returning back to the|her|his|their abuser|abusers|exploiter|exploiters|perpetrator|perpetrators|groomer|groomers',
      'keeps|kept|keep going|running|returning|getting back to the|those|these [same] [older] men|males|adults|man|olders|flat|flats|address|addresses|house|hotel|trap',
      'goes|going|went|go|returns|returning|returned|return back to the|those|these [same] [older] men|males|adults|man|olders',
    ],
    category: 'implies_consent',
    explanation: 'Presents the child returning to abusers as their choice, when it is a sign of how strongly they are being controlled.',
    alternatives: [
      'The child is being controlled by [who]: record how (threats, debt, affection, substances)',
      'The abusers are drawing the child back: plan disruption of the adults, not only the child’s movements',
    ],
    source: 'complex_safeguarding_wales', // [D] "Go back to their exploiters" -> "they are being controlled"
  },
  {
    id: 'involved_in',
    // The span is "involved in" itself (eval README), so that "involved in child prostitution" is two findings.
    patterns: [
      'involved in|with',
      'become|became|becoming|becomes|got|gets|getting involved [in|with]',
      'involvement in|with',
      'participating|participated|participates|participate in',
      'took|takes|taking|take part in',
    ],
    category: 'implies_consent',
    explanation: 'Makes the child a participant in their own exploitation. A child is a victim of exploitation, not involved in it.',
    alternatives: ['The child is a victim of sexual or criminal exploitation', 'The child has been groomed into [what] by [who]'],
    source: 'yjlc', // [C] "Involved in CSE/CCE" -> victim; [D] "Become involved" -> groomed
    requiresNear: [
      'cse|cce|exploitation|county|lines|gangs|gang|criminality|crime|crimes|prostitution|drugs|drug|dealing|offending|trafficking|robbery|robberies|stabbing|stabbings|violence',
      'sexual|criminal exploitation|activity|activities',
      // Round 23: the goods or the offence named ("got involved in moving packages for a man from the gym").
      // Review 23C: moved for an adult, not "carrying bags for the elderly" or "delivering parcels for the appeal".
      'moving|carrying|holding|delivering|dropping|running packages|parcels|wraps|bags for [a|an|the|some] [older] man|men|male|males|adult|adults|dealer|dealers|gang|olders',
      'moving|carrying|holding|delivering|dropping|running wraps',
      'shoplifting|stealing|burglary|burglaries|theft|thefts',
      // Round 22: "Jaden got involved with an older group from Leicester".
      'older|adult group|groups|gang|gangs|crowd|crew|men|males',
      // Round 28: the supply named ("involved in the supply of cannabis"), or the group by what it does ("involved in the
      // group that hangs around the retail park", "got involved in the group ... the men at a shisha lounge").
      'supply|supplying of|to [class] drugs|crack|heroin|cannabis|cocaine|weed|spice|ketamine|a',
      'group|gang|crew|crowd that|who|which hangs|hang|hung|deals|deal|sells|sell|runs|run',
      'to the men|males|olders|dealers',
    ],
    unlessNear: [
      // Round 23: a session about an offence ("took part in a shoplifting awareness session").
      // Review 23C: not "of course".
      'awareness|session|sessions|workshop|workshops|courses|talk|talks|assembly|programme|project|prevention',
      'a|an|the|this|that course',
      // Review 23C: an offence the child suffered ("a theft of his bike", "a burglary at his home", "stealing back her phone").
      'theft|thefts|burglary|burglaries of|at|from his|her|their [own|family] home|house|flat|bike|phone|bag|room|bedroom|car|address',
      'stealing|steal|stole back',

      'agency|agencies|police|professionals|practitioners|services|service|team|teams|investigation|investigations|operation|partners|enquiry|enquiries|disruption',
      'older|adult group|groups|crowd of|at volunteers|students|pupils|peers|club|school|college|church|project',
      // Review 22A L22: older people at a gym, a place of worship or a club ("involved with older men at the boxing gym").
      'men|males|group|groups|lads|people|adults at|in the|a|his|her|their [*] gym|mosque|temple|gurdwara|synagogue|church|club|football|rugby|cricket|scouts|cadets|boxing|training|choir|band|allotment',
      'adult|adults|men|males|man|perpetrator|perpetrators|people|those|others|suspect|suspects|offender|offenders|individuals|nominals involved',
      // Round 19: "he was ordered to take part in the robbery by a man he owes money to" is what the man did.
      'ordered|forced|made|told|coerced|pressured|pressurised|threatened|instructed to take|participate',
      // Round 20: "who made him take part in the robbery" (the same reading, without "to").
      'made|makes|make|making him|her|them|me take|participate',
      // "Tom has not become involved in crime; he has been groomed": the writer rejects the framing.
      'has|have|had|is|was|are|were not|never become|became|been involved',
      "hasn't|hasn’t|haven't|haven’t|hadn't|hadn’t|wasn't|wasn’t|weren't|weren’t become|became|been involved",
    ],
    window: 3,
  },
  {
    id: 'associating_with',
    patterns: [
      // Not "spending time with": the neutral description a practitioner is asked to use (eval README).
      'associating|associates|associated|associate with',
      'hanging|hangs|hung|hang around|about|out|round with',
      // Session 23: "is knocking about with a crowd of men from the car wash".
      'knocking|knocks|knocked|knock about|around|round with',
      'mixing|mixes|mixed|mix with',
      // Round 22: "the risk comes from his association with older males".
      'her|his|their association|associations with',
      'goes|going|went|go off with',
      'partying|partied|parties with',
      // Round 22: "Leanne ran off with her 30-year-old lover" (the company, not the running: ran_off is shorter).
      'ran|runs|run|running off with',
    ],
    category: 'implies_consent',
    explanation: 'Describes the child as choosing the company of those who exploit them. Talk about the situation and who controls it, not about friendships.',
    alternatives: [
      'The child is being groomed or exploited by [who, ages]',
      'Concern that the child is being exploited by an organised crime group: record where and with whom they are seen',
    ],
    source: 'language_matters', // [B] "Associating with / spending time with" (gang, older men, elders)
    requiresNear: [
      // Round 25: a bad lot ("He's mixing with a bad lot in Oxtree", fresh18); not "crowd", which is wrong_crowd's.
      'bad|dodgy|rough lot|sort|sorts|types',
      'gang|gangs|older|olders|elders|adult|adults|men|males|criminals|criminal|dealer|dealers|nominal|nominals|offenders|exploiter|exploiters|abuser|abusers|perpetrator|perpetrators',
      'known to police',
      // Round 22: "mixing with known drug users"; one adult named by age ("ran off with her 30-year-old lover"), not
      // a group with an age range ("students aged 18 to 25").
      'drug|drugs users|user|dealers',
      `her|his|their|a|an ${AGE_TOKENS}`,
      // Round 28: one unknown man or a stranger ("went off with a man from the bus station", "ran off with a man she met
      // at the fair"); a man known to the family or at a club is vetoed below.
      'with a|an|some man|stranger|strangers',
      // Session 23: an adult by age in words ("hanging out with a 19 year old who has a car") and taxi drivers ("a known
      // runaway who hangs round with taxi drivers").
      `a|an|the ${AGE_NUMBERS} year|years|yr|yrs old`,
      'taxi|cab drivers|driver',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'youth|worker|workers|staff|carer|carers|teacher|teachers|mentor|coach|team',
      'cousins|brothers|sisters|siblings',
      // Review 25F: a tenant or a named adult ("the tenant mixes with a rough lot from the pub").
      'tenant|tenants|lodger|lodgers|mr|mrs|ms',
      // Review 28: a neighbour or a landlord as the one in company ("her neighbour associating with a man who has a
      // conviction"), now that one man is a cue.
      'neighbour|neighbours|landlord|landlady associating|associates|hangs|hanging|mixes|mixing|goes|going|went',
      // Running off with a thing ("ran off with the older boy's bike").
      'phone|phones|bike|bikes|bag|bags|money|cash|keys|wallet|purse|ball|scooter|trainers|coat|dog|dogs|puppy',
      // Review 22B L9: peers from school ("ran off with the older boys from her class").
      'boys|girls|lads|kids|pupils from|in her|his|their class|year|form|school',
      // Round 22: the choice named right after ("went off with the two men of her own accord"): that is the finding
      // (willingly), as annotators mark it.
      'of her|his|their own accord|volition',
      'of her|his|their own free will',
      // "going to parties with older men" describes where the child is taken; "partying with" is the label.
      'to|at|attend|attends|attended|attending parties|party with',
      // Review 22A L22: older people at a gym, a place of worship or a club, or the writer's praise ("her association with
      // older males at the mosque is positive").
      // Round 28: also one man, and "from" ("hangs out with a man from his football club").
      'man|men|males|group|groups|lads|people|adults at|in|from the|a|his|her|their [*] gym|mosque|temple|gurdwara|synagogue|church|club|football|rugby|cricket|scouts|cadets|boxing|training|choir|band|allotment',
      'is|was|are|were|been positive|helpful',
      'a good influence',
    ],
    window: 5,
  },
  {
    id: 'earning_money',
    patterns: ['earning|earns|earned|earn|making|makes|made|make [good] [*] money|cash'],
    category: 'implies_consent',
    explanation: 'Presents criminal exploitation as a job that pays. Children in drug supply are controlled, often through debt and violence.',
    alternatives: [
      'The child is being criminally exploited: record what they are given and what they are made to do',
      'Adults are using money to draw the child into drug supply',
    ],
    source: 'nspcc', // [E] "working" legitimises CCE
    requiresNear: CCE_CUES,
    unlessNear: OTHER_PERSON_CUES,
    window: 5,
  },
  {
    id: 'smuggled',
    patterns: ['smuggled|smuggling into|to [the|this] uk|country|england|wales|britain|scotland', 'was|were|been|got smuggled', 'economic migrant|migrants'],
    category: 'implies_consent',
    explanation: 'Smuggling suggests a deal the child agreed to. A child moved across borders for exploitation is trafficked, whether or not they agreed.',
    alternatives: [
      'The child may have been trafficked into the UK: consider an NRM referral',
      'Concern that the child was moved to be exploited: record who arranged the journey and what is owed',
    ],
    source: 'childrens_society_2018', // the guide's principle; a child cannot consent to being trafficked (DOMAIN.md)
    unlessNear: ['drugs|drug|phone|phones|cigarettes|alcohol|sim|weapons|knife|knives|prison|tobacco'],
  },
  // ---- Consent, choice and agreement ----
  {
    id: 'age_of_consent',
    patterns: ['age of consent', 'old enough to consent', 'able|capable|competent to consent [to] [sex|sexual]', 'capable of consenting|consent'],
    category: 'implies_consent',
    explanation:
      'Reaching the age of consent does not mean a groomed or coerced child agreed. Exploitation can happen at 16 and 17, and consent must be freely given.',
    alternatives: [
      'The child is 16/17; concerns exist that they were groomed, coerced or exploited: record the age gap and power imbalance',
      'A child can be sexually exploited at any age under 18',
    ],
    source: 'childrens_society_2018', // the guide's principle; the Rotherham finding that sex was seen as consensual (DOMAIN.md)
    unlessNear: ["under|below|beneath|not|cannot|can’t|can't|isn’t|isn't|wasn’t|wasn't|too|unable"],
    window: 4,
  },
  {
    id: 'nobody_forced',
    secondary: true, // round 32 (check.ts trailingAnd)
    patterns: [
      'nobody|noone|no-one forced|made|pressured|pressurised|pressurized|coerced me|her|him|them',
      'no one forced|made|pressured|pressurised|pressurized|coerced me|her|him|them',
      'not|never forced|pressured|pressurised|pressurized|coerced',
      "wasn't|weren't|wasn’t|weren’t forced|pressured|pressurised|pressurized|coerced",
      // Probe 25: the present and the progressive of carers' and handovers' wording ("nobody forces her to go, she wants
      // the money", "no one was forcing her").
      'nobody|noone|no-one forces|forcing|makes|pressures|pressurises me|her|him|them',
      'no one forces|makes|pressures|pressurises me|her|him|them',
      'nobody|noone|no-one is|was|were|are forcing|making|pressuring me|her|him|them',
      'no one is|was|were|are forcing|making|pressuring me|her|him|them',
    ],
    category: 'implies_consent',
    explanation: 'Taking the absence of force as agreement misses grooming, which works through trust, gifts, debt and fear rather than force.',
    alternatives: [
      'The child does not describe force; concerns exist that they were groomed or coerced: record what was given, promised or threatened',
      'Grooming does not need force: record the age gap and who had power',
    ],
    source: 'docsbay_alternatives', // [A] "concerns exist that the child may have been groomed/coerced"
    unlessNear: [
      // Round 23: an ordinary activity nobody was made to do ("not forced to take part in the survey").
      // Review 23A: not "part", "talk", "attend", "eat" ("nobody forced her to talk to the men online").
      'survey|surveys|session|sessions|lesson|lessons|attendance|activity|activities|vote|research|interview|interviews|questionnaire|exercise',
      'part in the|a|an|this survey|surveys|session|sessions|lesson|lessons|activity|activities|research|interview|questionnaire|vote|study|trial|project|programme|competition|game|match|race',
      'evidence|clear|unclear|know|known|whether|if|sure|certain|yet|established|believe|believed',
      // Probe 25: a hobby or an everyday duty ("nobody forces her to go to the gym, she loves it").
      // Review 25B: school or college only as where the child goes (next line), not "forced her to skip school".
      // Review 25B: a club only with its kind, not "no one forced her to go to the club with the older men".
      'gym|training|practice|church|mosque|swimming|football|dance|drama|choir|homework|revise|revision',
      'youth|football|boxing|swimming|drama|dance|running|rugby|cricket|chess|after-school|sports|book club|clubs',
      'go|goes|going|attend|attends to the|her|his|their [*] gym|training|practice|church|mosque|swimming|football|dance|drama|choir|school|college|lessons',
      // An everyday duty in the present ("nobody forces him to eat his vegetables"), not "was not forced to eat or drink
      // anything" (the men's doing).
      'forces|makes|forcing|making me|her|him|them to eat|sleep|wash|tidy|shower|brush|try|read',
      // Review 25B: treatment, or staying on at a placement or a course ("no one is making her stay at the foster
      // placement", "no one is forcing him to stay on the apprenticeship"), not "stay at the flat". Round 26: her own
      // medicine ("nobody forces her to take her tablets"), not "the tablets the men gave her", which the bare word lost.
      'medication|medicine|meds|prescribed|prescription|treatment',
      'her|his|their tablets|pills',
      'stay|stays|staying at|on|in [the|her|his|their] [foster] placement|apprenticeship|course|job|college|school',
    ],
    window: 4,
    // Round 26: the child's capacity to decide, often in a clause of its own after the treatment ("no one is forcing her
    // to take the tablets; she has capacity to decide"): a circumstance, not a person, so it counts across the ; and a
    // little further off (types.ts). Review 26: 12 words, not 8 ("nobody forced her to take the tablets; she said she has
    // capacity and wanted to").
    unlessNearAcross: ['capacity|competent|gillick|fraser'],
    unlessNearAcrossWindow: 12,
  },
  {
    id: 'her_choice',
    contextInSentence: true,
    patterns: [
      `${PRONOUN_POSS}|my [own] choice|decision|idea`,
      'it was her|his|their|my idea',
      `it's|its|it’s ${PRONOUN_POSS}|my idea`,
      `making|makes|made|make ${PRONOUN_POSS} own choices|decisions`,
      'informed|conscious|deliberate|free choice|choices|decision|decisions',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going missing or going with adults as the child’s free decision, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling the child’s decisions',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    // Round 7: "her decision to stay at the address", "which is his own choice" (going back to the same group).
    requiresNear: [...STRONG_RISK_CUES, ...LABEL_FRAME_CUES, 'address|addresses|group'],
    // "Professionals saw her as making her own choices" is how reviews quote the blaming view, so "professional(s)" is
    // not a veto here (it is in PROFESSIONAL_CUES for the neutral "the professionals' decision").
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES.map((c) => c.replace('|professional|professionals', ''))],
    window: 6,
  },
  {
    id: 'decided_to',
    contextInSentence: true,
    patterns: ['decided|decides|deciding|decide to', 'made|makes|make|making the|a|her|his|their [own] decision to'],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going missing, going with adults or taking drugs as the child’s own decision, which ignores grooming, threats and control.',
    alternatives: [
      'It is not clear why the child went: record who they were with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "It is unclear why the child is getting into cars"
    // Review 23C: going with them again or in defiance ("decided to go with them again despite the warnings"), not a trip.
    requiresNear: [...STRONG_RISK_CUES, 'go|goes|going|went with him|them again|anyway|despite|regardless'],
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES, ...OTHER_PERSON_CUES, 'leave|stop|escape|home|safe|safety|away'],
    window: 5,
  },
  {
    id: 'self_placed',
    patterns: ['self-placing|self-placed|self-places|self-place', 'self placing|placed|places'],
    category: 'implies_consent',
    explanation:
      'Says the child placed themselves at an address, as if it were a free choice. Children who stay with adults who exploit them are often drawn or held there.',
    alternatives: [
      'The child is staying at [address] with [who]: concern that adults are harbouring the child',
      'Consider a Child Abduction Warning Notice against the adults at the address',
    ],
    source: 'childrens_society_2018', // the guide's principle; CAWN in SOURCES.md 2e
  },
  {
    id: 'going_along_with',
    contextInSentence: true,
    patterns: [
      'went|goes|go|going|gone along with it|this|that [quite|very] happily|willingly|readily',
      'going|goes|went|go|gone along with it|this|that|them|him|everything|what',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Reads compliance as agreement. Groomed or frightened children often go along with abuse, which is a trauma response and not consent.',
    alternatives: [
      'The child complied, which can be a trauma response (freeze, fright): record who had power',
      'Concerns exist that the child was groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A]; DOMAIN.md: trauma responses
    requiresNear: [...RISK_CONTEXT_CUES, ...SEXUAL_CUES],
    unlessNear: [...EVERYDAY_CHOICE_CUES, ...PROFESSIONAL_CUES],
  },
  {
    id: 'doing_it_for',
    patterns: ['does|doing|did|do it|this|that for [the] [some] [extra] money|cash|drugs|gifts|clothes|attention|status|weed|trainers|phone'],
    category: 'implies_consent',
    explanation:
      'Describes exploitation as a trade the child makes for money or things. Gifts and money are tools of grooming, and an exchange does not make it consensual.',
    alternatives: [
      'The child is being given [what] by [who]: concern of sexual or criminal exploitation',
      'Adults are using money or gifts to exploit the child',
    ],
    source: 'language_matters', // [B] CSE: the 'exchange' connotation
    unlessNear: OTHER_PERSON_CUES,
  },
  {
    id: 'sex_in_exchange',
    patterns: [
      'sex|sexual [favours|favors|acts|activity] in exchange|return for',
      'transactional sex|sexual|relationship|relationships',
      'sexual favours|favors for|in',
    ],
    category: 'implies_consent',
    explanation: 'Describes the sexual abuse of a child as a trade. Whatever was given, the child was exploited by the adults who gave it.',
    alternatives: ['The child is being sexually exploited by [who], who gave [what]', 'Adults gave the child [what] and sexually abused them'],
    source: 'language_matters', // [B] CSE: the 'exchange' connotation
  },
  {
    id: 'likes_older',
    patterns: [
      'likes|liked|prefers|preferred|fancies|fancied older|adult men|males|guys|boys|lads|man|women',
      'attracted|drawn to older|adult men|males|guys|boys|lads|man|women',
      'has|had a thing for older|adult men|males|guys|boys|lads|man',
      // "seeks out older males" is blame as annotators read it (blaming_idiom_round15, the longer match); "seeks out the
      // men" stays here.
      'seeks|seeking|sought|seek out [the] men|males|adults|olders|older',
      'seeks|seeking|sought|seek the company of [older|adult] men|males|adults|older',
    ],
    category: 'implies_consent',
    explanation: 'Makes the child the one who wants the contact with adults. Adults who seek out children are responsible, whatever the child feels.',
    alternatives: ['Adults (record their ages) are targeting the child', 'Concern that the child is being groomed by older people: record who and where'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Older children: "seeks out the older girls in her year for help".
    unlessNear: ['older girls|pupils|students|children|kids|sister|sisters|brother|brothers|cousin|cousins'],
    window: 1,
  },
  {
    id: 'old_enough',
    patterns: [
      `old|mature enough to make ${PRONOUN_POSS}|my own decisions|choices|mind`,
      'old|mature enough to know [better] [what]',
      "i'm|im|i’m old enough",
      'i am old enough',
      'old enough to decide',
    ],
    category: 'implies_consent',
    explanation: 'Treats the child as an adult who can take responsibility for their own exploitation. Children are protected until 18.',
    alternatives: ['The child is [age] and entitled to protection from exploitation until 18', 'Record who is exploiting the child and what they did'],
    source: 'childrens_society_2018', // the guide's principle
    unlessNear: PROFESSIONAL_CUES,
  },
  {
    id: 'willing',
    labelFrame: true,
    // One word, so that the pattern does not start on "is" or "was"; "willing to engage" and the like are cues below.
    patterns: ['willing'],
    category: 'implies_consent',
    explanation: 'Reads a groomed child’s compliance as willingness. Grooming works by making children appear to go along with it.',
    alternatives: ['The child appeared to comply; concerns exist that they were groomed or coerced', 'Record what the adults did, gave or threatened'],
    source: 'childrens_society_2018', // the guide's principle
    requiresNear: [
      ...LABEL_FRAME_CUES,
      ...RISK_CONTEXT_CUES,
      ...SEXUAL_CUES,
      // "She was 100% willing" (the Oxfordshire review's record): the emphasis is the label, with no other context.
      '100|totally|fully|completely|entirely|perfectly|wholly willing',
    ],
    unlessNear: [
      'engage|talk|speak|attend|accept|work|help|meet|share|discuss|consider|try|disclose|support|listen|answer|cooperate|co-operate|visit|see|return|home',
      ...EVERYDAY_PARTICIPATION_CUES,
      // Round 19: a relative who is willing to have the child to stay, a "willing and helpful" pupil.
      'aunt|auntie|uncle|nan|gran|grandparents|grandmother|grandfather|carers|helpful|class',
      'training|practice|practices|rehearsal|rehearsals|coaching|matches|fixtures', // probe 24: sport and rehearsal
    ],
    window: 6, // round 21: "a willing participant in the school fitness club" reaches "club"
  },
  // ---- The child's own words (inside quotation marks only) ----
  {
    id: 'own_words_consent',
    // The child's account of agreement: "I said yes", "I let him", "I didn't say no", "it was mutual".
    patterns: [
      'i|we said|say yes',
      "i|we didn't|didn’t|didnt|never say|said no",
      'i|we did not say|said no',
      'i|we let|allowed him|them|it',
      'i|we agreed|agree|offered [to] [it|this]',
      "i|i'm|im|i’m [was|am] [really|very|so] willing|keen|happy",
      'i was|am up for it',
      "it's|its|it’s mutual",
      'it was|is mutual',
      "i'm|im|i’m not|never being|been exploited|groomed|used|forced|made",
      'i am|was not|never being|been exploited|groomed|used|forced|made',
      'nobody|noone|no-one is|was|has|s exploiting|exploited|grooming|groomed|using|used me',
    ],
    quoted: 'required',
    category: 'implies_consent',
    explanation:
      'The child’s own words present the abuse or exploitation as something they agreed to. Groomed children are taught to see it this way, and their agreement is not consent.',
    alternatives: [
      'The child says they agreed; concerns exist that they have been groomed or coerced: record the age gap and what was given, promised or threatened',
      'The child does not see this as abuse, which is common in grooming: record who is involved',
    ],
    source: 'docsbay_alternatives', // [A] "Child has described sexual activity, however concerns exist that the child may have been groomed/coerced"
    unlessNear: ['stop|stopped|home|help|police|leave|told|tell|talk|speak|report|support|plan|referral|meeting|interview|statement'],
    window: 4,
  },
  // ---- Scare quotes: a relationship word the author doubts ----
  {
    id: 'scare_quoted_choice',
    patterns: ['relationship|relationships|choice|choices|decision|consent|consensual|willing|agreed|dating|romance|affair|love'],
    quoted: 'scare',
    category: 'implies_consent',
    explanation: 'A word of choice or romance in scare quotes shows that the writer doubts it. Say what it is: an adult’s grooming or exploitation of a child.',
    alternatives: [
      'An adult aged [age] is grooming or exploiting the child: record the age gap and the power imbalance',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
  },
  // ---- Consent and choice ----
  {
    id: 'readily',
    patterns: [
      'freely|readily|happily|gladly|eagerly|keenly',
      'happy|keen|eager|content|glad to go|stay|be|spend|meet|get|see|return|sleep|drink|accompany',
      'quite|very|more|really happy to',
    ],
    category: 'implies_consent',
    explanation: 'Reads a groomed child’s compliance as eagerness. Grooming works by making children appear to want to go along with it.',
    alternatives: [
      'The child complied, which can be a trauma response; concerns exist that they were groomed or coerced: record who they were with',
      'It is not clear whether the child is under duress: record what was promised or threatened',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    // Round 22: the adults' place ("the girls were happy to go to the men's flat").
    requiresNear: [...STRONG_RISK_CUES, "men's|man's"],
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      ...PROFESSIONAL_CUES,
      'home|safe|leave|away|foster|carer|carers|family|mum|dad|settled|placement|clinic|health|gp|nurse|doctor|appointment',
      'shed|toilet|toilets|changing|department|section|football|project|team|final|finals|tennis|clothing|wear|race',
    ],
    window: 5,
  },
  {
    id: 'no_resistance',
    patterns: [
      'did not resist|object|protest|fight|complain|refuse|struggle',
      "didn't|didn’t|never resist|object|protest|fight|complain|refuse|struggle",
      'did not|never say no',
      "didn't|didn’t say no",
      'offered no resistance',
      'no resistance|objection|objections|protest|struggle',
      'offered|put up no resistance',
      'went along quietly|willingly|happily',
    ],
    category: 'implies_consent',
    explanation: 'Reads the absence of resistance as agreement. Freezing and going along are common responses to fear and grooming, and they are not consent.',
    alternatives: [
      'The child did not resist, which can be a trauma response (freeze, fright): record who had power',
      'Concerns exist that the child was groomed or coerced',
    ],
    source: 'docsbay_alternatives', // [A]; DOMAIN.md: trauma responses (freeze)
    // "did not resist, so no offence was recorded": the absence of resistance weighed against an offence (so, therefore
    // ...), not any offence nearby ("did not object to the crime report being shared", review 21).
    requiresNear: [
      ...SEXUAL_CUES,
      ...ADULT_CUES,
      'car|cars|flat|hotel|party|touched|touch|arrest|arrested',
      'so|therefore|hence|thus|meaning|and no offence|offences|crime|crimes|prosecution|charge|charges',
      "so|therefore|hence|thus|meaning [it] [was] nfa|nfa'd",
    ],
    unlessNear: [
      'placement|plan|referral|assessment|medication|treatment|school',
      'resist arrest|detention|restraint|handcuffing|search',
      // Review 21: "did not resist being searched", "did not refuse the drug test", "did not complain of any pain".
      'searched|test|tests|tested|pain',
    ],
  },
  {
    id: 'mutual',
    patterns: [
      'mutual|mutually relationship|attraction|feelings|consent|agreement|agreed|consensual|decision|interest',
      'was|is|were|appears|appeared|seems|seemed|looks|looked mutual',
    ],
    category: 'implies_consent',
    explanation: 'Calls contact between a child and an adult mutual, which hides the age gap, the power imbalance and the grooming.',
    alternatives: [
      'An adult aged [age] is grooming or sexually exploiting the child: record the age gap and the power imbalance',
      'The child could not freely agree: record what was given, promised or threatened',
    ],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
    requiresNear: [...LABEL_FRAME_CUES, ...SEXUAL_CUES, ...ADULT_CUES, 'relationship|boyfriend|girlfriend|partner|dating'],
    unlessNear: ['meeting|meetings|professionals|agencies|plan|plans|information|referral|not|never'],
    window: 6,
  },
  // ---- Blame ----
  {
    id: 'had_consented',
    patterns: [
      'she|he|they had|has|have [fully|clearly|willingly|freely] consented',
      // "the girl had consented" (Oxfordshire and IICSA): the child named by a noun, not only a pronoun.
      'girl|boy|child|teenager|teen had|has [fully|clearly|willingly|freely] consented',
      // The child as the one who started it: "the 14-year-old initiated sexual intercourse with both men"
      `she|he|they|child|girl|boy|${CHILD_AGE_TOKENS} initiated|initiates|instigated|instigates [the] sex|intercourse|sexual`,
    ],
    category: 'implies_consent',
    explanation:
      'Treats sex as agreed, or as the child’s doing, when a child who is groomed, coerced or abused by someone with power over them cannot freely consent.',
    alternatives: ['The child could not freely agree: record the grooming, coercion, age gap or power imbalance'],
    source: 'childrens_society_2018', // the guide's principle; "had consented" is the Oxfordshire and IICSA finding
    unlessNear: [
      'referral|share|sharing|information|assessment|examination|treatment|medical|procedure|photographs|photograph|plan|support|visit',
      'interview|meeting|intervention|work|programme|appointment|test|tests|screening|contraception|implant|vaccination|vaccine|placement|move',
    ],
  },
  // ---- Consent and choice ----
  {
    id: 'happy_to_go',
    patterns: [
      'happy|keen|eager|glad|content to go|get|leave|stay|went with them|him|the|these|those',
      'happily|readily|gladly|eagerly went|goes|go|going|got|gets|left with them|him',
      'prefers|preferred|prefer|preferring the company of',
      'wants|wanted|want to be part of [that|this|the] world|life|scene|group|gang',
      'hooks|hooked|hooking|hook up with',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation: 'Presents going with adults who harm the child as the child’s wish. Grooming, gifts, threats and trauma shape what a child appears to want.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they went with and what was promised or threatened',
      'A perpetrator may be controlling the child’s movements',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    requiresNear: [...STRONG_RISK_CUES, 'them|him|house|flat|address|group|world|older|men|car|app|online|snapchat'],
    unlessNear: [...OTHER_PERSON_CUES, ...EVERYDAY_CHOICE_CUES, 'carer|carers|staff|worker|social|teacher|school|trip|foster|class|family'],
    window: 6,
  },
  {
    id: 'gave_consent_images',
    patterns: ['gave|give|gives|given her|his|their consent'],
    category: 'implies_consent',
    explanation:
      'Records a child’s consent to images or sexual contact with adults. A child cannot consent to being abused, and the adult’s actions are the concern.',
    alternatives: [
      'Images of the child were taken by [who]: this is child sexual abuse material, whatever the child said',
      'The child could not freely agree: record the grooming, coercion, age gap or power imbalance',
    ],
    source: 'language_matters', // [B] "Child pornography" row, same reasoning
    requiresNear: [...SEXUAL_CUES, 'photos|photo|pictures|picture|images|image|videos|video|filmed|taken'],
    unlessNear: [
      'share|sharing|information|treatment|medical|referral|contraception|fraser|gillick|test|vaccination|assessment|examination|school|trip|data',
      'newsletter|website|publicity|media|marketing|yearbook|display|leaflet|poster',
    ],
    window: 9,
  },
  {
    id: 'went_back_to_him',
    patterns: ['went|goes|go|going|returned|returns|gone back to him|them', 'went|goes|go|going|returned|returns|gone back to the man|men'],
    category: 'implies_consent',
    explanation:
      'Presents the child’s return to an adult who harms them as the child’s choice. Children return to abusers because they are controlled, frightened or groomed.',
    alternatives: [
      'The child is being controlled by [who]: record the hold the adult has over them',
      'Concern that the child is being coerced to return to [who]',
    ],
    source: 'complex_safeguarding_wales', // [D] "Go back to their exploiters" -> "they are being controlled"
    requiresNear: [
      'hit|hits|hurt|assaulted|assault|beat|beaten|abused|raped|threatened|violent|violence|again|despite|even|still|whenever|groomed|exploited|control|controlled',
      // Round 22: "Kemi wanted to go back to him; he is the man who trafficked her", "she goes back to him every time".
      'trafficked|trafficking|trafficker|exploiter|groomer|abuser|pimp',
      'every|each time',
      'always|repeatedly|keeps|kept',
      // Round 28: against what the professionals say ("going back to him whatever you lot say", "regardless of the risk").
      'whatever|regardless',
      'no matter',
    ],
    // Round 22: a relative's house or a meal ("goes back to them every time for his tea at his nan's").
    unlessNear: [
      'dad|father|mum|mother|parents|carer|carers|foster|nan|gran|school|class|sleep|bed|work|college',
      "nan's|gran's|mum's|dad's|tea|dinner|lunch|breakfast|football|training|club",
      // Review 28: a thing that went back to an adult ("The ball went back to him whatever the referee said", "the house
      // went back to him regardless of the divorce"), now that "whatever" and "regardless" are cues.
      '[the|a|his|her|their] ball|house|home|car|tenancy|job|keys|key|property|money|dog|cat|case|title|trophy|contract|land|business|shop|flat|role|post|phone|bike|van|papers|letter|parcel|cheque|deposit went|goes|gone|returned|returns|go|going back',
    ],
    window: 8,
  },
  {
    id: 'got_self_involved',
    patterns: [
      `got|gets|getting|get ${PRONOUN_SELF} involved with|in`,
      `aligned|aligns|aligning|align ${PRONOUN_SELF} with`,
      `attached|attaches|attaching ${PRONOUN_SELF} to`,
    ],
    unlessNear: ['club|clubs|play|team|sport|sports|project|volunteering|activities|activity|school|college|drama|music|band'],
    category: 'implies_consent',
    explanation: 'Presents the child as having joined the people who exploit them. The child has been groomed or drawn in by adults or older young people.',
    alternatives: ['The child has been groomed by [who]', 'The child is being exploited by [who]: record how they were drawn in'],
    source: 'complex_safeguarding_wales', // [D] "Become involved" -> "they have been groomed"
  },
  {
    id: 'willing_member',
    labelFrame: true,
    patterns: ['willing member|members|recruit|recruits|accomplice|accomplices|part|partner|associate|associates'],
    category: 'implies_consent',
    explanation: 'Calls a child a willing member of the group that exploits them. Grooming, debt and threats make children appear willing.',
    alternatives: ['The child has been groomed into the group by [who]', 'Concern that the child is being controlled by [who]'],
    source: 'childrens_society_2018', // the guide's principle; "a child cannot consent to being trafficked" (DOMAIN.md)
    requiresNear: ['group|gang|gangs|line|lines|olders|elders|men|older|crew|network|drugs'],
    unlessNear: EVERYDAY_PARTICIPATION_CUES,
    window: 6,
  },
  {
    id: 'carry_on_choice',
    patterns: [
      'decided|decides|deciding|decide|choosing|chose|chosen|choose|wants|wanted|want to carry on',
      'decided|decides|deciding|decide|choosing|chose|chosen|choose|wants|wanted|want to continue|stay',
      'decided|decides|deciding|decide|choosing|chose|chosen|choose|wants|wanted|want to keep going',
      'made|makes|make|making an|a informed|conscious|deliberate choice|decision',
      "it's|its|it’s her|his|their [own] choice|decision",
      'which is|was her|his|their [own] choice|decision',
      'agreed|agrees|agree to hold|carry|deliver|move|sell|stash|store|take the|a package|packages|parcel|parcels|bag|drugs',
    ],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Presents staying in exploitation, or a task done for exploiters, as the child’s free decision. Grooming, debt and threats limit what a child can choose.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they are with and what was promised or threatened',
      'There is concern that a power imbalance is forcing the child to act in this way',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"; "Concern that there is a power imbalance forcing the child"
    requiresNear: [
      ...STRONG_RISK_CUES,
      'life|group|address|flat|house|travel|trip|lads|estate|package|packages|parcel|drugs|line|despite|same|keeps',
      'going back',
    ],
    unlessNear: [
      ...EVERYDAY_CHOICE_CUES,
      ...OTHER_PERSON_CUES,
      'contraception|treatment|medical|medication|fraser|gillick|vaccine|referral|support|placement|care|foster|leave|stop|escape|safe|safety',
      // Probe 25: a household's choice ("the family have chosen to stay in the flat while repairs are done").
      'family|families|household|households|residents|tenant|tenants [have|has|had] [*] chosen|chose|choose|decided|wants|want|wanted',
      'repairs|repair|renovation|renovations|decorating|building',
    ],
    window: 8,
  },
  // ---- Round 9: everyday paraphrases of the same ideas (families with hard negatives in variants.test.ts) ----
  {
    id: 'aware_of_what_doing',
    patterns: [
      'well|fully|perfectly|completely aware of what she|he|they [is|are|was|were] doing',
      `choosing|chosen|chose|chooses|choose this|that|a|the|${PRONOUN_POSS} [*] path|road`,
      'out of choice',
      "likes|like|liked|loves|loved|enjoys|enjoyed|craves|craved male|men’s|men's|older attention",
      'keeps|kept|keep returning|going to the|that address|flat|house',
    ],
    category: 'implies_consent',
    explanation:
      'Presents the child as knowingly choosing exploitation. Children are groomed, pressured and rewarded into situations they cannot freely choose.',
    alternatives: [
      'The child is being groomed or exploited by [who]: record what they are given, promised or threatened',
      'It is not clear why the child returns: record who is there and what draws them',
    ],
    source: 'language_matters', // [B] "choosing", "lifestyle choice"
    unlessNear: EVERYDAY_CHOICE_CUES,
  },
];
