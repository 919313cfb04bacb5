import { quoteSpans, tokenize, type Token } from '../text/tokenize.ts';
import { checkLanguage, silencedByContext } from './check.ts';
import { CLASSIFIER_MODEL } from './classifier-model.ts';
import { indexQuotes, insideQuote, type QuoteIndex, withExtraQuotes } from './quotes.ts';
import { POSSIBLE_TEXT, possibleEntry, POSSIBLE_SOURCE_TITLE } from './possible.ts';
import { isPossibleRef, LANGUAGE_CATEGORY_KEYS, type LanguageCategory, type LanguageFinding, POSSIBLE_REF_PREFIX } from './types.ts';

export { isPossibleRef, POSSIBLE_REF_PREFIX, possibleEntry };

// A small sentence classifier beside the lexicon (RESULTS.md round 12). The lexicon is precise but lists only the wording
// its authors foresaw; this one-vs-rest logistic regression over a sentence's words and word pairs, trained on the
// annotated tuning sets (scripts/train-language-classifier.ts), reaches paraphrases the lexicon does not list. Its hits
// are shown as *possible* findings, with the category's explanation and the words that weighed most as the span, and
// only where the lexicon found nothing of that category in the sentence. Factual sentences about signs of exploitation
// (the indicator sets' child-centred recording, where the lexicon finds nothing) are trained on as clean, so that drugs
// found in a search or a return from missing are not read as blame (RESULTS.md "Classifier: factual negatives"). Pure,
// linear in the length of the note: one pass to tokenize, one map lookup per feature.

/** The categories in the model's column order. */
export const CLASSIFIER_CATEGORIES: readonly LanguageCategory[] = LANGUAGE_CATEGORY_KEYS;

// Default probability threshold, chosen by leave-one-collection-out cross-validation (scripts/classifier-cv.ts,
// RESULTS.md round 12): the highest recall whose precision stays at the lexicon's own.
export const DEFAULT_CLASSIFIER_THRESHOLD = CLASSIFIER_MODEL.threshold;

// A run-on note without full stops is cut into windows of this many tokens, so that a legacy note of hundreds of words
// is scored as pieces of sentence size (the size the model was trained on).
const MAX_SENTENCE_TOKENS = 60;
// The span is the best contiguous run of contributing words, at most this long.
const MAX_SPAN_TOKENS = 6;

// ---------------------------------------------------------------------------------------------------------------
// Features (shared with the training script, so that training and use see the same features)

// An adult's age: 18 to 79 on its own or as "19-year-old", "24yo", "20s"; or an age group in words.
const ADULT_AGE_WORDS = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'mid-twenties', 'mid-thirties', 'mid-forties']);
function isAdultAge(w: string): boolean {
  if (ADULT_AGE_WORDS.has(w)) return true;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (!(c0 >= 49 && c0 <= 55 && c1 >= 48 && c1 <= 57)) return false; // two digits, 10 .. 79
  if (c0 === 49 && c1 < 56) return false; // 10 .. 17
  if (w.length === 2) return true;
  const rest = w.slice(2);
  return rest === 's' || rest === 'yo' || rest === '-year-old' || rest === '-years-old' || rest === 'yrs' || rest === '-yr-old';
}

// Words that name a relationship or an older person: with an adult's age nearby, an adult in a relationship with a
// child (the most frequent adult-centred label and consent wording in the sets).
const RELATIONSHIP_WORDS = new Set([
  'boyfriend',
  'girlfriend',
  'partner',
  'bf',
  'fella',
  'man',
  'men',
  'lover',
  'fiance',
  'fiancé',
  'husband',
  'friend',
  'friends',
  'mate',
  'mates',
  'older',
  'relationship',
  'dating',
  'seeing',
]);
const AGE_WINDOW = 5;

// A light suffix strip, so that "choosing", "chooses" and "choosed" share a feature with each other (not with "chose").
export function stem(w: string): string {
  let s = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('ly')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s;
}

/**
 * The features of one sentence (its lowercased words), each with the token range it comes from: `u:` word, `s:` stem
 * (when it differs from the word), `b:` pair of adjacent words, `h:age_rel` an adult's age within a few words of a
 * relationship word. `emit(feature, firstToken, lastToken)` is called once per occurrence, in order.
 */
export function forEachFeature(words: readonly string[], emit: (feature: string, first: number, last: number) => void): void {
  const n = words.length;
  let lastAge = -1_000_000;
  let lastRel = -1_000_000;
  let ageRelDone = false;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    emit(`u:${w}`, i, i);
    const st = stem(w);
    if (st !== w) emit(`s:${st}`, i, i);
    if (i + 1 < n) emit(`b:${w} ${words[i + 1]!}`, i, i + 1);
    if (!ageRelDone) {
      if (isAdultAge(w)) lastAge = i;
      if (RELATIONSHIP_WORDS.has(w)) lastRel = i;
      if (lastAge >= 0 && lastRel >= 0 && Math.abs(lastAge - lastRel) <= AGE_WINDOW) {
        emit('h:age_rel', Math.min(lastAge, lastRel), Math.max(lastAge, lastRel));
        ageRelDone = true;
      }
    }
  }
}

/** The distinct features of a sentence (for training). */
export function sentenceFeatures(words: readonly string[]): string[] {
  const seen = new Set<string>();
  forEachFeature(words, (f) => seen.add(f));
  return [...seen];
}

// ---------------------------------------------------------------------------------------------------------------
// The model, parsed on first use from its compact text form (classifier-model.ts)

const K = CLASSIFIER_CATEGORIES.length;

export type ParsedModel = { bias: Float64Array; weights: Map<string, Float64Array> };

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
  const logit = Float64Array.from(m.bias);
  const contrib = new Float64Array(n * K); // contrib[i * K + c]
  forEachFeature(words, (f, first, last) => {
    const w = m.weights.get(f);
    if (w === undefined) return;
    const share = 1 / (last - first + 1);
    for (let c = 0; c < K; c++) {
      const x = w[c]!;
      if (x === 0) continue;
      logit[c]! += x;
      for (let i = first; i <= last; i++) contrib[i * K + c]! += x * share;
    }
  });
  const out: SentenceScore[] = [];
  for (let c = 0; c < K; c++) {
    const probability = 1 / (1 + Math.exp(-logit[c]!));
    if (probability < minProbability) continue; // no span needed
    // Best window of at most MAX_SPAN_TOKENS tokens (O(n * MAX_SPAN_TOKENS)); ties go to the earlier, shorter window.
    let bestSum = -Infinity;
    let bestFrom = 0;
    let bestTo = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = i; j < n && j < i + MAX_SPAN_TOKENS; j++) {
        sum += contrib[j * K + c]!;
        if (sum > bestSum + 1e-12) {
          bestSum = sum;
          bestFrom = i;
          bestTo = j;
        }
      }
    }
    // Trim words at either end that pull the other way.
    while (bestTo > bestFrom && contrib[bestFrom * K + c]! <= 0) bestFrom++;
    while (bestTo > bestFrom && contrib[bestTo * K + c]! <= 0) bestTo--;
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

/** The token runs the classifier scores as sentences: the tokenizer's sentences, long ones cut into windows. */
export function sentenceRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (run.length > 0 && (run[run.length - 1]!.sentence !== t.sentence || run.length >= MAX_SENTENCE_TOKENS)) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// ---------------------------------------------------------------------------------------------------------------
// Possible findings

export type SuggestOptions = {
  threshold?: number; // probability at or above which a category is suggested (default: the model's, from the cross-validation)
  model?: ParsedModel; // another model (the cross-validation trains one per fold); default: the built-in one
};

export type ScoredFinding = { finding: LanguageFinding; probability: number };

/**
 * Possible findings: per sentence of `text`, each category the classifier scores at or above the threshold, where
 * `lexicon` (the lexicon's findings for the same text) has no finding of that category in the sentence. The span is
 * the words that weighed most; `possible: true`, `entryId: 'classifier:<category>'`.
 */
export function suggestLanguage(text: string, lexicon: readonly LanguageFinding[] = [], opts: SuggestOptions = {}): LanguageFinding[] {
  const threshold = opts.threshold ?? DEFAULT_CLASSIFIER_THRESHOLD;
  return scorePossible(text, lexicon, threshold, opts.model).map((s) => s.finding);
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

/** suggestLanguage with each finding's probability (`minProbability` 0: every category the lexicon left open, in every sentence). */
export function scorePossible(text: string, lexicon: readonly LanguageFinding[], minProbability: number, m: ParsedModel = model()): ScoredFinding[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const out: ScoredFinding[] = [];
  let quotes: QuoteIndex | null = null;
  const runs = sentenceRuns(tokens);
  const covered = coveredCategories(runs, lexicon);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    for (const s of scoreTokens(run, m, minProbability)) {
      if ((covered[r]! & (1 << CLASSIFIER_CATEGORIES.indexOf(s.category))) !== 0) continue;
      quotes ??= indexQuotes(withExtraQuotes(text, quoteSpans(text)));
      const t = POSSIBLE_TEXT[s.category];
      out.push({
        probability: s.probability,
        finding: {
          start: s.start,
          end: s.end,
          text: text.slice(s.start, s.end),
          entryId: `${POSSIBLE_REF_PREFIX}${s.category}`,
          category: s.category,
          explanation: t.explanation,
          alternatives: t.alternatives.slice(),
          source: POSSIBLE_SOURCE_TITLE,
          quoted: insideQuote(quotes, s.start, s.end),
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

// Per run, a bit per category of the lexicon findings that overlap it: a binary search per finding, so that a note with
// thousands of findings and sentences stays linear-logarithmic.
function coveredCategories(runs: readonly (readonly Token[])[], lexicon: readonly LanguageFinding[]): Uint8Array {
  const mask = new Uint8Array(runs.length);
  for (const f of lexicon) {
    const bit = 1 << CLASSIFIER_CATEGORIES.indexOf(f.category);
    // The first run that ends after the finding starts.
    let lo = 0;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const run = runs[mid]!;
      if (run[run.length - 1]!.end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let r = lo; r < runs.length && runs[r]![0]!.start < f.end; r++) mask[r]! |= bit;
  }
  return mask;
}
