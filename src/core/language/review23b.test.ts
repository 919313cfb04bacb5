import { describe, expect, it } from 'vitest';
import { languageIds, hasFinding as found, lacksFinding as notFound } from '../../../test/fixtures/text-checks.ts';

// Regressions review 23B found in the round-23 language changes (lang23, 2965f68 to 064f955): false alarms and lost
// findings on ordinary wording, items A-R and the cheap "both wrong" ones. languageIds also checks that the reference
// checker agrees.
const silent = (text: string): void => {
  expect(languageIds(text)).toEqual([]);
};

describe('review 23B A: a relative’s own partner; the child’s own partner seen by a relative', () => {
  it.each([
    'Mum is now engaged to her boyfriend, 42, and they plan to marry in June.',
    'Dad moved his girlfriend, 29, into the flat last month and Keira says she gets on well with her.',
    'Mum is pregnant by her boyfriend, 33, and the baby is due in March.',
    'Mum told the social worker that her boyfriend, 38, has now moved out.',
    'Her mum recently got married to her boyfriend, 44, and they live together in Hull.',
    'Mum says her new boyfriend, who is 36, is good with the children.',
    'Her uncle’s girlfriend, 28, babysits Amber when mum is at work.',
    "Her uncle's girlfriend, 28, babysits Amber when mum is at work.",
    'Mum is pregnant by her partner, 41, and is due in the spring.',
    'Mum told us her partner, aged 39, has moved out.',
    'Dad lets his partner, 35, discipline the children, which Ruby dislikes.',
    'Mum is marrying her partner, aged 45, in June.',
    "Her stepdad's girlfriend, aged 30, sometimes collects her from school.",
    'Her sister, 20, is expecting a baby with her boyfriend (24) and Lily is excited to be an aunt.',
  ])('not flagged: %s', silent);
  it.each([
    ['Her uncle saw her with her boyfriend, 25, in the town centre at 2am.', 'boyfriend_adult'],
    ['Her uncle saw her with her partner, 25, at the hotel.', 'boyfriend_adult'],
  ])('%s -> %s', found);
});

describe('review 23B B, C: "the young man", "the 15-year-old female" are children', () => {
  it.each([
    ['Police describe the 15-year-old female as manipulative.', 'manipulative'],
    ['Residential staff: the young man is very manipulative with staff and peers.', 'manipulative'],
    ['The young woman is manipulative and plays staff off against each other.', 'manipulative'],
    ['Staff feel the 16-year-old male is manipulative and knows how to get what he wants.', 'manipulative'],
    ['Teachers describe the young woman as manipulative.', 'manipulative'],
    ['The 17-year-old male is highly manipulative, according to the unit manager.', 'manipulative'],
    ['Police: the 15-year-old female was running a line between Leeds and Scarborough.', 'drug_runner'],
    ['The young man has been running a line to Barrow since the summer.', 'drug_runner'],
    ['YOT: the young male was running the line when he was stopped.', 'drug_runner'],
  ])('%s -> %s', found);
  it.each(['The 45-year-old man was described in court as manipulative and controlling.', 'The tenant, a man of 50, was running a line from the flat.'])(
    'not flagged: %s',
    silent,
  );
});

describe('review 23B D, E, F: Sunday, cars, "used", "as a dealer", taking over the line', () => {
  it.each([
    ['Kai went missing on Sunday and was found with the olders in a flat in Barrow.', 'olders'],
    ['He spends every Sunday with the olders on the estate and comes back with cash.', 'olders'],
    ['She is working drugs out of cars parked behind the chip shop.', 'working_drugs'],
    ['He has used his phone to deal drugs to pupils in Year 9.', 'drug_dealer'],
    ['Kai is dealing drugs and used the money to buy trainers.', 'drug_dealer'],
    ['He is dealing cannabis in the car park behind the shops.', 'drug_dealer'],
    ['He is selling weed outside the art block.', 'drug_dealer'],
    ['He has taken over dealing cannabis on the estate.', 'drug_dealer'],
    ['He sold cocaine from a used car on the estate.', 'drug_dealer'],
    ['Kai has taken over the deal line and is answering the phone for the olders.', 'holding_line'],
  ])('%s -> %s', found);
  it.each([
    'He hopes to train as a dealer at the casino when he turns 18.',
    'His neighbour works as a dealer at the casino in town.',
    'His cousin is 22 and works as a dealer at the casino.',
  ])('not flagged: %s', silent);
});

describe('review 23B G: deciding to go with someone is not a risk in itself', () => {
  it.each([
    'Her foster carers invited her to Spain and she decided to go with them.',
    'Her grandparents offered her a room and she decided to stay with them.',
    'The youth workers were going to the coast and Tia decided to go with them.',
    'Her aunt and uncle are moving to Leeds and she has decided to go with them.',
    'He decided to go with them to the mosque for Eid.',
    'The Year 8 trip leaves at 7am and she has decided to go with them.',
    'Her friend Liam was walking to the youth centre and she decided to go with him.',
    'Her key worker was driving to the supermarket and she decided to go with him.',
    'The foster family are going to Wales for half term and Chloe has decided to go with them.',
  ])('not flagged: %s', silent);
});

describe('review 23B H: shopping is not an outing that clears the choice wording', () => {
  it.each([
    ['She went willingly with the 30-year-old to the shopping centre and then to his flat.', 'willingly'],
    ['He chose to go shopping with the dealers who give him cannabis.', 'chose_to'],
  ])('%s -> %s', found);
});

describe('review 23B I: "easy" as a baby, company, a journey', () => {
  it.each([
    'Health visitor: as an infant she was considered to be easy, feeding and sleeping well.',
    'The girls were said to be easy company on the residential trip.',
    'He seems easy among the lads in his football team now.',
    'Getting to the appointment was described as easy by mum.',
    'The bus journey to college is seen as easy for her.',
    'The move to the new placement was regarded as easy for him.',
  ])('not flagged: %s', silent);
  it.each([['Police log: she is known to the lads on the estate as easy.', 'easy_label']])('%s -> %s', found);
});

describe('review 23B J: a family’s or a team’s way of life', () => {
  it.each([
    'Mum says they chose this way of life when they moved onto the canal boat.',
    'The family are Travellers and have chosen this way of life for generations.',
    'Dad left the army and chose a way of life closer to home.',
    'The staff team have chosen a way of life for the house based on shared meals and routines.',
  ])('not flagged: %s', silent);
  it.each([
    ['Jade chose this way of life.', 'lifestyle_choice'],
    ['He has chosen this way of life.', 'lifestyle_choice'],
  ])('%s -> %s', found);
});

describe('review 23B K-P: vetoes tied to the construction', () => {
  it.each([
    ['Jade has made poor decisions in her own life, going missing with older men.', 'poor_choices'],
    ['She continues to make risky choices in her own relationships with adult males.', 'poor_choices'],
    ['Chloe makes poor choices in her own life and will not listen to advice.', 'poor_choices'],
    // Round 32: after another finding and "and", will_not_listen gives way (check.ts trailingAnd); first, it stays.
    ['Chloe will not listen to advice and makes poor choices in her own life.', 'will_not_listen'],
    ['Jayden is one of several boys that are linked to the Northside gang.', 'gang_affiliated_to'],
    ['Police intelligence: he is a young person that is affiliated with the Hilltop crew.', 'gang_affiliated_to'],
    ['He is one of the boys that is linked to the line, and has been missing twice.', 'gang_affiliated_to'],
    ['She sells pills at festivals and was raped at one last summer.', 'drug_line_work'],
    ['She is a line worker for the gang and has been sexually exploited as well.', 'drug_line_work'],
    ['No reason to believe her account, she tends to lie about where she has been.', 'disbelief'],
    ['The overdose was accidental and a one-off, so no further action.', 'one_off'],
    ['Mum says the men knocking on the door at night are nothing to worry about.', 'nothing_to_worry'],
    ['Teachers felt the older man waiting at the school doors was harmless.', 'nothing_to_worry'],
    ['The older boys kicking her bedroom door at night is not a safeguarding concern, staff say.', 'nothing_to_worry'],
  ])('%s -> %s', found);
  it.each(['None of what the men did to her makes it her fault.', 'There is no reason to doubt her, and nothing suggests she is not telling the truth.'])(
    'not flagged: %s',
    silent,
  );
});

describe('review 23B Q: a verdict in the next clause names the exploitation, not any child or victim', () => {
  it.each([
    ['He has chosen this lifestyle; the report says he is a child in need.', 'lifestyle_choice'],
    ['He is a drug runner for the olders; the panel found he was a victim of bullying at school.', 'drug_runner'],
    ['He is a drug runner for the olders; the panel found he was a victim of bullying at school.', 'olders'],
    ['It was her own fault for going to the flat; the report says she was a victim of a theft there last year.', 'to_blame'],
    ['Tyler is out of control at home; the review says he is a child with ADHD.', 'out_of_control'],
  ])('%s -> %s', found);
});

describe('review 23B R: shifts at work, a peer mentor, an adult taken on', () => {
  it.each(["The night worker does her shifts at the hostel; she found cannabis in Kai's room."])('not flagged: %s', silent);
  it.each([
    ['Lewis does his shifts at the takeaway on Fridays and the olders sometimes wait for him outside.', 'crime_as_job_round23'],
    ['Kai was taken on by the St Giles group as a peer mentor, talking to schools about county lines.', 'crime_as_job_round23'],
    ['Police say the 19-year-old was taken on by the gang as a runner and now recruits younger children.', 'crime_as_job_round23'],
  ])('not flagged: %s (%s)', notFound);
  it.each([['Lewis does his shifts at the takeaway on Fridays and the olders sometimes wait for him outside.', 'olders']])('%s -> %s', found);
  it.each(['Kai was taken on by the St Giles group as a peer mentor, talking to schools about county lines.'])('not flagged: %s', silent);
});
