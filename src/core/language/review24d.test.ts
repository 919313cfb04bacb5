import { describe, it } from 'vitest';
import { hasFinding as found, noFindings as silent } from '../../../test/fixtures/text-checks.ts';

// Regressions review rev-plang-2 found in the probe author's last probe-24 language commits (5b64599..41a0761): findings
// lost to widened vetoes and false alarms of new entries and patterns. The helpers also check the reference checker.

describe('review 24D: own_choices_about_relationships_probe24 — new pattern ’can|could|able make POSS own choices|decisions and|so we|police|staff cannot|can’t stop|prevent’ (lexicon-probe24.ts, 41a0761)', () => {
  it.each([
    'He is 18, has capacity, can make his own decisions and staff cannot stop him discharging himself from the ward.',
    'As a care leaver of 19 she can make her own choices and we cannot stop her moving to Leeds.',
    'She is Gillick competent, can make her own decisions and we cannot prevent her getting contraception from the clinic.',
    'He can make his own choices and we cannot stop him going to the gym every night.',
    'She can make her own decisions and we cannot stop her going to the cinema with friends from her class.',
    'At 17 he can make his own decisions and we cannot stop him joining the army.',
    'She can make her own choices and we cannot stop her getting her ears pierced.',
    'The young woman, 21, can make her own decisions and police cannot stop her returning to her partner.',
    'He is 20 and can make his own choices and police cannot prevent him living at the address.',
  ])('not flagged: %s', silent);
});

describe('review 24D: own_choices_about_relationships_probe24 — new unlessNear ’older|future|meeting|review|...’, ’college|school|...’, ’about making’ (lexicon-probe24.ts; ’older|future|meeting|review’ and ’about making’ 1decc26, ’school|college|club’ 41a0761)', () => {
  it.each([
    'Police said she was there through choice when found with older men at the flat.',
    'She was missing from school again and is making her own choices about her sexual partners.',
    'At the strategy meeting police said she is making her own choices about her relationships with the men.',
    'He is making his own decisions about who he associates with, and the review found he is on the line.',
    'She is making informed decisions about her relationships and her future is her own, said the officer.',
    'She is making her own decisions about her relationships, so the referral was closed at the meeting.',
  ])('%s -> own_choices_about_relationships_probe24', (text) => {
    found(text, 'own_choices_about_relationships_probe24');
  });
});

describe('review 24D: age_of_consent_probe24 — new unlessNear (treatment/health/referral/information/sharing/photographs/own; rejected/denied/disputed...) (lexicon-probe24.ts, 1decc26)', () => {
  it.each([
    'She is 16 and can consent, so police closed the referral.',
    'She is 16 and can consent to sex with whoever she likes and makes her own decisions.',
    'She is 17 and can consent and she goes to the flat of her own accord.',
    'She is 16 and can consent, so no further action on the health referral.',
    "Victim but consenting, the log says, and she has her own key to the man's flat.",
    'She is a victim but consenting, and she disputed that she was under any pressure.',
    'She is 16 and can consent so the sexual health nurse was not concerned about the 24-year-old.',
    'She is 17 and can consent, and the assessment was closed.',
    'She is 16 and can consent, and she was sharing pictures with him on Snapchat.',
    'Victim but willing, the officer wrote, and she sent the photographs herself.',
  ])('%s -> age_of_consent_probe24', (text) => {
    found(text, 'age_of_consent_probe24');
  });
});

describe('review 24D: adopted_lifestyle_probe24 — new requiresNear (adult/CCE/risk words), ’university|uni’ veto, enjoy-pattern narrowed to the possessive (lexicon-probe24.ts, 1decc26)', () => {
  it.each([
    'She has adopted this lifestyle and is unlikely to change.',
    'She has fully embraced this lifestyle and refuses all help.',
    'He enjoys his lifestyle, the designer clothes and the status, and does not want to stop.',
    'He likes this lifestyle and the trainers and does not see a problem.',
    'She has adopted the lifestyle and stays out until 3am most nights.',
    'She has embraced this lifestyle since dropping out of uni and goes missing with older men.',
  ])('%s -> adopted_lifestyle_probe24', (text) => {
    found(text, 'adopted_lifestyle_probe24');
  });
});

describe('review 24D: risky_sexual_behaviour_probe24 — new unlessNear ’discussed|talked|talk|general|class|nurse|advice|information’ (lexicon-probe24.ts, 1decc26)', () => {
  it.each([
    'She was talked to about her risky sexual behaviour again after she was found with the men.',
    'In general her risky sexual behaviour has increased since she started going missing.',
    'She engages in risky sexual behaviour and was given advice by the duty officer.',
    'The nurse noted his risky sexual behaviour with men he meets on apps.',
  ])('%s -> risky_sexual_behaviour_probe24', (text) => {
    found(text, 'risky_sexual_behaviour_probe24');
  });
});

describe('review 24D: free_to_leave_probe24 — new unlessNear ’passport|documents|threatened|threats|court|jury|trial|heard’ (lexicon-probe24.ts, 3190f56)', () => {
  it.each([
    'He was free to leave and was not controlled by the men, we heard at the strategy meeting.',
    'The decision maker said she was free to leave the address and kept her own documents, so no reasonable grounds.',
    'She was free to leave, he had not threatened her, so the NRM referral was not made.',
    'The decision maker found she was free to leave and had her own documents, so there were no reasonable grounds.',
  ])('%s -> free_to_leave_probe24', (text) => {
    found(text, 'free_to_leave_probe24');
  });
});

describe('review 24D: part_of_the_problem_probe24 — new unlessNear ’lack|provision|...|area|estate|community|services|attitude|language|silence’ (lexicon-probe24.ts, 1decc26)', () => {
  it.each([
    'She is part of the problem in the area, police said.',
    'He is part of the problem on the estate and is recruiting younger boys.',
    'She is part of the problem and her attitude towards staff is poor.',
    'He is part of the problem in the community, the PCSO said.',
    'He is now part of the problem: his language towards the younger boys shows he is recruiting.',
  ])('%s -> part_of_the_problem_probe24', (text) => {
    found(text, 'part_of_the_problem_probe24');
  });
});

describe('review 24D: criminally_sophisticated_probe24 — new unlessNear ’defendant|judge|sentencing|sentenced|jailed’ (lexicon-probe24.ts, 3190f56)', () => {
  it.each(['The defendant, aged 15, is criminally astute, the police summary says.'])('%s -> criminally_sophisticated_probe24', (text) => {
    found(text, 'criminally_sophisticated_probe24');
  });
});

describe('review 24D: negative_influence_probe24 — new unlessNear ’screen|sleep|mood|health|diet|behaviour|attendance|learning’ (lexicon-probe24.ts, 3190f56)', () => {
  it.each(['She is a negative influence on her peers, and her mood is low.', 'She is a toxic influence on the group and her health is poor.'])(
    '%s -> negative_influence_probe24',
    (text) => {
      found(text, 'negative_influence_probe24');
    },
  );
});

describe('review 24D: knows_own_mind_probe24 — new unlessNear ’woman|lady|man of|aged AGE’, ’now|aged|age|turned AGE’ (the adult’s age vetoes) (lexicon-probe24.ts, 1decc26 + 3190f56)', () => {
  it.each([
    'She knows her own mind and is seeing a man aged 30.',
    'He knows his own mind, he is 16 and stays with a man aged 25.',
    'She is a young woman who knows her own mind and goes to the flat of a man aged 27.',
    'At 14 she is a young woman who knows her own mind, and her boyfriend is a man aged 19.',
    'She is a young woman now, 15, and knows her own mind about the men aged 20 and 22 at the flat.',
  ])('%s -> knows_own_mind_probe24', (text) => {
    found(text, 'knows_own_mind_probe24');
  });
});

describe('review 24D: consent_idiom — new unlessNear ’school|college|club|class|placement|job|work|foster|family|teacher...’ (lexicon-review.ts, 34705b4 + 4686eb4)', () => {
  it.each([
    'She goes to the flat after school and seems to enjoy it.',
    'She had a say in who she sees, the placement manager said, so no missing report was made.',
    "She goes to the men's flat after work and seems to enjoy it.",
    'She allowed the photos to be taken after school, the police log says.',
  ])('%s -> consent_idiom', (text) => {
    found(text, 'consent_idiom');
  });
});

describe('review 24D: enjoys_attention — new unlessNear (mum/dad/parents/nan/carers/foster/birthday/christmas; pocket/paper/wage/savings/saved...) (lexicon.ts; family words 34705b4, money words 4686eb4)', () => {
  it.each([
    'Mum said she enjoys the attention from the older men.',
    'She enjoys the gifts the men buy her, and mum is worried.',
    'Carers report she enjoys the attention from the older males at the takeaway.',
    'Her foster carer said she loves the gifts and the money the men give her.',
    'She enjoys the attention of the older lads, dad told police.',
    'He enjoys the money and the status, his father says.',
    'He likes the money and has stopped his paper round since he started running for the olders.',
    'She enjoys the attention she gets on Christmas Eve from the older men at the park.',
    'He enjoys the buzz and the cash, and has saved up enough for new trainers.',
    "Mum's view is that she craves the attention of older boys.",
    'She loves the money and the status, and her savings account has £800 in it that she cannot explain.',
  ])('%s -> enjoys_attention', (text) => {
    found(text, 'enjoys_attention');
  });
});

describe('review 24D: lost_cause_probe24 — new entry (lexicon-probe24.ts, 0339fe7)', () => {
  it.each([
    'The tooth was too far gone and had to be taken out by the emergency dentist.',
    'She was too far gone to stand when the paramedics arrived, having drunk a bottle of vodka.',
    'He was too far gone on ketamine to give an account, so the interview was delayed.',
    'The moped was a write-off after the collision and he was taken to A&E.',
    'The van was a write-off after the crash on the A6.',
    'The scooter was a write-off, the officer said.',
    'The day was a write-off because of the rain, so the trip was rearranged.',
    'The school trip was a write off after the coach broke down.',
    'Staff must never treat any child as a lost cause, the trainer said.',
    'The wound was past saving and the toe was amputated.',
  ])('not flagged: %s', silent);
});

describe('review 24D: sly_label_probe24 — new entry (lexicon-probe24.ts, 0339fe7)', () => {
  it.each([
    'Her uncle is sly and cunning and has threatened her.',
    'The lodger is sly and has been giving her cigarettes.',
    'He bowled underhand in the rounders match.',
    'The older lads are cunning and use younger children to carry.',
    'Her ex-partner, 31, is conniving and turns up at the school gates.',
    'The landlady is scheming to evict the family before Christmas.',
    'The boys who bullied him were sly about it, pinching him when staff looked away.',
    'She described the older boys as sly and said they pressure her to hold things.',
    'His stepbrother, 19, is cunning and has been grooming him for the line.',
    'The scammers were cunning and conned her grandad out of his savings.',
    'The fox got into the chickens, she said; it was a cunning one.',
  ])('not flagged: %s', silent);
  it('only boyfriend_adult: Her boyfriend, 24, is cunning and controlling and checks her phone.', () => {
    found('Her boyfriend, 24, is cunning and controlling and checks her phone.', 'boyfriend_adult');
  });
});

describe('review 24D: not_taken_seriously_probe24 — new entry (lexicon-probe24.ts, 0339fe7/4686eb4)', () => {
  it.each([
    'She worried her disclosure would not be taken seriously because of her record.',
    'She feared she would not be taken seriously if she told the police about the men.',
    'She thinks she will not be taken seriously as she is in care.',
    'Children must never feel their accounts will not be taken seriously, the trainer said.',
  ])('not flagged: %s', silent);
});

describe('review 24D: been_around_probe24 — new entry (lexicon-probe24.ts, 0339fe7)', () => {
  it.each([
    'She has been around a lot of drug use at home since she was small.',
    'He has been around a lot of violence growing up.',
    'She has been around a lot of adults who drink heavily, and it frightens her.',
    'The family has been around a bit since moving from Kent; they have had four moves.',
    'He has been around a lot more at the youth club this term.',
    'She has been around a lot of loss this year after her gran died.',
  ])('not flagged: %s', silent);
});

describe('review 24D: living_as_partner_probe24 — new entry (lexicon-probe24.ts, 0339fe7)', () => {
  it.each([
    'Her stepsister, 20, is living as his partner at the address.',
    'The lodger, 35, lives as his partner and has two children of her own.',
    'Ms K lived as his wife for ten years before the divorce.',
    'She lived as a partner in the practice before retiring.',
  ])('not flagged: %s', silent);
});

// The narrowed entries still find the wording they were written for, and the narrowed vetoes still hold.
describe('review 24D: what the narrowed entries and vetoes keep', () => {
  it.each([
    ['Her allegations are not to be taken seriously given her history.', 'not_taken_seriously_probe24'],
    ['Her account cannot be taken seriously.', 'not_taken_seriously_probe24'],
    ["She is effectively living as the man's partner.", 'living_as_partner_probe24'],
    ['At 15 she lives as his wife at the flat.', 'living_as_partner_probe24'],
    ["She seems to enjoy it at the men's flat.", 'consent_idiom'],
    ['At 17 she can make her own choices and we cannot stop her seeing the men.', 'own_choices_about_relationships_probe24'],
    ['He likes the money he makes from the work he does for the olders.', 'enjoys_attention'],
  ])('%s -> %s', found);

  it.each([
    'She likes the gifts her nan buys her.',
    'She enjoys the attention she gets for her birthday from her family.',
    'She is 16 and can consent to the sexual health check at the clinic.',
    'The men said she was a victim but consenting; police rejected this.',
    'She enjoys her lifestyle at uni.',
    'Police discussed risky sexual behaviour with the class.',
    'The men had her passport but she was free to leave, the decision maker said.',
    'The lack of youth provision on the estate is part of the problem, she said.',
    'She is a young woman of 19 who knows her own mind.',
    'He is 19 and knows his own mind about the men.',
    'She worried she would not be taken seriously.',
    'The 30-year-old defendant is criminally sophisticated.',
    'She is making her own decisions about college.',
    'She likes the money she earns from her job at the cafe.',
  ])('not flagged: %s', silent);
});
