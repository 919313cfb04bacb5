// Review 31: probes of round 31's changes (role headings, the specific code over the broad one, drug arrests out of area,
// threats of arrest, friends harmed, ambulance vetoes): the signs they must keep and the ordinary sentences they must not
// read as one. Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, givesExactly, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('role headings: the sign in the body, or before a colon that is no heading, stays', () => {
  givesCodes('the sign stays', [
    ['She told the school nurse she has not eaten for three days and is making herself sick: mum is worried.', ['ep_eating_problems']],
    ['Amy cut her arms again last night and was seen by the crisis team: wounds dressed.', ['ep_self_harm']],
    ['Kai went missing overnight again and was found by the officer: he had £300 and two phones.', ['am_missing']],
    ['Nurse: she has not eaten for days and is making herself sick.', ['ep_eating_problems']],
    ['Officer: Kai was arrested for possession with intent to supply.', ['go_arrests']],
    ['Self-harm nurse: Amy cut her arms again last night.', ['ep_self_harm']],
    ['Her self-harm worker: she is cutting again.', ['ep_self_harm']],
    ['Missing person coordinator: Kai went missing on Friday and returned at 3am.', ['am_missing']],
    ['Lily is being sexually exploited, says her social worker: she has a new phone.', ['sh_sexual_assault']],
    ['Overdose nurse: Amy took 20 paracetamol on Friday.', ['ep_self_harm']],
    ['Exploitation team: Kai owes the olders £500 for lost drugs.', ['rg_debt_bondage']],
    // Review 31: the sign reported by the role before the colon.
    ['Cutting again per nurse: Amy showed me her arms.', ['ep_self_harm']],
    ['Self-harming again, says school nurse: cuts to both arms.', ['ep_self_harm']],
    ['Arrested Friday, says YOT worker: Kai is on bail.', ['go_arrests']],
  ]);
  lacksCode('the role heading alone', 'ad_alcohol', ['Drug and alcohol worker: Kai is smoking cannabis every day.']);
  lacksCode('the role heading alone', 'go_carrying_drugs', ['County lines lead: Kai was found in Margate with two phones and £400 in cash.']);
});

describe('substances given: with sex, by adults, or not at all', () => {
  givesCodes('given with sex or by adults', [
    ['Her boyfriend gave her cannabis before they had sex.', ['ad_substances_with_sex']],
    ['The older boys plied her with drink and then raped her.', ['ad_substances_with_sex']],
    ['She was given ketamine at the party and woke up with no clothes on.', ['ad_substances_with_sex']],
    ['Cannabis was given to him by the older boys at the park.', ['ad_substances_given']],
  ]);
  lacksCode('medicine, a lesson or a hot drink', 'ad_substances_with_sex', [
    'She was given painkillers at the hospital after she was raped.',
    'The nurse gave her pills and talked to her about sexual health.',
    'Officers gave her a hot drink after she disclosed the rape.',
    'Mum gave her drink money and she went to the party where she was sexually assaulted.',
  ]);
  lacksCode('medicine or a lesson', 'ad_substances_given', [
    'His methadone is given to him by the pharmacist each morning.',
    'The medication is given to him by the staff at the unit.',
    'Teachers have been giving the children drugs awareness lessons.',
    // Review 31: a lesson about them.
    'The youth workers were giving the boys alcohol awareness sessions.',
  ]);
});

describe('drug arrests out of area', () => {
  givesCodes('a named place or away from home', [
    ['Kai was arrested for supplying crack in Hastings, 80 miles from home.', ['go_drug_arrest_out_of_area']],
    ['Kai was arrested in Hastings with wraps of crack cocaine.', ['go_drug_arrest_out_of_area']],
    ['Kai was arrested for drugs in Kings Lynn on Friday.', ['go_drug_arrest_out_of_area']],
    ['Kai was arrested for supplying heroin in Cornwall.', ['go_drug_arrest_out_of_area']],
    ['Kai was stopped by police away from placement with wraps of heroin.', ['go_drug_arrest_out_of_area']],
  ]);
  lacksCode('home, a school year or lesson, a hand, a bedroom, or nothing found', 'go_drug_arrest_out_of_area', [
    'Kai was arrested for possession of cannabis in our town centre.',
    'Kai was charged with possession in our area.',
    'Kai was caught with cannabis in Year 9 and excluded.',
    'Kai was caught with drugs in maths and sent home.',
    'He was caught with cannabis in hand by the PCSO.',
    'Kai was arrested for possession in his bedroom.',
    'Kai was stopped by police away from home, no drugs were found.',
  ]);
  givesCodes('the plain arrest stays', [
    ['Kai was arrested for possession of cannabis in our town centre.', ['go_arrests']],
    ['Kai was caught with drugs in maths and sent home.', ['go_carrying_drugs']],
  ]);
});

describe('threats of arrest', () => {
  givesCodes('the threat that keeps a child from the police, or a real arrest', [
    ['The men told her she would be arrested if she called the police.', ['da_fear_of_authorities']],
    ['The olders said he would be arrested if he reported it to the police because he was carrying.', ['da_fear_of_authorities']],
    ['Kai was arrested after his mum called the police.', ['go_arrests']],
    ['Mum rang the police and Kai was arrested at the flat.', ['go_arrests']],
  ]);
  lacksCode('a warning about false calls or contact', 'da_fear_of_authorities', [
    'Mum was warned she would be arrested if she called the police again with false reports.',
    'Police told Dad he would be arrested if he contacted Mum again.',
  ]);
});

describe('a friend harmed', () => {
  givesCodes('by the olders, the same men, the group or over a debt', [
    ['His friend was stabbed by the olders last month.', ['go_peers_exploited']],
    ['Two boys in his year were stabbed by the group he hangs around with.', ['go_peers_exploited']],
    ['His friend was beaten up by the men Kai sells for.', ['go_peers_exploited']],
    ['Her friend Chloe is also being abused by the same men.', ['go_peers_exploited']],
    ['His friend was assaulted by the same men last week.', ['go_peers_exploited']],
    ["Kai's friend was stabbed over a drug debt.", ['go_peers_exploited']],
  ]);
  lacksCode('nothing links it', 'go_peers_exploited', [
    'His friend was stabbed last month and Kai is low.',
    'His friend was also robbed on the bus, he says.',
    'Her friend was assaulted at the party and Kai was not there.',
    'Her friend was beaten up by her boyfriend and she is worried.',
    'His friends were robbed at the bus stop on their way to work for the paper round.',
  ]);
});

describe('ambulance wording', () => {
  givesCodes('an overdose or self-harm beside a street drug stays', [
    ['She took 20 paracetamol after the men made her take ecstasy at the party.', ['ep_self_harm']],
    ['She took 30 paracetamol and some ecstasy at the party.', ['ep_self_harm']],
    ['She took 20 tablets because she owes the dealers for the cocaine.', ['ep_self_harm']],
    // Review 31: the veto is for pills of the drug only.
    ['She started cutting again because of the cocaine debt.', ['ep_self_harm']],
    ['She tried to hang herself after she owed the dealers for the ket.', ['ep_self_harm']],
  ]);
  lacksCode('pills of a street drug', 'ep_self_harm', ['She took two pills of ecstasy at the park.', 'She took two ecstasy pills at the park.']);
  givesCodes('a collapse with drink or drugs stays', [
    ['Her nan found her collapsed in the bathroom after drinking vodka.', ['ad_intoxication_hospital']],
    ['Her nan says she collapsed in the street drunk.', ['ad_intoxication_hospital']],
    ['Grandma says Chloe collapsed drunk at the park.', ['ad_intoxication_hospital']],
    ['She had collapsed and needed CPR after drinking vodka.', ['ad_intoxication_hospital']],
    ['Kai collapsed with heart palpitations after taking MDMA.', ['ad_intoxication_hospital']],
    ['She collapsed outside the club and her heart was racing.', ['ad_intoxication_hospital']],
  ]);
  givesExactly('an illness or a grandparent collapsing', [
    ['Grandad collapsed at the allotment and Kai called 999.', []],
    ['Gran collapsed at home and Kai found her.', []],
    ['Mum collapsed after a seizure; she is epileptic.', []],
  ]);
});
