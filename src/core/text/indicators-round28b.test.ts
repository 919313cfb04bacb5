// Round 28b: older entries that flagged ordinary sentences on their own (a lodger's tenancy, an adult's shared house, a
// carer's own children, an adult's drinking, a parent's colleague at a party, a part in a play, a forgotten purchase,
// a thing found at a flat, a camp rota, an adult's journey long ago, an arranged placement, a parent's violence towards
// mum read as the child's), and the signs themselves, with their flags. Every sentence is also run through the
// reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('round 28b: ordinary sentences that share the words of older entries', () => {
  lacksCode('fa_living_with_unrelated_adults', 'fa_living_with_unrelated_adults', [
    'The lodger is moving out in June.',
    'The lodger pays his rent on time.',
    "Mum's lodger has a new job in Leeds.",
    'The lodgers in the story are a family of mice.',
    'Dad lives with two men who are not related, his housemates.',
    'Grandad lives with two men who are not related, his housemates.',
    'She lives with a couple who are not related to her, and has done since last year, on a placement arranged by the council.',
  ]);
  lacksCode('fa_family_breakdown', 'fa_family_breakdown', [
    "The foster carer's own children have had many placement moves.",
    "The worker's own children had many placement moves as she was in the army.",
  ]);
  lacksCode('fa_parental_substance_misuse', 'fa_parental_substance_misuse', [
    "Mum's alcohol use is within safe limits.",
    'Dad bought some alcohol for the barbecue.',
    'Dad drinks alcohol within recommended limits.',
  ]);
  lacksCode('ad_drug_use', 'ad_drug_use', ['The vet gave the dog diazepam for the fireworks.', 'The police dog found cannabis in the lorry.']);
  lacksCode('go_taken_to_parties', 'go_taken_to_parties', [
    "She came to the party with a man from her mum's work.",
    "He went to the party with a man from his dad's work.",
  ]);
  lacksCode('fa_domestic_abuse', 'fa_domestic_abuse', [
    'He played a man who was abusive to his wife in the school play.',
    'In the play the king is violent towards his wife.',
    'In rehearsal he was violent towards his wife on stage.',
  ]);
  lacksCode('rg_unexplained_gifts', 'rg_unexplained_gifts', [
    'He had new trainers nobody remembered buying.',
    "She has a new coat from the school's lost property.",
  ]);
  lacksCode('am_found_with_adults', 'am_found_with_adults', ["She found her phone at a man's flat."]);
  lacksCode('fa_domestic_servitude', 'fa_domestic_servitude', [
    'He does the cooking and cleaning for the family on the camp rota.',
    'She does the cooking and cleaning for the family on the Scout camp.',
    'He does the cooking and cleaning for the family on the Duke of Edinburgh trip.',
  ]);
  lacksCode('fa_unaccompanied_migrant', 'fa_unaccompanied_migrant', [
    'Dad travelled alone from Syria in the 1990s as a student.',
    'He travelled alone from Syria in the 1990s as a student.',
  ]);
});

describe('round 28b: the signs of the same entries, with their flags', () => {
  givesFlags('older entries, real signs', [
    ['A male lodger has moved in with the family.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['She is living with two men who are not related to her.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['She has had many placement moves.', 'fa_family_breakdown', 'child', false, false, false],
    ['Dad drinks alcohol every day.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['She went to a party with a man she met online.', 'go_taken_to_parties', 'child', false, false, false],
    ['Dad is violent towards mum.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Her stepdad was violent towards her mum.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Her stepfather was abusive to her mother.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Her stepdad was violent towards her.', 'fa_domestic_abuse', 'child', false, false, false],
    ['He has new trainers nobody can explain.', 'rg_unexplained_gifts', 'child', false, false, false],
    ["She was found at a man's flat.", 'am_found_with_adults', 'child', false, false, false],
    ['She does the cooking and cleaning for the family.', 'fa_domestic_servitude', 'child', false, false, false],
    ['He travelled alone from Syria.', 'fa_unaccompanied_migrant', 'child', false, false, false],
  ]);
});

describe('round 28b: signs a veto dropped for a relative or an adult elsewhere in the sentence', () => {
  givesFlags('narrowed vetoes, real signs', [
    ['Ellis is taken to Hull at weekends, owes money to the line and his sister is in care.', 'am_moved_by_others', 'child', false, false, false],
    ['She was moved between nail bars in Leeds and Hull and her family are abroad.', 'am_moved_by_others', 'child', false, false, false],
    ['Kai does not know the town he was driven to, only that a man took him there.', 'am_unknown_address', 'child', false, false, false],
  ]);
  // The narrowed vetoes still hold for a relative or an adult who is the subject (an intermediate version flagged these).
  lacksCode('am_moved_by_others', 'am_moved_by_others', ['Dad is driven to Leeds every weekend.', 'Mum was driven to Leeds every weekend for work.']);
  lacksCode('fa_family_links_to_exploitation', 'fa_family_links_to_exploitation', ['Dad is driven to Leeds every weekend.']);
  lacksCode('am_unknown_address', 'am_unknown_address', ['The man did not know which town he was in after the diversion.']);
});

describe('round 28b: a second set of ordinary sentences (pets and things found, cooking, a works do, a club, PE)', () => {
  lacksCode('am_found_with_adults', 'am_found_with_adults', [
    "Mum found the dog at a man's house two streets away.",
    "Police found the stolen car at a man's address in Leeds.",
    "The worker found the address at a man's house on the list of repairs.",
  ]);
  lacksCode('ad_alcohol', 'ad_alcohol', ['The alcohol in the trifle was cooked off.']);
  lacksCode('fa_parental_substance_misuse', 'fa_parental_substance_misuse', [
    'Nan puts alcohol in her Christmas cake.',
    'Dad drank alcohol at his works party and got a taxi home.',
  ]);
  lacksCode('go_taken_to_parties', 'go_taken_to_parties', ['She went to the birthday party with a man dressed as a clown.']);
  lacksCode('fa_domestic_abuse', 'fa_domestic_abuse', ['In PE he was violent towards his partner in the pairs game.']);
  lacksCode('rg_unexplained_gifts', 'rg_unexplained_gifts', ["The worker bought new trainers for the centre's football team."]);
  lacksCode('fa_living_with_unrelated_adults', 'fa_living_with_unrelated_adults', ['The student lives with three women from her course.']);
  lacksCode('fa_domestic_servitude', 'fa_domestic_servitude', ['He does the cooking and cleaning for the family at the holiday cottage.']);
  givesFlags('the same entries, real signs', [
    ["She was found at a man's flat with her phone switched off.", 'am_found_with_adults', 'child', false, false, false],
    ['He drank alcohol at the park with older lads.', 'ad_alcohol', 'child', false, false, false],
  ]);
});
