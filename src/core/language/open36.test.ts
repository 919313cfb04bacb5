import { describe, it } from 'vitest';
import { expectLanguageRow } from '../../../test/fixtures/text-checks.ts';

// Session 22: paraphrase families from fresh36, a tuning set written in idiom and euphemism (lexicon-round36.ts), and
// the vetoes it showed were missing. Each row is [sentence, entry id or category, found?]; the reference checker must
// agree. Sentences are invented for this file, not taken from the evaluation sets.

type Row = [string, string, boolean];

describe('session 22: blame, consent and labels in idiom', () => {
  it.each<Row>([
    ['Carer says Nadia is her own undoing and will not listen.', 'own_undoing_round36', true],
    ['The unit manager called Josh a magnet for bother since the summer.', 'own_undoing_round36', true],
    ["Mum says he's more trouble than he's worth now he is out with the olders.", 'own_undoing_round36', true],
    ['She is too clever for her own good and the men know it.', 'own_undoing_round36', true],
    ['He went looking for his phone in the park.', 'own_undoing_round36', false],
    ['She went into it with her eyes wide open, the officer said, after the party in Wigan.', 'eyes_open_round36', true],
    ['He set himself up as a DJ for the youth club disco.', 'eyes_open_round36', false],
    ['Staff note Lacey was economical with the truth about the weekend.', 'untruthful_idioms_round36', true],
    ['She has twisted the staff round her little finger, the report says.', 'untruthful_idioms_round36', true],
    ['The library runs a group that tells tales from around the world.', 'untruthful_idioms_round36', false],
    ['Tom keeps slamming the door on support after the stabbing.', 'shuts_out_help_round36', true],
    ['She treats the unit like a hotel and comes back when the men drop her off.', 'shuts_out_help_round36', true],
    ['Stir the sauce until it thickens, then stir it up again.', 'shuts_out_help_round36', false],
    ['He has thrown his lot in with the lads from the estate.', 'freely_given_round36', true],
    ['She voted with her feet and went back to the flat.', 'freely_given_round36', true],
    ['Mum made her choice to move to the refuge with the children.', 'made_her_choices_round34', false],
    ['The council is a party to the care proceedings.', 'freely_given_round36', false],
    ['She has always liked older lads, her aunt says.', 'implies_consent', true],
    ["Ruby's patron, a man of 50, pays for her nails.", 'partner_euphemism_round36', true],
    ['Amber goes to her bloke’s flat; he is 31.', 'adult_centred_label', true],
    ['The girls’ netball team has a new sponsor, a garage in Thornaby.', 'partner_euphemism_round36', false],
    ['Her energy provider has sent a letter about the meter.', 'partner_euphemism_round36', false],
    ['Kai acts as a go-between for the dealers on the estate.', 'cce_trade_round36', true],
    ['He runs parcels for them between Stoke and Crewe.', 'cce_trade_round36', true],
    ['She stashes the gear for them under her bed at the placement.', 'cce_trade_round36', true],
    ['Dad has been earning more since he changed jobs.', 'cce_trade_round36', false],
    ['He is deep in the game now and the olders trust him with money.', 'in_the_game_round36', true],
    ['He was in the game for the under-14s on Sunday and scored.', 'in_the_game_round36', false],
    ['The 14-year-old escaped from the secure unit overnight.', 'escaped_from_care_round36', true],
    ['She escaped from the fire with minor burns.', 'escaped_from_care_round36', false],
    ['He did a runner from the placement at midnight.', 'criminalises_child', true],
    ['The customer did a runner from the cafe without paying.', 'criminalises_child', false],
    ['Boy did a runner from the children’s home again.', 'ran_off', false],
  ])('%s [%s present: %s]', expectLanguageRow);
});

describe('session 22: harm played down and the child sexualised, in idiom', () => {
  it.each<Row>([
    ['Officer logged it as a bit of a scuffle between the girl (14) and the man.', 'minimises_harm', true],
    ['Risk has now eased and the plan can close, though she still goes to the flat.', 'harm_idioms_round36', true],
    ['The pictures the man asked for were put down to teenage silliness.', 'harm_idioms_round36', true],
    ['Her uncle gets a bit handsy, she says.', 'harm_idioms_round36', true],
    ['The cost of the trip is small beer compared with the budget.', 'harm_idioms_round36', false],
    ['The groping on the bus by the older boys was called horseplay.', 'minimises_harm', true],
    ['The PE teacher stopped some horseplay between two Year 7s.', 'play_framing_round36', false],
    ["He's a grown lad, he can look after himself, his dad says.", 'grown_lad_round36', true],
    ['She could pass for an adult, the men told police.', 'sexual_reputation_round36', true],
    ['The night porter said she looked way older than 15 with make-up on.', 'sexual_reputation_round36', true],
    ['She dresses far too grown-up for twelve and the men notice.', 'sexual_reputation_round36', true],
    ['In her school photo she looks much older than her brother.', 'sexual_reputation_round36', false],
    ['Taxi drivers describe Lily as forward with them.', 'fast_forward_round36', true],
    ['He is a fast learner and plays forward for the school.', 'fast_forward_round36', false],
    ['Staff call her a party girl who goes out with the older crowd.', 'party_girl_round34', true],
    ['Mum bought party bags for her little brother’s birthday party.', 'party_girl_round34', false],
  ])('%s [%s present: %s]', expectLanguageRow);
});

describe('session 22: vetoes for literal senses', () => {
  it.each<Row>([
    ['Nina made her bed and tidied her room before school.', 'blaming_idiom_round13', false],
    ['He made his bed when he went back to the flat, and now he has to lie in it.', 'blaming_idiom_round13', true],
    ['Jamie ate a handful of sweets at the meeting.', 'character_labels', false],
    ['She made herself available for the video interview at 2pm.', 'gets_self_into', false],
    ['She makes herself available to older males at the bus station.', 'gets_self_into', true],
    ['The hinge on her bedroom door is loose.', 'loose_label', false],
    ['The hotel owners were complicit in what the men did.', 'complicit', false],
  ])('%s [%s present: %s]', expectLanguageRow);
});
