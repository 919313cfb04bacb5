import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTextTokens } from '../language/analyse.ts';
import { contextOf } from '../text/context.ts';
import { compilePatterns } from '../text/matcher.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import {
  DECLINE_AFTER_CUES,
  DECLINE_BEFORE_CUES,
  findReferrals,
  findReferralsInScanned,
  findReferralsInText,
  OUTCOME_CUES,
  PENDING_CUES,
  PLAN_AFTER_CUES,
  POSSIBILITY_WORDS,
  REFERRAL_DECLINED,
  REFERRAL_DONE_WORDS,
  REFERRAL_PHRASES,
  type ReferralMention,
} from './referrals.ts';

// findReferralsInText (the review's fast path: scanned token arrays) against a plain reference on Token objects and
// match objects, written for reading rather than speed, on notes built from the referral wording, the cues and ConText
// triggers.

const CUE_LISTS = {
  planBefore: PENDING_CUES,
  declineBefore: DECLINE_BEFORE_CUES,
  planAfter: PLAN_AFTER_CUES,
  declineAfter: DECLINE_AFTER_CUES,
  outcome: OUTCOME_CUES,
};
type Cue = keyof typeof CUE_LISTS;
const REFERENCE = compilePatterns<string>([
  ...REFERRAL_PHRASES.map((p) => ({ patterns: p.patterns, value: p.id })),
  ...Object.entries(CUE_LISTS).map(([cue, patterns]) => ({ patterns, value: cue })),
]);
const isCue = (v: string): v is Cue => v in CUE_LISTS;
const DONE = new Set(REFERRAL_DONE_WORDS);
const MAYBE = new Set(POSSIBILITY_WORDS);
const EVENTS = new Set(['strategy_discussion', 'section_47']);

function reference(tokens: readonly Token[]): ReferralMention[] {
  type Kept = { m: ReferralMention; s: number; e: number; declinedPhrase: boolean; dropped: boolean };
  const kept: Kept[] = [];
  const cues: { cue: Cue; s: number }[] = [];
  const words = (from: number, to: number) => tokens.slice(from, to).map((t) => t.norm);
  const sentence = (i: number) => tokens[i]!.sentence;
  let lastEnd = -1;
  let planEnd = -1;
  let declineEnd = -1;
  // The mentions, with the cues before them.
  for (const m of REFERENCE.match(tokens)) {
    if (isCue(m.value)) {
      if (m.value === 'planBefore') planEnd = Math.max(planEnd, m.endToken);
      else if (m.value === 'declineBefore') declineEnd = Math.max(declineEnd, m.endToken);
      else cues.push({ cue: m.value, s: m.startToken });
      continue;
    }
    if (m.startToken < lastEnd) continue;
    let id = m.value;
    const near = (end: number) => end > 0 && m.startToken >= end && m.startToken - end <= 4 && sentence(end - 1) === sentence(m.startToken);
    if (id !== REFERRAL_DECLINED && !words(m.startToken, m.endToken).some((w) => DONE.has(w))) {
      if (near(declineEnd)) id = REFERRAL_DECLINED;
      else if (near(planEnd)) continue;
    }
    const ctx = contextOf(tokens, m.startToken, m.endToken);
    if (ctx.negated || ctx.hypothetical) continue;
    kept.push({ m: { id, start: m.start, end: m.end }, s: m.startToken, e: m.endToken, declinedPhrase: m.value === REFERRAL_DECLINED, dropped: false });
    lastEnd = m.endToken;
  }
  // Each mention's cues after it: from its end up to the next mention, in the same or the next sentence.
  const after = (k: Kept, cue: Cue | 'declinedNext', at: number) => {
    if (k.dropped || at < k.e || k.m.id === REFERRAL_DECLINED) return;
    const d = sentence(at) - sentence(k.s);
    if (cue === 'outcome') {
      if (!EVENTS.has(k.m.id) && (d === 0 || (d === 1 && tokens[at]!.period === tokens[k.s]!.period))) k.m.id = REFERRAL_DECLINED;
      return;
    }
    if (cue === 'declinedNext') {
      if (!EVENTS.has(k.m.id) && (d === 0 || d === 1)) k.m.id = REFERRAL_DECLINED;
      return;
    }
    if (cue === 'declineAfter' && at === k.e && d === 1 && !EVENTS.has(k.m.id)) k.m.id = REFERRAL_DECLINED;
    else if (at - k.e <= 2 && d === 0 && !words(k.e, at).some((w) => MAYBE.has(w))) {
      if (cue === 'declineAfter') k.m.id = REFERRAL_DECLINED;
      else if (cue === 'planAfter' && !words(k.e, at).some((w) => DONE.has(w))) k.dropped = true;
    }
  };
  kept.forEach((k, i) => {
    const next = kept[i + 1];
    for (const c of cues) if (c.s >= k.e && c.s < (next?.s ?? Infinity) && sentence(c.s) <= sentence(k.s) + 1) after(k, c.cue, c.s);
    if (next?.declinedPhrase) after(k, 'declinedNext', next.s);
  });
  return kept.filter((k) => !k.dropped).map((k) => k.m);
}

const PATTERNS = [...REFERRAL_PHRASES.flatMap((p) => p.patterns), ...Object.values(CUE_LISTS).flat()];
const PATTERN_WORDS = PATTERNS.flatMap((p) => p.split(/[\s|]+/))
  .map((w) => w.replace(/[[\]*]/g, ''))
  .filter(Boolean);
const OTHER_WORDS = ['no', 'not', 'if', 'may', 'will', 'previously', 'she', 'was', 'the', 'mum', 'today', 'but', 'MASH', 'Police', 'S47', 'NRM'];
const PUNCTUATION = ['.', ',', ';', '?', '\n', '\n\n', ' - ', '"'];

// An instance of a pattern: one alternative of each slot, optional slots in or out.
const instance = (pattern: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      ...pattern.split(' ').map((slot) => {
        const optional = slot.startsWith('[');
        const alts = slot.replace(/[[\]]/g, '').split('|');
        const word = fc.constantFrom(...alts.map((a) => (a === '*' ? 'someone' : a.replace(/\*$/, ''))));
        return optional ? fc.option(word, { nil: '' }) : word;
      }),
    )
    .map((ws) => ws.filter(Boolean).join(' '));

const note = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PATTERNS).chain(instance) },
      { weight: 3, arbitrary: fc.constantFrom(...PATTERN_WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...OTHER_WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
    ),
    { maxLength: 30 },
  )
  .chain((words) =>
    fc.array(fc.boolean(), { minLength: words.length, maxLength: words.length }).map((caps) => words.map((w, i) => (caps[i] ? w.toUpperCase() : w)).join(' ')),
  );

describe('findReferralsInText', () => {
  it('finds what the Token-object reference finds', () => {
    let found = 0;
    let declined = 0;
    let skipped = 0;
    fc.assert(
      fc.property(note, (text) => {
        const tokens = tokenize(text);
        const want = reference(tokens);
        expect(findReferralsInText(text)).toEqual(want);
        expect(findReferrals(tokens)).toEqual(want);
        // The review's path: the token arrays of the note's analysis, not a second scan.
        expect(findReferralsInScanned(text, analyseTextTokens(text).tokens)).toEqual(want);
        found += want.length;
        declined += want.filter((r) => r.id === REFERRAL_DECLINED).length;
        if (REFERENCE.match(tokens).some((m) => !isCue(m.value)) && want.length === 0) skipped++;
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: many mentions found, many of them declined, and many left out as plans, negations or hypotheses.
    expect(found).toBeGreaterThan(700);
    expect(declined).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(60);
  });

  it.each([
    ['Referral made to MASH today following the disclosure.', ['referred_to_social_care']],
    ['No referral was made to MASH.', []],
    ['Will make a referral to MASH if she goes missing again.', []],
    ['Seen in clinic for a routine appointment.', []],
  ])('%s', (text, ids) => {
    expect(findReferralsInText(text).map((r) => r.id)).toEqual(ids);
  });
});

// The referral reading as a safeguarding reviewer reads it (issue 4 §4): what counts is that a referral reached the
// agency and was taken up. A referral declined, refused, rejected, not accepted or progressed, closed NFA, withdrawn,
// under threshold, not sent, or only considered, planned or discussed is not a referral made; a declined one is
// recorded as REFERRAL_DECLINED (shown on the timeline), a plan or a question not at all.
const MADE = 'made';
const DECLINED = 'declined';
const NOTHING = 'nothing';
const reading = (text: string): string => {
  const ids = findReferralsInText(text).map((r) => r.id);
  if (ids.some((id) => id !== REFERRAL_DECLINED)) return MADE;
  return ids.length ? DECLINED : NOTHING;
};

describe('referral made, declined or only planned', () => {
  it.each([
    // Made: the referral went to the agency.
    ['Referral made to MASH.', MADE],
    ['Referred to MASH today following the disclosure.', MADE],
    ['Referral submitted to CSC.', MADE],
    ['Referral sent to MASH by the DSL.', MADE],
    ['Referral accepted by MASH.', MADE],
    ['Referral to MASH was accepted.', MADE],
    ['Referral made to MASH and accepted.', MADE],
    ['MASH referral completed.', MADE],
    ['NRM referral submitted.', MADE],
    ['Strategy meeting held.', MADE],
    ['Reported to police.', MADE],
    ['Reported concerns to the police.', MADE],
    ['Reported the disclosure to police.', MADE],
    // The child reported as an offender, or an incident reported: no safeguarding referral (review finding).
    ['Staff reported her to the police for assaulting a carer.', NOTHING],
    ['Carer reported her to police for criminal damage.', NOTHING],
    ['Mum reported the incident to police after he smashed a window.', NOTHING],
    // "Screened" alone can be the start of a referral that went ahead; "screened out" is not.
    ['The referral was screened by MASH and allocated to the CE team.', NOTHING],
    ['The referral was screened out by MASH.', DECLINED],
    // An outcome in the next sentence is about something else; after a ; it is the referral's.
    ['Referral made to MASH. Police NFA the assault on mum.', MADE],
    ['Referral made to MASH; awaiting outcome.', MADE],
    ['MASH referral sent, awaiting manager sign-off.', MADE],
    ['S47 enquiry completed, NFA.', MADE], // the enquiry was held
    ['Strategy meeting held. Police NFA.', MADE],
    // Hard cases: a decline about something else, or an earlier referral.
    ['Mum declined support; referral made to CSC.', MADE],
    ['Mum declined support, referral made to CSC.', MADE],
    ['Mum declined to engage, referral made to CSC.', MADE],
    ['Young person refused to engage. Referral made to MASH.', MADE],
    ['Referral made to MASH. Mum declined support.', MADE],
    ['Previous referral declined in March; new referral made to MASH today.', MADE],
    ['Referral to MASH, if declined will escalate to manager.', MADE],
    ['Social worker made a referral to MASH despite mum declining.', MADE],
    ['Mum has declined previous referrals to early help. Referral made to MASH today.', MADE],
    ['Consent for referral refused by mum; referral made to MASH due to risk.', MADE],
    ['Police declined to attend; referral made to MASH.', MADE],
    ['Referral to MASH made; parents declined to engage with early help.', MADE],
    ['Referral to MASH: accepted for assessment.', MADE],
    // Declined, refused, rejected, not accepted, not progressed, NFA, withdrawn, under threshold.
    ['Referral to MASH was declined by manager.', DECLINED],
    ['Manager declined to refer.', DECLINED],
    ['DSL declined to make a referral to MASH.', DECLINED],
    ['Referral to MASH declined.', DECLINED],
    ['Referral to MASH has been declined.', DECLINED],
    ['Referral to MASH was subsequently declined.', DECLINED],
    ['Police referral declined.', DECLINED],
    ['Referral to CSC refused by team manager.', DECLINED],
    ['Mum refused consent for a referral to MASH.', DECLINED],
    ['She declined the offer of a referral to CSC.', DECLINED],
    ['Referral rejected by MASH.', DECLINED],
    ['Referral to MASH was rejected as below threshold.', DECLINED],
    ['MASH screened out the referral.', DECLINED],
    ['Referral screened out at the front door.', DECLINED],
    ["Referral not accepted by children's social care.", DECLINED],
    ["Referral to MASH wasn't accepted.", DECLINED],
    ['Referral was not progressed.', DECLINED],
    ['Referral to CSC not progressed due to lack of consent.', DECLINED],
    ['MASH referral closed NFA.', DECLINED],
    ["Referral to MASH was NFA'd.", DECLINED],
    ['Referral to MASH - outcome NFA.', DECLINED],
    ['Referral to MASH closed with no further action.', DECLINED],
    ["Referral to children's social care: NFA, advice given.", DECLINED],
    ['Referral to police made; police took no further action.', DECLINED],
    ['Referral withdrawn.', DECLINED],
    // Sent back to the referrer for want of information: not progressed; returning home is not about the referral.
    ['Referral to MASH returned as insufficient information.', DECLINED],
    ['MASH referral was returned to school for more information.', DECLINED],
    ['Referral to CSC bounced back due to lack of detail.', DECLINED],
    ['Referral made to MASH; she returned home at 2am.', MADE],
    ['Referral made to MASH; returned to her placement with police.', MADE],
    ['Referral made to police after she returned with further injuries.', MADE],
    ['Referral made to CSC because she returned with no phone.', MADE],
    ['MASH referral withdrawn by school.', DECLINED],
    ['Referral to MASH did not meet threshold.', DECLINED],
    ['Referral to MASH did not meet the threshold for social care.', DECLINED],
    ['MASH referral declined - did not meet threshold.', DECLINED],
    ['Referral made to MASH, which was declined.', DECLINED],
    ['Referral made to MASH; MASH declined to progress.', DECLINED],
    ['Referral made to MASH. MASH declined the referral.', DECLINED],
    ['Referral to MASH completed; outcome: declined.', DECLINED],
    ['Referral made to MASH; declined by team manager.', DECLINED],
    ['Strategy meeting declined by police.', DECLINED],
    ['Referral to early help was declined by family.', DECLINED],
    ['Mum has declined previous referrals to early help.', DECLINED],
    ['The MASH referral was declined.', DECLINED],
    ['CSC declined the referral.', DECLINED],
    ['MASH referral: not progressed to assessment, advice given.', DECLINED],
    ['Referral to MASH made on 3 March, NFA on 5 March.', DECLINED],
    // Not sent, to be considered, planned or discussed only: no referral at all.
    ['No referral made.', NOTHING],
    ['Decided not to refer.', NOTHING],
    ['If she goes missing again we will refer.', NOTHING],
    ['Referral not sent.', NOTHING],
    ['Referral to MASH was not made.', NOTHING],
    ['Referral to MASH not yet made.', NOTHING],
    ['NRM referral not submitted as not consented.', NOTHING],
    ['Referral to MASH not required.', NOTHING],
    ['Referral to MASH to be considered.', NOTHING],
    ['NRM referral to be considered.', NOTHING],
    ['Will consider referring to MASH.', NOTHING],
    ['Referral to MASH planned.', NOTHING],
    ['Referral to be made to MASH.', NOTHING],
    ['MASH referral to be completed tomorrow.', NOTHING],
    ['Referral to MASH discussed with manager.', NOTHING],
    ['Referral discussed with manager.', NOTHING],
    ['Discussed making a referral to MASH with DSL.', NOTHING],
    ['Referral to MASH awaiting manager sign-off.', NOTHING],
    ['Strategy meeting arranged for Friday.', NOTHING],
    ['Strategy meeting to be held next week.', NOTHING],
    ['Reported her missing to police.', NOTHING], // a missing-person report, not a referral about exploitation
  ])('%s -> %s', (text, want) => {
    expect(reading(text)).toBe(want);
  });
});
