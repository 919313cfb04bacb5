import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Review 28b of the nine round-28 families (lexicon-round28.ts). Ordinary case-note sentences that share each family's
// words but are not wording about a child (adults' lives, pets, hobbies, health explained, a practitioner's own actions,
// child-centred wording that names the adults' harm), and new wording of what each family means to find. The helpers
// run the reference checker too, which must agree with the fast path.
//
// Regressions found and mended here (data only, lexicon-round28.ts): a child's hobby ("fixated on dinosaurs"), an adult
// keeping the child hooked, a story in the newspaper, the adults or a PCSO placing themselves near, an adult relative's
// or the men's own self-destructive lifestyle, the adults waiting at school and ordinary appointments (dentist, camping),
// photos of a new baby. Also a recall fix: "won't go to school" was never found ("won't" is one token, so the pattern
// read "won't not go").
//
// Left open (misses, not false alarms): "is not credible as her story about the man changed" and "no believable
// explanation of the money the man gave her" are not found, because any adult word near vetoes not_credible_round28.

describe('review 28b: round-28 families, ordinary sentences and new wording', () => {
  it.each([
    ['Residential log: Skye crept out after lights-out to meet a man who waits in a silver car.', 'sneaked_out_round28'],
    ['Carer note: Deji keeps sneaking away from the placement to see older males at the takeaway.', 'sneaked_out_round28'],
    ['YOT worker: Harley is infatuated with an older man she met through a friend and will not hear a word against him.', 'obsessed_addicted_round28'],
    ['Panel note: Ava is fixated on the adult who messages her on Snapchat.', 'obsessed_addicted_round28'],
    ["Officer's note: the girl, 14, is not credible because her story changed twice.", 'not_credible_round28'],
    ['DSL note: the pupil gave no believable explanation of the new phone and the cash.', 'not_credible_round28'],
    ['Carer log: Tilly encourages these men by messaging them late at night.', 'encouraged_men_round28'],
    ['Panel minutes: Jayden encouraged the older males and then complained when they came to the flat.', 'encouraged_men_round28'],
    ['Strategy meeting: Grace positions herself around older men at the bus station most evenings.', 'places_self_with_round28'],
    ['Support worker: Ellis keeps putting himself alongside older males at the park.', 'places_self_with_round28'],
    ['MASE minutes: Kacey remains resistant to engagement and the exploitation risk is unchanged.', 'resistant_to_help_round28'],
    ['Case note: Liam is resistant to safeguarding advice and keeps going missing.', 'resistant_to_help_round28'],
    ['Review note: her self destructive behaviour puts her at risk from the older men.', 'self_destructive_round28'],
    ['Placement note: Rhys has self-destructive tendencies and mixes with older men who give him drugs.', 'self_destructive_round28'],
    ['Attendance note: Tayla refuses to attend and spends the day in town with older males.', 'refuses_school_with_men_round28'],
    ["Head of year: Reece won't go to school and is out with older guys most days.", 'refuses_school_with_men_round28'],
    ['Neighbourhood officer: Kira, 14, invites older men round to her flat for parties.', 'lets_men_in_round28'],
    ['Youth worker: Jaz is hosting older males at the flat most weekends.', 'lets_men_in_round28'],
    ['Carer: Sienna lets them photograph her for money.', 'lets_men_in_round28'],
  ])('%s -> %s', found);

  it.each([
    // sneaked_out_round28
    'Grandad sneaks out to the allotment with the older men every Sunday morning.',
    'Mum snuck away from work early to meet the man from the estate agent.',
    'The puppy crept out under the fence and followed a man down the lane.',
    'Tia sneaked out of assembly with her friends to finish her art project.',
    'Our student social worker crept out of the room so the older man could talk to his son alone.',
    'I sneaked off early to collect the older children from the youth club and left a note.',
    'Kian was lured by adults who told him to sneak out and meet them at the station.',
    'Dad and his older brother sneaked off to the pub after the christening.',
    'The fox creeps out at dusk, and the man next door feeds it.',
    'Jade snuck out to the garden to ring her nan, who is an older woman living alone.',
    // obsessed_addicted_round28
    "Dad is obsessed with the older men's walking football on Thursdays.",
    'Kayla is hooked on the new series about a man who restores old cars.',
    'Her stepdad became addicted to gambling with older men at the bookies.',
    'Ollie is fixated on dinosaurs and asks the older man at the museum lots of questions.',
    'The man has been obsessed with the girl since the summer and waits outside her school, which is stalking.',
    'Noah is obsessed with trains and talks to the older drivers at the heritage railway.',
    'Gran was hooked on the soaps, the older man from the care agency said.',
    "Mia's nan is addicted to bingo with the older ladies and a man from church.",
    'Samir is obsessed with his Xbox and plays with his cousins, not with adults.',
    'Amy has been manipulated by an older man who keeps her hooked on his messages.',
    // not_credible_round28
    'The fire alarm report was not credible, the man from building control said.',
    "The landlord's threat to evict was not credible, the girl's mum was told.",
    'The child gave a clear and credible account of what the man did.',
    "Ella's account is credible and consistent; she has disclosed more as she felt safe.",
    'The teacher said the story in the newspaper was not credible.',
    "The boy's mum said the school's explanation of the injury was not credible.",
    "The pupil's excuse for the missing homework was not believable, said the teacher, who laughed about it with her.",
    "The victim's statement was credible; the man's version was not believable.",
    'There is no credible evidence that the girl was ever at the flat.',
    // encouraged_men_round28
    "The coach encouraged the older men to warm up properly before the veterans' match.",
    'Mum encouraged the men in her family to get their prostate checked and sent them messages about it.',
    'The GP encourages older men to have a flu jab each autumn and sends text reminders.',
    "Staff encouraged them by replying to every message in the parents' chat.",
    'The charity encourages men to talk about their mental health online.',
    'I encouraged them by texting the dates of the parenting course.',
    'The referee encouraged the older men to shake hands after the cup final in the car park.',
    'Nana encouraged the men to come in from the rain and offered tea at the house.',
    'The older men encouraged Kara to send pictures and then threatened to share them.',
    'Sophie was groomed by a man who encouraged her to keep their messages secret.',
    // places_self_with_round28
    'Grandma places herself near the older men in church so she can hear the sermon.',
    'The PCSO positioned himself near the older males outside the shop while the youth worker spoke to Kyle.',
    "Mum put herself forward to sit with the older men on the tenants' panel.",
    'Dad placed himself among the older men in the queue for the match tickets.',
    'The nurse positioned herself alongside the man on the ward so she could take his blood pressure.',
    "I placed myself near the door with the older man's carer during the review.",
    'Ruby put herself with the older girls in the choir and loves singing.',
    "Older males keep putting themselves near the children's home to find Leah.",
    'The men who exploit Jordan keep placing themselves near his school.',
    'The teacher placed herself with the man from the council for the photo.',
    // resistant_to_help_round28
    'Dad is resistant to help from the drug service and the men he drinks with.',
    'The older man remains resistant to treatment for his diabetes.',
    'The boiler is resistant to rust and was fitted at the placement last year.',
    "Mum is resistant to support from children's services and says she can cope.",
    'The fabric is resistant to water and fire, the carer said about the new bedding at the home.',
    'The family remains resistant to engagement with the early help team.',
    'The men who control Ellie have made her frightened of professionals, so she does not yet feel safe with us.',
    'Her foster carer is resistant to any changes to the placement plan.',
    'Stepdad has been resistant to intervention from probation since his release.',
    'Staff at the home were resistant to the new risk assessment software.',
    // self_destructive_round28
    "Dad's self-destructive behaviour with alcohol puts the children at risk.",
    'The singer talked about her self-destructive ways with drugs in the interview.',
    'Mum has a self-destructive streak and drinks when she is low, which puts her at risk.',
    "The older men's self-destructive lifestyle of drugs and drink is the reason the flat was closed.",
    'The GP explained that self-destructive behaviours in adults can follow trauma and need support.',
    "The book's hero has self-destructive tendencies and takes dangerous risks.",
    "Her uncle's self-destructive choices with gambling put the family home at risk.",
    "Grandad's self-destructive path with alcohol worries the family.",
    'Theo is being exploited by older men; his behaviour is a response to that harm, not self-destructive.',
    // refuses_school_with_men_round28
    'Dad refuses to attend the parenting course with the other men from the group.',
    "Grandad won't go to the doctor with the older men from the lodge.",
    'Sara refused to go to school because older men were waiting at the gates and she was scared.',
    'Mum refused to attend the meeting with the men from the housing office.',
    'Amir will not go to school while the older lads are outside; he is frightened of them.',
    'Tom refuses to go camping with the older boys from Scouts because of his asthma.',
    'The older man refused to attend court and was arrested.',
    'Keeley refused to go in the car with the older men and rang her mum.',
    "Ben won't go to college on Fridays because he works with his dad and the men at the garage.",
    'Josh refused to attend the dentist with his dad and the older men from work.',
    // lets_men_in_round28
    'Mum lets older men from the church into the house for bible study.',
    'Dad allows the men in his band into the garage to rehearse at night.',
    'The hostel lets adults into the rooms only with staff present.',
    'The carer invited older men from the choir round for a party at the house.',
    'Grandma hosts older men at her flat for cards on Friday night.',
    'Jess was threatened by older men who forced their way into her flat.',
    "The older men took over Sam's flat and now use it to sell drugs.",
    'Aunt Sue lets them take photos of the new baby at home.',
    'The school allows adults in to the hall for the quiz night.',
  ])('not flagged: %s', none);

  // Another entry speaks to this sentence; the round-28 family must stay out of it.
  it.each([['I let the men from the removals firm into the flat and the child stayed with her nan.', 'lets_men_in_round28']])('%s: no %s', notFound);
});
