// Rewording a flagged phrase in a note (issue 4, part 3: "each finding can be accepted"). Every lexicon alternative is
// guidance on how to record a concern (a whole sentence, often with instructions and placeholders: "An adult aged
// [age] ...: record the age gap"), not wording to splice into the middle of the practitioner's sentence: pasted in, it
// put "She is The child is at increased vulnerability..." into the legal record, and its "may" made the indicator
// spotter read the signs as hypothetical. So accepting a finding means the practitioner writes the replacement words
// themselves, and these rules check them, in the browser (live) and on the server (review page and on save) alike.
import { isPossibleRef, type LanguageFinding } from './types.ts';

/** The longest replacement for one flagged phrase: a phrase or a clause, not a new note. */
export const MAX_REWORDING_LENGTH = 500;
/** A dismissal needs a reason of at least this many characters (the review page's rule, live too). A reviewer found
 * "n/a" passing at 3: a dismissed finding is read later by safeguarding leads, so the reason must say something. */
export const MIN_DISMISS_REASON_LENGTH = 10;
export const MAX_DISMISS_REASON_LENGTH = 1000;

// Words that fill the box without giving a reason ("n/a", "none", "ok", "not applicable", "no reason").
const PLACEHOLDER_REASON_WORDS = new Set([
  'n',
  'a',
  'na',
  'none',
  'nil',
  'ok',
  'okay',
  'fine',
  'no',
  'not',
  'applicable',
  'reason',
  'given',
  'nothing',
  'test',
  'tbc',
  'x',
  'xx',
]);

export const DISMISS_REASON_TOO_SHORT = `Give a reason for dismissing this suggestion, at least ${MIN_DISMISS_REASON_LENGTH} characters`;
export const DISMISS_REASON_TOO_LONG = `The reason must be ${MAX_DISMISS_REASON_LENGTH} characters or fewer`;
export const DISMISS_REASON_PLACEHOLDER = 'Say why this wording is right here (for example, who said it): “n/a”, “none” or “ok” is not a reason';

/** A reason that only fills the box: every word a placeholder ("not applicable", "n/a n/a"), or no words at all
 * ("xxxxxxxxxx", ".........."). */
export function isPlaceholderReason(reason: string): boolean {
  const r = reason.trim().toLowerCase();
  const letters = new Set(r.replace(/[^\p{L}]/gu, ''));
  return letters.size < 3 || r.split(/[^\p{L}\p{N}]+/u).every((w) => !w || PLACEHOLDER_REASON_WORDS.has(w));
}

/** Why a dismissal reason will not do, or undefined when it will: the same rule in the browser, on the review page, in
 * the live decisions posted with an entry and in the API (services/inputs/chronology.ts DismissReason). */
export function dismissReasonProblem(reason: string): string | undefined {
  const r = reason.trim();
  if (r.length < MIN_DISMISS_REASON_LENGTH) return DISMISS_REASON_TOO_SHORT;
  if (r.length > MAX_DISMISS_REASON_LENGTH) return DISMISS_REASON_TOO_LONG;
  return isPlaceholderReason(r) ? DISMISS_REASON_PLACEHOLDER : undefined;
}

// "[age]", "[who]": a placeholder in the guidance, to be replaced with what the practitioner knows.
const PLACEHOLDER = /\[[^\]\n]{0,80}\]/;
// "(record their age)", "(record who, if known)": an instruction in the guidance, not a fact about the child.
const INSTRUCTION = /\((?:record|note|say|add|describe|give)\b[^)\n]{0,120}\)/i;

const normalise = (s: string) =>
  s
    .trim()
    .replace(/[.;:!]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

// Words that open a noun phrase. The span is only the flagged words ("older boyfriend"), so new wording that brings its
// own ("a man aged about 25") after the note's ("by her") reads "by her a man aged about 25" in the legal record.
const DETERMINERS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'my', 'your', 'our', 'its', 'this', 'that', 'these', 'those']);
const lastWord = (s: string): string => /([\p{L}']+)\s*$/u.exec(s)?.[1]?.toLowerCase() ?? '';
const firstWord = (s: string): string => /^\s*([\p{L}']+)/u.exec(s)?.[1]?.toLowerCase() ?? '';

/** Where the new wording meets the note's own words: two noun-phrase openers, or the same word twice ("to to"). */
function seamError(before: string, wording: string, after: string): string | null {
  const [prev, first, last, next] = [lastWord(before), firstWord(wording), lastWord(wording), firstWord(after)];
  // Only when the words touch: across a comma or a full stop they belong to different phrases.
  const touchingBefore = /[\p{L}']\s*$/u.test(before);
  const touchingAfter = /^\s*[\p{L}']/u.test(after);
  if (touchingBefore && prev && (prev === first || (DETERMINERS.has(prev) && DETERMINERS.has(first))))
    return `The entry would read “${prev} ${first}”: leave “${first}” out of the new wording, or word it to follow “${prev}”`;
  if (touchingAfter && next && next === last) return `The entry would read “${last} ${next}”: leave “${last}” out of the new wording`;
  return null;
}

export type RewordSpan = {
  /** Offsets of the flagged words in `text` (UTF-16 code units). */
  start: number;
  end: number;
  /** The finding's lexicon entry id, or `classifier:<category>` for a possible finding. */
  ref: string;
};

export type RewordResult = { ok: true; wording: string; text: string; start: number; end: number } | { ok: false; error: string };

/**
 * Checks the practitioner's new wording for a flagged span and, when it passes, gives the text with the span replaced
 * and the new wording's offsets in it. The rules: not empty; at most MAX_REWORDING_LENGTH characters; no placeholder
 * ("[age]") or instruction ("(record their age)") left from the guidance; not one of the guidance sentences copied
 * whole; not clashing with the words either side ("her a man", "to to"); and, read in the sentence it goes into, not flagged itself: by any lexicon entry, or (for a possible finding)
 * by the sentence classifier for the same category. `check` is the checker to read it with (checkLanguage, or
 * checkLanguageWithClassifier when the finding is a possible one), passed in so that this stays free of the model.
 */
export function reword(
  text: string,
  span: RewordSpan,
  rawWording: string,
  guidance: readonly string[],
  check: (text: string) => readonly LanguageFinding[],
): RewordResult {
  const wording = rawWording.trim();
  if (!wording) return { ok: false, error: 'Enter the new wording' };
  if (wording.length > MAX_REWORDING_LENGTH) return { ok: false, error: `The new wording must be ${MAX_REWORDING_LENGTH} characters or fewer` };
  const placeholder = PLACEHOLDER.exec(wording)?.[0];
  if (placeholder) return { ok: false, error: `Replace “${placeholder}” with what you know, or leave it out: it is a placeholder in the guidance` };
  const instruction = INSTRUCTION.exec(wording)?.[0];
  if (instruction) return { ok: false, error: `Replace “${instruction}” with what you know, or leave it out: it is an instruction in the guidance` };
  if (guidance.some((g) => normalise(g) === normalise(wording)))
    return { ok: false, error: 'That is the guidance itself: write what happened in your own words, following it' };
  const seam = seamError(text.slice(0, span.start), wording, text.slice(span.end));
  if (seam) return { ok: false, error: seam };
  const replaced = text.slice(0, span.start) + wording + text.slice(span.end);
  const end = span.start + wording.length;
  const flagged = check(replaced).find((f) => f.start < end && f.end > span.start && (!isPossibleRef(f.entryId) || f.entryId === span.ref));
  if (flagged) return { ok: false, error: `The new wording is flagged too (“${flagged.text}”): ${flagged.explanation}` };
  return { ok: true, wording, text: replaced, start: span.start, end };
}

/** The sentence of `text` around a span: the note's own words, for a finding whose span is only the words that
 * weighed most (the sentence classifier's), so that it is never shown cut ("draw attention from older" without "men"). */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(Math.max(0, before), after < 0 ? text.length : end + after + 1).trim();
}
