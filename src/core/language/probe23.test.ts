import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Probe 23: wording of the kind published case reviews and inquiries quote, by family (lexicon-probe23.ts and the
// entries it extends), each with its inflections and close variants, and hard negatives that share its words: an
// adult's own choice, criticism of the wording, child-centred rewordings, other people and ordinary senses. The
// reference checker must agree with the fast path on every sentence (languageIds checks it).

describe('probe 23: "having sex" with adults (had_sex_with_adult)', () => {
  it.each([
    ['She was found in a flat with older men where she had been drinking and having sex.'],
    ['Police: the 14-year-old was at the address with two men in their thirties and was having sex there.'],
    ['She went back to the flat with the men and had sex.'],
    ['She has been having sex with older men she met in town.'],
    ['Police believe Tia, 14, is having sex with a 25-year-old man.'],
  ])('%s', (text) => {
    found(text, 'had_sex_with_adult');
  });

  it.each([
    ['Adults having sex with children is abuse.'],
    ['The man was charged with having sex with a child.'],
    ['Her mum and her partner were having sex in the next room.'],
    ['She said she is not having sex with anyone.'],
    ['She was raped by older men at the flat.'],
    ['Sex education: the class covered having sex safely and consent.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'had_sex_with_adult');
  });
});

describe('probe 23: a perpetrator rather than a victim', () => {
  it.each([
    ['Connor has been recruiting other children to sell drugs, so he is a perpetrator rather than a victim.'],
    ['He is not a victim but a perpetrator.'],
    ['She is more of a perpetrator than a victim.'],
    ['YOT: Kai is an offender rather than a victim in this.'],
    ['He is a perpetrator as much as a victim.'],
    ['Strategy meeting: Jayden is seen more as an offender than a victim.'],
    ['He was regarded as an offender, not a victim.'],
    ['Strategy minutes: Reece is a criminal and not a victim.'],
  ])('%s', (text) => {
    found(text, 'perpetrator_not_victim_probe23');
  });

  it.each([
    ['He is a victim, not a perpetrator.'],
    ['The man is the perpetrator rather than the victim, whatever he told the police.'],
    ['The panel said he was wrongly treated as a perpetrator rather than a victim.'],
    ['She is a victim of exploitation, not an offender.'],
    ['The perpetrator was arrested rather than the victim.'],
    ['He admitted he was the aggressor rather than the victim in the fight with his brother.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'perpetrator_not_victim_probe23');
  });
});

describe('probe 23: no longer a child, living like an adult (adultification)', () => {
  it.each([
    ['She is no longer a child in her behaviour and has been living like an adult.'],
    ['He is living like an adult and comes and goes as he pleases.'],
    ['Carers say Amy, 14, lives like a grown woman now.'],
    ['She behaves like an adult and is not a child any more.'],
    ['At 13 he is hardly a child, staff say.'],
    ['She has been living the life of an adult since she was 13.'],
    ['Police log: Kayden, 15, is no longer a kid and acts like a grown man.'],
  ])('%s', (text) => {
    found(text, 'no_longer_a_child_probe23');
  });

  it.each([
    ['She is still a child and needs protecting.'],
    ['The men treated her like an adult.'],
    ['The men treat her as if she is no longer a child.'],
    ['She is no longer a child in need and the case has been closed.'],
    ['Now 18, she is no longer a child and has moved to supported lodgings.'],
    ['The pathway plan covers the skills she needs for living as an adult.'],
    ['He acted like an adult in the meeting, calm and polite throughout.'],
    ['He is not a child any more in the eyes of the law, as he turned 18.'],
    ['Dad lives as an adult with learning disabilities in supported living.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'no_longer_a_child_probe23');
  });
});

describe('probe 23: at fault', () => {
  it.each([
    ['She was told she was at fault for getting into the car.'],
    ['She was at fault for going back to the flat.'],
    ['Staff felt Jade was partly at fault because she kept going missing.'],
    ['He is at fault for carrying the drugs for the olders.'],
    ['The 14-year-old was held to be at fault.'],
  ])('%s', (text) => {
    found(text, 'at_fault_probe23');
  });

  it.each([
    ['The driver was at fault for the collision.'],
    ['The man was at fault, not Jade.'],
    ['She is not at fault for what the men did.'],
    ['She was told she was not at fault.'],
    ['The school was partly at fault for not making a referral.'],
    ['Nobody thinks she is at fault.'],
    ['The officer was found to be at fault and was disciplined.'],
    ['She feels she is at fault for what happened and we talked about it.'],
    ['Mum feels she was at fault for not noticing.'],
    ['He was at fault in the fight at school and has apologised.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'at_fault_probe23');
  });
});

describe('probe 23: a lifestyle leading the child into danger', () => {
  it.each([
    ['Her lifestyle is leading her into danger.'],
    ['His lifestyle puts him in danger.'],
    ['Her chaotic lifestyle is placing her at risk of harm.'],
    ['His lifestyle has been exposing him to harm.'],
    ['Her lifestyle is the cause of the risk.'],
  ])('%s', (text) => {
    found(text, 'lifestyle_leads_to_harm_probe23');
  });

  it.each([
    ["Mum's lifestyle is putting the children at risk."],
    ["The men's lifestyle draws children into danger."],
    ["Her dad's chaotic lifestyle places her at risk."],
    ['She enjoys a healthy lifestyle with lots of sport.'],
    ['The adults who exploit her are leading her into danger.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'lifestyle_leads_to_harm_probe23');
  });
});

describe('probe 23: trafficked herself', () => {
  it.each([
    ['She trafficked herself to London to be with the men.'],
    ['He trafficks himself up and down the line.'],
    ['She is trafficking herself to Manchester every weekend.'],
    ['The 2012 note calls it self-trafficking.'],
  ])('%s', (text) => {
    found(text, 'trafficked_self_probe23');
  });

  it.each([
    ['She was trafficked to London by the men.'],
    ['The men trafficked her to London.'],
    ['She found herself trafficked to London.'],
    ['She was trafficked; she did not traffic herself.'],
    ['A child cannot traffic herself.'],
    ['Mum was trafficked herself at 14.'],
    ['The review criticised the record that said she trafficked herself.'],
  ])('no finding: %s', none);
});

describe('probe 23: accepted lifts and gifts from the men', () => {
  it.each([
    ['She accepted lifts and gifts from the men.'],
    ['She has been accepting lifts from older men.'],
    ['She accepts gifts and money from the adults at the flat.'],
    ['He accepted cash and a phone from the olders.'],
    ['She took lifts from men she did not know.'],
  ])('%s', (text) => {
    found(text, 'accepted_gifts_probe23');
  });

  it.each([
    ['She accepted a lift home from her foster carer.'],
    ['She was given lifts and gifts by the men.'],
    ['The men gave her lifts and gifts to groom her.'],
    ['She refused to accept gifts from the man.'],
    ['She was told not to accept lifts from men she does not know.'],
    ['She accepted support from the youth worker.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'accepted_gifts_probe23');
  });
});

describe('probe 23: behaviour as a choice, and the child told to take responsibility', () => {
  it.each([
    ['Her behaviour is a choice and she needs to take responsibility.'],
    ['Going missing is a choice she makes.'],
    ['His offending is a choice he makes.'],
    ['She needs to take responsibility for her actions.'],
    ['He must take responsibility for his part in it.'],
    ['She has to take responsibility for going back to the men.'],
  ])('%s', (text) => {
    found(text, 'behaviour_a_choice_probe23');
  });

  it.each([
    ['The men need to take responsibility for what they did.'],
    ['Agencies need to take responsibility for the failure to protect her.'],
    ['She is not responsible; the adults need to take responsibility.'],
    ['Mum needs to take responsibility for getting the children to school.'],
    ['She needs to take responsibility for her medication as she prepares to leave care.'],
    ['The choice of school is a matter for the parents.'],
    ['She needs to take responsibility for her own recovery, says her therapist.'],
    ['The youth worker needs to take responsibility for the referral.'],
    ['Going missing is not a choice; it is a sign of exploitation.'],
  ])('not flagged: %s', (text) => {
    notFound(text, 'behaviour_a_choice_probe23');
  });
});

describe('probe 23: false alarms stopped (another person, an adult’s choice, the child’s own feeling)', () => {
  it.each([
    ['The foster carer chose not to report the incident until the morning, which has been discussed in supervision.'],
    ['The social worker chose not to share the referral with mum.'],
    ['Staff chose not to report her missing until midnight.'],
    ["The older boy's girlfriend is 19 and lives in Bradford."],
    ['She said she felt she was to blame, and I reassured her that she was not.'],
    ['Her mum is a sex worker and is known to the police.'],
    ['He made a mistake when he lied to his mum about where he was, and he apologised.'],
    ['He should be seen as a victim rather than a perpetrator.'],
    ['YOT: treat Kai as a victim instead of an offender.'],
  ])('no finding: %s', none);

  it.each([
    ['She chose not to tell anyone about the men.', 'chose_not_to'],
    ['Ethan is a perpetrator of robbery and should be managed by the YOT.', 'perpetrator_label'],
    ['Her foster carer said she chose not to tell anyone about the men.', 'chose_not_to'],
    ['Jade, 14, has a boyfriend who is 19.', 'boyfriend_adult'],
    ["The 14-year-old boy's girlfriend, a woman of 23, stays over when his mum is on nights.", 'boyfriend_adult'],
    ['She is to blame for what happened at the flat.', 'to_blame'],
    ['She was partly to blame for going back to the flat.', 'to_blame'],
    ['He is well known to the police in Telford.', 'known_to_police'],
    ['He is a liar and cannot be trusted.', 'liar'],
  ])('%s -> %s', found);
});

describe('probe 23: quoted wording is a finding, criticism of the wording is not', () => {
  it.each([
    ['The 2011 police log says she "trafficked herself" to Leeds.', 'trafficked_self_probe23'],
    ['Mum said: "She\'s no longer a child, she lives like an adult."', 'no_longer_a_child_probe23'],
    ["The 2010 minutes record that she was 'at fault' for getting into the car.", 'at_fault_probe23'],
    ['Her social worker wrote that “her lifestyle is leading her into danger”.', 'lifestyle_leads_to_harm_probe23'],
  ])('%s -> %s', found);

  it.each([
    ['The review is critical that the 2012 record said her lifestyle was leading her into danger.'],
    ['The panel found it wrong that staff described him as a perpetrator rather than a victim.'],
    ['Practitioners should avoid saying a child accepted lifts and gifts from the men; the men gave them.'],
    ['Instead of writing that she was at fault, record what the men did.'],
  ])('no finding: %s', none);
});
