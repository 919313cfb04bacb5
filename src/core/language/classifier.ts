import { bestSpan, forEachFeature, markRuns, type ParsedModel, runBounds, sentenceFeatures, sentenceRuns, stem } from '../text/sentence-features.ts';
import { columnContrib, compiled, featuresOf, logitsOf, newRunFeatures, tokenEntries, type WordEntry, wordEntry } from '../text/sentence-model.ts';
import { newTokenArrays, quoteSpans, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';
import { checkLanguage, silencedByContext } from './check.ts';
import { CLASSIFIER_MODEL } from './classifier-model.ts';
import { indexQuotes, insideQuote, type QuoteIndex, withExtraQuotes } from './quotes.ts';
import { POSSIBLE_TEXT, possibleEntry, POSSIBLE_SOURCE_TITLE } from './possible.ts';
import { isPossibleRef, LANGUAGE_CATEGORY_KEYS, type LanguageCategory, type LanguageFinding, POSSIBLE_REF_PREFIX } from './types.ts';

export { isPossibleRef, POSSIBLE_REF_PREFIX, possibleEntry };
// The features and sentence runs live in core/text/sentence-features.ts (shared with the indicator classifier).
export { forEachFeature, type ParsedModel, sentenceFeatures, sentenceRuns, stem };

// A small sentence classifier beside the lexicon (RESULTS.md round 12). The lexicon is precise but lists only the wording
// its authors foresaw; this one-vs-rest logistic regression over a sentence's words and word pairs, trained on the
// annotated tuning sets (scripts/train-language-classifier.ts), reaches paraphrases the lexicon does not list. Its hits
// are shown as *possible* findings, with the category's explanation and the words that weighed most as the span, and
// only where the lexicon found nothing of that category in the sentence. Factual sentences about signs of exploitation
// (the indicator sets' child-centred recording, where the lexicon finds nothing) are trained on as clean, so that drugs
// found in a search or a return from missing are not read as blame (RESULTS.md "Classifier: factual negatives"). Pure,
// linear in the length of the note: one scan, one table lookup per word (core/text/sentence-model.ts).

/** The categories in the model's column order. */
export const CLASSIFIER_CATEGORIES: readonly LanguageCategory[] = LANGUAGE_CATEGORY_KEYS;

// Default probability threshold, chosen by leave-one-collection-out cross-validation (scripts/classifier-cv.ts,
// RESULTS.md round 12): the highest recall whose precision stays at the lexicon's own.
export const DEFAULT_CLASSIFIER_THRESHOLD = CLASSIFIER_MODEL.threshold;

// ---------------------------------------------------------------------------------------------------------------
// The model, parsed on first use from its compact text form (classifier-model.ts)

const K = CLASSIFIER_CATEGORIES.length;

/** Parses the text form written by the training script: one feature a line, `feature\tw0 w1 w2 w3 w4 w5`, and the biases (integers / scale, blank = 0). */
export function parseModel(model: { scale: number; bias: readonly number[]; features: string }): ParsedModel {
  const weights = new Map<string, Float64Array>();
  for (const line of model.features.split('\n')) {
    if (line === '') continue;
    const tab = line.lastIndexOf('\t');
    const cells = line.slice(tab + 1).split(' ');
    const w = new Float64Array(K);
    for (let c = 0; c < K; c++) {
      const cell = cells[c] ?? '';
      w[c] = cell === '' ? 0 : Number(cell) / model.scale;
    }
    weights.set(line.slice(0, tab), w);
  }
  return { bias: Float64Array.from(model.bias, (b) => b / model.scale), weights };
}

let parsed: ParsedModel | null = null;
function model(): ParsedModel {
  return (parsed ??= parseModel(CLASSIFIER_MODEL));
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring

export type SentenceScore = {
  category: LanguageCategory;
  probability: number;
  start: number; // UTF-16 offsets of the words that weighed most (a contiguous run), in the input text
  end: number;
  words: string[]; // those words, lowercased
};

/**
 * Scores one sentence (its tokens, in order) for each category: the probability, and the contiguous run of at most
 * MAX_SPAN_TOKENS words whose contributions (their word and stem weights, half of each pair they belong to) add up to
 * the most. `m` is the model (the built-in one by default; the cross-validation passes its own). Categories scored
 * below `minProbability` are left out.
 */
export function scoreTokens(tokens: readonly Token[], m: ParsedModel = model(), minProbability = 0): SentenceScore[] {
  const n = tokens.length;
  const words = tokens.map((t) => t.norm);
  const cm = compiled(m);
  const f = featuresOf(
    cm,
    words.map((w) => wordEntry(cm, w)),
    n,
    newRunFeatures(),
  );
  const logit = logitsOf(cm, f, new Float64Array(K));
  const contrib = new Float64Array(n);
  const out: SentenceScore[] = [];
  for (let c = 0; c < K; c++) {
    const probability = 1 / (1 + Math.exp(-logit[c]!));
    if (probability < minProbability) continue; // no span needed
    const [bestFrom, bestTo] = bestSpan(columnContrib(cm, f, c, contrib), n, 1, 0);
    out.push({
      category: CLASSIFIER_CATEGORIES[c]!,
      probability,
      start: n > 0 ? tokens[bestFrom]!.start : 0,
      end: n > 0 ? tokens[bestTo]!.end : 0,
      words: words.slice(bestFrom, bestTo + 1),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Possible findings

export type SuggestOptions = {
  threshold?: number; // probability at or above which a category is suggested (default: the model's, from the cross-validation)
  model?: ParsedModel; // another model (the cross-validation trains one per fold); default: the built-in one
  tokens?: TokenArrays; // the text already scanned (tokenize.ts scanText), when the caller has it: not scanned again
};

export type ScoredFinding = { finding: LanguageFinding; probability: number };

/**
 * Possible findings: per sentence of `text`, each category the classifier scores at or above the threshold, where
 * `lexicon` (the lexicon's findings for the same text) has no finding of that category in the sentence. The span is
 * the words that weighed most; `possible: true`, `entryId: 'classifier:<category>'`.
 */
export function suggestLanguage(text: string, lexicon: readonly LanguageFinding[] = [], opts: SuggestOptions = {}): LanguageFinding[] {
  const threshold = opts.threshold ?? DEFAULT_CLASSIFIER_THRESHOLD;
  return scorePossible(text, lexicon, threshold, opts.model, opts.tokens).map((s) => s.finding);
}

/**
 * The lexicon's findings (check.ts) and the classifier's possible ones together, by start: what the note editor (live
 * and on save) and `lantern check-language` show. A separate function, not an option of checkLanguage, so that the
 * lexicon-only paths (the retrospective review of millions of notes, the MASE minutes) do not carry the model.
 */
export function checkLanguageWithClassifier(text: string, opts: SuggestOptions = {}): LanguageFinding[] {
  const lexicon = checkLanguage(text);
  const possible = suggestLanguage(text, lexicon, opts);
  if (possible.length === 0) return lexicon;
  return [...lexicon, ...possible].sort((a, b) => a.start - b.start || a.end - b.end);
}

// Scratch for scorePossible: the note's tokens (scanned without a Token object or norm string per word), its runs, one
// run's features, logits and contributions. Reused across calls (the function is synchronous).
const TA = newTokenArrays(1024);
const RUNS = { at: new Int32Array(64) };
const FEATURES = newRunFeatures();
const ENTRIES: WordEntry[] = [];
const LOGIT = new Float64Array(K);
let contrib = new Float64Array(64);

/** suggestLanguage with each finding's probability (`minProbability` 0: every category the lexicon left open, in every sentence). */
export function scorePossible(
  text: string,
  lexicon: readonly LanguageFinding[],
  minProbability: number,
  m: ParsedModel = model(),
  scanned?: TokenArrays,
): ScoredFinding[] {
  const ta = scanned ?? scanText(text, TA);
  if (ta.n === 0) return [];
  const cm = compiled(m);
  const out: ScoredFinding[] = [];
  let quotes: QuoteIndex | null = null;
  const runs = runBounds(ta, RUNS);
  const at = RUNS.at;
  const covered = coveredCategories(ta, at, runs, lexicon);
  for (let r = 0; r < runs; r++) {
    const from = at[r]!;
    const n = at[r + 1]! - from;
    const logit = logitsOf(cm, featuresOf(cm, tokenEntries(cm, ta, from, n, ENTRIES), n, FEATURES), LOGIT);
    for (let c = 0; c < K; c++) {
      if ((covered[r]! & (1 << c)) !== 0) continue;
      const probability = 1 / (1 + Math.exp(-logit[c]!));
      if (probability < minProbability) continue;
      if (contrib.length < n) contrib = new Float64Array(2 * n);
      const [a, b] = bestSpan(columnContrib(cm, FEATURES, c, contrib), n, 1, 0);
      const start = ta.start[from + a]!;
      const end = ta.end[from + b]!;
      const category = CLASSIFIER_CATEGORIES[c]!;
      quotes ??= indexQuotes(withExtraQuotes(text, quoteSpans(text)));
      const t = POSSIBLE_TEXT[category];
      out.push({
        probability,
        finding: {
          start,
          end,
          text: text.slice(start, end),
          entryId: `${POSSIBLE_REF_PREFIX}${category}`,
          category,
          explanation: t.explanation,
          alternatives: t.alternatives.slice(),
          source: POSSIBLE_SOURCE_TITLE,
          quoted: insideQuote(quotes, start, end),
          possible: true,
        },
      });
    }
  }
  // The lexicon's context rules hold for the model's wording too (a review criticising it, an adult's own offence).
  const silenced = silencedByContext(
    text,
    out.map((s) => s.finding),
  );
  return out.filter((_, k) => !silenced[k]);
}

// Per run, a bit per category of the lexicon findings that overlap it. Run r is tokens [at[r], at[r + 1]) of `ta`.
function coveredCategories(ta: TokenArrays, at: Int32Array, runs: number, lexicon: readonly LanguageFinding[]): Uint8Array {
  const mask = new Uint8Array(runs);
  for (const f of lexicon) markRuns(ta, at, runs, f.start, f.end, mask, 1 << CLASSIFIER_CATEGORIES.indexOf(f.category));
  return mask;
}
