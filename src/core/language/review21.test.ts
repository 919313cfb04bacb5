import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';

// Regressions the round-21 code review found (false alarms and lost findings), each with the wording the change that
// caused it was meant to catch, which must still be found.
const ids = (text: string): string[] => checkLanguage(text).map((f) => f.entryId);

describe('review of round 21: a contracted denial that is the blame itself (1)', () => {
  it.each([
    ["She doesn't take responsibility for her own safety.", 'blaming_idiom_round13'],
    ["She didn't take responsibility for her own safety.", 'blaming_idiom_round13'],
    ["She won't take responsibility for her own safety.", 'blaming_idiom_round13'],
    ['Staff say Nia does not take responsibility for her own safety when she is with the men.', 'blaming_idiom_round13'],
    ['She never takes responsibility for her own safety.', 'blaming_idiom_round13'],
    ['The worker thought mum was worried about the men only because she could not accept that Nia was growing up.', 'growing_up_explained'],
    ["The worker thought mum was worried about the men only because she couldn't accept that Nia was growing up.", 'growing_up_explained'],
    ["The worker thought mum was worried about the men only because she doesn't accept that Nia is growing up.", 'growing_up_explained'],
    ["The worker thought mum was worried about the men only because she didn't accept that Nia was growing up.", 'growing_up_explained'],
    ['She does not take ownership of her choices.', 'blame_idiom'],
    ["She doesn't take ownership of her choices.", 'blame_idiom'],
    ['She never takes ownership of her behaviour.', 'blame_idiom'],
    ['She needs to take ownership of her choices.', 'blame_idiom'],
    ["She doesn't take responsibility for the company she keeps.", 'blaming_idiom_round13'],
    ['She does not take responsibility for the company she keeps.', 'blaming_idiom_round13'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // Still a correction: the denial before wording that is not itself the blame.
    "Tommy didn't choose to carry the drugs; he was threatened by the men.",
    'Amber is not putting herself at risk; adults are putting her at risk.',
    "She doesn't want to be part of that world.",
  ])('not flagged: %s', (text) => {
    expect(checkLanguage(text)).toEqual([]);
  });
});

describe('review of round 21: a heading is the note’s source only when a subject follows it (2)', () => {
  it.each([
    'Mum: uncooperative and hostile at the door.',
    'Dad: uncooperative, refused to let staff in.',
    'Witness: uncooperative, would not give a statement.',
    'Hotel manager: would not cooperate with the police.',
    'Hotel manager: would not cooperate, refused to give the name on the booking.',
    'Landlord: did not cooperate with the police visit.',
    'Mum: would not cooperate with the assessment and asked staff to leave.',
  ])('not flagged: %s', (text) => {
    expect(checkLanguage(text)).toEqual([]);
  });

  it.each([
    // A name, a pronoun or a determiner and a noun after the colon: the heading is the source.
    ['Police: Jade, 15, agreed to meet the man from the app at a hotel in Stoke.', 'agreed_to'],
    ['Police: she agreed to meet the man from the app at a hotel in Stoke.', 'agreed_to'],
    ['Police: the girl agreed to meet the man from the app at a hotel in Stoke.', 'agreed_to'],
    ['Return home interview: Ashton wanted to be there.', 'consent_wish_round16'],
    ['Residential log: Tyrese would not cooperate with the return interview.', 'non_compliant'],
    // Wording about the child after a heading naming nobody.
    ['Return interview: uncooperative and would not say where she had been.', 'non_compliant'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('still sees a veto after the heading', () => {
    expect(checkLanguage('Police: Jade agreed to speak to the officers about the men.')).toEqual([]);
  });
});

describe('review of round 21: an organisation or an adult that would not cooperate (3)', () => {
  it.each([
    'Snapchat would not comply with the data request without a court order.',
    'Instagram did not comply with the request.',
    'The hotel would not cooperate with police enquiries about who booked the room.',
    'The school would not cooperate with the request for CCTV.',
    'The taxi firm did not cooperate with the investigation.',
    'The GP practice would not comply with the subject access request.',
    'Her boyfriend, 24, would not cooperate with officers.',
    'The suspect would not cooperate in interview.',
    'If the phone provider does not comply we will apply for a production order.',
    "The hotel wouldn't cooperate with the police.",
    'The hotel wouldn’t cooperate with the police.',
    'Police: the hotel manager would not cooperate until the warrant was shown.',
  ])('not flagged as the child’s: %s', (text) => {
    expect(ids(text)).not.toContain('non_compliant');
  });

  it.each([
    ['Residential log: Tyrese would not cooperate with the return interview.', 'non_compliant'],
    ['Residential log: Tyrese would not cooperate with the return interview and went straight to his room.', 'non_compliant'],
    ["Ellie won't cooperate with the officers about the men.", 'non_compliant'],
    ['Jade would not cooperate with the school or the police.', 'non_compliant'],
    ['She did not comply with the school’s requests.', 'non_compliant'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: the child finds it hard to work with someone; information is hard to work with (4)', () => {
  it.each([
    'She finds it hard to work with male staff since the assault.',
    'She found it difficult to work with male officers after the assault.',
    'It is hard to work with the information we have at this stage.',
    'The new laptop is impossible to work with offline.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('difficult_child');
  });

  it.each([
    ['Leah has been impossible to work with since the summer.', 'difficult_child'],
    ['Strategy meeting: Leah has been impossible to work with since the summer and the plan is stalling.', 'difficult_child'],
    ['Chronology entry, March 2012: the girl is leading a chaotic lifestyle and is difficult to work with.', 'difficult_child'],
    ['Ayesha is very hard to work with.', 'difficult_child'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: a professional who should have known the risks; a child taught them (5)', () => {
  it.each([
    'Her social worker should have known the risks.',
    'Her social worker should have understood the risks.',
    'The YOT worker must have known the risks.',
    'Mum must have known the risks of letting him stay out.',
    'Professionals should have known the risks to Jade much earlier.',
    'After the e-safety session the child understood the risks of sharing images online.',
    'After the e-safety session she understood the risks of sharing images online.',
    'The boy understood the risks of carrying a knife after the workshop.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('knew_full_well');
  });

  it.each([
    ['Amber must have known the risks when she got into the car.', 'knew_full_well'],
    ['Amber must have known the risks when she got into the car with them.', 'knew_full_well'],
    ['The log says the girl knows the risks of meeting strangers.', 'knew_full_well'],
    ['Review quoting a police log: "girl knows the risks of meeting strangers from the internet".', 'knew_full_well'],
    ['Ruby was warned by her carer not to go to the party but went anyway, so she knew the risks.', 'knew_full_well'],
    ['She understood the risks but went to the flat anyway.', 'knew_full_well'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: only images or risks are self-generated (6)', () => {
  it.each([
    'The referral was self-generated by Jade after a PSHE lesson.',
    'Her income is self-generated from a Saturday job.',
    'The alert was self-generated by the school’s safeguarding software.',
    'The report says the content was self-generated by the school’s own IT system.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('self_generated');
  });

  it.each([
    ['DSL: the images were self-generated, so her phone was taken.', 'self_generated'],
    ['DSL: the images were self-generated, so the school has confiscated her phone.', 'self_generated'],
    ['In the 2013 core assessment the social worker wrote that the risks to the girl are largely self-generated.', 'self_generated'],
    ['The photos she sent were self-generated.', 'self_generated'],
    ['Police described them as self-generated images.', 'self_generated'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: no resistance weighed against an offence, not any offence nearby (7)', () => {
  it.each([
    'He was calm and did not resist being searched; no offence identified.',
    'Jade did not object to the crime report being shared with school.',
    'She did not complain of any pain; the offence is under investigation.',
    'He did not refuse the drug test after the offence.',
    'He did not resist arrest and no offence was found.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('no_resistance');
  });

  it.each([
    ['Police: the girl did not resist, so no offence was recorded.', 'no_resistance'],
    ['She did not resist, so no offence was recorded.', 'no_resistance'],
    ["She didn't struggle, therefore no crime was recorded.", 'no_resistance'],
    ['She did not resist when he touched her.', 'no_resistance'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: a persistent offender the child is with is someone else (8)', () => {
  it.each([
    'She is in a relationship with a persistent offender.',
    'Jade was found at the home of a prolific offender known to police.',
    'He associates with a prolific offender in his twenties.',
    'The flat belongs to a prolific offender.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('prolific_offender');
  });

  it.each([
    ['Tyler is a persistent offender.', 'prolific_offender'],
    ['School: Kai is a persistent offender and should be left for the police to manage.', 'prolific_offender'],
    ['Dev is a repeat offender with 11 arrests for robbery, all in the company of older males.', 'prolific_offender'],
    ['Kai is a prolific offender with a long list of arrests.', 'prolific_offender'],
    ['Youth justice assessment: prolific offender, 27 offences in 18 months.', 'prolific_offender'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: led someone on a chase is a way led (9), a bid for attention from men stays blame (11)', () => {
  it.each([
    'He led them on a chase through the estate.',
    'She led the boys on a merry dance around the park before returning to placement.',
    'The path led the men on to the bridge.',
    'He led the officers on a wild goose chase around the estate.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('led_on');
  });

  it.each([
    ['Door staff say she leads men on at the club.', 'led_on'],
    ['Police log: Kelsey leads men on, according to the door staff at the club.', 'led_on'],
    ['The 13-year-old was leading the men on, the officer felt.', 'led_on'],
    ['The 2010 CSE team file described the 13-year-old as a Lolita who led the men on.', 'led_on'],
    // Annotators read a craving for men's attention as blame (item 11 left as it is).
    [
      "The social worker at the time wrote that Jade was 'craving attention from men' and that this explained the repeated missing episodes.",
      'attention_seeking',
    ],
    ['Staff feel she craves the attention the men at the takeaway give her.', 'enjoys_attention'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('review of round 21: lying again on a bed, or an adult lying again (10)', () => {
  it.each([
    'Jade was lying again on her bed crying when staff checked at 23:00.',
    'Night staff found him lying again on the bathroom floor after a seizure.',
    'Mum said Kyle’s dad was lying again about the child maintenance.',
    'Staff found her lying again face down in the garden.',
    'The patient was lying in bed when the nurse came again.',
  ])('not flagged: %s', (text) => {
    expect(ids(text)).not.toContain('liar');
  });

  it.each([
    ['Dad said "she\'s lying again, she always does."', 'liar'],
    ['Police: dad said "she\'s lying again, she always does."', 'liar'],
    ['CPOMS: Tyrese lying again about where he goes at lunch; parent informed.', 'liar'],
    ['Mum said she is lying again.', 'liar'],
    ['She was lying again in her account to police.', 'liar'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
