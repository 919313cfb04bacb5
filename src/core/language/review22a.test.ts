import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 22A found in the round-22 language changes (false alarms and lost findings, items L1-L22), each
// with the wording the change that caused it was meant to catch or silence. The reference checker must agree.
const silent = (text: string): void => {
  expect(findings(text)).toEqual([]);
};
const found = (text: string, id: string): void => {
  expect(findings(text)).toContain(id);
};
const notFound = (text: string, category: string): void => {
  expect(findings(text).some((f) => f.startsWith(`${category}:`))).toBe(false);
};

describe('review 22A L1: "told/advised not to use|record" is advice to the child, not criticism of wording', () => {
  it.each([
    'Staff were reminded not to call her promiscuous.',
    'CP conference: the group were asked not to call Louie hard to reach, because he has answered every call from his youth worker.',
  ])('not flagged: %s', silent);
  it.each([
    ['He was told not to use drugs, but he is choosing to go out with the olders.', 'implies_consent:chose_to'],
    ['He was advised not to use the app but he chooses to meet the men.', 'implies_consent:chose_to'],
    ["She was told not to record the men's details, and she chooses to go to the flat.", 'implies_consent:chose_to'],
  ])('%s -> %s', found);
});

describe('review 22A L2: "playing on her vulnerabilities" is the exploiter\'s act', () => {
  it.each(['Jay (24) is playing on her vulnerabilities.', 'He knows her history and is playing on her past to keep her at the flat.'])(
    'not flagged: %s',
    silent,
  );
});

describe('review 22A L3: a main or known supplier is the adult who supplies the child', () => {
  it.each([
    'She told police her main supplier is Kyle.',
    'She owes money to a known supplier in Leeds.',
    'The flat belongs to a known supplier of cocaine.',
    'Her supplier is a main supplier in the area.',
  ])('not flagged: %s', silent);
  it.each([['He is a known supplier.', 'criminalises_child:offender_labels_round22']])('%s -> %s', found);
});

describe('review 22A L4: an adult exposing himself to the child', () => {
  it.each(['The taxi driver exposed himself to her on a video call.', 'Her uncle exposed himself to her over Snapchat.'])('not flagged: %s', silent);
  it.each([['She exposed herself on a video call to a man.', 'sexualises:exposing_self_round22']])('%s -> %s', found);
});

describe('review 22A L5: what winds the child up', () => {
  it.each(['It winds him up when staff talk about his mum.', 'Being called names winds him up.'])('not flagged: %s', silent);
  it.each([['He winds staff up.', 'blames_child:winding_up_round22']])('%s -> %s', found);
});

describe("review 22A L6: a service's resource issue", () => {
  it.each(['Delay in response due to a police resource issue; she remained missing overnight.'])('not flagged: %s', silent);
});

describe('review 22A L7: a worker off yet again', () => {
  it.each(['Her key worker is off yet again and she went missing on Friday.'])('not flagged: %s', silent);
  it.each([['She went missing yet again on Friday.', 'blames_child:missing_yet_again_round22']])('%s -> %s', found);
});

describe('review 22A L8: escaping from where she was held; truanting', () => {
  it.each(['She escaped through the window of the flat where she was held.', 'She did a bunk from school.'])('not flagged: %s', silent);
});

describe('review 22A L9: a sports accident, a literal fall', () => {
  it.each(['The injury was an accident in a game of rugby.', 'Both boys fell out of the bunk bed and he cut his head.'])('not flagged: %s', silent);
});

describe('review 22A L10: runner, grafter and soldier in their ordinary senses', () => {
  it.each(['He is a talented young runner who trains twice a week.', 'He is a little grafter in class.', 'Her little soldier costume was lovely.'])(
    'not flagged: %s',
    silent,
  );
  it.each([['She was a little earner for the men.', 'criminalises_child:diminutive_crime_round22']])('%s -> %s', found);
});

describe('review 22A L11: a lucky boy with a supportive mum', () => {
  it.each(["He's a lucky boy to have such a supportive mum."])('not flagged: %s', silent);
});

describe('review 22A L12: the writer denies that the child is beyond help', () => {
  it.each(['I do not think he is beyond help.'])('not flagged: %s', silent);
  it.each([['Staff feel he is beyond help.', 'blames_child:beyond_help_round22']])('%s -> %s', found);
});

describe('review 22A L13: working off his own back (on his own initiative)', () => {
  it.each(['He is working off his own back on his college project.'])('not flagged: %s', silent);
  it.each([['She has been working off her own back to save for a car.', 'criminalises_child']])('%s: no %s', notFound);
});

describe('review 22A L14: letting a man in to read the meter', () => {
  it.each(['She let the man in to read the meter.'])('not flagged: %s', silent);
});

describe('review 22A L15: not leaving a placement', () => {
  it.each(['He did not try to leave the placement despite being unsettled.'])('not flagged: %s', silent);
});

describe('review 22A L16: indifference to money', () => {
  it.each(["He doesn't care about money.", 'He is not bothered about money or clothes.'])('not flagged: %s', silent);
});

describe("review 22A L17: an accident's bruises", () => {
  it.each(['After the car crash he had nothing worse than a few bruises.'])('not flagged: %s', silent);
});

describe('review 22A L18: lines for a school play', () => {
  it.each(['She worked on the lines for the school play and went missing after rehearsal.'])('not flagged: %s', silent);
});

describe('review 22A L19: the writer calling themselves overdramatic', () => {
  it.each(['I was overdramatic in my first referral.'])('not flagged: %s', silent);
});

describe('review 22A L20: the child refusing, or police refusing for a blaming reason, is no criticism of the wording', () => {
  it.each(['Police: the sergeant refused to grade Mercy’s disappearance as low risk simply because she has been missing before.'])('not flagged: %s', silent);
  it.each([
    ['She refused to describe what happened and she is known to tell lies.', 'blames_child:known_to_lie'],
    ['She refused to describe the men because she is sexually active with them.', 'implies_consent:sexually_active'],
    ['The officer refused to treat it as abuse because she is streetwise.', 'blames_child:streetwise'],
    ['Police declined to record it as a crime as she consented.', 'implies_consent:consented'],
  ])('%s -> %s', found);
});

describe('review 22A L21: "Not that she wanted" does not silence the rest of the sentence', () => {
  it.each(['YOT: Jaden’s case manager asked that the court be told he was groomed, not that he joined a gang.'])('not flagged: %s', silent);
  it.each([['Not that she wanted to go, but she chose to stay at the flat.', 'implies_consent:carry_on_choice']])('%s -> %s', found);
});

describe('review 22A L22: older people at a gym or a mosque', () => {
  it.each(['He gets involved with older men at the boxing gym.', 'Her association with older males at the mosque is positive.'])('not flagged: %s', silent);
});

describe('review 22A the wording each narrowed pattern or cue was meant for, which must still be found or silenced', () => {
  it.each([
    'Sexual health: Mae is 17 and her girlfriend is 18; the nurse noted they met at college.',
    'The manager reminded staff not to call her streetwise.',
    'Officers were told not to describe her as promiscuous.',
    'We were asked not to use the phrase risky behaviour about Kayla.',
    'I refused to record her as absent when she was missing with the men.',
    'The inspector declined to grade her episode as low risk because she had been with older men.',
    'The man was playing on her vulnerabilities to get her to carry drugs.',
  ])('not flagged: %s', silent);
  it.each([
    ['He is 16 and his girlfriend is 18.', 'adult_centred_label:boyfriend_adult'],
    ['CAMHS: the assessing nurse felt Kane was playing on his vulnerabilities to get a placement move.', 'blames_child:character_labels_round22'],
    ['Custody record: Tyrese (15) is described as a prolific supplier in the Hartlepool area.', 'criminalises_child:offender_labels_round22'],
    ['Custody log: the 15-year-old was booked in as "the main supplier" for the estate.', 'criminalises_child:offender_labels_round22'],
    ['Retail security: the boy is a professional thief who has been seen in three stores.', 'criminalises_child:offender_labels_round22'],
    ['CEOP: Amelia was exposing herself on a live stream app.', 'sexualises:exposing_self_round22'],
    ['Placement log: Mum told staff it was “only a slap” from the 22-year-old and that Tia had “wound him up”.', 'blames_child:winding_up_round22'],
    ['Daily log: Ebony winds the younger girls up and encourages them to go out to the cars.', 'blames_child:winding_up_round22'],
    ['Handover: Skye is winding staff up to get a reaction.', 'blames_child:winding_up_round22'],
    ['Police: Mercy’s repeated disappearances are a police resource issue, not a safeguarding matter.', 'blames_child:resource_drain_round22'],
    ['She is a drain on police resources.', 'blames_child:blaming_idiom_round15'],
    ['CP conference: Daisy has gone missing yet again and the placement is struggling to cope with her.', 'blames_child:missing_yet_again_round22'],
    ['The unit’s logs describe the 13-year-old as having escaped through her bedroom window.', 'criminalises_child:missing_as_escape_round22'],
    ['YP made off from staff in the town centre and was seen getting into an unknown car.', 'criminalises_child:missing_as_escape_round22'],
    ['ED: the older men’s slaps were only a bit of discipline, according to the note from the walk-in centre.', 'minimises_harm:harm_recast_round22'],
    [
      'Social worker: Rio’s burns from the kettle were an accident during a prank according to the older boys at the flat.',
      'minimises_harm:harm_recast_round22',
    ],
    ['Practice review: the school recorded that Jessie’s bruises were girls falling out.', 'minimises_harm:harm_recast_round22'],
    [
      'Court report: the arresting officer described Declan as "a little runner" who knew the area better than the police did.',
      'criminalises_child:diminutive_crime_round22',
    ],
    ["Officer: 'He's one of their little dealers, we see him every week.'", 'criminalises_child:diminutive_crime_round22'],
    ['CPOMS: Y7 boy says the older lads call him their “little soldier”.', 'criminalises_child:diminutive_crime_round22'],
    [
      "C-card session: 14 y/o boy sleeping with a 31-year-old woman from the gym; dad's view that he is a 'lucky lad' noted.",
      'minimises_harm:lucky_lad_round22',
    ],
    ['CIN minutes: mum feels Kacey is beyond help and wants her moved.', 'blames_child:beyond_help_round22'],
    ['She is not engaging and staff feel she is beyond help.', 'blames_child:refuses_to_engage'],
    ['Rapid review: a police log from 2020 said Kaiden was dealing off his own back.', 'criminalises_child:own_back_round22'],
    ['Home visit: Grace admitted she lets the men take her to parties in Hull.', 'implies_consent:lets_adults_round22'],
    ['Housing: Jordan allowed the men to use his flat for dealing.', 'implies_consent:lets_adults_round22'],
    ['Liam lets the older lads use his room to store drugs.', 'implies_consent:lets_adults_round22'],
    ['She lets the man stay at her flat.', 'implies_consent:lets_adults_round22'],
    ['NRM: Elira did not try to escape, which raises questions about her account.', 'blames_child:no_escape_blamed_round22'],
    ['She made no attempt to leave the flat despite having a phone.', 'blames_child:no_escape_blamed_round22'],
    ['Girls’ group: Precious said her “man” is 30 and that she doesn’t mind what he asks her to do.', 'implies_consent:doesnt_mind_round22'],
    ['The 16-year-old said he was paid £50 a day and that he “didn’t mind” because he needed the money.', 'implies_consent:doesnt_mind_round22'],
    [
      'Police closed the report: the 15-year-old had suffered nothing worse than a hangover after the night at the men’s house.',
      'minimises_harm:hangover_round22',
    ],
    ['CIN review: Kyle was working on a line in Scarborough when police found him.', 'criminalises_child:working_line_round22'],
    ['Nia was being overdramatic about the man at the bus stop.', 'blames_child:dramatic'],
    ['I think she was being overdramatic about it.', 'blames_child:dramatic'],
    ['YOT: Jaden got involved with an older group from Leicester last spring.', 'implies_consent:involved_in'],
    ['Assessment: the risk to Brandon comes from his association with older males.', 'implies_consent:associating_with'],
    ['She has been associating with older males at the park.', 'implies_consent:associating_with'],
  ])('%s -> %s', found);
});

describe('review 22A: variants of the review sentences', () => {
  it.each([
    'Practitioners were advised not to describe him as streetwise.',
    'The review told agencies not to use the term child prostitute about Leah.',
    'We refused to record her as absent; she was missing.',
    'The man is playing on her vulnerabilities.',
    'They are playing on his trauma to keep him dealing.',
    'He buys from a big supplier in Bradford.',
    "Police raided the main supplier's flat.",
    'A man exposed himself to her in the park.',
    'Her neighbour exposed himself to her through the window.',
    'It winds her up when staff mention her dad.',
    'The noise winds him up at night.',
    'The delay was caused by a resource issue in the control room.',
    'Her mum is away yet again and she went missing.',
    'Her social worker is off yet again and Lily went missing.',
    'He escaped from the house where he was locked in.',
    'She bunked off school and went to town.',
    'He broke his wrist in an accident in a game of football.',
    'The girls fell off the wall and she bruised her knee.',
    'He is a young runner with Leeds City Harriers.',
    'His little soldier outfit for the parade was ready.',
    'She is a lucky girl to have such a caring nan.',
    "He's a lucky boy, his older brother always helps him.",
    'We do not believe she is beyond help.',
    'She is not beyond help.',
    'She let the man in to fix the boiler.',
    'He did not try to leave the unit despite the move being delayed.',
    "She doesn't care about clothes or money.",
    'He fell off his bike and had nothing worse than a few scratches.',
    'He worked on his lines for the drama show.',
    'I may have been overdramatic in my email.',
    'He got involved with older men at the football club.',
    'Her association with older males at the church has helped her.',
  ])('not flagged: %s', silent);

  it.each([
    ['She was told not to call the men but she chose to go to the flat.', 'implies_consent'],
    ['He refused to describe the car and he is a known liar.', 'blames_child'],
    ['Kai is a main supplier on the estate.', 'criminalises_child'],
  ])('%s -> a %s finding', (text, category) => {
    expect(findings(text).some((f) => f.startsWith(`${category}:`))).toBe(true);
  });
});
