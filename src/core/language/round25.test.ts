import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 25: each family of wording with its positives, and ordinary sentences that share its words (an adult's own
// act, a job's ordinary words, criticism of a record's wording) that must get no finding of it. The reference checker
// must agree with the fast path on every sentence (the helpers check it).

describe('round 25: a writer who stops, recommends, finds or changes the wording (CRITICISM_CUES)', () => {
  it.each([
    'We have stopped describing Jayden as streetwise; he is a 14-year-old who is being groomed by older men.',
    'The team ceased labelling the girls as promiscuous after the review.',
    'Staff stopped referring to Kai as a drug runner in March.',
    'The report recommends that practitioners describe children who go missing as "at risk of harm", not "choosing to run away".',
    'The guidance advised staff describe the boys as exploited rather than as dealers.',
    'The 2014 review found that staff had called the girls "prostitutes" and "promiscuous" and said this was never acceptable.',
    'The inquiry noted police had described the children as consenting.',
    'The school changed its behaviour log so that staff write "missing from education" rather than "truanting".',
    'The college amended the incident form so that nobody records a child as absconding.',
  ])('not flagged: %s', none);

  // The child's own doings and ordinary words with the same verbs keep the finding.
  it.each([
    ['He stopped calling his mum as he chose to stay with the olders.', 'chose_to'],
    ['Police found that officers had called her mum and she chose to go with the men.', 'chose_to'],
    ['She stopped answering her phone and chose to go with the men.', 'chose_to'],
    ['Staff noted she had changed her clothes and chose to go with the men.', 'chose_to'],
    ['The nurse recommended a chlamydia test; Jade is promiscuous according to her mum.', 'promiscuous'],
    ['Carers updated the log at 22:00: she chose to get into the car with the men again.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 25: a name in the possessive before a parent opens the sentence (check.ts namePossessive)', () => {
  it.each([
    "Rebecca's mum was drunk and disorderly on the night in question and has been referred to the alcohol service.",
    "Kai's dad chose to let the men use the flat.",
    "Jade's mother has chosen to move in with her new partner.",
  ])('not flagged: %s', none);

  it.each([
    // The child's own offence or choice: the parent is not the subject.
    ["Rebecca's mum said she was drunk and disorderly.", 'drunk_and_disorderly'],
    ['Rebecca was drunk and disorderly in the town centre with two men.', 'drunk_and_disorderly'],
    ["Kai's friend chose to go with the men.", 'chose_to'],
    // Not capitalised: not a name ("the boy's mum" opens with a determiner that is not a parent's).
    ["The boys' friend chose to go with the men.", 'chose_to'],
  ])('%s -> %s', found);
});

describe("round 25: a parent named by the child's name keeps other entries", () => {
  it.each([
    ["Kai's dad chose to let the men use the flat, and Kai is now a drug runner for them.", 'chose_to'],
    ["Mia's mum was drunk and disorderly again; Mia was at home.", 'drunk_and_disorderly'],
  ])('not flagged: %s (%s)', notFound);
});

describe("round 25: a denial outside the quotation marks is the writer's", () => {
  it.each([
    'The social worker said Kelly was not being "difficult", she was scared, and asked for the case to stay open.',
    'She is not "promiscuous" and nobody should write that.',
    'He is not a "drug runner", he is a child who was groomed.',
  ])('not flagged: %s', none);

  // The denial inside the child's own words keeps the label as quoted; a label without a denial stays.
  it.each([
    ['She said "I am not a slag".', 'slurs'],
    ['Kelly is being "difficult" again and will not come down for tea.', 'difficult_child'],
    ['Night staff: she was being "difficult" and not in her room by 23:00.', 'difficult_child'],
  ])('%s -> %s', found);
});

describe('round 25: abuse or an abusive adult waved away as "a bit of" something', () => {
  it.each([
    [
      'LAC review: the weekend in Blackpool was a bit of a laugh with friends, although the carers point out that a 31-year-old paid for the hotel.',
      'bit_of_fun_round25',
    ],
    ['School: the images were a bit of silly behaviour and the Year 8 girl was spoken to about her phone use.', 'bit_of_fun_round25'],
    ['Youth worker: her older boyfriend has been just a bit controlling about who she sees.', 'bit_of_fun_round25'],
    ['Taxi marshal: the men in the car were having a bit of fun with her, nothing more.', 'bit_of_fun_round25'],
    ['Hotel night manager: he is only a bit old for her, they seemed happy.', 'bit_of_fun_round25'],
    ['Her partner, 24, is a bit possessive and checks her phone.', 'bit_of_fun_round25'],
  ])('%s -> %s', found);

  it.each([
    'The school trip to the farm was a bit of a laugh and everyone came home tired.',
    "Mum's partner can be a bit controlling, she says, and she has been given the domestic abuse helpline.",
    'She had a bit of a laugh with staff in the car on the way back from contact.',
    'The drama group did a bit of silly behaviour in the hotel lobby on the residential, and a teacher spoke to them.',
    'The new manager at the pharmacy is a bit controlling about the rota.',
    'The jacket was a bit old for her, so the carer bought a new one.',
  ])('not flagged: %s', none);
});

describe('round 25: criminal exploitation recorded as the child agreeing or volunteering to carry', () => {
  it.each([
    ['Youth offending: Reece volunteered to take the train to Bournemouth with the parcel, according to his interview.', 'agreed_to_carry_round25'],
    ['Reece has agreed to carry drugs for the older lads.', 'agreed_to_carry_round25'],
    ['Pharmacy: he said he agreed to run the line phone for the olders over the weekend.', 'agreed_to_carry_round25'],
    ['Station security: the boy said he volunteered to drop the wraps off for the line.', 'agreed_to_carry_round25'],
  ])('%s -> %s', found);

  it.each([
    'He volunteered to carry the food bank parcels to the church hall.',
    'The panel agreed to hold a strategy meeting about the county lines concerns.',
    'Dad agreed to take the parcels to the post office.',
  ])('not flagged: %s', none);
});

describe('round 25: a child picked up by adults recorded as going happily', () => {
  it.each([
    ['Foster carer: he happily goes off with them every Friday in the black Golf and comes back on Sunday night.', 'happily_goes_round25'],
    ['Taxi driver: she happily got into the car with the two men.', 'happily_goes_round25'],
    ['Hotel night staff: the girl happily went off with the older man to the room.', 'happily_goes_round25'],
  ])('%s -> %s', found);

  it.each([
    'He happily goes off to school with his cousins every morning.',
    'She happily went back to her foster carers after contact with mum.',
    'He happily goes to football training with the coach in his car.',
  ])('not flagged: %s', none);
});

describe('round 25: the child made responsible for not helping themselves', () => {
  it.each([
    ['Social worker: we cannot protect her if she will not help herself.', 'will_not_help_self_round25'],
    ["Carer's log: he won't help himself, he keeps going back to the men.", 'will_not_help_self_round25'],
    ['Housing officer: she does not help herself by letting the men stay.', 'will_not_help_self_round25'],
    ['Mia is unwilling to help herself and goes back to the flat.', 'will_not_help_self_round25'],
  ])('%s -> %s', found);

  it.each([
    "She can't help herself when she sees the cake.",
    'He will not help himself to food without asking staff first.',
    'Grandad will not help himself since the stroke, so the carers come in twice a day.',
    'The resident does not help himself with his medication, the care home says.',
  ])('not flagged: %s', none);
});

describe('round 25: working for one older lad, the lads he works for, a courier for the network, a runaway by age', () => {
  it.each([
    ['School: Kayden is working for an older lad who pays him to drop parcels off after school.', 'working_for_dealers'],
    ['The lads he works for in Stoke are all in their twenties.', 'working_for_dealers'],
    ["Youth justice: Nathan's role as a courier for the network was discussed at the panel.", 'courier_for_group'],
    ['Police: the 14-year-old runaway was found dealing at the park in Margate.', 'ran_off'],
    ['BTP: teenage runaway found at the station with two men.', 'ran_off'],
  ])('%s -> %s', found);

  it.each([
    'He is working for an older man at the garage on Saturdays, his mum arranged it.',
    'The courier for the parcel network left the school uniform with the carer.',
    'The film about a teenage runaway was shown in the PSHE lesson.',
  ])('not flagged: %s', none);
});

describe('round 25: hard negatives where another entry has its own say (only the new entry is checked)', () => {
  it.each([
    ['Sports coach: the relay was a bit of fun at the end of training.', 'bit_of_fun_round25'],
    ['He agreed to take part in the drugs education programme at school.', 'agreed_to_carry_round25'],
    ['Kai agreed to hand the cannabis to police and to attend the drugs service.', 'agreed_to_carry_round25'],
    ['She happily gets into the car with her nan on Saturdays.', 'happily_goes_round25'],
    ['The lads he works for at the warehouse are kind to him.', 'working_for_dealers'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 25: trouble brought, hard work, sexualised in her dress, consented to being brought, a clinic client', () => {
  it.each([
    ['Hostel support worker: he has brought the trouble to the hostel by letting the older men use his room.', 'brought_trouble_round25'],
    ['Housing officer: she brings all the trouble onto the landing with the lads who visit.', 'brought_trouble_round25'],
    ['IRO note: Mollie is hard work and her repeated missing episodes are draining the placement.', 'hard_work_round25'],
    ['Night staff: he can be hard work when the older lads have been round.', 'hard_work_round25'],
    ['Health visitor: Shannon, 15, is sexualised in her dress and speech, according to the school.', 'sexualising_labels_round16'],
    ['School: she is very sexualised in her language around the older boys.', 'sexualising_labels_round16'],
    ["Interpreter's note: Arben, 16, consented to being brought to the UK and knew there would be work for him.", 'consented'],
    ['Border Force: the boy consented to being smuggled in the lorry, officers wrote.', 'consented'],
    ['Sexual health: she says her clients pay for the hotel room.', 'regulars_customers'],
  ])('%s -> %s', found);

  it.each([
    'The men brought the trouble to the estate when they took over the flat.',
    'The revision is hard work but she is keen.',
    'Thanks to her hard work she passed her maths exam.',
    'It was hard work carrying the boxes up to the new flat.',
    'Caring for her nan is hard work, the young carers worker says.',
    'She consented to being moved to the new placement nearer school.',
    'Gillick competence assessed and she consented to being examined by the paediatrician.',
  ])('not flagged: %s', none);

  it.each([
    ['Sexual health note: client says her partner is 25 and they have been together since she was 13.', 'clients'],
    ['Clinic: client attended alone for a pregnancy test, the man waiting in the car.', 'clients'],
    ['Mum says her partner brought the trouble to the house.', 'brought_trouble_round25'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 25: "boss" for the adult who controls the child: anger, threats, a journey, the man the child calls "the boss"', () => {
  it.each([
    ['YP said his boss would be angry if he came back without the money.', 'boss'],
    ['Border Force: Mariam was travelling with her boss and said she would work in his house.', 'boss'],
    ['Bailey calls the man in Norwich ‘the boss’ and says he’s fair.', 'boss'],
    ['Station security: the boy said his boss threatened him when he lost the bag.', 'boss'],
  ])('%s -> %s', found);

  it.each([
    'Dad was angry with his boss at the depot.',
    'Mum travelled to Leeds with her boss for a conference.',
    'His boss at the garage was angry when he was late for his Saturday shift.',
    'The boss of the taxi firm threatened to sack the driver.',
    'Pharmacy counter: her boss at the salon was angry that she was late again.',
  ])('not flagged: %s', none);
});

describe("round 25: an adult named as the child's mate, pal or fella", () => {
  it.each([
    ["RHI: Bethany said she stayed at her mate's flat; he is 35.", 'adult_mate_round25'],
    ['Police log: the girls told officers they were at a party with their pals; the men present were aged 25 to 40.', 'adult_mate_round25'],
    ['MFH: “She’ll be at her fella’s,” mum told the call handler; the man is 40.', 'adult_mate_round25'],
    ["UASC: the placement log calls the men who hold Hamid's phone his mates.", 'adult_mate_round25'],
    ['Taxi driver: dropped her at her mate’s, he’s 30, in Hanley.', 'adult_mate_round25'],
  ])('%s -> %s', found);

  it.each([
    "She went to her mate's house; her mate is 15.",
    'Her mates from school are all 16.',
    "Mum's mate, 35, stays over at weekends.",
    'The youth worker, 25, met him and his mates at the skate park.',
    'Police log: the men at the flat are described by Holly as her "boyfriend" and his mates; he is 33.',
    'Sports coach: he trains with his mates from the club, and the coach is 28.',
  ])('not flagged: %s (adult_mate_round25)', (s) => {
    notFound(s, 'adult_mate_round25');
  });
});

describe('round 25: capable enough to handle the adults (can_look_after_self)', () => {
  it.each([
    ['Per the duty social worker, the boy is streetwise enough to look after himself in Bournemouth.', 'can_look_after_self'],
    ["Officer's note: the lad is well able to handle the Birmingham lot, so no referral made.", 'can_look_after_self'],
    ["Outreach: the wee girl is well able for them older fellas, she's no eejit.", 'can_look_after_self'],
    ["Geordie dad on the phone: he says she can look after hersel', she wants to go to them flats.", 'can_look_after_self'],
  ])('%s -> %s', found);

  it.each([
    'She is old enough to look after herself while mum is at work.',
    'He is well able to manage his money now and budgets for the week.',
    'She is old enough to look after herself in the mornings before school.',
    'Sports coach: he is well able for the under-16s squad next season.',
  ])('not flagged: %s', none);
});

describe('round 25: a missing episode, online contact or errands recorded as hanging out', () => {
  it.each([
    ['Bradley told the RHI worker that he ‘weren’t missing, just chilling at my boy’s’ in Dunmere for three days.', 'just_hanging_out_round25'],
    ['Reported to be just messing around with friends online.', 'just_hanging_out_round25'],
    ['Police: she was not missing, just hanging out at the flat on Marsh Road for two nights.', 'just_hanging_out_round25'],
    ['Taxi marshal: he is only doing errands for the older lads, he says.', 'just_hanging_out_round25'],
  ])('%s -> %s', found);

  it.each([
    'The boys were just messing around in the playground, no concerns.',
    'He was just chilling at home with his brother all weekend.',
    'Carer: he returned on time, he was just out with his mates at the cinema.',
    'Youth worker: the group was just messing about at the club until nine.',
    'Teacher: she was only doing jobs for the PE department at lunchtime.',
  ])('not flagged: %s', none);
});

describe('round 25: a conviction for supplying is a legal fact on the record (supplying_drugs)', () => {
  it.each([
    'The older male she is in a relationship with has a conviction for supplying class A.',
    "GP letter: Ruby's older friend in Dunmere is 34 and has convictions for supplying cocaine.",
  ])('not flagged: %s', (s) => {
    notFound(s, 'supplying_drugs');
  });

  it.each([
    ['Kai is supplying cannabis to the older lads.', 'supplying_drugs'],
    ['School: Jayden has been supplying weed at the skate park since the summer.', 'supplying_drugs'],
  ])('%s -> %s', found);
});

describe('round 25: meeting up with an adult, going along with anything the older lads say, a bad lot', () => {
  it.each([
    ['MASH: the 13-year-old has been meeting up with a 30-year-old man she met on Instagram.', 'meeting_up_adult_round25'],
    ['DSL log: Maisie has been meeting up with a 19-year-old she met on Instagram.', 'meeting_up_adult_round25'],
    ['Shop security: she meets up with him most evenings outside the station; he is 40.', 'meeting_up_adult_round25'],
    ['SENCO note: Kai has autism and goes along with anything the older lads tell him.', 'goes_along_round25'],
    ['Youth worker: he will go along with whatever the men at the garage want.', 'goes_along_round25'],
    ['Aunty: "He\'s mixing with a bad lot in Oxtree."', 'associating_with'],
  ])('%s -> %s', found);

  it.each([
    'She has been meeting up with her youth worker, 25, every Tuesday.',
    'He meets up with his dad, 45, on Saturdays.',
    'She has been meeting up with a 15-year-old she met at school.',
    'Mum has been meeting up with a 30-year-old man she met online.',
    'He goes along with whatever the group in class decides.',
    'She goes along with anything her mum suggests for the holidays.',
  ])('not flagged: %s', none);
});

describe('round 25: ordinary compliance is no finding of goes_along_round25', () => {
  it.each(['The team went along with everything the older pupils planned for the fete.'])('not flagged: %s', (s) => {
    notFound(s, 'goes_along_round25');
  });
});

describe('round 25: looks like a grown woman (looks_older)', () => {
  it.each([
    ['Aged 14, she is physically well developed and looks like a grown woman.', 'looks_older'],
    ['Hotel night manager: the girl with the two men looked like a grown woman, so no ID was asked for.', 'looks_older'],
    ['Taxi driver: the lad looked like a grown man, I did not think he was 14.', 'looks_older'],
  ])('%s -> %s', found);

  it.each(["He looked like a grown man in his dad's suit at the wedding.", 'Mum said the new sofa looks like a grown-up one.'])('not flagged: %s', (s) => {
    notFound(s, 'looks_older');
  });
});

describe('round 25: going back despite staff trying to stop it, an auntie who met her at the airport, an adult sex worker', () => {
  it.each([
    ['Residential: Tayla is going back to the house on Upper Street again despite staff trying to stop her at the door.', 'going_back_despite_round24'],
    ['Hostel: she is going back to the house on Kirkgate despite staff pleading with her to stay.', 'going_back_despite_round24'],
    ['Social worker: Mercy lives with her auntie, a woman who met her at Heathrow and makes her clean the house every day.', 'uncle_not_related'],
    ['Border Force: he is staying with his uncle, a man who collected him from the lorry park.', 'uncle_not_related'],
    ['Police: Sasha, 15, is a sex worker in the Manningham area.', 'sex_worker'],
  ])('%s -> %s', found);

  it.each([
    'Mum went back to the house despite staff trying to persuade her to stay at the refuge.',
    'He went back to school despite staff worries about his ankle.',
    'She lives with her auntie, a woman who works at the hospital.',
    'The adult sex worker who reported the men to police has been praised for protecting the girls.',
    'Outreach: the women who are adult sex workers on Manningham Lane told us about the girl in the red car.',
  ])('not flagged: %s', none);
});

describe('round 25: a child of 17 with a partner of 18 in brackets (boyfriend_adult)', () => {
  it.each([
    'Sexual health: Zoe (17) attended with her boyfriend (18) from college for condoms and a routine chlamydia screen.',
    'Pharmacy: Kian (17) came in with his girlfriend (18) for the morning-after pill.',
  ])('not flagged: %s', none);

  it.each([
    ['Zoe (14) attended with her boyfriend (18).', 'boyfriend_adult'],
    ['Zoe (16) attended with her boyfriend (18).', 'boyfriend_adult'],
    ['Zoe (17) attended with her boyfriend (28).', 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe("round 25: a child's images filed as adult content", () => {
  it.each([
    ['Online safety log: the livestream clip of the 14-year-old was filed as adult content.', 'adult_content_round25'],
    ['The moderator logged the video of the girl, 13, as adult material and took no action.', 'adult_content_round25'],
  ])('%s -> %s', found);

  it.each([
    'He was shown adult content by the man on his phone.',
    'The school filter blocked adult sites on the tablets.',
    "The 19-year-old's posts were recorded as adult content by the platform.",
    "The boy's mum works in adult entertainment.",
    'Year 9 girls were taught about adult content in PSHE.',
    'The 15-year-old girl has been accessing adult sites on her phone at night.',
  ])('not flagged: %s', none);
});

describe("round 25: a professional who records the harm as the child's choice", () => {
  it.each([
    ['Missing person debrief: Freya says she just wanted to be with her friends, which the officer recorded as her choice.', 'recorded_as_choice_round25'],
    ['Hotel night manager: the police logged it as her own decision to stay in the room with the men.', 'recorded_as_choice_round25'],
    ['The strategy meeting accepted as his choice that he goes to the trap house at weekends.', 'recorded_as_choice_round25'],
  ])('%s -> %s', found);

  it.each(['Her decision to leave college was recorded as her own choice.', 'The implant was recorded as her choice after Fraser assessment.'])(
    'not flagged: %s',
    none,
  );
});

describe('round 25: ordinary choices recorded by a carer or a review are no finding of recorded_as_choice_round25', () => {
  it.each(['Her new hair colour was described as her own choice by her carer.', 'The change of placement was recorded as his decision after the LAC review.'])(
    'not flagged: %s',
    (s) => {
      notFound(s, 'recorded_as_choice_round25');
    },
  );
});

describe('round 25: a place of exploitation recorded as one the child frequents', () => {
  it.each([
    ['MASE minutes: Chanel continues to frequent the takeaway on Mill Lane.', 'frequents_place_round25'],
    ['Taxi marshal: the girl frequents the rank after midnight.', 'frequents_place_round25'],
    ['Housing officer: he frequents the flats on Marsh Road most nights.', 'frequents_place_round25'],
  ])('%s -> %s', found);

  it.each([
    'The men frequent the takeaway on Mill Lane.',
    'Mum frequents the bookies on the high street.',
    'The 30-year-old frequents the shisha lounge where the girls were found.',
    'Drivers frequent the services on the A1 overnight.',
  ])('not flagged: %s', none);
});
