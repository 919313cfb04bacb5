// Session 22: signs described indirectly, in what a worker saw and heard (phrases/round37.ts), from fresh37, an
// indicator-heavy tuning set, and the explained readings that must stay quiet. Sentences are invented for this file, not
// taken from the evaluation sets. want: y the child's sign (not negated, hypothetical or historical); h the child's,
// hypothetical; o at least one finding of the code, all about another person; n no finding of the code.
import { describe } from 'vitest';
import { type SignWant, signTable } from '../../../test/fixtures/text-checks.ts';

const CASES: readonly [string, string, SignWant][] = [
  // sexual health
  ['Midwife: Kacey is about fourteen weeks gone and will not name the father.', 'sh_pregnancy', 'y'],
  ['Clinic: Tia has an infection down there for the second time this year.', 'sh_sti', 'y'],
  ['School nurse: she got rid of it at the clinic in Bristol last month.', 'sh_termination', 'y'],
  ['He got rid of it, the old bike, at the tip.', 'sh_termination', 'n'],
  ['Youth worker: she was passed round the men at the flat over the weekend.', 'sh_many_partners', 'y'],
  ['Special school: Jay keeps showing other pupils porn on his tablet.', 'sh_sexualised_behaviour', 'y'],
  // absent and missing
  ['Respite carer: Leon did a runner from the unit after tea.', 'am_missing', 'y'],
  ['Police: his brother has been on the missing list since Sunday.', 'am_missing', 'o'],
  ['She ran her nail business from home.', 'am_missing', 'n'],
  ['Nan: she comes in when the birds are singing and sleeps all day.', 'am_staying_out_late', 'y'],
  ['Form tutor: Jac climbed over the wall at lunch and did not come back.', 'am_school_absence', 'y'],
  ['Police: she was found at the house of an adult male in Rhyl at 3am.', 'am_found_with_adults', 'y'],
  ['It is possible he is being shuttled up and down the M6 by the same men.', 'am_moved_by_others', 'h'],
  ['He went to his dad’s by train on a ticket bought by his mum.', 'am_moved_by_others', 'n'],
  // familial
  ["School: Lily says mum's boyfriend was battering her mum again on Saturday.", 'fa_domestic_abuse', 'o'],
  ['Private fostering visit: the girl is the house girl for the family and cooks every meal.', 'fa_domestic_servitude', 'y'],
  ['Youth worker: after mum put him out he has been sofa to sofa.', 'fa_family_breakdown', 'y'],
  ['Social worker: Tayla has had six placements since she was nine.', 'fa_family_breakdown', 'y'],
  ['Health visitor: the children are fending for themselves most evenings.', 'fa_neglect', 'y'],
  ['Personal adviser: there is nobody he can turn to since his nan died.', 'fa_no_trusted_adult', 'y'],
  ['UASC team: he arrived in a lorry at Dover with two other boys.', 'fa_unaccompanied_migrant', 'y'],
  ['Street team: a girl of 15 was kipping in a stairwell on the estate.', 'fa_unsuitable_accommodation', 'y'],
  ['GP: mum doesn’t get out of bed most days and the children get themselves to school.', 'fa_parental_mental_health', 'o'],
  // emotional and physical
  ['Coach: he has fresh cuts on his forearms and wears long sleeves in summer.', 'ep_self_harm', 'y'],
  ['Mentor: she can’t see the point in anything since the summer.', 'ep_low_mood', 'y'],
  ['Youth worker: he calls himself a waste of space and will not take praise.', 'ep_low_self_esteem', 'y'],
  ['Ward nurse: Ellie is grey with exhaustion after another night out.', 'ep_exhaustion', 'y'],
  ['Taxi escort: Kian fell asleep on the bus to school again today.', 'ep_exhaustion', 'y'],
  ['School: she has dropped all her old friends and sits alone at break.', 'ep_isolated', 'y'],
  ['Nurse: finger-shaped bruising on both arms.', 'ep_injuries_assault', 'y'],
  ['Learning support: Cai is working at around the level of a six-year-old in reading.', 'ep_learning_disability', 'y'],
  // gangs, older people, crime
  ['Coach: he is seeing a woman in her thirties who picks him up.', 'go_older_partner', 'y'],
  ['Security: she hangs about with men who look well over twenty.', 'go_older_friends', 'y'],
  ['Children’s home: a black Audi with two men waits outside for her most nights.', 'go_unknown_adults_collect', 'y'],
  ['She is taken to sessions at a flat in Bangor by older men.', 'go_taken_to_parties', 'y'],
  ['He says they’ll cut him up if he talks.', 'go_threats_violence', 'y'],
  ['Police Scotland: he was lifted by the polis for a robbery in Paisley.', 'go_arrests', 'y'],
  ['Youth club: he was holding gear for the olders in his sock.', 'go_carrying_drugs', 'y'],
  ['He held it for someone, a machete, under his bed.', 'go_carrying_drugs', 'n'],
  ['He was told to look after a knife for an older lad.', 'go_carrying_weapons_money', 'y'],
  ["Neighbour: two men from Liverpool have moved into his nan's bungalow and people knock all night.", 'go_cuckooing', 'y'],
  ['Shop security: the boys lift stuff to order for a man in a van.', 'go_forced_theft_begging', 'y'],
  ['BTP: drugs concealed inside her body, found on X-ray.', 'go_internal_concealment', 'y'],
  // technology
  ['A man said she must pay £150 or the photos of her would be shared.', 'te_sextortion', 'y'],
  ['NHS 111: a boy says he is being blackmailed over photos.', 'te_sextortion', 'y'],
  ['She went to meet someone from Snapchat at the bus station.', 'te_meeting_online_contacts', 'y'],
  ['Her phone goes and she jumps every time it buzzes.', 'te_worrying_calls', 'y'],
  ['The app he put on her phone means he always knows where she is.', 'te_location_tracked', 'y'],
  ['Dad says he always knows where she is because she texts him.', 'te_location_tracked', 'n'],
  ['The older boys film him on their phones to post.', 'te_online_bullying', 'y'],
  ['She goes live at night for men who send her gifts.', 'te_live_streaming', 'y'],
  // alcohol and drugs
  ['Gran: she came home steaming on a school night.', 'ad_alcohol', 'y'],
  ['Ambulance: blue-lighted in after drinking a bottle of vodka in the park.', 'ad_intoxication_hospital', 'y'],
  ['The older men kept topping up her drink all night.', 'ad_substances_given', 'y'],
  ['He had one can and then nothing till he woke in the back of a car.', 'ad_substances_with_sex', 'y'],
  ['He gets his weed off the lads he sells for.', 'ad_supply_controlled', 'y'],
  // receipt of gifts and money
  ['He gets money for seeing men in the park, he told the nurse.', 'rg_sex_exchange', 'y'],
  ['He has a wad of twenties and new trainers.', 'rg_unexplained_money', 'y'],
  ['The barber gives the boys a free room at the back with a PlayStation.', 'rg_accommodation_offered', 'y'],
  ['She saw a TikTok advert offering a free room in Manchester.', 'rg_accommodation_offered', 'n'],
  ['Bank: £3,000 in and out of her account in a week.', 'rg_bank_account_used', 'y'],
  // distrust of authority
  ['The girls’ accounts sounded rehearsed, the officer said.', 'da_coached_account', 'y'],
  ['The two stories were identical, the editor said.', 'da_coached_account', 'n'],
  ['Every time she is moved she finds her way back to the same flat.', 'da_controlled_return', 'y'],
  ['On Thursday she said she had made it all up.', 'da_disclosure_withdrawn', 'y'],
  ['Her passport is kept safe by the man she works for.', 'da_documents_held', 'y'],
  ['His passport is kept safe by his foster carer at his request.', 'da_documents_held', 'n'],
  ['He threw a chair at staff when the police were mentioned.', 'da_hostile', 'y'],
  ['His story about the trainers changes every time.', 'da_inconsistent_accounts', 'y'],
  ['He would not say who had hurt him.', 'da_not_disclosing', 'y'],
  ['She would not say who the father is.', 'da_not_disclosing', 'n'],
  ['Declined all services offered by the team.', 'da_not_engaging', 'y'],
  // context: Welsh, Scots and Irish kin words, and "pal" for a friend
  ['School: her da is on the gear again.', 'fa_parental_substance_misuse', 'o'],
  ['His best pal was arrested for dealing last week.', 'go_peers_exploited', 'o'],
  ['Two lads from his class were arrested with crack in Bangor.', 'go_peers_exploited', 'o'],
];

describe('session 22: signs described indirectly', () => {
  signTable('note', CASES);
});
