import { describe, it } from 'vitest';
import { hasFinding as found, noFindings as silent } from '../../../test/fixtures/text-checks.ts';

// Regressions review rev-lang-3 found in the round-24 language changes on main (51fcb59): findings lost to wide
// CRITICISM_CUES and ADULT_OWN_PAST_CUES and a cross-; veto, and false alarms of new probe-24 entries. The helpers also
// check the reference checker.

describe('review 24E: findings kept (CRITICISM_CUES, ADULT_OWN_PAST_CUES, worse_for_wear_return)', () => {
  it.each([
    ["She disguised that she had been at the men's flat and says she chose to go there because she likes the attention.", 'chose_to'],
    ["She disguised that she had been at the men's flat and says she chose to go there because she likes the attention.", 'enjoys_attention'],
    ['She masked that she was being picked up by the older males and is clearly sexually active with them.', 'sexually_active'],
    ['She admits calling the men herself and chose to go to the flat.', 'chose_to'],
    ['She apologised for calling staff names and said she chose to go to the flat with the men.', 'chose_to'],
    ['She has replaced her school friends with a man she met online and chose to go and live with him.', 'chose_to'],
    ['Staff do not call a taxi for her as she is putting herself at risk by going anyway.', 'putting_self_at_risk'],
    ['Came home from school and then went missing; returned at 3am worse for wear with two older men.', 'worse_for_wear_return'],
    ['She masked that she had been drinking with the olders and chose to stay out.', 'olders'],
    ['She masked that she had been drinking with the olders and chose to stay out.', 'carry_on_choice'],
    ['She obscured that she had been with the men and is promiscuous.', 'promiscuous'],
    ['She acknowledged calling the man and chose to meet him.', 'chose_to'],
    ['She recognised calling her dealer was risky but she is a willing participant.', 'consented'],
    ['She accepted treating the flat as her second home and chose to stay there with the men.', 'carry_on_choice'],
    ['She apologised for referring to her carer as a cow and admitted she is sexually active with her 20 year old boyfriend.', 'sexually_active'],
    ['She apologised for referring to her carer as a cow and admitted she is sexually active with her 20 year old boyfriend.', 'boyfriend_adult'],
    ['She has replaced her friends with an adult she met online and is in a relationship with him by choice.', 'by_choice'],
    ['Officers do not call a social worker as she is a willing participant.', 'consented'],
    ['Staff do not call any taxis for her as she is promiscuous.', 'promiscuous'],
    ['The flat must not be used by her again as she is a willing participant.', 'consented'],
    ['Her bank card should not be used by the men but she consented to it.', 'consented'],
    ['As a teenager herself she is sexually active with men in their twenties.', 'sexually_active'],
    ['She obscured that she was being picked up by a 25 year old man and is in a relationship with him by choice.', 'by_choice'],
    ['She acknowledged calling the older males and is sexually active with them.', 'sexually_active'],
    ['He admits calling the dealer and is a drug runner for the olders.', 'drug_runner'],
    ['He admits calling the dealer and is a drug runner for the olders.', 'olders'],
    ['She recognised calling the men was a mistake, but she consented to going to the flat.', 'consented'],
    ["She apologised for calling her carer a liar, but says she chose to go to the men's flat.", 'liar'],
    ["She apologised for calling her carer a liar, but says she chose to go to the men's flat.", 'chose_to'],
    ['She apologised for treating staff badly and admitted she is promiscuous.', 'promiscuous'],
    ['Staff do not call a parent every time as she is sexually active and consenting.', 'sexually_active'],
    ['Staff do not call a parent every time as she is sexually active and consenting.', 'consented'],
    ['Her phone should not be used at school but she sends sexual images of herself to older men.', 'sending_pictures'],
    ['She disguised that she had been missing overnight and was drinking with the men because she enjoys the attention.', 'enjoys_attention'],
    ['She obscured that she had been with the 30 year old and is sleeping with him.', 'sleeping_with'],
    ['She acknowledged calling the men herself and is putting herself at risk.', 'putting_self_at_risk'],
    ['He accepted treating the trap house as home and is a drug runner.', 'drug_runner'],
    ['She apologised for using bad language and admitted she is a willing participant.', 'consented'],
    ['Her school laptop must not be used at home but she is sending nude pictures of herself to men.', 'sending_pictures'],
    ['As a teenager herself, Chloe (15) chose to have a baby with her 24-year-old boyfriend.', 'chose_to'],
    ['As a teenager herself, Chloe (15) chose to have a baby with her 24-year-old boyfriend.', 'boyfriend_adult'],
    ['As a teen herself, Kayla (16) is sexually active with her partner who is 23.', 'sexually_active'],
    ['As a teen herself, Kayla (16) is sexually active with her partner who is 23.', 'boyfriend_adult'],
    ['He admitted calling the olders for a lift; he is a drug dealer.', 'olders'],
    ['He admitted calling the olders for a lift; he is a drug dealer.', 'drug_dealer'],
  ])('%s -> %s', (text, id) => {
    found(text, id);
  });
});

describe('review 24E: no false alarm (new probe-24 and round-24 entries)', () => {
  it.each([
    'Mum said the old washing machine is a lost cause and needs replacing.',
    'The garden at the unit is a lost cause after the flooding.',
    'The application for the extension was a lost cause, according to the housing officer.',
    "Grandad's dementia is too far gone for him to stay at home.",
    'He is a lost cause in maths, he jokes, but he likes art.',
    'The old caravan was too far gone to save.',
    'Mum said the carpets were too far gone after the leak.',
    'The plants on the balcony are too far gone.',
    'The fence at the back of the unit is too far gone and needs replacing.',
    'Dad feels the marriage is a lost cause.',
    'The football team were a lost cause this season, he laughed.',
    'The lads said he was sly for leaving early.',
    'She feels he was cunning in how he groomed her.',
    'He has been around a lot this week, helping his nan with the shopping.',
    "She is an experienced dealer at the poker table at the youth club's casino night.",
    'She shut everyone out after her grandad died.',
    'He shuts staff out when he is grieving for his mum.',
    'He is choosing his friendships more wisely this term.',
    'He chose that relationship over his football, he says, and is with his girlfriend who is also 15.',
    'He was chasing lads round the park on his bike.',
    'He decided to go down the wrong road on the way home and got lost.',
    'She went back to the hotel despite all the fuss to collect her passport for the trip.',
    'Even after all that, she went back to the group for her DofE session.',
    'Despite being told the bus was cancelled he went back to the house and waited.',
    "He takes them round to the older lads' house to play FIFA.",
    'The old sofa in the family room is a lost cause, so staff ordered a new one.',
    "The tomatoes in the unit's garden were a lost cause this year.",
    'Mum says the wallpaper is too far gone to clean.',
    'The bread was too far gone so she made toast with the crusts.',
    'The conservatory roof is too far gone to fix.',
    'Her view is that he was cunning and planned everything.',
    'He has been around a lot this half-term, staff are pleased he is home more.',
    'Her shyness shuts everyone out at first, her teacher said.',
    'She chose this relationship with her boyfriend, who is also 15, over her friends, she says.',
    'She was chasing boys at the school disco, her friends teased.',
    'The younger kids were chasing lads on bikes through the estate.',
    'They decided to go down the wrong road and ended up in Bradford, mum laughed.',
    'Despite being told it was closed, she went back to the house to look for her cat.',
  ])('not flagged: %s', silent);
});
describe('review 24E: the narrowed cues and entries still work', () => {
  it.each([
    'The force accepts that calling her a willing participant was wrong.',
    'The sergeant apologised for using the term "child prostitute" in the log.',
    'The review found the word "promiscuous" should not be used about a 13-year-old.',
    'We do not call a child a prostitute; she was sexually exploited.',
    'The trust replaced the word boyfriend with an adult male in every record.',
    'Calling her sexually active masked that she was being raped by the men.',
    'Her mum was groomed as a teenager herself.',
    'The officer admitted calling Mo a drug dealer was wrong.',
    'The partnership accepts that describing the boy as a drug runner ignored his exploitation.',
    'The force apologised for referring to her as a prostitute.',
    'The force apologised for calling the 13-year-old girl a prostitute.',
    'The force accepts that treating her as a willing participant was wrong.',
    'The review found the term "child prostitute" must not be used.',
    'Staff do not call young people promiscuous.',
    'He decided to go down the wrong path on the walk and got lost in the woods.',
    'Grandad has been around a bit this summer.',
    'She has been around a lot lately, which is nice for her mum.',
  ])('not flagged: %s', silent);
  it.each([
    ['He has chosen to go down the wrong path.', 'wrong_path_probe24'],
    ["She brings them round to the older men's flat.", 'recruits_others_round24'],
  ])('%s -> %s', (text, id) => {
    found(text, id);
  });
});
