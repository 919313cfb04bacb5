import { describe, it } from 'vitest';
import { hasFinding as found, lacksFinding as notFound, noFindings as none } from '../../../test/fixtures/text-checks.ts';

// Round 28: the families of lexicon-round28.ts (wording no lexicon pattern touched in fresh27, fresh26 and fresh25). Each
// family with sentences in its general form that it must find, and ordinary sentences sharing its words that it must not
// flag: adults, ordinary life, school, a practitioner's own words, and child-centred wording that names the harm. The
// helpers run the reference checker too, which must agree with the fast path on every sentence.

describe('round 28: new families of wording (lexicon-round28.ts)', () => {
  it.each([
    ['Night staff log: Maisie sneaked out through the fire door to see a man in his thirties.', 'sneaked_out_round28'],
    ['Foster carer: Kai keeps sneaking off to meet older guys at the retail park.', 'sneaked_out_round28'],
    ['Youth worker: Poppy is obsessed with a man she met online and talks about him all day.', 'obsessed_addicted_round28'],
    ['Parent’s text: Leo is hooked on the group chat the older lads run and will not put his phone down.', 'obsessed_addicted_round28'],
    ['CID note: the girl, 13, is not believable because she went back to the flat.', 'not_credible_round28'],
    ['Home Office note: the boy gave no credible account of how he came to be in the lorry.', 'not_credible_round28'],
    ['Residential log: Holly encourages older men by flirting with them outside the shop.', 'encouraged_men_round28'],
    ['School DSL: Amira encouraged them by sending photos, so the online-safety plan was closed.', 'encouraged_men_round28'],
    ['Panel minutes: Tyler continues to place himself among older males at the park.', 'places_self_with_round28'],
    ['Social worker: Shannon keeps placing herself with men at the hostel despite advice.', 'places_self_with_round28'],
    ['Review minutes: Connor remains resistant to support, so the exploitation plan was closed.', 'resistant_to_help_round28'],
    ['MFH coordinator: Ruby is resistant to any intervention and keeps going missing.', 'resistant_to_help_round28'],
    ['CAMHS letter: Mollie’s self-destructive choices put her at risk from older men.', 'self_destructive_round28'],
    ['Case note: his self-destructive lifestyle of drugs and missing episodes continues.', 'self_destructive_round28'],
    ['Attendance note: Kayden refused to go to school and was seen at the garages with older lads.', 'refuses_school_with_men_round28'],
    ['Head of year: Lacey will not attend and is out most days with men in their twenties.', 'refuses_school_with_men_round28'],
    ['Housing officer: Jess, 15, lets older men into her flat most weekends.', 'lets_men_in_round28'],
    ['Residential log: Callum is letting adults in through the back door at night.', 'lets_men_in_round28'],
    ['Youth worker: Mia allows them to take photos of her in return for cash.', 'lets_men_in_round28'],
  ])('%s -> %s', found);

  it.each([
    // sneaked_out_round28
    'Dad snuck out of the meeting early to move the car.',
    'Tom sneaked out to meet his mates at the park after tea.',
    'The cat sneaks out at night through the window in the utility room.',
    'She snuck out of the party with her friends to get chips.',
    'The older man crept out of the house before his wife woke up.',
    'Ruby was groomed by a man of 30 who told her to sneak out at night and meet him in his car.',
    'The man encouraged Sara to sneak out at night to meet him.',
    // obsessed_addicted_round28
    'Dad is obsessed with football and the men’s five-a-side league.',
    'Mia is addicted to her phone and her friends’ group chat.',
    'The man was obsessed with her and sent her forty messages a night.',
    'Her older brother is obsessed with the gym.',
    'Grandad is hooked on the quiz show with the older contestants.',
    'Ellie is being groomed by a man who has made her obsessed with keeping in touch with him.',
    // not_credible_round28
    'Police said the bomb threat was not credible.',
    'The council had no credible plan for the library, the man from the residents’ group said.',
    'The man, 38, changed his story twice and is not credible.',
    // encouraged_men_round28
    'The coach encouraged the men to train harder before the final.',
    'The clinic encourages older men to come in for a health check.',
    'Police encouraged the men to hand in their knives during the amnesty.',
    'The teacher encouraged the boys by replying to their questions in the chat.',
    'Lily was groomed and pressured by the man, who encouraged her to send him pictures.',
    'Evie was encouraged by the man to reply to his messages, which is grooming.',
    'The girls’ teacher said the older men’s choir encourages the men to sing with confidence.',
    // places_self_with_round28
    'She placed herself with the older pupils at lunch to help them with reading.',
    'The social worker placed herself near the door with the older man during the visit.',
    'Grandad puts himself with the older men at the bowls club every Tuesday.',
    'The man keeps positioning himself near the school gates at home time.',
    'Amir put himself forward for the football team with the older boys.',
    'Leah is being targeted by older males who place themselves near her school.',
    // resistant_to_help_round28
    'Dad is resistant to help with his drinking.',
    'The bacteria are resistant to antibiotics, the GP said.',
    'Staff were resistant to the new rota at the home.',
    'Mum has been resistant to support from the family centre.',
    'Jade has not yet felt safe to work with us; the men who exploit her have told her not to talk to professionals.',
    // self_destructive_round28
    'The actor’s self-destructive lifestyle is the subject of the new film.',
    'Dad’s self-destructive behaviour around drink worried the family for years.',
    'The novel’s hero has a self-destructive streak and takes too many risks.',
    'Self-destructive behaviour in adults with depression needs a careful risk assessment.',
    // refuses_school_with_men_round28
    'Grandad refused to go to the hospital with the older men from the bowls club.',
    'Mum won’t attend the meeting with the men from the council.',
    'Sam refuses to attend because he is frightened of the older lads who wait outside school.',
    'Ava refused to go to the party with her friends from netball.',
    'Amy refused to go with the older men when they pulled up outside school.',
    'Keira won’t go back to the flat where the older men stay, and she told us why.',
    // lets_men_in_round28
    'The landlord lets older men into the hostel only after 9pm.',
    'The club allows men into the bar after the match.',
    'Mum lets them take pictures at the school play.',
    'Dad invited the men round for a barbecue at the house.',
    'The boy was groomed by a man who let himself into the flat at night.',
    'Jess is being exploited by older men who have taken over her flat.',
  ])('not flagged: %s', none);

  // Other entries already speak to these sentences; the new family must stay out of them.
  it.each([
    ['The defendant’s account is not credible, the judge told the jury.', 'not_credible_round28'],
    ['Ayesha gave a clear account; the allegation that she is not credible was withdrawn by the panel chair.', 'not_credible_round28'],
  ])('%s: no %s', notFound);
});
