// Case-note wording for the SAFEGUARD indicators of framework 2026.1 (src/core/indicators/v2026-1.ts), in the phrase
// grammar of matcher.ts. Wording follows how practitioners write (DOMAIN.md; the language guides in shared/SOURCES.md 3
// list the adult-centred forms such as "older boyfriend" and "absconded", which are exactly what notes say).
// `otherCode` is used instead of `code` when ConText finds that a family member or carer is the subject
// ("mum drinks heavily" is fa_parental_substance_misuse, not the child's ad_alcohol).

import { SEXUAL_HEALTH_PHRASES } from './phrases/sexual-health.ts';
import { ABSENT_MISSING_PHRASES } from './phrases/absent-missing.ts';
import { FAMILIAL_PHRASES } from './phrases/familial.ts';
import { EMOTIONAL_PHYSICAL_PHRASES } from './phrases/emotional-physical.ts';
import { GANGS_OLDER_CRIME_PHRASES } from './phrases/gangs-older-crime.ts';
import { TECHNOLOGY_PHRASES } from './phrases/technology.ts';
import { ALCOHOL_DRUGS_PHRASES } from './phrases/alcohol-drugs.ts';
import { RECEIPT_GIFTS_MONEY_PHRASES } from './phrases/receipt-gifts-money.ts';
import { DISTRUST_AUTHORITY_PHRASES } from './phrases/distrust-authority.ts';
import { ROUND_36_PHRASES } from './phrases/round36.ts';
import { ROUND_37_PHRASES } from './phrases/round37.ts';
import { ROUND_39_PHRASES } from './phrases/round39.ts';

// `requiresNear` / `unlessNear` (cues.ts, the same mechanism as the language lexicon's): the entry's matches count only
// when one of the `requiresNear` cues is within `window` tokens (default 6) in the same sentence, and none of the
// `unlessNear` cues is. Several entries may share a code, so that cues apply to some of a code's wording only.
export type IndicatorPhraseEntry = {
  code: string;
  otherCode?: string;
  // Session 23: a domestic abuse entry whose words end with the child as the object ("Mum admitted she hits her"): like
  // the entries for what adults do to a child (indicators.ts actedOnChild), the relative who does it does not make it
  // about another person.
  childObject?: boolean;
  patterns: readonly string[];
  requiresNear?: readonly string[];
  unlessNear?: readonly string[];
  // Rev-ind-3: vetoes that count across a ; too (CueSpec.unlessNearAcross): the circumstances told in the next clause
  // ("not in his bed at the night check; he was found asleep on the sofa").
  unlessNearAcross?: readonly string[];
  // Round 32: their own window when it differs from `window` (CueSpec.unlessNearAcrossWindow).
  unlessNearAcrossWindow?: number;
  window?: number;
};

// One file per SAFEGUARD category, in the framework's order. The order decides only between two entries of different
// codes that match exactly the same words, where the earlier entry's code is kept: measured over 26,187 notes (the
// tuning sets and 3 MB of the benchmark's corpus), grouping by category changed one finding.
export const INDICATOR_PHRASES: readonly IndicatorPhraseEntry[] = [
  ...SEXUAL_HEALTH_PHRASES,
  ...ABSENT_MISSING_PHRASES,
  ...FAMILIAL_PHRASES,
  ...EMOTIONAL_PHYSICAL_PHRASES,
  ...GANGS_OLDER_CRIME_PHRASES,
  ...TECHNOLOGY_PHRASES,
  ...ALCOHOL_DRUGS_PHRASES,
  ...RECEIPT_GIFTS_MONEY_PHRASES,
  ...DISTRUST_AUTHORITY_PHRASES,
  // Session 22: idioms and euphemisms from a paraphrase-heavy tuning set (fresh36), last so that they never change
  // which code an older entry keeps for the same words.
  ...ROUND_36_PHRASES,
  // Session 22: signs described indirectly, from an indicator-heavy tuning set (fresh37), last for the same reason.
  ...ROUND_37_PHRASES,
  // Session 23: wordings from the pooled errors of the main dev split and the tuning sets, last for the same reason.
  ...ROUND_39_PHRASES,
];
