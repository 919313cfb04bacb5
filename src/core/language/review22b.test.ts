import { describe, expect, it } from 'vitest';
import { languageFindings as findings } from '../../../test/fixtures/text-checks.ts';

// Regressions review 22B found in the tuner's later round-22 language commits (up to 1ef6a5a), items L1-L17, each with
// the wording the narrowed pattern was meant to catch. The reference checker must agree with the fast path.
const silent = (text: string): void => {
  expect(findings(text)).toEqual([]);
};
const found = (text: string, category: string): void => {
  expect(findings(text).some((f) => f.startsWith(`${category}:`))).toBe(true);
};
const noEntry = (text: string, id: string): void => {
  expect(findings(text).some((f) => f.endsWith(`:${id}`))).toBe(false);
};
const notFound = (text: string, category: string): void => {
  expect(findings(text).some((f) => f.startsWith(`${category}:`))).toBe(false);
};

describe('review 22B L1: "he asked for it" about a boy is victim-blaming', () => {
  it.each([
    ['Staff said he asked for it by going to the flat.', 'blames_child'],
    ['The officer felt he asked for it.', 'blames_child'],
    ['Dad said he asked for it because he kept going back to the men.', 'blames_child'],
    ['She asked for it by going to the flat.', 'blames_child'],
  ])('%s -> %s', found);
  it.each(['He lent his phone to his friend and then asked for it back.', 'The form was ready when staff asked for it.'])('not flagged: %s', silent);
});

describe('review 22B L2: coming home or going somewhere "of her own accord" is not consent', () => {
  it.each([
    'She came home of her own accord at 2am.',
    'He came back of his own accord the next morning.',
    'She left the placement of her own accord at 9pm.',
    'He came into the office of his own accord to talk to me.',
    'She went to the GP of her own free will.',
    "He has gone willingly to his nan's.",
  ])('not flagged: %s', (text) => {
    notFound(text, 'implies_consent');
  });
  it.each([
    ['She went to Blackpool with the men of her own free will.', 'implies_consent'],
    ['She went to the flat of her own accord and stayed with the adults.', 'implies_consent'],
    ['She has gone willingly with the men to the flat.', 'implies_consent'],
  ])('%s -> %s', found);
});

describe('review 22B L3: a neighbour or tenant reporting does not silence her boyfriend', () => {
  it.each([
    ['Her neighbour says her boyfriend is 24.', 'adult_centred_label'],
    ['A neighbour reported that her boyfriend is 25 and picks her up from school.', 'adult_centred_label'],
    ['The tenant at the flat told police her boyfriend is in his twenties.', 'adult_centred_label'],
  ])('%s -> %s', found);
  it.each(["The neighbour's boyfriend, aged 30, called police."])('not flagged: %s', (text) => {
    notFound(text, 'adult_centred_label');
  });
});

describe('review 22B L4: working for an employer and being paid is a job', () => {
  it.each([
    'He works for Royal Mail and is paid weekly.',
    'He works for himself as a decorator and earns good money.',
    "He works for McDonald's and gets paid fortnightly.",
    "She works for Sainsbury's and gets paid.",
    'He is 17 and works for Network Rail, paid monthly.',
    'He works for JD Sports and spends his money on trainers.',
    'He started working for Costa and was paid in cash for the first week.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'criminalises_child');
  });
});

describe('review 22B L5: two adults, or two children, as a couple', () => {
  it.each([
    'Her foster carers, aged 55 and 60, are a couple who have fostered for years.',
    'The 28-year-old and his partner are a couple who run the shop.',
    'The Year 11 pupils are a couple and both are 15; her mum is 40.',
  ])('not flagged as a couple: %s', (text) => {
    noEntry(text, 'couple_round22');
  });
  it.each([['The 14-year-old and the 28-year-old are described as a couple.', 'adult_centred_label']])('%s -> %s', found);
});

describe('review 22B L6: professionals engaging in county lines work', () => {
  it.each([
    'Staff are engaging in county lines training next week.',
    'The police are engaging in county lines operations across the area.',
    'The school is engaging in county lines awareness work.',
    'Young people engaging in county lines activity are victims of exploitation.',
  ])('not flagged: %s', (text) => {
    notFound(text, 'implies_consent');
  });
});

describe('review 22B L7: deliveries for older men who run a business', () => {
  it.each(['He does deliveries for the older men who run the takeaway.', 'She does deliveries for some older men at the market stall.'])(
    'not flagged: %s',
    (text) => {
      notFound(text, 'criminalises_child');
    },
  );
});

describe("review 22B L8: a research participant; a sleepover at a friend's, or as a cover story", () => {
  it.each([
    ['He is a knowing and willing participant in the research study.', 'implies_consent'],
    ["He is going to a sleepover at his mate's; his mate's dad is 45 and will be there.", 'minimises_harm'],
    ["She said she was at a sleepover but was at a man's flat.", 'minimises_harm'],
  ])('not flagged: %s (%s)', (text, category) => {
    notFound(text, category);
  });
});

describe('review 22B L9: running off with a dog, or with peers', () => {
  it.each([
    ['She ran off with the dog when the adults started shouting.', 'implies_consent'],
    ['She ran off with the older boys from her class.', 'implies_consent'],
  ])('not flagged: %s (%s)', (text, category) => {
    notFound(text, category);
  });
});

describe('review 22B L10: nothing sinister found in a search', () => {
  it.each(['Nothing sinister was found in her phone, but she has a second phone.', 'Police found nothing sinister.'])('not flagged: %s', (text) => {
    notFound(text, 'minimises_harm');
  });
  it.each([['There is nothing sinister about her friendship with the 25-year-old.', 'minimises_harm']])('%s -> %s', found);
});

describe('review 22B L11: the coping explanation does not silence a later label', () => {
  it.each([
    ['Going missing is how she copes when she is upset, and she chooses to go to the flat.', 'implies_consent'],
    ['Cannabis is how he copes when he gets anxious, and he is a willing participant in dealing.', 'implies_consent'],
  ])('%s -> %s', found);
  it.each(['Running off is how Kayden copes when he is scared.'])('not flagged: %s', (text) => {
    notFound(text, 'blames_child');
  });
});

describe('review 22B L12: letting the men borrow a card or share a flat is the mule and cuckooing case', () => {
  it.each([
    ['She lets the men borrow her bank card.', 'implies_consent'],
    ['She lets the men share her flat to sell drugs.', 'implies_consent'],
    ['He lets the older lads play on his PlayStation at the flat and they leave drugs there.', 'implies_consent'],
    ['He lets the olders borrow his bank account to move money.', 'implies_consent'],
  ])('%s -> %s', found);
});

describe('review 22B L13: a venue does not make adults friends or the night a good time', () => {
  it.each([
    ['She was having a good time with older men at the flat after the football match.', 'minimises_harm'],
    ['She was having a good time with older men at a house party after work, the officer said.', 'minimises_harm'],
    ['She describes the men from the gym as her friends; they are in their forties and give her lifts.', 'adult_centred_label'],
    ['He describes the men at the mosque as his friends; they are all over 40.', 'adult_centred_label'],
  ])('%s -> %s', found);
});

describe('review 22B L14: coming home fine from an ordinary trip is no missing episode', () => {
  it.each(["She came home fine from her dad's, police said.", 'He came back fine from the shop, police said.'])('not flagged: %s', (text) => {
    notFound(text, 'minimises_harm');
  });
});

describe('review 22B L15: beyond help at this point', () => {
  it.each([
    ['Staff feel she is beyond help at this point.', 'blames_child'],
    ['The team think he is beyond help at the moment.', 'blames_child'],
    ['He is beyond help in the view of the school.', 'blames_child'],
    ['She is beyond help when she is with the olders.', 'blames_child'],
  ])('%s -> %s', found);
  it.each(['She is beyond help with her maths homework, she jokes.'])('not flagged: %s', silent);
});

describe('review 22B L16: he is a known supplier', () => {
  it.each([['He is a known supplier.', 'criminalises_child']])('%s -> %s', found);
  it.each(['Her main supplier is Kyle.', 'He owes money to a known supplier.'])('not flagged: %s', (text) => {
    notFound(text, 'criminalises_child');
  });
});

describe('review 22B L17: professionals told not to use force or phones is not criticism of wording', () => {
  it.each([
    ['Officers were told not to use force, as she is streetwise and chose to go with the men.', 'implies_consent'],
    ['Officers were told not to use force, as she is streetwise and chose to go with the men.', 'blames_child'],
    ['The group was told not to use phones during the session, and she chose to leave with the men.', 'implies_consent'],
    ['Staff were told not to call her mum, as she is streetwise and chose to go with the men.', 'blames_child'],
    ['Officers were advised not to call the police, and she chose to go with the men.', 'implies_consent'],
  ])('%s -> %s', found);
  it.each([
    'Staff were told not to use the word promiscuous about her.',
    'Staff were reminded not to call her promiscuous.',
    'We asked staff not to call her a prostitute.',
    'Staff were asked not to call Louie hard to reach.',
  ])('not flagged: %s', silent);
});

describe('review 22B: the narrowed patterns still catch the wording they were written for', () => {
  it.each([
    ['Mikey says he works for Ty and gets paid in food.', 'criminalises_child'],
    ['He states he works for Ricky to pay back what he owes.', 'criminalises_child'],
    ['The boy seems content to carry on working for them as long as the trainers keep coming.', 'criminalises_child'],
    ['MACE update: Logan is engaging in county lines activity between Hackney and Margate.', 'implies_consent'],
    ['He is engaging in county lines.', 'implies_consent'],
    ['Yp was described at the MACE as a knowing and active member of the group.', 'implies_consent'],
    ["According to the initial log she had a sleepover at the 29-year-old's flat.", 'minimises_harm'],
    ['Leanne ran off with her 30-year-old lover.', 'implies_consent'],
    ['MFH closure: Jade was located and came home fine.', 'minimises_harm'],
    ['She does deliveries for the older lads around the estate.', 'criminalises_child'],
    ['He does drops for the olders outside the shop.', 'criminalises_child'],
    ['RHI: Niamh went back to the flat willingly each time and does not want the adults in trouble.', 'implies_consent'],
    ['She goes back to the flat above the shop of her own volition and staff cannot stop her.', 'implies_consent'],
  ])('%s -> %s', found);
  it.each(['The neighbour lives with her partner, a man of 40, and two dogs.', "The tenant's partner is 40 and works nights."])('not flagged: %s', (text) => {
    notFound(text, 'adult_centred_label');
  });
});

describe('review 22B L11: the coping explanation still silences the label it explains', () => {
  it.each([
    'Absconding is how she copes when she is frightened.',
    'Kicking off is how he copes when he is anxious.',
    'Children’s home: the manager reminded staff that running off is how Kayden copes when he is scared, not bad behaviour.',
  ])('not flagged: %s', silent);
  it.each([['Running off is how she copes when she is scared, and she chooses to go to the flat.', 'implies_consent']])('%s -> %s', found);
});

describe('probe wording in the style published case reviews quote (narrow entries, with hard negatives)', () => {
  it.each([
    ['The girls are tarts who hang around the takeaway.', 'sexualises'],
    ['She is sexually exploiting herself online.', 'blames_child'],
    ['She has been going with men for money.', 'implies_consent'],
    ['She is a groupie who follows the men around.', 'sexualises'],
    ['She could not be a victim because she consented to meet them.', 'implies_consent'],
    ['She was paid, so she cannot have been trafficked.', 'minimises_harm'],
  ])('%s -> %s', found);
  it.each([
    'She made jam tarts with her nan.',
    'The desserts were tarts and cakes.',
    'He consented to meet the social worker.',
    'She is a groupie of the band.',
    'He went with his dad for money for the trip.',
    'He cannot have been trafficked as he was at school all week.',
    'He is exploiting the gap in the defence.',
  ])('not flagged: %s', silent);
});

describe('probe wording: silly or immature with the men', () => {
  it.each([
    ['She was being silly and immature with the men.', 'blames_child'],
    ['She was silly with the older men.', 'blames_child'],
  ])('%s -> %s', found);
  it.each(['The men were silly with their money.', 'He was being daft with the older boys in class.'])('not flagged: %s', silent);
});
