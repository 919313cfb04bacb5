import { describe, expect, it } from 'vitest';
import { checkLanguage, silencedByContext } from './check.ts';
import { CLASSIFIER_MODEL } from './classifier-model.ts';
import {
  CLASSIFIER_CATEGORIES,
  checkLanguageWithClassifier,
  DEFAULT_CLASSIFIER_THRESHOLD,
  parseModel,
  scorePossible,
  scoreTokens,
  sentenceFeatures,
  suggestLanguage,
} from './classifier.ts';
import { forEachFeature } from '../text/sentence-features.ts';
import { columnScores } from '../text/sentence-model.ts';
import { tokenize } from '../text/tokenize.ts';
import { LANGUAGE_CATEGORY_KEYS } from './types.ts';
import { FACTUAL_CHECK_SENTENCES, FACTUAL_SENTENCES, KNOWN_FALSE_ALARMS, PROBE_SENTENCES } from '../../../test/fixtures/eval/factual-negatives.ts';

// Sentences written for these tests (not from the evaluation sets).
describe('the language sentence classifier', () => {
  it('loads its generated model', () => {
    const m = parseModel(CLASSIFIER_MODEL);
    expect(m.weights.size).toBeGreaterThan(1000);
    expect(m.bias).toHaveLength(LANGUAGE_CATEGORY_KEYS.length);
    expect(CLASSIFIER_CATEGORIES).toEqual(LANGUAGE_CATEGORY_KEYS);
    expect(DEFAULT_CLASSIFIER_THRESHOLD).toBeGreaterThan(0.5);
    expect(DEFAULT_CLASSIFIER_THRESHOLD).toBeLessThan(1);
  });

  it('scores deterministically', () => {
    const text = 'He was described as a willing courier for the group and the assault was logged as a scuffle.';
    const a = scoreTokens(tokenize(text));
    const b = scoreTokens(tokenize(text));
    expect(a).toEqual(b);
    expect(suggestLanguage(text, [], { threshold: 0.2 })).toEqual(suggestLanguage(text, [], { threshold: 0.2 }));
  });

  it('scores as the feature strings do, to the last bit (the compiled model, sentence-model.ts)', () => {
    // A curly apostrophe (a non-ASCII word), capitals, a stem, word pairs and an adult's age beside a relationship word.
    const text = 'Mum’s new PARTNER, who is 24, keeps choosing to collect her from school.';
    const words = tokenize(text).map((t) => t.norm);
    const m = parseModel(CLASSIFIER_MODEL);
    const logit = Array.from(m.bias);
    const features: string[] = [];
    forEachFeature(words, (f) => {
      features.push(f);
      const w = m.weights.get(f);
      if (w !== undefined) for (let c = 0; c < logit.length; c++) if (w[c] !== 0) logit[c]! += w[c]!;
    });
    expect(features).toEqual(expect.arrayContaining(["u:mum's", 's:mum', 's:choos', 'b:new partner', 'h:age_rel']));
    expect(Array.from(columnScores(words, m).logit)).toEqual(logit);
    expect(scorePossible(text, [], 0, m).map((s) => s.probability)).toEqual(logit.map((z) => 1 / (1 + Math.exp(-z))));
  });

  it('builds word, stem, pair and adult-age features', () => {
    expect(sentenceFeatures(['her', 'partner', 'aged', '27'])).toEqual(expect.arrayContaining(['u:her', 'b:her partner', 'u:27', 'h:age_rel']));
    expect(sentenceFeatures(['choosing', 'to'])).toContain('s:choos');
    expect(sentenceFeatures(['she', 'is', '15'])).not.toContain('h:age_rel');
  });

  it('finds a paraphrase the lexicon does not list, as a possible finding with a span inside it', () => {
    const text = 'Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.';
    const lexicon = checkLanguage(text);
    expect(lexicon.some((f) => f.category === 'criminalises_child')).toBe(false);
    const possible = suggestLanguage(text, lexicon);
    expect(possible).toEqual([
      expect.objectContaining({ category: 'criminalises_child', possible: true, entryId: 'classifier:criminalises_child', quoted: false }),
    ]);
    const f = possible[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toContain('dealing');
    expect(f.explanation).toMatch(/^Possible/);
    expect(f.alternatives.length).toBeGreaterThanOrEqual(1);
    expect(f.source).toContain('Appropriate language');
  });

  it("reads the model's wording in context as the lexicon reads its own", () => {
    // The model flags these on its own (checked before the rule was added): criticism of the wording, and an adult's own
    // offence, silence it as they do the lexicon.
    for (const text of [
      "The Children's Society guide says we should avoid saying a child is putting herself at risk.",
      'The perpetrator is a known gang member from Croydon, aged 27.',
    ])
      expect(suggestLanguage(text, checkLanguage(text)), text).toEqual([]);
    expect(silencedByContext('The perpetrator is a known gang member.', [{ start: 4, end: 38, category: 'criminalises_child' }])).toEqual([true]);
    expect(silencedByContext('Chloe is a known gang member.', [{ start: 6, end: 28, category: 'criminalises_child' }])).toEqual([false]);
    expect(silencedByContext('Staff called her a rent boy; this is victim-blaming language.', [{ start: 19, end: 27, category: 'sexualises' }])).toEqual([
      true,
    ]);
    expect(silencedByContext('He told staff "the perpetrator is a known gang member".', [{ start: 19, end: 53, category: 'criminalises_child' }])).toEqual([
      false,
    ]);
  });

  it('adds nothing of a category the lexicon already found in the sentence', () => {
    const text = 'Kai is a drug dealer who sells for the older lads in Ipswich.';
    const lexicon = checkLanguage(text);
    expect(lexicon.map((f) => f.category)).toContain('criminalises_child');
    expect(suggestLanguage(text, lexicon).filter((f) => f.category === 'criminalises_child')).toEqual([]);
    // Without the lexicon's findings it would be suggested.
    expect(suggestLanguage(text, []).map((f) => f.category)).toContain('criminalises_child');
  });

  it.each([
    'She chose a sandwich at lunch and went to maths.',
    'Home visit completed, Mum present, the house was clean and tidy and the children were well.',
    'He was driven to school by his uncle as arranged with mum.',
    'Reviewed medication with the GP; blood pressure normal.',
    'Strategy meeting held; police to apply for a child abduction warning notice against the adult.',
    '',
  ])('stays quiet on a neutral note: %s', (text) => {
    expect(checkLanguageWithClassifier(text).filter((f) => f.possible)).toEqual([]);
  });

  // Factual case-note sentences about signs of exploitation, written for this check (RESULTS.md "Classifier: factual
  // negatives"; never trained on): recording that a child was found with drugs, came back with injuries or was picked up
  // late at night is not victim-blaming wording.
  const factual = [...PROBE_SENTENCES, ...FACTUAL_SENTENCES, ...FACTUAL_CHECK_SENTENCES];
  it.each(factual.filter((t) => !KNOWN_FALSE_ALARMS.includes(t)))('raises no possible finding on a factual sentence: %s', (text) => {
    expect(suggestLanguage(text, checkLanguage(text))).toEqual([]);
  });

  it('raises no possible finding on a note made of the factual sentences, except in the known false alarms', () => {
    expect(KNOWN_FALSE_ALARMS.length).toBeLessThanOrEqual(2);
    for (const t of KNOWN_FALSE_ALARMS) expect(factual).toContain(t);
    const note = factual.join(' ');
    for (const f of suggestLanguage(note, checkLanguage(note)))
      expect(KNOWN_FALSE_ALARMS.some((t) => note.indexOf(t) <= f.start && f.end <= note.indexOf(t) + t.length)).toBe(true);
  });

  it.each([
    ['Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.', 'criminalises_child'],
    ['She puts herself about with men she meets online.', 'blames_child'],
    ['Ella brings a lot of this on herself by staying out.', 'blames_child'],
  ])('still finds blaming wording the lexicon does not hold: %s', (text, category) => {
    const lexicon = checkLanguage(text);
    expect(lexicon.some((f) => f.category === category)).toBe(false);
    expect(suggestLanguage(text, lexicon).map((f) => f.category)).toContain(category);
  });

  it('keeps the lexicon findings unchanged and adds possible ones in order', () => {
    const text = 'Jodie is streetwise. Kai seems to enjoy the status of dealing for the older lads.';
    const lexicon = checkLanguage(text);
    const all = checkLanguageWithClassifier(text);
    expect(all.filter((f) => !f.possible)).toEqual(lexicon);
    expect(all.map((f) => f.start)).toEqual([...all.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('gives spans in UTF-16 offsets of the input, and marks a span inside quotation marks as quoted', () => {
    const text = '😀😀 Note: Kai said “I just do a bit of dealing for the older lads, it pays” 😀.';
    for (const f of suggestLanguage(text, [], { threshold: 0.3 })) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      if (f.text.includes('dealing')) expect(f.quoted).toBe(true);
    }
  });

  it('uses only child-centred wording in its explanations and alternatives', () => {
    const text = 'Kai seems to enjoy the status of dealing for the older lads.';
    for (const f of suggestLanguage(text, [], { threshold: 0 })) {
      for (const s of [f.explanation, ...f.alternatives]) expect(s).not.toMatch(/promiscu|chose to|prostitut|lifestyle/i);
    }
  });

  // Quadratic work on these notes would run for minutes and fail on the test's time-out; the figures are the bench's.
  it('handles a 100 KB adversarial note and a long note with no sentence end', { timeout: 20_000 }, () => {
    const words = ['dealing', 'for', 'the', 'older', 'lads', 'her', 'boyfriend', '27', 'willing', '“', 'chose', 'to'];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += words[(i * 7) % words.length]! + (i % 97 === 0 ? '. ' : ' ');
    const out = checkLanguageWithClassifier(text);
    expect(out.length).toBeGreaterThan(0);
    for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(suggestLanguage('a '.repeat(50_000))).toEqual([]);
  });
});
