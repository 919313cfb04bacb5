// Round 29b (2026-12-02): the families named in round 29 but not written (a learned account, an adult nobody knows
// collecting the child, alone at lunch, no trusted adult, adults from games, pictures of the child held by an adult),
// each in the words of several professions, beside ordinary sentences that share its words and must give no finding of
// the code. Every sentence is also run through the reference implementation (text-checks.ts).
import { describe } from 'vitest';
import { givesCodes, givesFlags, lacksCode } from '../../../test/fixtures/text-checks.ts';

describe('an account the child seems to have learned or copied', () => {
  givesCodes('a learned or copied account', [
    ['Interpreter: the boy seemed to be reciting a story he had learned.', ['da_coached_account']],
    ['Police: she sounded like she was reciting a script.', ['da_coached_account']],
    ['ABE interview: he recited the same account in each interview, as if learned.', ['da_coached_account']],
    ["Age assessment: the boy gave an account identical to two other boys'.", ['da_coached_account']],
    ["Social worker: the three girls' statements were identical.", ['da_coached_account']],
    ['Private fostering officer: the carer would not let the girl speak for herself.', ['da_coached_account']],
    ['Health visitor: the aunt would not let the girl speak for herself at the visit.', ['da_coached_account']],
    ["School nurse: Dad's friend wouldn't let him speak for himself.", ['da_coached_account']],
  ]);
  lacksCode('a poem, a play, a quiz, homework or a bank', 'da_coached_account', [
    'She was reciting a poem in assembly.',
    'He recited the story of the Good Samaritan in class.',
    'She likes reciting her lines for the school play.',
    'The boy recited a story his nan used to tell him at bedtime.',
    'The actor recited the script perfectly at the audition.',
    'The twins gave identical answers in the quiz.',
    'His account number is identical to the one on the form.',
    'Her story was identical to the plot of the film.',
    'The two essays were identical, so the teacher spoke to both boys about copying.',
    'The bank statements were identical for both months.',
    'She can speak for herself now at her reviews.',
    'The teacher let her speak for herself in the debate.',
    'She is shy and does not speak for herself in class.',
  ]);
});

describe('an adult nobody knows collecting or driving the child, or taxis for the child', () => {
  givesCodes('collected or driven by an unknown adult', [
    ['GP receptionist: a man who would not give his name collected the 14-year-old after her appointment.', ['go_unknown_adults_collect']],
    ['YOT: an unknown adult drove him to his YOT appointment.', ['go_unknown_adults_collect']],
    ['Police: an unknown man collected the 15-year-old from the clinic.', ['go_unknown_adults_collect']],
    ['Housing: an unidentified male dropped her off at the hostel at 3am.', ['go_unknown_adults_collect']],
    ['College: taxis turn up for Aaron at lunchtime.', ['go_unknown_adults_collect']],
    ['Youth worker: taxis keep turning up for Jade at the youth club.', ['go_unknown_adults_collect']],
  ]);
  lacksCode('family, a coach, a parcel, a booked taxi', 'go_unknown_adults_collect', [
    'Mum collected the 14-year-old after her appointment.',
    'The coach collected the 14-year-olds for the tournament.',
    'Her grandparents collected the 12-year-old from school.',
    'The minibus collected the 13-year-olds after the session.',
    'A man collected the parcel from the post office.',
    "A man I don't know collected the parcel.",
    "Nobody knows who collected the 14-year-old's lost coat.",
    'An unknown driver drove into her car at the junction.',
    'An unknown man dropped her purse back at reception.',
    'An unfamiliar driver brought the delivery to the door.',
    'The taxi turns up for Nan at nine to take her to hospital.',
    'Taxis turn up for the wedding guests at midnight.',
    'A taxi turned up for Grandad at the station.',
    'The cab showed up for the party guests.',
  ]);
});

describe('alone at lunch or in the room all association', () => {
  givesCodes('alone at lunch or break', [
    ['SEND: Maya sits alone at lunch every day.', ['ep_isolated']],
    ['Secure estate: Marcus spends all association in his room.', ['ep_isolated']],
    ['YOI: he stays in his cell every association.', ['ep_isolated']],
    ['School: Ellie eats on her own at lunchtime most days.', ['ep_isolated']],
    ['Teacher: he stands alone at break every day.', ['ep_isolated']],
  ]);
  givesFlags('no longer alone', [['School: she no longer sits alone at lunch; she has a group of friends.', 'ep_isolated', 'child', true, false, false]]);
  lacksCode('an adult, homework, fasting, illness or friends', 'ep_isolated', [
    'Mum sits alone at lunch in the office.',
    'He sat on his own at lunch to finish his homework.',
    'The teacher eats alone at lunchtime.',
    'The nurse sits alone at lunch in the staff room.',
    'She ate alone at lunch because her friends were on a trip.',
    'He eats on his own at lunch because he is fasting for Ramadan.',
    'He spends every lunchtime in the library helping the librarian.',
    'She spends all break in the music room practising.',
    'She spends most lunchtimes in the toilets doing her make-up with friends.',
    'Dad spends every lunch break in his van.',
    'He spent all break in his room because he was ill.',
    'She sits alone at the front of the bus.',
  ]);
});

describe('no trusted or consistent adult', () => {
  givesCodes('no adult to trust', [
    ['PA: Chantelle had no adult she trusted until she was placed with Mrs B at 14.', ['fa_no_trusted_adult']],
    ['YOT: Jayden has no consistent adult in his life; seven social workers in two years.', ['fa_no_trusted_adult']],
    ['School nurse: she says there is not one adult she can talk to.', ['fa_no_trusted_adult']],
    ['CAMHS: no safe adult to go to at home.', ['fa_no_trusted_adult']],
  ]);
  lacksCode('tickets, supervision, rides and a party', 'fa_no_trusted_adult', [
    'There was no adult she trusted more than her nan.',
    'There is no consistent adult supervision at the club.',
    'The office has no consistent adult cover on Fridays.',
    'The campsite has no consistent adult supervision.',
    'No adult tickets were left for the show.',
    'There were no adults she knew at the party, only her classmates.',
    "No adult can ride the children's train.",
    'No stable adult rota at the leisure centre this summer.',
  ]);
});

describe('an adult from a game adding the child, holding the number or offering items for jobs', () => {
  givesCodes('an adult from a game', [
    ['Gaming report: an adult player added Finn on Discord.', ['te_adults_contact_online']],
    ['Police: a 25-year-old man added her on Snapchat.', ['te_adults_contact_online']],
    ['Online safety: an older gamer has her Snapchat.', ['te_adults_contact_online']],
    ['Gaming report: an adult offered Finn free skins for doing jobs.', ['te_online_offers']],
    ['CEOP: a 30-year-old gamer promised him Robux if he ran errands.', ['te_online_offers']],
  ]);
  givesFlags('unclear or possible', [
    ['Online safety: unclear whether the older player has his number.', 'te_adults_contact_online', 'child', false, true, false],
    ['CEOP: possible that an adult offered him free skins for jobs.', 'te_online_offers', 'child', false, true, false],
  ]);
  lacksCode('family, a team, a sale or a delivery', 'te_adults_contact_online', [
    'Mum added Finn on WhatsApp.',
    'The coach added the older players on the team WhatsApp group.',
    'His uncle added him on Snapchat.',
    'An older player added him on FIFA to play a match with his friends.',
    'The older player has his number 10 shirt.',
    'The older player has her number for the netball team.',
    'The man has her number for the delivery.',
    'The man has his number for the taxi.',
  ]);
  lacksCode('family, chores, a game or a birthday', 'te_online_offers', [
    'Mum offered him V-bucks for doing his chores.',
    'Dad promised him Robux if he finished his homework.',
    'The game offers free skins for completing challenges.',
    'Grandma sent him Robux for his birthday.',
    'The teacher offered coins for good behaviour on the chart.',
    'The shop gives free gems for signing up.',
    'Her brother gave her skins for Christmas.',
    'The season pass gives you skins for every level.',
  ]);
});

describe('an adult holding pictures of the child', () => {
  givesCodes('pictures of the child', [
    ['CEOP: the man has images of Poppy taken last month.', ['te_sexual_images']],
    ['Police: the man has videos of both girls on his laptop.', ['te_sexual_images']],
    ['DS: the adult male held indecent pictures of her.', ['te_sexual_images']],
  ]);
  givesFlags('not known', [['Police: it is not known whether the man has images of Poppy.', 'te_sexual_images', 'child', false, true, false]]);
  lacksCode('a family, a wedding, a match, a wall', 'te_sexual_images', [
    'The man has photos of her from the wedding.',
    'Dad has pictures of him on his phone.',
    'The photographer has images of the girls from the match.',
    'The man has pictures of his daughter on his desk.',
    'The man has images of Spain on his wall.',
    'The man has pictures of his grandchildren in his wallet.',
    'The men have videos of the match on their phones.',
    'The adult has videos of the concert.',
    'An adult has images of the planets on the classroom wall.',
  ]);
});

describe('told that talking to the police means arrest', () => {
  givesCodes('a threat of arrest or deportation', [
    ['YOT: Dami was told that if he talks to police he will be arrested.', ['da_fear_of_authorities']],
    ["Care staff: he was told he'd go to prison if he grassed.", ['da_fear_of_authorities']],
    ["Police: the men said if she goes to the police she'll be deported.", ['da_fear_of_authorities']],
    ["If she tells anyone she'll be deported, the man told her.", ['da_fear_of_authorities']],
  ]);
  givesFlags('an arrest feared, not a threat', [['He could be arrested if he goes back to Ipswich.', 'go_arrests', 'child', false, true, false]]);
  lacksCode('advice, a joke or the men arrested', 'da_fear_of_authorities', [
    'If he goes to the police he will be seen by the duty officer.',
    'If she talks to the police, the man will be arrested.',
    'If they go to the police they will be arrested, Mia said of the men.',
    'His solicitor advised that if he talks to police he will be arrested for the burglary.',
    "She'd go to prison if she told lies in court, he joked.",
    'The officer said that if he goes to the station he will be given advice.',
    'If he tells the police the truth he will be believed.',
    'If she goes to the police they will help her.',
  ]);
  lacksCode('the threat is not an arrest', 'go_arrests', ['YOT: Dami was told that if he talks to police he will be arrested.']);
});

describe('the EHC plan, not the name of its meeting or its staff', () => {
  givesCodes('a plan', [
    ['School: Zac has an EHCP for autism.', ['ep_learning_disability']],
    ['Zac has an EHCP.', ['ep_learning_disability']],
    ['EHCP review: Zac has a learning disability and is at risk of exclusion.', ['ep_learning_disability']],
  ]);
  lacksCode('a meeting, a panel or an officer', 'ep_learning_disability', [
    'EHCP review: poor attendance in Year 7 linked to bullying.',
    'EHCP review: Zac is at risk of exclusion after the incident with the fire alarm.',
    'EHCP review meeting: attendance has improved this term.',
    'The EHCP coordinator rang about the annual review.',
    'EHCP panel: decision due next month.',
    'The EHCP officer visited school.',
    "Zac's EHC plan review is on Tuesday.",
    'The EHCP team sent the draft to Mum.',
  ]);
});

describe('a partner of adult age, not the partner of a parent who is an adult', () => {
  givesCodes('the child’s older partner', [
    ['Midwife: 16-year-old booked at 10 weeks with her partner, who is 21.', ['go_older_partner']],
    ['School: Kayla, 14, says her boyfriend is 19.', ['go_older_partner']],
    ["Police: the 15-year-old's boyfriend, 23, was seen with her.", ['go_older_partner']],
    ["Police: Mia's boyfriend, who is 22, collects her from school.", ['go_older_partner']],
  ]);
  lacksCode('an adult parent and her partner', 'go_older_partner', [
    'Midwife: 19-year-old first-time mum booked at 10 weeks with her partner, who is 21.',
    "Midwife: the 18-year-old's partner, 20, is on the birth plan and comes to every appointment.",
    'Midwife: 24-year-old mum attended with her partner, who is 30.',
    "HV: the 20-year-old's boyfriend, 25, is supportive.",
    "Mum's boyfriend, who is 34, lives with the family.",
  ]);
});

describe('abuse as a younger child or a teenager, in the past', () => {
  givesFlags('earlier abuse', [
    ['YJS: Dami was beaten by an uncle as a younger child.', 'fa_previous_abuse', 'child', false, false, true],
    ['Police: he was assaulted by a neighbour as a young boy.', 'fa_previous_abuse', 'child', false, false, true],
    ['GP: she was physically abused as a small child.', 'fa_previous_abuse', 'child', false, false, true],
    ["HV: Mum was sexually exploited as a teenager and is anxious about her daughter's new friends.", 'fa_previous_abuse', 'other', false, false, true],
    ['CAMHS: Mum was groomed and exploited as a teenager.', 'fa_previous_abuse', 'other', false, false, true],
  ]);
  lacksCode('a game, a race, an accident, a job or words', 'fa_previous_abuse', [
    'She was beaten by her brother at chess as a young child.',
    'He was hit by a car as a young child and has a scar.',
    'She was beaten by a girl from Leeds in the final as a teenager.',
    'He was hurt by a horse as a young boy.',
    'Dad was beaten by his sister in every race as a kid.',
    'He was exploited as a teenager by a record label that took his royalties.',
    'She was abused as a teenager online about her weight.',
    'He was kicked by a ball as a small child and lost a tooth.',
  ]);
});

describe('abuse as a younger child is not an injury now', () => {
  lacksCode('earlier abuse', 'ep_injuries_assault', [
    'YJS: Dami was beaten by an uncle as a younger child.',
    'Police: he was assaulted by a neighbour as a young boy.',
  ]);
  givesCodes('an assault now', [
    ['Police: Jayden was beaten up last night and has a black eye.', ['ep_injuries_assault']],
    ['He was punched by an older boy at the park yesterday.', ['ep_injuries_assault']],
  ]);
});

describe('county lines and knife crime at a conference or in area figures', () => {
  givesCodes('the child', [
    ['Police: Jayden is involved in county lines.', ['go_carrying_drugs']],
    ['Police: his case relates to county lines.', ['go_carrying_drugs']],
    ['Police: he has been linked to knife crime in Croydon.', ['go_carrying_weapons_money']],
  ]);
  lacksCode('a conference or figures', 'go_carrying_drugs', [
    'NRM: the regional conference heard that most child referrals in the area relate to county lines.',
    'Nationally, county lines numbers have fallen.',
    'The seminar covered county lines and knife crime.',
  ]);
  lacksCode('a seminar', 'go_carrying_weapons_money', ['The seminar covered county lines and knife crime.']);
});

describe('an adult detained person in a custody record', () => {
  lacksCode('an adult arrested', 'go_arrests', [
    'Custody: adult DP, 32, arrested for drink driving and released on bail.',
    'Custody: DP, aged 45, arrested for shoplifting.',
  ]);
  givesCodes('a child arrested', [
    ['Custody: Jayden, 15, arrested for possession with intent to supply.', ['go_arrests']],
    ['Custody: DP, 15, arrested for possession with intent to supply.', ['go_arrests']],
  ]);
});
