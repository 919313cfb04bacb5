import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../core/language/check.ts';
import { LEXICON_BY_ID } from '../core/language/lexicon-index.ts';
import { findingKey, groupBy, quoteAll, rewordAll, signKey, timesLabel, whereLabel } from './note-check-model.ts';

describe('grouping the live panel’s findings', () => {
  it('puts identical wording in one group, in the order first found, and keeps quoted words apart', () => {
    const text = 'Staff say she is promiscuous. She was “promiscuous”, he said. Mum says promiscuous again. She is streetwise.';
    const groups = groupBy(checkLanguage(text), findingKey);
    expect(groups.map((g) => [g.items[0]!.text, g.items[0]!.quoted, g.items.length])).toEqual([
      ['promiscuous', false, 2],
      ['promiscuous', true, 1],
      ['streetwise', false, 1],
    ]);
  });

  it('makes one card of a long note’s repeated wording', () => {
    const text = 'Staff describe her as promiscuous. '.repeat(70);
    const groups = groupBy(checkLanguage(text), findingKey);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.items).toHaveLength(70);
  });

  it('groups sign lines by indicator, reading and words, case aside', () => {
    const signs = [
      { code: 'am_missing', text: 'went missing' },
      { code: 'am_missing', text: 'Went missing' },
      { code: 'am_missing', text: 'went missing' },
    ];
    const readings = ['current', 'current', 'in the past'];
    expect(groupBy(signs, (s) => signKey(s, readings[signs.indexOf(s)]!)).map((g) => g.items.length)).toEqual([2, 1]);
  });

  it.each([
    [1, ''],
    [2, ' (2 times)'],
    [70, ' (70 times)'],
  ])('counts %i as %j', (n, label) => {
    expect(timesLabel(n)).toBe(label);
  });

  it('says which field a finding is in', () => {
    expect(whereLabel('', 'summary')).toBe('In the summary');
    expect(whereLabel('the interview findings', 'findings')).toBe('In the interview findings');
  });
});

describe('acting on a whole group', () => {
  const at = (text: string, words: string) => {
    const spans = [];
    for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) spans.push({ start: i, end: i + words.length, text: words });
    return spans;
  };

  it('puts every one in quotation marks', () => {
    const text = 'He is streetwise. Mum says streetwise too.';
    expect(quoteAll(text, at(text, 'streetwise'))).toBe('He is “streetwise”. Mum says “streetwise” too.');
  });

  it('rewords every one, each checked in its own sentence', () => {
    const text = 'She keeps putting herself at risk. On Friday she was putting herself at risk again.';
    const guidance = LEXICON_BY_ID.get('putting_self_at_risk')!.alternatives;
    const spans = at(text, 'putting herself at risk');
    const ok = rewordAll(text, spans, 'putting_self_at_risk', 'being taken to flats by adults', guidance, checkLanguage);
    expect(ok).toMatchObject({
      ok: true,
      wording: 'being taken to flats by adults',
      text: 'She keeps being taken to flats by adults. On Friday she was being taken to flats by adults again.',
    });
    expect(rewordAll(text, spans, 'putting_self_at_risk', 'placing herself at risk', guidance, checkLanguage)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/flagged too/) as string,
    });
  });
});
