// Session 22: signs written in idiom, slang and euphemism (phrases/round36.ts), from fresh36, a paraphrase-heavy tuning
// set, and the families it shares with earlier tuning sets. Sentences are invented for this file, not taken from the
// evaluation sets. want: y the child's sign (not negated, hypothetical or historical); h the child's, hypothetical; o at
// least one finding of the code, all about another person; n no finding of the code.
import { describe } from 'vitest';
import { type SignWant, signTable } from '../../../test/fixtures/text-checks.ts';

const CASES: readonly [string, string, SignWant][] = [
  // absent and missing
  ['Foster carer: Mia did a vanishing act on Saturday and came back on Monday.', 'am_missing', 'y'],
  ['Children’s home: Ryan has not been back for three nights.', 'am_missing', 'y'],
  ['Night log: Tia keeps rolling in at all hours and will not say where from.', 'am_staying_out_late', 'y'],
  ['School: Callum has been bunking off on Fridays.', 'am_school_absence', 'y'],
  ['School: Keira walks out at lunchtime after her phone rings.', 'am_school_absence', 'y'],
  ['School office: Noah left site at 10:40 and got into a car.', 'am_school_absence', 'y'],
  ['Mum left the site at 3pm after the meeting.', 'am_school_absence', 'n'],
  ['Head of year: Dylan was expelled from his last school.', 'am_school_exclusion', 'y'],
  ['School: He was sent home for three days after the fight.', 'am_school_exclusion', 'y'],
  ['School: She was sent home for two days with a temperature.', 'am_school_exclusion', 'n'],
  ['RHI: Jade could not say whose flat it was.', 'am_unknown_address', 'y'],
  ['Police: The lads dropped him off at the services near Penrith and told him to wait.', 'am_moved_by_others', 'y'],
  ['Police: She was found in a flat full of grown men.', 'am_found_with_adults', 'y'],
  // familial
  ["Social worker: Mum's nerves are shot and she rarely gets up.", 'fa_parental_mental_health', 'o'],
  ['Health visitor: Dad is back on the drink since Christmas.', 'fa_parental_substance_misuse', 'o'],
  ['School: Mum’s boyfriend knocks her about when he has been drinking.', 'fa_domestic_abuse', 'o'],
  ['Youth worker: Ellis was put out by his mum after the row.', 'fa_family_breakdown', 'y'],
  ['Social worker: There was nothing in the fridge and the baby had no nappies.', 'fa_neglect', 'y'],
  ['Mum said there was nothing in the fridge because the shopping was being delivered.', 'fa_neglect', 'n'],
  ['14/03/2004 POLICE: JUVENILE FROM THE CHILDRENS HOME ON PARK LANE REPORTED MISSING.', 'fa_in_care', 'y'],
  ['UASC team: Samir came over with a man who is not family.', 'fa_unaccompanied_migrant', 'y'],
  ['NRM: The girl skivvies for the whole household and is not in school.', 'fa_domestic_servitude', 'y'],
  ['Social worker: Hannah has nobody in her corner.', 'fa_no_trusted_adult', 'y'],
  ['School: His older sister is also exploited by the same men.', 'fa_family_links_to_exploitation', 'o'],
  // emotional and physical
  ['Counsellor: Ava is in the depths of despair since the pictures were shared.', 'ep_low_mood', 'y'],
  ['CAMHS: He says he wants to be dead.', 'ep_self_harm', 'y'],
  ['Foster carer: He is dead on his feet when he comes in.', 'ep_exhaustion', 'y'],
  ['Youth worker: Leo keeps to himself and only sees the older lads.', 'ep_isolated', 'y'],
  ['She keeps to herself her opinions about the new rules.', 'ep_isolated', 'n'],
  ['Mum: She is not the same girl since she met them.', 'ep_change_in_behaviour', 'y'],
  ['School nurse: Grace is off her food and has lost weight.', 'ep_eating_problems', 'y'],
  ['GP: He was off his food for two days with a stomach bug.', 'ep_eating_problems', 'n'],
  ['SSD: Girl has a very low opinion of herself.', 'ep_low_self_esteem', 'y'],
  ['School: Bruises on the backs of his legs, he says he fell.', 'ep_injuries_assault', 'y'],
  ['GP: Scar on his lower back he cannot account for.', 'ep_unexplained_surgery', 'y'],
  // gangs and older people
  ['Mum: Her new friends are all grown men with cars.', 'go_older_friends', 'y'],
  ['YOT: His mates are all running lines for the Leeds lot.', 'go_peers_exploited', 'o'],
  ['School: Two boys in his class are on the same line.', 'go_peers_exploited', 'o'],
  ['Youth worker: Someone put his mum’s windows in last night.', 'go_threats_violence', 'o'],
  ['Youth worker: The older lads put the windows in at his flat.', 'go_threats_violence', 'y'],
  ['Intel: Youth from Oldham held on drugs charges in Kendal.', 'go_drug_arrest_out_of_area', 'y'],
  ['YOT: He was minding a bag of cash for them when police came.', 'go_carrying_weapons_money', 'y'],
  // technology, drugs, money, sexual health, authority
  ['Foster carer: Her phone never stops buzzing and she goes pale.', 'te_worrying_calls', 'y'],
  ['RHI: She has to send a pic with her location every hour.', 'te_location_tracked', 'y'],
  ['CEOP: A man got in touch with her through Roblox.', 'te_adults_contact_online', 'y'],
  ['Police: She was made to do things on a video call.', 'te_live_streaming', 'y'],
  ['02/05/2001 POLICE: JUVENILE SNIFFING GAS IN THE PARK.', 'ad_drug_use', 'y'],
  ['Youth worker: She is hooked on the crack the men give her.', 'ad_supply_controlled', 'y'],
  ['RHI: He can only get it from them now.', 'ad_supply_controlled', 'y'],
  ['Police: She had to sleep with him to clear the debt.', 'rg_sex_exchange', 'y'],
  ['Bank: Large sums moving through his account every day.', 'rg_bank_account_used', 'y'],
  ["School: He says they're his family now.", 'rg_status_rewards', 'y'],
  ['Clinic: She asked for the emergency pill this morning.', 'sh_emergency_contraception', 'y'],
  ['RHI: She was passed round different men at the flat.', 'sh_many_partners', 'y'],
  ['Midwife: She is expecting, about twelve weeks, and will not name the father.', 'sh_pregnancy', 'y'],
  ['Mum is expecting visitors this weekend.', 'sh_pregnancy', 'n'],
  ['Social worker: She has stopped answering the door to us.', 'da_not_engaging', 'y'],
  ['Police: We have had three versions of events from him.', 'da_inconsistent_accounts', 'y'],
  ["NRM: He was told he'd be deported if he spoke to police.", 'da_fear_of_authorities', 'y'],
];

describe('session 22: signs in idiom, slang and euphemism', () => {
  signTable('note', CASES);
});
