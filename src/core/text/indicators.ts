import { CURRENT_FRAMEWORK, type CategoryKey } from '../indicators/index.ts';
import { arraysAndCache, contextDetailArrays, newContextCache, type Context, type ContextCache, type ContextOptions } from './context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from './indicator-phrases.ts';
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

type Span = { entry: IndicatorPhraseEntry; startToken: number; endToken: number };

// One finding per indicator per stretch of wording: overlapping matches of the same entry are merged ("went missing
// from home" is one finding, not two), and a match lying strictly inside a longer match of another entry is dropped
// ("threatened to share images" is sextortion, not also a threat of violence; "found in a hotel" is not also "hotel").
function resolve(matches: readonly PhraseMatch<IndicatorPhraseEntry>[]): Span[] {
  const merged: Span[] = [];
  const lastByEntry = new Map<IndicatorPhraseEntry, Span>();
  for (const m of matches) {
    const last = lastByEntry.get(m.value);
    if (last && m.startToken < last.endToken) {
      if (m.endToken > last.endToken) last.endToken = m.endToken;
      continue;
    }
    const span = { entry: m.value, startToken: m.startToken, endToken: m.endToken };
    merged.push(span);
    lastByEntry.set(m.value, span);
  }
  // merged is sorted by start; a containing span starts at or before the contained one. Sweep with the furthest end.
  const out: Span[] = [];
  let maxEnd = -1;
  let maxSpan: Span | undefined;
  for (const sp of merged) {
    const contained =
      maxSpan !== undefined && maxSpan.entry !== sp.entry && sp.endToken <= maxEnd && (maxSpan.startToken < sp.startToken || maxEnd > sp.endToken);
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
  const spans = resolve(matches);
  const cache = perSentence ?? newContextCache();
  const findings: IndicatorFinding[] = [];
  for (const sp of spans) {
    const ctx = contextDetailArrays(ta, sp.startToken, sp.endToken, opts, cache);
    const code = ctx.experiencer === 'other' && ctx.otherKind === 'family' && sp.entry.otherCode !== undefined ? sp.entry.otherCode : sp.entry.code;
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
