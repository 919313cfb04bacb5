import { describe, expect, it } from 'vitest';
import { childIsObject } from './experiencer.ts';
import { findIndicators } from './indicators.ts';
import { newTokenArrays, scanText } from './tokenize.ts';

// Round 3: context cues on indicator entries, paraphrase families, and who the finding is about. Synthetic sentences
// written for these tests (not from the evaluation sets).

const codesOf = (text: string): string[] => findIndicators(text).map((f) => f.code);

describe('indicator cues: innocent readings raise nothing (hard negatives)', () => {
  it.each([
    'Police came into school to deliver a county lines awareness session to Year 10.',
    'PSHE lesson on drugs and alcohol delivered to Year 8.',
    'The school ran an assembly about drugs, alcohol and staying safe online.',
    "Mum's boyfriend, aged 34, lives at the address.",
    'Mum bought him new trainers for his birthday.',
    'She has new clothes from her nan, who took her shopping at the weekend.',
    'He was given a laptop by the school for his coursework.',
    'She likes designer clothes, which her grandparents buy for her.',
    'He has a part-time job and saves his wages for a car.',
    'She drinks a lot of energy drinks and is tired in the mornings.',
    'His gran lives in a residential home.',
    'She owes her friend an apology.',
    'Bruising to the knee from a football tackle; mum present.',
    'Advised caution when sharing the report with the family.',
    'Staff searched the internet for a suitable course.',
    'Dad collected her from the station in his car as arranged.',
    'She was picked up from school by her aunt.',
    'She was missing her PE kit again.',
    'He had a cardiac arrest in 2019 and has recovered.',
    'The isolated incident at the bus stop was dealt with by the driver.',
  ])('%s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });

  it('keeps the sign when the teaching or family word is not in the same sentence', () => {
    expect(codesOf('He is carrying drugs on county lines. The school is planning an awareness session.')).toContain('go_carrying_drugs');
  });

  it('an education cue does not hide a real disclosure further away in a long sentence', () => {
    expect(codesOf('After the assembly last week about online safety and bullying, she told staff she has been smoking cannabis daily.')).toContain(
      'ad_drug_use',
    );
  });

  it('an ED attendance counts only when the child was intoxicated or unconscious', () => {
    expect(codesOf('Attended ED with a sprained wrist from netball.')).toEqual([]);
    expect(codesOf('Brought to hospital by ambulance after drinking vodka in the park.')).toContain('ad_intoxication_hospital');
  });

  it('a collapsed placement is not intoxication', () => {
    expect(codesOf('The placement collapsed after two weeks.')).not.toContain('ad_intoxication_hospital');
  });
});

describe('paraphrase families', () => {
  it.each<[string, string]>([
    ['Seen getting into a silver Audi driven by an unknown male outside the school.', 'go_unknown_adults_collect'],
    ['A man in his thirties picks her up from the end of the road most evenings.', 'go_unknown_adults_collect'],
    ['He has started wearing expensive designer gear that mum did not buy.', 'rg_unexplained_gifts'],
    ['She came home with a new pair of Nike trainers.', 'rg_unexplained_gifts'],
    ['Staff found £400 in notes in his sock drawer.', 'rg_unexplained_money'],
    ['A man had been sending her money through an app.', 'rg_unexplained_money'],
    ['She did not return to the children’s home last night.', 'am_missing'],
    ['Police returned her home at 3am.', 'am_missing'],
    ['She was found by police at a flat in Leeds with two adult men.', 'am_found_with_adults'],
    ['Kacey said she has to pay the men back for the phone.', 'rg_debt_bondage'],
    ['Ryan has been doing drops for the olders.', 'go_carrying_drugs'],
    ['She has been talking to an older man on Snapchat.', 'te_adults_contact_online'],
    ['She had been added to group chats by unknown adults.', 'te_adults_contact_online'],
    ['She sent a topless photo to a boy from another school.', 'te_sexual_images'],
    ['He has a second phone that staff did not know about.', 'te_several_phones'],
    ['She gets messages late at night from numbers she will not name.', 'te_worrying_calls'],
    ['She is scared she will get into trouble with the police if she tells.', 'da_fear_of_authorities'],
    ['She keeps saying the men are her friends.', 'da_protects_abusers'],
    ['He hung up when the social worker called.', 'da_not_engaging'],
    ['He kicked off when asked where he had been.', 'da_hostile'],
    ['There was an empty fridge and no heating.', 'fa_neglect'],
    ['Her placement has broken down three times this year.', 'fa_family_breakdown'],
    ['She is spending time with men much older than her.', 'go_older_friends'],
    ['He was stopped on the train carrying £800 and a knife.', 'go_carrying_weapons_money'],
    ['She was being controlled by a man she called her boyfriend.', 'go_older_partner'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it('merges touching matches of one code into one finding', () => {
    const found = findIndicators('She is spending time with men much older than her.');
    expect(found.filter((f) => f.code === 'go_older_friends')).toHaveLength(1);
  });

  it('an older man who is the actor of another indicator is not also go_older_friends', () => {
    expect(codesOf('An older man bought her a new phone.')).toEqual(['rg_unexplained_gifts']);
  });
});

describe('experiencer and flags by definition', () => {
  const one = (text: string, code: string) => findIndicators(text).find((f) => f.code === code);

  it('an adult acting on the child leaves the finding about the child', () => {
    expect(one("Mum's partner gave him cannabis.", 'ad_substances_given')).toMatchObject({ experiencer: 'child' });
    expect(one('The man in the takeaway gives her free food and lifts home.', 'rg_accommodation_offered')).toMatchObject({ experiencer: 'child' });
  });

  it('keeps other when the pronoun is a possessive before a person, or there is none', () => {
    expect(one('Dad hits her mum.', 'fa_domestic_abuse')).toMatchObject({ experiencer: 'other' });
    expect(one('His mum was threatened at the door.', 'go_threats_violence')).toMatchObject({ experiencer: 'other' });
    expect(one('Mum drinks heavily.', 'fa_parental_substance_misuse')).toMatchObject({ experiencer: 'other' });
  });

  it('codes about others by definition are other, even when the person is inside the finding', () => {
    expect(one("Ruby's sister was sexually exploited by the same group.", 'fa_family_links_to_exploitation')).toMatchObject({ experiencer: 'other' });
    expect(one('His friends are carrying for the same group.', 'go_peers_exploited')).toMatchObject({ experiencer: 'other' });
  });

  it('familial codes about the child stay the child when a relative is the subject', () => {
    expect(one('He was living with his uncle, who is not a relative.', 'fa_living_with_unrelated_adults')).toMatchObject({ experiencer: 'child' });
    expect(one('Mum has asked her to leave and says she cannot cope.', 'fa_family_breakdown')).toMatchObject({ experiencer: 'child' });
  });

  it('previous abuse is historical even when its own words hold the time', () => {
    expect(one('Kayla was sexually abused by her stepfather when she was 8.', 'fa_previous_abuse')).toMatchObject({ historical: true });
  });

  it("a relative's home is a place, not the subject", () => {
    expect(one("Police believe Mum's flat has been cuckooed.", 'go_cuckooing')).toMatchObject({ experiencer: 'child' });
  });

  it('"as a baby" makes a finding historical; "did not return to" does not negate what follows', () => {
    expect(one('Tyler was in care as a baby and returned to mum aged two.', 'fa_in_care')).toMatchObject({ historical: true });
    expect(one('She did not return to the children’s home last night.', 'fa_in_care')).toMatchObject({ negated: false });
  });
});

describe('childIsObject', () => {
  const ta = newTokenArrays(64);
  const at = (text: string, s: number, e: number): boolean => {
    const a = scanText(text, ta);
    return childIsObject(a.id, a.sentence, a.n, s, e);
  };
  it('finds an object pronoun inside or just after the span, not a possessive before a person', () => {
    expect(at('gave her cannabis', 0, 3)).toBe(true);
    expect(at('threatened him outside', 0, 1)).toBe(true);
    expect(at('hits her mum', 0, 3)).toBe(false);
    expect(at('drinks heavily', 0, 2)).toBe(false);
    expect(at('threatened. Him', 0, 1)).toBe(false); // the next sentence
  });
  it('negates drugs not found on the child, and finds drugs that were', () => {
    const found = (t: string) => findIndicators(t).map((f) => [f.code, f.negated]);
    expect(found('Searched under s23, no drugs found on him.')).toEqual([['go_carrying_drugs', true]]);
    expect(found('Search found nothing; no drugs on him.')).toEqual([['go_carrying_drugs', true]]);
    expect(found('Cannabis was found on him at the station.')).toEqual([['go_carrying_drugs', false]]);
  });
  it('does not take a reflexive for the child: it refers back to the subject', () => {
    expect(at('tried to hang himself', 0, 4)).toBe(false);
    expect(at('cutting herself', 0, 2)).toBe(false);
    expect(findIndicators('His friend Alfie tried to hang himself in March.').map((f) => [f.code, f.experiencer])).toEqual([['ep_self_harm', 'other']]);
  });
});

// Round 4: wording from probes in the style of published case reviews (written for these tests).
describe('round 4 families', () => {
  it.each([
    ['She has been seen with known gang members.', 'go_peers_exploited'],
    ['He has links to a gang in Birmingham.', 'go_peers_exploited'],
    ['She came home with love bites on her neck.', 'sh_sexual_activity'],
    ['She has been staying overnight at an address in the town centre.', 'am_staying_out_late'],
    ['He slept overnight with the men at the flat.', 'am_staying_out_late'],
    ['She has had three STI tests in six months.', 'sh_sti'],
    ['She was taken to Blackpool by men she did not know.', 'am_moved_by_others'],
    ['At the party she was given drink and drugs by adult men.', 'ad_substances_given'],
    ['He has been sleeping in a car.', 'fa_unsuitable_accommodation'],
    ['He has a bank account that others are using to move money.', 'rg_bank_account_used'],
    ['He returns with cash after each missing episode.', 'rg_unexplained_money'],
    ['The young person is living with a 25 year old man.', 'fa_living_with_unrelated_adults'],
    ['She had been sold to other men for sex.', 'rg_sex_exchange'],
    ['Men at the takeaway give her free food and lifts.', 'rg_unexplained_gifts'],
    ['She has been absent from home overnight on several occasions.', 'am_missing'],
    ['She has several Snapchat accounts that her parents do not know about.', 'te_several_phones'],
    ['He deleted his messages and will not show staff his phone.', 'da_not_disclosing'],
    // Round 19: not "a man he met through a gaming platform" as a relative clause (the tuning sets annotate only the other sign).
    ['They met through a gaming platform and he now runs errands for the man.', 'te_meeting_online_contacts'],
    ['She works long hours cleaning for the family and does not attend school.', 'fa_domestic_servitude'],
    ['She has given different names and ages to police.', 'da_inconsistent_accounts'],
    ['She is picked up from the placement by the same man each night.', 'go_unknown_adults_collect'],
    ['The man tells her when to come back.', 'da_controlled_return'],
    ['She does not have a trusted adult she can talk to.', 'fa_no_trusted_adult'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each([
    'She stayed overnight at a friend’s house for her birthday.',
    'The police told the gang members to leave the park.',
    'She gets free school meals.',
    'She was taken to the clinic by the nurse.',
  ])('%s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });
});

// Round 5: misses and false positives from the tune4 tuning set that generalise. Sentences written for these tests,
// not taken from the evaluation sets.
describe('round 5 families', () => {
  it.each([
    ['Carers will report her missing if she is not back by ten.', 'am_missing'],
    ['He leaves college at lunchtime most days.', 'am_school_absence'],
    ['Police found her in the flat of a 41-year-old man.', 'am_found_with_adults'],
    ['She was found 90 miles from her placement.', 'am_found_out_of_area'],
    ['He was arrested for supply in Torquay, miles from home.', 'go_drug_arrest_out_of_area'],
    ['She could not tell staff the street she had stayed on.', 'am_unknown_address'],
    ['Dad refused to have her back home after the fight.', 'fa_family_breakdown'],
    ['He has moved between relatives since the summer.', 'fa_family_breakdown'],
    ['He arrived in Dover alone, aged 14.', 'fa_unaccompanied_migrant'],
    ['Her cousin runs a line out of Leeds.', 'fa_family_links_to_exploitation'],
    ['He has been looked after since 2023.', 'fa_in_care'],
    ['There are concerns about her eating.', 'ep_eating_problems'],
    ['Superficial cuts on her left forearm.', 'ep_self_harm'],
    ['Mood has been low since Christmas.', 'ep_low_mood'],
    ['She has dropped her old friends.', 'ep_isolated'],
    ['Two friends from her year are also being criminally exploited.', 'go_peers_exploited'],
    ['His friend was stabbed in a postcode dispute.', 'go_peers_exploited'],
    ['A taxi came for her at midnight.', 'go_unknown_adults_collect'],
    ['A 32-year-old man messaged her on Instagram.', 'te_adults_contact_online'],
    ['Adults she has never met have been contacting her on Discord.', 'te_adults_contact_online'],
    ['Boys in her year keep calling her names online.', 'te_online_bullying'],
    ['An STI test was offered and declined.', 'sh_sti'],
    ['She says she has had sex with three different men.', 'sh_many_partners'],
    ['She disclosed sex with a 30-year-old.', 'sh_sexual_activity'],
    ['She is dependent on the cannabis that the older boys supply.', 'ad_supply_controlled'],
    ['They use the flat to drink and smoke after school.', 'rg_accommodation_offered'],
    ['He says the gang will protect him.', 'rg_status_rewards'],
    ['He said "I owe the olders, I have to keep going back".', 'rg_debt_bondage'],
    ['He said "I owe the olders, I have to keep going back".', 'da_controlled_return'],
    ["She keeps returning to the man's flat.", 'da_controlled_return'],
    ['The men told him police would arrest him if he spoke.', 'da_fear_of_authorities'],
    ['She was given vodka before the rape.', 'ad_substances_with_sex'],
    ['She had sex with him so he would give her a lift home.', 'rg_sex_exchange'],
    ['She says "my boyfriend, he\'s 26, he looks after me".', 'go_older_partner'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    // Supply, not use: drugs that are carried, hidden or taken from the child.
    ['He was found with wraps of heroin in his shoe.', 'ad_drug_use'],
    ['The drugs were taken from him on the train.', 'ad_drug_use'],
    // The more specific code only.
    ['The men gave her cider and then had sex with her.', 'ad_substances_given'],
    // A school afternoon is not a missing episode.
    ['She does not come back for the afternoon on Fridays.', 'am_missing'],
    // A report of his age is not the child vouching for him.
    ['She says her boyfriend is 19.', 'da_protects_abusers'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });

  it.each([
    'Seen at the minor injuries unit with a sprained ankle from football.',
    'He was given £10 by his nan for his birthday and spent it at the cinema.',
    'She leaves school at 3:15 and walks home with her sister.',
    'Grandad cut his forearm on the fence and went to the GP.',
    'The family has moved between two houses on the same street.',
    'She will tell her mum if anyone contacts her online.',
  ])('%s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });
});

describe('round 6 families', () => {
  // Synthetic sentences written for these tests (not from the evaluation sets).
  it.each([
    ['Does the cooking, cleaning and childcare for the family she lives with.', 'fa_domestic_servitude'],
    ['She does all the cooking and cleaning for the household.', 'fa_domestic_servitude'],
    ['She cooks and cleans for the men at the flat.', 'fa_domestic_servitude'],
    ['Came back with a new Canada Goose coat.', 'rg_unexplained_gifts'],
    ['He has new Air Max trainers he will not explain.', 'rg_unexplained_gifts'],
    ['Wearing a new Stone Island jacket.', 'rg_unexplained_gifts'],
    ['She has a new Pandora bracelet.', 'rg_unexplained_gifts'],
    ['He had cash in his sock and said he was holding it for someone.', 'go_carrying_weapons_money'],
    ['Said she was holding the money for an older man.', 'go_carrying_weapons_money'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    // A parent doing the housework, or a child helping, is not servitude.
    ['Mum does the cooking and cleaning for the family.', 'fa_domestic_servitude'],
    ['She helps with the cooking and cleaning for the family at weekends.', 'fa_domestic_servitude'],
    ['She does the cooking on Sundays.', 'fa_domestic_servitude'],
    // An explained branded gift.
    ['Her mum bought her new Air Max trainers for her birthday.', 'rg_unexplained_gifts'],
    ['She wears Air Max trainers to PE.', 'rg_unexplained_gifts'],
    // Holding something that is not money, or money with an ordinary explanation.
    ['She is holding the baby for her sister.', 'go_carrying_weapons_money'],
    ['He is keeping his birthday money for someone special.', 'go_carrying_weapons_money'],
    ['He had £20 in cash for his lunch.', 'go_carrying_weapons_money'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });

  it('maps a parent\'s condition across "and was" to the familial code, and the child\'s own sign after an object', () => {
    const mum = findIndicators('Mum has bipolar disorder and was sectioned in January.');
    expect(mum.map((f) => f.code)).not.toContain('ep_low_mood');
    expect(mum.every((f) => f.experiencer === 'other')).toBe(true);
    const child = findIndicators('Lives with mum and has been self-harming.');
    expect(child.map((f) => [f.code, f.experiencer])).toEqual([['ep_self_harm', 'child']]);
  });
});

// Round 7 (tune6): the note-writers' own wording. Sentences written for these tests, not from the evaluation sets.
describe('round 7 families', () => {
  it.each<[string, string]>([
    ['She did not come home until Monday morning.', 'am_missing'],
    ['Comes in at 3am most nights.', 'am_staying_out_late'],
    ['Her attendance has been poor since Easter.', 'am_school_absence'],
    ['He was traced to a flat in another county.', 'am_found_out_of_area'],
    ['Found in Hull, a town she has no connection to.', 'am_found_out_of_area'],
    ['Someone bought train tickets to Exeter for her.', 'am_moved_by_others'],
    ['Found at a flat in Luton with two older men.', 'am_found_with_adults'],
    ['Police were called for DA between mum and dad.', 'fa_domestic_abuse'],
    ['She does all the cleaning for the men at the house.', 'fa_domestic_servitude'],
    ['His brother has been groomed by the same group.', 'fa_family_links_to_exploitation'],
    ['He tried to hang himself last night.', 'ep_self_harm'],
    ['She took 16 paracetamol after the argument.', 'ep_self_harm'],
    ['He says there is no point to anything.', 'ep_low_mood'],
    ['She thinks she is only good for one thing.', 'ep_low_self_esteem'],
    ['He has fallen out with all his friends.', 'ep_isolated'],
    ['She has lost about 5 kg in a month.', 'ep_eating_problems'],
    ['He falls asleep in lessons most days.', 'ep_exhaustion'],
    ['She was brought in unresponsive by her friends.', 'ad_intoxication_hospital'],
    ['She has no memory of anything after the party.', 'ad_substances_with_sex'],
    ['He cuts her off when she does not do what he says, and she needs the crack.', 'ad_supply_controlled'],
    ['A brick through the window the night after the arrest.', 'go_threats_violence'],
    ['His mum’s flat has been taken over by dealers.', 'go_cuckooing'],
    ['A man tried to sign her out of school.', 'go_unknown_adults_collect'],
    ['Two of his friends were identified as victims of CCE.', 'go_peers_exploited'],
    ['He is sent out shoplifting by the older boys.', 'go_forced_theft_begging'],
    ['Scan showed packages in his stomach.', 'go_internal_concealment'],
    ['Mum found adults in her contacts she did not know.', 'te_adults_contact_online'],
    ['She met up with a man from a gaming app.', 'te_meeting_online_contacts'],
    ['She was called a grass on Snapchat.', 'te_online_bullying'],
    ['The man said he would send the pictures to her mum if she stopped.', 'te_sextortion'],
    ['The older lads said he will owe them if he loses it.', 'rg_debt_bondage'],
    ['Unexplained payments into his account were found.', 'rg_unexplained_money'],
    ['He says the olders treat him like family.', 'rg_status_rewards'],
    ['A man at the shop said she can stay at his whenever she likes.', 'rg_accommodation_offered'],
    ['They pay her in cannabis for sex.', 'rg_sex_exchange'],
    ['He hands all his wages to the boss.', 'rg_unpaid_work'],
    ['A man asked for her bank card and PIN.', 'rg_bank_account_used'],
    ['The men said police would lock him up if he talked.', 'da_fear_of_authorities'],
    ['He became aggressive when asked about the car.', 'da_hostile'],
    ['She missed the last three sessions with her worker.', 'da_not_engaging'],
    ['The adults are keeping her passport.', 'da_documents_held'],
    ['She withdrew her allegation a week later.', 'da_disclosure_withdrawn'],
    ['An older man did all the talking at the clinic.', 'da_coached_account'],
    ['She goes straight back to the men after each return.', 'da_controlled_return'],
    ['The man forced himself on her.', 'sh_sexual_assault'],
    ['Staff noticed sexualised play in the nursery.', 'sh_sexualised_behaviour'],
    ['Men took over the family home to deal from it.', 'go_cuckooing'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    // Hard negatives: the same words in an innocent or explained reading.
    ['Attendance is 98% this term.', 'am_school_absence'],
    ['Took 2 paracetamol for a headache.', 'ep_self_harm'],
    ['She has lost 3kg as planned with the dietitian.', 'ep_eating_problems'],
    ['Dad collects her from the end of the road after school.', 'go_unknown_adults_collect'],
    ['Staff will sign him out of school for the dentist at 2pm.', 'go_unknown_adults_collect'],
    ['CCTV images were shared with police.', 'te_sexual_images'],
    ['She was offered work experience; offers of work experience are logged by school.', 'te_online_offers'],
    ['Mum cuts her off when she talks about dad.', 'ad_supply_controlled'],
    ['DA Smith attended the strategy meeting.', 'fa_domestic_abuse'],
    ['She became very aggressive when dad left.', 'da_hostile'],
    ['He is in prison for supplying class A.', 'fa_family_links_to_exploitation'],
    ['Dad took over the family home after the divorce.', 'go_cuckooing'],
    ['She helps nan by doing all the shopping for her.', 'fa_domestic_servitude'],
    ['He has not withdrawn any part of his account.', 'ep_change_in_behaviour'],
    ['The return home interview was done by the RHI worker.', 'go_arrests'],
    ['He sees the YOT worker on Tuesdays.', 'go_arrests'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });
});

// Round 8: families written for these tests (not taken from the evaluation sets).
describe('round 8 families', () => {
  it.each<[string, string]>([
    ['Police found her at a flat in Blackpool at 4am.', 'am_found_out_of_area'],
    ['He was arrested with crack wraps in Swansea.', 'go_drug_arrest_out_of_area'],
    ['Two men drove him all the way to Leeds.', 'am_moved_by_others'],
    ['She has been taken around the country by the group.', 'am_moved_by_others'],
    ['Staff found him hiding a machete under the bed.', 'go_carrying_weapons_money'],
    ['The older boys supplied the pills at the party.', 'ad_substances_given'],
    ['He says there is nobody at school he can talk to.', 'fa_no_trusted_adult'],
    ['She could not tell us where she had been sleeping.', 'am_unknown_address'],
    ['Maya insists nothing is wrong.', 'da_not_disclosing'],
    ['He is scared the police would send him back to Eritrea.', 'da_fear_of_authorities'],
    ['Persistent absence since Year 9.', 'am_school_absence'],
    ['They told him to pay £100 or his pictures would be shared.', 'te_sextortion'],
    ['She says she is seeing a man of 27.', 'go_older_partner'],
    ['Drinks two bottles of cider most nights.', 'ad_alcohol'],
    ['He says he gets a beating if the money is short.', 'go_threats_violence'],
    ['She went to meet a man she had only known online.', 'te_meeting_online_contacts'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['The family moved to Leeds from Bradford last year.', 'am_found_out_of_area'],
    ['Dad drove her to Leeds for the university open day.', 'am_moved_by_others'],
    ['The chef keeps a knife block in the kitchen.', 'go_carrying_weapons_money'],
    ['The GP supplied the pills she is prescribed for asthma.', 'ad_substances_given'],
    ['Won’t say where she has been since Friday.', 'am_unknown_address'],
    ['Mum’s boyfriend, a man of 40, is living at the house.', 'go_older_partner'],
    ['She met a woman from the council at the library.', 'te_meeting_online_contacts'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });
});

// Round 9: everyday paraphrases, written for these tests (not taken from the evaluation sets).
describe('round 9 families', () => {
  it.each<[string, string]>([
    ['Went AWOL from the home on Friday.', 'am_missing'],
    ['Came back after three nights missing.', 'am_missing'],
    ['She swore at officers when they brought her back.', 'da_hostile'],
    ['He says he can earn £300 a week from a post on Snapchat.', 'te_online_offers'],
    ['The man at the car wash keeps all his wages.', 'rg_unpaid_work'],
    ['He clams up when the men are mentioned.', 'da_not_disclosing'],
    ['Hangs around with lads in their twenties from the estate.', 'go_older_friends'],
    ['She arranged to meet a boy she met on Roblox.', 'te_meeting_online_contacts'],
    ['He has grown up witnessing dad’s violence.', 'fa_domestic_abuse'],
    ['The men let them crash at their flat.', 'rg_accommodation_offered'],
    ['He was taking pills at the party.', 'ad_drug_use'],
    ['Smelt of alcohol at the review.', 'ad_alcohol'],
    ['They will post her pictures online unless she pays.', 'te_sextortion'],
    ['She has been making herself sick after meals.', 'ep_eating_problems'],
    ['Comes home at 3 in the morning most nights.', 'am_staying_out_late'],
    ['She took back what she told the teacher.', 'da_disclosure_withdrawn'],
    ['The flat is being used as a base by the dealers.', 'go_cuckooing'],
    ['She could not name a single adult she trusts.', 'fa_no_trusted_adult'],
    ['Each time she is brought by a different adult.', 'go_unknown_adults_collect'],
    ['Her ID and bank card are held by the agent.', 'da_documents_held'],
    ['Separated from his family in Libya.', 'fa_unaccompanied_migrant'],
    ['He may be sleeping in a tent by the river.', 'fa_unsuitable_accommodation'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['She went to her cousin’s 16th birthday party; mum took her to the party and stayed.', 'go_taken_to_parties'],
    ['Mum takes her pills every morning.', 'ad_drug_use'],
    ['The school nurse gave a talk on scars after surgery.', 'ep_unexplained_surgery'],
    ['The referee was very aggressive towards the players.', 'da_hostile'],
    ['Dad let her friends crash at the house after the prom.', 'rg_accommodation_offered'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });
});

// Round 18: each new phrase family matches an example, and the service names it stopped reading as signs stay quiet.
// Sentences written for these tests.
describe('round 18 families', () => {
  it.each<[string, string]>([
    ['She has been passed between her nan, her aunt and her dad this year.', 'fa_family_breakdown'],
    ['He has had six placements in three years.', 'fa_family_breakdown'],
    ['She was driven between Leeds and Hull by the men.', 'am_moved_by_others'],
    ['He travels on tickets bought by others.', 'am_moved_by_others'],
    ['She is living with a man of 44 in a flat above the shop.', 'fa_living_with_unrelated_adults'],
    ['He was found 60 miles from where he lives.', 'am_found_out_of_area'],
    ['She is being bought vodka by the men at the garage.', 'ad_substances_given'],
    ['He gets free rent from a man of 50.', 'rg_accommodation_offered'],
    ['A man offered her a room at his flat.', 'rg_accommodation_offered'],
    ['He gave four different names to the officers.', 'da_inconsistent_accounts'],
    ['The men keep asking her to come to their parties.', 'go_taken_to_parties'],
    ['Mum is under the crisis team.', 'fa_parental_mental_health'],
    ['A man on the game asked him for nudes.', 'te_sexual_images'],
    ['She let a man use her bank card.', 'rg_bank_account_used'],
    ['They told him the police would lock him up if he spoke.', 'da_fear_of_authorities'],
    ['They told her they would burn the flat down.', 'go_threats_violence'],
    ['He was given a punishment beating.', 'go_threats_violence'],
    ['Men came to the door with a machete.', 'go_threats_violence'],
    ['Her mood has been very low.', 'ep_low_mood'],
    ['Officers seized the line phone when he was arrested.', 'te_several_phones'],
    ['She was collected from the drive by a taxi nobody at the home had ordered.', 'go_unknown_adults_collect'],
    ['A delivery driver keeps giving her a lift.', 'go_unknown_adults_collect'],
    ['She has a boyfriend of 27.', 'go_older_partner'],
    ['He has declined every RHI since Easter.', 'da_not_engaging'],
    ['She retracted her statement.', 'da_disclosure_withdrawn'],
    ['She goes back to the house every time they text.', 'da_controlled_return'],
    ['He says the men are the only ones who understand him.', 'da_protects_abusers'],
    ['A photo of her was passed round the year group.', 'te_online_bullying'],
    ["He says he's worthless.", 'ep_low_self_esteem'],
    ['She has stopped seeing her old friends.', 'ep_isolated'],
    ['An older boy is tracking where she goes through an app on her phone.', 'te_location_tracked'],
    ['Found drunk and unable to stand at the bus station.', 'ad_intoxication_hospital'],
    ['The men on his phone will not stop calling.', 'te_worrying_calls'],
    ['Her brother is known to be dealing for the Eastside gang.', 'fa_family_links_to_exploitation'],
    ['He was paid in trainers and weed.', 'rg_unpaid_work'],
    ['His friend was stabbed in a dispute over a line.', 'go_peers_exploited'],
    ['Unauthorised absence from 21:00; police informed.', 'am_missing'],
    ['She says she has no boyfriend of any age.', 'go_older_partner'],
    ['The boss keeps his wages for rent.', 'rg_unpaid_work'],
    ['He works at the car wash every day for nothing.', 'rg_unpaid_work'],
    ['She is given cigarettes and cash for sex.', 'rg_sex_exchange'],
    ['A man lets her stay in his flat if she sleeps with his friends.', 'rg_sex_exchange'],
    ['She was brought to the clinic by a man who waited outside.', 'go_unknown_adults_collect'],
    ['Different cars pick her up from the home at night.', 'go_unknown_adults_collect'],
    ['Found by officers at 2am in a hotel room in Hull with two men in their forties.', 'am_found_with_adults'],
    ['He was told to hide a knife in the bin store.', 'go_carrying_weapons_money'],
    ['Her cousin runs a line for the same group.', 'fa_family_links_to_exploitation'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['Supported lodgings host’s report: she is doing well at college.', 'fa_in_care'],
    ['Hostel key-work log: his passport is in the safe at his request.', 'fa_unsuitable_accommodation'],
    ['Homelessness duty note: the family have been rehoused.', 'fa_unsuitable_accommodation'],
    ['Private fostering assessment: the aunt has been checked and approved.', 'fa_living_with_unrelated_adults'],
    ['Referral order panel: his parents said how proud they are.', 'go_arrests'],
    ['His bag went missing at the bus stop.', 'am_missing'],
    ['Her new earrings were a present from her godmother.', 'rg_unexplained_gifts'],
    ['The older girls in Year 12 run a reading club.', 'go_older_friends'],
    ['The Year 8 trip stayed in a hostel booked by the school.', 'fa_unsuitable_accommodation'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });
});

// Round 19: each new phrase family matches an example, and injuries with an ordinary cause, or a pregnancy whose father
// is not named, stay quiet. Sentences written for these tests.
describe('round 19 families', () => {
  it.each([
    ['As a toddler she was hit by her stepfather, the chronology says.', 'fa_previous_abuse'],
    ['Physical abuse by his dad led to the first child protection plan.', 'fa_previous_abuse'],
    ['She was sexually abused by a family friend when she was small.', 'fa_previous_abuse'],
    ['She has new friends in Leeds and won’t give their ages.', 'da_not_disclosing'],
    ['Chlamydia positive and will not give any partner details.', 'da_not_disclosing'],
    ['Stays out most nights and wont say where shes been.', 'da_not_disclosing'],
    ['A teacher saw an unknown man pick her up after school.', 'go_unknown_adults_collect'],
    ['A man nobody knows has been waiting for him at the bus stop.', 'go_unknown_adults_collect'],
    ['A woman who said she was her aunt brought her to the clinic.', 'go_unknown_adults_collect'],
    ['Brought in by a man in his thirties who left before she was seen.', 'go_unknown_adults_collect'],
    ['He came back with a broken nose and will not say what happened.', 'ep_injuries_assault'],
    ['Police log: MFH since 19:00, last seen in the park.', 'am_missing'],
    ['She did not come back to the home last night.', 'am_missing'],
    ['She went to meet a man she met on Instagram.', 'te_meeting_online_contacts'],
    ['He says he met them on Snapchat last year.', 'te_meeting_online_contacts'],
    ['Mum found a man on Snapchat in her contacts.', 'te_adults_contact_online'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['Broken wrist after falling off the climbing wall at the leisure centre.', 'ep_injuries_assault'],
    ['The bruise on her knee is from a hockey tackle that the coach saw.', 'ep_injuries_assault'],
    ['She is 16 weeks pregnant and will not name the father.', 'da_not_disclosing'],
    ['No disclosure of sexual abuse at the review health assessment.', 'da_not_disclosing'],
    ['Missing from care log: she said she was at a friend’s.', 'am_missing'],
    ['Leaves school at lunchtime after a call and does not come back.', 'am_missing'],
    ['The men give her cocaine in return for sex at the flat.', 'ad_substances_given'],
    ['A man she met on Snapchat asked her for photos.', 'te_meeting_online_contacts'],
    ['He goes to the PRU every morning by taxi.', 'am_school_exclusion'],
    ['A man on TikTok offered her a job in London.', 'te_adults_contact_online'],
    ['He was arrested for robbery with two older males who planned it.', 'go_older_friends'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });
});

// Round 21: wording the tuning sets show in several forms (a child named where the patterns had a pronoun, numbers of
// partners, tests or convictions, record-keeping verbs, a negated bare verb), each with a hard negative. Sentences
// written for these tests.
describe('round 21 families', () => {
  it.each([
    ['The men give her weed for sex at the flat.', 'rg_sex_exchange'],
    ['He was offered a lift home if he performed a sex act.', 'rg_sex_exchange'],
    ['She relies on one older man for her cocaine.', 'ad_supply_controlled'],
    ['The men only give Tia ketamine if she stays the night.', 'ad_supply_controlled'],
    ['She reports five sexual partners since the summer.', 'sh_many_partners'],
    ['He reports several male partners he met online.', 'sh_many_partners'],
    ['She has come in for STI testing three times this term.', 'sh_sti'],
    ['He has two convictions for robbery.', 'go_arrests'],
    ['Her new friends are much older and have cars.', 'go_older_friends'],
    ['He is friends with men aged 24 and 26 from the gym.', 'go_older_friends'],
    ['She was collected from the school gate by an unknown man.', 'go_unknown_adults_collect'],
    ['A man in a silver car picks Ellie up from the park most nights.', 'go_unknown_adults_collect'],
    ['The men moved Kyle between Derby and Leicester.', 'am_moved_by_others'],
    ['Dad asked Jordan to leave the family home last week.', 'fa_family_breakdown'],
    ['A man of 40 has been messaging Maya on Snapchat.', 'te_adults_contact_online'],
    ['He is contacted on Instagram by adults he has never met.', 'te_adults_contact_online'],
    ['A man from Snapchat wants to meet her in town.', 'te_meeting_online_contacts'],
    ['She met a 22-year-old from a gaming chat.', 'te_meeting_online_contacts'],
    ['The men take Chloe to parties in Leeds.', 'go_taken_to_parties'],
    ['A man at the bus station offered Liam a bed for the night.', 'rg_accommodation_offered'],
    ['He missed most of the autumn term.', 'am_school_absence'],
    ['She left school without permission again.', 'am_school_absence'],
    ['He is barely eating.', 'ep_eating_problems'],
    ['She calls herself stupid and ugly.', 'ep_low_self_esteem'],
    ['He has very little confidence in himself.', 'ep_low_self_esteem'],
    ['She no longer answers my calls.', 'da_not_engaging'],
    ['He has turned down every offer of support.', 'da_not_engaging'],
    ['She has lost touch with her old friends.', 'ep_isolated'],
    ['He simulated sex acts in the playground.', 'sh_sexualised_behaviour'],
    ['Her account was rehearsed, the officer thought.', 'da_coached_account'],
    ['She came back drunk at midnight.', 'ad_alcohol'],
    ['He falls asleep in every lesson.', 'ep_exhaustion'],
    ['She was found in Aberystwyth with no money.', 'am_found_out_of_area'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['Her aunt gives her money for doing the shopping.', 'rg_sex_exchange'],
    ['She relies on her mum for lifts to college.', 'ad_supply_controlled'],
    ['She has two brothers and one sister.', 'sh_many_partners'],
    ['He has come in for asthma reviews three times this term.', 'sh_sti'],
    ['Her friends are much older than her little sister.', 'go_unknown_adults_collect'],
    ['She was collected from school by her dad.', 'go_unknown_adults_collect'],
    ['He was collected from the station by a taxi driver the council booked.', 'go_unknown_adults_collect'],
    ['Dad drove Kyle between Derby and Leicester for football matches.', 'am_moved_by_others'],
    ['Mum takes Chloe to parties for her school friends.', 'go_taken_to_parties'],
    ['The council offered Liam a room in a hostel.', 'rg_accommodation_offered'],
    ['He missed the bus on Monday.', 'am_school_absence'],
    ['She came back late from the school trip, which was delayed.', 'am_staying_out_late'],
    ['She does not drink fizzy drinks.', 'ad_alcohol'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });

  it('reads a negated bare verb as a negated finding', () => {
    expect(findIndicators('She says she does not drink.')).toContainEqual(expect.objectContaining({ code: 'ad_alcohol', negated: true }));
  });
});

// Round 21, second pass: more families seen in several tuning sets, each with a hard negative. Sentences written for
// these tests.
describe('round 21 families, second pass', () => {
  it.each([
    ['Her stepdad had sexually abused her when she was small.', 'fa_previous_abuse'],
    ["Mum's ex-partner was violent towards her.", 'fa_domestic_abuse'],
    ['She is staying with family friends and the council was never told.', 'fa_living_with_unrelated_adults'],
    ['She is pregnant and the father is 26.', 'go_older_partner'],
    ['He travelled on a ticket bought for him by a man he did not know.', 'am_moved_by_others'],
    ['He was told he would be stabbed if he talked.', 'go_threats_violence'],
    ['She left site at lunchtime again.', 'am_school_absence'],
    ['She could not name the street or the area where the flat was.', 'am_unknown_address'],
    ['He does not know where the house is.', 'am_unknown_address'],
    ['The man keeps Mercy’s passport.', 'da_documents_held'],
    ['She says a man touched her sexually at the party.', 'sh_sexual_assault'],
    ['He has been touching other children inappropriately.', 'sh_sexualised_behaviour'],
    ['The men told her social workers would take her baby.', 'da_fear_of_authorities'],
    ['Staff found other phones hidden in her room.', 'te_several_phones'],
    ['He was aggressive in interview and would not answer.', 'da_hostile'],
    ['She says nobody has ever been on her side.', 'fa_no_trusted_adult'],
    ['He says the olders are like family and would never hurt him.', 'da_protects_abusers'],
    ['She was offered a job via Instagram by a man in Leeds.', 'te_online_offers'],
    ['He arrived at Dover alone.', 'fa_unaccompanied_migrant'],
    ['He travelled with a man who is not his relative.', 'fa_unaccompanied_migrant'],
    ['He has to work off the cost of his journey.', 'rg_debt_bondage'],
  ])('%s', (text, code) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['The age assessment is booked for Tuesday.', 'fa_unaccompanied_migrant'],
    ['The midwife visited on Tuesday.', 'sh_pregnancy'],
    ['The father is 27 and works in a garage.', 'go_older_partner'],
    ['Mum keeps his passport in the safe at home.', 'da_documents_held'],
    ['Mum keeps Ellie’s passport in the safe.', 'da_documents_held'],
    ['He got aggressive during the football match.', 'da_hostile'],
    ['She says her dad is a good man and would never hurt her.', 'da_protects_abusers'],
    ['Her foster carers are like family to her.', 'da_protects_abusers'],
    ['There are other phones in the family for the children to use.', 'te_several_phones'],
    ["Carer's diary: no new clothes or gifts seen, her birthday is next week.", 'rg_unexplained_gifts'],
  ])('%s: not %s', (text, code) => {
    expect(codesOf(text)).not.toContain(code);
  });

  it('finds a negated sign in a carer’s record, and the child named inside an adult’s act', () => {
    expect(findIndicators("Carer's diary: no new clothes or gifts seen.")).toContainEqual(
      expect.objectContaining({ code: 'rg_unexplained_gifts', negated: true }),
    );
    expect(findIndicators('Strategy meeting: ask whether the men take Zara to parties.')).toContainEqual(
      expect.objectContaining({ code: 'go_taken_to_parties', experiencer: 'child' }),
    );
    expect(findIndicators('The men take their own kids to parties.').map((f) => f.experiencer)).not.toContain('child');
  });
});

// Round 21: "drug(s)" naming a service, a test or a trade, and drugs that are part of another sign, are not the child's
// drug use. Sentences written for these tests.
describe('drug use: services, tests, emergencies and taken-over homes', () => {
  it.each([
    'Drugs worker: she says she is fine and wants to be left alone.',
    'He was referred to the young people’s drug service by the GP.',
    'She denies it and the drug test was negative.',
    'There is a dispute over drug territory on the estate.',
    'Found collapsed in the park after taking pills, GCS 9.',
    'Brought in heavily intoxicated on ketamine by ambulance.',
    'Men have taken over her flat and sell drugs from it.',
  ])('%s', (note) => {
    expect(codesOf(note)).not.toContain('ad_drug_use');
  });

  it('still finds the child’s use, also beside those words', () => {
    expect(codesOf('He smokes cannabis every day before school.')).toContain('ad_drug_use');
    expect(codesOf('She says she takes drugs at the weekend with older friends.')).toContain('ad_drug_use');
    expect(codesOf('Mum uses heroin and was found unconscious at home last week.')).toContain('fa_parental_substance_misuse');
  });
});

// Round 21: a new phone nobody accounts for is the several-phones sign (framework 2026.1 wording), not also a gift; an
// explained one is neither.
describe('a new phone', () => {
  it.each([
    'Has a new iPhone and will not say where it came from.',
    'She has a brand-new phone nobody can account for.',
    'Found with a new phone she would not explain.',
  ])('%s', (note) => {
    const codes = codesOf(note);
    expect(codes).toContain('te_several_phones');
    expect(codes).not.toContain('rg_unexplained_gifts');
  });

  it.each([
    'She has a new phone from her mum for her birthday; mum showed the receipt.',
    'His new phone is on a contract that dad pays for.',
    'Unclear whether anyone can see his location through the new phone.',
  ])('%s: neither sign', (note) => {
    const codes = codesOf(note);
    expect(codes).not.toContain('te_several_phones');
    expect(codes).not.toContain('rg_unexplained_gifts');
  });
});

describe('not disclosing: hopelessness and an ordinary quiet day are not', () => {
  it.each(['She feels hopeless and says nothing will ever get better.', 'He was quiet in class because he had a heavy cold.'])('%s', (note) => {
    expect(codesOf(note)).not.toContain('da_not_disclosing');
  });
  it.each(['She shrugs and says nothing when asked who pays.', 'She says nothing is wrong.', 'He was quiet and would not look at the officer.'])(
    '%s: still found',
    (note) => {
      expect(codesOf(note)).toContain('da_not_disclosing');
    },
  );
});

describe('round 21: cash on return and an adult partner by age', () => {
  it.each([
    ['Stop and search: £400 in cash in his pocket, no explanation given.', 'rg_unexplained_money'],
    ['She came back drunk with £200 in cash.', 'rg_unexplained_money'],
    ['His girlfriend is a 25-year-old woman he met at the gym.', 'go_older_partner'],
    ["She talks about her 'boyfriend', a man of 30 she met at the shops.", 'go_older_partner'],
    ['Her partner at the time was a man of 28.', 'go_older_partner'],
  ])('%s', (note, code) => {
    expect(codesOf(note)).toContain(code);
  });
  it.each([['He came back with £20 in cash, his pocket money from his nan.', 'rg_unexplained_money']])('%s: not %s', (note, code) => {
    expect(codesOf(note)).not.toContain(code);
  });
});

describe('round 21: explained phones, hospital visits and injuries; domestic abuse in one sentence', () => {
  it.each([
    ['She has two phones, her own and a work phone from her job, which her manager confirmed.', 'te_several_phones'],
    ['He has two phones because his old one is kept for music.', 'te_several_phones'],
    ['Drugs were concealed internally and he was taken to hospital.', 'ad_intoxication_hospital'],
    ['Mum has bipolar disorder and has been admitted to hospital twice this year.', 'ad_intoxication_hospital'],
    ['He fractured his wrist falling off his bike; dad was there and the account fits the injury.', 'ep_injuries_assault'],
  ])('%s: not %s', (note, code) => {
    expect(codesOf(note)).not.toContain(code);
  });
  it.each([
    ['Two phones were found in his room and he will not say whose they are.', 'te_several_phones'],
    ['She was taken to hospital drunk at 2am.', 'ad_intoxication_hospital'],
    ['He was admitted to hospital after drinking vodka with the men.', 'ad_intoxication_hospital'],
  ])('%s', (note, code) => {
    expect(codesOf(note)).toContain(code);
  });
  it('reads domestic abuse named twice in a sentence as one finding', () => {
    const da = findIndicators('The MARAC referral says Kayden is living with domestic abuse at home.').filter((f) => f.code === 'fa_domestic_abuse');
    expect(da).toHaveLength(1);
  });
});

describe('round 21: negated and plain wording of engagement, online contact and adults present', () => {
  const find = (note: string) => findIndicators(note).map((f) => [f.code, f.negated]);
  it.each<[string, string, boolean]>([
    ['She says there has been no contact from adults online.', 'te_adults_contact_online', true],
    ['Adult gamers keep DMing him on Discord late at night.', 'te_adults_contact_online', false],
    ['A man of about 40 has been messaging her on Snapchat.', 'te_adults_contact_online', false],
    ['A 42-year-old has been messaging her on Snapchat every night.', 'te_adults_contact_online', false],
    ['When police found her no adults were with her.', 'am_found_with_adults', true],
    ['No knife was found when he was searched.', 'go_carrying_weapons_money', true],
    ['He has not missed a single session with his worker.', 'da_not_engaging', true],
    ['She has missed every appointment since October.', 'da_not_engaging', false],
    ["Sexual health: DNA'd x3, texts not answered.", 'da_not_engaging', false],
    ['He has stopped coming to the boxing club.', 'da_not_engaging', false],
    ['He declined the RHI again.', 'da_not_engaging', false],
    ["He won't see CAMHS.", 'da_not_engaging', false],
    ['No older friends known to school or to mum.', 'go_older_friends', true],
  ])('%s', (note, code, negated) => {
    expect(find(note)).toContainEqual([code, negated]);
  });
  it.each<[string, string]>([
    ['No older friends known to school or to mum.', 'go_peers_exploited'],
    ['His friends message him on Snapchat every evening.', 'te_adults_contact_online'],
    ['The men were with her dad at the match.', 'am_found_with_adults'],
    ['He stopped going to the club when it moved to Tuesdays.', 'go_arrests'],
  ])('%s: not %s', (note, code) => {
    expect(codesOf(note)).not.toContain(code);
  });
});

// Round 21: patterns written with a two-word alternative ("no longer cope", "her placement"), which the grammar reads as
// slots, so they never matched as meant; each repaired form matches now.
describe('repaired multi-word alternatives', () => {
  it.each([
    ['Address unknown.', 'am_unknown_address'],
    ['She has been absent from her placement overnight.', 'am_missing'],
    ['He left the home without permission.', 'am_missing'],
    ['Unauthorised absence from the home again last night.', 'am_missing'],
    ["Mum can't cope with him and has asked for help.", 'fa_family_breakdown'],
    ['Dad is no longer able to cope.', 'fa_family_breakdown'],
    ["She doesn't trust the police.", 'da_fear_of_authorities'],
    ["He won't talk about the weekend.", 'da_not_disclosing'],
    ["She can't stay away from the flat.", 'da_controlled_return'],
    ["The stories don't match.", 'da_inconsistent_accounts'],
    ["He can't name a single adult he trusts.", 'fa_no_trusted_adult'],
    ['Her brother is serving time for dealing.', 'fa_family_links_to_exploitation'],
    ["She won't say where she's been.", 'da_not_disclosing'],
    ['She was dropped home by a man in a car at 3am.', 'go_unknown_adults_collect'],
    ['He goes straight back to the men every time.', 'da_controlled_return'],
    ['She hates her body and will not eat in front of others.', 'ep_low_self_esteem'],
  ])('%s', (note, code) => {
    expect(codesOf(note)).toContain(code);
  });
});

describe('round 21, third pass: status, family links, change in behaviour, leaving school, images', () => {
  it.each([
    ['Staff wonder if the older lads are offering him respect in return for jobs.', 'rg_status_rewards'],
    ['He says the older lads promised to look after him if he carries for them.', 'rg_status_rewards'],
    ['He said being part of the group means no one touches him.', 'rg_status_rewards'],
    ["Hassan's brother was trafficked to Italy.", 'fa_family_links_to_exploitation'],
    ["Mum's partner is linked to the group exploiting her.", 'fa_family_links_to_exploitation'],
    ['Mum says she is like a different girl since the summer.', 'ep_change_in_behaviour'],
    ['Teachers report a sudden change: withdrawn and quiet in class.', 'ep_change_in_behaviour'],
    ['He leaves school after registration most days.', 'am_school_absence'],
    ['She was seen walking off the school site at lunchtime.', 'am_school_absence'],
    ['He sent an image of himself to someone who said she was 16.', 'te_sexual_images'],
    ['She could be pressured into sending images.', 'te_sexual_images'],
    ['Images of Chloe were found on the phone of a 35-year-old.', 'te_sexual_images'],
  ])('%s', (note, code) => {
    expect(codesOf(note)).toContain(code);
  });
  it.each<[string, string]>([
    ['Her grandad promised to look after her while mum is in hospital.', 'rg_status_rewards'],
    ['She sits next to a different girl in every class.', 'ep_change_in_behaviour'],
    ['There has been a sudden change of placement.', 'ep_change_in_behaviour'],
    ['Her teacher asked Mia for pictures of the school trip.', 'te_sexual_images'],
  ])('%s: not %s', (note, code) => {
    expect(codesOf(note)).not.toContain(code);
  });
});

describe('round 21: location shared by agreement; a debt and working it off', () => {
  it.each([
    'She shares her location with mum on Life360 by family agreement.',
    'His phone tracking app was set up by his mum with his agreement.',
    'Her dad can see her location on Snapchat because they agreed it together.',
  ])('%s', (note) => {
    expect(codesOf(note)).not.toContain('te_location_tracked');
  });
  it('still finds tracking by an adult, and a debt worked off is one finding', () => {
    expect(codesOf('Her boyfriend tracks her location on Snap Map and checks her phone.')).toContain('te_location_tracked');
    const debt = findIndicators('He says he owes £2,000 after the drugs were taken from him and must work it off.').filter((f) => f.code === 'rg_debt_bondage');
    expect(debt).toHaveLength(1);
  });
});

describe('round 21: taxis someone else pays for', () => {
  it.each([
    'Taxis are being paid for by someone and she will not say who.',
    'It may be that someone else is paying for the taxis.',
    'Taxis nobody had booked keep dropping her at the home at 3am.',
    'He takes taxis everywhere but has no money of his own.',
    'She arrived back by taxi; no one at the home had booked or paid for it.',
  ])('%s', (note) => {
    expect(codesOf(note)).toContain('rg_unexplained_money');
  });
  it.each([
    'His taxis to school are paid for by the council.',
    'She came home by taxi after the school trip.',
    'Mum paid for the taxi home from the hospital.',
  ])('%s: not', (note) => {
    expect(codesOf(note)).not.toContain('rg_unexplained_money');
  });
});

describe('round 21: an adult waiting who is a relative; arrests listed in one sentence', () => {
  it('does not read a named relative waiting outside school as an unknown adult', () => {
    expect(codesOf("The man waiting outside school in a car is Ellie's stepdad.")).not.toContain('go_unknown_adults_collect');
    expect(codesOf('Staff saw an unknown man waiting outside the school gates.')).toContain('go_unknown_adults_collect');
  });
  it('reads arrests listed in one sentence as one finding', () => {
    const arrests = findIndicators('He has been arrested four times this year, for shoplifting, robbery and possession.').filter(
      (f) => f.code === 'go_arrests',
    );
    expect(arrests).toHaveLength(1);
  });
});

describe('round 21: a B&B or one room; not remembering after drink; found out of area listed', () => {
  it.each([
    ['The family of five are living in one room in a B&B in Slough.', 'fa_unsuitable_accommodation'],
    ['She was plied with drink and does not remember what the men did.', 'ad_substances_with_sex'],
  ])('%s', (note, code) => {
    expect(codesOf(note)).toContain(code);
  });
  it('keeps a short repair stay out, and reads found out of area twice in a sentence as one finding', () => {
    expect(codesOf('They were placed in the B&B for two nights while the boiler was replaced.')).not.toContain('fa_unsuitable_accommodation');
    expect(codesOf('He does not remember what the film was about.')).not.toContain('ad_substances_with_sex');
    const found = findIndicators('Found in Scarborough in 2024, aged 13, with no known link to the town.').filter((f) => f.code === 'am_found_out_of_area');
    expect(found).toHaveLength(1);
  });
});

describe('round 21: pictures found on a phone', () => {
  it('are images of the child, not pictures of drugs or weapons', () => {
    expect(codesOf('Photos of drugs were found on his phone.')).not.toContain('te_sexual_images');
    expect(codesOf('Images of Chloe were found on the phone of a 35-year-old.')).toContain('te_sexual_images');
  });
});

describe('round 21: respect from ordinary adults', () => {
  it('is not a status reward, respect from the olders is', () => {
    expect(codesOf('He gets respect from his teachers if he works hard.')).not.toContain('rg_status_rewards');
    expect(codesOf('He gets protection from the older lads if he carries for them.')).toContain('rg_status_rewards');
  });
});

describe('round 21: missed or stopped for an ordinary reason', () => {
  it('is not disengagement', () => {
    expect(codesOf('She missed a session because she was ill.')).not.toContain('da_not_engaging');
    expect(codesOf('He stopped going to the boxing club when it closed.')).not.toContain('da_not_engaging');
    expect(codesOf('She has stopped coming to the girls’ group.')).toContain('da_not_engaging');
  });
});
