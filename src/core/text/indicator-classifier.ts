import { CURRENT_FRAMEWORK, type CategoryKey } from '../indicators/index.ts';
import { contextOf, type Context } from './context.ts';
import { INDICATOR_CLASSIFIER_MODEL } from './indicator-classifier-model.ts';
import { bestSpan, columnScores, type ParsedModel, sentenceRuns } from './sentence-features.ts';
import { tokenize } from './tokenize.ts';

// A sentence classifier beside the indicator spotter (RESULTS.md "Indicator classifier experiment (session 19)"). The
// spotter lists wording; new writers' misses are wording no earlier set used. This one-vs-rest logistic regression per
// SAFEGUARD category over a sentence's words, stems and word pairs (the language classifier's features,
// sentence-features.ts), trained on the main dev split and the tuning sets (scripts/train-indicator-classifier.ts),
// suggests *possible* signs: only in a sentence where the spotter found nothing of that category, with the code a
// second model (one column per code) scores highest within the category, the run of at most six words that weighed most
// as the span, and ConText's flags for that span. Off by default: `lantern indicators --classifier` adds them. Pure,
// linear in the length of the note.

/** A possible sign: the spotter's finding shape, marked `possible`, with the category model's probability. */
export type PossibleIndicatorFinding = { code: string; category: string; start: number; end: number; text: string } & Context & {
    possible: true;
    probability: number;
  };

/** The models: one column per category, and one per code (for the code within a category). */
export type IndicatorModels = { categories: readonly string[]; codes: readonly string[]; category: ParsedModel; code: ParsedModel };

type SparseModel = { bias: readonly number[]; features: string };

/** Parses one model's text form: a feature a line, `feature\tcolumn:weight column:weight` (weights times scale; absent = 0). */
export function parseSparseModel(m: SparseModel, scale: number): ParsedModel {
  const K = m.bias.length;
  const weights = new Map<string, Float64Array>();
  for (const line of m.features.split('\n')) {
    if (line === '') continue;
    const tab = line.lastIndexOf('\t');
    const w = new Float64Array(K);
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.indexOf(':');
      w[Number(cell.slice(0, colon))] = Number(cell.slice(colon + 1)) / scale;
    }
    weights.set(line.slice(0, tab), w);
  }
  return { bias: Float64Array.from(m.bias, (b) => b / scale), weights };
}

let parsed: IndicatorModels | null = null;
function builtIn(): IndicatorModels {
  const m = INDICATOR_CLASSIFIER_MODEL;
  return (parsed ??= {
    categories: m.categories,
    codes: m.codes,
    category: parseSparseModel(m.category, m.scale),
    code: parseSparseModel(m.code, m.scale),
  });
}

/** The probability at or above which a category is suggested: chosen by the cross-validation (scripts/indicator-classifier-cv.ts). */
export const DEFAULT_INDICATOR_THRESHOLD: number = INDICATOR_CLASSIFIER_MODEL.threshold;

const CATEGORY_OF = new Map<string, CategoryKey>(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.category]));

export type SuggestIndicatorOptions = {
  threshold?: number; // default DEFAULT_INDICATOR_THRESHOLD
  currentYear?: number; // as findIndicators: an earlier year near the span makes it historical
  models?: IndicatorModels; // another model (the cross-validation's); default the built-in one
};

/**
 * Possible signs in `text`: per sentence, each SAFEGUARD category the model scores at or above the threshold where
 * `found` (the spotter's findings for the same text, findIndicators) has nothing of that category in the sentence.
 */
export function suggestIndicators(
  text: string,
  found: readonly { start: number; end: number; category: string }[] = [],
  opts: SuggestIndicatorOptions = {},
): PossibleIndicatorFinding[] {
  const m = opts.models ?? builtIn();
  const threshold = opts.threshold ?? DEFAULT_INDICATOR_THRESHOLD;
  const tokens = tokenize(text);
  const out: PossibleIndicatorFinding[] = [];
  const Kc = m.categories.length;
  let offset = 0;
  for (const run of sentenceRuns(tokens)) {
    const from = run[0]!.start;
    const to = run[run.length - 1]!.end;
    const words = run.map((t) => t.norm);
    const cat = columnScores(words, m.category);
    let code: Float64Array | null = null;
    for (let c = 0; c < Kc; c++) {
      const probability = 1 / (1 + Math.exp(-cat.logit[c]!));
      const category = m.categories[c]!;
      if (probability < threshold || found.some((f) => f.category === category && f.start < to && f.end > from)) continue;
      code ??= columnScores(words, m.code).logit;
      let best = -1;
      for (let k = 0; k < m.codes.length; k++) if (CATEGORY_OF.get(m.codes[k]!) === category && (best < 0 || code[k]! > code[best]!)) best = k;
      if (best < 0) continue;
      const [a, b] = bestSpan(cat.contrib, run.length, Kc, c);
      const start = run[a]!.start;
      const end = run[b]!.end;
      const ctx = contextOf(tokens, offset + a, offset + b + 1, opts.currentYear === undefined ? {} : { currentYear: opts.currentYear });
      out.push({ code: m.codes[best]!, category, start, end, text: text.slice(start, end), ...ctx, possible: true, probability });
    }
    offset += run.length;
  }
  return out;
}
