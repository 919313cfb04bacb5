// Round 31: headings that name the writer's role, the specific code over the broad one on the same words, and a threat
// of arrest, beside ordinary sentences that share their words. Every sentence is also run through the reference
// implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe("a heading that names the writer's role or the meeting", () => {
  lacksCode('the role heading is who wrote', 'ep_eating_problems', [
    'Eating disorder clinician: Zainab has gained the weight agreed in her plan.',
    'Community eating disorder service: Maya attended with her dad.',
    'Eating disorder team 12/03/2026: Maya attended with her dad.',
  ]);
  lacksCode('nor the exclusion officer or panel', 'am_school_exclusion', [
    'Exclusion officer: Rio may be carrying a knife, his friends say.',
    'Exclusion panel: Rio has never been arrested.',
  ]);
  givesCodes('the same words in the body, or the heading is the sign', [
    ['School nurse: Maya has an eating disorder and is restricting at lunch.', ['ep_eating_problems']],
    ["Maya's eating disorder nurse: no change this week.", ['ep_eating_problems']],
    ['Exclusion officer: Rio has been permanently excluded after the fight.', ['am_school_exclusion']],
    ['Suspected plugging: staff found cling film in his bag.', ['go_internal_concealment']],
  ]);
});

describe('the specific code over the broad one on the same words', () => {
  givesCodes('substances given with abuse or sex', [
    ['Cafcass: Jade was given alcohol before being abused at the flat in 2023.', ['ad_substances_with_sex']],
    ['Tommy may have been given drugs before the men abused him.', ['ad_substances_with_sex']],
    ['She says she was given pills at the party and does not remember the sex.', ['ad_substances_with_sex']],
  ]);
  givesCodes('substances given by adults, passive or to a group', [
    ["Luca's weed is given to him by the adults in the town.", ['ad_substances_given']],
    ['Staff think the men outside may be giving the boys drugs.', ['ad_substances_given']],
  ]);
  lacksCode('medicine, a lesson, an exchange or a coach', 'ad_substances_with_sex', [
    'She was given the morning-after pill at the sexual health clinic after unprotected sex.',
    'School nurse: she was given pills for her period pain and talked about sex education.',
    'The girls are given vodka in return for sex acts.',
    'The girls at the flat were given cocaine and then abused, she says.',
  ]);
  lacksCode('no substances given by adults', 'ad_substances_given', [
    'The coach was giving the boys drinks at half time.',
    'His medication is given to him by the nurse at the home.',
  ]);
  givesCodes('a drug arrest in a named place or away from home', [
    ['BTP: 15-year-old from Tottenham arrested for supplying crack in Kings Lynn.', ['go_drug_arrest_out_of_area']],
    ['Josh was arrested for drugs in Cornwall in 2024, aged 14.', ['go_drug_arrest_out_of_area']],
    ['Dami was charged with drug offences in Margate while living in Lewisham.', ['go_drug_arrest_out_of_area']],
    ['Ty was arrested for drugs away from home last summer.', ['go_drug_arrest_out_of_area']],
  ]);
  lacksCode('a drug arrest at a time or a setting, or no drugs', 'go_drug_arrest_out_of_area', [
    'He was arrested for possession in the park.',
    'He was arrested for possession in 2023.',
    'He was arrested for supplying cannabis in school.',
    'He was arrested for possession of cannabis in his bedroom.',
    'He was arrested for drugs in front of his friends.',
    'He was arrested for shoplifting in Cornwall.',
    'He was arrested for robbery while away from home.',
  ]);
});

describe('a threat of arrest for calling the police', () => {
  givesCodes('the threat is the fear of the authorities, not an arrest', [
    ["Kasia said the men told her she'd be arrested if she called the police.", ['da_fear_of_authorities']],
    ['The olders told him he would be arrested if he rang the police.', ['da_fear_of_authorities']],
  ]);
  givesCodes('an arrest after a call', [['He was arrested after he called the police on his friend.', ['go_arrests']]]);
  lacksCode('a warning about hoax calls', 'da_fear_of_authorities', ['He will be arrested if he phones the police again with a hoax call.']);
});

describe('a friend harmed by the same group', () => {
  givesCodes('with the line or the men named', [
    ["Kayden's friend Malik was stabbed on the same line last month.", ['go_peers_exploited']],
    ['Her friends were attacked in a dispute over a line.', ['go_peers_exploited']],
    ["Marcus's friend was stabbed in a fight over drug territory.", ['go_peers_exploited']],
  ]);
  lacksCode('with nothing to link it', 'go_peers_exploited', [
    'Kyle was very low in 2024 after his friend was stabbed.',
    'His friend was stabbed in a fight at the park.',
    'His friend Jake was beaten up at football by a boy from another team.',
  ]);
});

describe('ambulance wording that is not the sign', () => {
  lacksCode('pills of a street drug are not an overdose', 'ep_self_harm', ['PRF: Pt (14M) states he took two pills of ecstasy at the park.']);
  lacksCode("a grandparent's collapse is not intoxication", 'ad_intoxication_hospital', [
    'PRF: Grandad collapsed at the allotment; his grandson (14) started CPR until the crew arrived.',
  ]);
  givesCodes('an overdose, or a collapse after drinking', [
    ['He took a handful of pills after the argument.', ['ep_self_harm']],
    ['She collapsed at the party after drinking vodka.', ['ad_intoxication_hospital']],
  ]);
});
