import type { LexiconEntry } from './types.ts';

// Round 32 (pass across sets): wording that recurs in many tuning sets written by different authors, found by pooling
// every miss of the dev split and the tuning sets and grouping them by shared words (RESULTS.md round 32, "Language pass
// across sets"). Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

// Someone else's choice about a meeting or an event, or an adult as the subject ("Mum chose not to attend the review",
// "the social worker chose not to attend the strategy meeting").
const NOT_THE_CHILDS_ATTENDANCE = [
  'meeting|meetings|conference|review|reviews|hearing|court|panel|evening|funeral|wedding|party|parties|appointment|appointments|interview|assembly|trip|prom|ceremony|match|training|rehearsal|concert|event|church|mosque',
  // Review 32: a session, a service or a club the child chose not to attend, not school ("chose not to attend the
  // counselling session", "chose not to attend contact with Dad").
  'session|sessions|counselling|therapy|camhs|clinic|club|clubs|group|groups|contact|visit|visits|activity|activities|residential|camp|scouts|cadets|gym|dentist|hospital',
  'carer|carers|worker|workers|staff|officer|officers|teacher|teachers|manager|managers|nurse|nurses|doctor|gp|dsl|police|school|council|team|parent|parents|mum|mam|dad|family|father|mother|brother|sister|uncle|aunt|auntie|nan|grandad|grandma|grandmother|grandfather|cousin|stepdad|stepmum|partner|he|she [has|have|had|then|also|initially] choose|chooses|chose|chosen|choosing not',
  // Review 32: going into a place or a subject other than school ("chose not to go into the car when the man offered a
  // lift", "chose not to go into detail").
  'not to go|come in|into|to the|a|an|his|her|their|that|this|those|these|any|detail|details|further|more',
  'not to go|come in to the|a|an|his|her|their|that|this|those|these|any',
];

// What both school-absence entries say about the wording, and their source.
const SCHOOL_ABSENCE_WORDING = {
  category: 'implies_consent',
  explanation:
    'Presents a child’s absence from school as their free choice. Children who are being exploited are often kept from school by the adults who control them, or are too frightened or exhausted to attend.',
  alternatives: [
    'The child has not been attending school: record where they are instead and who they are with',
    'Absence may be a sign that the child is being exploited: consider who benefits from the child being out of school',
  ],
  source: 'docsbay_alternatives', // [A] "Not clear if the child is under duress"
} as const satisfies Pick<LexiconEntry, 'category' | 'explanation' | 'alternatives' | 'source'>;

export const ROUND_32_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'choice_not_to_attend_round32',
    // Missing school recorded as the child's choice: "Mohammed chooses not to attend and spends his days with older lads"
    // (fresh19), "he is choosing not to come in; older lads wait for him at the school gates" (fresh25). Absence is a
    // common early sign of exploitation, not a free choice.
    patterns: ['choose|chooses|chose|chosen|choosing not to attend', 'choose|chooses|chose|chosen|choosing not to come|go in|into'],
    ...SCHOOL_ABSENCE_WORDING,
    unlessNear: NOT_THE_CHILDS_ATTENDANCE,
    window: 5,
  },
  {
    id: 'choice_over_school_round32',
    // Missing school for somewhere else, recorded as the child's choice: "Tyler has chosen to miss school on Mondays"
    // (fresh27), "Liam chooses to go to the snooker hall instead of college" (fresh27), "the lads are choosing to sell in
    // Lowestoft rather than go to school" (fresh29). chose_to gives way to the school words (EVERYDAY_CHOICE_CUES: "chose
    // to go to college"); here the school is what is missed.
    patterns: [
      'choose|chooses|chose|chosen|choosing to miss|skip|bunk|truant|dodge',
      'choose|chooses|chose|chosen|choosing to * [*] [*] [*] [*] instead|rather',
    ],
    ...SCHOOL_ABSENCE_WORDING,
    requiresNear: [
      'miss|missing|skip|skipping|bunk|bunking|truant|dodge [off] school|college|lessons|lesson|classes|class|education|registration',
      // (The pattern ends at "instead" or "rather": what follows is what the child misses.)
      'of|than [going|go|attending|attend|being] [to|at|in] school|college|lessons|classes|class|education',
    ],
    unlessNear: NOT_THE_CHILDS_ATTENDANCE,
    window: 8,
  },
];
