import {
  ADULT_AGE_WORDS,
  ADULT_CUES,
  ADULT_OR_OTHER_CUES,
  ADULT_TROUBLE_LABEL,
  AGAINST_ADVICE_CUES,
  AGE_NUMBERS,
  AGE_TOKENS,
  CHILD_CENTRED_CCE_CUES,
  LABEL_FRAME_CUES,
  OTHER_PERSON_CUES,
  PRONOUN_POSS,
  PRONOUN_SELF,
  SERVICE_ADULTS,
  STRONG_RISK_CUES,
  UNTRUTHFUL,
} from './lexicon-cues.ts';
import { COPING_CUE, STAFF_PUT_SELF_CUE } from './lexicon-parts.ts';
import { LENT_THINGS } from './lexicon-round37.ts';
import type { LexiconEntry } from './types.ts';

// The victim-blaming lexicon's founding entries for wording that blames the child (`blames_child`). lexicon.ts gives the
// design rules and assembles the whole lexicon; each entry cites its guide (sources.ts).
export const BLAMES_CHILD_ENTRIES: readonly LexiconEntry[] = [
  // ===== Blame and choice =====
  {
    id: 'putting_self_at_risk',
    patterns: [
      `putting|puttin|puts|put|placing|places|placed|place ${PRONOUN_SELF} at [*] risk|harm|danger`,
      `putting|puttin|puts|put|placing|places|placed|place ${PRONOUN_SELF} in [*] danger|harm's|harm’s|harms|risky|dangerous|vulnerable|unsafe`,
      `exposing|exposes|exposed|expose ${PRONOUN_SELF} to [*] risk|harm|danger|exploitation|abuse`,
      `is|was|are|were a [*] risk to ${PRONOUN_SELF}`,
      `leaving|leaves|left|leave ${PRONOUN_SELF} open|vulnerable|exposed to`,
    ],
    category: 'blames_child',
    explanation: 'Makes the child responsible for harm that other people choose to do to them. The risk comes from those who exploit the child.',
    alternatives: [
      'The child is at increased vulnerability to being abused or exploited; a perpetrator may exploit this',
      'The child may have been groomed: record who they were with and where',
      'This location or situation could give a perpetrator the chance to abuse the child',
    ],
    source: 'docsbay_alternatives', // [A]; [D] (CCE): "they are being forced"; [F]
    // Probe 24: staff or a parent as the subject ("the officer placed himself at risk to rescue the child").
    unlessNear: [STAFF_PUT_SELF_CUE],
  },
  {
    id: 'choices_put_at_risk',
    patterns: ['placing|places|placed|place|putting|puts|put|exposing|exposes|exposed|expose her|him|them at|to [*] risk|danger|harm'],
    category: 'blames_child',
    explanation: 'Says the child’s own choices or behaviour put them at risk. The risk comes from those who exploit the child.',
    alternatives: [
      'The child is at increased vulnerability to being abused or exploited; a perpetrator may exploit this',
      'This location or situation could give a perpetrator the chance to abuse the child',
    ],
    source: 'docsbay_alternatives', // [A] "Putting themselves at risk"; [E] "leading a lifestyle that puts her at risk"
    requiresNear: ['choice|choices|behaviour|behaviours|behavior|behaviors|lifestyle|lifestyles|decisions|decision|actions'],
    unlessNear: OTHER_PERSON_CUES,
    window: 5,
  },
  {
    id: 'risky_behaviour',
    patterns: [
      'risky|reckless|risk-taking behaviour|behaviours|behavior|behaviors',
      'risk taking behaviour|behaviours|behavior|behaviors',
      'engaging|engages|engaged in risky|risk-taking|dangerous behaviour|behaviours|behavior|behaviors|activities|activity',
      'high-risk|unsafe behaviour|behaviours|behavior|behaviors',
      'high risk behaviour|behaviours|behavior|behaviors',
    ],
    category: 'blames_child',
    explanation: 'Locates the danger in the child’s behaviour rather than in the adults who exploit them. Keep the focus on the harm and its impact.',
    alternatives: [
      'The child is being exposed to harm by [who]: record what is happening to them',
      'The child is at increased vulnerability to exploitation: describe the situation and who is present',
    ],
    source: 'nspcc', // [E] "Risky behaviour"
    // Round 23: the adults' behaviour ("the risky behaviour of the adults in her life is the concern").
    unlessNear: [
      // Review 23A: a determiner first, not "her risky behaviour of meeting men" (a verb there).
      'behaviour|behaviours|behavior|behaviors of the|these|those|her|his|their [*] adults|adult|men|man|parents|parent|mum|dad|carers|carer|perpetrators|perpetrator|offenders|offender',
    ],
    window: 6,
  },
  {
    id: 'risky_lifestyle',
    patterns: [
      'risky|chaotic|dangerous|high-risk|party|partying|street|sexualised|sexualized lifestyle|lifestyles',
      'high risk lifestyle|lifestyles',
      'leads|leading|led|lead a [*] [*] lifestyle',
      'lifestyle that puts|put|places her|him|them at risk',
      'lifestyle is|was|seems|appears [very|increasingly|extremely] risky|chaotic|dangerous',
      'lifestyle has|had been [very|increasingly|extremely] risky|chaotic|dangerous',
    ],
    category: 'blames_child',
    explanation: 'Describes exploitation as a way of life the child has taken up. Exploitation is something done to the child.',
    alternatives: ['The child is being exploited: record who is harming them and how', 'The child is exposed to [situation] where adults are harming them'],
    source: 'nspcc', // [E] "leading a lifestyle that puts her at risk"; CARA prior art "risky lifestyle"
  },
  {
    id: 'chose_not_to',
    patterns: [
      'choose|chooses|chose|chosen|choosing not to disclose|tell|speak|engage|report|return|cooperate|co-operate|help|answer|say|support|give',
      'choose|chooses|chose|chosen|choosing not to come|go home|back',
    ],
    category: 'blames_child',
    explanation:
      'Treats silence or not returning as a free choice. Fear, threats, loyalty to the abuser and trauma responses stop children telling or coming home.',
    alternatives: [
      'The child has not felt able to tell us what happened; fear of the perpetrator or a trauma response may be why',
      'The child did not return home: record who they were with and whether they are being controlled',
    ],
    source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md, "5 F's")
    // Probe 23: a carer's or a professional's own choice ("The foster carer chose not to report the incident until the
    // morning"), the noun right before the verb; not "the carer said she chose not to tell anyone".
    unlessNear: [
      'carer|carers|worker|workers|staff|officer|officers|teacher|teachers|manager|managers|nurse|nurses|doctor|gp|dsl|police|school|council|team|parent|parents|mum|dad|family [has|have|had|then|also|initially] choose|chooses|chose|chosen|choosing not to',
    ],
  },
  {
    id: 'poor_choices',
    patterns: [
      'makes|making|made|make poor|bad|unwise|risky|wrong|unhealthy [relationship|life|lifestyle] choices|choice|decisions|decision',
      'poor|bad|unwise|risky|unhealthy relationship|life choices|choice|decisions',
      'risky|poor|bad|unwise choices',
      'poor|bad decision-making|judgement|judgment',
      'poor|bad|unwise|reckless|risky|impulsive|questionable decisions|decision|judgement|judgment',
    ],
    category: 'blames_child',
    explanation: 'Puts the harm down to the child’s decisions instead of to the people grooming, coercing or exploiting them.',
    alternatives: ['The child is being groomed, coerced or manipulated by [who]', 'Focus on what the person causing harm has done: record their actions'],
    source: 'durham_scp', // [F] "They make poor relationship choices"; [B] risky choices / poor decisions
    unlessNear: [
      // Round 23: an adult's own past ("mum says she made poor choices in her own relationships").
      // Review 23B: a relative's own, not the child's own life ("Jade has made poor decisions in her own life").
      'mum|mam|mother|dad|father|parent|parents|stepdad|stepmum|carer|carers|gran|nan|aunt|uncle [*] [*] [*] [*] [*] [*] in her|his|their own relationships|relationship|life|past|youth',
      'in her|his|their own past|youth',

      'practitioner|practitioners|professional|professionals|agency|agencies|staff|service|services|manager|managers|police|officer|officers|panel|court',
      // A parent's own choices ("mum has made poor choices", "poor decisions by dad"), not a parent reporting the child's
      // ("Mum says Chantelle makes poor relationship choices": the Durham SCP wording, reported).
      "mum|mother|dad|father|parent|parents|mum's|mother's|dad's|father's|parental|parenting [has|have|had|often|always|sometimes|repeatedly] makes|made|make|making",
      "mum's|mother's|dad's|father's|parental|parenting",
      'by|of|from [her|his|their|the] mum|mother|dad|father|parent|parents',
    ],
  },
  {
    id: 'streetwise',
    patterns: ['streetwise|street-wise|streetsmart|street-smart', 'street wise|smart'],
    category: 'blames_child',
    explanation:
      'Suggests the child can look after themselves and is not really at risk. Knowing the streets does not protect a child from adults who exploit them.',
    alternatives: [
      'The child is familiar with [area or people], which may increase their exposure to adults who exploit children',
      'The child is a child: record who is harming them and how',
    ],
    source: 'childrens_society_2018', // the guide's principle; named in issue 4 from the inquiries
    // A service of that name ("the Streetwise young people's project") is not a description of the child.
    unlessNear: [
      // Round 23: an adult worker described ("the youth worker is streetwise and knows the local area").
      'worker|workers|officer|officers|mentor|mentors|coach|coaches|carer|carers|volunteer|volunteers is|are|was|were [very|quite|really] streetwise|street-wise|streetsmart|street-smart',
      'project|service|services|team|charity|clinic|programme|program|centre|center|drop-in',
    ],
    window: 3,
  },
  {
    id: 'should_have_known',
    patterns: [
      'must|should|would have known what would happen',
      'must|should|would have known what was|were going to happen',
      'must|should have known what would|was|were',
      'must|should have known better',
      "must|should've|must've known better|what",
    ],
    category: 'blames_child',
    explanation: 'Holds the child responsible for foreseeing and avoiding abuse that others chose to commit.',
    alternatives: ['Focus on what the person causing harm did: record who, what and where', 'The child may have been groomed into believing this was normal'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
  },
  {
    id: 'allowed_it',
    patterns: [
      'allowed|allows|allowing|allow|let|lets|letting it|this|that [to] happen',
      `allowed|allows|allowing|allow|let|lets|letting ${PRONOUN_SELF} [to] be|get`,
      `allowed|allows|allowing|allow|let|lets|letting him|them|men|adults [to] touch|abuse|use|have`,
    ],
    category: 'blames_child',
    explanation:
      'Implies the child could have stopped the abuse. Children are groomed, threatened and frozen by fear, and the responsibility lies with the abuser.',
    alternatives: [
      'The child was abused by [who]: record what the abuser did',
      'The child may have been unable to stop this because of fear, threats or a trauma response (freeze)',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Round 23: an adult who let others use a place or a child ("the tenant let men use it to abuse children", "her
    // mum let them have the flat"): the adult's act, not the child's.
    unlessNear: [
      // Review 23A: not "resident", the child in residential care ("the resident let him touch her").
      'tenant|tenants|landlord|landlady|owner|owners|occupier|householder|mum|dad|mother|father|stepdad|parents|carer|uncle let|lets|letting|allowed|allows|allowing men|adults|them|him',
      // Session 22b: the child's home, account or belongings lent to the adults (lends_to_adults_round37, implied
      // consent in the sets that mark it).
      `use|keep|store|borrow his|her|my|their|the ${LENT_THINGS}`,
    ],
    window: 3,
  },
  {
    id: 'brought_on_self',
    patterns: [
      `brought|brings|bring|bringing it|this|that on ${PRONOUN_SELF}`,
      // "bringing these problems upon herself" (Oxfordshire SCR 2015 on how the girls were seen)
      `brought|brings|bring|bringing it|this|that|these|those|the|such|her|his|their|all [*] [*] on|upon ${PRONOUN_SELF}`,
      // "asks for it" (round 22: "Dad said Courtney has been with loads of lads and asks for it").
      'asking|asked|asks for it',
      'had it coming',
      'deserved it|this|that',
      'got|gets|get what she|he|they deserved|deserves|deserve',
      `author|architect of ${PRONOUN_POSS} own misfortune|misfortunes|downfall|problems|troubles|harm`,
      `of ${PRONOUN_POSS} own making`,
      `victim|victims of ${PRONOUN_POSS} own behaviour|behavior|actions|choices|lifestyle|conduct`,
      'looking|looks|look|went|goes|go|out for trouble',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for the abuse. Nothing a child does makes them responsible for being abused.',
    alternatives: ['The child was abused by [who]: record what the abuser did', 'Focus on what the person causing harm did'],
    source: 'durham_scp', // [F]
    // Round 22: a request, not blame ("she asks for it to be kept private", "asked for it back").
    unlessNear: [
      'asks|asking|asked|ask for it to|back|again|be|please',
      // Someone else asking for a thing ("when staff asked for it").
      // Not "he|they asked for it" (review 22B L1): that is the same blame about a boy.
      'staff|officer|officers|police|teacher|teachers|mum|dad|carer|carers|nurse asked|asks|asking for it',
      // Probe 24: the child's own feeling ("she felt she had brought it on herself, and staff told her it was not her fault");
      // review 24B: not staff's opinion ("Staff feel she has brought this on herself").
      'she|he|they felt|feels|feel|believes|believed|thinks|thought|worries|worried [that] she|he|they [had|has|have] brought|brings|bring',
    ],
    window: 3,
  },
  {
    id: 'vulnerabilities_led',
    patterns: [`${PRONOUN_POSS} vulnerabilities|vulnerability|behaviour|behavior led|leads|lead|made|makes|caused|causes|meant`],
    category: 'blames_child',
    explanation: 'Makes the child’s vulnerability or behaviour the cause of the abuse. Abusers target vulnerability; they cause the harm.',
    alternatives: ['[Who] targeted the child because of [vulnerability]', 'A perpetrator exploited the child’s vulnerability'],
    source: 'durham_scp', // [F] "Their vulnerabilities led to them being abused"
    requiresNear: ['abuse|abused|exploitation|exploited|targeted|groomed|harm|harmed|raped|assaulted'],
  },
  {
    id: 'why_didnt_leave',
    patterns: [
      "why didn’t|didn't she|he|they leave|tell|say|report|fight|go|stop|run",
      'why did she|he|they not leave|tell|say|report|fight|stop|run',
      "why didn’t|didn't she|he|they just leave|tell|say|report|go",
      // "why Aisha didn't leave sooner"; "she could have walked away at any time" (Durham SCP on why children stay)
      "why [*] didn’t|didn't leave|tell|report|fight|run|stop|go [sooner|earlier]",
      'why [*] did not leave|tell|report|fight|run|stop|go [sooner|earlier]',
      "didn’t|didn't|not leave|tell|report sooner|earlier",
      "she|he|they could|could've|could’ve [have|of] [just|easily|simply] walked|run|got|gone away|out|off",
      "she|he|they could|could've|could’ve [have|of] [just|easily|simply] said no",
      "she|he|they could|could've|could’ve [have|of] [just|easily|simply] left [at] any time|whenever|anytime",
    ],
    category: 'blames_child',
    explanation:
      'Asks why the child did not escape instead of why the abuser abused them. Fear, control and trauma responses explain why children stay silent or stay.',
    alternatives: [
      'What stopped the child from leaving or telling: fear, threats, control, or a trauma response (freeze, forget)?',
      'Record what the person causing harm did to keep the child there or silent',
    ],
    source: 'durham_scp', // [F] "Why didn't they leave sooner?"
  },
  {
    id: 'could_have_said_no',
    // The same question with the child named ("Jade could have said no", "Ryan could have walked away at any time"):
    // shorter than why_didnt_leave's patterns, so that entry keeps "she could have ..." where it holds.
    patterns: [
      "could|could've|could’ve [have|of] [just|easily|simply] said no",
      "could|could've|could’ve [have|of] [just|easily|simply] walked away|out|off",
      "could|could've|could’ve [have|of] [just|easily|simply] left [at] any time|whenever|anytime",
    ],
    category: 'blames_child',
    explanation:
      'Suggests the child could have stopped the abuse by refusing or leaving. Fear, control and trauma responses explain why children comply and stay.',
    alternatives: [
      'What stopped the child from refusing or leaving: fear, threats, control, or a trauma response (freeze, appease)?',
      'Record what the person causing harm did to keep the child there',
    ],
    source: 'durham_scp', // [F] "Why didn't they leave sooner?"
    // An adult or a service as the subject ("Mum could have said no to the sleepover"), not "said no to the men".
    unlessNear: [
      "mum|dad|mother|father|parent|parents|carer|carers|nan|gran|aunt|uncle|sister|brother|staff|professionals|police|officers|officer|worker|workers|school|council|services|manager|man|men|adult|adults could|could've|could’ve",
      // Any other adult or body as the subject (review 2026-11-30): "The GP could have said no to the referral".
      "provider|gp|doctor|landlord|judge|court|panel|team|agency|college|hospital|nurse|teacher|head|headteacher|owner|employer|company could|could've|could’ve",
    ],
    window: 3,
  },
  {
    id: 'attention_seeking',
    patterns: [
      'attention seeking|seeker|seekers',
      'attention-seeking|attention-seeker|attention-seekers',
      'seeking|seeks attention',
      'craves|craved|craving|crave attention',
      'just|only wants|wanted attention',
      'for attention',
      'looking|desperate|angling|fishing|crying|begging for attention',
    ],
    category: 'blames_child',
    explanation: 'Dismisses the child’s distress or disclosure as a bid for attention. Victims in Rotherham were written off as "attention seekers".',
    alternatives: [
      'The child is showing distress: record what they said and did, and what may lie behind it',
      'The child needs attention and care from safe adults: ask what is happening to them',
    ],
    source: 'cara_prior_art', // CARA lists "attention seeking"; Rotherham finding (DOMAIN.md)
    // Probe 24: an adult as the subject ("she said the man was attention-seeking and kept messaging her").
    unlessNear: [
      'man|men|woman|women|adult|adults|male|males|perpetrator|perpetrators|abuser|abusers|offender|offenders|mum|mother|dad|father|stepdad|partner was|is|were|are [very|so|really|being] attention-seeking|attention',
    ],
    window: 5,
  },
  {
    id: 'manipulative',
    patterns: [
      'manipulative',
      'manipulates|manipulating|manipulated staff|professionals|carers|adults|people|others|workers|everyone',
      // Round 23: one description, one finding ("a manipulative young man who plays agencies off"), not also
      // plays_the_system. Not "manipulative and playing staff off": the tuning sets mark those two.
      'manipulative [*] [*] who plays|played|playing * off',
    ],
    category: 'blames_child',
    explanation: 'Casts a child as the one who controls others, often when they are being manipulated and controlled themselves.',
    alternatives: [
      'The child is trying to manage a situation they are afraid of: record what they did and why it may be',
      'Concern that the child is being manipulated or controlled by [who]',
    ],
    source: 'cara_prior_art', // CARA lists "manipulative"; [B] "groomed/exploited/coerced/manipulated/controlled"
    // "The abuser was manipulative and controlling towards her": the adult's conduct, not a label on the child.
    unlessNear: [
      // Round 23: an adult by age or noun ("the judge described the 52-year-old man as manipulative and controlling").
      // Review 23B: not "the young man", "the 15-year-old female" (children): an adult age, an older or adult man, or men.
      `${AGE_TOKENS} [man|woman|male|female] as|is|was|are|were [very|highly|extremely|so] manipulative`,
      `${AGE_TOKENS} [man|woman|male|female] was|is|were|are described [*] [*] as [very|highly|extremely|so] manipulative`,
      `men|women|adult|adults as|is|was|are|were [very|highly|extremely|so] manipulative`,
      `older|adult|grown man|woman|male|female|men|women as|is|was|are|were [very|highly|extremely|so] manipulative`,
      'abuser|abusers|perpetrator|perpetrators|offender|offenders|groomer|groomers|exploiter|exploiters|suspect|suspects|defendant|defendants',
      // Probe 24: an adult in charge ("the group leader was manipulative and coercive").
      'leader|leaders|manager|managers|boss|landlord|coach|owner|director was|is|were|are [very|highly|extremely|so] manipulative',
    ],
    window: 4,
  },
  {
    id: 'troublemaker',
    patterns: ['troublemaker|troublemakers|trouble-maker|trouble-makers', 'trouble maker|makers'],
    // Probe 25: an adult by age ("a known troublemaker, a man in his fifties, was banned from the concourse"). Review 25B:
    // not the adults the child is with ("a troublemaker, always with a 25-year-old from the estate").
    unlessNear: [ADULT_AGE_WORDS],
    category: 'blames_child',
    explanation: 'Labels the child by how adults see them. It turns attention away from the harm being done to the child.',
    alternatives: [
      'Describe the behaviour and what may be causing it: the child may be being exploited or harmed',
      'The child is showing distress through [behaviour]',
    ],
    source: 'durham_scp', // [F] "They're a troublemaker"
  },
  {
    id: 'rebellious_adolescent',
    // Derby SCR (2010): girls being groomed and raped were dealt with as "rebellious adolescents".
    patterns: ['rebellious|wayward adolescent|adolescents|teenager|teenagers|teen|teens|youngster|youngsters|girl|girls|boy|boys'],
    // Not a parent about their own youth, nor a story ("Mum says she was a rebellious teenager herself").
    unlessNear: [...OTHER_PERSON_CUES, 'herself|himself|themselves|story|book|novel|film|character|lesson'],
    window: 8,
    category: 'blames_child',
    explanation:
      'Reads a child’s changed behaviour as teenage rebellion. A review found that children being groomed and raped were dealt with this way, so the abuse was missed.',
    alternatives: [
      'The child’s behaviour has changed: consider whether they are being groomed or exploited, and record by whom',
      'The child is showing distress through [behaviour]: record what may be causing it',
    ],
    source: 'derby_scr_2010',
  },
  {
    id: 'out_of_control',
    patterns: ['out of control', 'beyond|outside parental control', 'out of parental control', 'beyond control', 'uncontrollable|unmanageable|ungovernable'],
    category: 'blames_child',
    explanation: 'Describes the child as the problem, when their behaviour may mean that someone else is controlling them.',
    alternatives: [
      'Concern that the child is being controlled by others: record missing episodes, new contacts and what has changed',
      'The child’s behaviour has changed: record what and when, and what may be behind it',
    ],
    source: 'cara_prior_art', // issue 4 and CARA
    unlessNear: [
      // Round 23: a parent or partner out of control ("mum says dad is out of control when he drinks").
      'mum|mam|dad|mother|father|stepdad|stepfather|stepmum|partner|uncle|boyfriend is|was|gets|got|becomes|became [completely|totally|really|very] out of control',
      'fire|fires|car|vehicle|dog|dogs|situation|spending|debt|party',
      // Probe 24: money and things ("the costs are spiralling out of control").
      // Review 24B: the thing as the subject, not "she is out of control and keeps running into traffic".
      'cost|costs|prices|price|bills|budget|budgets|inflation|rent|weeds|traffic|temperature|blaze|flames|asthma|diabetes|epilepsy|eczema|seizures|symptoms|pain|sugars|migraines|allergies [is|are|was|were|has|have|had|got|get|gets] [been|got|gone|getting|going] [spiralling|spiraling|spiralled|spiraled|running|spinning|spun|completely|totally] out of control',
    ],
  },
  {
    id: 'defiant',
    patterns: ['defiant|gobby|mouthy|lippy|insolent|stroppy|bolshy|bolshie', 'wilful|willful'],
    category: 'blames_child',
    explanation: 'Judges the child’s manner from an adult’s point of view. Hostility to adults is a known sign that a child is being exploited or controlled.',
    alternatives: [
      'The child is wary of adults: record what they said and what might make them feel safer',
      'Distrust of professionals may be a sign of exploitation',
    ],
    source: 'cara_prior_art', // distrust of authority is SAFEGUARD "D" (DOMAIN.md)
    // "oppositional defiant disorder"; "wilful neglect" and "wilful blindness" are said of adults.
    unlessNear: [
      'disorder|odd|neglect|blindness|damage|misconduct|default',
      // Probe 25: a coach's note on losing ("J is defiant when he loses but apologised to the referee").
      // Review 25B: not "lost" ("defiant tonight, she lost her phone to the olders again").
      'loses|losing|referee|ref|umpire|opponent|opponents',
    ],
  },
  {
    id: 'dramatic',
    // "overdramatic" (round 22: "Nia was being overdramatic about the man at the bus stop").
    patterns: [
      'drama queen',
      'overreacting|over-reacting|hysterical|histrionic|melodramatic|overdramatic|over-dramatic',
      'over reacting',
      'being|so|overly dramatic',
      'needy|clingy',
    ],
    category: 'blames_child',
    explanation: 'Dismisses the child’s distress as exaggerated. Distress can be a sign of abuse and needs to be understood.',
    alternatives: ['The child was very distressed: record what they said and did', 'The child is showing distress; explore what may be behind it'],
    source: 'cara_prior_art', // same family as "attention seeking"
    // Review 22A L19: the writer about themselves ("I was overdramatic in my first referral").
    unlessNear: [
      "i|we|i'm|i’m|we're|we’re [am|was|were|are|have|had|may|might|could|can|will|would] [have|be|been|being] [been|being] [a] [bit|little|too|so|rather|slightly] overreacting|over-reacting|hysterical|histrionic|melodramatic|overdramatic|over-dramatic|dramatic|over",
    ],
  },
  {
    id: 'liar',
    patterns: [
      'liar|liars|fantasist|fantasists',
      'compulsive|pathological|habitual lying|lies',
      'tells|told|telling lies',
      'lying|lied|lies about|to',
      'keeps|kept lying',
      // "she's lying again, she always does", "lying again about where he goes".
      'lying|lied again',
      'making|makes|made it|this|things up',
      'she|he|they|child|girl|boy|account|accounts was|is|were|are not credible|believable',
      'unreliable|inconsistent|unconvincing and|but not credible|believable',
      "she|he|they|child|girl|boy|account|accounts isn’t|isn't|wasn’t|wasn't|aren’t|aren't|weren’t|weren't credible|believable",
      'she|he|they|child|girl|boy|account|accounts lacks|lacked|lack credibility',
    ],
    ...UNTRUTHFUL,
    // "The man was lying about his age": the adult deceiving the child, a sign of grooming, not a label on the child.
    unlessNear: [
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|abuser|abusers|offender|offenders|groomer|groomers [had|has|was|is|were|are] [been] lying|lied|lies',
      // Review 21: a parent lying ("Kyle's dad was lying again"), or lying down again ("lying again on her bed").
      'mum|mam|mother|dad|father|stepdad|stepfather|stepmum|stepmother|parent|parents|carer|carers|partner|boyfriend|uncle|aunt [had|has|was|is|were|are] [been] lying|lied|lies',
      // Probe 25: the adults a front-line writer serves or lives beside ("the tenant was lying about the rent arrears",
      // "the man next door is a compulsive liar").
      // Review 25B: not "lies" ("she told the receptionist lies about her age").
      `${SERVICE_ADULTS} [had|has|was|is|were|are] [been] lying|lied`,
      `${SERVICE_ADULTS}|man|men [next|upstairs|downstairs] [door] is|was|are|were a|an [*] liar|liars|fantasist`,
      'lying again on|in [the|her|his|their|a] [*] bed|beds|sofa|floor|ground|couch|settee|road|grass|pavement|bath|bench|mattress',
      'lying again down|asleep|awake|still|face|flat|unconscious|motionless',
      // Probe 23: an ordinary mistake the child owned ("He made a mistake when he lied to his mum about where he was").
      'made|makes|make a mistake',
      // Session 22b: the child's retraction reported ("told her teacher about the man, then said she had made it up": the
      // child's account withdrawn, not the writer's disbelief; not "staff said she made it up"), and someone lying to the child ("finds it hard to tell
      // when someone is lying to him"). Twenty such lines in the tuning sets' indicator sentences, none in the language sets.
      'then|now|later|afterwards|and says|said [that] [she|he|they] [had|has] made it|this up',
      'saying [that] [she|he|they] [had|has] made it|this up',
      'someone|somebody|people|others|police|officers|they is|are|was|were lying to|about him|her|them',
    ],
  },
  {
    id: 'lying_label',
    patterns: ['lying|lied'],
    ...UNTRUTHFUL,
    // Round 28: a record of it as a trait ("Mikey has a history of lying so the account ... may not be true").
    requiresNear: [...LABEL_FRAME_CUES, 'history|record|pattern of'],
    unlessNear: ['on|in|down|asleep|awake|still|flat|face|next|around|beside|under|bed|sofa|floor|ground|road|wait'],
    window: 3,
  },
  {
    id: 'unreliable_witness',
    patterns: [
      'unreliable|uncooperative|unco-operative|reluctant|hostile|unwilling|unsupportive|non-supportive witness|victim|complainant',
      'not a credible witness',
      'lacks credibility',
    ],
    category: 'blames_child',
    explanation: 'Judges the child as a witness for the prosecution, not as a child to protect. Children under threat often cannot support a case.',
    alternatives: [
      'The child is frightened to give evidence: record why and what support would help',
      'The child is not yet able to support a prosecution; safeguarding continues',
    ],
    source: 'hmicfrs_2023', // victim-blaming language in policing
  },
  {
    id: 'aggressive_trauma',
    patterns: ['aggressive|hostile|abusive|rude|obstructive|combative|belligerent|volatile'],
    category: 'blames_child',
    explanation: 'A child who has just been found, arrested or questioned may be showing a fight response to trauma or fear of their exploiters.',
    alternatives: [
      'The child was very distressed when [found or questioned]: this may be a fight response to trauma',
      'The child was frightened and angry: record what happened before and who else was present',
    ],
    source: 'childrens_society_2018', // the guide's principle; trauma responses (DOMAIN.md, "5 F's")
    requiresNear: [
      'found|located|returned|recovered|arrested|arrest|questioned|interviewed|interview|searched|detained|police|officers|staff|professionals|custody',
    ],
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'man|men|male|males|adult|adults|perpetrator|perpetrators|suspect|suspects|partner|stepfather|dog|dogs|older|olders|relationship|relationships|language|messages|texts',
      'police|officers|officer|staff|professionals|worker|workers were|was|are|is|became|being|appeared|seemed',
      // "Victims found giving evidence in court abusive" (Operation Sanctuary review): the process, not the child.
      'court|courts|trial|trials|cross-examination|evidence',
    ],
    window: 5,
  },
  // ===== Engagement =====
  {
    id: 'refuses_to_engage',
    patterns: [
      'refuses|refused|refusing|refuse|declines|declined|declining|decline|reluctant|unwilling|fails|failed|failing|fail to engage',
      'refused|refuses|refusing|refuse point blank',
      'refused|refuses|refusing|refuse to work with [any|the|all] service|services|professionals|worker|workers|agencies|agency|team',
      'will|would not engage',
      "won't|wouldn't|won’t|wouldn’t engage",
      'not engaging|engaged',
      'non-engagement|non-engaging|nonengagement|non-engager',
      'non engagement|engaging',
      'refuses|refused|refusing|resistant|resists|resisted support|services|help|intervention|interventions',
      'does|did not want help|support',
      "doesn’t|doesn't|didn’t|didn't want help|support",
    ],
    category: 'blames_child',
    explanation:
      'Puts the failure on the child. Children who are exploited are often controlled, frightened or distrustful; it is the service’s job to find a way to reach them.',
    alternatives: [
      'We have not yet found a way to work with the child that feels safe to them: record what was tried',
      'The child may be too frightened or controlled to speak with us; keep trying and record who may be preventing contact',
    ],
    source: 'cara_prior_art', // CARA "refused to engage"; [B] disengaged/hard to reach
    unlessNear: [
      ...OTHER_PERSON_CUES,
      // Probe 24: a manager, landlord or service as the subject ("the landlord has not engaged with the council").
      'manager|managers|landlord|landlords|council|provider|providers|company|firm|practice|hospital|department|headteacher|employer|agency|agencies|school|college is|was|are|were|has|have|had not engaged|engaging|engage', // review 24B: not "the school was not informed"
    ],
    window: 3,
  },
  {
    id: 'will_not_listen',
    secondary: true, // round 32: "... and will not listen" after another finding (check.ts trailingAnd)
    patterns: [
      'will|would|does|did not listen',
      "won't|wouldn't|doesn't|didn't|won’t|wouldn’t|doesn’t|didn’t listen",
      'refuses|refused|refusing|refuse to listen',
      'never listens|listened',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for not following advice about adults who are harming them. Groomed and frightened children often cannot act on advice.',
    alternatives: [
      'Advice has not yet kept the child safe from [who]: record what was said and what the adults are doing',
      'The child may be too frightened or controlled to act on advice: plan how to disrupt the adults',
    ],
    source: 'cara_prior_art', // CARA disengagement family
    unlessNear: [...OTHER_PERSON_CUES, 'music|radio|podcast|podcasts|recording|tape|audio|voicemail|hearing'],
    window: 3,
  },
  {
    id: 'disengaged',
    patterns: ['disengaged|disengaging|disengages|disengagement|disengage', 'dis-engaged'],
    category: 'blames_child',
    explanation: 'Describes the child as the one who stepped away. Exploiters often isolate children from school and services on purpose.',
    alternatives: [
      'The child is not attending [service]: record what gets in the way and whether someone is keeping them away',
      'We have lost contact with the child: consider whether they are being isolated by exploiters',
    ],
    source: 'language_matters', // [B] "disengaged/hard to reach"
    // "Services had disengaged from her": the professionals stepped away, as reviews write.
    unlessNear: [...OTHER_PERSON_CUES, 'services|agencies|professionals|practitioners|staff|workers|team|teams [had|have|has] disengaged'],
    window: 3,
  },
  {
    id: 'hard_to_reach',
    patterns: ['hard|difficult to reach|engage', 'hard-to-reach|hard-to-engage|difficult-to-reach|difficult-to-engage'],
    category: 'blames_child',
    explanation: 'Names the child as hard to reach instead of naming the services that have not reached them.',
    alternatives: [
      'Services have not yet found a way to reach the child: record what was tried and what may help',
      'The child may be kept away from services by those exploiting them',
    ],
    source: 'language_matters', // [B] "disengaged/hard to reach"
    // A place that is hard to reach is not a child who is.
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'bus|buses|train|trains|transport|road|roads|car|walk|walking|village|location|signal|shelf|cupboard|estate|rural|abroad|overseas|holiday|holidays',
      // "hard to reach during the school holidays": a family away, further along than the window.
      'during|over the [school|summer|easter|christmas|half-term] holiday|holidays|break',
      // "Dad was described as difficult to engage": a parent, further back than the window.
      'mum|dad|mother|father|parent|parents|carer|carers|family|families was|were|is|are|has|have [been] described|seen|felt|found|thought|considered as|to',
    ],
    window: 3,
  },
  {
    id: 'non_compliant',
    patterns: [
      'non-compliant|noncompliant|non-compliance|non-cooperative|uncooperative|unco-operative|unwilling',
      'non compliant|compliance|cooperative',
      'not compliant|cooperative|co-operative',
      // "would not cooperate with the return interview": the "not" inside the match (check.ts deniedLabel).
      'would|will|did|does|do not|never cooperate|co-operate|comply',
      "wouldn't|wouldn’t|won't|won’t|didn't|didn’t|doesn't|doesn’t|don't|don’t cooperate|co-operate|comply",
    ],
    category: 'blames_child',
    explanation: 'Judges the child against adults’ rules. A child may be unable to co-operate because of fear, threats or trauma.',
    alternatives: [
      'The child did not [do what was asked]: record why this may be, including fear or control by others',
      'The child is wary of professionals, which may be a sign of exploitation',
    ],
    source: 'cara_prior_art', // CARA disengagement family
    // Adults who hold evidence: "the hotel manager would not cooperate" (round 21).
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'witness|victim|complainant|medication',
      'manager|managers|landlord|landlords|owner|owners|proprietor|licensee|premises',
      // An organisation or an adult right before the refusal (review 21: "Snapchat would not comply with the data
      // request", "the taxi firm did not cooperate", "her boyfriend, 24, would not cooperate"): right before it only, so
      // that "Jade would not cooperate with the school" keeps its finding. Not "the male": police logs call the child so.
      `hotel|hotels|school|college|firm|company|provider|providers|practice|surgery|clinic|hospital|gp|snapchat|instagram|facebook|tiktok|whatsapp|meta|google|platform|app|council|agency|bank|business|shop|venue|operator|boyfriend|partner|suspect|suspects|accused|offender|perpetrator|man|men|adult|adults|driver|employer|${AGE_TOKENS} would|will|did|does|do|wouldn't|won't|didn't|doesn't|don't`,
      `boyfriend|partner|suspect|accused|offender|perpetrator|man|adult|driver [aged] ${AGE_NUMBERS} would|will|did|does|do|wouldn't|won't|didn't|doesn't|don't`,
    ],
    window: 3,
  },
  {
    id: 'difficult_child',
    patterns: [
      '[very] difficult child|girl|boy|teenager|teen|lad|kid|individual',
      '[very] difficult young person|man|woman|lady',
      'difficult|impossible|hard to work|engage with',
      'difficult to manage|handle',
      'being difficult',
    ],
    ...ADULT_TROUBLE_LABEL,
    source: 'cara_prior_art', // adult-centred labels
    unlessNear: [
      'situation|conversation|decision|question|time|times|period|week|day|year|subject|topic|task|journey|birth',
      'laptop|computer|system|software|app|equipment|machine|device|tool|tools|form|forms',
      // The child's own difficulty ("she finds it hard to work with male staff since the assault"), or facts that are
      // hard to work with ("the information we have") (review 21).
      'find|finds|found|finding it',
      'information|data|evidence|timescale|timescales|material|records|paperwork',
    ],
    window: 2,
  },
  {
    id: 'difficult_label',
    patterns: ['difficult|challenging|troublesome|problematic|uncontrollable|unmanageable'],
    ...ADULT_TROUBLE_LABEL,
    source: 'cara_prior_art', // adult-centred labels, in the frame reviews quote ("described as difficult")
    requiresNear: LABEL_FRAME_CUES,
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'situation|situations|conversation|conversations|decision|decisions|question|questions|time|times|period|week|day|year|subject|topic|task|journey|birth|case|cases|meeting|work|area|context|circumstances|relationship|assessment|process|to',
      // Review 23A: a cause outside the child ("contact was described by the supervisor as challenging because of the
      // venue").
      'because|due of|to [the] roadworks|traffic|weather|delays|delay|parking|venue|road|roads|route|building',
    ],
    window: 5,
  },
  {
    id: 'sabotaging_placement',
    patterns: [
      `sabotaging|sabotages|sabotaged|sabotage [${PRONOUN_POSS}|the] placement|placements|support|plan|plans`,
      'placement wrecker|breaker',
      // Session 21: "self-sabotages every time she is found a good placement" (fresh33), "is sabotaging her own recovery"
      // (fresh30): the same blame with the child's own good as the object.
      'self-sabotages|self-sabotaging|self-sabotaged',
      `sabotaging|sabotages|sabotaged|sabotage ${PRONOUN_POSS} own`,
    ],
    category: 'blames_child',
    explanation: 'Blames the child for a placement ending. Exploiters often pull children away from placements on purpose.',
    alternatives: [
      'The placement has broken down: record what happened and whether others are drawing the child away',
      'The child needs a placement that can keep them safe from those exploiting them',
    ],
    source: 'cara_prior_art', // adult-centred labels
  },
  {
    id: 'kicking_off',
    patterns: ['kicking|kicked|kicks|kick off'],
    category: 'blames_child',
    explanation: 'Slang that reduces a child’s distress to bad behaviour.',
    alternatives: ['The child was very distressed: record what happened before and what they said', 'The child was angry and upset; explore what is behind it'],
    source: 'cara_prior_art', // adult-centred labels
    unlessNear: ['match|game|football|shoes|trainers|party|season|meeting', COPING_CUE],
  },
  {
    id: 'ran_off',
    patterns: [
      'ran|runs|run|running off',
      'took|takes|taking off',
      // Session 22: "did a runner" is left to missing_as_escape_round22 (criminalises_child), as the tuning sets mark it
      // like "absconded" and "went AWOL"; here it shadowed that entry with blame.
      'legged it',
      'a|serial|persistent|habitual runaway|runaways',
      // Round 25 (tuner and probe): the child named by age or youth as a runaway ("the 14-year-old runaway was found dealing").
      '10-year-old|11-year-old|12-year-old|13-year-old|14-year-old|15-year-old|16-year-old|17-year-old|teenage|teen|child|young|juvenile|chronic|repeat|frequent runaway|runaways',
    ],
    category: 'blames_child',
    explanation: 'Makes going missing sound like mischief. A child going missing may be under the control of others and is at risk of harm.',
    alternatives: ['The child went missing: record who they may be with and how they travelled', 'It is unclear why the child left; they may be under duress'],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
    unlessNear: [
      'dog|dogs|cat|clothes|jacket|coat|top|plane|flight|printer|list|batteries|battery|generator|ball|tap|water|car|lid',
      COPING_CUE,
      // Round 25: a story's runaway ("the film about a teenage runaway was shown in assembly").
      // Review 25B: the work about one, not "took off again after the story she told staff".
      'film|films|book|books|novel|story|stories|song|songs|play|musical|documentary|character about|called|titled|of',
      // Review 25A: a service for young runaways ("referred to the young runaways project", "the teen runaway hotline").
      'project|projects|service|services|helpline|hotline|charity|charities|scheme|refuge',
      // Probe 25: a customer leaving without paying ("the customer did a runner from the cafe without paying").
      'without paying',
      // Review 25B: not "bill" ("did a runner when the old bill turned up").
      'customer|customers|diner|diners|passenger|passengers did|ran|runs|run|took|takes|legged',
      'tab',
    ],
  },
  {
    id: 'keeps_going_missing',
    patterns: ['keeps|kept|keep going|running missing|off|away', 'keeps|kept|keep disappearing'],
    category: 'blames_child',
    explanation: 'Treats repeated missing episodes as a habit. A child who goes missing again and again may be being trafficked or controlled.',
    alternatives: [
      'The child has been missing [number] times since [date]: concern that they are being trafficked or controlled',
      'Repeated missing episodes: consider an NRM referral and a return home interview every time',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing" -> "they have been trafficked"
  },
  {
    id: 'serial_misper',
    patterns: [
      'serial|persistent|habitual|prolific|chronic|frequent|repeat misper|mispers|runaway',
      'frequent flyer|flier|flyers|fliers',
      'serial|persistent|habitual|prolific|chronic missing person|people|child',
    ],
    // blames_child since round 17: five tuning sets file "serial misper" and "habitual runaway" as blaming; the custody
    // word "absconder" stays criminalising (serial_absconder).
    category: 'blames_child',
    explanation: 'Turns a child who repeatedly goes missing into a category of nuisance. Each episode is a new risk of harm.',
    alternatives: [
      'The child has gone missing [number] times: concern that they are being exploited or trafficked',
      'Each missing episode is a risk of harm: record who the child was with and offer a return home interview',
    ],
    source: 'complex_safeguarding_wales', // [D] "Keep going missing"
  },
  {
    id: 'wasting_police_time',
    patterns: [
      "wasting|wasted|waste|wastes police|police’s|police's|officers|everyone’s|everyone's|our|professionals time|resources",
      'waste of police|officers|our time|resources',
      'waste|wastes|wasted|wasting [*] [*] [*] [*] police|officers time',
      'time-waster|time-wasters|timewaster|timewasters|time-wasting|timewasting',
      'time waster|wasters',
    ],
    category: 'blames_child',
    explanation: 'Blames the child for the work of keeping them safe. A child who goes missing is at risk, and searching for them is the job.',
    alternatives: [
      'The child has been missing [number] times: each episode is a risk of harm',
      'Concern that the child is being exploited while missing: record who they were with',
    ],
    source: 'hmicfrs_2023', // victim-blaming language in policing; named in issue 4
    // Probe 25: an adult the writer deals with ("the driver was wasting everyone's time arguing about the fare").
    unlessNear: [`${SERVICE_ADULTS}|man|mum|dad [was|is|were|are|kept|keeps] wasting|wasted|wastes`],
  },
  {
    id: 'addict_label',
    patterns: ['addict|addicts|junkie|junkies|druggie|druggies|druggy|smackhead|smackheads|crackhead|crackheads|alcoholic|alcoholics|alkie|alky|pisshead'],
    category: 'blames_child',
    explanation:
      'Labels the child by their substance use. Adults who exploit children often supply drugs and alcohol to groom and control them: describe the use and who supplies it.',
    alternatives: [
      'The child is using [substance] [how often]: record who supplies it',
      'Concern that the child is being given drugs or alcohol to groom or control them',
    ],
    source: 'childrens_society_2018', // the guide's principle: describe what is happening to the child, not a label
    unlessNear: [
      ...OTHER_PERSON_CUES,
      'anonymous|aa|na|recovery|service|services|team|worker|workers|clinic|gaming|game|games|sugar|chocolate|phone|tv|adult|adults|man|men|male|males|woman|women',
    ],
  },
  // ===== Online harm =====
  {
    id: 'sending_pictures',
    patterns: [
      'sending|sent|sends|send|sharing|shared|shares|share explicit|nude|naked|sexual|sexualised|indecent|intimate|sexy|topless|provocative|mucky|dirty|rude|naughty pictures|photos|photographs|images|pics|videos|selfies|content',
      'sending|sent|sends|send|sharing|shared|shares|share nudes|nude|naked|explicit|topless|pictures|photos|images|pics|videos',
      'sending|sent|sends|send|sharing|shared|shares|share a|an nude|naked|explicit|topless|sexual|intimate|indecent|sexy selfie|photo|picture|image|video|pic|photograph',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the actor when adults are obtaining sexual images of a child. Guidance asks us to describe what the adult is doing.',
    alternatives: [
      'Adults have been obtaining sexual images of the child',
      'The child is being groomed online: an adult is targeting the child and asking for images',
      'Adults are using online technology to access and abuse the child',
    ],
    source: 'language_matters', // [B] "Child has been sending explicit pictures to an adult"
    // Round 24: a person or account met online ("sent pictures to the person he met on the game").
    requiresNear: [
      ...ADULT_CUES,
      'stranger|strangers|unknown|online|someone|people|snapchat|instagram|whatsapp|telegram|discord',
      `of ${PRONOUN_SELF}`,
      'person|user|account|profile|gamer he|she|they met|knew',
      'met on|online',
    ],
    unlessNear: [
      // Round 19: tied to the recipient or the subject of the pictures, so that a record header ("School police
      // officer: Jess has been sending nudes to older lads") does not block the entry.
      'to|with [the|her|his|a] police|officers|officer|social|worker|school|teacher|teachers|family|mum|mother|dsl',
      'of [the|her|his|a] dog|cat|family|mum|mother',
      'dog|cat|holiday|holidays',
      // The child received the images: "she was sent pictures by an adult" is what the adult did.
      'was|were|been|being|get|gets|got|getting sent|shared',
      // Round 19: "has been pressured by older lads into sending images" is what the lads did.
      ...CHILD_CENTRED_CCE_CUES,
      // Round 20: "a man she met online persuaded her to send images" (the same reading: what the adult did).
      'persuaded|persuades|persuade|persuading|tricked|tricks|manipulated|manipulates|blackmailed|blackmails|convinced|convinces|talked|asked|asks|asking|told|tells|wanted|wants [her|him|them] to|into',
    ],
  },
  {
    id: 'contacting_adults',
    patterns: [
      // Not the noun "contact" ("she has no contact with the men", "no concerns about online contact with adults").
      'contacting|contacted|contacts|messaging|messaged|messages|texting|texted|chatting|chats|chatted|talking|talks|talked|speaking|befriending|befriended [to] [with] [*] [older] [adult] men|males|adults|man|women|females|strangers',
      'contacting|contacted|contacts|messaging|messaged|texting|texted|chatting|talking|speaking|befriending|befriended [with] [to] older|adult [*] men|males|adults|man|women|females|people|boys|lads|guys',
    ],
    category: 'blames_child',
    explanation: 'Reverses who is acting. Adults who contact children online are responsible for that contact.',
    alternatives: [
      'Adult males/females have been contacting the child',
      'The child may be being groomed: an adult is facilitating communication with a child',
      'Others may be using online technology to access or abuse the child',
    ],
    source: 'docsbay_alternatives', // [A] "Have been contacting adult males/females via phone or internet"; [C]
    unlessNear: [
      'police|officers|staff|worker|workers|social|teacher|teachers|nurse|doctor|professionals|helpline|childline',
      // Round 18: the means after a risk phrase ("leaves herself open to exploitation by chatting to strangers"): the
      // tuning sets annotate the risk phrase, not the means.
      'by contacting|messaging|texting|chatting|talking|speaking|befriending',
      // Round 23: messages the adults sent ("mum found messages from adults asking for pictures"): their act.
      // Review 23A: messages found, not "deletes the messages from them" or "replying to texts from strangers".
      'found|finds|saw|sees|discovered|discovers|read|reads [the] messages|message|texts|chats from',
      // Session 21: a professional's omission ("closed the case without speaking to the adult men").
      'without',
    ],
    window: 4,
  },
  {
    id: 'meeting_adults',
    patterns: [
      'meeting|meets|met|meet up [with] [*] [older] [adult] men|males|adults|man|strangers',
      'meeting|meets|met|meet [up] [with] older|adult [*] men|males|adults|man|people',
      'meeting|meets|met|meet [up] [with] men|males|strangers|man',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the one seeking out adults. Adults who arrange to meet a child they groomed online are responsible.',
    alternatives: ['Adults have been arranging to meet the child', 'The child is being groomed: adults are arranging to meet them (record who and where)'],
    source: 'docsbay_alternatives', // [A] same row as "contacting adult males"
    unlessNear: [
      'police|officers|staff|worker|workers|social|teacher|teachers|nurse|doctor|professionals|youth|mentor|coach',
      // Round 18: "putting herself at risk by meeting men she met online" (six tuning-set lines annotate the risk phrase).
      'by meeting|meets|met|meet',
    ],
    window: 4,
  },
  {
    id: 'posting_images',
    patterns: [
      // Not "provocative" pictures: that sexualises the child (sexualising_paraphrase), as annotators read it (round 21).
      'posting|posts|posted|post|uploading|uploads|uploaded|upload [*] sexual|sexualised|sexy|explicit|nude|naked|revealing|topless pictures|photos|images|videos|selfies|content',
      'selling|sells|sold|sell [*] nudes|pictures|photos|images|videos|content',
      'onlyfans',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for sexual images of themselves. Adults who ask for, pay for or view such images are abusing the child, and the images are child sexual abuse material.',
    alternatives: [
      'Adults are obtaining or paying for sexual images of the child: child sexual abuse material',
      'The child is being sexually exploited online (record the platform and the accounts involved)',
    ],
    source: 'language_matters', // [B] "sending explicit pictures" row, same reasoning
  },
  // ---- Consent, choice and agreement ----
  {
    id: 'not_a_victim',
    secondary: true, // round 32 (check.ts trailingAnd)
    // Round 16: filed under blaming, not consent. Every blind set that annotates it (fresh8, fresh10, fresh12, fresh13,
    // fresh15, tune6, tune9) reads a denial of victimhood as the child being made responsible (RESULTS.md round 16).
    patterns: [
      'not a|the [real|genuine|true] victim|victims',
      "i'm|im|i’m not a victim",
      "cannot|can’t|can't be seen|regarded|treated|considered as a victim",
      'no longer [just] a victim',
    ],
    category: 'blames_child',
    explanation:
      'Denies that the child is a victim. Inquiries found that exploited children were refused protection because professionals decided they were not victims.',
    alternatives: [
      'The child may not see themselves as a victim, which is common in grooming: record the concerns',
      'Concern that the child is being exploited although they do not recognise it',
    ],
    source: 'childrens_society_2018', // the guide's principle; Rotherham: "victims not seen as victims" (DOMAIN.md)
    unlessNear: ['crime|offence|burglary|theft|robbery|scam|fraud'],
  },
  // ---- Blame, disbelief and character labels ----
  {
    id: 'nuisance',
    patterns: [`nuisance of ${PRONOUN_SELF}|myself`, 'nuisance|nuisances'],
    category: 'blames_child',
    explanation: 'Treats a child at risk as a burden on services. The behaviour may be a sign of exploitation or a trauma response.',
    alternatives: [
      'The child is repeatedly found at [place] late at night: concern that they are being exploited there',
      'Record what the child was doing, where and with whom',
    ],
    source: 'hmicfrs_2023', // victim-blaming language in policing; named in the brief
    unlessNear: [
      'calls|call|caller|callers|dog|dogs|noise|parking|pigeons|vehicle|vehicles|neighbour|neighbours',
      // Probe 25: an adult a hotel, shop or taxi writer deals with ("a drunk guest was being a nuisance").
      // Review 25B: not "drunk" ("the girl, very drunk, was being a nuisance with the men").
      `${SERVICE_ADULTS}|man|men|drunks [was|were|is|are] [being] [a] [real|right] nuisance|nuisances`,
    ],
  },
  {
    id: 'gets_self_into',
    patterns: [
      // Round 29b: "got himself into a sextortion scam" (the scam is the adults' doing, as the debt is).
      `gets|getting|got|get ${PRONOUN_SELF} into [*] [*] trouble|situations|situation|danger|bother|mess|states|state|scam|scams`,
      // "got himself into debt with the dealers" (The Children's Society on drug debt: the debt is the exploiters' control)
      `gets|getting|got|get ${PRONOUN_SELF} into [*] [drug|drugs] debt|debts`,
      // "gets himself into fights", "got himself arrested again", "got herself hurt" (the same reading)
      `gets|getting|got|get ${PRONOUN_SELF} into [*] fights|fight|scrapes|bother`,
      // Not "got himself hurt on the trampoline" or "got himself excluded for vaping" (review 2026-11-30): harm done by
      // others only, and arrests.
      `gets|getting|got|get ${PRONOUN_SELF} arrested|nicked|stabbed|beaten|assaulted|raped|attacked`,
      'own worst enemy',
      'asking|asks|asked for trouble',
      `makes|making|made|make ${PRONOUN_SELF} vulnerable|available|easy`,
      `makes|making|made|make ${PRONOUN_SELF} a|an [easy] target`,
      `put|puts|putting|placed|places|placing|got|gets|getting ${PRONOUN_SELF} in|into [*] [*] situation|situations|position|positions|predicament|predicaments`,
    ],
    category: 'blames_child',
    explanation: 'Puts the cause of the harm in what the child does. Children do not put themselves in danger: adults target and exploit them.',
    alternatives: [
      'The child is at increased vulnerability to being exploited: record who is targeting them',
      'A perpetrator may be exploiting the child’s vulnerability',
    ],
    source: 'docsbay_alternatives', // [A] "Putting themselves at risk" alternatives
    // Probe 24: "the worker put herself in a risky situation by visiting alone". Session 22: available for an appointment
    // ("made herself available for the 3pm video interview").
    unlessNear: [
      STAFF_PUT_SELF_CUE,
      'available for the|an|a|her|his|their [*] [*] interview|interviews|appointment|appointments|meeting|meetings|session|sessions|visit|visits|assessment|exam|exams|call|calls',
    ],
  },
  {
    id: 'disbelief',
    secondary: true, // round 32 (check.ts trailingAnd)
    patterns: [
      'exaggerates|exaggerating|embellishes|embellishing|embellished|embroiders|embroidering',
      'prone|tends|tendency to exaggerat*|embellish|fabricate|lie|lying',
      `fabricates|fabricating|fabricated [the] [${PRONOUN_POSS}] allegation|allegations|story|stories|account|accounts|disclosure`,
      'made|makes|making up [the] stories|allegations|allegation|lies|story',
      'crying|cried|cries|cry wolf',
      'not telling the truth',
      'untruthful|dishonest|deceitful|devious|sneaky|untrustworthy|evasive',
      'unreliable historian|narrator|account',
      'false|malicious|fabricated allegation|allegations|accusation|accusations|claims',
      // Round 20: a changing account held against the child ("changed her story", "her story keeps changing", "lies
      // constantly", "a history of making allegations"; four tuning-set lines).
      'changed|changes|changing her|his|their story|stories|account|version',
      'her|his|their story|account|version keeps|kept changing',
      'lies|lied constantly|repeatedly',
      'a history of making allegations|accusations|claims',
    ],
    category: 'blames_child',
    explanation:
      'Disbelieves the child. Exploited children often give partial, changing or late accounts because of trauma and fear, and inquiries found that disbelief left them unprotected.',
    alternatives: [
      'The child’s account has changed, which is common after trauma: record each account and when it was given',
      'The child has not yet disclosed fully: record what they said in their own words',
    ],
    source: 'childrens_society_2018', // the guide's principle; DOMAIN.md trauma responses ("inconsistent accounts")
    unlessNear: [
      // Round 23: "there is nothing to suggest she is not telling the truth".
      'nothing to suggest|indicate|think|believe',
      // Review 23B: "no reason to believe that ...", not "no reason to believe her account".
      'no reason|evidence|indication to suggest|indicate|think|believe that|she|he|they|otherwise|anything',
      'no reason|evidence|indication to doubt',
      'nothing suggests|indicates',

      ...ADULT_OR_OTHER_CUES,
      'staff|lado|teacher|teachers|professional|professionals|employee|employees|against',
      // Not "changed her account settings to private".
      'settings|privacy|password|instagram|snapchat|bank|email|username',
    ],
    window: 5,
  },
  {
    id: 'wrong_crowd',
    patterns: [
      'wrong|bad crowd|company|sort|sorts',
      'bad influence|influences',
      'wrong people',
      'undesirables',
      'undesirable|unsavoury|unsavory|dodgy characters|people|peers|associates|company|crowd|types|individuals|elements',
    ],
    category: 'blames_child',
    explanation: 'Blames the child and their friends for falling in with trouble, which hides the adults who target and groom groups of young people.',
    alternatives: [
      'The child and their peers are being targeted by [who]: consider a peer group assessment',
      'Record who the child spends time with, their ages and where',
    ],
    source: 'durham_scp', // [F] "They make poor relationship choices": focus on who causes harm
    // Session 21: the adults or the older group named as the bad influence ("the older lads are a bad influence"), which
    // puts the harm on them, not the child.
    unlessNear: ['older|adult|adults|men|males|olders|elders|gang [*] [*] is|are|was|were [a] bad influence|influences'],
    window: 6,
  },
  {
    id: 'off_the_rails',
    patterns: ['off the rails', 'running|ran|runs wild|riot', 'wild child', `law unto ${PRONOUN_SELF}`],
    category: 'blames_child',
    explanation: 'Describes a change in the child’s behaviour as wildness. A sudden change can be a sign that the child is being groomed or exploited.',
    alternatives: [
      'The child’s behaviour has changed since [when]: consider whether they are being exploited',
      'Record what has changed, when, and who the child is with',
    ],
    source: 'childrens_society_2018', // the guide's principle
  },
  {
    id: 'encouraged_advances',
    patterns: ['encouraged|encourages|encouraging the|their attention|advances'],
    category: 'blames_child',
    explanation: 'Blames the child for the adult’s sexual interest. The adult is responsible for what they do, whatever the child did.',
    alternatives: ['Focus on what the adult did: record their actions and their age', 'The adult targeted the child: concern of grooming'],
    source: 'durham_scp', // [F] focus on what the person causing harm did
  },
  {
    id: 'absents_self',
    patterns: [`absents|absented|absenting ${PRONOUN_SELF}`],
    category: 'blames_child',
    explanation: 'Presents going missing as something the child does on purpose. Children may be under pressure or duress to go.',
    alternatives: [
      'The child was missing from [place] between [times]: record who they were with',
      'It is not clear whether the child is under duress to go missing',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress to go missing"
  },
  {
    id: 'not_engaging_more',
    patterns: [
      'not interested in engaging|support|help|services|working',
      'does|did|do not want to engage|engagement',
      "doesn't|didn't|don't|doesn’t|didn’t|don’t want to engage",
      'no engagement',
      'poor|minimal|limited|sporadic|little engagement',
      'avoids|avoiding|avoided professionals|workers|services|staff|contact|appointments',
      'declined|declines|declining|refused|refuses|refusing all support|help|services|offers|intervention',
      'will|would not accept help|support',
      "won't|wouldn't|won’t|wouldn’t accept help|support",
      'does|did|do|will|would not|never engage|engages',
      "doesn't|didn't|don't|doesn’t|didn’t|don’t|never engage|engages",
      'rejects|rejected|rejecting|reject support|help|services|offers|intervention|professionals',
      'pushes|pushed|pushing professionals|workers|staff|support|carers away',
      'refuses|refused|refusing|refuse to comply|cooperate|co-operate',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for the work of keeping them safe. Distrust of professionals is a sign of exploitation, and the task is to keep trying in ways the child can accept.',
    alternatives: [
      'Professionals have not yet found a way to build trust with the child: record what has been tried',
      'The child may be frightened or controlled by others: keep offering support in different ways',
    ],
    source: 'language_matters', // [B] "disengaged/hard to reach"
    // Engagement of professionals and agencies is recorded in the same words ("poor engagement from partner agencies").
    unlessNear: [...OTHER_PERSON_CUES, 'agency|agencies|partner|partners|practitioners', 'from|by professionals|services|police|health|school|staff'],
    window: 3,
  },
  // ---- Sexualising ----
  {
    id: 'sexual_conversations',
    patterns: ['engaging|engages|engaged|engage in sexual|sexualised|sexualized|explicit conversations|conversation|chats|chat|talk|messages|messaging'],
    category: 'blames_child',
    explanation: 'Makes the child the actor in sexual conversations with others. Where adults are involved, they are grooming the child.',
    alternatives: ['Adults have been sending sexual messages to the child', 'The child is being groomed online by [who]'],
    source: 'language_matters', // [B] "Child has been sending explicit pictures to an adult"
  },
  // ---- Blame ----
  {
    id: 'to_blame',
    patterns: [
      `${PRONOUN_SELF} [partly|partially|largely|mainly|entirely|solely] to blame`,
      `only has|have|had ${PRONOUN_SELF} to blame`,
      `${PRONOUN_POSS} [own] fault`,
      'partly|partially|largely|equally|jointly|somewhat to blame',
      // Session 23: "she was drunk and so partly responsible" (the slot above needs "to").
      'partly|partially|largely|equally|jointly|somewhat responsible',
      'is|was|are|were|be [partly|partially|largely|equally|also] to blame',
      'responsible|accountable for what happened',
    ],
    category: 'blames_child',
    explanation: 'Places the blame for abuse on the child. Responsibility lies wholly with the adults who abuse or exploit a child.',
    alternatives: [
      'The child is not responsible for the abuse: record what the person causing harm did',
      'Focus on the actions of the adults: who, what, where and when',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // "It was not her fault", "nobody is to blame but the men": the child-centred statement. Not "no" or "never" (round
    // 21: "she didn't say no so it was her fault", "she never listens and it's her own fault"; a denial right before the
    // wording is check.ts deniedLabel), but "nothing that happened at the party was her fault" (phrase, any distance in
    // the window).
    unlessNear: [
      // Round 23: "nothing they did made it their fault".
      // Review 23B: "none of what the men did to her makes it her fault" (seven words between).
      'nothing|none [*] [*] [*] [*] [*] [*] [*] made|makes|make it|this her|his|their [own] fault',
      // Round 24: the blame put on the child by others, reported as theirs ("the girls were repeatedly told they were to
      // blame", "she was made to feel she was to blame"), not the child telling it ("she told police she was to blame").
      'was|were|been|being [repeatedly|often|always] told|made [to] [feel|believe|think] [that] they|she|he',

      "not|isn't|wasn't|isn’t|wasn’t|nobody|nobody's|none|nothing|without",
      'nothing|none [*] [*] [*] [*] [*] [*] was|is|were|are her|his|their [own] fault',
      // Review 21b H5: reassurance ("it was in no way her fault", "at no point was it her fault").
      'in no way',
      'at no point',
      'no part',
      // Probe 23: the child's own feeling, recorded and answered ("She said she felt she was to blame, and I reassured her
      // that she was not").
      'she|he|they|i feel|feels|felt|feeling|believes|believed|thinks|thought [that] she|he|they|i|it',
      'reassured|reassure|reassures|reassuring|reassurance',
      'men|man|adult|adults|perpetrator|perpetrators|abuser|abusers|exploiter|exploiters|offender|offenders|groomer|groomers|suspect|suspects',
      'professionals|agencies|services|police|school|staff|workers|practitioners|parents|mum|dad|carer|carers|manager|council|authority',
      // Probe 25: a coach's or a teacher's sense ("only has himself to blame for being dropped after missing training").
      // Review 25B: "dropped" from a side, not "dropped off at the flat by the men".
      // Review 25B: training, a match or an exam missed, not "she skips training to go to the men's flat".
      'squad|selection|substitute|bench|detention',
      'blame for|after missing|skipping|failing|missed|skipped|failed [*] [*] training|match|fixture|fixtures|exam|exams|session|sessions',
      'dropped from|after|for',
    ],
    window: 4,
  },
  {
    id: 'should_not_have',
    patterns: [
      "she|he|they|i|you should|shouldn't|shouldn’t|should've|should’ve|ought [not] [to] [have] [not] gone|went|got|trusted|drunk|drank|met|sent|stayed|said|known|taken|accepted|agreed|dressed|worn",
      'should have|of said no',
      // "she shouldn't have been on that app" (UKCIS 2023 on online victim blaming)
      "she|he|they should|shouldn't|shouldn’t|ought [not] [to] [have] [not] been on|using|talking|chatting|messaging|drinking|out|there|with",
      "should've|should’ve said no",
      'should have|of known better',
    ],
    category: 'blames_child',
    explanation:
      'Holds the child responsible for preventing abuse that others chose to commit. Children are groomed, pressured and frightened into going along.',
    alternatives: [
      'Focus on what the person causing harm did: record who, what and where',
      'The child may have been groomed or frightened into this: record what the adults did',
    ],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    unlessNear: [
      'help|support|safe|safety|home|police|report|reported|referral|referred|seen|school|hospital|doctor|protected|safeguarded|informed|appointment|medication|medicine|tablets|worker|workers|staff|teacher|nurse',
      // Advice to tell someone ("she should have told someone"), not a child who was told off ("Told Maisie she
      // shouldn't have been on that app": UKCIS 2023 on online victim blaming).
      "should|shouldn't|could|must|would [have|of] told|tell",
      'been told|telling',
    ],
    window: 5,
  },
  {
    id: 'character_labels',
    patterns: [
      'a handful',
      'bad apple|egg',
      'trouble|difficult|problem child|teen|teenager|girl|boy|kid',
      'nothing but trouble',
      'pure trouble',
      'playing|plays|played|play the system|victim',
      'cries|crying|cried|cry rape',
    ],
    category: 'blames_child',
    explanation:
      'Labels the child by the trouble adults have with them. A child described this way may be frightened, controlled or harmed, and the label stops people asking why.',
    alternatives: [
      'Describe the behaviour and what may lie behind it: the child may be being harmed or exploited',
      'The child is showing distress through [behaviour]: record what happened before',
    ],
    source: 'cara_prior_art', // adult-centred labels; [F] "They're a troublemaker"
    // Round 27: a machine playing up ("the booking software is playing the system up again").
    // Session 22: a quantity ("a handful of crisps").
    unlessNear: ['toy|toys|film|game|dog|dogs|song|book|not|never', 'software|computer|computers|machine|printer|boiler|heating|up', 'handful of'],
    window: 2,
  },
  {
    id: 'making_choices_variants',
    // The poor-choices family written out: subject, tense, intensifier, adjective, noun.
    patterns: [
      'choosing|chooses|chose|choose to make|making [very|really|quite|extremely|increasingly|some|several|a|the] [series] [of] unsafe|dangerous|unwise|bad|poor|risky|wrong|reckless|questionable|harmful|negative choices|choice|decisions|decision',
      'unsafe|dangerous|harmful|negative|reckless|questionable lifestyle|life choices|choice|decisions|decision',
      'unsafe|dangerous|harmful|negative|questionable choices',
    ],
    category: 'blames_child',
    explanation: 'Puts the harm down to the child’s decisions instead of to the people grooming, coercing or exploiting them.',
    alternatives: ['The child is being groomed, coerced or manipulated by [who]', 'Focus on what the person causing harm has done: record their actions'],
    source: 'durham_scp', // [F] "They make poor relationship choices"
    unlessNear: [
      'practitioner|practitioners|professional|professionals|agency|agencies|staff|service|services|mum|mother|dad|father|parent|parents|manager|managers|police|officer|officers|panel|court|food|diet|eating|financial|money',
    ],
  },
  {
    id: 'takes_risks',
    patterns: ['take|takes|taking|took risks|chances', 'the|her|his risks she|he|they take|takes|took|is|are|was'],
    category: 'blames_child',
    explanation: 'Describes the harm adults do to the child as risks the child takes. The focus belongs on who is harming the child.',
    alternatives: ['The child is at increased risk of being abused or exploited by [who]', 'Adults are targeting the child: record who, where and when'],
    source: 'nspcc', // [E] "Risky behaviour" / "placing himself at risk"
    requiresNear: [...STRONG_RISK_CUES, ...AGAINST_ADVICE_CUES, 'weekend|weekends|night|nights|escalating|cars|car|strangers|online'],
    unlessNear: ['positive|managed|calculated|assessed|professional|professionals|we|our|team|planning'],
    window: 8,
  },
  {
    id: 'accept_responsibility',
    patterns: [
      'accept|accepts|accepted|take|takes|took|bear|bears|share|shares some|partial|part|a|her|his [share] [of] [the] responsibility|blame',
      'has|have|needs|need to accept|take some|partial|part|a responsibility|blame',
    ],
    category: 'blames_child',
    explanation: 'Places part of the responsibility for abuse on the child. Responsibility lies wholly with the adults who abuse or exploit a child.',
    alternatives: [
      'The child has been harmed by [who]; responsibility lies with the adults involved',
      'The child is being exploited: record what the adults did',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    unlessNear: [
      ...ADULT_OR_OTHER_CUES,
      'parental|carers|agency|agencies|council|services|staff|professionals|actions|offending|offence|offences|damage|restorative',
    ],
    window: 4,
  },
  {
    id: 'cry_for_help',
    patterns: ['a cry|cries for help'],
    // Round 19: "a cry for help rather than a genuine attempt" (two tuning-set lines annotate the "rather than" as the
    // minimising, not the cry for help).
    unlessNear: ['rather than'],
    category: 'blames_child',
    explanation: 'Treats self-harm or distress as a bid for attention. It is a sign of harm that needs a protective response.',
    alternatives: [
      'The child has self-harmed: record the injury, what they said and the support offered',
      'The child is showing serious distress through [behaviour]',
    ],
    source: 'cara_prior_art', // same family as "attention seeking"
  },
  {
    id: 'savvy_label',
    patterns: ['savvy|street-savvy|worldly|worldly-wise', 'street savvy'],
    category: 'blames_child',
    explanation: 'Describes the child as knowing and able to cope, which suggests they can protect themselves from adults who exploit them.',
    alternatives: [
      'The child has been exposed to [what]; that does not make them able to keep safe from exploitation',
      'The child may be being exploited: record who they are with and what is happening to them',
    ],
    source: 'childrens_society_2018', // the guide's principle; "streetwise" family
    unlessNear: ['tech|technology|computer|computers|digital|media|money|financially|business|it|phone|online|internet'],
    window: 2,
  },
  {
    id: 'plays_the_system',
    patterns: [
      'play|plays|playing|played the system',
      'playing|plays|played|play professionals|staff|agencies|workers|people|carers|us|adults off',
      'plays|playing|played|play them off',
    ],
    category: 'blames_child',
    explanation:
      'Reads a child’s behaviour with professionals as manipulation. Children who are exploited are often controlled, frightened or protecting their abusers.',
    alternatives: [
      'The child is giving different accounts to different people: this is common when a child is frightened or controlled',
      'Record what the child said to whom, and what may lie behind it',
    ],
    source: 'cara_prior_art', // CARA lists "manipulative"; [B] "groomed/exploited/coerced/manipulated/controlled"
    unlessNear: ['football|game|games|music|piano|guitar|sport|match|team', 'software|computer|computers|machine|printer|boiler|heating|up'],
    window: 3,
  },
  {
    id: 'should_have_realised',
    patterns: [
      'should|must have realised|realized|spotted|twigged',
      "should've|must've realised|realized|spotted|twigged",
      'ought to have realised|realized|spotted|twigged',
    ],
    category: 'blames_child',
    explanation: 'Says the child should have known or did know what would happen, which blames the child for harm that adults caused.',
    alternatives: ['The child was targeted by [who]', 'Concern that the child has been groomed: record what the adults did'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    unlessNear: ['staff|professionals|police|school|we|us|agencies|carers|i', ...OTHER_PERSON_CUES],
    window: 3,
  },
  {
    id: 'knew_full_well',
    patterns: [
      'she|he|they|yp|i knew|knows|know full|fully well',
      'she|he|they|yp knew|knows|know|understood|understands the risks|dangers|consequences',
      // Not "the boy understood the risks of carrying a knife after the workshop" (review 21).
      'girl|boy|child|juvenile knew|knows the risks|dangers|consequences',
      // Durham's "They must have known what would happen" (should_have_known) with the risks as its object. Not
      // "should have known": reviews say it of professionals ("her social worker should have known the risks").
      'must have known the risks|dangers|consequences',
    ],
    category: 'blames_child',
    explanation: 'Says the child knew what would happen, which blames the child for harm that adults caused.',
    alternatives: ['The child was targeted by [who]', 'Concern that the child has been groomed: record what the adults did'],
    source: 'durham_scp', // [F] "They must have known what would happen when they got into that car"
    // "He knew full well she was 14, the suspect admitted": the adult's knowledge, not a judgement on the child.
    unlessNear: [
      'staff|professionals|police|school|we|us|agencies|carers',
      'suspect|suspects|perpetrator|perpetrators|offender|offenders|defendant|man|men|adult|adults|abuser|abusers',
      // A professional or a parent who must have known (right before it only: "mum says she must have known the risks"
      // is said of the child), or risks taught to the child (review 21).
      'worker|workers|mum|dad|parent|parents|carer|manager|managers|teacher|teachers|officer|officers|practitioner|practitioners|nurse|gp|doctor|team|service|services must',
      'session|sessions|workshop|workshops|lesson|lessons|assembly|pshe|course',
      // Round 23: health risks of the child's own habits ("he knows the risks of vaping").
      // Review 23A: "the risks of" them, not "knew the risks but kept smoking cannabis with the olders".
      'risk|risks|danger|dangers of vaping|vape|vapes|smoking|cigarettes|sunbathing|climbing|diet',
    ],
    window: 7,
  },
  {
    id: 'exaggerated_account',
    patterns: [
      'what she|he|they report|reports|reported|says|said|tells|told [us|staff|me] is|was|are|were exaggerated|untrue|exaggerating|lies',
      'what she|he|they report|reports|reported|says|said|tells|told [us|staff|me] is|was|are|were made up',
      'deceitful|deceptive|dishonest|sneaky|devious',
      // "Staff think she is exaggerating what happened" (disbelief: Oxfordshire SCR 2015)
      'she|he|they is|was|are|were|has|have|had [been] exaggerating|exaggerates|exaggerated|embellishing|embellishes|embellished',
    ],
    ...UNTRUTHFUL,
    unlessNear: [...ADULT_OR_OTHER_CUES, 'driving|driver|driven|drove|speed|speeding|spending|money|vehicle|car'],
    window: 3,
  },
  {
    id: 'reckless_label',
    patterns: [
      'was|is|been|being [very|so|quite|incredibly|extremely] reckless|foolish|careless|irresponsible',
      // "naive to accept a friend request" (UKCIS 2023: blames the child for being groomed online)
      'was|is|been|being|were|are [very|so|quite|incredibly|extremely|too|really] naive|naïve|stupid|silly to|for',
    ],
    category: 'blames_child',
    explanation: 'Calls the child reckless for what happened, which makes the child responsible for harm that adults caused or could cause.',
    alternatives: [
      'The child was at risk of being harmed by [who] when [what happened]',
      'Concern that the child is being targeted: record who, where and when',
    ],
    source: 'nspcc', // [E] "Risky behaviour" / "placing himself at risk"
    unlessNear: [...ADULT_OR_OTHER_CUES, 'driving|driver|driven|drove|speed|speeding|spending|money|vehicle|bike|scooter|cycling|damage'],
    window: 3,
  },
  {
    id: 'naive_to_meet',
    // "naive to meet a man she had only talked to online": reckless_label stands down near the adult named after it, so
    // the blame for meeting or trusting an adult is its own entry (UKCIS 2023, as cited for reckless_label).
    patterns: ['naive|naïve to'],
    category: 'blames_child',
    explanation: 'Calls the child naive for trusting or meeting an adult, which puts the blame on the child instead of the adult who groomed them.',
    alternatives: [
      'The child was groomed by [who], who gained their trust by [how]',
      'An adult (record their age) contacted the child and arranged to meet them',
    ],
    source: 'nspcc', // [E] "Risky behaviour" / "placing himself at risk"
    // Two words, so that reckless_label ("was naive to") keeps the span wherever it holds.
    requiresNear: ['meet|trust|believe|accept|add|agree|go|get|send|talk|chat|reply|respond'],
    // Not a writer's "it would be naive to believe the risk has gone" (review text).
    unlessNear: [...OTHER_PERSON_CUES, 'would|it|we|us'],
    window: 3,
  },
  {
    id: 'self_generated',
    patterns: [
      'self-generated images|image|imagery|content|photos|pictures|videos|material|indecent|sexual',
      'self generated images|image|imagery|content|photos|pictures|videos|material|indecent|sexual',
      // "the images were self-generated", "the risks to the girl are largely self-generated": images or risks as the
      // subject, not "the referral was self-generated", "her income is self-generated" (review 21).
      'images|image|imagery|pictures|picture|photos|photo|photographs|videos|video|content|material|nudes|selfies|risks|risk [*] [*] [*] is|was|are|were [largely|mainly|mostly|all|entirely|partly] self-generated',
    ],
    category: 'blames_child',
    explanation: 'Makes the child the author of images (or of the risks to them) when an adult groomed, coerced or tricked them into it.',
    alternatives: ['Sexual images of the child that [who] groomed or coerced them into making', 'Images of the child obtained by [who]'],
    source: 'taskforce_2024', // the 2024 guide on online abuse: record who obtained or demanded the images
    // Generated by a system, not images: "self-generated by the school's own IT system".
    unlessNear: ['system|systems|software|automatically|automated|computer|computers'],
  },
  {
    id: 'does_what_she_wants',
    patterns: [
      'does|do|did whatever she|he|they wants|want|wanted|likes|like|liked|pleases|please',
      'does|do|did what she|he|they wants|want|likes|like|pleases',
      'making|makes|made|make it [very|really|extremely|so] difficult|hard|impossible for [the] [team|staff|carers|professionals|us|services|police] to keep her|him|them safe',
      'actively seeks|seeking|sought|seek [the|these|those|older] [men|males|adults|them|olders] out',
      'seeks|seeking|sought|seek the|these|those|older men|males|adults|olders out',
      'actively|often|regularly seeks|seeking|sought|seek out [the|these|those] [older] men|males|adults|olders',
      'rarely|seldom|barely|hardly engages|engaged|engage',
    ],
    category: 'blames_child',
    explanation:
      'Makes the child responsible for their own protection and for the harm, when adults are targeting them and professionals are responsible for keeping them safe.',
    alternatives: [
      'Adults are targeting the child; the plan to protect them is [plan]',
      'The child may be being groomed, coerced or controlled: record who is involved',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    unlessNear: ['dinner|tea|food|clothes|hair|homework|music|games|lunch|room|bedroom|holiday|weekend|sport'],
    window: 3,
  },
  // ---- Round 9: everyday paraphrases of the same ideas (families with hard negatives in variants.test.ts) ----
  {
    id: 'crying_wolf',
    patterns: ['crying|cried|cries|cry wolf', 'telling|tells|told|tell porkies|fibs|tales', 'little madam|minx'],
    category: 'blames_child',
    explanation: 'Calls the child a liar or a nuisance. Children who are being exploited often give partial or changing accounts out of fear or loyalty.',
    alternatives: [
      'The child’s account has changed: record what they said each time and what may stop them telling',
      'The child has made an allegation: record it and act on it',
    ],
    source: 'childrens_society_2018', // the guide's principle: a child's account is not a character flaw
  },
  {
    id: 'invited_trouble',
    patterns: [
      `brought|brings|bring|bringing it [all] on ${PRONOUN_SELF}`,
      'invited|invites|inviting|invite [the] attention|comment|comments|trouble',
      'without a thought|care for [the] worry|upset|distress|trouble',
      'should|ought|enough [to] know better',
      "won't|wont|wouldn't be told",
      'will|would not be told',
      "doesn't|didn't want to be helped",
      'does|did not want to be helped',
      'old head on young shoulders',
    ],
    category: 'blames_child',
    explanation: 'Makes the child responsible for the harm or for the worry it causes. The adults who exploit the child are responsible for it.',
    alternatives: [
      'Record what the adults did and what the child was exposed to',
      'The child is at risk of harm from [who]: record what keeps them going back',
    ],
    source: 'durham_scp', // [F] focus on what the person causing harm did
    // Probe 24: the child's own feeling, as brought_on_self.
    unlessNear: ['she|he|they felt|feels|feel|believes|believed|thinks|thought|worries|worried [that] she|he|they [had|has|have] brought|brings|bring'],
    window: 3,
  },
];
