// Reference implementation (the straightforward code before the fast path), kept for differential tests only.
import { CURRENT_FRAMEWORK, type CategoryKey } from '../../indicators/index.ts';
import type { Context, ContextOptions } from '../context.ts';
import { contextDetail } from './context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { compilePatterns, type PhraseMatch } from './matcher.ts';
import { tokenize, type Token } from './tokenize.ts';

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
  const spans = resolve(INDICATOR_MATCHER.match(tokens));
  const findings: IndicatorFinding[] = [];
  for (const sp of spans) {
    const ctx = contextDetail(tokens, sp.startToken, sp.endToken, opts);
    const code = ctx.experiencer === 'other' && ctx.otherKind === 'family' && sp.entry.otherCode !== undefined ? sp.entry.otherCode : sp.entry.code;
    const start = tokens[sp.startToken]!.start;
    const end = tokens[sp.endToken - 1]!.end;
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

/**
 * SAFEGUARD indicators in a note, each with its UTF-16 span and ConText (negated, hypothetical, historical, experiencer).
 * Negated and hypothetical findings are returned too: the caller shows them and never scores them (issue 4 §2).
 * Pass `currentYear` to treat every earlier year in a sentence as historical; without it only "in 2019"-style
 * phrases are.
 */
export function findIndicators(text: string, opts: ContextOptions = {}): IndicatorFinding[] {
  return findIndicatorsInTokens(text, tokenize(text), opts);
}
