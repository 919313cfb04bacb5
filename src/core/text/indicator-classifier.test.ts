import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS, CURRENT_FRAMEWORK } from '../indicators/index.ts';
import { DEFAULT_INDICATOR_THRESHOLD, parseSparseModel, suggestIndicators } from './indicator-classifier.ts';
import { INDICATOR_CLASSIFIER_MODEL } from './indicator-classifier-model.ts';
import { findIndicators } from './indicators.ts';
import { forEachFeature } from './sentence-features.ts';
import { tokenize } from './tokenize.ts';

// Sentences written for these tests (not from the evaluation sets).
const OLDER = 'The lads he hangs around with are all in their twenties and pick him up in a black car after school.';
const QUIET = 'Nothing of concern was noted during the visit.';
const CATEGORY_OF = new Map(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.category]));

describe('the indicator sentence classifier', () => {
  it('loads its generated model: one column per SAFEGUARD category, codes of the current framework', () => {
    expect(INDICATOR_CLASSIFIER_MODEL.categories).toEqual(CATEGORY_KEYS);
    for (const code of INDICATOR_CLASSIFIER_MODEL.codes) expect(CATEGORY_OF.has(code)).toBe(true);
    expect(DEFAULT_INDICATOR_THRESHOLD).toBe(0.8);
  });

  it('suggests a possible sign in wording the spotter does not list, with a code of that category and ConText flags', () => {
    expect(findIndicators(OLDER, { currentYear: 2026 })).toEqual([]);
    const possible = suggestIndicators(OLDER, [], { currentYear: 2026 });
    expect(possible).toEqual([
      expect.objectContaining({ category: 'gangs_older_crime', possible: true, negated: false, hypothetical: false, experiencer: 'child' }),
    ]);
    const f = possible[0]!;
    expect(CATEGORY_OF.get(f.code)).toBe('gangs_older_crime');
    expect(OLDER.slice(f.start, f.end)).toBe(f.text);
    expect(f.text.split(' ').length).toBeLessThanOrEqual(6);
    expect(f.probability).toBeGreaterThanOrEqual(DEFAULT_INDICATOR_THRESHOLD);
  });

  it('scores as the feature strings do, to the last bit (the compiled model, sentence-model.ts)', () => {
    const text = `Mum’s new PARTNER, who is 24, keeps choosing to collect her from school and buys her vapes.`;
    const m = parseSparseModel(INDICATOR_CLASSIFIER_MODEL.category, INDICATOR_CLASSIFIER_MODEL.scale);
    const logit = Array.from(m.bias);
    forEachFeature(
      tokenize(text).map((t) => t.norm),
      (f) => {
        const w = m.weights.get(f);
        if (w !== undefined) for (let c = 0; c < logit.length; c++) if (w[c] !== 0) logit[c]! += w[c]!;
      },
    );
    expect(suggestIndicators(text, [], { threshold: 0 }).map((f) => f.probability)).toEqual(logit.map((z) => 1 / (1 + Math.exp(-z))));
  });

  it('adds nothing where the spotter already found that category in the sentence, and only that sentence counts', () => {
    const text = `${QUIET} ${OLDER}`;
    const inOther = [{ start: 0, end: 7, category: 'gangs_older_crime' }];
    expect(suggestIndicators(text, inOther).map((f) => f.category)).toEqual(['gangs_older_crime']);
    const at = text.indexOf('twenties');
    const inSame = [{ start: at, end: at + 8, category: 'gangs_older_crime' }];
    expect(suggestIndicators(text, inSame)).toEqual([]);
    // Another category found there does not block it.
    expect(suggestIndicators(text, [{ start: at, end: at + 8, category: 'technology' }]).map((f) => f.category)).toEqual(['gangs_older_crime']);
  });

  it('suggests nothing in a sentence of no concern, in empty text, or above a probability of 1', () => {
    expect(suggestIndicators(QUIET, [])).toEqual([]);
    expect(suggestIndicators('', [])).toEqual([]);
    expect(suggestIndicators(OLDER, [], { threshold: 1.01 })).toEqual([]);
  });

  it('is deterministic, and a lower threshold only adds suggestions', () => {
    const text = `${OLDER} She came back to the unit at 4am, shaking, and would not say where she had been or who drove her.`;
    expect(suggestIndicators(text, [])).toEqual(suggestIndicators(text, []));
    const high = suggestIndicators(text, [], { threshold: 0.95 });
    const low = suggestIndicators(text, [], { threshold: 0.5 });
    for (const f of high) expect(low).toContainEqual(f);
    expect(low.length).toBeGreaterThanOrEqual(high.length);
  });
});
