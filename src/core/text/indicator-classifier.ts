import { CURRENT_FRAMEWORK, type CategoryKey } from '../indicators/index.ts';
import { type Context, type ContextCache, contextDetailArrays, newContextCache } from './context.ts';
import { INDICATOR_CLASSIFIER_MODEL } from './indicator-classifier-model.ts';
import { bestSpan, markRuns, type ParsedModel, runBounds } from './sentence-features.ts';
import { columnContrib, compiled, featuresOf, logitsOf, newRunFeatures, tokenEntries, type WordEntry } from './sentence-model.ts';
import { newTokenArrays, scanText, type TokenArrays } from './tokenize.ts';

// A sentence classifier beside the indicator spotter (RESULTS.md "Indicator classifier experiment (session 19)"). The
// spotter lists wording; new writers' misses are wording no earlier set used. This one-vs-rest logistic regression per
// SAFEGUARD category over a sentence's words, stems and word pairs (the language classifier's features,
// sentence-features.ts), trained on the main dev split and the tuning sets (scripts/train-indicator-classifier.ts),
// suggests *possible* signs: only in a sentence where the spotter found nothing of that category, with the code a
// second model (one column per code) scores highest within the category, the run of at most six words that weighed most
// as the span, and ConText's flags for that span. `lantern indicators` and the note's check page add them (RESULTS.md
// session 20). Pure, linear in the length of the note.

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
  tokens?: TokenArrays; // the text already scanned (tokenize.ts scanText), when the caller has it: not scanned again
};

// Per models: each category's column, and the code columns of each category (in the models' order).
type Layout = { column: Map<string, number>; codesOf: number[][] };
const layouts = new WeakMap<IndicatorModels, Layout>();
function layoutOf(m: IndicatorModels): Layout {
  let l = layouts.get(m);
  if (l === undefined) {
    const column = new Map(m.categories.map((c, k) => [c, k]));
    const codesOf = m.categories.map((category) => m.codes.flatMap((code, k) => (CATEGORY_OF.get(code) === category ? [k] : [])));
    layouts.set(m, (l = { column, codesOf }));
  }
  return l;
}

// Scratch, reused across calls (the function is synchronous): the note's scanned tokens, its runs, one run's features.
const TA = newTokenArrays(1024);
const RUNS = { at: new Int32Array(64) };
const CAT_FEATURES = newRunFeatures();
const CODE_FEATURES = newRunFeatures();
const ENTRIES: WordEntry[] = [];
let contrib = new Float64Array(64);

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
  const ta = opts.tokens ?? scanText(text, TA);
  const out: PossibleIndicatorFinding[] = [];
  if (ta.n === 0) return out;
  const Kc = m.categories.length;
  const cat = compiled(m.category);
  const codes = compiled(m.code);
  const { column, codesOf } = layoutOf(m);
  const runs = runBounds(ta, RUNS);
  const at = RUNS.at;
  // Per run, the categories the spotter found something of (bit per column; Kc <= 31).
  const covered = new Int32Array(runs);
  for (const f of found) {
    const c = column.get(f.category);
    if (c !== undefined) markRuns(ta, at, runs, f.start, f.end, covered, 1 << c);
  }
  const logit = new Float64Array(Kc);
  let codeLogit: Float64Array | null = null;
  const ctxOpts = opts.currentYear === undefined ? {} : { currentYear: opts.currentYear };
  let perSentence: ContextCache | null = null; // ConText's sentence analyses, from the first possible sign
  for (let r = 0; r < runs; r++) {
    const from = at[r]!;
    const n = at[r + 1]! - from;
    logitsOf(cat, featuresOf(cat, tokenEntries(cat, ta, from, n, ENTRIES), n, CAT_FEATURES), logit);
    let codeDone = false;
    for (let c = 0; c < Kc; c++) {
      const probability = 1 / (1 + Math.exp(-logit[c]!));
      if (probability < threshold || (covered[r]! & (1 << c)) !== 0) continue;
      if (!codeDone) {
        codeLogit = logitsOf(codes, featuresOf(codes, tokenEntries(codes, ta, from, n, ENTRIES), n, CODE_FEATURES), codeLogit ?? new Float64Array(codes.K));
        codeDone = true;
      }
      let best = -1;
      for (const k of codesOf[c]!) if (best < 0 || codeLogit![k]! > codeLogit![best]!) best = k;
      if (best < 0) continue;
      if (contrib.length < n) contrib = new Float64Array(2 * n);
      const [a, b] = bestSpan(columnContrib(cat, CAT_FEATURES, c, contrib), n, 1, 0);
      const start = ta.start[from + a]!;
      const end = ta.end[from + b]!;
      const { negated, hypothetical, historical, experiencer } = contextDetailArrays(ta, from + a, from + b + 1, ctxOpts, (perSentence ??= newContextCache()));
      out.push({
        code: m.codes[best]!,
        category: m.categories[c]!,
        start,
        end,
        text: text.slice(start, end),
        negated,
        hypothetical,
        historical,
        experiencer,
        possible: true,
        probability,
      });
    }
  }
  return out;
}
