import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 24: each family of wording with its positives, and ordinary sentences that share its words (an adult's own
// choice or act, a job's ordinary words, criticism of a record's wording) that must get no finding of it. The
// reference checker must agree with the fast path on every sentence (the helpers check it).

describe('round 24: a writer who removes, lists, counts or corrects a term (CRITICISM_CUES)', () => {
  it.each([
    "The review removes the term 'sugar daddy' and names the man as an adult who abused Amy.",
    'The 2008 minutes used the phrase child prostitution.',
    'The audit found the phrase lifestyle choices in eleven files.',
    "The training slide lists 'prostitute' and 'promiscuous' as words to avoid about children.",
    'The SW asked the police to stop describing Nikita as looking older than her age.',
    'The review says staff should not have called the boy a drug runner.',
    'Staff reflected that calling Mo a gang member ignored that he had been groomed from 12.',
    'The review notes that the girls were told they were to blame, and says this was wrong.',
    'Agencies treated the girls as troublesome instead of as children being abused.',
  ])('not flagged: %s', none);

  // The child's own doings with the same verbs keep the finding.
  it.each([
    ['She removed her coat and said she chose to go with the men.', 'chose_to'],
    ['He stopped going to school and is now a drug runner for the olders.', 'drug_runner'],
    ['Mum said he should not have called her; he is a drug runner for the olders.', 'drug_runner'],
    ['She dropped the phone and chose to get into the car with the men.', 'chose_to'],
    ['She ignored staff and chose to go with the men again.', 'chose_to'],
    ['The man is her sugar daddy and she said that was wrong.', 'sugar_daddy'],
    ['Leah is a drug runner and says this was wrong.', 'drug_runner'],
    ['The men are her sugar daddies, according to the phrase she used.', 'sugar_daddy'],
  ])('%s -> %s', found);
});

describe('round 24: shared cues (an informal age, a group named in a label frame, a telling before the choice)', () => {
  it.each([
    ['Taxi marshal: the girl goes off most nites with her boyfriend hes about 30 and drives a black audi.', 'boyfriend_adult'],
    ['She said her boyfriend is great, hes 29.', 'boyfriend_adult'],
    ['Officers described the Somali girls as mature for their age.', 'mature_for_age'],
    ['After her teacher spoke to her, Jade chose to get into the car with the men.', 'chose_to'],
    ['She told staff she chose to go with the men to the flat.', 'chose_to'],
    ['Jade, with her dad, chose to take the train to the men.', 'chose_to'],
    ['Tuan chose to stay at the takeaway, where he says he owes money.', 'chose_to'],
    ['Review paraphrase: officers in 2009 regarded the girl as having chosen to return to the takeaway.', 'chose_to'],
  ])('%s -> %s', found);

  it.each([
    ["Mia's boyfriend hes 16 and in her year at school.", 'boyfriend_adult'],
    ['Her boyfriend was about 16 when they met at school.', 'boyfriend_adult'],
    ['The school described the girls as mature and kind in their reference for the college course.', 'mature_for_age'],
    ['She chose to tell her social worker about the men.', 'chose_to'],
    ['Jade chose to report the men to police.', 'chose_to'],
    ['Mum chose to take her to the flat to see the men.', 'chose_to'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: online abuse recorded as chat, a prank or a few pictures', () => {
  it.each([
    ["Coach: it was only a few pics, he'll get over it.", 'online_harm_trifled_round24'],
    ['Police: the man asked for just a couple of pictures, she will get over it.', 'online_harm_trifled_round24'],
    ['Moderator: the user was grooming a 12 year old but it was just chat, no images were found.', 'online_harm_trifled_round24'],
    ['Police: the sextortion was a prank between gamers, no further action.', 'online_harm_trifled_round24'],
  ])('%s -> %s', found);
  it.each([
    'The photographer printed only a few pics from the school trip.',
    'It was just chat between friends on the group, no adults involved.',
    'The fire alarm was a prank by pupils in the science class.',
  ])('not flagged: %s', none);
});

describe('round 24: a trafficked child recorded as having come to work, or happy working', () => {
  it.each([
    ['Border Force note: the Albanian boy came here to work and is not a trafficking victim.', 'came_to_work_round24'],
    ['The 16-year-old girl came to the UK to work in a nail bar.', 'came_to_work_round24'],
    ['CSC: the trafficked Vietnamese boy voluntarily came to the UK to work on the cannabis farm.', 'came_to_work_round24'],
    ['Border Force note: the 16-year-old Albanian boy agreed to come to the UK to work in a car wash.', 'came_to_work_round24'],
    ['CSC: the Vietnamese boy is happy working at the nail bar and does not want to leave.', 'happy_working_round24'],
  ])('%s -> %s', found);
  it.each([
    'Her dad came to the UK to work in 2010 and the family joined him.',
    'The 24-year-old man came here to work on the farm.',
    'The nurse came over to work at the hospital from Kerala.',
    'Kai is happy working at the bakery on Saturdays.',
    'Jade is happy to work at the cafe with her friend.',
  ])('not flagged: %s', none);
});

describe('round 24: crime as a career picked, the adult as mentor or relative, a boy as a lad', () => {
  it.each([
    ['YOT: Connor chose a criminal path after leaving school.', 'criminal_path_round24'],
    ['Kai opted for the gang route, according to the 2015 record.', 'criminal_path_round24'],
    ["Review: the 2014 record said the man was the boy's mentor and took him to London.", 'mentor_role_round24'],
    ['Hotel manager: the man said the lad was his nephew but they didnt look related and he paid cash.', 'claimed_relative_round24'],
    ['Hotel night manager: the young lad came in with his uncle again, the man booked the room in cash.', 'claimed_relative_round24'],
    ['Coach: Ollie is a bit of a lad, the texts with that woman are just him showing off.', 'lad_trifled_round24'],
  ])('%s -> %s', found);
  it.each([
    'The man chose a criminal path long before he met Kai.',
    "The boy's mentor from the school project took him to the library.",
    'Jade and her uncle stayed in room 4 after the funeral.',
    'Her brother is at college and her sister is at school.',
    'Ollie is a bit of a lad in the changing room, the coach says.',
  ])('not flagged: %s', none);
});

describe('round 24: a concern closed as historic, an attachment read as love, exhaustion read as laziness', () => {
  it.each([
    ['CSC: the county lines concern is historic and he is fine now.', 'concern_historic_round24'],
    ['The CSE concerns are now in the past, says the file, though he still sees the men.', 'concern_historic_round24'],
    ['Review paraphrase: a 1997 Telford record said the 14 year old was in love with the man and would not help police.', 'in_love_adult_round24'],
    ['She says she is in love with her boyfriend, who is 25.', 'in_love_adult_round24'],
    ['Teacher: Kaleb is lazy and falls asleep in lessons.', 'lazy_exhausted_round24'],
  ])('%s -> %s', found);
  it.each([
    ["Mum's drug use concern is historic and she is well now.", 'concern_historic_round24'],
    ['The damp concern is historic as the housing team fixed it.', 'concern_historic_round24'],
    ['The man told police he was in love with her.', 'in_love_adult_round24'],
    ['She is in love with the boy in her form, both are 14.', 'in_love_adult_round24'],
    ['Mum is in love with her new partner, 40.', 'in_love_adult_round24'],
    ['Kaleb is lazy about his homework but works hard in PE.', 'lazy_exhausted_round24'],
    ['Her dad is lazy and sleeps all day, Kaleb says.', 'lazy_exhausted_round24'],
    ['The dog is lazy and sleeps by the fire.', 'lazy_exhausted_round24'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: vetoes and cues of existing entries', () => {
  it.each([
    ['She has been on the game since she was 14, according to her friend.', 'prostitution'],
    ['The men put her on the game at 13.', 'prostitution'],
    ['His mentor pays him for each trip to Bristol.', 'mentor_sponsor_pays'],
    ['School: the sexual images were consensual sharing between Maya and a 19 year old.', 'consensual'],
    ['Sextortion case note: the boy sent pictures to the person he met on the game.', 'sending_pictures'],
    ['Night staff: Leah is easy according to the other residents, they laugh about it.', 'easy_label'],
  ])('%s -> %s', found);
  it.each([
    ['Moderator: the account that messaged the 12 year old on the game was banned.', 'prostitution'],
    ['Teacher: the comments from the man on the game were nothing to worry about according to dad.', 'prostitution'],
    ['Mentor: Tommy is disengaged and keeps missing our sessions.', 'mentor_sponsor_pays'],
    ['Consensual sharing of information with health was agreed.', 'consensual'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: who the sentence is about (an adult by age, a parent with an age, an adult’s own youth)', () => {
  it.each([
    ['The 19 year old sister has chosen to move in with her boyfriend in Crewe.', 'chose_to'],
    ['The 19-year-old sister has chosen to move in with her boyfriend in Crewe.', 'chose_to'],
    ['The 20-year-old chose to go with the men to the flat.', 'chose_to'],
    ['Mum, 42, is sexually active and asked the GP about the menopause.', 'sexually_active'],
    ['Dad says he was out of control as a teenager and does not want the same for Jordan.', 'out_of_control'],
    ['Mum was sexually active in her teens and had Jade at 16.', 'sexually_active'],
    ['Uncle Kev was a drug runner in his youth and now works with the YOT.', 'drug_runner'],
  ])('not flagged: %s (%s)', notFound);

  it.each([
    ['Jade, 15, is sexually active with the men at the flat.', 'sexually_active'],
    ['Mum, Jade is sexually active with the 30-year-old.', 'sexually_active'],
    ['The 15 year old has chosen to go with the men to the flat.', 'chose_to'],
    ['The 15-year-old girl chose to get into the car with the men.', 'chose_to'],
    ['The 25 year old told police that Jade chose to go with the men.', 'chose_to'],
    ['As a teenager in care, Jade is putting herself at risk with older men.', 'putting_self_at_risk'],
    ['Online safety: Lily-Mae was advertised as a teen escort on a classified site.', 'sexualising_descriptions'],
    ['Online safety: Mia was just chatting to the man in the game.', 'online_harm_trifled_round24'],
  ])('%s -> %s', found);
});

describe('round 24: a veto that counts across a ; (unlessAcrossSemicolon), for return verdicts only', () => {
  it.each([
    'Returned to placement on time after contact with mum; all fine.',
    'Returned from contact with dad on time; all fine.',
    'Back from respite as planned; all fine.',
  ])('not flagged: %s', none);

  // The return from adults keeps its verdict as a finding, and the vetoes of other entries still end at the ;.
  it.each([
    ['Returned at 02:00 with two older males; all fine.', 'return_fine_round16'],
    ["MFH: returned at 03:00 from the men's flat; all fine.", 'return_fine_round16'],
    ['Returned at 04:00 with older males; no issues.', 'worse_for_wear_return'],
    ['Came back at 3am smelling of alcohol with two older men; all fine; mum informed.', 'return_fine_round16'],
    ['She is sexually active with the 30-year-old; her sister is 19.', 'sexually_active'],
    ['Jade, 14, chose to go with the men to the flat; mum chose to ring police.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('round 24: a friend’s partner named as such', () => {
  it.each([
    ['Her boyfriend, 23, is the brother of her friend.', 'boyfriend_adult'],
    ["Jade's boyfriend, 22, is friends with the men at the flat.", 'boyfriend_adult'],
    ["Jade's friend says her boyfriend is 24 and they met online.", 'boyfriend_adult'],
    ['She said she was having sex with the 24-year-old, and he told her to have sex with his friends too.', 'had_sex_with_adult'],
    ['Jade is having sex with the 24-year-old.', 'had_sex_with_adult'],
  ])('%s -> %s', found);
  it.each([
    ['Her friend has a boyfriend who is 22.', 'boyfriend_adult'],
    ["Her friend's boyfriend, 22, drove them to the party.", 'boyfriend_adult'],
    ["Her friend Amy's boyfriend is 22 and drives.", 'boyfriend_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: hard negatives and positives that bound the new families and criticism cues', () => {
  it.each([
    ["Jade used the phrase 'my boyfriend' about the 30-year-old.", 'boyfriend_adult'],
    ['Jade says she should not have called him, he is her boyfriend, 30.', 'boyfriend_adult'],
  ])('%s -> %s', found);
  it.each([
    'The girl’s boyfriend came over to work on the car.',
    'Jade and her sister look alike.',
    'Her brother booked the room in cash for her birthday.',
    'He is a lucky lad to have such a supportive teacher.',
    'She is in love with the older boy in year 11.',
    "He is happy working at his family's takeaway.",
  ])('not flagged: %s', none);
});

describe('round 24: an adult named as a friend, the child named as an offender by a copula', () => {
  it.each([
    ['CSC: Ayaan stays with his friend who is 34 and gives him money.', 'friend_adult_round24'],
    ["Kai stays at his friend's flat; the friend is 31.", 'friend_adult_round24'],
    ['She has a new friend aged 27 who buys her vodka.', 'friend_adult_round24'],
    ['Police: Jordan is an offender and was found with wraps of crack cocaine in Exeter.', 'offender_copula_round24'],
  ])('%s -> %s', found);
  it.each([
    ['Her friend is 15 and in her class.', 'friend_adult_round24'],
    ["Mum's friend, 40, gave Jade a lift.", 'friend_adult_round24'],
    ["His friend's dad, 45, drove them home.", 'friend_adult_round24'],
    ['A family friend, aged 50, is her emergency contact.', 'friend_adult_round24'],
    ['Bradley was stopped by police and is now a suspect in the supply offence.', 'offender_copula_round24'],
    ['The man is an offender known to police.', 'offender_copula_round24'],
    ['The 34-year-old is a criminal with convictions for supply.', 'offender_copula_round24'],
    ['His brother is a criminal and in prison.', 'offender_copula_round24'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: variants of the new families', () => {
  it.each([
    ['It was only a couple of photos, he will be fine.', 'online_harm_trifled_round24'],
    ['Police: the messages from the man were just banter on Instagram.', 'online_harm_trifled_round24'],
    ['The Albanian boy came to the UK for work, according to Border Force.', 'came_to_work_round24'],
    ['The 15 year old said he came here for work and owes money.', 'came_to_work_round24'],
    ['The Vietnamese girl enjoys working at the nail bar.', 'happy_working_round24'],
    ['He passed her off as his daughter at the hotel.', 'claimed_relative_said_round24'],
    ['The hotel manager said the man introduced the girl as his niece.', 'claimed_relative_said_round24'],
  ])('%s -> %s', found);
  it.each([
    "Dad introduced her as his daughter at parents' evening.",
    'She sent a few pictures of the dog to her nan.',
    'Kai enjoys working at the bakery with his mum on Saturdays.',
    'Her uncle came over for work and stayed a week at Christmas.',
  ])('not flagged: %s', none);
});

describe('round 24: narrower criticism cues, and the child recorded as a pimp or recruiter', () => {
  it.each([
    ["Jade found the phrase 'you're mine' in messages from the 30-year-old who calls her his girlfriend.", 'boyfriend_adult'],
    ['She asked the man to stop describing sex acts, she says he is her boyfriend, 25.', 'boyfriend_adult'],
    ['Mum ignored that she was being exploited and said she chose to go with the men.', 'chose_to'],
    ['Review paraphrase: a 2009 note described the girl as a pimp for younger girls.', 'pimp_child_round24'],
    ['Police say Kayla, 15, acts as a recruiter for other girls at the unit.', 'pimp_child_round24'],
  ])('%s -> %s', found);
  it.each([
    ['The man is a pimp for younger girls in the town.', 'pimp_child_round24'],
    ['The 34-year-old woman was a madam for other girls.', 'pimp_child_round24'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: the child’s liking for adults who give, and the label with a contracted copula', () => {
  it.each([
    ['Dad said "he\'s a gangster now, not my problem".', 'criminal_label'],
    ["He's a criminal now and does not care.", 'criminal_label'],
    ['Lena told the nurse "I like being with them, they buy me stuff".', 'likes_being_with_round24'],
    ['She loves spending time with the older men because they give her money.', 'likes_being_with_round24'],
  ])('%s -> %s', found);
  it.each([
    ['Kai is not a criminal, he is a victim.', 'criminal_label'],
    ["He's a criminal, the 40-year-old, everyone knows it.", 'criminal_label'],
    ['She likes being with her nan because she buys her stuff.', 'likes_being_with_round24'],
    ['He likes hanging with the lads from football, they give him lifts.', 'likes_being_with_round24'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: "no concerns" over an episode of risk, and a drug dealer named by a contracted copula or a naming verb', () => {
  it.each([
    ['Aliyah says nothing happened at the hotel; no concerns, case closed.', 'no_concerns_episode_round24'],
    ["RHI: no concerns; yp chose to stay at a friend's (age unk).", 'no_concerns_episode_round24'],
    ["Police welfare visit: no concerns, the 12-year-old was at her 19-year-old boyfriend's house with his mum present.", 'no_concerns_episode_round24'],
    ['Dad said: "He\'s a drug dealer now, that\'s his choice, I want nothing to do with it."', 'drug_dealer'],
    ['The school exclusion letter calls Marcel ‘a drug dealer on school premises’.', 'drug_dealer'],
  ])('%s -> %s', found);
  it.each([
    ['Her girlfriend is 15 and they met at drama club; no concerns.', 'no_concerns_episode_round24'],
    ['C-card session: 16 y/o boy and his girlfriend, also 16, attended together for condoms and advice; no concerns.', 'no_concerns_episode_round24'],
    ['MASH: no concerns were found about the 18-year-old cousin who sometimes collects Aria from school.', 'no_concerns_episode_round24'],
    ['RHI record: Keeley was with friends in town and no concerns were disclosed.', 'no_concerns_episode_round24'],
    ['Health visitor: no concerns about weight or development.', 'no_concerns_episode_round24'],
    ['Overnight respite went well, no concerns.', 'no_concerns_episode_round24'],
    ['Family holiday at a hotel in Spain, no concerns.', 'no_concerns_episode_round24'],
    ['The man called Kai a drug dealer in front of the class.', 'drug_dealer'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 24: a low-level verdict on a risk or an adult’s contact, and adults named as the child’s friends', () => {
  it.each([
    ['The 2014 panel felt the risk was low-level and closed the case.', 'low_level'],
    ["Probation: the licensee's contact with the 15-year-old is low-level and does not warrant a recall.", 'low_level'],
    ['Shift handover: Dylan stayed out past curfew with his mates from Fennamoor, who are all in their twenties.', 'friends_adult_round24'],
  ])('%s -> %s', found);
  it.each([
    'The risk of flooding at the unit is low.',
    'He goes to football with his mates, who are all 15.',
    "Her mum's friends, who are in their forties, came round.",
    "She is at the park with her friends' older brothers, who are in their twenties.",
  ])('not flagged: %s', none);
});

describe('round 24: the exploited child recorded as the one who brings others, and crime as the streets chosen', () => {
  it.each([
    ['PRU termly report: Tomasz (14) is a recruiter who brings younger pupils to the lads at the retail park.', 'recruits_others_round24'],
    ['Strategy meeting: Jade is now a recruiter who brings younger girls to the flat.', 'recruits_others_round24'],
    ['Contact note: Kyle is grooming younger lads for the gang by buying them chicken and chips.', 'recruits_others_round24'],
    ['YOT worker: Cerys was recruiting younger pupils to carry for the same group.', 'recruits_others_round24'],
    ['The police representative said Jorja had introduced other girls to the men.', 'recruits_others_round24'],
    ["Youth project: Tyreese brings them along to the older lads' flat.", 'recruits_others_round24'],
    ['Youth justice: Marcus has chosen the streets over school.', 'criminal_path_round24'],
  ])('%s -> %s', found);
  it.each([
    'The men are grooming younger lads for the gang.',
    'Jade was made to bring other girls to the flat.',
    'She brings her friends to the youth club on Fridays.',
    'Mum brings them along to the football club.',
    'He took them over to the park after school.',
  ])('not flagged: %s', none);
});

describe('round 24: recruits_others_round24 is not an ordinary outing with friends', () => {
  it.each([
    'Jade brought her friends to her birthday party at the flat.',
    "He brought his friends to the cinema in his mum's car.",
    'She introduced her friends to the older lads at the bowling alley.',
  ])('not flagged: %s', none);
});

describe('round 24: a return to the place of harm recorded in spite of everything', () => {
  it.each([
    ['Volunteer at the youth club: Callum is going back to the flat even after everything, I dont get it.', 'going_back_despite_round24'],
    ['He went back to his flat every time he was placed out of area.', 'going_back_despite_round24'],
    ['Chanel is choosing to return to the address despite the CAWN.', 'chose_to'],
  ])('%s -> %s', found);
  it.each([
    ['She went back to the house after school to get her coat.', 'going_back_despite_round24'],
    ["She goes back to her mum's flat every time, despite the rows.", 'going_back_despite_round24'],
    ['Jade returned to the unit despite the rain.', 'going_back_despite_round24'],
    ['Chanel is choosing to return to the address despite the CAWN.', 'going_back_despite_round24'],
  ])('not flagged: %s (%s)', notFound);
});
