// Regressions review 25G found in the merged round 25 (main at 27c39a9 and dd0b604 against the round's start 2af9d3c), in
// the plain words of front-line staff with the writer's role as a prefix: each is a false alarm or a lost finding of the
// round's new entries or vetoes, mended by narrowing the entry; each fix keeps a positive it must still find.
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('te_location_tracked: the placement calling at curfew', () => {
  lacksCode('review 25G', 'te_location_tracked', ['Carer daily log: she has to pick up her phone whenever the placement rings at curfew.']);
  givesCodes('review 25G', [['Youth worker: he has to answer his phone day and night or the olders come looking for him.', ['te_location_tracked']]]);
});

describe('te_worrying_calls: leaving for a game, an exam or a lesson', () => {
  lacksCode('review 25G', 'te_worrying_calls', [
    'Carer daily log: she gets a message and then leaves for football.',
    'Coach: he got a text and then left early for his exam.',
    'Housing officer: he got a text and then left for his driving lesson.',
  ]);
  givesCodes('review 25G', [['Carer daily log: gets a text and then leaves the house without saying where.', ['te_worrying_calls']]]);
});

describe('da_controlled_return: called for a game', () => {
  lacksCode('review 25G', 'da_controlled_return', ['Carer daily log: he goes when they call him for football on the green.']);
  givesCodes('review 25G', [
    ['Youth worker: he goes when they call, however late it is.', ['da_controlled_return']],
    ['Residential handover: came back crying and shaking after being dropped off by a car at 2am.', ['da_controlled_return']],
  ]);
});

describe('am_school_absence: a reason given (an illness, transport, an agreed activity)', () => {
  lacksCode('review 25G', 'am_school_absence', [
    "Attendance officer: she has missed the last three mornings of school, mum's car broke down.",
    'Attendance officer: she has missed the last two mornings of school due to the bus strike.',
    'Attendance officer: absent every Monday this term, mum says migraines.',
    'Attendance officer: absent every Friday afternoon for swimming lessons at the leisure centre.',
    'School reception: absent every Wednesday this term for his college placement.',
    'Attendance officer: he is absent every Monday morning; mum says he has hospital appointments.',
  ]);
  givesCodes('review 25G', [
    ['Attendance officer: Year 9 pupil absent every Friday since half term, no reason given.', ['am_school_absence']],
    ['Attendance officer: absent most Fridays this term, mum works and cannot get him in.', ['am_school_absence']],
  ]);
});

describe('go_unknown_adults_collect: adults at a school event, a parent for their own child, a childminder', () => {
  lacksCode('review 25G', 'go_unknown_adults_collect', [
    "Caretaker: unknown adults were waiting outside the school for the parents' evening.",
    "Security: an unfamiliar man waited by the gates for the caretaker's van.",
    'School reception: unfamiliar adults were waiting at the gates for the open evening.',
    'School reception: an unknown man came to the gates to collect his own daughter, new to the school.',
    'School reception: the older man who waits for him at the gates is his childminder.',
  ]);
  givesCodes('review 25G', [
    ['School reception: an unknown man was at the gates asking for her.', ['go_unknown_adults_collect']],
    ['School reception: an unknown man was waiting outside the school for her.', ['go_unknown_adults_collect']],
    ['School reception: an older man waits for her at the gate every day; staff do not know who he is.', ['go_unknown_adults_collect']],
  ]);
});

describe("da_disclosure_withdrawn: a worker's own complaint", () => {
  lacksCode('review 25G', 'da_disclosure_withdrawn', ['Hotel night staff: the cleaner took back her complaint about the manager.']);
  givesCodes('review 25G', [['Police: she took back her statement about the assault after the men visited.', ['da_disclosure_withdrawn']]]);
});

describe("fa_domestic_servitude: an adult's childcare job", () => {
  lacksCode('review 25G', 'fa_domestic_servitude', [
    "Hotel night staff: the housekeeper looks after the family's two children all day while the parents are at the conference.",
    "Nanny agency: she looks after the family's children every day as their nanny.",
  ]);
  givesCodes('review 25G', [["Carer daily log: she was made to work as a maid for her aunt's friends.", ['fa_domestic_servitude']]]);
});

describe('am_unknown_address: a hotel guest', () => {
  lacksCode('review 25G', 'am_unknown_address', ['Hotel night staff: the guest did not know what road the hotel was on, he was drunk.']);
  givesCodes('review 25G', [['Taxi marshal: she did not know which street the hotel was on and had no money.', ['am_unknown_address']]]);
});

describe('ep_change_in_behaviour: grief', () => {
  lacksCode('review 25G', 'ep_change_in_behaviour', ['Coach: he stopped smiling at training after his grandad died.']);
  givesCodes('review 25G', [['Carer daily log: came back crying and shaking after being dropped off by a car at 2am.', ['ep_change_in_behaviour']]]);
});

describe("rg_unpaid_work: adult drivers' tips, pay taken for arrears", () => {
  lacksCode('review 25G', 'rg_unpaid_work', [
    "Taxi marshal: the drivers' tips are kept by the firm.",
    'Housing officer: her pay is taken to cover the arrears.',
  ]);
  givesCodes('review 25G', [['Youth worker: his wages are taken by the man who runs the car wash.', ['rg_unpaid_work']]]);
});

describe("fa_neglect: a tenant's own health", () => {
  lacksCode('review 25G', 'fa_neglect', ['Housing officer: the tenant has untreated eczema and the flat is damp.']);
  givesCodes('review 25G', [['School nurse: untreated decay in most of her teeth, and nits.', ['fa_neglect']]]);
});

describe('am_staying_out_late: an adult tenant working', () => {
  lacksCode('review 25G', 'am_staying_out_late', ['Housing officer: the tenant is out most nights until midnight working at the takeaway.']);
  givesCodes('review 25G', [['Carer daily log: she is out most nights until 2am and will not say where.', ['am_staying_out_late']]]);
});

describe('ep_low_self_esteem: a school subject', () => {
  lacksCode('review 25G', 'ep_low_self_esteem', ['Teacher: she has very little confidence in maths.']);
  givesCodes('review 25G', [['Coach: she has very little confidence in herself since the injury.', ['ep_low_self_esteem']]]);
});

describe('da_coached_account: a nurse or a referee keeping order', () => {
  lacksCode('review 25G', 'da_coached_account', [
    'Carer daily log: the nurse would not let him talk until he had calmed down.',
    'Coach: the referee would not let him answer back.',
  ]);
  givesCodes('review 25G', [['GP receptionist: a man we did not recognise came in with her and would not let her talk.', ['da_coached_account']]]);
});

describe('go_threats_violence: dropped off miles from home is a threat, dropped from the team is not', () => {
  givesCodes('review 25G', [['Taxi marshal: the girl was threatened with being dropped off miles from home if she did not pay.', ['go_threats_violence']]]);
  lacksCode('review 25G', 'go_threats_violence', ['Coach: he was threatened with being dropped for being late.']);
});

describe('am_found_with_adults: a team away with its coaches', () => {
  lacksCode('review 25G', 'am_found_with_adults', ["Hotel night staff: the girls' football team are in room 12 with two adult coaches."]);
  givesCodes('review 25G', [['Hotel night staff: a girl of about 14 went up to room 12 with two men at 1am.', ['am_found_with_adults']]]);
});

describe('rg_status_rewards: a role he holds', () => {
  lacksCode('review 25G', 'rg_status_rewards', ['Coach: being captain makes him feel respected by the younger lads.']);
  givesCodes('review 25G', [['Youth worker: carrying for the olders makes him feel untouchable.', ['rg_status_rewards']]]);
});

describe("am_moved_by_others: a club's ground", () => {
  lacksCode('review 25G', 'am_moved_by_others', ['Coach: he was taken around the ground by a group of older players on the stadium tour.']);
  givesCodes('review 25G', [['Carer daily log: she was moved around the country by the men who trafficked her.', ['am_moved_by_others']]]);
});

describe('go_cuckooing: goods stored', () => {
  lacksCode('review 25G', 'go_cuckooing', ['Housing officer: the flat is being used by the lads to store bikes.']);
  givesCodes('review 25G', [['Housing officer: the flat is being used by dealers to sell drugs.', ['go_cuckooing']]]);
});

describe('go_arrests: the child\'s arrest beside an adult\'s, with bare "both"', () => {
  givesCodes('review 25G', [['Police: both were arrested, the 15-year-old and the 32-year-old driver.', ['go_arrests']]]);
  lacksCode('review 25G', 'go_arrests', [
    'Police: found in a flat with three adult men, and all three were arrested.',
    'Police: she was found with two men; both of the men were arrested.',
  ]);
});

describe('go_unknown_adults_collect: the same adults who are her relatives', () => {
  lacksCode('review 25G', 'go_unknown_adults_collect', ['School reception: collected by the same adults who bring her in, her nan and grandad.']);
  givesCodes('review 25G', [
    ['School reception: she is now being collected from school by the same men.', ['go_unknown_adults_collect']],
    ['Strategy minutes: Head: collected by the same men each day, her mum does not know who they are.', ['go_unknown_adults_collect']],
  ]);
});

describe('go_threats_violence: a warning about sport without the gear', () => {
  lacksCode('review 25G', 'go_threats_violence', ['Coach: he was told his brother would be hurt if he kept playing rugby without a gumshield.']);
  givesCodes('review 25G', [['Youth worker: he was told his little sister would be hurt if he talked.', ['go_threats_violence']]]);
});

describe('the new vetoes keep real concerns near them', () => {
  givesCodes('review 25G', [
    ['Carer daily log: he gets a call and then leaves class without asking.', ['te_worrying_calls']],
    ['Youth worker: the olders make him feel respected by the younger kids on the estate.', ['rg_status_rewards']],
    ['Residential handover: one of the residents has untreated nits again.', ['fa_neglect']],
    ['Carer daily log: she is out most nights until 2am working for the olders.', ['am_staying_out_late']],
    ['Carer daily log: she has to answer her phone within a minute, even at school, or the men get angry.', ['te_location_tracked']],
    ['Police: she took back her statement after the hotel manager spoke to her.', ['da_disclosure_withdrawn']],
    ['Carer daily log: she stopped smiling after the death threats on Snapchat.', ['ep_change_in_behaviour']],
  ]);
});

describe('rg_status_rewards: told by the older boys he was family', () => {
  givesCodes('review 25G', [
    ['Strategy minutes: YOT: he was told by the older boys he was family, and he sells for them.', ['rg_status_rewards']],
    ['Youth worker: told by the olders that he is part of the family now.', ['rg_status_rewards']],
  ]);
  lacksCode('review 25G', 'rg_status_rewards', [
    'Coach: he was told by the coach he was family at the club.',
    'Carer daily log: she was told by her nan that she is family and always welcome.',
  ]);
});

describe("ad_alcohol: a club's adult players", () => {
  lacksCode('review 25G', 'ad_alcohol', ['Coach: the club has a drink problem among the senior players.']);
  givesCodes('review 25G', [
    ['Referral, health section: she has a drinking problem and has been admitted twice.', ['ad_alcohol']],
    ['Carer daily log: she has a drink problem since she started going to the club with the older girls.', ['ad_alcohol']],
  ]);
});

describe('rg_unexplained_money: pay from a shift', () => {
  lacksCode('review 25G', 'rg_unexplained_money', ['Carer daily log: she used to come home with cash after her shifts at the café.']);
  givesCodes('review 25G', [["Youth worker: he comes home with wads of cash and won't say where from.", ['rg_unexplained_money']]]);
});

describe('am_school_absence: a reason after a ; does not hide an absence with none', () => {
  givesCodes('review 25G', [['Attendance officer: absent every Monday this term; no reason has been given.', ['am_school_absence']]]);
});

describe('front-line staff: hotel guests, a pharmacist, a landlord visit, a business at home', () => {
  lacksCode('review 25G', 'am_found_with_adults', ['Hotel cleaner: room 14 with two adult guests and their baby checked out late.']);
  lacksCode('review 25G', 'da_coached_account', ["Pharmacy: the pharmacist would not let her talk about her friend's prescription."]);
  lacksCode('review 25G', 'da_not_engaging', ['Housing officer: the tenant missed all three appointments for the gas safety check.']);
  lacksCode('review 25G', 'go_cuckooing', ['Housing officer: people coming and going at all hours, the tenant runs a childminding business.']);
  givesCodes('review 25G', [
    ["GP receptionist: the man with her would not let her answer the doctor's questions.", ['da_coached_account']],
    ['Youth offending: he missed all three appointments with his YOT worker this month.', ['da_not_engaging']],
    ['Housing officer: neighbours report men coming and going at all hours from the flat.', ['go_cuckooing']],
  ]);
});

describe('"placement", "curfew" and "football" only as the reason, not beside the sign', () => {
  givesCodes('review 25G', [
    ['Residential handover: he has to answer his phone day and night, placement have seen it ring constantly.', ['te_location_tracked']],
    ['Carer daily log: he has to pick up his phone whenever it rings, even after curfew.', ['te_location_tracked']],
    ['Youth worker: he goes when they call, even in the middle of playing football.', ['da_controlled_return']],
    ['Education: absent every Friday since half term, placement unaware where she goes.', ['am_school_absence']],
    ['Education: absent every Friday since half term, placement say she goes when they call.', ['am_school_absence', 'da_controlled_return']],
  ]);
  lacksCode('review 25G', 'am_school_absence', ['School reception: absent every Thursday this term for work experience at the garage.']);
});

describe('the narrower vetoes keep the sign where a tenant, the CCTV check, guests, a business or rugby is beside it', () => {
  givesCodes('review 25G', [
    ['Housing officer: the tenant says her son is out most nights until 3am.', ['am_staying_out_late']],
    ['Hotel night staff: I checked the CCTV, and a girl about 14 went up to room 12 with two men.', ['am_found_with_adults']],
    ['Hotel night staff: two adult guests took a girl about 14 up to room 7 with two men at 2am.', ['am_found_with_adults']],
    ['Housing officer: men coming and going at all hours from the flat, and they run their business from there.', ['go_cuckooing']],
    ['Youth worker: he was told his brother would be hurt if he did not carry for them, straight after rugby.', ['go_threats_violence']],
  ]);
});
