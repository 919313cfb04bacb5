import { ADULT_CUES, FRIEND_CUES, LABEL_FRAME_CUES, OTHER_PERSON_CUES } from './lexicon-cues.ts';
import type { LexiconEntry } from './types.ts';

// Session 21 (fresh33 as a tuning set): wording families that several tuning sets written by different authors mark
// alike. Sources as in lexicon.ts (sources.ts, shared/SOURCES.md section 3).

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
];
