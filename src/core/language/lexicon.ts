import { REVIEW_WORDING_ENTRIES } from './lexicon-review.ts';
import { ROUND_22_ENTRIES, ROUND_22_HARM_ENTRIES, ROUND_22_MORE_ENTRIES } from './lexicon-round22.ts';
import { ROUND_23_ENTRIES } from './lexicon-round23.ts';
import { ROUND_24_ENTRIES } from './lexicon-round24.ts';
import { ROUND_27_ENTRIES } from './lexicon-round27.ts';
import { ROUND_28_ENTRIES } from './lexicon-round28.ts';
import { ROUND_29_ENTRIES } from './lexicon-round29.ts';
import { ROUND_32_ENTRIES } from './lexicon-round32.ts';
import { ROUND_33_ENTRIES } from './lexicon-round33.ts';
import { ROUND_34_ENTRIES } from './lexicon-round34.ts';
import { ROUND_36_ENTRIES } from './lexicon-round36.ts';
import { OTHER_OFFENDER_CUES, ROUND_37_ENTRIES } from './lexicon-round37.ts';
import { ROUND_38_ENTRIES } from './lexicon-round38.ts';
import { ROUND_39_ENTRIES } from './lexicon-round39.ts';
import { ROUND_25_ENTRIES } from './lexicon-round25.ts';
import { PROBE_23_ENTRIES } from './lexicon-probe23.ts';
import { PROBE_24_ENTRIES } from './lexicon-probe24.ts';
import { PROBE_25_ENTRIES } from './lexicon-probe25.ts';
import type { LexiconEntry } from './types.ts';
import { ADULT_OWN_PAST_CUES } from './lexicon-cues.ts';
import { CRIMINALISES_CHILD_ENTRIES } from './lexicon-criminalises-child.ts';
import { SEXUALISES_ENTRIES } from './lexicon-sexualises.ts';
import { IMPLIES_CONSENT_ENTRIES } from './lexicon-implies-consent.ts';
import { ADULT_CENTRED_LABEL_ENTRIES } from './lexicon-adult-centred-label.ts';
import { MINIMISES_HARM_ENTRIES } from './lexicon-minimises-harm.ts';
import { BLAMES_CHILD_ENTRIES } from './lexicon-blames-child.ts';
import { GAPS_ENTRIES, ROUND_17_ENTRIES, ROUND_18_ENTRIES, ROUND_19_ENTRIES, ROUND_21_ENTRIES } from './lexicon-rounds17-21.ts';

export { ADULT_CUES, CCE_CUES, CRITICISM_CUES, EXPLOITATION_CONTEXT_CUES, OTHER_PERSON_CUES, SEXUAL_CUES } from './lexicon-cues.ts';

// The victim-blaming lexicon (issue 4, part 1). Wording, explanations and alternatives are Lantern's own; each entry
// cites the guide it follows (sources.ts, all from shared/SOURCES.md section 3).
// Design rules:
// - Alternatives keep the risk explicit. They never soften a concern away (CARA prior art, `preserveRisk`): an "older
//   boyfriend" becomes an adult whose age and power over the child are recorded, never a "friend".
// - Precision first. Words that are harmless in most notes ("working", "chose to", "boyfriend", "consent") only count
//   near a cue that shows the exploitation context (`requiresNear`), and not near wording that shows another
//   meaning (`unlessNear`). Cue patterns use the same grammar as the entry patterns (core/text/matcher.ts).
// - Patterns cover the tokenizer's view of words: hyphenated words are one token ("attention-seeking"), so both the
//   spaced and the hyphenated spelling are listed.
// - Deliberately NOT entries: "cuckooed"/"cuckooing" (it names what adults do to a home and its occupant, and does not
//   blame the child); "did not attend" and "low risk" (standard clinical and screening terms that the product itself
//   uses); "sexualised behaviour" (a recognised indicator, not a label).

// The founding entries are in one file per category (lexicon-<category>.ts), assembled here with the specific categories
// first and blame last: the order decides only between two entries matching exactly the same words, where the earlier
// is kept (grouping them so changed no finding in 26,187 notes: the tuning sets and 3 MB of the benchmark's corpus).

// Round 24: the labels, choices and offences that blame, sexualise or criminalise a child are not said of a child when
// the person describes their own youth ("Dad says he was out of control as a teenager", "Mum was promiscuous in her
// teens"): a parent's or an adult's own history (ADULT_OWN_PAST_CUES), added to those entries' vetoes.
const OWN_PAST_CATEGORIES: ReadonlySet<string> = new Set(['blames_child', 'implies_consent', 'criminalises_child', 'sexualises']);
const withOwnPast = (e: LexiconEntry): LexiconEntry =>
  OWN_PAST_CATEGORIES.has(e.category) ? { ...e, unlessNear: [...(e.unlessNear ?? []), ...ADULT_OWN_PAST_CUES] } : e;

// Session 22b: an offence is not the child's when a relative or a friend is its subject (OTHER_OFFENDER_CUES).
const withOtherOffender = (e: LexiconEntry): LexiconEntry =>
  e.category === 'criminalises_child' ? { ...e, unlessNear: [...(e.unlessNear ?? []), ...OTHER_OFFENDER_CUES] } : e;

export const LEXICON: readonly LexiconEntry[] = [
  ...CRIMINALISES_CHILD_ENTRIES,
  ...SEXUALISES_ENTRIES,
  ...IMPLIES_CONSENT_ENTRIES,
  ...ADULT_CENTRED_LABEL_ENTRIES,
  ...MINIMISES_HARM_ENTRIES,
  ...BLAMES_CHILD_ENTRIES,
  ...REVIEW_WORDING_ENTRIES,
  ...ROUND_17_ENTRIES,
  ...ROUND_18_ENTRIES,
  ...ROUND_19_ENTRIES,
  ...GAPS_ENTRIES,
  ...ROUND_21_ENTRIES,
  ...ROUND_22_ENTRIES,
  ...ROUND_22_HARM_ENTRIES,
  ...ROUND_22_MORE_ENTRIES,
  ...ROUND_23_ENTRIES,
  ...ROUND_24_ENTRIES,
  ...ROUND_25_ENTRIES,
  ...ROUND_27_ENTRIES,
  ...ROUND_28_ENTRIES,
  ...ROUND_29_ENTRIES,
  ...ROUND_32_ENTRIES,
  ...ROUND_33_ENTRIES,
  ...ROUND_34_ENTRIES,
  ...ROUND_36_ENTRIES,
  ...ROUND_37_ENTRIES,
  ...ROUND_38_ENTRIES,
  ...ROUND_39_ENTRIES,
  ...PROBE_23_ENTRIES,
  ...PROBE_24_ENTRIES,
  ...PROBE_25_ENTRIES,
].map((e) => withOtherOffender(withOwnPast(e)));
