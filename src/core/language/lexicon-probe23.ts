import { ADULT_CUES, OTHER_PERSON_CUES, PRONOUN_SELF } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Probe 23: families of wording of the kind published case reviews and inquiries quote (Rotherham, Rochdale, Oxford,
// Telford, county lines reviews) that the lexicon missed, each written for its inflections and close variants and
// checked against ordinary sentences that share its words (probe23.test.ts). Sources as in lexicon.ts (sources.ts).

// Who else may be "at fault" or own a "lifestyle": adults, agencies and things, not the child.
const OTHER_SUBJECTS =
  'man|men|male|males|adult|adults|driver|drivers|perpetrator|perpetrators|abuser|abusers|offender|offenders|suspect|suspects|exploiter|exploiters|groomer|groomers|mum|mother|dad|father|parent|parents|stepdad|carer|carers|staff|school|schools|agency|agencies|services|police|force|council|authority|professionals|practitioners|officer|officers|worker|workers|system|systems|process|processes|company|landlord|hotel|business|businesses|boiler|software|equipment|vehicle';
const OTHER_OWNERS =
  "mum's|mother's|dad's|father's|parent's|parents|stepdad's|man's|men's|adult's|adults|males|male's|abuser's|abusers|perpetrator's|perpetrators|family's|partner's|boyfriend's|brother's|sister's|uncle's|gang's|group's";

const GIFTS =
  'lift|lifts|gift|gifts|money|cash|present|presents|ride|rides|drugs|alcohol|drink|drinks|cigarettes|vapes|phone|phones|clothes|favours|favors|takeaways|trainers|jewellery|cannabis|weed';
const RESPONSIBLE_OTHERS =
  'i|worker|workers|officer|officers|manager|managers|teacher|teachers|nurse|nurses|mum|mother|dad|father|parent|parents|stepdad|carer|carers|family|man|men|adult|adults|perpetrator|perpetrators|abuser|abusers|agency|agencies|services|professionals|practitioners|staff|council|authority|police|school|schools|we|partnership|partners|organisation|organisations|everyone';
const OFFENDER = 'perpetrator|perpetrators|offender|offenders|criminal|criminals|aggressor|aggressors|abuser|abusers';

export const PROBE_23_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'perpetrator_not_victim_probe23',
    // "he is a perpetrator rather than a victim", "not a victim but a perpetrator", "more of an offender than a victim",
    // "as much a perpetrator as a victim": the child's victimhood weighed against an offender label and set aside.
    patterns: [
      `${OFFENDER} rather than a|an|the [real|genuine] victim|victims`,
      `${OFFENDER} instead of a|an|the [real|genuine] victim|victims`,
      // "an offender, not a victim" (the comma is not a token).
      `${OFFENDER} [and|but] not a|an|the [real|genuine] victim|victims`,
      // Session 23: the drug trade's labels too ("he is a drug dealer, not a victim", "Sami is a dealer not a victim").
      'dealer|dealers|runner|runners|gangster|gangsters|thug|thugs [and|but] not a|an|the [real|genuine] victim|victims',
      'more as a|an perpetrator|offender|criminal|aggressor|abuser than a|an victim',
      'not a|an|the [real|genuine] victim|victims but|rather|just [a|an|the] perpetrator|perpetrators|offender|offenders|criminal|criminals|aggressor|aggressors|abuser|abusers',
      'more|less of a|an perpetrator|offender|criminal|aggressor|abuser than a|an victim',
      'as much a|an perpetrator|offender|criminal|aggressor|abuser as a|an victim',
      'perpetrator|offender|criminal|aggressor|abuser as much as a|an victim',
    ],
    category: 'criminalises_child',
    explanation:
      'Weighs the child’s harm against what they were made to do and decides they are an offender, not a victim. Children drawn into exploiting others are themselves being exploited and controlled.',
    alternatives: [
      'The child is a victim of criminal exploitation who has been made to [what] by [who]',
      'The child has been used to draw in other children: record who controls them and consider an NRM referral',
    ],
    source: 'yjlc', // [C] CCE: the child is a victim, not an offender
    // The adults named as the offenders ("the man is the perpetrator rather than the victim"), or the writer putting it
    // right ("treated as a perpetrator rather than a victim" is a review's criticism: CRITICISM_CUES "wrongly" etc.).
    unlessNear: [
      'the|an|this|that man|men|adult|adults|male|males|woman|women|abuser|abusers|exploiter|exploiters|groomer|groomers',
      `victim|victims rather than a|an|the ${OFFENDER}`,
      `victim|victims instead of a|an|the ${OFFENDER}`,
      `victim|victims [and|but] not a|an|the ${OFFENDER}`,
      // Who started an ordinary fight or did one act ("the aggressor rather than the victim in the fight with his
      // brother", "the perpetrator rather than the victim of the assault").
      'fight|fights|fighting|scuffle|brother|sister|siblings|classmate|classmates',
      'victim|victims of the|this|that assault|attack|robbery|incident|offence|fight',
    ],
    window: 6,
  },
  {
    id: 'no_longer_a_child_probe23',
    // "no longer a child in her behaviour", "has been living like an adult", "not a child any more", "behaves like a
    // grown woman": adultification, the child's age set aside because of how they live or act.
    patterns: [
      'no longer a child|kid',
      'hardly|barely a child|kid',
      'not a child|kid any|anymore',
      'not a child|kid any more',
      "isn't|isn’t|wasn't|wasn’t a child|kid any|anymore",
      "isn't|isn’t|wasn't|wasn’t a child|kid any more",
      'living|lives|lived|live like an adult|adults',
      'living|lives|lived|live like a grown-up|grown-ups',
      'living|lives|lived|live like a grown woman|man|up',
      'living|lives|lived|live as an adult',
      'living|lives|lived|live as a grown-up',
      'living|lives|lived|live the life|lifestyle of an adult',
      'living|lives|lived|live the life|lifestyle of a grown-up|grown',
      'behaves|behaving|behaved|acts|acting|acted like an adult',
      'behaves|behaving|behaved|acts|acting|acted like a grown-up',
      'behaves|behaving|behaved|acts|acting|acted like a grown woman|man',
      'an adult in all but age|name',
    ],
    category: 'sexualises',
    explanation:
      'Treats the child as an adult because of how they live or act (adultification). A child who lives or acts like an adult is often being groomed or exploited, and is still a child entitled to protection.',
    alternatives: [
      'The child is [age] and is entitled to protection: record who is treating them as an adult and what they do',
      'The child is taking on adult roles, which may be a sign of grooming or exploitation: record who is involved',
    ],
    source: 'childrens_society_2018', // the guide's principle; same reasoning as "mature for her age"
    unlessNear: [
      // The ordinary senses: a case closed ("no longer a child in need", "no longer a child looked after"), a young
      // person now 18, preparing for adult life, or the adults' treatment ("the men treat her as if she is no longer a
      // child") and praise in a meeting ("acted like an adult in the meeting").
      'in need|care',
      'cin|cla|lac|looked|subject|plan|plans|protection|cp|register|registered',
      '18|19|20|21|eighteen|nineteen|birthday|leaver|leavers|independence|independent|independently|skills|preparing|preparation|pathway|transition',
      'as if|though',
      'treat|treats|treated|treating|expect|expects|expected|expecting|made|forced|asked|wanted|want|wants',
      'meeting|meetings|interview|calm|polite|sensible|responsible|respectful|articulate',
      'law|legally|turned|turns|learning|disability|disabilities|disabled',
      // A parent or relative as the subject ("Dad lives as an adult with learning disabilities").
      'mum|mother|dad|father|parent|parents|stepdad|stepmum|uncle|aunt|brother|sister [is|was|has|had] [been|now|still|also] living|lives|lived|live|behaves|behaving|behaved|acts|acting|acted',
    ],
    window: 8,
  },
  {
    id: 'at_fault_probe23',
    // "She was told she was at fault for getting into the car", "partly at fault because she kept going missing": the
    // child made the author of the harm, like "to blame". Not an adult, an agency or a thing ("the driver was at fault").
    patterns: ['[partly|partially|largely|mainly|equally|also|somewhat|entirely|wholly|solely|really|herself|himself|themselves] at fault'],
    category: 'blames_child',
    explanation: 'Places the fault for abuse or exploitation on the child. Responsibility lies wholly with the adults who harm a child.',
    alternatives: [
      'The child is not responsible for the abuse: record what the person causing harm did',
      'Focus on the actions of the adults: who, what, where and when',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    unlessNear: [
      // Someone else at fault: the noun as the subject, with at most two words between ("the school was partly at
      // fault", "the men are entirely at fault"), or a relative clause ("the man who took her was at fault").
      `${OTHER_SUBJECTS} [*] [*] at fault`,
      `${OTHER_SUBJECTS} [was|were|is|are|has|have|had] [been] found|held|deemed|judged|considered [to] [be] at fault`,
      'who|which [*] [*] [*] [*] was|is|were|are [*] at fault',
      // Reassurance ("nobody thinks she is at fault", "in no way at fault", "no-fault").
      'nobody|no-one|noone [*] [*] [*] [*] at fault',
      'no one [*] [*] [*] [*] at fault',
      'in no way',
      'at no point',
      'no-fault|blameless',
      // The child's or a parent's own feeling, recorded ("she feels she is at fault", "Mum feels she was at fault for not
      // noticing"), and ordinary mishaps ("at fault in the fight at school", "for breaking the window").
      'she|he|they|i|mum|dad|mother|father|parent|parents feel|feels|felt|feeling|believes|believed|thinks|thought [that] she|he|they|i|it',
      'reassured|reassure|reassures|reassuring|reassurance',
      'fight|fights|fighting|argument|arguments|accident|collision|crash|window|damage|apologised|apologized|apologise|apologize',
    ],
    window: 8,
  },
  {
    id: 'lifestyle_leads_to_harm_probe23',
    // "Her lifestyle is leading her into danger", "his lifestyle puts him at risk", "her lifestyle has been exposing her
    // to harm": the child's way of life named as the cause of the harm (risky_lifestyle, lexicon.ts, has "a lifestyle
    // that puts her at risk").
    patterns: [
      "lifestyle|lifestyles is|was|are|were|has|have|keeps|kept [been] leading|putting|placing|taking|drawing|dragging|exposing|pulling her|him|them into|in|at|to danger|harm|risk|trouble|harm’s|harm's",
      "lifestyle|lifestyles leads|led|puts|put|places|placed|takes|took|draws|drew|drags|dragged|exposes|exposed|pulls|pulled her|him|them into|in|at|to danger|harm|risk|trouble|harm’s|harm's",
      'lifestyle|lifestyles is|was|are|were|has|have [been] the cause|reason|source of|for [the] [her|his|their] harm|risk|risks|danger|exploitation|abuse',
    ],
    category: 'blames_child',
    explanation: 'Names the child’s way of life as the cause of the harm. Exploitation is done to the child by adults, who are the source of the danger.',
    alternatives: [
      'The child is being exploited: record who is harming them and how',
      'The child is exposed to [situation] where adults are harming them: record who and where',
    ],
    source: 'nspcc', // [E] "leading a lifestyle that puts her at risk"
    // Someone else's lifestyle ("mum's chaotic lifestyle places her at risk", "the men's lifestyle draws children in").
    unlessNear: [`${OTHER_OWNERS} [*] lifestyle|lifestyles`],
    window: 6,
  },
  {
    id: 'trafficked_self_probe23',
    // "She trafficked herself to London to be with the men", "self-trafficking": like "exploiting herself"
    // (exploiting_self_round22): trafficking is done to a child by others, who move and use them.
    patterns: [
      `trafficked|trafficking|trafficks|traffics|traffic ${PRONOUN_SELF}`,
      'self-trafficked|self-trafficking|self-traffics|self-traffic|self-trafficker',
      'self trafficked|trafficking',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child the author of their own trafficking. A child moved to be with adults who exploit them is trafficked by those adults, whatever the child says or does.',
    alternatives: [
      'The child has been trafficked to [place] by [who]: record who arranged and paid for the travel',
      'The child travelled to [place] to be with adults who are exploiting them: consider an NRM referral',
    ],
    source: 'childrens_society_2018', // the guide's principle: the child is the victim
    // The law or the writer putting it right ("a child cannot traffic herself").
    unlessNear: [
      "cannot|can't|can’t|couldn't|couldn’t|impossible|myth|concept|notion|idea",
      // The emphatic reflexive of the passive: "she was trafficked herself as a child", "Mum was trafficked herself".
      'was|were|been|being|is|are|got|get trafficked',
    ],
    window: 5,
  },
  {
    id: 'accepted_gifts_probe23',
    // "She accepted lifts and gifts from the men", "has been accepting lifts from older men", "accepts money and
    // alcohol from the adults at the flat": grooming recorded as the child's acceptance.
    patterns: [
      // "accepted lifts and gifts", "accepted cash and a phone": the list is in the span, so that the window reaches the
      // adults it came from.
      `accept|accepts|accepted|accepting [a|an|the|some] [free|new|expensive] ${GIFTS}`,
      `accept|accepts|accepted|accepting [a|an|the|some] [free|new|expensive] ${GIFTS} and|or [a|an|the|some] [free|new|expensive] ${GIFTS}`,
      'taking|takes|took|take lifts|rides from',
      // Probe 24: "takes gifts from older males".
      'taking|takes|took|take gifts|presents|money|cash from',
    ],
    category: 'implies_consent',
    explanation:
      'Records the gifts, lifts and money adults give a child as something the child accepted. Giving a child gifts and lifts is how adults groom them; record what the adults gave.',
    alternatives: [
      'Adults (record their ages) have been giving the child lifts and gifts: a sign of grooming',
      'The men gave the child [what]: record who, when and what they asked for in return',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what the adults did
    requiresNear: [...ADULT_CUES, 'olders|elders|dealer|dealers|gang|punters|strangers'],
    // Lifts and gifts from carers, staff, family or a service; a refusal ("refused to accept gifts from the man").
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'staff|carer|carers|foster|worker|workers|teacher|teachers|police|officer|officers|taxi|bus|school|college|charity|volunteer|volunteers|christmas|birthday',
      "refused|refuses|refusing|declined|declines|declining|stopped|stops|reluctant|won’t|won't|wouldn’t|wouldn't to accept|accepting",
      "refused|refuses|refusing|declined|declines|declining|stopped|stops|won’t|won't|wouldn’t|wouldn't accept|accepting",
    ],
    // Short: the adults as the source ("accepted lifts and gifts from the men"), not a man named later in the sentence
    // ("had put herself in a position by accepting a lift, and refer to the man who raped her as her ex", fresh16).
    window: 4,
  },
  {
    id: 'behaviour_a_choice_probe23',
    // "Her behaviour is a choice", "going missing is a choice she makes", "she needs to take responsibility for her
    // behaviour": behaviour that follows abuse read as chosen, and the child made answerable for it.
    patterns: [
      // Not "is her choice" (her_choice, implies_consent), nor "take ownership of his choices" (blame_idiom).
      'behaviour|behaviours|behavior|behaviors|offending|absconding|missing|actions is|are|was|were [a] [conscious|deliberate|lifestyle] choice|choices',
      'needs|need|has|have|had|ought to take|start|begin [taking] [some|more|full] responsibility',
      'must|should take|start|begin [taking] [some|more|full] responsibility',
    ],
    category: 'blames_child',
    explanation:
      'Reads behaviour that follows abuse or exploitation as a free choice the child must answer for. Going missing, anger and offending are often signs of harm and of control by others.',
    alternatives: [
      'The child’s behaviour may be a response to harm or control by others: record what is happening to them',
      'Record what the adults involved did, and the support the child needs',
    ],
    source: 'durham_scp', // [F] focus on what is happening to the child, not on labels for their behaviour
    unlessNear: [
      // Adults, parents and agencies told to take responsibility ("the men need to take responsibility", "agencies
      // need to take responsibility for the failure", "Mum needs to take responsibility for school runs").
      // The one told as the subject, not the men she goes with ("has to take responsibility for going back to the men").
      `${RESPONSIBLE_OTHERS} [also|now|really|all|both] need|needs|must|should|has|have|had|ought`,
      // Care leavers' everyday tasks ("take responsibility for her medication as she prepares to leave care").
      'recovery|treatment|therapy|rehab|sobriety|exams|future|medication|tablets|money|budget|budgeting|bills|rent|tenancy|cooking|laundry|room|pet|dog|cat|homework|coursework|revision|learning|health|appointments|prescription',
      // The choice of school or course, or a choice the child makes about support.
      'school|college|course|subject|subjects|options|gcse|gcses',
      // Youth justice's own work on an offence ("take responsibility for his offending", restorative justice).
      'responsibility for [her|his|their] offending|offence|offences|damage|crime|crimes',
      'restorative|reparation|apology|apologise|apologised|victim|victims',
    ],
    window: 8,
  },
];
