import { describe, expect, it } from 'vitest';
import { contextOf, type Context } from './context.ts';
import { tokenize } from './tokenize.ts';

// Context of the words `target` inside `text`.
function ctx(text: string, target: string, opts: { currentYear?: number } = {}): Context {
  const tokens = tokenize(text);
  const at = text.toLowerCase().indexOf(target.toLowerCase());
  if (at < 0) throw new Error(`"${target}" not in "${text}"`);
  const s = tokens.findIndex((t) => t.start >= at);
  const e = tokens.findIndex((t) => t.start >= at + target.length);
  return contextOf(tokens, s, e < 0 ? tokens.length : e, opts);
}

const NONE: Context = { negated: false, hypothetical: false, historical: false, experiencer: 'child' };

describe('contextOf', () => {
  it.each<[string, string, Partial<Context>, { currentYear?: number }?]>([
    // negation, pre
    ['No concerns about drugs.', 'drugs', { negated: true }],
    ['She denies going missing.', 'going missing', { negated: true }],
    ['There is no evidence of self-harm.', 'self-harm', { negated: true }],
    ['No signs of injuries seen.', 'injuries', { negated: true }],
    ['She has not been drinking.', 'drinking', { negated: true }],
    ["She didn't go missing this weekend.", 'go missing', { negated: true }],
    ['Nil concerns re exploitation.', 'exploitation', { negated: true }],
    ['Never been excluded.', 'excluded', { negated: true }],
    ['Tested negative for chlamydia.', 'chlamydia', { negated: true }],
    // negation, post
    ['CSE ruled out by the strategy meeting.', 'CSE', { negated: true }],
    ['Drug use denied.', 'drug use', { negated: true }],
    ['Chlamydia screen negative.', 'chlamydia', { negated: true }],
    // scope termination
    ['She denies drugs but was found with cannabis.', 'cannabis', NONE],
    ['She denies drugs but was found with cannabis.', 'drugs', { negated: true }],
    ['No concerns at school, however she went missing on Friday.', 'went missing', NONE],
    ['She did not attend school and was found with cannabis.', 'cannabis', NONE],
    ['No drugs; cannabis found in her room.', 'cannabis', NONE],
    // pseudo-negations
    ['Police: no further action re the assault.', 'assault', NONE],
    ['Not only missing from school but also from home.', 'missing', NONE],
    ['She could not explain the new phone.', 'new phone', NONE],
    ['No explanation for the money.', 'money', NONE],
    ['She is no longer going missing.', 'going missing', { historical: true }],
    // hypothetical
    ['If she goes missing again, call the police.', 'goes missing', { hypothetical: true }],
    ['She may be using cannabis.', 'cannabis', { hypothetical: true }],
    ['Worried that she might be self-harming.', 'self-harming', { hypothetical: true }],
    ['She is at risk of sexual exploitation.', 'sexual exploitation', { hypothetical: true }],
    ['Possible CSE.', 'CSE', { hypothetical: true }],
    ['Cannot rule out exploitation.', 'exploitation', { hypothetical: true, negated: false }],
    ['Advice given about alcohol and drugs.', 'alcohol', { hypothetical: true }],
    ['Offered a screen for chlamydia.', 'chlamydia', { hypothetical: true }],
    ['In May she went missing twice.', 'went missing', NONE],
    // historical
    ['In 2019 she went missing from care.', 'went missing', { historical: true }],
    ['She went missing in 2019.', 'went missing', { historical: true }],
    ['Previously excluded from school.', 'excluded', { historical: true }],
    ['History of self-harm.', 'self-harm', { historical: true }],
    ['She used to drink heavily.', 'drink heavily', { historical: true }],
    ['Sexually abused as a child.', 'sexually abused', { historical: true }],
    ['Seen on 12/03/2024 after going missing.', 'going missing', NONE],
    ['Seen on 12/03/2019 after going missing.', 'going missing', NONE],
    // with a current year every earlier year counts
    ['Seen on 12/03/2019 after going missing.', 'going missing', { historical: true }, { currentYear: 2026 }],
    ['Excluded in 2019 but now missing.', 'missing', NONE],
    // experiencer
    ['Mum drinks heavily.', 'drinks heavily', { experiencer: 'other' }],
    ['Her mother uses cocaine daily.', 'cocaine', { experiencer: 'other' }],
    ["Mum's partner deals drugs from the flat.", 'deals drugs', { experiencer: 'other' }],
    ['Her older brother was arrested for supply.', 'arrested', { experiencer: 'other' }],
    ['Mum reports she has been going missing.', 'going missing', NONE],
    ['Mum said that she drinks vodka.', 'drinks vodka', NONE],
    ['Mum found cannabis in her room.', 'cannabis', NONE],
    ["Mum's partner gave her cannabis.", 'cannabis', NONE],
    ['She and her friends were drinking in the park.', 'drinking', NONE],
    ['She is drinking.', 'drinking', NONE],
  ])('%s [%s]', (text, target, expected, opts) => {
    expect(ctx(text, target, opts)).toEqual({ ...NONE, ...expected });
  });

  it('never throws on out-of-range spans', () => {
    const tokens = tokenize('She went missing.');
    expect(contextOf(tokens, -1, 2)).toEqual(NONE);
    expect(contextOf(tokens, 10, 12)).toEqual(NONE);
    expect(contextOf([], 0, 1)).toEqual(NONE);
    expect(contextOf(tokens, 2, 1)).toEqual(NONE);
  });
});
