// Reference implementation (the straightforward code before the fast path), kept for differential tests only.
import { CURRENT_FRAMEWORK, type CategoryKey } from '../../indicators/index.ts';
import type { Context, ContextOptions } from '../context.ts';
import { contextDetail } from './context.ts';
import { INDICATOR_PHRASES, type IndicatorPhraseEntry } from '../indicator-phrases.ts';
import { compilePatterns, type PhraseMatch } from './matcher.ts';
import { tokenize, type Token } from './tokenize.ts';
import { isHeadingDate, isHeadingDateWord } from '../date-stamp.ts';
import {
  BODY_PARTS,
  BODY_PLACE_WORDS,
  CHILD_OBJECT_WORDS,
  HAVING_WORDS,
  HEADING_SETTINGS,
  PERSON_NOUNS,
  RELATIVE_WORDS,
  reporterIsObject,
} from '../experiencer.ts';
import {
  actedOnChild,
  childSign,
  isOwnerWord,
  ownedByOther,
  receiverOpens,
  ADULT_ACTS,
  headingIsSource,
  headingHasSubject,
  headingClauseWord,
  headingRoleDrops,
  colonEnds,
  HEADING_REPORT_WORDS,
  headingWriterDrops,
  opensLine,
  HISTORICAL_HEADING_WORDS,
  KIN_BEFORE,
  KIN_NOT_TARGET_BEFORE,
  KIN_POSSESSIVES,
  KIN_REACH,
  KIN_TARGET_CODES,
  PARTNER_ABUSE_CODES,
  PARTNER_WORDS,
  kinTellsOfPartner,
  kinHurtInside,
  partnerChildVictim,
  abuseBetweenAdults,
  ABUSE_EVENT_BEFORE,
  ABUSE_EVENT_REACH,
  KIN_WORDS,
  THREAT_TO_COME_WORDS,
  NEVER_CONTAINED,
  PRESENT_HEADING_WORDS,
  PRESENT_SENTENCE_WORDS,
  PRESENT_SENTENCE_PAIRS,
  SUBSTANCE_OTHER_CODE,
  IMAGE_GENERIC,
  ADULT_IMAGE_WORDS,
  SUBSTANCE_OTHER_OF,
  SUBSTANCE_SENTENCE_WORDS,
  CHILD_REF_REACH,
  CHILD_REF_WORDS,
  CLAUSE_JOIN_WORDS,
  CONTRAST_WORDS,
  CLAUSE_BOUND_GENERICS,
  GENERIC_CODES,
  GENERIC_REACH,
  familyCode,
  PEER_CODE,
  PEER_SIGNS,
  FAMILY_LINK_CODE,
  FAMILY_LINK_SIGNS,
  THREAT_CODES,
  THREAT_TOLD_WORDS,
  TOLD_REACH,
  HEADER_MAX_WORDS,
  OLDER_GROUP_WORDS,
  CLAUSE_OPEN_WORDS,
  COMPANY_WITH_WORDS,
  HEADING_CODES,
  givesWay,
  MERGE_GAP,
  SAME_READING_GAP,
  LIST_CODES,
  ANY_EXPERIENCER_LIST_CODES,
} from '../indicators.ts';

export type IndicatorFinding = { code: string; category: string; start: number; end: number; text: string } & Context;

const CATEGORY_BY_CODE = new Map<string, CategoryKey>(CURRENT_FRAMEWORK.indicators.map((i) => [i.code, i.category]));

/**
 * A chronology heading ("Chronology: she was missing for four days"): what follows happened before, unless the heading
 * or the sentence marks the present ("Chronology update:", "she is still missing", "last night"; review 22a I13).
 */
function chronologyHeading(tokens: readonly Token[], header: number): boolean {
  const sentence = tokens[header]!.sentence;
  const words = tokens.filter((t) => t.sentence === sentence).map((t) => t.norm);
  const heading = tokens
    .slice(0, header)
    .filter((t) => t.sentence === sentence)
    .map((t) => t.norm);
  if (!heading.some((w) => HISTORICAL_HEADING_WORDS.includes(w))) return false;
  if (heading.some((w) => PRESENT_HEADING_WORDS.includes(w))) return false;
  // A dated entry ("Chronology 13/03/2024:") happened on its date.
  const first = tokens.findIndex((t) => t.sentence === sentence);
  for (let t = first; t < header; t++) if (isHeadingDate((i) => tokens[i]!.norm, first, t)) return false;
  if (words.some((w) => PRESENT_SENTENCE_WORDS.includes(w))) return false;
  return !words.some((w, k) => PRESENT_SENTENCE_PAIRS.some(([a, next]) => a === w && next.includes(words[k + 1] ?? '')));
}

function categoryOf(code: string): CategoryKey {
  const c = CATEGORY_BY_CODE.get(code);
  // indicators.test.ts checks every code against CURRENT_FRAMEWORK, so this only fires on a broken build.
  if (c === undefined) throw new Error(`Indicator code "${code}" is not in framework ${CURRENT_FRAMEWORK.version}`);
  return c;
}

const INDICATOR_MATCHER = compilePatterns(INDICATOR_PHRASES.map((value) => ({ patterns: value.patterns, value })));

type Span = { entry: IndicatorPhraseEntry; startToken: number; endToken: number };

const OTHER_BY_DEFINITION = new Set(['fa_parental_substance_misuse', 'fa_parental_mental_health', 'fa_family_links_to_exploitation', 'go_peers_exploited']);
const HISTORICAL_BY_DEFINITION = new Set(['fa_previous_abuse']);
const CHILD_BY_DEFINITION = new Set([
  'fa_in_care',
  'fa_family_breakdown',
  'fa_neglect',
  'fa_unsuitable_accommodation',
  'fa_no_trusted_adult',
  'fa_domestic_servitude',
  'fa_living_with_unrelated_adults',
]);

// Cues, straightforwardly: each cue pattern matched over the whole token array, then tested for overlap with the
// match's window in the same sentence: for requiresNear its semicolon clauses together (Token.period), for unlessNear
// its own clause.
const periodOfToken = (t: Token): number => t.period ?? t.sentence;
const cueMatchers = new Map<string, ReturnType<typeof compilePatterns<number>>>();
function cueNear(tokens: readonly Token[], cue: string, m: PhraseMatch<IndicatorPhraseEntry>, window: number, across: boolean, from = 0): boolean {
  const periodOf = across ? periodOfToken : (t: Token): number => t.sentence;
  let matcher = cueMatchers.get(cue);
  if (!matcher) cueMatchers.set(cue, (matcher = compilePatterns([{ patterns: [cue], value: 0 }])));
  const lo = m.startToken - window;
  const hi = m.endToken + window;
  const period = periodOf(tokens[m.startToken]!);
  return matcher.match(tokens).some((h) => h.startToken < hi && h.endToken > lo && h.startToken >= from && periodOf(tokens[h.startToken]!) === period);
}
// `from`: the first token whose unlessNear cues count (after a record's heading).
function cuesHold(tokens: readonly Token[], m: PhraseMatch<IndicatorPhraseEntry>, from: number): boolean {
  const { requiresNear = [], unlessNear = [], unlessNearAcross = [], window = 6 } = m.value;
  if (requiresNear.length > 0 && !requiresNear.some((c) => cueNear(tokens, c, m, window, true))) return false;
  // unlessNearAcross: vetoes that count across a ; as the requiresNear cues do, within their own window when one is
  // given (cues.ts CueSpec.unlessNearAcrossWindow; round 32 is the first indicator entry with one).
  const across = m.value.unlessNearAcrossWindow ?? window;
  return !unlessNear.some((c) => cueNear(tokens, c, m, window, false, from)) && !unlessNearAcross.some((c) => cueNear(tokens, c, m, across, true, from));
}
function childIsObject(tokens: readonly Token[], s: number, e: number, relatives = false): boolean {
  const sentence = tokens[s]!.sentence;
  const having = s > 0 && tokens[s - 1]!.sentence === sentence && HAVING_WORDS.includes(tokens[s - 1]!.norm);
  // An infinitive's "to" at the finding's end or just after it: its verb's object too (experiencer.ts, session 21).
  const reach = tokens[e - 1]!.norm === 'to' ? 1 : tokens[e]?.norm === 'to' ? 2 : 0;
  for (let t = s + 1; t <= Math.min(e + reach, tokens.length - 1); t++) {
    if (tokens[t]!.sentence !== sentence) break;
    // Not the object of a relative clause the finding ends in ("went back to the man who abused her").
    if (!CHILD_OBJECT_WORDS.includes(tokens[t]!.norm)) continue;
    if (relatives && t === e && tokens.slice(s + 1, e).some((x) => RELATIVE_WORDS.includes(x.norm))) continue;
    const next = tokens[t + 1];
    if (next && next.sentence === sentence && PERSON_NOUNS.includes(next.norm)) continue;
    if (having && next && next.sentence === sentence && BODY_PARTS.includes(next.norm) && BODY_PLACE_WORDS.includes(tokens[t - 1]!.norm)) continue;
    return true;
  }
  return false;
}

// experiencer.ts nameIsObject (session 21): the child's name as the object, not after a preposition, not a possessive
// before a person.
function nameIsObject(text: string, tokens: readonly Token[], s: number, e: number): boolean {
  const sentence = tokens[s]!.sentence;
  const reach = tokens[e - 1]!.norm === 'to' ? 1 : tokens[e]?.norm === 'to' ? 2 : 0;
  const notBefore = 'in at to from into near around across by with for on of and or the a an'.split(' ');
  for (let t = s + 1; t <= Math.min(e + reach, tokens.length - 1); t++) {
    const tok = tokens[t]!;
    if (tok.sentence !== sentence) break;
    const cap = (x: Token): boolean => /^[A-Z][a-z]/.test(text.slice(x.start, x.start + 2));
    if (
      !cap(tok) ||
      notBefore.includes(tokens[t - 1]!.norm) ||
      (t - 1 > s && cap(tokens[t - 1]!)) ||
      (t - 1 === s && cap(tokens[s]!) && s > 0 && tokens[s - 1]!.sentence === sentence)
    )
      continue;
    const next = tokens[t + 1];
    if (tok.norm.endsWith("'s") && next && next.sentence === sentence && PERSON_NOUNS.includes(next.norm)) continue;
    return true;
  }
  return false;
}

// One finding per indicator per stretch of wording: overlapping matches of the same code are merged ("went missing
// from home" is one finding, not two), and a match lying strictly inside a longer match of another code is dropped
// ("threatened to share images" is sextortion, not also a threat of violence; "found in a hotel" is not also "hotel").
function resolve(tokens: readonly Token[], matches: readonly PhraseMatch<IndicatorPhraseEntry>[], headingBefore: (t: number) => number): Span[] {
  const merged: Span[] = [];
  const lastByCode = new Map<string, Span>();
  for (const m of matches) {
    const last = lastByCode.get(m.value.code);
    // Overlapping, touching or MERGE_GAP words apart, in one sentence; not across a heading's colon (session 19).
    const near =
      last !== undefined &&
      m.startToken - last.endToken <= MERGE_GAP &&
      tokens[m.startToken]!.sentence === tokens[last.endToken - 1]!.sentence &&
      !(m.startToken >= last.endToken && headingBefore(m.startToken) >= last.endToken);
    if (last && near) {
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
      maxSpan !== undefined &&
      maxSpan.entry.code !== sp.entry.code &&
      sp.endToken <= maxEnd &&
      (maxSpan.startToken < sp.startToken || maxEnd > sp.endToken) &&
      !NEVER_CONTAINED.has(sp.entry.code);
    if (!contained) out.push(sp);
    if (sp.endToken > maxEnd) {
      maxEnd = sp.endToken;
      maxSpan = sp;
    }
  }
  // A broad code gives way to a specific one at most GENERIC_REACH words away in the same sentence (the one it starts in).
  const sentenceOf = (sp: Span) => tokens[sp.startToken]!.sentence;
  const gap = (a: Span, b: Span) => (a.startToken <= b.startToken ? b.startToken - a.endToken : a.startToken - b.endToken);
  const between = (a: Span, b: Span) => (a.startToken <= b.startToken ? tokens.slice(a.endToken, b.startToken) : tokens.slice(b.endToken, a.startToken));
  // A code that gives way to any sign, or is clause-bound (CLAUSE_BOUND_GENERICS), does not give way across a clause joiner either.
  const clauseBound = (code: string) => GENERIC_CODES.get(code) === 'any' || CLAUSE_BOUND_GENERICS.has(code);
  const turns = (a: Span, b: Span) =>
    between(a, b).some((t) => CONTRAST_WORDS.includes(t.norm) || (clauseBound(a.entry.code) && CLAUSE_JOIN_WORDS.includes(t.norm)));
  // Review 22b I9: a sexual image with an adult named in its sentence stays.
  const adultImage = (sp: Span) => sp.entry.code === IMAGE_GENERIC && tokens.some((t) => t.sentence === sentenceOf(sp) && ADULT_IMAGE_WORDS.includes(t.norm));
  return out.filter(
    (sp) =>
      adultImage(sp) ||
      !out.some((o) => givesWay(sp.entry.code, o.entry.code) && sentenceOf(o) === sentenceOf(sp) && gap(sp, o) <= GENERIC_REACH && !turns(sp, o)),
  );
}

/** Indicators in already tokenized text (the scan entry point shares one tokenization between checkers). */
export function findIndicatorsInTokens(text: string, tokens: readonly Token[], opts: ContextOptions = {}): IndicatorFinding[] {
  const headingBefore = (t: number, anyHeading = false): number => {
    if (t >= tokens.length) return -1;
    const sentence = tokens[t]!.sentence;
    let a = t;
    while (a > 0 && tokens[a - 1]!.sentence === sentence) a--;
    // A date or time in the heading does not count as its words.
    for (let h = a, words = 0; words < HEADER_MAX_WORDS && h < t; h++) {
      if (!/^[0-9]+$/.test(tokens[h]!.norm)) words++;
      if (tokens[h + 1]!.sentence !== sentence) return -1;
      if (!/:[ \n\r\t]/.test(text.slice(tokens[h]!.end, tokens[h + 1]!.start))) continue;
      // Not a relative's heading with no subject after it ("Mum: pregnant again").
      // Who the heading names comes before its date ("Dad 12/03/2024 14:10: drinking again").
      let who = h;
      while (who > a && isHeadingDateWord(tokens[who]!.norm)) who--;
      return anyHeading || headingIsSource(tokens[who]!.norm, tokens[h + 1]!.norm, text.slice(tokens[h + 1]!.start, tokens[h + 1]!.end)) ? h + 1 : -1;
    }
    return -1;
  };
  const bareHeading = (t: number): number => {
    const sentence = tokens[t]!.sentence;
    let a = t;
    while (a > 0 && tokens[a - 1]!.sentence === sentence) a--;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
    const words = tokens.slice(a, last + 1).filter((k) => !/^[0-9]+$/.test(k.norm)).length;
    if (words > HEADER_MAX_WORDS || last - a >= 12) return -1;
    return colonEnds(text.slice(tokens[last]!.end, tokens[last + 1]?.start ?? text.length)) ? last + 1 : -1;
  };
  // A record's heading names who wrote, and its words veto nothing (indicators.ts).
  const spans = resolve(
    tokens,
    INDICATOR_MATCHER.match(tokens).filter((m) => {
      // Round 26: not a match that runs across a heading's colon ("GP notes: 15-year-old pregnant ...").
      if (m.endToken - m.startToken > 1 && headingBefore(m.endToken - 1) > m.startToken) return false;
      // Round 26: nor "the older lads" inside a clause, not opening it ("for the older lads").
      const w = (t: number) => tokens[t]?.norm ?? '';
      if (
        m.value.code === 'go_older_friends' &&
        m.endToken - m.startToken === 2 &&
        m.startToken >= 1 &&
        w(m.startToken) === 'older' &&
        OLDER_GROUP_WORDS.has(w(m.startToken + 1)) &&
        w(m.startToken - 1) === 'the'
      ) {
        const p = m.startToken - 2;
        const opens = p < 0 || tokens[p]!.sentence !== tokens[m.startToken]!.sentence || headingBefore(m.startToken - 1) === m.startToken - 1;
        // Review 26: "hangs around with the older lads" (indicators.ts COMPANY_WITH_WORDS).
        const company = w(p) === 'with' && p > 0 && tokens[p - 1]!.sentence === tokens[m.startToken]!.sentence && COMPANY_WITH_WORDS.has(w(p - 1));
        if (!opens && !CLAUSE_OPEN_WORDS.has(w(p)) && !company) return false;
      }
      const h = headingBefore(m.startToken);
      // Review 23B: a heading that names the setting ("School trip:") still vetoes.
      return cuesHold(tokens, m, h > 0 && HEADING_SETTINGS.has(tokens[h - 1]!.norm) ? 0 : Math.max(0, h));
    }),
    headingBefore,
  );
  const findings: (IndicatorFinding & { startToken: number; endToken: number })[] = [];
  // A relative named as the target of a threat, inside the finding or just after it (indicators.ts KIN_TARGET_CODES).
  const kinTarget = (s: number, e: number): boolean => {
    const sentence = tokens[s]!.sentence;
    if (tokens.slice(Math.max(0, s - KIN_BEFORE), e).some((t) => t.sentence === sentence && THREAT_TO_COME_WORDS.includes(t.norm))) return false;
    for (let t = s; t < Math.min(e + KIN_REACH, tokens.length) && tokens[t]!.sentence === sentence; t++) {
      const w = tokens[t]!.norm;
      if (KIN_POSSESSIVES.includes(w)) {
        // Review 22b I6: the place or the one who threatened ("at mum's house", "by mum's ex-partner").
        const p = t > 0 && ['his', 'her', 'their'].includes(tokens[t - 1]!.norm) ? t - 2 : t - 1;
        if (p >= 0 && tokens[p]!.sentence === sentence && KIN_NOT_TARGET_BEFORE.includes(tokens[p]!.norm)) continue;
        return true;
      }
      if (KIN_WORDS.includes(w) && t > s && (['his', 'her', 'their'].includes(tokens[t - 1]!.norm) || tokens[t - 1]!.norm.endsWith("'s"))) return true;
    }
    return false;
  };
  // Session 19: the object pronoun is the adult who opens the sentence reporting it (experiencer.ts reporterIsObject).
  const reporterObject = (header: number, s: number, e: number): boolean => {
    const sentence = tokens[s]!.sentence;
    let a = s;
    while (a > 0 && tokens[a - 1]!.sentence === sentence) a--;
    if (header >= 0) a = header;
    const named = (t: number) => t > a && /^[A-Z][a-z]/.test(text.slice(tokens[t]!.start, tokens[t]!.end));
    return reporterIsObject(
      (t) => tokens[t]!.norm,
      named,
      (t) => tokens[t]?.sentence === sentence,
      a,
      s,
      e,
    );
  };
  for (const sp of spans) {
    // A record's heading before the finding in its sentence: a colon and a space after one of its first words. A
    // finding of a code that names a kind of record, wholly inside the heading, is dropped.
    const header = headingBefore(sp.startToken);
    if (header < 0) {
      // The heading may run on past the finding ("UASC health assessment: Hamid has ...").
      let t = sp.endToken;
      // Its date does not count ("MFH 03/02/2024 14:10: Jaden was found in Leeds").
      for (let k = 0; k < HEADER_MAX_WORDS && t + 1 < tokens.length && tokens[t + 1]!.sentence === tokens[sp.startToken]!.sentence;) {
        t++;
        if (!/^[0-9]+$/.test(tokens[t]!.norm)) k++;
      }
      // Open 34: a heading with nothing after its colon in its sentence ("MARAC minutes:" alone).
      const found = headingBefore(t);
      const bare = found < 0 ? bareHeading(sp.startToken) : -1;
      const h = found >= 0 ? found : bare;
      const prev = tokens[sp.startToken - 1];
      const opens = prev === undefined || opensLine(text, prev.end, tokens[sp.startToken]!.start, prev.sentence !== tokens[sp.startToken]!.sentence);
      // Round 31: a role heading ("Eating disorder clinician:") drops a finding of any code inside it.
      if (sp.endToken <= h) {
        let w = h - 1;
        while (w >= sp.endToken && isHeadingDateWord(tokens[w]!.norm)) w--;
        const before = prev !== undefined && prev.sentence === tokens[sp.startToken]!.sentence ? prev.norm : '';
        const reported = tokens.slice(sp.endToken, w).some((t) => HEADING_REPORT_WORDS.has(t.norm));
        let a = sp.startToken;
        while (a > 0 && tokens[a - 1]!.sentence === tokens[sp.startToken]!.sentence) a--;
        const clause = tokens.slice(a, w).some((t) => headingClauseWord(t.norm));
        if (headingRoleDrops(tokens[w]!.norm, before, reported, sp.entry.code, clause)) continue;
        if (HEADING_CODES.has(sp.entry.code) && headingWriterDrops(sp.entry.code, tokens[sp.endToken - 1]!.norm, opens)) continue;
        if (HEADING_CODES.has(sp.entry.code) && bare < 0 && headingHasSubject(tokens[h]!.norm, text.slice(tokens[h]!.start, tokens[h]!.end))) continue;
      }
    }
    // A relative's heading that stays the subject still dates the entry ("Dad 12/03/2024 14:10: drinking again").
    const dated = header < 0 ? headingBefore(sp.startToken, true) : -1;
    const ctx = contextDetail(tokens, sp.startToken, sp.endToken, header >= 0 ? { ...opts, header } : dated >= 0 ? { ...opts, datedHeading: dated } : opts);
    const lo = Math.max(0, sp.startToken - CHILD_REF_REACH);
    const near = tokens.slice(lo, sp.endToken + CHILD_REF_REACH);
    const childNamed = near.some(
      (t, i) => t.sentence === tokens[sp.startToken]!.sentence && CHILD_REF_WORDS.includes(t.norm) && !(lo + i > 0 && tokens[lo + i - 1]!.norm === 'other'),
    );
    // ... or a child's name inside the finding: a capitalised word after its first, not opening the sentence.
    const nameIn = tokens
      .slice(sp.startToken + 1, sp.endToken)
      .some((t, i) => tokens[sp.startToken + i]!.sentence === t.sentence && /^[A-Z][a-z]/.test(text.slice(t.start, t.start + 2)));
    // A relative inside the act is who it was done to ("The men gave her mum money").
    const kinIn = tokens.slice(sp.startToken, sp.endToken).some((t) => KIN_WORDS.includes(t.norm));
    const byAdult = ctx.otherKind === 'adult' && ADULT_ACTS.has(sp.entry.code) && !kinIn && (childNamed || nameIn);
    if (
      ctx.experiencer === 'other' &&
      actedOnChild(sp.entry) &&
      (byAdult ||
        ((childIsObject(tokens, sp.startToken, sp.endToken, ctx.otherKind === 'family' || ctx.otherKind === 'sibling') ||
          (ADULT_ACTS.has(sp.entry.code) && !kinIn && nameIsObject(text, tokens, sp.startToken, sp.endToken))) &&
          !receiverOpens(sp.entry.code, tokens[sp.startToken]!.norm) &&
          !ownedByOther(sp.entry.code, sp.startToken > 0 && isOwnerWord(tokens[sp.startToken - 1]!.norm))))
    ) {
      ctx.experiencer = 'child';
      ctx.otherKind = null;
    }
    if (ctx.experiencer === 'other' && childSign(sp.entry.code, ctx.otherKind, sp.startToken > 0 && isOwnerWord(tokens[sp.startToken - 1]!.norm))) {
      ctx.experiencer = 'child';
      ctx.otherKind = null;
    }
    const code =
      ctx.experiencer === 'other' &&
      sp.entry.otherCode !== undefined &&
      familyCode(ctx.otherKind, sp.entry.otherCode) &&
      (sp.entry.otherCode !== SUBSTANCE_OTHER_CODE ||
        sp.entry.code !== SUBSTANCE_OTHER_OF ||
        tokens.some((t) => t.sentence === tokens[sp.startToken]!.sentence && SUBSTANCE_SENTENCE_WORDS.includes(t.norm)))
        ? sp.entry.otherCode
        : ctx.experiencer === 'other' && ctx.otherKind === 'peer' && PEER_SIGNS.has(sp.entry.code)
          ? PEER_CODE
          : ctx.experiencer === 'other' && (ctx.otherKind === 'family' || ctx.otherKind === 'sibling') && FAMILY_LINK_SIGNS.has(sp.entry.code)
            ? FAMILY_LINK_CODE
            : sp.entry.code;
    if (ctx.hypothetical && THREAT_CODES.has(sp.entry.code)) {
      // Walking back within TOLD_REACH words: a word of telling clears it, an "if" with no comma since stops.
      let comma = false;
      for (let t = sp.startToken - 1; t >= Math.max(0, sp.startToken - TOLD_REACH) && tokens[t]!.sentence === tokens[sp.startToken]!.sentence; t--) {
        if (text.slice(tokens[t]!.end, tokens[t + 1]!.start).includes(',')) comma = true;
        if (THREAT_TOLD_WORDS.includes(tokens[t]!.norm)) {
          ctx.hypothetical = false;
          break;
        }
        if ((tokens[t]!.norm === 'if' || tokens[t]!.norm === 'unless') && !comma) break;
      }
    }
    const start = tokens[sp.startToken]!.start;
    const end = tokens[sp.endToken - 1]!.end;
    const finding = {
      code,
      category: categoryOf(code),
      start,
      end,
      text: text.slice(start, end),
      negated: ctx.negated,
      hypothetical: ctx.hypothetical,
      // A chronology's heading: what follows happened before.
      historical: ctx.historical || HISTORICAL_BY_DEFINITION.has(code) || (header >= 0 && chronologyHeading(tokens, header)),
      experiencer: OTHER_BY_DEFINITION.has(code)
        ? 'other'
        : CHILD_BY_DEFINITION.has(code)
          ? 'child'
          : ctx.experiencer === 'child' &&
              KIN_TARGET_CODES.has(code) &&
              kinTarget(sp.startToken, sp.endToken) &&
              !childIsObject(tokens, sp.startToken, sp.endToken)
            ? 'other'
            : ctx.experiencer === 'child' &&
                PARTNER_ABUSE_CODES.has(code) &&
                sp.endToken - sp.startToken > 1 &&
                ((KIN_POSSESSIVES.includes(tokens[sp.startToken]!.norm) && PARTNER_WORDS.includes(tokens[sp.startToken + 1]!.norm)) ||
                  kinTellsOfPartner(tokens.slice(sp.startToken, sp.endToken).map((t) => t.norm)) ||
                  (sp.endToken - sp.startToken > 2 && kinHurtInside(tokens.slice(sp.startToken, sp.endToken).map((t) => t.norm)))) &&
                !partnerChildVictim(
                  tokens
                    .slice(sp.endToken)
                    .filter((t) => t.sentence === tokens[sp.endToken - 1]!.sentence)
                    .map((t) => t.norm),
                  tokens
                    .slice(sp.endToken)
                    .filter((t) => t.sentence === tokens[sp.endToken - 1]!.sentence)
                    .map((t) => /^[A-Z]/.test(text.slice(t.start, t.start + 1))),
                )
              ? 'other'
              : ctx.experiencer === 'child' &&
                  PARTNER_ABUSE_CODES.has(code) &&
                  sp.entry.childObject !== true &&
                  abuseBetweenAdults(
                    tokens
                      .slice(Math.max(0, sp.startToken - ABUSE_EVENT_BEFORE), sp.startToken)
                      .filter((t) => t.sentence === tokens[sp.startToken]!.sentence)
                      .map((t) => t.norm),
                    tokens
                      .slice(sp.startToken, sp.endToken + ABUSE_EVENT_REACH)
                      .filter((t) => t.sentence === tokens[sp.startToken]!.sentence)
                      .map((t) => t.norm),
                  )
                ? 'other'
                : ctx.experiencer === 'child' && reporterObject(header, sp.startToken, sp.endToken)
                  ? 'other'
                  : ctx.experiencer,
      startToken: sp.startToken,
      endToken: sp.endToken,
    } as const;
    // Same code, same reading, SAME_READING_GAP words apart in one sentence, no contrast word between: one finding.
    const last = findings.findLast((f) => f.code === code && tokens[f.endToken - 1]!.sentence === tokens[sp.startToken]!.sentence);
    if (
      last &&
      (sp.startToken - last.endToken <= SAME_READING_GAP || LIST_CODES.has(code)) &&
      (['negated', 'hypothetical', 'historical'] as const).every((k) => last[k] === finding[k]) &&
      (last.experiencer === finding.experiencer ||
        // Review 23B: not across "and" with a relative as the new subject ("and her mum is also a victim").
        (ANY_EXPERIENCER_LIST_CODES.has(code) &&
          !tokens
            .slice(last.endToken, sp.startToken)
            .some((t, i, gap) => t.norm === 'and' && (KIN_WORDS.includes(gap[i + 1]?.norm ?? '') || KIN_WORDS.includes(gap[i + 2]?.norm ?? ''))))) &&
      !tokens.slice(last.endToken, sp.startToken).some((t) => CONTRAST_WORDS.includes(t.norm))
    ) {
      if (finding.experiencer === 'other') last.experiencer = 'other';
      if (sp.endToken > last.endToken) {
        last.endToken = sp.endToken;
        last.end = end;
        last.text = text.slice(last.start, end);
      }
      continue;
    }
    findings.push({ ...finding });
  }
  return findings.map(({ startToken: _s, endToken: _e, ...f }) => f);
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
