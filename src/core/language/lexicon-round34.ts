import { ADULT_CUES, EVERYDAY_CHOICE_CUES, LABEL_FRAME_CUES, PRONOUN_POSS, SEXUAL_CUES, STRONG_RISK_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';
import { TRUANCY_WORDING } from './lexicon-wording.ts';

// Session 22 (fresh34 as a tuning set): wording families that fresh34 and earlier tuning sets, written by different
// authors, mark alike. Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

export const ROUND_34_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'self_inflicted_round34',
    // A child's intoxication or injuries recorded as her own doing: "intoxicated, self-inflicted, discharge when sober"
    // (fresh28), "self-inflicted intoxication" (fresh30), "recorded the burns ... as self-inflicted" (fresh29), "self
    // inflicted state" (fresh34). Not a clinician's word for self-harm ("a self-inflicted laceration").
    patterns: ['self-inflicted', 'self inflicted'],
    category: 'blames_child',
    explanation:
      'Records the child’s state or injuries as their own doing. A child who is drunk, drugged or hurt may have been given alcohol or drugs, or harmed, by adults who exploit them.',
    alternatives: [
      'The child was found [intoxicated / injured]: record who they were with, who supplied the alcohol or drugs, and the safeguarding response',
      'Concern that adults are giving the child alcohol or drugs: record it and refer',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not blame the child for the harm done to them
    unlessNear: ['laceration|lacerations|cut|cuts|wound|wounds|scratches|self-harm|selfharm|overdose|ligature'],
    window: 3,
  },
  {
    id: 'easily_led_round34',
    // "Connor is an easy target because he is easily led" (fresh34), a parent's "he's easily led" (fresh28, fresh29):
    // eleven lines in nine tuning sets mark it, none leaves it unmarked; blame_in_review_wording required a risk word
    // beside it.
    patterns: ['easily led'],
    category: 'blames_child',
    // Not a child led by friends or in play ("easily led by his friends", "easily led in games"), nor a pet.
    unlessNear: [
      'easily led by his|her|their friends|mates|peers|classmates|sister|brother|sisters|brothers',
      'easily led in games|class|lessons|play|pe|sport',
      'cat|dog|puppy|kitten|horse|pony',
    ],
    window: 12,
    explanation:
      'Locates the problem in the child’s character. Adults who exploit children target those they can control; the child is being groomed or coerced, not simply led.',
    alternatives: [
      'Adults or older young people are targeting and controlling the child: record who and how',
      'The child is vulnerable to exploitation because of [need]: record the plan to protect them',
    ],
    source: 'childrens_society_2018', // the guide's principle: responsibility lies with the adults
  },
  {
    id: 'typical_teenager_round34',
    // "Love bites on neck, typical teenager, no further questions asked" (fresh31), "came home stinking of booze again,
    // typical teenager" (fresh34): typical_teenager needs an article before it; shorthand drops it.
    patterns: ['typical teenager|teen'],
    category: 'minimises_harm',
    explanation: 'Explains away signs of exploitation as normal growing up. Changes in behaviour may be signs of abuse.',
    alternatives: ['The child’s behaviour has changed: record what and when, and consider whether they are being exploited'],
    source: 'childrens_society_2018', // the guide's principle; as typical_teenager
  },
  {
    id: 'risk_graded_with_reason_round34',
    // A risk grade given with a reason that does not lower it: "graded low risk as he returns home each night", "Risk
    // level medium as Ellie still attends school most days", "The risk is low because Sami is a boy" (fresh34), "rated
    // low because she always comes back" (fresh33). A bare grade is a screening term (lexicon.ts), left alone.
    patterns: [
      'graded|rated|assessed|scored|deemed|judged|considered|categorised|categorized [as] low|medium [risk] as|because|since',
      'risk [level] [is|was] [graded|rated|assessed|deemed] [as] low|medium as|because|since',
    ],
    category: 'minimises_harm',
    explanation:
      'Grades the risk to the child down on the strength of something that does not reduce it. Going home at night, attending school or being a boy does not protect a child from exploitation.',
    alternatives: [
      'Record what is known about the risk, what is not known, and what would show that it is reducing',
      'The child remains at risk of [harm] because [reason]: record the plan and who reviews it when',
    ],
    source: 'childrens_society_2018', // the guide's principle; [B] lists risk categories High/Medium/Low
    // A reason that is itself the minimising wording ("graded low risk because she does this all the time", "because she
    // always comes back"): annotators mark the reason, and the advice is given there.
    unlessNear: ['always|usually|normally|eventually comes|came|turns|turned back|home|up', 'all the time'],
    window: 10,
  },
  {
    id: 'sexualised_label_round34',
    // "Chantelle is sexualised and flirts with male staff" (fresh34), "Girl is sexualised and hangs around the boys'
    // toilets" (fresh26): the word hung on the child by a copula. "Sexualised behaviour" stays a recognised indicator
    // (lexicon.ts), and "sexualised images" a description of abuse material: only after "is", "was", "presents as".
    patterns: ['sexualised|sexualized'],
    category: 'sexualises',
    explanation: 'Describes the child as sexual. Sexualised behaviour in a child is a sign of abuse or exploitation by others, not a trait of the child.',
    alternatives: [
      'The child shows sexualised behaviour [describe it]: consider that she may have been sexually abused or exploited',
      'Record what was seen or said, and who the child has been with',
    ],
    source: 'childrens_society_2018', // [A] sexualised labels
    labelFrame: true,
    requiresNear: [...LABEL_FRAME_CUES],
    // Not what adults did ("is being sexualised by adults"), nor a thing ("the case is sexualised and complex").
    unlessNear: [
      'behaviour|behaviours|behavior|behaviors|images|image|content|material|photos|pictures|videos|messages|case|cases|matter|manner|language|conversation|conversations|chat|chats',
      'sexualised|sexualized by',
      'being sexualised|sexualized',
    ],
    window: 3,
  },
  {
    id: 'party_girl_round34',
    // "She's a party girl, comes in every weekend with the older crowd", Drivers call the girls the "party girls"
    // (fresh29), "presented drunk, party girl, discharged home" (fresh34).
    patterns: ['party girl|girls'],
    category: 'sexualises',
    explanation:
      'Labels the child by a sexualised image of nights out. A child who is often drunk at parties with older people may be being groomed or sexually exploited.',
    alternatives: [
      'The child is often at parties with [who, ages]: record who supplies alcohol and where she goes',
      'Concern that the child is being sexually exploited at parties',
    ],
    source: 'childrens_society_2018', // [A] sexualised labels
    // Not party bags, invitations or dresses (fresh36's hard negatives).
    unlessNear: ['birthday|bags|bag|invitations|invitation|dress|dresses|costume|decorations|hat|hats'],
    window: 3,
  },
  {
    id: 'forward_label_round34',
    // "Nikita has a lot of boyfriends and is very forward" (fresh34): sexualising_descriptions needs the men after it
    // ("very forward with men"); a copula before it hangs the label on the child. Not "looking forward", "put forward".
    patterns: ['very|overly|too|quite|sexually forward'],
    category: 'sexualises',
    explanation: 'Describes the child as sexually forward, which shifts responsibility onto the child for the adults’ conduct.',
    alternatives: [
      'Record what the adults said and did towards the child',
      'The child’s behaviour with adults may be a sign of grooming or abuse: record it and consider a referral',
    ],
    source: 'childrens_society_2018', // [A] sexualised labels
    labelFrame: true,
    requiresNear: [...ADULT_CUES, ...SEXUAL_CUES],
  },
  {
    id: 'made_her_choices_round34',
    // The child's choices stated as done, with no risk word beside them: "Amber 'made her own choices'" (fresh31), "the
    // 14-year-old was making her own choices and was out of control" (fresh18), "my daughter made her choices and has
    // to live with them" (fresh27), the girls had "made their choice" (fresh30), "Keira has made choices that put her in
    // contact with adults who harm her" (fresh34). her_choice needs a risk word or a label frame beside it. Poor or bad
    // choices are blames_child (poor_choices); school options and the like are everyday choices.
    patterns: [`made|making [${PRONOUN_POSS}] [own] choices`, `made ${PRONOUN_POSS} [own] choice`],
    quoted: 'sufficient', // the child's own words (types.ts)
    category: 'implies_consent',
    explanation:
      'Presents what is happening to the child as the child’s own choice, which ignores grooming, threats and control by the adults who exploit them.',
    alternatives: [
      'It is not clear whether the child is under duress: record who they were with and what was promised or threatened',
      'Adults are exploiting the child: record what they do to keep the child coming back',
    ],
    source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
    // Nor a writer correcting the wording ("we need to stop writing that she is making choices").
    unlessNear: [...EVERYDAY_CHOICE_CUES, 'own relationships|life|mistakes|career', 'stop|avoid|not writing|saying|recording|describing'],
  },
  {
    id: 'handbags_round34',
    // A fight called "handbags" with the words that make it a verdict: "The fight between the two lads was just handbags"
    // (fresh34), "Handbags between the lads outside the school" (fresh33), "describe the 15-year-old's injuries ... as
    // handbags between her and the man's sister" (tune11). violence_as_quarrel needs a word of exploitation or violence
    // nearby; the bags themselves ("stole handbags") are not this.
    patterns: ['just|only|merely handbags', 'bit of handbags', 'handbags between', 'was|were|as handbags'],
    category: 'minimises_harm',
    explanation: 'Recasts violence as a harmless squabble. It hides who was hurt, how badly, and whether the fight is part of exploitation or bullying.',
    alternatives: [
      'Record what was done to the child, by whom, and the injuries',
      'Consider whether the violence is linked to exploitation, a debt or a group: record the response',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
  },
  {
    id: 'cry_for_help_shorthand_round34',
    // An overdose or self-harm closed in triage shorthand as a "cry for help": "OD x 20 paracetamol, cry for help, psych
    // r/v am" (fresh28), "overdose of paracetamol, another cry for help, discharged with leaflets" (fresh34). Both sets
    // mark it as minimising the harm; cry_for_help (blames_child) needs "a" before it.
    patterns: ['cry|cries for help'],
    category: 'minimises_harm',
    explanation:
      'Treats an overdose or self-harm as a bid for attention rather than a sign of serious harm. It is a sign that the child needs a protective response.',
    alternatives: [
      'The child took an overdose of [what]: record what they said, the risk of further harm and the support offered',
      'Consider whether the child is being harmed or exploited: record the safeguarding response',
    ],
    source: 'cara_prior_art', // same family as "attention seeking"
    requiresNear: ['overdose|overdoses|od|paracetamol|tablets|pills|cuts|cutting|self-harm|selfharm|ligature'],
    // "A cry for help" is cry_for_help's; "rather than a genuine attempt" carries the minimising where it follows.
    unlessNear: ['a cry|cries for help', 'rather than'],
    window: 8,
  },
  {
    id: 'truant_label_round34',
    // Absence named as wilful truancy by a label: "Ricky is a persistent truant" (fresh34). truanting covers the verb.
    patterns: ['a|persistent|habitual|serial|chronic|regular truant'],
    ...TRUANCY_WORDING,
  },
  {
    id: 'truancy_slang_round34',
    // Absence as slang for wilful truancy beside a sign of who the child goes to: "Ellis wagged the afternoon to go to the
    // flats with the older lads" (fresh34), "Ollie bunked off again after getting a call" (fresh25). Alone ("She bunked
    // off school and went to town", review 22A) it is left; not "bunking the train" (fare evasion, probe 25) nor a dog.
    patterns: [
      'wagged|wagging school|lessons|college|the|it|off',
      'bunked|bunking|bunks|skived|skiving|skives off',
      'bunked|bunking|skived|skiving school|lessons|college',
    ],
    ...TRUANCY_WORDING,
    contextInSentence: true,
    requiresNear: [...STRONG_RISK_CUES, 'flat|flats|again|call|phoned|collected|picked'],
    unlessNear: ['tail|tails|dog|dogs|puppy|finger|fingers|train|trains|bus|buses|tram|fare|fares|bed|beds'],
    window: 8,
  },
];
