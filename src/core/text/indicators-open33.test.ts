// Session 19: two items review 32 left open. A heading's own finding no longer merges with the same code in the body
// after its colon, so the heading rule drops only the heading's ("MARAC: Mum's partner hit her" keeps mum's), and mum
// telling that her partner hurt her is domestic abuse in the household; an object pronoun that refers back to the
// relative or carer reporting it is that adult ("Mum says the men keep ringing her"). Every sentence also runs through
// the reference implementation (text-checks.ts). want: y the child's sign (not negated, hypothetical or historical);
// h the child's, hypothetical; o at least one finding of the code, all about another person; n no finding of the code.
import { describe } from 'vitest';
import { type SignWant, signTable } from '../../../test/fixtures/text-checks.ts';

const CASES: readonly [string, string, SignWant][] = [
  // 1. a heading drops only its own words' finding; the body keeps its sign
  ['MARAC: Mum disclosed that her partner strangled her.', 'fa_domestic_abuse', 'o'],
  ['Mum disclosed that her partner strangled her.', 'fa_domestic_abuse', 'o'],
  ['Mum told police that her ex-partner had choked her.', 'fa_domestic_abuse', 'o'],
  ["MARAC: Mum's partner hit her.", 'fa_domestic_abuse', 'o'],
  ["MARAC minutes: Mum's ex-partner broke her jaw.", 'fa_domestic_abuse', 'o'],
  ['MAPPA: Mum says her boyfriend has been hitting her.', 'fa_domestic_abuse', 'o'],
  ['Nail bar: Mum disclosed her ex-partner punched her.', 'fa_domestic_abuse', 'o'],
  ['County lines debrief: he was stopped carrying drugs for the olders.', 'go_carrying_drugs', 'y'],
  ['MARAC: Mum attended with her support worker.', 'fa_domestic_abuse', 'n'],
  ['MARAC minutes: no new concerns this month.', 'fa_domestic_abuse', 'n'],
  ['County lines debrief: Jay attended with his dad.', 'go_carrying_drugs', 'n'],
  ['Car wash: The boy was polite and left at 5pm.', 'rg_unpaid_work', 'n'],
  ['Mum says her boyfriend beat her at chess.', 'fa_domestic_abuse', 'n'],
  ['Kayla said her boyfriend hit her.', 'fa_domestic_abuse', 'n'],
  // 2. the object pronoun is the reporting adult when the gender agrees; the child stays when named or the other gender
  ['Mum says the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['Her nan said the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['Dad says the men keep ringing him.', 'te_worrying_calls', 'o'],
  ['Home visit: Mum has said that the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['The foster carer says the men keep ringing her.', 'te_worrying_calls', 'o'],
  ['Mum says the men keep ringing him.', 'te_worrying_calls', 'y'],
  ['Dad says the men keep ringing her.', 'te_worrying_calls', 'y'],
  ['Mum says the men keep ringing her daughter.', 'te_worrying_calls', 'y'],
  ['Mum says Kayla is scared because the men keep ringing her.', 'te_worrying_calls', 'y'],
  ['The men keep ringing her.', 'te_worrying_calls', 'y'],
  ['Mum says the older men track her location on Snapchat.', 'te_location_tracked', 'y'],
  ['Mum said that if the men threaten her again she will call the police.', 'go_threats_violence', 'h'],
];

describe('session 19: heading findings and reported object pronouns', () => {
  signTable('note', CASES);
});
