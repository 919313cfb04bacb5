// Regressions review 1 of indicator round 24 found (2026-12-01, branch ind24 at fa6ff67): each sentence as the exact
// findings it must give ("code experiencer [negated] [hypothetical] [historical]"). Every sentence is also run through
// the reference implementation, which must mirror the rules.
import { describe } from 'vitest';
import { givesFindings as gives } from '../../../test/fixtures/text-checks.ts';

describe("1: CTX negation post 'no longer a concern|issue|worry|problem' (context-triggers.ts)", () => {
  gives('review 24-1', [
    ['She went missing on Friday night and her school attendance is no longer a concern.', ['am_missing child']],
    ['She was found in a car with two older men last night, and her school attendance is no longer a problem.', ['am_found_with_adults child']],
    ['She has a new older boyfriend aged 24 and her eating is no longer a worry.', ['go_older_partner child']],
    ['He has been going missing overnight and sleep is no longer a problem for him.', ['am_missing child']],
    ['She is using ketamine most weekends and her school attendance is no longer a concern.', ['ad_drug_use child']],
    ['She self-harmed last night and her mood is no longer a concern to her mother.', ['ep_self_harm child']],
  ]);
});

describe("2: CTX hypothetical pre 'is|are to be' (context-triggers.ts)", () => {
  gives('review 24-1', [
    ['He is to be charged after cannabis was found in his bedroom.', ['go_carrying_drugs child']],
    ['He is to be interviewed about the knife found in his bag.', ['go_carrying_weapons_money child']],
    ['They are to be interviewed about the cannabis found in the car.', ['ad_drug_use child']],
  ]);
});

describe("3: CTX hypothetical pre 'risk|danger that' (context-triggers.ts)", () => {
  gives('review 24-1', [
    ['Police deemed her at high risk that night as she was found in a car with two older men.', ['am_found_with_adults child']],
    ['She was graded high risk that evening after going missing for the third time.', ['am_missing child']],
    ['She was assessed as high risk that day after going missing again.', ['am_missing child']],
  ]);
});

describe("4: CTX hypothetical pre 'thought|believed to be|have' (context-triggers.ts)", () => {
  gives('review 24-1', [
    ['The flat, believed to be used by the line, is where he was found with £500 in cash.', ['go_carrying_weapons_money child', 'rg_unexplained_money child']],
    [
      'He was arrested in a flat thought to be cuckooed, where he had been staying with older males.',
      ['fa_living_with_unrelated_adults child', 'go_arrests child', 'go_cuckooing child hypothetical'],
    ],
  ]);
});

describe("5: CTX historical pre 'before she|he|they came|arrived ... here|this' (context-triggers.ts)", () => {
  gives('review 24-1', [
    ['Before he came in this morning he had been smoking cannabis at the park.', ['ad_drug_use child']],
    ['Before she came in this evening she had been drinking vodka in the park.', ['ad_alcohol child']],
    ['Before she came to this placement yesterday she was found drunk in a park.', ['ad_alcohol child']],
  ]);
});

describe('6: CTX other pre SELF_DISCLOSING relative (context-triggers.ts)', () => {
  gives('review 24-1', [
    ['Mum admitted she had no idea Chloe was using cannabis every day.', ['ad_drug_use child']],
    ['Dad admitted he had no idea Kai was going missing overnight.', ['am_missing child']],
    ['Mum disclosed she did not know Jess had been self-harming.', ['ep_self_harm child']],
    ['Mum admitted to police that she had let Keira stay out all night.', ['am_staying_out_late child']],
    ['Dad admitted he did not realise Josh had been carrying a knife.', ['go_carrying_weapons_money child']],
    ['Mum admitted she did not know Ben had been excluded from school.', ['am_school_exclusion child']],
    ['Dad admitted he had not realised Sam had an older girlfriend aged 22.', ['go_older_partner child']],
  ]);
});

describe("7: CTX other pre 'mr|mrs|ms *' (context-triggers.ts)", () => {
  gives('review 24-1', [
    ['Mrs Green, the school nurse, noted Abbie has an STI and is 14.', ['sh_sti child']],
    ["Mr Ali, the YOT officer, found £500 in cash in Kieran's jacket.", ['rg_unexplained_money child']],
  ]);
});

describe("8: indicators.ts CHILD_SIGN_CODES/childSign (non-family other made the child's)", () => {
  gives('review 24-1', [
    ['Her boyfriend keeps getting threatening calls from the olders.', ['go_threats_violence other', 'te_worrying_calls other']],
    ['Her boyfriend gets scary calls from the olders about money he owes.', ['rg_debt_bondage other', 'te_worrying_calls other']],
    ['Her friend gets calls at night that scare her.', ['te_worrying_calls other']],
    ['Her boyfriend gets calls at night that scare him.', ['te_worrying_calls other']],
    ['He gets calls at night that scare him.', ['te_worrying_calls child']],
    ["Her neighbour's ID was held by his employer at the car wash.", ['da_documents_held other', 'rg_unpaid_work other']],
  ]);
});

describe("9: indicators.ts CHILD_SIGN_CODES/KIN_HELD_CODES (relative's own documents made the child's)", () => {
  gives('review 24-1', [
    ["Dad's documents were taken by his employer.", ['da_documents_held other']],
    ["Her uncle's passport is held by his employer.", ['da_documents_held other']],
    ["Mum's passport is held by her employer.", ['da_documents_held other']],
  ]);
});

describe('10: indicators.ts ADULT_ACTS + rg_unexplained_money', () => {
  gives('review 24-1', [['The men gave her mum money to keep quiet about the flat.', ['rg_unexplained_money other']]]);
});

describe('11: indicators.ts PARTNER_ABUSE_CODES/opensWithKinPartner', () => {
  gives('review 24-1', [
    ["Mum's partner has been abusive to her since she was 12, Kayla says.", ['fa_domestic_abuse child']],
    ["Mum's partner was violent towards her and her brothers, Shannon told me.", ['fa_domestic_abuse child']],
    ["Mum's ex-partner was abusive to her throughout her childhood, Jade says.", ['fa_domestic_abuse child']],
    ["Mum's boyfriend has been violent to her twice this month, Megan disclosed.", ['fa_domestic_abuse child']],
  ]);
});

describe('12: indicators.ts HEADING_WRITER_WORDS/headingWriterDrops', () => {
  gives('review 24-1', [
    // Round 25: "since March 2025" is an ongoing state up to now, not the past (context-triggers.ts, as "since last spring").
    ['Living with foster carer: yes, since March 2025.', ['fa_in_care child']],
    ['Placement type - foster carer: long term.', ['fa_in_care child']],
  ]);
});

describe("13: fa_family_breakdown 'parents separated' unlessNear 'sees|see both' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['Her parents separated in 2024 because dad was violent, and she sees both of them at weekends.', ['fa_family_breakdown child historical']],
    [
      'Her parents separated last year after years of domestic abuse, and she sees both rarely.',
      ['fa_domestic_abuse other historical', 'fa_family_breakdown child historical'],
    ],
  ]);
});

describe('14: am_unknown_address new entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['Following the flood he is staying at an address in Bolton arranged by his social worker.', []],
    ['He is staying at an address in Bury provided by the local authority.', []],
    ['She stayed at an address in Manchester with her youth group on the residential.', []],
    ['Police confirmed the man is staying at an address in Leeds and has been bailed.', []],
  ]);
});

describe('15: ep_low_mood intensifier entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['His reading age is very low for Year 9.', []],
    ['Her BMI is very low and the dietitian is involved.', []],
    ['His literacy is very low and he needs support with forms.', []],
    ['Her vitamin D was very low on the last blood test.', []],
    ['Staffing was very low over the weekend so the trip was cancelled.', []],
    ['Her engagement with the YOT is very low.', []],
    ['His confidence is very low after the exam results.', []],
    ['The likelihood of reoffending is very low.', []],
    ['Her weight is extremely low and she is under the eating disorder team.', ['ep_eating_problems child']],
    ['Uptake of the youth club was very low this term.', []],
  ]);
});

describe('16: ep_exhaustion slang entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['She is knackered every day after football training, which she loves.', []],
    ['He is always shattered after his paper round and the gym.', []],
  ]);
});

describe("17: ep_isolated 'cut off from friends' entry (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['Kyle has cut off from his old friends who were involved in drug dealing, which staff see as protective.', ['go_peers_exploited other']],
  ]);
});

describe("18: te_worrying_calls 'messages that upset' entry (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['She got messages that upset her after falling out with her best friend.', []],
    ['He received texts that upset him about his grandad being in hospital.', []],
    ['She receives messages that upset her from her former foster carer.', ['fa_in_care child historical']],
  ]);
});

describe('19: te_adults_contact_online new entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['The man was messaging her mum about the car he was selling.', []],
    ['Adults were messaging children in the youth club group chat about the trip.', []],
  ]);
});

describe("20: rg_unpaid_work 'forced to work' / 'without pay' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['He was forced to work in isolation for the rest of the day after swearing at a teacher.', ['da_hostile child', 'ep_isolated child']],
    ['Staff were forced to work longer shifts during the strike.', []],
    ['He was sent home from work without pay after turning up late.', []],
    ['Mum has been off work without pay since her operation.', []],
  ]);
});

describe("21: rg_bank_account_used 'gave|handed HER details|card to' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['He gave his details to the housing officer at the appointment.', []],
    ['She gave her details to the receptionist at the GP surgery.', []],
    ['He handed his card to the cashier to pay for the shopping.', []],
    ['She let her friend use her account on Minecraft.', []],
  ]);
});

describe("22: da_documents_held new 'taken|held ... by the man' entry (indicator-phrases.ts)", () => {
  gives('review 24-1', [['His ID was confiscated by the man on the door because it was fake.', []]]);
});

describe('23: da_controlled_return taxi entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [['She was brought back in a taxi booked by the college after she felt unwell.', []]]);
});

describe("24: go_unknown_adults_collect 'dropped ... by blokes/fellas/older lads' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['He was dropped off by the bloke who runs the boxing gym.', []],
    ['He was dropped off at the station by the fellas from the mosque after prayers.', []],
    ['She was dropped at the cinema by some older lads from college.', ['go_older_friends child']],
  ]);
});

describe('25: da_coached_account new entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['The drama teacher coached her on what to say in the school play.', []],
    ['The advocate coached her on what to say at her LAC review.', []],
    ['His solicitor coached him on what to say in the youth court.', []],
    ['He was coaching them before the debate competition.', []],
  ]);
});

describe("26: rg_status_rewards 'made her feel important/grown up/big' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['Passing his driving test made him feel grown up.', []],
    ['Having her own room at the new placement makes her feel grown up.', []],
    ['The comments about her weight made her feel big and ugly.', []],
    ['Getting into the college course made him feel important.', []],
    ['Joining the army cadets makes him feel respected.', []],
    ['Wearing make-up makes her feel grown up, she told me.', []],
  ]);
});

describe('27: ep_unexplained_surgery new entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['Mum complained about the procedure which they did not explain to her before consent.', []],
    ['She wants breast implants when she turns 18.', []],
    ['Mum had breast implants last year and is recovering well.', []],
  ]);
});

describe('28: go_internal_concealment new entry (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['Blood tests showed cocaine in her body when she was brought into A&E.', ['ad_drug_use child']],
    ['The toxicology report found cannabis in his body.', ['ad_drug_use child']],
    ['Police found cannabis concealed in a sock in his bag.', []],
    ['Officers found cocaine concealed in his shoe during the search.', []],
    ['Drugs concealed in a Pringles tube were found during the stop.', []],
  ]);
});

describe("29: da_inconsistent_accounts 'changed N times' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['She said her social worker has changed four times this year.', []],
    ['Mum said her shifts have changed several times this month.', []],
    ['He told me his medication has changed three times since June.', []],
    ['She told staff the bus timetable has changed several times.', []],
  ]);
});

describe("30: fa_unaccompanied_migrant 'travelled alone by plane/ferry' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['She travelled alone by plane to visit her dad in Spain.', []],
    ['He came alone on the ferry to meet his cousins in Ireland for the summer.', []],
    ['She travelled alone on a plane for the first time to see her grandparents in Poland.', []],
  ]);
});

describe("31: am_moved_by_others 'sent to TOWN' / 'driven by car between' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['She says she is being sent to Coventry by the girls in her form.', []],
    ['She was sent to Leeds for her gender identity assessment.', []],
    ['She was driven by car from Leeds to Bradford for her dance classes.', []],
  ]);
});

describe("32: fa_domestic_servitude 'has to cook|clean all day' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['He has to cook every day on his catering course.', []],
    ['She had to cook all day for her food technology practical exam.', []],
  ]);
});

describe("33: go_unknown_adults_collect 'picked|collected by the same driver' (indicator-phrases.ts)", () => {
  gives('review 24-1', [['She is collected by the same minibus driver every day for college.', []]]);
});

describe('34: da_fear_of_authorities new entry + THREAT_CODES (indicator-phrases.ts, indicators.ts)', () => {
  gives('review 24-1', [
    ['The teacher told him he would be sent to the headteacher if he swore again.', []],
    ['Staff told her she would be taken to the cinema on Saturday if she stayed in.', []],
    ['Staff will take her to the dentist on Friday.', []],
    ['She will be sent out if she talks in class again.', []],
    ['The paramedics told her she would be taken to hospital for a check-up.', []],
    ['Staff told him he would be sent home from the trip if he vaped again.', []],
    ['The nurse told her she would be sent a letter with the results.', []],
    ['Social workers will take her to see her brother on Saturday.', []],
  ]);
});

describe("35: rg_sex_exchange 'received * after ... had sex' (indicator-phrases.ts)", () => {
  gives('review 24-1', [['She received emergency contraception after they had sex on Saturday.', ['sh_emergency_contraception child']]]);
});

describe("36: go_carrying_weapons_money 'check bags for knives' / 'WEAPON on *' / 'carried cash for' (indicator-phrases.ts)", () => {
  gives('review 24-1', [
    ['Security checked all bags for weapons at the concert.', []],
    ['The school checks every bag for knives at the gate each morning.', []],
    ["He searched for knives on Amazon using his mum's account.", []],
    ['He carried cash for the school trip and his lunch.', []],
  ]);
});

describe("37: da_protects_abusers 'she says he did nothing wrong' (indicator-phrases.ts)", () => {
  gives('review 24-1', [['Lily says her brother was wrongly blamed; she says he did nothing wrong in the fight at school.', []]]);
});

describe('38: go_carrying_weapons_money WEAPON in ... hoodie|jacket|rucksack|... (indicator-phrases.ts)', () => {
  gives('review 24-1', [
    ['Staff found a blade in her hoodie which she had been using to self-harm.', ['ep_self_harm child']],
    ['She keeps a pencil sharpener blade in her jacket to cut herself.', ['ep_self_harm child']],
  ]);
});

describe('kept: the findings the fixes above must not silence (round 24 families and flags)', () => {
  gives('kept', [
    ['Mum disclosed she is using heroin again.', ['fa_parental_substance_misuse other']],
    ['Mum admitted that she was drinking heavily.', ['fa_parental_substance_misuse other']],
    ['Dad admitted he had been drinking.', ['fa_parental_substance_misuse other']],
    ['Her brother is very low and stays in bed.', ['ep_low_mood other']],
    ['He is really low, stays in his room crying.', ['ep_low_mood child']],
    ['She seems very low and tearful.', ['ep_low_mood child']],
    ['He carried cash for the group.', ['go_carrying_weapons_money child']],
    ['He let older boys use his account.', ['rg_bank_account_used child']],
    ['His ID was taken by the men.', ['da_documents_held child']],
    ['The man answered every question for Grace and coached her on what to say.', ['da_coached_account child']],
    ["Mum's ex-partner was violent towards her throughout Jade's early childhood.", ['fa_domestic_abuse other']],
    ['The olders made him feel important.', ['rg_status_rewards child']],
    ['She might be staying at an address in Oldham.', ['am_unknown_address child hypothetical']],
    ['Police deemed her at risk that she will go missing again.', ['am_missing child hypothetical']],
    ['She is thought to be staying with the men.', ['fa_living_with_unrelated_adults child hypothetical']],
    ['She is to be reported missing.', ['am_missing child hypothetical']],
    ['Before she came to the UK she was forced to work in a nail bar.', ['rg_unpaid_work child historical']],
    ["Dad's drinking is no longer a concern.", ['fa_parental_substance_misuse other negated']],
    ['Mr Khan was arrested for supplying cocaine.', ['go_arrests other']],
    ['Foster carer: she is using ket again.', ['ad_drug_use child']],
    ['Staff searched his bag for knives.', ['go_carrying_weapons_money child']],
    ['Police found drugs concealed inside her.', ['go_internal_concealment child']],
  ]);
});

describe('variants: the narrowed rules on nearby wording (hard negatives and positives)', () => {
  gives('variants', [
    ['Her weight is very low.', []],
    ['Her attendance is very low this term.', ['am_school_absence child']],
    ["She's very low at the moment.", ['ep_low_mood child']],
    ["He's been very low since Christmas.", ['ep_low_mood child']],
    ['Her older sister is very low since the baby.', ['ep_low_mood other']],
    ['He went missing on Saturday and his behaviour at school is no longer an issue.', ['am_missing child']],
    ['Cannabis use is no longer a concern.', ['ad_drug_use child negated']],
    ['She is to be interviewed by police about the man who raped her.', ['sh_sexual_assault child']],
    ['He is to be moved to a new placement after going missing.', ['am_missing child']],
    ['She was at high risk that week of going missing.', ['am_missing child']],
    ['Before she came here she was sleeping on the streets.', ['fa_unsuitable_accommodation child historical']],
    ['Before he came to this country he was forced to work on a farm.', ['rg_unpaid_work child historical']],
    ['Mrs Patel, her mum, is using heroin again.', ['fa_parental_substance_misuse other']],
    ['The men gave Kayla money.', ['rg_unexplained_money child']],
    ["The men on his phone won't stop calling him.", ['te_worrying_calls child']],
    ["The 'uncle' keeps his passport.", ['da_documents_held child']],
    ['The man told him the police would arrest him if he talked.', ['da_fear_of_authorities child']],
    ['She believes social workers will send her back.', ['da_fear_of_authorities child']],
    ['He was told he would be taken away by social services if he told anyone.', ['da_fear_of_authorities child']],
    ['She gave her bank details to a man she met online.', ['rg_bank_account_used child']],
    ['She was dropped at the park by older men in a BMW.', ['go_unknown_adults_collect child']],
    ['He was given £50 after each time the man had sex with him.', ['rg_sex_exchange child']],
    ['She was sent to Norwich to sell drugs.', ['am_moved_by_others child', 'go_carrying_drugs child']],
    ['He let his mate use his card on FIFA.', []],
    ['Staff took her to the GP on Friday.', []],
    ['The coach made him feel important when he scored.', []],
    ['He keeps a knife in his jacket for protection.', ['go_carrying_weapons_money child']],
  ]);
});
