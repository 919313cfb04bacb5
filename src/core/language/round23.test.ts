import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 23: each family of wording with its positives, and ordinary sentences that share its words (an adult's own
// choice or act, a job's ordinary words, criticism of a record's wording) that must get no finding of it. The
// reference checker must agree with the fast path on every sentence (languageIds checks it).

describe('round 23: an adult’s own choice or act, and ordinary roles', () => {
  it.each([
    ['Jade, 15, chose to go with the men to the flat.', 'chose_to'],
    ['Aged 15, she was working as an escort from a flat in Cardiff.', 'escort_label'],
    ['Police log: the 13-year-old was drunk and disorderly outside the Spar and was taken home.', 'drunk_and_disorderly'],
    ['Lexi was arrested as drunk and disorderly after the men left her in the park.', 'drunk_and_disorderly'],
    ['She let men use her for money.', 'allowed_it'],
    ['Kayla has been messaging older men on Snapchat.', 'contacting_adults'],
    ['Tommy says his line manager gives him the phone every morning at 7; the man is in his twenties.', 'adult_labels_round13'],
    ['Kacey, 14, is staying with her boyfriend, 20, at his flat.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it.each([
    ['Probation: the man’s partner, 29, chose to move in with him after his release; she has no children.', 'chose_to'],
    ['Ambulance: patient’s mum, 38, says she chose to drink tonight and has arranged for her sister to look after the children.', 'chose_to'],
    ['School transport: the escort kept a note of the van’s registration and the time Kian got off, and gave it to the DSL.', 'escort_label'],
    ['Kian was met by two men in a van; escort reported it to the DSL the same afternoon.', 'escort_label'],
    ['Railway staff report: a man in his forties was drunk and disorderly on the platform and was removed by BTP.', 'drunk_and_disorderly'],
    ['Housing officer: the tenancy is under review because the tenant let men use it to abuse children.', 'allowed_it'],
    ['Callum’s mum found messages from adults asking for pictures and reported them to CEOP the same evening.', 'contacting_adults'],
    ['Apprenticeship: Chloe’s line manager changed her shift so that she finishes before dark in winter.', 'adult_labels_round13'],
    ['Hotel licensee: the 19-year-old bar worker and her partner, 20, booked a room for her birthday.', 'boyfriend_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: a writer who challenges, removes or reframes a record’s wording', () => {
  it.each([
    // The same wording without the criticism keeps its finding.
    ['CIN minutes: Kacey is uncooperative and will not engage with the plan.', 'non_compliant'],
    ['The referral described Shannon as putting herself at risk with the men.', 'putting_self_at_risk'],
    ['Police: Sophie consented to sex with the man, who is 36.', 'consented'],
  ])('%s -> %s', found);

  it.each([
    ['Supervision note: the manager challenged the word "uncooperative" in the CIN minutes, because it makes Kacey sound responsible.'],
    ['The MACE chair asked that the word "runner" be removed from the minutes and replaced with "a child exploited to carry drugs".'],
    ['SW case note: the language in the 2021 referral, which described Shannon as putting herself at risk, was challenged at the MACE.'],
    ['Detective’s note says there is no suggestion that Sophie consented: she was 13 and the man was 36.'],
    ['The crisis note called her self-harm attention-seeking, and the nurse wrote an addendum describing it as a sign of distress.'],
  ])('no finding: %s', none);
});

describe('round 23: harm recast as a trifle, a kindness, a romance or a party', () => {
  it.each([
    ['Duty SW notes the man’s gifts to Courtney are a kindness from a family friend.', 'harm_trifled_round23'],
    ['Maisie says her neighbour, a man of 60, gives her money and cigarettes; the DSL thinks this is just kindness.', 'harm_trifled_round23'],
    ['Taxi licensing officer: drivers taking girls from the care home to a flat was a misunderstanding.', 'harm_trifled_round23'],
    ['Faith group: the older man’s hugging and texting of the 12-year-old is being affectionate.', 'harm_trifled_round23'],
    ['The abuse of the 13-year-old by a man of 40 was just a fling.', 'harm_trifled_round23'],
    ['Youth worker: the cash Tyler gets from the men is pocket money for running errands.', 'harm_trifled_round23'],
    ['YOT: the threat against Ashton’s family over the debt was only talk.', 'harm_trifled_round23'],
    ['MASH: Eden’s account of being passed between men was described by the police officer as teenage drama.', 'harm_trifled_round23'],
    ['The DSL records the nude images the man, 31, asked for as silly pictures.', 'silly_pictures_round23'],
    ['Residential manager: the girls were out partying in town over the weekend.', 'partying_round23'],
    ['Ambulance: the 16-year-old was partying with older men and took too much.', 'partying_round23'],
  ])('%s -> %s', found);

  it.each([
    ['The girls fell out over a boy; it was teenage drama and they made up the next day.', 'harm_trifled_round23'],
    ['She is doing drama at college and loves the teenage drama group.', 'harm_trifled_round23'],
    ['The missed appointment was a misunderstanding about the date; she attended the next day.', 'harm_trifled_round23'],
    ['Mum said the row with the school was a misunderstanding.', 'harm_trifled_round23'],
    ['Staff were kind and the nurse was being generous with her time.', 'harm_trifled_round23'],
    ['Her uncle’s affair with a woman of 30 was described as a fling.', 'harm_trifled_round23'],
    ['The £10 a week from her nan is pocket money.', 'harm_trifled_round23'],
    ['She just does a few jobs for her nan on Saturdays.', 'harm_trifled_round23'],
    ['The threat of exclusion was only talk.', 'harm_trifled_round23'],
    ['She posted silly pictures of her cat on Instagram.', 'silly_pictures_round23'],
    ['Kayla was out partying with her mum at a family wedding.', 'partying_round23'],
    ['The staff were out partying at the Christmas do.', 'partying_round23'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: malice, contentment and self-protection read into the child', () => {
  it.each([
    ['Residential log 01:10: Demi went missing again to spite staff after being told she could not have her phone back.', 'spite_round23'],
    ['He absconds out of spite whenever his phone is taken.', 'spite_round23'],
    ['Dentist’s referral: patient, 14, is happy to stay with a man of 30 she describes as her friend.', 'happy_to_round23'],
    ['Fast food staff statement: the boy, about 13, was happy to do deliveries on a bike for the man in the BMW.', 'happy_to_round23'],
    ['Strategy meeting minutes: Amira is not protecting herself from the 24-year-old.', 'blaming_idiom_round13'],
    ['She isn’t protecting herself from the men at the flat.', 'blaming_idiom_round13'],
  ])('%s -> %s', found);

  it.each([
    ['The men beat him to punish him for losing the bag.', 'spite_round23'],
    ['She did it to spite her sister, who had borrowed her top.', 'spite_round23'],
    ['He is happy to stay at his nan’s at weekends.', 'happy_to_round23'],
    ['She is happy to stay with her foster carers.', 'happy_to_round23'],
    ['She is happy to stay at the refuge with the other women.', 'happy_to_round23'],
    ['He is keen to stay with his new adult support worker.', 'happy_to_round23'],
    ['Staff report she is happy to stay at the unit with the older girls.', 'happy_to_round23'],
    ['Kai, 17, was happy to do deliveries for the pizza shop on Saturdays.', 'happy_to_round23'],
    ['Jay has not been protecting himself from the rain.', 'blaming_idiom_round13'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: crime as work, offenders by age, the exploiters’ titles', () => {
  it.each([
    ['Custody: Jamal, 14, was working the Ipswich line and was found with 30 wraps.', 'working_for_dealers'],
    ['Police log: the boy is working for an OCG out of Manchester.', 'working_for_dealers'],
    ['PC notes the 15-year-old offender was found in a trap house in Torquay.', 'young_offender_label'],
    ['Intelligence that Liam, 15, was taking orders from his boss over Snapchat.', 'boss'],
    ['CAMHS: Jake told the nurse "Dan’s my boss, I do what he says and he looks after me."', 'boss'],
    ['Detective notes the 14-year-old is a punter’s favourite at the address.', 'punters'],
    ['Custody record: detained person, 15, willingly took part in the supply of cocaine.', 'willingly'],
    ['Probation: the victim, 15, was described in the OASys as mature for her age.', 'mature_for_age'],
  ])('%s -> %s', found);

  it.each([
    ['He works the production line at the factory; he is 19.', 'working_for_dealers'],
    ['She works the phone line at the call centre.', 'working_for_dealers'],
    ['A youth offender panel will meet on Tuesday.', 'young_offender_label'],
    ['The 16-year-old victim was interviewed at the station.', 'young_offender_label'],
    ['The officer took orders from his boss at the station.', 'boss'],
    ['He took part willingly in the school play.', 'willingly'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: ordinary wording that shares the words of a label', () => {
  it.each([
    ['Social worker: Chloe has made a lifestyle choice to be with the men at the flat.', 'lifestyle_choice'],
    ['She chose to get into the car with the men.', 'chose_to'],
    ['Jade spends weekends with older friends from the estate.', 'older_friends'],
    ['Youth worker: Kai is engaging in risky behaviour with the olders.', 'risky_behaviour'],
    ['Police: Kai is a known drug dealer in the town.', 'drug_dealer'],
    ['The log says the girl knows the risks of meeting strangers.', 'knew_full_well'],
    ['The 2012 report described the girls as prostitutes.', 'prostitution'],
  ])('%s -> %s', found);

  it.each([
    ['Dad has made a lifestyle choice to stop drinking and attends AA.', 'lifestyle_choice'],
    ['He chose to sit at the front of the car on the way to contact.', 'chose_to'],
    ['He has older friends from the football club who are 17.', 'older_friends'],
    ['The risky behaviour of the adults in her life is the concern.', 'risky_behaviour'],
    ['He is a known drug dealer aged 28 who targets children.', 'drug_dealer'],
    ['He says he knows the risks of vaping.', 'knew_full_well'],
    ['The report from 2012 described the girls as prostitutes; the panel found this was wrong.', 'prostitution'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: the adults’ acts and other people’s partners, not the child’s', () => {
  it.each([
    ['Jade, 14, has an older boyfriend who picks her up from school.', 'older_boyfriend'],
    ['Jade, 14, has been having sex with a 25-year-old man.', 'had_sex_with_adult'],
    ['Police: she was not forced and went to the flat with the men.', 'nobody_forced'],
    ['Officers described her as streetwise.', 'streetwise'],
    ['Kai has been recruited by the olders to sell drugs.', 'recruited'],
    ['Custody: the 15-year-old girl was working as a prostitute in a flat in Luton.', 'prostitution'],
  ])('%s -> %s', found);

  it.each([
    ['The older boyfriend of her sister is 25 and on licence.', 'older_boyfriend'],
    ['The men forced her to have sex with them.', 'had_sex_with_adult'],
    ['She told us the men made her have sex with their friends.', 'had_sex_with_adult'],
    ['The children were not forced to take part in the survey.', 'nobody_forced'],
    ['The youth worker is streetwise and knows the local area well.', 'streetwise'],
    ['The gang has been recruiting children from the estate.', 'recruited'],
    ['The adult woman was working as a prostitute in the flat where the girls were found.', 'prostitution'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: events, prices and verdicts that share the words of a label', () => {
  it.each([
    ['Police intelligence: Kai is linked to a local gang.', 'gang_affiliated_to'],
    ['He is paid in weed for doing drops on the line.', 'drug_line_work'],
    ['Police log: it was her own fault for going to the flat.', 'to_blame'],
    ['Jade calls him her boyfriend; he is 27.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it.each([
    ['He was stabbed in the leg; police think it was linked to the line.', 'gang_affiliated_to'],
    ['She was paid in drugs by the men who abused her.', 'drug_line_work'],
    ['The girls were being abused; nothing they did made it their fault.', 'to_blame'],
    ['She calls him her boyfriend; he is 27 and we are treating this as child sexual exploitation.', 'boyfriend_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: decisions, a way of life and a dealer, in more words (leaving stays a way out)', () => {
  it.each([
    ['She decided to go with the men to the flat.', 'decided_to'],
    ['He has chosen this way of life.', 'lifestyle_choice'],
    ['He is known to the police as a dealer.', 'drug_dealer'],
  ])('%s -> %s', found);

  it.each([
    ['Kayla decided to leave the party when the men arrived and called her mum.', 'decided_to'],
    ['She decided to leave him and stay with her nan.', 'decided_to'],
    ['She decided to go to the cinema with them.', 'decided_to'],
    ['She decided to go with them on the school trip.', 'decided_to'],
    ['He decided to stay with them at his aunt’s over Christmas.', 'decided_to'],
    ['His uncle works as a car dealer in town.', 'drug_dealer'],
    ['He works as a car dealer in town; he is 19.', 'working_drugs'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: adults, faults, accidents and verdicts in ordinary notes', () => {
  it.each([
    ['He has been running a line between Liverpool and Barrow.', 'drug_runner'],
    ['Police: she is not telling the truth about where she was.', 'disbelief'],
    ['MFH: returned at 03:00, all fine, no concerns.', 'return_fine_round16'],
    ['He bags up drugs for the olders at the flat.', 'holding_line'],
    ['Police: Kai is dealing drugs in the town centre.', 'drug_dealer'],
    ['Her nights at the flat with the men are nothing to worry about.', 'nothing_to_worry'],
    ['Mum says Lacey is out of control and goes missing most weekends.', 'out_of_control'],
    ['The assault by the older boys was a one-off.', 'one_off'],
    ['Staff describe Jade as manipulative.', 'manipulative'],
    ['Jade keeps making poor choices about the men she sees.', 'poor_choices'],
    ['He runs errands for the olders on the estate.', 'olders'],
    ['The 2012 records called Sam a drug runner.', 'drug_runner'],
  ])('%s -> %s', found);

  it.each([
    ['Officers found that the occupant, a 46-year-old man, had been running a line using local children.', 'drug_runner'],
    ['Sophie’s account has not changed and there is nothing to suggest she is not telling the truth.', 'disbelief'],
    ['Emergency accommodation log: 16 y/o F returned to the B&B on time and had tea with staff, all fine.', 'return_fine_round16'],
    ['Hostel key worker: older lads have taken over Ryan’s room to bag up drugs and he is too scared to stop them.', 'holding_line'],
    ['Housing: adults have taken over Kai’s flat to deal drugs from it, and he is frightened of them.', 'drug_dealer'],
    ['Housing: the boiler fault is not serious and will be repaired on Monday.', 'nothing_to_worry'],
    ['Home visit: mum says dad is out of control when he drinks, and she has asked him to leave.', 'out_of_control'],
    ['ED: the cut on Marcus’s hand was an accident in food technology, a one-off, and mum was with him.', 'one_off'],
    ['Crown Court: the judge described the 52-year-old man as manipulative and controlling.', 'manipulative'],
    ['Social care: mum says she made poor choices in her own relationships and wants better for her daughter.', 'poor_choices'],
    ['Church youth group: the elders run the tuck shop and Lily-Mae helps on the till.', 'olders'],
    ['Practice review: records called Sam a drug runner; the reviewer says he was a child trafficked to sell drugs.', 'drug_runner'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: a relative who reports the child’s partner is not the partner’s owner', () => {
  it.each([
    ['GP: Harley’s mum said Harley’s boyfriend is 23 and works at the garage.', 'boyfriend_adult'],
    ['Police welfare visit: the 12-year-old was at her 19-year-old boyfriend’s house with his mum present.', 'boyfriend_adult'],
    ['Mum says Jade’s boyfriend is 25 and picks her up from school.', 'boyfriend_adult'],
  ])('%s -> %s', found);

  it.each([
    ['Her mum’s boyfriend, 35, collects her from school.', 'boyfriend_adult'],
    ['Mum and her boyfriend, 35, attended the meeting.', 'boyfriend_adult'],
    ['Her sister, who is 19, has a boyfriend of 20 who sometimes gives them both lifts to college.', 'boyfriend_adult'],
    ['Emily’s sister is 22 and lives with her boyfriend in Leeds.', 'boyfriend_adult'],
    ['Her older sister, 27, has been with her partner, 29, for three years and they have a baby.', 'boyfriend_adult'],
    ['The girl’s sister, 21, brought her boyfriend, 23, to the family meeting.', 'boyfriend_adult'],
    ['Her aunt lives with her new husband, aged 40, in Derby.', 'boyfriend_adult'],
    ['The older boyfriend of her sister is 25 and on licence.', 'boyfriend_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: partner_adult, like boyfriend_adult, tells a relative’s own partner from the child’s', () => {
  it.each([['Mum said Jade’s partner is 30 and lives in Leeds.', 'partner_adult']])('%s -> %s', found);

  it.each([
    ['Mum’s partner, aged 41, has lived at the address for six years.', 'partner_adult'],
    ['Courtney’s mum has a new partner who has moved in; he is 38.', 'partner_adult'],
    ['Maya’s dad and his partner are both 40 and have been together since 2015.', 'partner_adult'],
    ['Dad’s new partner, Sue, is 44 and has two children of her own.', 'partner_adult'],
    ['Her nan lives with her partner, 70, in Hull.', 'partner_adult'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: drug supply described as a job', () => {
  it.each([
    ['Tyler told the RHI worker ‘I’m just a worker, I do my shifts and I get paid’.', 'crime_as_job_round23'],
    ['Social worker: Zain has been taken on by the older group as a runner, and he now has new trainers.', 'crime_as_job_round23'],
    ['YOT pre-sentence report: Kai was employed by an older male to hold cannabis and was paid per day.', 'crime_as_job_round23'],
    ['YOT: Marley is the main earner for the group.', 'crime_as_job_round23'],
  ])('%s -> %s', found);

  it.each([
    ['I’m just a worker at Tesco, I do my shifts and get paid.', 'crime_as_job_round23'],
    ['He does his shifts at the warehouse.', 'crime_as_job_round23'],
    ['Dad is the main earner for the family.', 'crime_as_job_round23'],
    ['She was taken on by the group as a volunteer at the food bank.', 'crime_as_job_round23'],
    ['He was employed by the older lads at the car wash.', 'crime_as_job_round23'],
    ['He was made to hold cannabis by an older male who employed him as a runner; he is being exploited.', 'crime_as_job_round23'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: "easy" as a label, in more frames', () => {
  it.each([
    ['A 1998 police record noted the girl was "known to be easy" with the older men.', 'easy_label'],
    ['Chronology: police record the 14-year-old as easy among the lads on the estate.', 'easy_label'],
    ['The girls were said to be easy, the officer wrote.', 'easy_label'],
  ])('%s -> %s', found);

  it.each([
    ['The test was thought to be easy.', 'easy_label'],
    ['It is known to be easy to get a bus from there.', 'easy_label'],
    ['She was said to be easy to work with.', 'easy_label'],
    ['She finds it easy to talk to staff.', 'easy_label'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: a verdict of no concern over an adult’s contact with a child', () => {
  it.each([
    ['MASH: mum reports yp has had a long-term boyfriend of 20, not thought to be an issue.', 'no_concern_verdict_round23'],
    ['Assessment conclusion: the age gap of 9 years is not a cause for concern as Erin is 16.', 'no_concern_verdict_round23'],
    ['MASH: threshold not met, the 16-year-old is in a relationship with a 22-year-old.', 'no_concern_verdict_round23'],
    ['Detective’s note: this is a relationship, not abuse; he is 24.', 'no_concern_verdict_round23'],
    ['MASH: the 16-year-old is in a relationship with a 22-year-old and both are happy.', 'happy_to_round23'],
  ])('%s -> %s', found);

  it.each([
    ['MASH: threshold not met, mum to be offered early help.', 'no_concern_verdict_round23'],
    ['Her weight is within normal range for her age.', 'no_concern_verdict_round23'],
    ['Mum’s new partner is 35 and was not thought to be an issue by the panel.', 'no_concern_verdict_round23'],
    ['The panel agreed this was grooming, not a relationship with the 25-year-old.', 'no_concern_verdict_round23'],
    ['It was a fight between two boys, not abuse.', 'no_concern_verdict_round23'],
    ['Both are happy at their new school.', 'happy_to_round23'],
    ['The 16-year-old and her boyfriend, 17, both are happy.', 'happy_to_round23'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: the new families stay off ordinary kindness, birthdays and rows at home', () => {
  it.each([
    ['The man at the bus station was being friendly and gave her directions.', 'harm_trifled_round23'],
    ['The money is pocket money from his grandparents.', 'harm_trifled_round23'],
    ['She went out partying with her college friends for her 18th birthday.', 'partying_round23'],
    ['The men were out partying in town when the fight started.', 'partying_round23'],
    ['She stayed out to spite her mum after an argument about her phone.', 'spite_round23'],
    ['He went off to annoy staff and came back ten minutes later.', 'spite_round23'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: one finding for one statement of consent, and a landlord’s price', () => {
  it.each([
    ['MFH debrief: Skye agreed to have sex with the men at the party in exchange for vodka and cigarettes.', 'agreed_to'],
    ['LAC review: the landlord who lets Bella stay in exchange for "favours" is 50.', 'landlord_label'],
    ['He did "deliveries" in return for cash.', 'scare_quoted_work'],
  ])('%s -> %s', found);

  it.each([
    ['MFH debrief: Skye agreed to have sex with the men at the party in exchange for vodka and cigarettes.', 'had_sex_with_adult'],
    ['Housing: her landlord lets her stay rent-free in return for "favours", she is 16.', 'scare_quoted_work'],
    ['The landlord has agreed to fix the boiler.', 'landlord_label'],
    ['The landlord lets the family stay rent-free while the flat is repaired.', 'landlord_label'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: one label, one finding', () => {
  it.each([
    ['Kyle is well known to police in the Hulme area.', 'known_to_police'],
    ['Probation: the 16-year-old is a manipulative young man who plays agencies off against each other.', 'manipulative'],
  ])('%s -> %s', found);

  it.each([
    ['CSC assessment: Mikey has a criminal lifestyle and is well known to the police.', 'known_to_police'],
    ['Probation: the 16-year-old is a manipulative young man who plays agencies off against each other.', 'plays_the_system'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: "sexually active" with a partner of the child’s own age', () => {
  it.each([
    ['Sexual health clinic: 14-year-old sexually active with her 19-year-old partner, condoms given.', 'sexually_active'],
    ['GP: Aliyah, 13, has been sexually active since last summer.', 'sexually_active'],
    ['She is sexually active with a man of her mum’s age.', 'sexually_active'],
  ])('%s -> %s', found);

  it.each([
    ['She was sexually active with her boyfriend who is 16; contraception was discussed.', 'sexually_active'],
    ['She is sexually active with a 16-year-old from college.', 'sexually_active'],
    ['Both are 16 and sexually active; condoms given.', 'sexually_active'],
    ['He is sexually active with a girl his own age.', 'sexually_active'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: consent and choice between peers of 15 to 17', () => {
  it.each([
    ['Police: Jade, 13, consented to sex with the 25-year-old.', 'consented'],
    ['She said the sex with the man, 24, was consensual.', 'consensual'],
    ['She chose to go with the men; she is 16.', 'chose_to'],
  ])('%s -> %s', found);

  it.each([
    ['She said the sex with her boyfriend, 16, was consensual.', 'consensual'],
    ['The sex with her boyfriend, 17, was consensual.', 'consensual'],
    ['She consented to sex with her boyfriend who is 16.', 'consented'],
    ['She chose to have sex with her boyfriend, who is also 16.', 'chose_to'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: a parent’s, a carer’s or an adult’s own choice and lifestyle', () => {
  it.each([
    ['Jade chose to go with the men to the flat.', 'chose_to'],
    ['Kai, 15, has chosen a criminal lifestyle.', 'lifestyle_choice'],
    ['Kai, 15, has a criminal lifestyle.', 'criminal_lifestyle'],
  ])('%s -> %s', found);

  it.each([
    ['Jade’s mum chose to let the men stay at the flat.', 'chose_to'],
    ['The foster carer chose to collect her from the party at 2am.', 'chose_to'],
    ['The 40-year-old has chosen to plead not guilty.', 'chose_to'],
    ['Kai’s older brother, 22, has chosen a criminal lifestyle.', 'lifestyle_choice'],
    ['Kai’s older brother, 22, has chosen a criminal lifestyle.', 'criminal_lifestyle'],
    ['His dad’s criminal lifestyle has affected the family.', 'criminal_lifestyle'],
    ['The man, 35, leads a criminal lifestyle.', 'criminal_lifestyle'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: kindness, talk and verdicts that are ordinary', () => {
  it.each([
    ['The older man who found her wallet returned it, an act of kindness she wrote to thank him for.', 'harm_trifled_round23'],
    ['The boys’ threats to the 40-year-old teacher were all talk, the head said.', 'harm_trifled_round23'],
    ['She was just being kind to the older man at the bus stop who was lost.', 'harm_trifled_round23'],
    ['Her dad’s new partner, 29, has been assessed; no safeguarding concerns identified.', 'no_concern_verdict_round23'],
  ])('not flagged: %s (%s)', notFound);
});

describe('round 23: involvement named by the goods or the offence', () => {
  it.each([
    ['Apprenticeship provider: our apprentice Dylan, 16, got involved in moving packages for a man from the gym.', 'involved_in'],
    ['He got involved in stealing bikes with older lads.', 'involved_in'],
  ])('%s -> %s', found);

  it.each([
    ['She got involved in packing parcels at the food bank.', 'involved_in'],
    ['He took part in a shoplifting awareness session.', 'involved_in'],
  ])('not flagged: %s (%s)', notFound);
});
