import { LANGUAGE_SOURCES } from './sources.ts';
import { isPossibleRef, type LanguageCategory, POSSIBLE_REF_PREFIX } from './types.ts';

// The words shown with the sentence classifier's possible findings (classifier.ts), apart from the classifier so that
// a page or a service can show a stored finding without loading the checks.

// Our own words, child-centred (issue 4): why the wording may harm, and that the lexicon did not list it.
export const POSSIBLE_TEXT: Record<LanguageCategory, { explanation: string; alternatives: string[] }> = {
  blames_child: {
    explanation:
      'Possible: this sentence reads as if the child were responsible for harm done to them. Lantern’s phrase list does not hold this wording, so read the sentence again: describe what was done to the child, and by whom.',
    alternatives: [
      'Describe what the adults did to the child and the risk this created (for example "adults exploited her and placed her at risk of serious harm")',
      'Record the child’s behaviour as a possible sign of exploitation, and what it may tell us about their safety',
    ],
  },
  implies_consent: {
    explanation:
      'Possible: this sentence may suggest the child agreed to or chose what happened. A child cannot consent to their own exploitation. Lantern’s phrase list does not hold this wording, so read the sentence again.',
    alternatives: [
      'Describe the control, grooming or pressure the child was under (for example "the adults groomed and controlled him")',
      'Record what happened to the child as abuse or exploitation, with who was involved',
    ],
  },
  adult_centred_label: {
    explanation:
      'Possible: this sentence may name an adult who harms the child in the terms that adult would choose (a partner, a friend, an employer). Lantern’s phrase list does not hold this wording, so read the sentence again.',
    alternatives: [
      'An adult (record their age) who is exploiting or abusing the child: note the age gap and the power imbalance',
      'Name the adult’s role in the harm (for example "the adult suspected of exploiting her")',
    ],
  },
  criminalises_child: {
    explanation:
      'Possible: this sentence may present the child as an offender rather than as a child being criminally exploited. Lantern’s phrase list does not hold this wording, so read the sentence again.',
    alternatives: [
      'Describe the child as criminally exploited (for example "adults are exploiting him to carry and sell drugs")',
      'Record who is directing the child and the risk of harm to them',
    ],
  },
  minimises_harm: {
    explanation:
      'Possible: this sentence may make the harm to the child sound smaller or more ordinary than it is. Lantern’s phrase list does not hold this wording, so read the sentence again.',
    alternatives: [
      'Describe the harm as it happened and its likely impact on the child, without softening it',
      'Record the incident as a safeguarding concern and the risk it shows',
    ],
  },
  sexualises: {
    explanation:
      'Possible: this sentence may describe the child in sexual or adult terms. Lantern’s phrase list does not hold this wording, so read the sentence again: describe what adults did to the child.',
    alternatives: [
      'Describe the sexual exploitation or abuse the child experienced and who was responsible',
      'Record the child’s age and vulnerability, and what adults did or asked of them',
    ],
  },
};

export const POSSIBLE_SOURCE_TITLE = LANGUAGE_SOURCES.childrens_society_2018.title;

/** The explanation, guidance and source of a possible finding, by its entryId (`classifier:<category>`). */
export function possibleEntry(ref: string): { explanation: string; alternatives: readonly string[]; sourceTitle: string } | undefined {
  const category = isPossibleRef(ref) ? ref.slice(POSSIBLE_REF_PREFIX.length) : '';
  if (!Object.hasOwn(POSSIBLE_TEXT, category)) return undefined;
  const t = POSSIBLE_TEXT[category as LanguageCategory];
  return { explanation: t.explanation, alternatives: t.alternatives, sourceTitle: POSSIBLE_SOURCE_TITLE };
}
