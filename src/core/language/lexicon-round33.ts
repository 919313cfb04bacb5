import { ADULT_CUES, FRIEND_CUES, LABEL_FRAME_CUES, OTHER_PERSON_CUES, PRONOUN_POSS } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Session 21 (fresh33 as a tuning set): wording families that several tuning sets written by different authors mark
// alike. Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// What exploiters give a child (bragging_gifts_round33).
const GIFT_WORDS = 'money|cash|trainers|nails|clothes|phone|phones|gifts|presents|jewellery|bag|bags|designer';

export const ROUND_33_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'infatuated_round33',
    // "She is besotted with him" (fresh33), "besotted with the man from the shop, who is 35" (fresh25), "infatuated with a
    // 24-year-old" (fresh18): the child's feelings offered as the reason she goes to the adult. Formerly in puppy_love
    // (minimises_harm); all three sets mark it as consent.
    patterns: ['infatuated|besotted|smitten with'],
    category: 'implies_consent',
    explanation:
      'Presents the child’s feelings for an adult as the reason for the contact, as if it were her wish. Adults who groom children create that attachment on purpose.',
    alternatives: [
      'An adult aged [age] has groomed the child into an attachment to him: record what he gives, says and asks',
      'The child is emotionally dependent on an adult who is exploiting her',
    ],
    source: 'language_matters', // [B] talk about contexts and abuse, not relationships
    requiresNear: [...LABEL_FRAME_CUES, ...ADULT_CUES, 'teacher|coach|staff|worker|tutor|instructor|leader'],
    unlessNear: [...OTHER_PERSON_CUES, ...FRIEND_CUES],
    window: 8,
  },
  {
    id: 'teenage_rebellion_round33',
    // "Her being out till 3am is teenage rebellion" (fresh33), "Officers in 2009 called it "teenage rebellion"" (fresh31),
    // "Teenage rebellion was recorded as the reason ..." (fresh13): harm_waved_away's "typical teenage rebellion" needs
    // the adjective; the phrase alone is the same dismissal.
    patterns: ['teenage|adolescent|teen rebellion'],
    category: 'minimises_harm',
    explanation:
      'Explains the child’s behaviour as ordinary teenage rebellion. Staying out, going missing and new older friends can be signs that the child is being groomed or exploited.',
    alternatives: [
      'The child’s behaviour has changed: record what, since when, and who they are with',
      'Consider whether the change is a sign that the child is being exploited',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
  },
  {
    id: 'harm_historic_moved_on_round33',
    // Abuse or an incident closed as past because the child "has moved on": "The abuse was historic and she has moved on
    // now" (fresh33), "The incident with the lodger was historic and Holly has moved on" (fresh29). concern_historic_round24
    // covers a concern named as exploitation; here the closing words carry it.
    patterns: ['abuse|incident|incidents|assault|assaults|offence|offences|concern|concerns|it|this|that is|was|are|were [now|all] historic|historical'],
    category: 'minimises_harm',
    explanation:
      'Closes abuse as past because the child seems to have moved on. Harm does not end when the abuse stops, and a child who seems fine may not be safe or may not have told.',
    alternatives: [
      'The abuse happened in [when]: record its effect on the child now and the support offered',
      'Record whether the person who harmed the child still has contact with them',
    ],
    source: 'childrens_society_2018', // the guide's principle: do not minimise
    requiresNear: ['moved|moving on', 'over it', 'fine|okay|ok now', 'put it behind'],
    window: 10,
  },
  {
    id: 'bragging_gifts_round33',
    // "She was bragging about the money and the nails" (fresh33), "Kyle brags about his money and new trainers" (fresh26):
    // the gifts and money an exploiter gives, recorded as the child showing off.
    patterns: [
      `brag|brags|bragging|bragged|boast|boasts|boasting|boasted about [the|${PRONOUN_POSS}|all] [new] ${GIFT_WORDS}`,
      `showing|shows|showed off [the|${PRONOUN_POSS}|all] [new] ${GIFT_WORDS}`,
    ],
    category: 'blames_child',
    explanation:
      'Treats new money or gifts as the child showing off. Unexplained money, clothes and phones are a recognised sign that adults are grooming or exploiting a child.',
    alternatives: [
      'The child has new [items] and money that are not explained: record where they came from',
      'Unexplained gifts and money: consider whether adults are grooming or exploiting the child',
    ],
    source: 'childrens_society_2018', // gifts and money as warning signs; the guide's principle
  },
];
