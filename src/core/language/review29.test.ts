import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Review 29 of the round-29 language changes (5475e04..96b2257). Signs about a child that must still be found where an
// adult is aged or named in the sentence, or where training wording comes before the writer's own, and the ordinary
// sentences the round meant to silence. The reference checker must agree with the fast path (the helpers check it).
//
// Left open:
// - "Do not record that she was a willing participant; she was a willing participant." (consented): the second is
//   silenced by the cue before the semicolon.
// - "She chose to work at the nail bar during the holidays for the men who brought her over." and "He chose to work at
//   the car wash over the summer to pay off his debt to the men." (chose_to): the holiday veto outweighs the men.
// - "He has a drug debt and now owes them money, so he keeps running for them." (drug_debt): "owes them" vetoes the
//   debt named as his; the running is still found.

describe('review 29: an adult given by age in a sentence about a child (adultAgedSubject)', () => {
  it.each([
    ['Jade is 15; a 38-year-old man says she is promiscuous.', 'promiscuous'],
    ['Aged 17, he chose to carry for them.', 'carrying_for_group'],
    ['Police: a 38-year-old man was arrested. Jade absconded from the unit.', 'absconded'],
    ['Man aged 40: Jade chose to stay at the flat with him.', 'carry_on_choice'],
    ['Police log: male aged 38 says Jade consented to sex.', 'consented'],
    ['The man, 40, says Jade is promiscuous.', 'promiscuous'],
    ['A 38-year-old man was with Jade and she chose to go with him.', 'chose_to'],
    ['The 16 year old is promiscuous and was with a man aged 30.', 'promiscuous'],
    ['Man aged 30 was found with the lad, who is a drug dealer.', 'drug_dealer'],
    ['A man aged 30 was found with the girl who is promiscuous.', 'promiscuous'],
    ['Jade, aged 16, is a willing participant.', 'consented'],
    ['A 45-year-old man reports the young person is sexually active with older men.', 'sexually_active'],
    ['a 38 year old man says she is promiscuous', 'promiscuous'],
    ['A 38-YEAR-OLD MAN SAYS JADE IS PROMISCUOUS', 'promiscuous'],
    ['police log male aged 38 says jade consented to sex with him', 'consented'],
    ['Staff said she is promiscuous; the man, 40, was arrested.', 'promiscuous'],
    ['The adult, 40, told police Jade chose to go with him.', 'chose_to'],
    ['Driver (44) stated that the passenger was a willing participant.', 'consented'],
    ['Adult male aged 30 picked up Jade; Jade was a willing participant.', 'consented'],
    ['The man aged 25 picked Tyler up; Tyler is a drug dealer.', 'drug_dealer'],
    ['A 24-year-old woman and a boy were arrested; the boy is a drug dealer.', 'drug_dealer'],
    ['Mum aged 38 said the girl is promiscuous.', 'promiscuous'],
    ['A 40 year old man was with jade she chose to go with him', 'chose_to'],
    ['A 22-year-old man had sex with Ellie, 14, who consented.', 'consented'],
    ['Man aged 40 arrested; the child had consented to sex with him.', 'had_consented'],
    ['Adult supervisee Mr H says his stepdaughter Jade is promiscuous.', 'promiscuous'],
    ['The man (30) had sex with Chloe, who is sexually active.', 'sexually_active'],
    // Review 29 mends: a lower-case sentence (dictation) and a second person after the adult's noun phrase.
    ['man aged 40 picked up jade jade consented to sex', 'consented'],
    ['male aged 40 picked up kayla from the unit kayla was a willing participant', 'consented'],
    ['Police log: male aged 38 arrested, victim consented to sex.', 'consented'],
    ['A 30-year-old man supplies the victim with drugs and the victim is promiscuous.', 'promiscuous'],
    ['A 28-year-old man met the victim online and the victim agreed to meet.', 'agreed_to'],
    ['A man aged 30 and a female were in the car, the female consented.', 'consented'],
    ['A man aged 30 was in the car with a female known to be promiscuous.', 'promiscuous'],
    ['A 30-year-old man gave the victim cannabis; the victim is a drug runner.', 'drug_runner'],
    ['A 38-year-old man and an adolescent female were arrested; the female absconded.', 'absconded'],
    ['A 38-year-old man was with a care leaver who absconded from the home.', 'absconded'],
    ['A 30-year-old man and his stepchild were seen; the stepchild is promiscuous.', 'promiscuous'],
    ['A man aged 40 is in a relationship with an adolescent who consented.', 'consented'],
    ['An adult was seen with a female; the female was a willing participant.', 'consented'],
  ])('%s -> %s', found);
  it.each([
    'Custody: a 52-year-old man was arrested for dealing heroin from his flat.',
    'Probation: Mr Jones, 52, has a long history of dealing cocaine.',
    'The defendant, aged 41, absconded from the bail hostel.',
    'Court: a 36-year-old woman admits dealing cannabis from her car.',
  ])('not flagged: %s', none);
});

describe('review 29: guidance wording before the writer’s own (CRITICISM_CUES)', () => {
  it.each([
    ['I know we shouldn’t say it but she is promiscuous.', 'promiscuous'],
    ['I know the training says never to write that a child chose, but she chose to go back to him.', 'chose_to'],
    ['The training says not to describe girls as promiscuous, but honestly she is promiscuous.', 'promiscuous'],
    ['Guidance says the word promiscuous shifts blame, but she is promiscuous and she chose to go.', 'promiscuous'],
    ['The phrase "putting herself at risk" shifts blame, yet she keeps putting herself at risk.', 'putting_self_at_risk'],
    ['The word promiscuous should not be used, however she is sexually active with older men.', 'sexually_active'],
    ['She was advised never to record the men’s numbers and she chose to go with them.', 'chose_to'],
    ['He was told not to describe the men and he chose to carry for them.', 'chose_to'],
    ['She shifts blame onto the workers; she is promiscuous and chose to go.', 'promiscuous'],
    ['Words like "chose" should not be used but Jade chose to go to the party with the men.', 'chose_to'],
    ['Staff said she is promiscuous.', 'promiscuous'],
    ['Dad: "She’s promiscuous, she’s brought it on herself."', 'promiscuous'],
    ['SHE IS PROMISCUOUS AND CHOSE TO GO WITH THE MEN', 'chose_to'],
    ['Never describe a child as a drug runner; they are exploited.', 'drug_runner'],
  ])('%s -> %s', found);
  it.each([
    'Do not record that a child consented; record what the adults did.',
    'Training: the expression "sexually active" places responsibility on the child.',
    'The term child prostitute must not be used.',
    'Staff were reminded that the word "promiscuous" must not be written in records.',
  ])('not flagged: %s', none);
});

describe('review 29: a network card, an escort’s shift, a holiday job', () => {
  it.each([
    ['He is acting as a drug runner and uses his phone in promiscuous mode.', 'drug_runner'],
    ['The IT technician said she is promiscuous.', 'promiscuous'],
    ['She works as an escort on the late shift at the club.', 'pimp_escort'],
    ['Aged 15, she is working as an escort on a rota the men set.', 'working_as_sex_work'],
    ['He chose to work at the nail bar for no pay during the holidays.', 'chose_to'],
    ['She chose to work in the cannabis farm over the summer.', 'chose_to'],
    ['He chose to sell drugs and has a Saturday job at the car wash.', 'chose_to'],
    ['Work experience placement: she chose to go with the older men to the party.', 'chose_to'],
    ['She has a weekend job at the nail bar and is promiscuous.', 'promiscuous'],
    ['The escort on the rota said she chose to get into the car with the men.', 'chose_to'],
  ])('%s -> %s', found);
  it.each([
    'The analyst set the laptop’s network card to promiscuous mode.',
    'Wireshark was run in promiscuous mode on the school network.',
    'The router’s adapter was in promiscuous mode during the audit.',
    'The escort swapped shifts with a colleague so the route is covered.',
    'The bus escort covers the morning rota.',
    'He chose to work at the salon during half-term.',
    'She opted to work at the nail bar during the summer holidays.',
    'The escort works the Wednesday shift.',
  ])('not flagged: %s', none);
});

describe('review 29: a debt named with the adults who hold it (drug_debt)', () => {
  it.each([
    ['He says he owes the dealers money and it is his own fault.', 'drug_debt'],
    ['He owes the man money for cannabis; he chose to carry to clear it.', 'drug_debt'],
    ['He owes money after losing the drugs, he says he owes them and it’s his problem.', 'drug_debt'],
    ['Threats from the men he owes money to because he got into a drug debt.', 'drug_debt'],
    ['The gang he owes money to made him carry to pay it back.', 'drug_debt'],
  ])('%s -> %s', found);
  it.each([
    ['The men say he owes them money for the drugs they forced him to hold.', 'drug_debt'],
    ['The dealers claim she owes them money and threaten her family.', 'drug_debt'],
    ['Threats from a man he owes money to.', 'drug_debt'],
    ['The older lads he owes money to gave him the drugs on tick.', 'drug_debt'],
    ['He was robbed and the dealers now say he owes them £800.', 'drug_debt'],
  ])('%s: no %s', notFound);
});
