// Regressions review 26 found in the round-26 indicator changes (731800a..6fb8ee5): each sentence as the exact findings
// it must give ("code experiencer [negated] [hypothetical] [historical]"). Every sentence is also run through the
// reference implementation, which must mirror the rules.
import { describe } from 'vitest';
import { givesFindings as gives } from '../../../test/fixtures/text-checks.ts';

describe("1: 'the older lads' after a word of company are still the child's older friends", () => {
  gives('review 26', [
    ['She hangs around with the older lads from the estate.', ['go_older_friends child']],
    ['Staff saw her with the older lads near the shop.', ['go_older_friends child']],
    ['Mum is worried about the older lads he is spending time with.', ['go_older_friends child']],
    ['He was beaten up by the older lads on the estate.', ['ep_injuries_assault child', 'go_threats_violence child']],
  ]);
});

describe('2: a phone or gift the family did not buy, explained as a present', () => {
  gives('review 26', [
    ['She has a coat her mum did not buy, it was a present from her nan.', []],
    ['She has a phone her mum did not buy, it was a birthday present from her grandad.', []],
    ['She has new trainers her parents didn’t buy.', ['rg_unexplained_gifts child']],
  ]);
});

describe("3: te_worrying_calls 'calls at 2am': a ward's night checks", () => {
  gives('review 26', [
    ['The night nurse calls at 2am on the ward round.', []],
    ['She gets calls at 2am from withheld numbers.', ['te_worrying_calls child']],
  ]);
});

describe("4: da_documents_held 'took [the] * bank cards': a theft from a purse", () => {
  gives('review 26', [
    ['He took the bank cards from her purse.', []],
    ['She stole the bank cards from her wallet at the shop.', []],
    ['The man kept her passport and bank card.', ['da_documents_held child']],
  ]);
});

describe("5: 'with the older boys' after a place stays the other sign's", () => {
  gives('review 26', [
    ['Mum thinks he is in Lowestoft with the older boys.', []],
    ['He spends his evenings out with the older boys from the estate.', ['go_older_friends child']],
  ]);
});

describe('6: a live location sent to a parent; a pet looking down', () => {
  gives('review 26', [
    ['He sends his live location to his dad on the way home from football.', []],
    ['She sent her live location to her mum when she got to college.', []],
    ['The dog looked really down after the vet.', []],
    ['She looked really down when she came back from the flat.', ['ep_low_mood child']],
  ]);
});

describe("7: te_worrying_calls 'dozens of messages' from the child's friends", () => {
  gives('review 26', [
    ['She gets dozens of messages from her friends about the party.', []],
    ['He had dozens of texts from his teammates after the match.', []],
    ['Dozens of calls from an unknown number.', ['te_worrying_calls child']],
  ]);
});
