// Round 22 (2026-12-01): the items left from the reviews of round 21 and the wording families of the round's tuning
// sets. For every new pattern or rule, ordinary sentences that share its words (hard negatives) sit beside the
// positives it was made for. Every sentence is also run through the reference implementation, which must mirror the
// rules.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../../test/fixtures/text-checks.ts';
import { findIndicators } from './indicators.ts';

const find = indicatorRows(['code', 'experiencer', 'negated']);
const codes = (note: string) => find(note).map((r) => r[0]);

describe('M8: protection or care from the police, staff or a school is not a status reward', () => {
  it.each([
    'The police offered her protection from the older men.',
    'The school offered him protection from the gang.',
    'Staff promised to look after her if she came back to the unit.',
    'Police have promised protection if he gives a statement about the olders.',
    'She feels protected by the police since the men were arrested.',
    'Police offered protection through an Osman warning to the men.',
    'Staff have told him he will get protection from the police if he leaves the line.',
    'Her social worker promised to look after her if she left the men.',
  ])('%s', (note) => {
    expect(codes(note)).not.toContain('rg_status_rewards');
  });
  it.each([
    'He says the olders give him respect and protection.',
    'He feels protected by the olders.',
    'The olders promised to look after him if he carried for them.',
    'He gets respect from the olders on the estate.',
    'Youth worker: Deshawn says the older boys give him respect and protection as long as he does jobs for them.',
    'Stopped with cash; he told the YOT worker he had been promised protection and a name on the estate.',
  ])('keeps: %s', (note) => {
    expect(find(note)).toContainEqual(['rg_status_rewards', 'child', false]);
  });
});

describe('M9: a change in her body, or another child chosen, is not a change in behaviour', () => {
  it.each([
    'There was a sudden change in her weight over the summer.',
    'The GP noted a dramatic change in his appetite and weight.',
    'She has been replaced by a different girl for the project.',
    'The club picked a different boy for the trip.',
  ])('%s', (note) => {
    expect(codes(note)).not.toContain('ep_change_in_behaviour');
  });
  it.each([
    'She has been a different girl since she met the men.',
    'There has been a sudden change in his behaviour.',
    'Teachers report a sudden change: withdrawn, dyed hair, quiet in class.',
  ])('keeps: %s', (note) => {
    expect(codes(note)).toContain('ep_change_in_behaviour');
  });
});

describe('M11: a missed appointment "because she was with the men" is not explained away', () => {
  it.each(['She missed an appointment because she was with the men.', 'He has missed three appointments because he was with the olders.'])('%s', (note) => {
    expect(codes(note)).toContain('da_not_engaging');
  });
  it.each([
    'She missed an appointment because she was ill.',
    'She missed a session because of a dentist appointment.',
    'She stopped going to the youth club when she started college.',
    'She stopped going to Brownies when she started secondary school.',
    'He missed a session because the bus did not come.',
    'She missed a session because she was with her nan.',
    'She missed a session because mum forgot.',
  ])('ordinary: %s', (note) => {
    expect(codes(note)).not.toContain('da_not_engaging');
  });
});

describe('L25: the child and a relative arriving unaccompanied', () => {
  it.each(['He and his cousin arrived unaccompanied.', 'She and her sister arrived in the UK unaccompanied.', 'He arrived unaccompanied at Dover in a lorry.'])(
    '%s',
    (note) => {
      expect(find(note)).toContainEqual(['fa_unaccompanied_migrant', 'child', false]);
    },
  );
  it.each([
    'He arrived unaccompanied for his clinic appointment.',
    'He attended the GP surgery unaccompanied.',
    'She arrived unaccompanied at school.',
    'She arrived at school alone.',
    'He arrived unaccompanied to the review meeting.',
  ])('ordinary: %s', (note) => {
    expect(codes(note)).not.toContain('fa_unaccompanied_migrant');
  });
  it('a cousin alone stays the cousin', () => {
    expect(find('His cousin arrived unaccompanied last year.').filter((r) => r[1] === 'child')).toEqual([]);
  });
  it('the child with friends or a sibling stays the child', () => {
    expect(find('She and her brother were drinking vodka in the park.')).toContainEqual(['ad_alcohol', 'child', false]);
  });
});

describe('L26: "not far", a session walked out of, a new phone number', () => {
  it('"not far" is not a negation', () => {
    expect(find('He was stopped by police not far from the trap house carrying cash.').some((r) => r[2])).toBe(false);
    expect(codes('He has been missing but was found not far from home.')).not.toContain('am_found_out_of_area');
    expect(codes('She was found far from home in Leeds.')).toContain('am_found_out_of_area');
    expect(find('He was not carrying drugs.')).toContainEqual(['go_carrying_drugs', 'child', true]);
  });
  it('a session walked out of is not school absence', () => {
    expect(codes('He walked off site during the reparation session.')).not.toContain('am_school_absence');
    expect(codes('He walked off site during the contact visit.')).not.toContain('am_school_absence');
    expect(codes('He walked off the school site at lunchtime.')).toContain('am_school_absence');
    expect(codes('He walked off site at lunch and did not return to lessons.')).toContain('am_school_absence');
  });
  it.each(['She has a new phone number.', 'Her new mobile number is on the file.', 'Jade gave staff her new phone number.'])('%s', (note) => {
    expect(codes(note)).not.toContain('rg_unexplained_gifts');
    expect(codes(note)).not.toContain('te_several_phones');
  });
  it('keeps a new phone nobody explains', () => {
    expect(codes('She has a new phone and will not say who bought it.')).toContain('te_several_phones');
    expect(codes('He has new trainers and a designer jacket.')).toContain('rg_unexplained_gifts');
  });
});

describe('a heading that names domestic servitude, with a pronoun after it', () => {
  it.each([
    'Domestic servitude: she cleans the house and cooks for the whole family and is not allowed to go to school.',
    'Domestic servitude: he cooks and cleans for six adults and looks after the baby.',
    "Query domestic servitude: she does all the housework at the host family's home.",
  ])('%s', (note) => {
    expect(codes(note)).toContain('fa_domestic_servitude');
  });
  it.each(['She cleans the house every day.', 'She does the cooking at weekends and enjoys it.', 'He looks after the children next door on Saturdays.'])(
    'ordinary chores: %s',
    (note) => {
      expect(codes(note)).not.toContain('fa_domestic_servitude');
    },
  );
  it('help at home or a job under the heading is not the sign', () => {
    const texts = (note: string) => findIndicators(note, { currentYear: 2026 }).map((f) => f.text);
    expect(texts('Domestic servitude considered: she helps mum with the cooking.').join(' ')).not.toMatch(/cooking/);
    expect(texts('Domestic servitude training: she cleans rooms as part of her job.').join(' ')).not.toMatch(/cleans/);
  });
});

describe('adults acting on a child named where patterns had a pronoun', () => {
  it.each([
    ['The men gave Chantelle vodka at the flat.', 'ad_substances_given'],
    ['The lads gave Jay cannabis for free.', 'ad_substances_given'],
    ["The men keep Hamid's ID card and will not give it back.", 'da_documents_held'],
    ["Border Force: the adult was holding Mariam's passport.", 'da_documents_held'],
    ["An adult has been moving money through Jake's account.", 'rg_bank_account_used'],
    ["Other people are using Chloe's account.", 'rg_bank_account_used'],
    ['Kelsey handed over her bank card to the man outside.', 'rg_bank_account_used'],
    ["A man bought Kofi's train ticket to Crewe.", 'am_moved_by_others'],
    ["Someone paid for Mia's taxis to Blackburn.", 'am_moved_by_others'],
    ['If Kai is taken to Norwich again, his mum will call 999.', 'am_moved_by_others'],
    ['A man in his forties has been messaging Freya on a gaming app.', 'te_adults_contact_online'],
    ['The man from the takeaway has been messaging Ffion.', 'te_adults_contact_online'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ['Dad gave Tom beer at the barbecue.', 'ad_substances_given'],
    ['The nurse gave Amy pills for her pain.', 'ad_substances_given'],
    ['The shop sold Ellie vodka and was reported for underage sales.', 'ad_substances_given'],
    ["Mum keeps Amy's passport in a drawer.", 'da_documents_held'],
    ["The foster carer holds Ahmed's passport for safekeeping.", 'da_documents_held'],
    ["They took Jade's passport to the office for renewal.", 'da_documents_held'],
    ["Dad has been paying money into Jake's savings account.", 'rg_bank_account_used'],
    ["Someone used Amy's bank card after it was stolen.", 'rg_bank_account_used'],
    ['She handed over her bank card at the till.', 'rg_bank_account_used'],
    ["Mum bought Kofi's train ticket to Crewe.", 'am_moved_by_others'],
    ["The school paid for Mia's bus pass.", 'am_moved_by_others'],
    ['He was taken to hospital again.', 'am_moved_by_others'],
    ['She was taken to Brighton again for the weekend by her dad.', 'am_moved_by_others'],
    ['He was taken to court again.', 'am_moved_by_others'],
    ['The man from the housing office has been messaging mum about repairs.', 'te_adults_contact_online'],
    ['Her football coach has been messaging the parents about fixtures.', 'te_adults_contact_online'],
  ])('ordinary: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('wording families from fresh21', () => {
  it.each([
    ['Several of the men at the house had sex with her over the weekend.', 'sh_many_partners'],
    ['Other men have had sexual contact with Jasmine.', 'sh_many_partners'],
    ['She was too drunk to say no when a man of 25 had sex with her.', 'ad_substances_with_sex'],
    ['She is allowed to stay at the flat if she sleeps with the men.', 'rg_sex_exchange'],
    ['Ruby (5) is acting out sex with dolls.', 'sh_sexualised_behaviour'],
    ['Her little brother has been copying sexual acts he saw on her phone.', 'sh_sexualised_behaviour'],
    ["Kyle (8) touched other children's private parts in the toilets.", 'sh_sexualised_behaviour'],
    ['A man made her undress on a video call.', 'te_live_streaming'],
    ['Query whether Ellie has been streamed on the same site.', 'te_live_streaming'],
    ['The man answered every question for Mariam although she speaks English.', 'da_coached_account'],
    ["Query whether Dawit's account has been rehearsed.", 'da_coached_account'],
    ['Maisie went to meet the 19-year-old from Instagram on Saturday.', 'te_meeting_online_contacts'],
    ['Lola met a man she had talked to on TikTok.', 'te_meeting_online_contacts'],
    ['Liv gets panicky every time the man rings and goes to her room.', 'te_worrying_calls'],
    ['Keira gets texts during lessons and then leaves.', 'te_worrying_calls'],
    ['Tanisha will not meet with me and hides when I visit.', 'da_not_engaging'],
    ['Keanu said nobody at the home cares about him.', 'fa_no_trusted_adult'],
    ['Sasha now says she made it all up about the man in the BMW.', 'da_disclosure_withdrawn'],
    ['Mum has told Connor he cannot come home after a row.', 'fa_family_breakdown'],
    ['Leah could not say where the house was where she had been kept.', 'am_unknown_address'],
    ['Leah may not know where she was taken.', 'am_unknown_address'],
    ['Shay came back at 3 a.m. again; carers do not know where he goes.', 'am_staying_out_late'],
    ['Dawit travelled from Eritrea without his parents.', 'fa_unaccompanied_migrant'],
    ['Mariam arrived at Gatwick with a man who is not her family.', 'fa_unaccompanied_migrant'],
    ["Men have taken over Jordan's flat to sell drugs.", 'go_cuckooing'],
    ["Dealers are using mum's flat and Rio is sleeping on the sofa.", 'go_cuckooing'],
    ['Cody had drugs packed inside his body and needed surgery.', 'go_internal_concealment'],
    ["Theo's behaviour changed suddenly after Easter.", 'ep_change_in_behaviour'],
    ["Unclear whether the change in Mia's behaviour is linked to the men.", 'ep_change_in_behaviour'],
    ['Ellis told me his dad hears voices and he has to look after him.', 'fa_parental_mental_health'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ['Many adults have had sex education.', 'sh_many_partners'],
    ['He was too drunk to stop talking.', 'ad_substances_with_sex'],
    ["She can stay at her nan's as long as she helps out.", 'rg_sex_exchange'],
    ['The children were acting out a play.', 'sh_sexualised_behaviour'],
    ['He is acting out in class.', 'sh_sexualised_behaviour'],
    ["He copies his brother's behaviour.", 'sh_sexualised_behaviour'],
    ["The boys were touching other children's bags.", 'sh_sexualised_behaviour'],
    ['She performed on a video call for her grandparents.', 'te_live_streaming'],
    ['The school assembly was streamed to parents.', 'te_live_streaming'],
    ['She rehearsed her lines for the play.', 'da_coached_account'],
    ['She met the man from the council at the office.', 'te_meeting_online_contacts'],
    ['He met a boy from school at the park.', 'te_meeting_online_contacts'],
    ['Strategy meeting: the man on Discord asked Tomasz for pictures.', 'te_meeting_online_contacts'],
    ['She gets anxious every time her mum rings.', 'te_worrying_calls'],
    ['She gets a text from her carer and then leaves for home.', 'te_worrying_calls'],
    ['Mum will not meet with me.', 'da_not_engaging'],
    ['The olders will not meet with him.', 'da_not_engaging'],
    ['Nobody at school knew about the trip.', 'fa_no_trusted_adult'],
    ['The nurse told him he can go home.', 'fa_family_breakdown'],
    ['Mum told Jay he is allowed to come home.', 'fa_family_breakdown'],
    ['Mum came home at 3am from her shift.', 'am_staying_out_late'],
    ['He travelled from London without his parents for the school trip.', 'fa_unaccompanied_migrant'],
    ["She has taken over her mum's flat since mum went into care.", 'go_cuckooing'],
    ['The men are using the house next door for parking.', 'go_cuckooing'],
    ['Cannabis was stored in his bedroom.', 'go_internal_concealment'],
    ["There has been a change in the school's behaviour policy.", 'ep_change_in_behaviour'],
    ['She hears voices at night.', 'fa_parental_mental_health'],
    ['Mum heard voices in the garden.', 'fa_parental_mental_health'],
    ['He heard voices outside and called police.', 'fa_parental_mental_health'],
  ])('ordinary: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('a chronology heading: what follows happened before', () => {
  const hist = (note: string) => findIndicators(note, { currentYear: 2026 }).map((f) => [f.code, f.historical]);
  it('a heading', () => {
    find('Chronology: Keira was leaving school at lunchtime throughout Year 8.');
    expect(hist('Chronology: Keira was leaving school at lunchtime throughout Year 8.')).toContainEqual(['am_school_absence', true]);
    expect(hist('Case chronology: Tyler was befriended by a group of adult men at the skate park.')).toContainEqual(['go_older_friends', true]);
  });
  it('not a chronology named in the sentence', () => {
    find("The school's chronology shows his attendance fell from 94% to 41% over the autumn term.");
    expect(hist("The school's chronology shows his attendance fell from 94% to 41% over the autumn term.")).toContainEqual(['am_school_absence', false]);
    expect(hist('The chronology notes that she has stopped seeing friends her own age.')).toContainEqual(['ep_isolated', false]);
    expect(hist('Home visit: Keira was leaving school at lunchtime.')).toContainEqual(['am_school_absence', false]);
  });
});

describe('headings, grief and offers online', () => {
  it('a heading that runs on past the record type, with a subject after it, is the kind of record', () => {
    expect(codes('UASC health assessment: Hamid has a surgical scar on his side.')).not.toContain('fa_unaccompanied_migrant');
    expect(codes("MFH closing: Deacon was found at an adult's flat after 30 hours missing.")).not.toContain('am_missing');
    expect(codes('UASC health assessment: scar on the left flank, says he had an operation on the journey.')).toContain('fa_unaccompanied_migrant');
    expect(codes('UASC: arrived in Kent in a lorry.')).toContain('fa_unaccompanied_migrant');
  });
  it('a foster home named is not itself the sign', () => {
    expect(codes('Keanu was reported missing from his foster home at 20:15.')).not.toContain('fa_in_care');
    expect(codes('She has lived with her foster carer since 2022.')).toContain('fa_in_care');
  });
  it.each(['She has been tearful since her grandad died.', 'Mum was tearful at the funeral.', 'Tearful after the miscarriage; bereavement support offered.'])(
    'grief: %s',
    (note) => {
      expect(codes(note)).not.toContain('ep_low_mood');
      expect(codes(note)).not.toContain('fa_parental_mental_health');
    },
  );
  it('tears otherwise stay low mood', () => {
    expect(codes('She was tearful and withdrawn after the men came to the house.')).toContain('ep_low_mood');
  });
  it.each([
    'A man on TikTok offered her work and a place to stay.',
    'An account on TikTok offered her a modelling job.',
    'If anyone on the app offers Becky work, she has agreed to tell her mum.',
  ])('offers online: %s', (note) => {
    expect(codes(note)).toContain('te_online_offers');
  });
  it.each([
    'Her aunt on WhatsApp offered her a room for the summer.',
    'The school app offers parents a place at the meeting.',
    'She found a job online and the café offered her shifts.',
  ])('ordinary: %s', (note) => {
    expect(codes(note)).not.toContain('te_online_offers');
  });
});

describe('tuning-set families: accounts, supply on terms, trust, home, loyalty, driving, tracking, hotels', () => {
  it.each([
    ["Bank: Harvey's account was used to move £4,000 in a week.", 'rg_bank_account_used'],
    ["Large sums going in and out of her Monzo account that she says aren't hers.", 'rg_bank_account_used'],
    ['Outreach: Kerry depends on the heroin the men supply.', 'ad_supply_controlled'],
    ['Zara needs crack from the men and they decide when she gets it.', 'ad_supply_controlled'],
    ['Carys only gets her weed if she does what they say.', 'ad_supply_controlled'],
    ['Josh has no adult in his life he trusts.', 'fa_no_trusted_adult'],
    ['SW: mum told Kacey to leave the house after an argument and she has nowhere to go.', 'fa_family_breakdown'],
    ['Mum has told the worker she no longer wants him home.', 'fa_family_breakdown'],
    ['SW: Kian defends the older boys and says they look after him.', 'da_protects_abusers'],
    ['Social worker: Joel said the olders are alright.', 'da_protects_abusers'],
    ['Police: Ruby says the man is lovely and did nothing wrong.', 'da_protects_abusers'],
    ['Kyla says men drive her between Corrowby and Stavenholme most weekends.', 'am_moved_by_others'],
    ['A man drove her from Oxtree to Brackenford and back on the same night.', 'am_moved_by_others'],
    ["Mum: the men track Shannon's phone and know where she is.", 'te_location_tracked'],
    ['Shay has to send the men his location every hour.', 'te_location_tracked'],
    ['Police: the adults drove Bella to a hotel in Watford where other men were waiting.', 'go_taken_to_parties'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ["The charity's account was used to receive donations.", 'rg_bank_account_used'],
    ['Dad depends on the money his work provides.', 'ad_supply_controlled'],
    ['She says the lads are alright at football.', 'da_protects_abusers'],
    ['The police officer said the man did nothing wrong.', 'da_protects_abusers'],
    ['Mum told the lodger to leave the house.', 'fa_family_breakdown'],
    ['Mum told Jay to leave the house by 8 to catch the bus.', 'fa_family_breakdown'],
    ['The men drove him from school to his contact visit.', 'am_moved_by_others'],
    ['Staff took her between the unit and school.', 'am_moved_by_others'],
    ['The staff took the girls to the hotel for the school trip.', 'go_taken_to_parties'],
    ['Police took her to the hotel where her family were staying.', 'go_taken_to_parties'],
    ["They check Jade's phone every night as part of the safety plan.", 'te_location_tracked'],
  ])('ordinary: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('patterns that wrote two words as one alternative, repaired', () => {
  it.each([
    ['Nobody knew where she was all weekend.', 'am_missing'],
    ['No one knew where he was until Sunday.', 'am_missing'],
    ['She has nobody to go to.', 'fa_no_trusted_adult'],
    ['He was given a referral order.', 'go_arrests'],
    ['He is on a referral order.', 'go_arrests'],
    ['He is subject to a referral order.', 'go_arrests'],
    ['She attends adult parties at the weekend.', 'go_taken_to_parties'],
    ['Her account was used to move £2,000.', 'rg_bank_account_used'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ["She attended a house party for her cousin's birthday.", 'go_taken_to_parties'],
    ['Mum says nobody knew where the party was.', 'am_missing'],
  ])('ordinary: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('care status named inside another sign, and looked after under an order', () => {
  it.each([
    "Missing from the children's home in Rotherham since Friday teatime; third episode this month.",
    "A taxi sent by adults nobody knows picks her up from the children's home late at night.",
  ])('%s', (note) => {
    expect(codes(note)).toContain('fa_in_care');
  });
  it('missing from the home is still a missing episode', () => {
    expect(codes("Missing from the children's home in Rotherham since Friday teatime.")).toContain('am_missing');
    expect(codes("The missing from the children's home protocol was reviewed.")).not.toContain('am_missing');
  });
  it.each([
    'Reuben is looked after under a full care order and has had five placements in two years.',
    'Kayla, who is looked after under a care order, has moved placement.',
    'He is looked after under section 20.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('fa_in_care');
  });
  it('looked after by a relative is not care', () => {
    expect(codes('She was looked after by her nan.')).not.toContain('fa_in_care');
  });
});

describe('an image passed round a year group is bullying', () => {
  it.each([
    'A sexual image of her is being passed round Year 10.',
    'A picture of her was passed round the whole year group.',
    'The DSL log records that a sexual image of her was shared around Year 10 on WhatsApp.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('te_online_bullying');
    expect(codes(note)).not.toContain('te_sexual_images');
  });
  it('images sent to or found with an adult stay sexual images', () => {
    expect(codes('A man asked her for sexual images and shared them on Snapchat.')).toContain('te_sexual_images');
    expect(codes("Images of her were found on the man's phone.")).not.toContain('te_online_bullying');
  });
});

describe('searches, kitchen knives, a parent unconscious, documents kept safe', () => {
  it('a search alone is not an arrest', () => {
    expect(codes('Police searched him and found no weapon or money.')).not.toContain('go_arrests');
    expect(codes('He was arrested and searched in custody.')).toContain('go_arrests');
  });
  it('a kitchen knife used for cooking is not a weapon carried', () => {
    expect(codes('ED: laceration to the hand from a kitchen knife while cooking tea, mum witnessed it.')).not.toContain('go_carrying_weapons_money');
    expect(codes('He was stopped carrying a kitchen knife in his waistband.')).toContain('go_carrying_weapons_money');
    expect(codes('Police found a kitchen knife in his bag at the station.')).toContain('go_carrying_weapons_money');
  });
  it('a parent unconscious is their substance misuse; a fall or a fit is neither', () => {
    expect(find('Mum is drinking heavily again and was unconscious when police attended.').map((r) => r[0])).not.toContain('ad_intoxication_hospital');
    expect(codes('Mum was unconscious after a fall.')).not.toContain('fa_parental_substance_misuse');
    expect(codes('She was unconscious after a seizure.')).not.toContain('ad_intoxication_hospital');
    expect(codes('She was found unconscious in the park after drinking vodka.')).toContain('ad_intoxication_hospital');
  });
  it.each([
    'She keeps her passport and her birth certificate in a folder in her room.',
    'He keeps his bank card in his wallet and uses it at the canteen.',
    'Her aunt keeps her passport safe and hands it over whenever she asks.',
  ])('kept safe: %s', (note) => {
    expect(codes(note)).not.toContain('da_documents_held');
  });
  it.each(["The 'uncle' keeps his passport and will not give it back.", 'The man kept her passport.', 'The man who brought her kept her passport.'])(
    'withheld: %s',
    (note) => {
      expect(codes(note)).toContain('da_documents_held');
    },
  );
});

describe('a change in behaviour listed is one change', () => {
  it('merges the list', () => {
    const fs = findIndicators('Teachers report a sudden change: in a few weeks she has gone from chatty and settled to withdrawn and angry.', {
      currentYear: 2026,
    });
    expect(fs.filter((f) => f.code === 'ep_change_in_behaviour')).toHaveLength(1);
    find('Teachers report a sudden change: in a few weeks she has gone from chatty and settled to withdrawn and angry.');
  });
  it('a statement not withdrawn is no change', () => {
    expect(codes('The OIC confirms she has not withdrawn anything she told the ABE officers.')).not.toContain('ep_change_in_behaviour');
    expect(codes('She has become withdrawn since the summer.')).toContain('ep_change_in_behaviour');
  });
});

describe('a man who says he is a relative', () => {
  it('bringing the child into the country: unaccompanied', () => {
    const c = codes('Arrived in the UK last month with a man who said he was his uncle, and that man still holds his passport.');
    expect(c).toContain('fa_unaccompanied_migrant');
    expect(c).not.toContain('go_unknown_adults_collect');
  });
  it('collecting the child: an unknown adult', () => {
    const c = codes('She was brought to the clinic by a man who said he was her uncle.');
    expect(c).toContain('go_unknown_adults_collect');
    expect(c).not.toContain('fa_unaccompanied_migrant');
  });
});

describe('more ordinary wording for the round 22 patterns', () => {
  it.each([
    ['People bought him drinks for his birthday.', 'ad_substances_given'],
    ['He got in at 2 in the afternoon.', 'am_staying_out_late'],
    ['Her account was used to receive her wages.', 'rg_bank_account_used'],
    ['He gets calls and then leaves for work.', 'te_worrying_calls'],
    ['The council has taken over Sam’s flat for repairs after the dealers were evicted.', 'go_cuckooing'],
  ])('%s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
  it('keeps a heading that names housing', () => {
    expect(codes("Housing: men have taken over Jordan's flat to sell drugs.")).toContain('go_cuckooing');
    expect(codes("Housing: dealers are using Sam's flat and he sleeps on the floor.")).toContain('go_cuckooing');
  });
});

describe('a threat or damage aimed at the family is about them; a threat to come stays the child’s', () => {
  it.each([
    'Men came to the door and threatened his mum.',
    "Retracted his statement after his mum's car was damaged outside the house.",
    "Home visit: men came to the door and threatened Rio's mum.",
  ])('about the family: %s', (note) => {
    expect(find(note)).toContainEqual(['go_threats_violence', 'other', false]);
  });
  it.each([
    "Told that if he talks, they will burn his mum's house down.",
    'He was told they would stab his mum if he went to the police.',
    'The men threatened him and his mum at the door.',
    'The men threatened her.',
  ])('the child’s: %s', (note) => {
    expect(find(note)).toContainEqual(['go_threats_violence', 'child', false]);
  });
});

describe('a fear, a risk or a concern that something is so', () => {
  const flags = (note: string) => findIndicators(note, { currentYear: 2026 }).map((f) => [f.code, f.hypothetical, f.negated]);
  it.each([
    ['It is feared the men may hurt his mum if he stops going.', 'go_threats_violence'],
    ['There is a risk Tommy will be moved to another town by the group.', 'am_moved_by_others'],
    ['Concern that the man from TikTok wants to meet Lily.', 'te_meeting_online_contacts'],
  ])('%s', (note, code) => {
    find(note);
    expect(flags(note)).toContainEqual([code, true, false]);
  });
  it('no concern that: negated, not hypothetical', () => {
    const note = 'No concern that he lacks a trusted adult; he is close to his grandad.';
    find(note);
    expect(flags(note)).toContainEqual(['fa_no_trusted_adult', false, true]);
  });
  it('a fact after a concern elsewhere keeps its reading', () => {
    const note = 'She went missing on Friday and was found in Leeds.';
    expect(flags(note)).toContainEqual(['am_missing', false, false]);
  });
});

describe('neglect described, small hours, a drugs charge far from home, a return to the trafficker', () => {
  it.each([
    ['Health visitor: the children are often dirty and hungry and the house has no food.', 'fa_neglect'],
    ['He is often hungry at school and nobody collects him.', 'fa_neglect'],
    ['Leon comes to school in the same clothes all week and is always hungry.', 'fa_neglect'],
    ['Mum: Leah has been coming home at three or four in the morning.', 'am_staying_out_late'],
    ['Shift handover: Dylan stayed out until 03:00 with men from Fennamoor.', 'am_staying_out_late'],
    ['Night log: Reece returned at 06:30 and would not say where he had been.', 'am_staying_out_late'],
    ['Custody: Reece (15) was charged with supplying heroin in Cromer, far from his home in east London.', 'go_drug_arrest_out_of_area'],
    ['Jaden was charged with supplying crack cocaine in Stavenholme, a town where he has no family.', 'go_drug_arrest_out_of_area'],
    ['Leaving care: Kemi returned to the man who trafficked her within a week.', 'da_controlled_return'],
    ['Carer: the men keep calling Shannon back and she always goes.', 'da_controlled_return'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ['He is always hungry after football.', 'fa_neglect'],
    ['He got up at 05:30 for his paper round.', 'am_staying_out_late'],
    ['Reported missing at 23:00, back at 06:00 on Saturday.', 'am_staying_out_late'],
    ['She came home at 3 in the afternoon.', 'am_staying_out_late'],
    ['Mum keeps calling him back to help with the shopping.', 'da_controlled_return'],
    ['He was charged with supplying cannabis at the youth club, the police say.', 'go_drug_arrest_out_of_area'],
  ])('ordinary: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('made or asked to carry or keep things for others', () => {
  it.each([
    ['If Mason is asked to carry anything for the lads, he will tell his youth worker.', 'go_carrying_drugs'],
    ['Ask Jaden whether anyone has asked him to carry things.', 'go_carrying_drugs'],
    ['RHI: he said the olders made him hold a bag and hit him when he lost some.', 'go_carrying_drugs'],
    ["Police: Mason was made to keep knives at his nan's flat.", 'go_carrying_weapons_money'],
    ['Police: Reece said he was made to hide a knife for a man.', 'go_carrying_weapons_money'],
  ])('%s', (note, code) => {
    expect(codes(note)).toContain(code);
  });
  it.each([
    ['The teacher asked him to carry the chairs.', 'go_carrying_drugs'],
    ['He was asked to carry the shopping for his nan.', 'go_carrying_drugs'],
    ['Police: Reece said he was made to hide a knife for a man.', 'go_carrying_drugs'],
    ['He was asked to keep his lunch money in his bag.', 'go_carrying_weapons_money'],
  ])('ordinary: %s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
});

describe('ordinary wording checked at the end of the round', () => {
  it.each([
    ['He handed over his bank card to pay for the school trip.', 'rg_bank_account_used'],
    ['She has been tearful since her dog died.', 'ep_low_mood'],
  ])('%s', (note, code) => {
    expect(codes(note)).not.toContain(code);
  });
  it.each([
    ['He and his brother were excluded from school last year.', 'am_school_exclusion'],
    ['She and her cousin have been drinking in the park.', 'ad_alcohol'],
  ])('the child named with a relative stays the child: %s', (note, code) => {
    expect(find(note).find((r) => r[0] === code)?.[1]).toBe('child');
  });
});

describe('work for a pittance or nothing', () => {
  it.each([
    'Labour inspection: Ionut, 16, is paid £10 a day at a farm near Wisbech.',
    'Labour inspection: the two 16-year-olds were working 14-hour shifts for £20 a day.',
    'NRM: Mercy is paid £20 a week for cleaning houses every day.',
    'He works at the car wash every day for nothing.',
  ])('%s', (note) => {
    expect(codes(note)).toContain('rg_unpaid_work');
  });
  it('one sign when the sentence names it twice', () => {
    const fs = findIndicators('UASC from Vietnam, now 16, works 12-hour days at a nail bar in Leicester and hands all her wages to the owner.', {
      currentYear: 2026,
    });
    expect(fs.filter((f) => f.code === 'rg_unpaid_work')).toHaveLength(1);
  });
  it.each([
    'He has a part-time job at the café and is paid £50 a week.',
    'She is paid £20 a week for her paper round.',
    'Mum works 12-hour shifts at the hospital.',
    'He works at the youth club for free as a volunteer.',
    'She gets £10 a week pocket money.',
  ])('ordinary: %s', (note) => {
    expect(codes(note)).not.toContain('rg_unpaid_work');
  });
});

describe('chores for the whole household, arriving without any family', () => {
  it('servitude', () => {
    expect(codes('She cooks and cleans for the whole household and is not sent to school.')).toContain('fa_domestic_servitude');
    expect(codes('She cooks and cleans for the whole family at weekends to help mum.')).not.toContain('fa_domestic_servitude');
  });
  it('unaccompanied', () => {
    expect(codes('Ahmed, 15, arrived in Dover in a lorry without any family.')).toContain('fa_unaccompanied_migrant');
    expect(codes('He arrived at school without any PE kit.')).not.toContain('fa_unaccompanied_migrant');
    expect(codes('She arrived at the party without any of her friends.')).not.toContain('fa_unaccompanied_migrant');
  });
});

describe('a price named before an item', () => {
  it.each(['Jayden has £200 trainers and mum has no idea where they came from.', 'She was wearing a £600 jacket.'])('%s', (note) => {
    expect(codes(note)).toContain('rg_unexplained_gifts');
  });
  it.each(['He has 2 jackets for school.', 'He has 12 pairs of trainers.', 'He got £50 trainers for his birthday.'])('ordinary: %s', (note) => {
    expect(codes(note)).not.toContain('rg_unexplained_gifts');
  });
});
