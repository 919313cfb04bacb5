import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check.ts';
import { checkLanguageWithClassifier } from './classifier.ts';
import { LEXICON_BY_ID } from './lexicon-index.ts';
import { dismissReasonProblem, MAX_DISMISS_REASON_LENGTH, MAX_REWORDING_LENGTH, reword, sentenceAround } from './reword.ts';

const NOTE = 'She keeps putting herself at risk. She went missing on Friday.';
const span = { start: NOTE.indexOf('putting'), end: NOTE.indexOf(' risk.') + ' risk'.length, ref: 'putting_self_at_risk' };
const guidance = LEXICON_BY_ID.get('putting_self_at_risk')!.alternatives;
const run = (wording: string) => reword(NOTE, span, wording, guidance, checkLanguage);

describe('rewording a flagged phrase', () => {
  it('replaces exactly the flagged span with the practitioner’s own words', () => {
    const r = run('  being taken to a flat where adults aged about 25 give her alcohol ');
    expect(r).toEqual({
      ok: true,
      wording: 'being taken to a flat where adults aged about 25 give her alcohol',
      text: 'She keeps being taken to a flat where adults aged about 25 give her alcohol. She went missing on Friday.',
      start: span.start,
      end: span.start + 'being taken to a flat where adults aged about 25 give her alcohol'.length,
    });
  });

  it.each([
    ['', /^Enter the new wording$/],
    ['   ', /^Enter the new wording$/],
    ['x'.repeat(MAX_REWORDING_LENGTH + 1), /500 characters or fewer/],
    ['being groomed by an adult aged [age]', /Replace “\[age\]”.*placeholder/],
    ['seen with [who] at the flat', /Replace “\[who\]”/],
    ['with an older person (record their age)', /Replace “\(record their age\)”.*instruction/],
    // The guidance copied whole, with or without its full stop, in any case.
    [`${guidance[0]!.toUpperCase()}.`, /the guidance itself/],
    // Flagged itself, by the same entry or another.
    ['putting herself at risk', /flagged too \(“putting herself at risk”\)/],
    ['placing herself at risk', /flagged too/],
    ['being streetwise', /flagged too \(“streetwise”\)/],
  ])('refuses %j', (wording, error) => {
    const r = run(wording);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('refuses wording that clashes with the words either side of the span, and names them', () => {
    const note = 'She was picked up again by her older boyfriend in a car.';
    const s = { start: note.indexOf('older'), end: note.indexOf(' in a car'), ref: 'older_boyfriend' };
    const clash = reword(note, s, 'a man aged about 25', [], checkLanguage);
    expect(clash).toEqual({ ok: false, error: expect.stringMatching(/would read “her a”: leave “a” out/) });
    expect(reword(note, s, 'The Man, aged 25', [], checkLanguage)).toMatchObject({ ok: false, error: expect.stringMatching(/“her the”/) });
    expect(reword(note, s, 'adult contact, a man of 25, in', [], checkLanguage)).toMatchObject({ ok: false, error: expect.stringMatching(/“in in”/) });
    expect(reword(note, s, 'adult contact (a man aged about 25)', [], checkLanguage)).toMatchObject({
      ok: true,
      text: 'She was picked up again by her adult contact (a man aged about 25) in a car.',
    });
    // Across punctuation the words belong to different phrases.
    const listed = 'Seen with: older boyfriend, and two friends.';
    const t = { start: listed.indexOf('older'), end: listed.indexOf(','), ref: 'older_boyfriend' };
    expect(reword(listed, t, 'a man aged about 25', [], checkLanguage)).toMatchObject({ ok: true });
  });

  it('does not blame the new wording for a finding elsewhere in the note', () => {
    const note = 'He is streetwise. He keeps putting himself at risk.';
    const s = { start: note.indexOf('putting'), end: note.length - 1, ref: 'putting_self_at_risk' };
    expect(reword(note, s, 'being taken to a flat by adults', [], checkLanguage)).toMatchObject({ ok: true });
  });

  it('reads a possible finding’s new wording with the classifier, for the same category only', () => {
    const note = 'Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.';
    const possible = checkLanguageWithClassifier(note).find((f) => f.possible)!;
    const s = { start: possible.start, end: possible.end, ref: possible.entryId };
    expect(reword(note, s, 'dealing for the older lads', [], checkLanguageWithClassifier)).toMatchObject({ ok: false });
    expect(reword(note, s, 'being made to carry drugs by adults', [], checkLanguageWithClassifier)).toMatchObject({ ok: true });
  });
});

describe('a reason for dismissing a finding', () => {
  it.each(['Said by police', 'Quoting the 2015 referral word for word', '  The child’s own phrase  ', 'Not in this note'])('accepts %j', (reason) => {
    expect(dismissReasonProblem(reason)).toBeUndefined();
  });

  it.each([
    ['', /at least 10 characters/],
    ['n/a', /at least 10 characters/],
    ['   ok    ', /at least 10 characters/],
    ['not applicable', /is not a reason/],
    ['n/a n/a n/a', /is not a reason/],
    ['None. None.', /is not a reason/],
    ['No reason given', /is not a reason/],
    ['xxxxxxxxxxxx', /is not a reason/],
    ['..........', /is not a reason/],
    ['x'.repeat(MAX_DISMISS_REASON_LENGTH + 1), /1000 characters or fewer/],
  ])('refuses %j', (reason, problem) => {
    expect(dismissReasonProblem(reason)).toMatch(problem);
  });
});

describe('the sentence around a span', () => {
  it.each([
    [
      'Her clothing choices draw attention from older men. Seen at 9pm.',
      'clothing choices draw attention from older',
      'Her clothing choices draw attention from older men.',
    ],
    ['First line\nHe was dealing for them\nlast line', 'dealing', 'He was dealing for them'],
    ['No full stop at all', 'full', 'No full stop at all'],
  ])('in %j', (text, words, sentence) => {
    const start = text.indexOf(words);
    expect(sentenceAround(text, start, start + words.length)).toBe(sentence);
  });
});
