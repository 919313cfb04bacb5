// Session 22 (fresh34 as a tuning set): a robbery named is not an arrest unless the child took part in it; needing or
// depending on drugs that adults give is controlled supply; a search that found drugs or none is the carrying, not the
// child's use; the adults who are a child's only company, named by where they are. want: y the child's sign (no flag);
// g at least one finding of the code, negated; n no finding of the code. Every sentence also runs through the reference
// implementation (flagRows). Invented sentences.
import { describe } from 'vitest';
import { type SignWant, signTable } from '../../../test/fixtures/text-checks.ts';

const CASES: readonly [string, string, SignWant][] = [
  // a robbery named, or one the child took part in
  ['YOT: the robbery at the shop was on the local news.', 'go_arrests', 'n'],
  ['SW: Kai gave a statement about the robbery of his bike.', 'go_arrests', 'n'],
  ['YOT: Kai was involved in a robbery with two older males.', 'go_arrests', 'y'],
  ['YOT: Kai committed a robbery in the town centre.', 'go_arrests', 'y'],
  ['Custody: Kai was arrested for robbery.', 'go_arrests', 'y'],
  // drugs that adults give, needed or depended on
  ['SW: Jade needs the ketamine that the older men give her.', 'ad_supply_controlled', 'y'],
  ['SW: Jade has become reliant on the cannabis the lads supplied.', 'ad_supply_controlled', 'y'],
  ['SW: Jade relies on the diazepam that her GP prescribed.', 'ad_supply_controlled', 'n'],
  // a search that found drugs or none
  ['Police: Reece was searched; no drugs found.', 'go_carrying_drugs', 'g'],
  ['Police: Reece was searched; no drugs found.', 'ad_drug_use', 'n'],
  ['Staff searched the room and drugs were recovered.', 'go_carrying_drugs', 'y'],
  ['Drugs were found on searching the garage.', 'go_carrying_drugs', 'n'],
  // the adults who are the child's only company
  ['YOT: these days he sees only the men from the car park.', 'go_older_friends', 'y'],
  ['RHI: she went off with two men from the chip shop.', 'go_older_friends', 'y'],
  ['School: he walks home with the lads from his class.', 'go_older_friends', 'n'],
];

describe('session 22: robberies, supplied drugs, searches, only the men', () => {
  signTable('note', CASES);
});
