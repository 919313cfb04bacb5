import { CURRENT_FRAMEWORK, type CategoryKey } from '../indicators/index.ts';
import { arraysAndCache, contextDetailArrays, newContextCache, type Context, type ContextCache, type ContextOptions } from './context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from './indicator-phrases.ts';
import { compileCues, filterByCues } from './cues.ts';
import { childIsObject } from './experiencer.ts';
import { compilePatterns, type PhraseMatch } from './matcher.ts';
import { newTokenArrays, scanText, type Token, type TokenArrays } from './tokenize.ts';

export type IndicatorFinding = { code: string; category: string; start: number; end: number; text: string } & Context;

const CATEGORY_BY_CODE = new Map<string, CategoryKey>(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.category]));

function categoryOf(code: string): CategoryKey {
  const c = CATEGORY_BY_CODE.get(code);
  // indicators.test.ts checks every code against CURRENT_FRAMEWORK, so this only fires on a broken build.
  if (c === undefined) throw new Error(`Indicator code "${code}" is not in framework ${CURRENT_FRAMEWORK.version}`);
  return c;
}

const INDICATOR_MATCHER = compilePatterns(INDICATOR_PHRASES.map((value) => ({ patterns: value.patterns, value })));

/** Tokens either side of a match in which an entry's cues are looked for, unless the entry sets `window`. */
export const INDICATOR_CUE_WINDOW = 6;
// Cue conditions (requiresNear/unlessNear) of the entries, by entry index; checked only around candidate matches.
const INDICATOR_CUES = compileCues(INDICATOR_PHRASES, INDICATOR_CUE_WINDOW);
const ENTRY_INDEX = new Map<IndicatorPhraseEntry, number>(INDICATOR_PHRASES.map((e, i) => [e, i]));
const specOf = (e: IndicatorPhraseEntry): number => ENTRY_INDEX.get(e) ?? -1;

// Codes whose definition names another person as the one affected (framework 2026.1: a parent's substance misuse or
// mental health, a relative linked to exploiters, friends or peers who are exploited), and codes that are about an
// earlier period by definition (abuse in the past). The person is often inside the finding's own words ("her sister
// was exploited"), where ConText cannot see them as a trigger.
const OTHER_BY_DEFINITION: ReadonlySet<string> = new Set([
  'fa_parental_substance_misuse',
  'fa_parental_mental_health',
  'fa_family_links_to_exploitation',
  'go_peers_exploited',
]);
const HISTORICAL_BY_DEFINITION: ReadonlySet<string> = new Set(['fa_previous_abuse']);
// Familial codes about the child's own situation at home, where a relative is often the subject of the sentence
// ("Mum has asked her to leave", "he lives with his uncle, who is not a relative", "made to cook for the household").
const CHILD_BY_DEFINITION: ReadonlySet<string> = new Set([
  'fa_in_care',
  'fa_family_breakdown',
  'fa_neglect',
  'fa_unsuitable_accommodation',
  'fa_no_trusted_adult',
  'fa_unaccompanied_migrant',
  'fa_domestic_servitude',
  'fa_living_with_unrelated_adults',
]);

// Entries for which another person acting on the child ("gave her cannabis") leaves the finding about the child. Not
// entries whose wording also describes the other person's own situation (those with an `otherCode`: "mum drinks",
// "his brother sells drugs for them"), domestic abuse between adults ("hits her mum"), or codes about others by
// definition.
export function actedOnChild(entry: IndicatorPhraseEntry): boolean {
  return entry.otherCode === undefined && entry.code !== 'fa_domestic_abuse' && !OTHER_BY_DEFINITION.has(entry.code);
}

type Span = { entry: IndicatorPhraseEntry; startToken: number; endToken: number };

// One finding per indicator per stretch of wording: overlapping matches of the same code are merged ("went missing
// from home" is one finding, not two, also when two entries of one code match it), and a match lying strictly inside
// a longer match of another code is dropped ("threatened to share images" is sextortion, not also a threat of
// violence; "found in a hotel" is not also "hotel").
function resolve(matches: readonly PhraseMatch<IndicatorPhraseEntry>[]): Span[] {
  const merged: Span[] = [];
  const lastByCode = new Map<string, Span>();
  for (const m of matches) {
    const last = lastByCode.get(m.value.code);
    if (last && m.startToken <= last.endToken) {
      if (m.endToken > last.endToken) last.endToken = m.endToken;
      continue;
    }
    const span = { entry: m.value, startToken: m.startToken, endToken: m.endToken };
    merged.push(span);
    lastByCode.set(m.value.code, span);
  }
  // merged is sorted by start; a containing span starts at or before the contained one. Sweep with the furthest end.
  const out: Span[] = [];
  let maxEnd = -1;
  let maxSpan: Span | undefined;
  for (const sp of merged) {
    const contained =
      maxSpan !== undefined && maxSpan.entry.code !== sp.entry.code && sp.endToken <= maxEnd && (maxSpan.startToken < sp.startToken || maxEnd > sp.endToken);
    if (!contained) out.push(sp);
    if (sp.endToken > maxEnd) {
      maxEnd = sp.endToken;
      maxSpan = sp;
    }
  }
  return out;
}

/** Indicators in already tokenized text (the scan entry point shares one tokenization between checkers). */
export function findIndicatorsInTokens(text: string, tokens: readonly Token[], opts: ContextOptions = {}): IndicatorFinding[] {
  const { ta, sentences } = arraysAndCache(tokens);
  return findIndicatorsInArrays(text, ta, opts, sentences);
}

/**
 * Indicators over scanned token arrays (tokenize.ts `scanText`): the fast path. `matches` are this matcher's matches
 * when the caller already has them (a combined matcher, core/language/analyse.ts).
 */
export function findIndicatorsInArrays(
  text: string,
  ta: TokenArrays,
  opts: ContextOptions = {},
  perSentence?: ContextCache,
  matches: readonly PhraseMatch<IndicatorPhraseEntry>[] = INDICATOR_MATCHER.matchArrays(ta, 0, ta.n),
): IndicatorFinding[] {
  if (matches.length === 0) return [];
  const spans = resolve(filterByCues(INDICATOR_CUES, ta, matches, specOf));
  const cache = perSentence ?? newContextCache();
  const findings: IndicatorFinding[] = [];
  for (const sp of spans) {
    const ctx = contextDetailArrays(ta, sp.startToken, sp.endToken, opts, cache);
    if (ctx.experiencer === 'other' && actedOnChild(sp.entry) && childIsObject(ta.id, ta.sentence, ta.n, sp.startToken, sp.endToken)) {
      ctx.experiencer = 'child';
      ctx.otherKind = null;
    }
    const code = ctx.experiencer === 'other' && ctx.otherKind === 'family' && sp.entry.otherCode !== undefined ? sp.entry.otherCode : sp.entry.code;
    // Codes about someone else by definition (a parent's drinking, a sibling's exploitation) and codes about the past
    // by definition (previous abuse) keep that flag whatever the sentence's triggers say.
    if (OTHER_BY_DEFINITION.has(code)) ctx.experiencer = 'other';
    else if (CHILD_BY_DEFINITION.has(code)) ctx.experiencer = 'child';
    if (HISTORICAL_BY_DEFINITION.has(code)) ctx.historical = true;
    const start = ta.start[sp.startToken]!;
    const end = ta.end[sp.endToken - 1]!;
    findings.push({
      code,
      category: categoryOf(code),
      start,
      end,
      text: text.slice(start, end),
      negated: ctx.negated,
      hypothetical: ctx.hypothetical,
      historical: ctx.historical,
      experiencer: ctx.experiencer,
    });
  }
  return findings;
}

const SCRATCH = newTokenArrays(1024);

/**
 * SAFEGUARD indicators in a note, each with its UTF-16 span and ConText (negated, hypothetical, historical, experiencer).
 * Negated and hypothetical findings are returned too: the caller shows them and never scores them (issue 4 §2).
 * Pass `currentYear` to treat every earlier year in a sentence as historical; without it only "in 2019"-style
 * phrases are.
 */
export function findIndicators(text: string, opts: ContextOptions = {}): IndicatorFinding[] {
  return findIndicatorsInArrays(text, scanText(text, SCRATCH), opts);
}
