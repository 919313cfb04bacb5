import type { LexiconEntry } from './types.ts';

// What several lexicon entries say alike: one label found by different patterns (an older entry and a later round's),
// so that its explanation, alternatives and source are written once.

type Wording = Pick<LexiconEntry, 'category' | 'explanation' | 'alternatives' | 'source'>;

/** What offender_label (lexicon.ts) and offender_copula_round24 (lexicon-round24.ts) say. */
export const OFFENDER_WORDING = {
  category: 'criminalises_child',
  explanation: 'Treats a child who is being exploited as an offender. The child may have a defence as a trafficking victim and needs protection.',
  alternatives: [
    'The child is a victim of criminal exploitation by [who]',
    'The child has been made to commit offences by adults who exploit them: consider an NRM referral',
  ],
  source: 'yjlc', // [C] CCE: victim not offender
} as const satisfies Wording;

/** What drug_dealer (lexicon.ts) and dealing_for_adults_probe24 say. */
export const DEALER_WORDING = {
  category: 'criminalises_child',
  explanation: 'Names the child as a dealer when adults are exploiting them to sell drugs. Children in drug supply are victims of criminal exploitation.',
  alternatives: [
    'The child is being criminally exploited to sell drugs by [who]',
    'Adults are forcing or coercing the child to sell drugs: consider an NRM referral',
  ],
  source: 'yjlc', // [C] CCE: child is a victim
} as const satisfies Wording;

/** What the mentor entries of lexicon.ts and lexicon-round24.ts say (the adult named by the caring role he claims). */
export const MENTOR_WORDING = {
  category: 'adult_centred_label',
  explanation:
    'Names an adult who controls or exploits the child by the caring role he claims, such as mentor or sponsor. That hides what he is doing to the child.',
  alternatives: ['The adult who is exploiting the child (record their name, age and what they provide or demand)'],
  source: 'childrens_society_2018', // the guide's principle: name the adult, not the abuser's framing
} as const satisfies Wording;

/** What self_protection_blamed_round16 (lexicon-review.ts) and will_not_help_self_round25 say (the child made responsible
 * for their own protection). */
export const SELF_PROTECTION_WORDING = {
  category: 'blames_child',
  explanation:
    'Makes the child responsible for keeping themselves safe from adults who are harming them. The adults are responsible, and agencies for protecting the child.',
  alternatives: [
    'The child is being exploited: record who is harming them and what keeps them going back',
    'Record what support was offered, how, and what got in the way of the child taking it up',
  ],
  source: 'childrens_society_2018',
} as const satisfies Wording;

/** What truanting (lexicon-rounds17-21.ts), truant_label_round34 and truancy_slang_round34 say. */
export const TRUANCY_WORDING = {
  category: 'blames_child',
  explanation:
    'Records a child’s absence from school as wilful truancy. Missing education is a recognised sign of exploitation: children may be kept away, collected or sent elsewhere by others.',
  alternatives: [
    'The child was absent from school on [dates]: record where they were and who with',
    'Absence from school may be linked to exploitation: consider who benefits from the child not being there',
  ],
  source: 'childrens_society_2018', // the guide's principle: describe what is happening to the child
} as const satisfies Wording;
