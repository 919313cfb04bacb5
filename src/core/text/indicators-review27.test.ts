// Regressions review 27 found in the round-27 indicator changes (f02a93d, 8da21ee): ordinary sentences that share the
// words of the new entries and carry no sign for the child, and the signs those entries are for, with their flags.
// Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('review 27: false alarms of the round-27 entries', () => {
  lacksCode('te_live_streaming', 'te_live_streaming', [
    'The youth club asked them to take part in video calls with a partner club in Germany.',
    'The drama group told them to join the video call at six to rehearse their lines.',
    'The interpreter asked him to join the video call with his solicitor.',
    'The Duke of Edinburgh leader asked them to join video calls to plan the expedition.',
    'The youth parliament asked him to take part in live sessions with the local MP.',
  ]);
  lacksCode('am_moved_by_others', 'am_moved_by_others', [
    'On Saturday they drove them to the coast for the day and had fish and chips.',
    'The coach driver drove them to the museum and back.',
    'The minibus driver drove them to the swimming baths on Tuesday.',
    'They moved her to the high dependency unit overnight.',
    'They moved him to the top set for maths after the mock exams.',
    'They moved them to a hotel while the flat was repaired after the flood.',
    'They moved her to a different care home nearer her daughter.',
    'The bus driver drove them to the depot when the road was closed.',
    'They drove them to the airport for their flight to Spain.',
    'She was driven to the dentist by the driver from the taxi firm.',
    'He was brought to the station by two men who found him lost in the park.',
    'The drivers ferried them to the polling stations on election day.',
    'They transported him to theatre for his operation at nine.',
    'The group moved them to the front row for the photo.',
    'The driver moved them to the back seats so the wheelchair could fit.',
    'The adults drove them around the safari park in a jeep.',
  ]);
  lacksCode('te_adults_contact_online', 'te_adults_contact_online', [
    "The club's account messaged the members on Instagram about Saturday's fixture.",
    'A man contacted Dad on Facebook about buying the car.',
    'The man messaged the seller on Facebook Marketplace about the sofa.',
    'The adults messaged each other on WhatsApp to organise the fundraiser.',
    'The library account messaged parents on Facebook about the reading challenge.',
    'The men contacted the landlord through WhatsApp about the leak.',
  ]);
  lacksCode('fa_family_links_to_exploitation', 'fa_family_links_to_exploitation', [
    'Her uncle works for a housing group in Leeds.',
    'Dad works for a hotel group as a chef.',
    'His uncle works for a large media group in Manchester.',
    'Her cousin works for the Co-op group as a manager.',
    'His sister works for the local theatre group.',
    'Her brother sells for a double glazing group.',
    'His cousin works for the Rotary group raising money for the hospice.',
    'Parents take young children to parties at the soft play centre every weekend.',
  ]);
  lacksCode('ad_substances_given', 'ad_substances_given', [
    'At the christening they gave the adults wine and the children juice.',
    'The lads at work gave Dad whisky for his fortieth.',
    'The men at the allotment gave Grandad some cider.',
    'The people at the cafe gave them free drinks after the charity run.',
    'They gave the guests wine at the wedding reception.',
  ]);
  lacksCode('ep_change_in_behaviour', 'ep_change_in_behaviour', [
    'She has changed who she sees for counselling after the first therapist left.',
    "There has been a noticeable change in Grandad's mood since the stroke.",
    "There was a sudden shift in the team's mood after the goal.",
    'The town centre used to be lively before the shops closed.',
    'The club used to be happy to take younger players.',
    'Staff used to be happy to cover the breakfast club.',
    'The dog used to be lively but is now old.',
    'He changed how he talks about money after the budgeting course.',
    "There has been a marked change in Dad's mood since he started his new job.",
    'She changed how she acts in the play after the director gave notes.',
  ]);
  lacksCode('rg_status_rewards', 'rg_status_rewards', [
    'They offered her refugee status in May.',
    'The Home Office people offered him settled status last year.',
    'They promised the residents power would be back by six.',
    'The men offered Dad power tools at a good price.',
    'They promised the pupils fame if they won the talent show.',
    'The lads offered him rank in the cadets if he passed the course.',
    'The adults promised the team respect if they trained hard.',
  ]);
  lacksCode('go_unknown_adults_collect', 'go_unknown_adults_collect', [
    'Two men sat outside the cafe watching the football.',
    'The men sat outside the pub in the sun.',
    'Men wait outside the mosque after Friday prayers.',
    'A man sat opposite her on the train.',
    'An older man sits nearby feeding the ducks.',
    'The men parked outside to unload the furniture.',
    'A van with two men outside was fixing the streetlight.',
    'The van with two men parked outside belongs to the builders.',
    'A car with two men outside turned out to be CID.',
    'A car with two men outside was the surveyors from the council.',
    'A man in his forties waited outside the polling station handing out leaflets.',
    'Taxis keep arriving for the wedding guests.',
    'Cars keep coming up the lane to the farm shop.',
    'Nobody has booked the hall for Saturday.',
    'No-one had arranged cover for the lesson.',
    'Nobody booked the minibus, so the trip was cancelled.',
    'Nobody has ordered the new uniform yet.',
    'Nobody here booked a table at the restaurant.',
    'Nobody had arranged the interpreter for the review.',
  ]);
  lacksCode('te_worrying_calls', 'te_worrying_calls', [
    'She got messages all night from people wishing her happy birthday.',
    'The phone rang constantly on results day.',
    'The phone rang non-stop after the flood with neighbours checking in.',
    'The phone went off repeatedly during the funeral.',
    'The phone kept ringing throughout the christening.',
  ]);
  lacksCode('te_location_tracked', 'te_location_tracked', [
    'He checks where the bus is on his phone before leaving the house.',
    'The coach can see where the runners are on Snapchat.',
    'He checks where his parcel is on his phone.',
    'She knows where the cinema is on her phone map.',
  ]);
  lacksCode('rg_unexplained_money', 'rg_unexplained_money', [
    'The council found money that cannot be accounted for in the school budget.',
    "The care home reported sums that cannot be accounted for in the residents' fund.",
  ]);
  lacksCode('go_forced_theft_begging', 'go_forced_theft_begging', ['In rounders he was sent in to steal a base.']);
  lacksCode('am_school_absence', 'am_school_absence', [
    'He is frequently absent because of his sickle cell crises.',
    'She is often absent due to her asthma.',
    'The landlord is often absent and repairs are slow.',
  ]);
  lacksCode('go_cuckooing', 'go_cuckooing', [
    'They have been cooking from their flat for the street party.',
    'They are selling from their home on Etsy.',
    'The men were running from the house when the fire brigade arrived.',
    'They were selling from their house at the car boot.',
    'They have been running from the flat to the car in the rain.',
    'The adults were selling from the house during the garage sale.',
  ]);
  lacksCode('fa_unaccompanied_migrant', 'fa_unaccompanied_migrant', [
    'He came on the boat without his parents as part of the Scouts sailing week.',
    'She travelled on a boat without her parents for the first time on the Duke of Edinburgh expedition.',
    'She came on the boat without her parents on the school trip to the Isle of Wight.',
    'He travelled by the van without his parents to the football camp.',
  ]);
  lacksCode('rg_sex_exchange', 'rg_sex_exchange', [
    'She went with people for food after the match.',
    'She goes with adults for lifts to her dance competitions.',
    'They went with people for drinks after work.',
    'He goes with older men for lifts to the allotment on Sundays.',
  ]);
  lacksCode('ep_low_self_esteem', 'ep_low_self_esteem', [
    "Grandma's self-esteem was low after the fall.",
    "The dog's self-confidence is low after the attack.",
  ]);
  lacksCode('rg_bank_account_used', 'rg_bank_account_used', [
    'She makes use of her bank card for lunch.',
    'The school encourages the use of contactless bank cards.',
    "Mum has the use of her mother's bank account as her attorney.",
    "Payments have been paid into the club's account.",
    'They have been using the contactless bank card machines in the canteen.',
  ]);
  lacksCode('da_protects_abusers', 'da_protects_abusers', [
    'He says the man looked after him when he fell off his bike.',
    'She thinks the man looked after her well at the hospital.',
    'She did not want to give the dog away because she loves him.',
    'He wanted to tell his nan about the match because he loves the game.',
    'She gave her name for the choir because she loves the music.',
    'He would not give the hamster back because he loves him.',
    'She wants to tell the whole class about her holiday because she loves the beach.',
  ]);
  lacksCode('ad_supply_controlled', 'ad_supply_controlled', [
    'They control the water supply from the reservoir.',
    'The group controls the access to the hall bookings.',
    'The men control the gas supply to the estate.',
    'They controlled the food supply at the camp.',
  ]);
  lacksCode('ep_eating_problems', 'ep_eating_problems', [
    'He was binging on the new game all weekend.',
    'She spent Sunday bingeing on YouTube videos.',
    'The toddler is refusing food when he is teething.',
    'He refuses to eat vegetables.',
    'She refuses to eat mushrooms.',
    'The hamster refused food after the move.',
    'She refused food at the party because of her dental work.',
    'He refused to eat the sandwich because it had cheese in it.',
    'She refused to eat at the buffet because she is fasting for Lent.',
  ]);
  lacksCode('go_peers_exploited', 'go_peers_exploited', [
    'Her friends are in the gang show at the theatre.',
    'Her friends are doing lines for the drama exam.',
    'His mates are in a gang of lads who play five-a-side on Thursdays.',
    'Her mates are doing lines together for the school play.',
  ]);
  lacksCode('fa_previous_abuse', 'fa_previous_abuse', [
    'He got hurt as a boy in a car accident.',
    'The dog was abused by the family before the rescue took it.',
    'Dad was verbally abused by the neighbour over the parking.',
  ]);
  lacksCode('da_controlled_return', 'da_controlled_return', [
    'They got him back to sleep after the nightmare.',
    'They pulled him back from the edge of the platform.',
    'He pulls her back from the road when the cars come.',
    'They got her back on her feet after the fall.',
    'He got them back to the car after the match.',
    'The men pulled him back into the boat.',
    'He drags them back to bed every morning.',
  ]);
  lacksCode('fa_domestic_servitude', 'fa_domestic_servitude', ['Mum is working as a maid in a hotel.']);
  lacksCode('ep_exhaustion', 'ep_exhaustion', ['The carpet is worn out.', 'The sofa was worn out so the family got a new one from the charity.']);
  lacksCode('sh_sexual_assault', 'sh_sexual_assault', [
    'He had his hands up his shirt to keep them warm.',
    'The nurse put her hand up his shirt to listen with the stethoscope.',
    'He puts his hands up his top when he is anxious.',
  ]);
  lacksCode('fa_unsuitable_accommodation', 'fa_unsuitable_accommodation', [
    'The cat sleeps on the landing.',
    'During the sleepover the kids slept in the hallway in sleeping bags.',
    'She sleeps on the landing because her room is being decorated.',
    'The night porter slept in the lobby between rounds.',
    'The puppy sleeps in the hallway in its basket.',
  ]);
  lacksCode('fa_family_breakdown', 'fa_family_breakdown', [
    'Both families broke down in tears when the verdict was read.',
    'The home broke down its costs for the council.',
  ]);
  lacksCode('go_older_friends', 'go_older_friends', [
    'He spends weekends with the men in their fifties at the bowls club.',
    "He spends time with a man in his twenties, his mentor from the Prince's Trust.",
    'She spends her days with an adult in his thirties, her one-to-one support worker.',
  ]);
  lacksCode('ad_intoxication_hospital', 'ad_intoxication_hospital', ['The toddler was taken to A&E after drinking from a bottle of bleach.']);
  lacksCode('da_not_disclosing', 'da_not_disclosing', [
    'She goes quiet when asked about her late grandad.',
    'The class went quiet when asked who had taken the ball.',
    "He goes quiet when asked about his dad's illness.",
    'She went quiet when asked where she wanted to go on holiday.',
    'The room went silent when asked who wanted to go first.',
    'She goes quiet when questioned about her homework.',
    'He goes silent when asked about the divorce.',
  ]);
  lacksCode('da_documents_held', 'da_documents_held', [
    'The men had their passports checked at the airport.',
    'People have their ID cards checked at the door.',
  ]);
});

describe('review 27: the signs, with their flags', () => {
  givesFlags('round-27 signs', [
    ['Older men pressured her to join live streams on an app.', 'te_live_streaming', 'child', false, false, false],
    ['She was coerced to take part in webcam sessions by a man she met online.', 'te_live_streaming', 'child', false, false, false],
    ['She was not made to take part in video calls, she says.', 'te_live_streaming', 'child', true, false, false],
    ['Her friend Lola was forced to take part in webcam sessions by the same man.', 'te_live_streaming', 'other', false, false, false],
    ['In 2023 he was paid to take part in livestreams by a man in Dubai.', 'te_live_streaming', 'child', false, false, true],
    ['The gang moved him to a flat in Swansea.', 'am_moved_by_others', 'child', false, false, false],
    ['Older males ferried her between hotels across the north west.', 'am_moved_by_others', 'child', false, false, false],
    ['She was trafficked to Bristol by two older men.', 'am_moved_by_others', 'child', false, false, false],
    ['He was not driven to Norwich by the men, he got the train himself.', 'am_moved_by_others', 'child', true, false, false],
    ['A man has been messaging Ruby on Snapchat.', 'te_adults_contact_online', 'child', false, false, false],
    ['Strangers were contacting him through Roblox.', 'te_adults_contact_online', 'child', false, false, false],
    ['No adult has been messaging her on TikTok, she says.', 'te_adults_contact_online', 'child', true, false, false],
    ['An adult account contacted a 12-year-old on the estate.', 'te_adults_contact_online', 'child', false, false, false],
    ['His older brother works for the Manchester gang.', 'fa_family_links_to_exploitation', 'other', false, false, false],
    ['Her cousin sells for the olders in Moss Side.', 'fa_family_links_to_exploitation', 'other', false, false, false],
    ['Her uncle is one of the men who run the line.', 'fa_family_links_to_exploitation', 'other', false, false, false],
    ['The olders give him weed for free.', 'ad_substances_given', 'child', false, false, false],
    ['Older lads gave Josh vodka at the park.', 'ad_substances_given', 'child', false, false, false],
    ['The men at the house gave her free drinks.', 'ad_substances_given', 'child', false, false, false],
    ['The men have never given her drugs, she says.', 'ad_substances_given', 'child', true, false, false],
    ['An older man gave her pills for her headache at the party.', 'ad_substances_given', 'child', false, false, false],
    ['The men gave him pills for the pain after the beating at the flat.', 'ad_substances_given', 'child', false, false, false],
    ['The man drove her to house parties in Oldham.', 'go_taken_to_parties', 'child', false, false, false],
    ['He takes them to flat parties at weekends.', 'go_taken_to_parties', 'child', false, false, false],
    ['The men bring underage girls to parties above the takeaway.', 'go_taken_to_parties', 'child', false, false, false],
    ['She has changed how she dresses since she met the older boys.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['He has changed who he hangs around with since the summer.', 'ep_change_in_behaviour', 'child', false, false, false],
    ["There has been a marked change in Tia's mood since she started going to the flat.", 'ep_change_in_behaviour', 'child', false, false, false],
    ['Her behaviour is out of character and she is no longer settled at home.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['She is not her usual self and staff feel she is getting worse rather than better.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['His behaviour is out of character and he tested positive for cannabis.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['She used to be bubbly and now hardly speaks.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['The olders promised him respect and a car.', 'rg_status_rewards', 'child', false, false, false],
    ['The gang offered Mason rank if he held the phone.', 'rg_status_rewards', 'child', false, false, false],
    ['A man in his thirties waits outside the school gates for her.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['Taxis keep turning up for her that nobody here booked.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['He receives calls throughout the night from withheld numbers.', 'te_worrying_calls', 'child', false, false, false],
    ['Her phone buzzes constantly during sessions and she looks scared.', 'te_worrying_calls', 'child', false, false, false],
    ['The men check where she is through her phone.', 'te_location_tracked', 'child', false, false, false],
    ['They track where he goes through Snapchat.', 'te_location_tracked', 'child', false, false, false],
    ['He had cash that cannot be accounted for.', 'rg_unexplained_money', 'child', false, false, false],
    ['She steals to order for the older boys.', 'go_forced_theft_begging', 'child', false, false, false],
    ['He was sent in to shoplift by the man waiting outside.', 'go_forced_theft_begging', 'child', false, false, false],
    ['He has not been sent in to steal since the disruption order.', 'go_forced_theft_begging', 'child', true, false, false],
    ['She is often absent and is seen in town during the day.', 'am_school_absence', 'child', false, false, false],
    ['Men are selling from his flat.', 'go_cuckooing', 'child', false, false, false],
    ['The dealers have been running from her flat since March.', 'go_cuckooing', 'child', false, false, false],
    ['He arrived in the back of a lorry without his parents.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['She came to the UK without any family aged 15.', 'fa_unaccompanied_migrant', 'child', false, false, false],
    ['She went with older men for vapes.', 'rg_sex_exchange', 'child', false, false, false],
    ['The men were paying to have sex with the girl.', 'rg_sex_exchange', 'child', false, false, false],
    ['His self-esteem is very low.', 'ep_low_self_esteem', 'child', false, false, false],
    ['Someone is using his bank card.', 'rg_bank_account_used', 'child', false, false, false],
    ['Money has been moved through her account by a man she met online.', 'rg_bank_account_used', 'child', false, false, false],
    ['The men have been using her bank account to move money.', 'rg_bank_account_used', 'child', false, false, false],
    ['She says the man loves her.', 'da_protects_abusers', 'child', false, false, false],
    ['He insists his boyfriend cares about him and is only 23.', 'da_protects_abusers', 'child', false, false, false],
    ["She will not give the men's names because she loves them.", 'da_protects_abusers', 'child', false, false, false],
    ['The gang controls his supply of cannabis.', 'ad_supply_controlled', 'child', false, false, false],
    ['She needs the pills the man gives her.', 'ad_supply_controlled', 'child', false, false, false],
    ['She has been bingeing since the assault.', 'ep_eating_problems', 'child', false, false, false],
    ['He has started refusing food and looks thin.', 'ep_eating_problems', 'child', false, false, false],
    ['She refuses to eat at the home and is losing weight.', 'ep_eating_problems', 'child', false, false, false],
    ['His mates are running lines for the olders.', 'go_peers_exploited', 'other', false, false, false],
    ['Her friends are in a gang on the estate.', 'go_peers_exploited', 'other', false, false, false],
    ['She was sexually abused as a young child.', 'fa_previous_abuse', 'child', false, false, true],
    ['He was abused by a neighbour in 2022.', 'fa_previous_abuse', 'child', false, false, true],
    ['They keep pulling her back.', 'da_controlled_return', 'child', false, false, false],
    ['Every time she tries to stay away the men get her back.', 'da_controlled_return', 'child', false, false, false],
    ['A car with two men outside the house again last night.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['She was taken to A&E after drinking a litre of vodka.', 'ad_intoxication_hospital', 'child', false, false, false],
    ['Mum was admitted to hospital after drinking heavily.', 'fa_parental_substance_misuse', 'other', false, false, false],
    ['He is out most nights until the early hours.', 'am_staying_out_late', 'child', false, false, false],
    ['She was not out until the early hours last weekend.', 'am_staying_out_late', 'child', true, false, false],
    ['He goes silent when asked about the men.', 'da_not_disclosing', 'child', false, false, false],
    ['She goes quiet when asked who gave her the phone.', 'da_not_disclosing', 'child', false, false, false],
    ['She is kept as a servant by the family she lives with.', 'fa_domestic_servitude', 'child', false, false, false],
    ['He looks worn out and hungry.', 'ep_exhaustion', 'child', false, false, false],
    ['He put his hand up her skirt on the bus.', 'sh_sexual_assault', 'child', false, false, false],
    ['He has been sleeping in the stairwell of the block.', 'fa_unsuitable_accommodation', 'child', false, false, false],
    ['Her family fell apart after dad went to prison.', 'fa_family_breakdown', 'child', false, false, false],
    ['She spends most evenings with a man of 41.', 'go_older_friends', 'child', false, false, false],
    ['He spends his weekends with men in their thirties.', 'go_older_friends', 'child', false, false, false],
    ['She was made to do video calls with men, her friend told staff.', 'te_live_streaming', 'child', false, false, false],
    ['The men gave her cocaine at the party.', 'ad_substances_given', 'child', false, false, false],
    ['If the olders give him drugs again he will tell his worker.', 'ad_substances_given', 'child', false, true, false],
    ['Last year older boys gave him cannabis.', 'ad_substances_given', 'child', false, false, true],
    ['He has never had anyone check where he is through his phone.', 'te_location_tracked', 'child', true, false, false],
    ['She believes the police will put her in prison.', 'da_fear_of_authorities', 'child', false, false, false],
    ['He thinks officers would deport him.', 'da_fear_of_authorities', 'child', false, false, false],
    ['The men have her passport.', 'da_documents_held', 'child', false, false, false],
    ['The adult she travelled with has her ID card.', 'da_documents_held', 'child', false, false, false],
    ['The men kept his passport.', 'da_documents_held', 'child', false, false, false],
    ['He was physically abused as a small child by his stepfather.', 'fa_previous_abuse', 'child', false, false, true],
    ['She was not abused by the lodger, she says.', 'fa_previous_abuse', 'child', true, false, true],
    ['She may be sleeping in the lobby of the flats.', 'fa_unsuitable_accommodation', 'child', false, true, false],
    ['A man of about 40 sits outside the house in a car most nights.', 'go_unknown_adults_collect', 'child', false, false, false],
    ['He changed the way he talks since he started hanging around with the olders.', 'ep_change_in_behaviour', 'child', false, false, false],
    ['Her sister was taken to hospital after taking ketamine.', 'ad_intoxication_hospital', 'other', false, false, false],
  ]);
});
