// Regressions review C of indicator round 25 found (2026-12-01, branch tind25 at 5aca95e, merged at b9f8331): each
// sentence as the exact findings it must give ("code experiencer [negated] [hypothetical] [historical]"). Every sentence
// is also run through the reference implementation, which must mirror the rules.
import { describe } from 'vitest';
import { givesCodes, givesFindings as gives } from '../../../test/fixtures/text-checks.ts';

describe('1: AGREED_TRACKING_CUES (switched off, with her knowledge)', () => {
  gives('review 25C', [
    ['Her phone was switched off at 9pm but the men still track her location on Snap Map.', ['te_location_tracked child']],
    ['The older boys tracked her location on Snap Map with her knowledge, she says she had no choice.', ['te_location_tracked child']],
  ]);
  givesCodes('review 25C', [['Mum has turned to the school for help since the olders started tracking his phone.', ['te_location_tracked']]]);
});

describe("2: go_older_friends 'lads|boys|girls|women in their teens|twenties...'", () => {
  gives('review 25C', [
    ["Mum's friends are women in their thirties from her work.", []],
    ['The staff team on the unit are mostly women in their forties.', []],
    ['He plays football with lads in their late teens from the estate team.', []],
    ['Her sisters are girls in their early teens.', []],
  ]);
});

describe("3: go_arrests 'arrested' with the adult's arrest as a veto", () => {
  gives('review 25C', [
    ['Jayden was arrested at the flat, and the driver was also arrested.', ['go_arrests child']],
    ['She was arrested for shoplifting and the woman was later arrested.', ['go_arrests child']],
    ['Police arrested the man and the boy at the address.', ['go_arrests child']],
  ]);
  givesCodes('review 25C', [['The suspect was arrested, and Liam was arrested for obstruction.', ['go_arrests']]]);
});

describe("4: am_missing veto 'nothing|none|wallet|purse|keys|bag|bags|bike|property'", () => {
  gives('review 25C', [
    ['She was missing and her bag was found by the canal.', ['am_missing child']],
    ['Nothing was missing from the house, but Kayla was missing until 3am.', ['am_missing child']],
  ]);
});

describe("5: CTX negation post 'negative' widened to 6 (context-triggers.ts)", () => {
  gives('review 25C', [['He was found with cannabis and his drug test was negative.', ['go_carrying_drugs child']]]);
});

describe("5b: CTX negation post 'was|is|were not needed|required' (context-triggers.ts)", () => {
  gives('review 25C', [
    ['She cut her arms and stitches were not needed.', ['ep_self_harm child']],
    ['She took an overdose and hospital admission was not required.', ['ep_self_harm child']],
    ['He was stabbed and surgery was not needed.', ['ep_injuries_assault child']],
    ['She was found in a car with two men and an ambulance was not needed.', ['am_found_with_adults child']],
    ['Emergency contraception was not needed this time.', ['sh_emergency_contraception child negated']],
  ]);
});

describe("5c: fa_unsuitable_accommodation 'sleeping in parks|stairwells|cars' moved to an entry with family and home vetoes", () => {
  gives('review 25C', [
    ['He is sleeping in the park because mum kicked him out.', ['fa_unsuitable_accommodation child']],
    ['He has been sleeping in parks since he left home.', ['fa_unsuitable_accommodation child']],
    ['She slept in a stairwell after her stepdad threw her out.', ['fa_unsuitable_accommodation child']],
    ['Dad threw him out and he slept in the park.', ['fa_unsuitable_accommodation child']],
    ['He is sleeping in stairwells and will not go back home.', ['fa_unsuitable_accommodation child']],
    ['She has been sleeping in cars with older lads since her family moved.', ['fa_unsuitable_accommodation child']],
    ['He sleeps in the park most nights rather than go home.', ['fa_unsuitable_accommodation child']],
  ]);
});

describe('6: CTX experiencer blockers think|believe|suspect|fear|worry|know (context-triggers.ts)', () => {
  gives('review 25C', [
    ['Her friends fear the olders and sell cannabis for them.', ['ad_drug_use other']],
    ['Her brother and his mates know the dealers and sell crack for them.', ['ad_drug_use other']],
  ]);
});

describe("7: te_several_phones veto 'hobby'", () => {
  gives('review 25C', [['He has two phones and says collecting old handsets is a hobby, but they ring constantly.', ['te_several_phones child']]]);
});

describe('8: round 25 new entries: errands, kit, shifts and staff', () => {
  gives('review 25C', [
    // te_worrying_calls 'got a call|text|message and left|went'
    ['She got a message and went out to the shop for milk.', []],
    // da_controlled_return 'always runs back to the flat'
    ['He always runs back to the flat to get his PE kit.', []],
    // da_controlled_return 'dropped off by a car|taxi' at night
    ['She was dropped off by a taxi at midnight after her shift at the restaurant.', []],
    ['He was dropped off by a car at 1am after the football presentation night.', []],
    // am_school_absence 'absent every Friday'
    ['His teacher was absent every Friday last term.', []],
    // go_unknown_adults_collect 'unknown|unfamiliar adult|man' near the gates
    ['Unknown adults were seen near the school gates handing out leaflets for the election.', []],
    ['An unfamiliar man waited outside the school for the caretaker.', []],
    // go_unknown_adults_collect 'tried to collect' with someone staff did not know
    ['Mum tried to collect him early; staff did not know she was allowed.', []],
    // te_location_tracked 'a phone he must answer any time'
    ['He has a phone that he must answer any time the care home rings.', []],
    // da_not_engaging 'stopped seeing his YOT worker'
    ['Youth worker: he stopped seeing his YOT worker when the order was completed.', []],
    // da_controlled_return 'goes when they call|ring'
    ['He goes when they call him for lunch.', []],
    ['He goes when they ring the bell for break.', []],
    // fa_domestic_servitude 'works as a maid|houseboy'
    ['He works as a houseboy at the hotel during the summer holidays.', []],
    // go_unknown_adults_collect 'waits for her at the gate' with someone older
    ['An older pupil waits for her at the gate each morning so they can walk in together.', []],
    ['An older girl from Year 11 waits for her at the gate as her reading buddy.', []],
    // da_documents_held "keeps|took the children's passports"
    ["Mum keeps the children's passports in a drawer at home.", []],
    ["Dad took the children's passports when he left the family home.", []],
    // am_found_with_adults 'room * with an adult'
    ['She is in room 3 with an adult at all times, as set out in her care plan.', []],
    // rg_unpaid_work 'keeps his tips'
    ['The restaurant keeps his tips to share among all the kitchen team.', []],
  ]);
});

describe('9: round 25 new entries: the body, the past and other people', () => {
  gives('review 25C', [
    // am_unknown_address 'cannot remember where the hotel was'
    ['She cannot remember where the hotel was because she was very young on that holiday.', []],
    // ep_change_in_behaviour 'dressing differently', 'stopped smiling'
    ['She started dressing differently for her new job at the bank.', []],
    ['He has been dressing differently since he joined the band.', []],
    ['She stopped smiling in photos after her braces were fitted.', []],
    // fa_neglect 'untreated infection|lice'
    ['Her mum has an untreated infection.', []],
    ['The dog had untreated lice.', []],
    // sh_many_partners 'more than one boy'
    ['More than one boy in her class has been abused online, said the head.', []],
    // da_coached_account 'would not let her talk'
    ['Her little brother would not let her talk, he kept interrupting.', []],
    ['Her friends did not let her speak at the sleepover, they were so excited.', []],
    // am_staying_out_late 'out most nights until midnight'
    ['Dad is out most nights until midnight at the pub.', []],
    ["She is out most weekends until midnight at her friend's sleepovers.", []],
    // te_live_streaming 'pose for the camera'
    ['He was asked to pose for the camera at the football photo day.', []],
    // sh_sexual_assault 'nobody|anyone touched her|him'
    ['Nobody touched him during the tackle, the referee said.', []],
    ['Nobody touched her at the party, she said.', []],
    // da_documents_held "holds the boys' passports"
    ["The coach holds the boys' passports for the tournament in Spain.", []],
    // am_moved_by_others 'taken around by a group'
    ['He was taken around the museum by a group of volunteers.', []],
    // rg_bank_account_used 'used his card to transfer money'
    ['He used his card to transfer money to his savings account.', []],
    ['Mum used his card to send money to his sister at uni.', []],
    // am_found_with_adults 'room * with two adults'
    ['Year 9 girls are in room 14 with two adult helpers on the residential.', []],
    // go_threats_violence 'told his friends would be hurt'
    ['He was told his friends would be hurt if they kept climbing the scaffolding.', []],
    // rg_debt_bondage 'pay them back later'
    ['He borrowed £5 off the lads for lunch and will pay them back later.', []],
    // ad_supply_controlled 'decide whether he can'
    ['The boys decide whether he can play in goal.', []],
    ['The men at the club decide whether he can join training.', []],
    ['The older lads decide whether he is allowed on the estate.', ['go_older_friends child']],
    // sh_sexual_activity 'sleeping with her boss', 'any sexual contact'
    ['Her mum is sleeping with her boss.', []],
    ['Staff must report any sexual contact between residents.', []],
    // fa_living_with_unrelated_adults 'stays with a family she knows through'
    ['She stays with a family she knows through school when mum works nights.', []],
  ]);
});

describe('10: what the new entries must still find', () => {
  gives('review 25C', [
    ['He was arrested with two adults.', ['go_arrests child']],
    ['She hangs around with lads in their twenties at the park.', ['go_older_friends child']],
    ['A man tried to sign her out; staff did not know him.', ['go_unknown_adults_collect child']],
    ['A pregnancy test at the clinic was negative.', ['sh_pregnancy child negated']],
    ['She denies that anyone touched her at the party.', ['sh_sexual_assault child negated']],
    ['She has a phone she must answer day and night or the men hurt her.', ['te_location_tracked child']],
    ['The olders decide when he gets his weed.', ['ad_supply_controlled child']],
    ['She goes when they call, even at 3am.', ['da_controlled_return child']],
    ['She was made to work as a maid at a hotel in Birmingham.', ['fa_domestic_servitude child']],
  ]);
});
