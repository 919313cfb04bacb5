import { describe, it } from 'vitest';
import { expectLanguageRow } from '../../../test/fixtures/text-checks.ts';

// Session 22: idiom families from fresh37, an indicator-heavy tuning set by a writer from services in Wales, Scotland and
// Northern Ireland (lexicon-round38.ts), and the literal or child-centred senses that stay quiet. Each row is [sentence,
// entry id or category, found?]; the reference checker must agree. Sentences are invented for this file, not taken from
// the evaluation sets.

type Row = [string, string, boolean];

describe('session 22: blame, consent and playing down in everyday idiom', () => {
  it.each<Row>([
    ['Carer: Ffion keeps landing herself in trouble with the men at the garage.', 'own_head_round38', true],
    ['He has brought it on his own head by going back to the flat.', 'own_head_round38', true],
    ['She is making a rod for her own back every time she goes to the caravan.', 'own_head_round38', true],
    ['The plane landed in Belfast on time.', 'own_head_round38', false],
    ['She was warned about the consequences of her behaviour with older men.', 'consequences_of_behaviour_round38', true],
    ['The class talked about the consequences of their actions in the science experiment.', 'consequences_of_behaviour_round38', false],
    ['A bit of cannabis never hurt anyone, his uncle told the worker.', 'blows_over_round38', true],
    ['Dad says he is just a lad being a lad with the older boys.', 'blows_over_round38', true],
    ['Police 2001: the assault was logged as a domestic tiff with her boyfriend (27).', 'blows_over_round38', true],
    ['Only a minor concern, the messages from the 30-year-old, the note says.', 'blows_over_round38', true],
    ['Losing the cup final is hardly the end of the world, the coach said.', 'blows_over_round38', false],
    ['The storm will blow over by the weekend.', 'blows_over_round38', false],
    ['Old file: the girl knew full well what she was doing, the officer wrote.', 'knew_full_well_round38', true],
    ["Her nan says that's the life she wants now, with the older lads.", 'knew_full_well_round38', true],
    ['He knew full well what the homework was.', 'knew_full_well_round38', false],
    ['She has been groomed and controlled by the men at the garage.', 'implies_consent', false],
  ])('%s (%s: %s)', (text, key, present) => {
    expectLanguageRow(text, key, present);
  });
});
