import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguage as referenceCheckLanguage } from './reference/check.ts';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 27: the families of lexicon-round27.ts, and the adults check.ts now recognises as the subject or the owner of the
// wording (a role, a title, a relative, an adult in the possessive). Each with sentences it must find and ordinary
// sentences that share its words. The reference checker must agree with the fast path on every sentence (the helpers
// check it).

describe('round 27: new families of wording (lexicon-round27.ts)', () => {
  it.each([
    ['Youth worker: Fern is a risk taker who keeps getting into cars with older men.', 'risk_taker_round27'],
    ['Online-safety log: Logan gave out his number to a man he met on Fortnite.', 'gave_out_details_round27'],
    ['Pre-sentence report: Macy involved herself with older men and carried drugs for them.', 'involved_self_round27'],
    ['DSL: Josh has been trading pics with a man he met on Roblox.', 'trading_images_round27'],
    ['School online-safety lead: Freddie was talking dirty to a man on Discord.', 'talking_dirty_round27'],
    ['Intelligence entry: Leon (14) is a senior member of the group and gives orders to younger boys.', 'senior_in_group_round27'],
    ['Custody record: the juvenile runs a trap house in Ipswich, per the arresting officer.', 'runs_trap_round27'],
    ['Probation officer: Sian (17) was happy to go along with the plan to collect the parcels.', 'happy_to_go_along_round27'],
    ['MFH report: Keeley (15) stays out to party and turns up after a few days.', 'stays_out_to_party_round27'],
    ['ICTG note: the placement wrote that Kristian is exploiting the system to stay in the UK.', 'working_the_system_round27'],
    ['School: Nadia was showing off on TikTok Live when the men started asking her to undress.', 'showing_off_online_round27'],
    ['Online-safety lead: Aaron should have known not to send the video to the man.', 'should_have_known_round27'],
    ['Platform report: the 15-year-old made money from the images the man asked for.', 'made_money_from_images_round27'],
    ['Social work record: he is in with the older lads at the takeaway.', 'in_with_olders_round27'],
    ['NRM referral: the girl entered the UK in a lorry and has been working in a brothel in Leicester.', 'working_in_brothel_round27'],
  ])('%s -> %s', found);

  it.each([
    'Dad describes himself as a risk taker in business and has lost money on the markets.',
    'The receptionist gave out her number to the new GP so that she could be called about the rota.',
    'Maya involved herself in the drama club and the youth council this term.',
    'The boys were trading pics of footballers with their friends at break.',
    'The teacher told the class off for talking dirty in the lesson.',
    'Her mum is a senior member of staff at the school.',
    'He runs a line of stalls at the market with his uncle on Saturdays.',
    'Ava was happy to go along with the plan for her birthday trip.',
    'She stayed out late to party after her prom, with her parents’ permission.',
    'The new booking software is playing the system up again.',
    'Ben was showing off his skateboard tricks to his friends at the park.',
    'We should have known that the placement was not meeting her needs.',
    'Her aunt made money from selling her landscape photos on Etsy.',
    'He is in with the youth club football team now.',
    'The 34-year-old woman said she had worked in a massage parlour before.',
  ])('not flagged: %s', none);
});

describe('round 27: an adult named by a role or a title as the subject (check.ts roleSubject)', () => {
  it.each([
    'Police log: an adult caller was reported for wasting police time after three hoax calls.',
    'Sexual health clinic: the clinic’s new health adviser has chosen to work Saturdays.',
    'The taxi driver, 44, brought it on himself by not wearing a seatbelt.',
    'GP practice: Dr Singh is out of control of her own diary this week, the receptionist joked.',
    'Platform report: an adult has been selling sexual images of a child on a subscription site.',
  ])('not flagged: %s', none);

  // A child's age after the role, a pronoun between, or the child as the subject keep the finding.
  it.each([
    ['The passenger, 15, chose to go with the men.', 'chose_to'],
    ['The man she chose to meet was 30.', 'chose_to'],
    ['The teacher thinks Amy is out of control since she met the older men.', 'out_of_control'],
  ])('%s -> %s', found);
});

describe('round 27: a relative or an adult in the possessive owns the partner (check.ts adultPossessor)', () => {
  it.each([
    'Midwifery booking: Chantelle’s mother attended her own appointment with her partner, aged 48, who waited in reception.',
    'Mum attended her own appointment with her partner, aged 48.',
    'Mum lives with her boyfriend, aged 48, and the two younger children.',
    'The man’s girlfriend, 25, was also arrested.',
    'Police: the suspect’s partner, aged 31, holds the tenancy.',
    'Police log: the 30-year-old nominal’s girlfriend, aged 29, holds the tenancy at the flat.',
  ])('not flagged: %s', none);

  // The relative speaks of or worries about the partner, or takes the child there: the partner may be the child's.
  it.each([
    ['Mum is worried about her boyfriend, 24.', 'boyfriend_adult'],
    ['Mum took her to see her boyfriend, 24.', 'boyfriend_adult'],
    ['Chloe’s boyfriend, 25, was in the car.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it('the label stays when a child is named after it', () => {
    found('The man’s girlfriend, 25, was in the car with Chloe, 14.', 'boyfriend_adult');
    notFound('The man’s girlfriend, 25, was in the car.', 'boyfriend_adult');
  });
});

describe('round 27, second batch: fresh25’s misses (lexicon-round27.ts)', () => {
  it.each([
    ['Strategy meeting, DC Harris: “To be honest she’s a pain, every weekend we’re out looking for her.”', 'nuisance_label_round27'],
    ['Sports coach: Kyle has been a nightmare since Christmas, turning up with a new bike.', 'nuisance_label_round27'],
    ['School reception: Maya is trouble, she keeps bringing older lads to the gate at home time.', 'nuisance_label_round27'],
    ['Referral form: Skye hangs around the takeaway with older men and accepts free food.', 'hangs_about_place_round27'],
    ['Youth worker: Tiana puts herself about with older lads from the estate.', 'puts_self_about_round27'],
    ['Residential handover: R gets a kick out of going missing and watching us panic.', 'kick_out_of_round27'],
    ['Youth club worker: Shannon gives out mixed messages to the older lads.', 'gives_signals_round27'],
    ['Taxi driver statement: the girl was giving the men the eye in the car.', 'gives_signals_round27'],
    ['School office: Harley is running with a rough crowd of older lads and loves it.', 'running_with_crowd_round27'],
    ['Residential handover: P is in a gang and comes back with knife cuts.', 'in_a_gang_round27'],
    ['Foster carer log: Sienna says she fancies the 30-year-old barber.', 'fancies_adult_round27'],
    ['Hotel staff statement: the girl seemed happy enough and the man said he was her uncle.', 'seemed_happy_round27'],
  ])('%s -> %s', found);

  it.each([
    'She is in a lot of pain after the assault by the men.',
    'Mum said the journey has been a nightmare since the roadworks started.',
    'He is in trouble with the police for riding the bike on the pavement.',
    'She went off with her dad to the car after contact.',
    'He is running with the athletics club this term.',
    'The head puts forward her case for a place at the college.',
    'He gets a kick out of football and is in the school team.',
    'The council sent mixed messages to parents about the closure.',
    'Mum lets them use the car on Sundays.',
    'She fancies a pizza tonight, she told her 19-year-old sister.',
    'She seemed happy enough at school today and ate her lunch.',
    'Housing officer: the tenant let men use the flat to abuse children.',
  ])('not flagged: %s', none);
});

describe('round 27: two findings of one category with only white space between are one (check.ts joinAdjacent)', () => {
  const texts = (note: string): string[] => {
    const fast = checkLanguage(note).map((f) => f.text);
    expect(referenceCheckLanguage(note).map((f) => f.text)).toEqual(fast);
    return fast;
  };

  it('joins "choosing to" and "go back to the men" into one finding', () => {
    expect(texts('SW said she is choosing to go back to the men despite warnings.')).toEqual(['choosing to go back to the men']);
  });

  it('keeps two findings apart when a word or a comma lies between', () => {
    expect(texts('SW said she is choosing to, again, go back to the men despite warnings.')).toEqual(['choosing to', 'go back to the men']);
  });
});
