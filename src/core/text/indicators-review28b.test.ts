// Review 28b of the round-28b indicator changes (1e80f1f..7a0f298 in indicator-phrases.ts): the vetoes of moved-by-others
// and unknown-address narrowed to the relative or adult who is the subject, and older entries split so that their
// vetoes keep to one wording (a lodger, placement moves, "abusive to his wife", "found at a man's flat"). Ordinary
// sentences about relatives', adults' and workers' own journeys, moves and addresses, and the signs themselves in
// new wording with their flags. Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('review 28b: relatives, adults and workers travelling, moving, not knowing an address', () => {
  lacksCode('am_moved_by_others', 'am_moved_by_others', [
    'His dad is taken to Stoke at weekends for his dialysis.',
    'Her brother is driven to Leeds every weekend for his football.',
    'Mum is taken to Derby most weekends to see her sister.',
    'Her uncle is sent to Glasgow every weekend for work.',
    'His older brother gets driven to Hull at weekends by his girlfriend.',
    'Grandad is taken to Blackpool every weekend by the day centre.',
    'Her stepdad is driven to Bristol every weekend for his shifts.',
    'His cousin is driven to Liverpool at weekends to see his son.',
    'She is taken to Stoke at weekends by her nan to visit her aunt.',
    'He is driven to Coventry every weekend and stays with his gran.',
    'She is driven to Sheffield most weekends to see her mum in hospital.',
    "He is taken to Leicester on weekends for his brother's football.",
    "He is driven to Wigan every weekend for his cousin's boxing.",
    "Her dad's partner is driven to Stoke at weekends.",
    'He is sent to Derby every weekend to stay with his father.',
    'He is driven to Stoke at weekends by his mum for his cadets.',
    'She was taken to Scarborough on weekends by the youth club.',
    'His sister was moved between hostels after she left her partner.',
    'Mum was moved between refuges last year.',
    'His uncle was moved between bail hostels.',
    'The family were moved between hotels by the council.',
    'Her older sister is moved between care homes by the council.',
    // Mended in this review: the town is a relative's home or work, or the parents share care.
    'She is taken to Leeds at weekends where her brother lives.',
    'He is driven to Hull every weekend because his dad works there.',
    'She is sent to Derby on weekends since her mum moved there.',
    'He is moved between houses because his parents share custody.',
    'She is taken to Bolton at weekends as her gran lives there.',
  ]);
  lacksCode('am_unknown_address', 'am_unknown_address', [
    'Grandma does not know which town she is in since the stroke.',
    'The driver did not know which town the school was in.',
    'The taxi driver had no idea which town he was sent to.',
    'The visitor did not know which town she was in.',
    'Grandad did not know which city he was in on the coach trip.',
    'His uncle did not know what town he was taken to on the stag do.',
    'The lady did not know what area she was in after the bus diverted.',
    'The gentleman did not know which road he was on.',
    'Her brother did not know which town he was in after the night out.',
    'He does not know which town his dad moved to.',
    'The woman could not tell us which area the car park was in.',
  ]);
  lacksCode('fa_unaccompanied_migrant', 'fa_unaccompanied_migrant', [
    'Mum travelled alone to Poland to see her family.',
    'Dad travels alone to Leeds for work on Mondays.',
  ]);
  lacksCode('fa_family_breakdown', 'fa_family_breakdown', [
    "The carer's own son has had many placement moves.",
    'Ruby has had many placements since her mum left the army.',
  ]);
  lacksCode('fa_living_with_unrelated_adults', 'fa_living_with_unrelated_adults', [
    'The lodger pays rent to mum each week.',
    "Mum's lodger moved out in March.",
    'The lodger is moving into a new flat in May.',
    'Dad lives with two men who are not related, his flatmates.',
  ]);
  lacksCode('fa_parental_substance_misuse', 'fa_parental_substance_misuse', [
    'Dad drinks alcohol within safe limits.',
    'Dad bought some alcohol for the barbecue.',
  ]);
  lacksCode('ad_drug_use', 'ad_drug_use', ['The vet gave the dog ketamine before the operation.', 'The police dog found cannabis in the car park.']);
  lacksCode('go_taken_to_parties', 'go_taken_to_parties', ["She came to the party with a man from her dad's work."]);
  lacksCode('fa_domestic_abuse', 'fa_domestic_abuse', ['He played a man who was abusive to his wife in the school play.']);
  lacksCode('rg_unexplained_gifts', 'rg_unexplained_gifts', ["The worker bought new trainers for the club's team."]);
  lacksCode('am_found_with_adults', 'am_found_with_adults', ["She found her phone at a man's flat in the next road."]);
  lacksCode('fa_domestic_servitude', 'fa_domestic_servitude', ['She does the cooking and cleaning for the family on the camp rota.']);
});

describe('review 28b: the signs of the split and narrowed entries, with their flags', () => {
  givesFlags('a lodger', [
    // Mended in this review: the lodger's rent or a new flat no longer silences the child living with him.
    ['She lives with mum and a lodger in a new flat.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['He lives with mum and a lodger who pays rent in cash.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['Mum has taken in a lodger at the new house and he babysits Ava.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['There is a lodger at the house who is 34 and Mia shares a bathroom with him.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['A new lodger moved in last week and he gives Tia lifts.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['Amira is living at a house with two lodgers who are not family.', 'fa_living_with_unrelated_adults', 'child', false, false, false],
    ['She does not live with a lodger.', 'fa_living_with_unrelated_adults', 'child', true, false, false],
    ['Mum said there was a lodger living with them in 2022.', 'fa_living_with_unrelated_adults', 'child', false, false, true],
    ['If mum takes in a lodger, Leo would share a room with him.', 'fa_living_with_unrelated_adults', 'child', false, true, false],
  ]);
  givesFlags('placement moves', [
    ['Jay has had many placement moves this year.', 'fa_family_breakdown', 'child', false, false, false],
    ['She has had numerous placements in the last two years and none has held.', 'fa_family_breakdown', 'child', false, false, false],
    ['He has had multiple placement moves and now lives in his own flat at 16.', 'fa_family_breakdown', 'child', false, false, false],
    ['She has not had multiple placement moves.', 'fa_family_breakdown', 'child', true, false, false],
    ['He had several placement moves in 2021.', 'fa_family_breakdown', 'child', false, false, true],
  ]);
  givesFlags('alcohol', [
    ['A man bought her alcohol at the barbecue.', 'ad_substances_given', 'child', false, false, false],
    ['She was drinking alcohol at the barbecue and was sick.', 'ad_alcohol', 'child', false, false, false],
    ['He drinks alcohol most days and says it helps him sleep.', 'ad_alcohol', 'child', false, false, false],
    ['Dad drinks alcohol every day.', 'fa_parental_substance_misuse', 'other', false, false, false],
  ]);
  givesFlags("found at a man's flat", [
    ["She was found at a man's flat at 2am.", 'am_found_with_adults', 'child', false, false, false],
    ["Police found Kacey at a man's address in Leeds.", 'am_found_with_adults', 'child', false, false, false],
    ["He was located at an adult's house with his phone switched off.", 'am_found_with_adults', 'child', false, false, false],
    ["She was found with her phone at a man's flat.", 'am_found_with_adults', 'child', false, false, false],
    // Mended in this review: a thing found earlier in the clause no longer silences the child found.
    ["Police found her bag and then found her at a man's flat.", 'am_found_with_adults', 'child', false, false, false],
    ["She was not found at a man's flat; she was at her friend's.", 'am_found_with_adults', 'child', true, false, false],
    ["In 2023 she was found at a man's house.", 'am_found_with_adults', 'child', false, false, true],
    ["If she goes missing again she may be found at a man's flat.", 'am_found_with_adults', 'child', false, true, false],
    ["Her friend was found at a man's flat last night.", 'go_peers_exploited', 'other', false, false, false],
  ]);
  givesFlags('domestic abuse between the adults at home', [
    ["Dad is abusive to his partner, Kai's mum.", 'fa_domestic_abuse', 'other', false, false, false],
    ['Her stepdad was violent towards her mum.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Her stepdad is violent to her mum when he drinks.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Dad was abusive to mum when Sam was a baby.', 'fa_domestic_abuse', 'other', false, false, true],
    ['Dad has never been violent towards mum.', 'fa_domestic_abuse', 'other', true, false, false],
    ["Mum's partner is not abusive to her, mum says.", 'fa_domestic_abuse', 'other', true, false, false],
    ['He was violent towards his previous partner in 2019.', 'fa_domestic_abuse', 'child', false, false, true],
    ['Her dad was violent to his girlfriend at the football match.', 'fa_domestic_abuse', 'other', false, false, false],
    // Mended in this review: a games night is no PE lesson.
    ['Dad was abusive to his wife during the games night.', 'fa_domestic_abuse', 'other', false, false, false],
    ['Her uncle is violent towards his wife.', 'fa_domestic_abuse', 'other', false, false, false],
    ['He saw his dad being violent to his mum in the pub.', 'fa_domestic_abuse', 'other', false, false, false],
  ]);
  givesFlags('moved by others and an unknown address, for the child', [
    ['He is taken to Stoke at weekends, owes the line £600 and his brother is in prison.', 'am_moved_by_others', 'child', false, false, false],
    ['She does not know which town she was taken to; her brother drove her.', 'am_unknown_address', 'child', false, false, false],
    ['He does not know the town he was taken to, only that a man drove him there.', 'am_unknown_address', 'child', false, false, false],
  ]);
});
