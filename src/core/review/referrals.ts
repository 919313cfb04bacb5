import { arraysAndCache, type ContextCache, contextDetailArrays, newContextCache } from '../text/context.ts';
import { compilePatterns, parsePattern, type RangePhraseMatcher } from '../text/matcher.ts';
import { newTokenArrays, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';
import { internPrefix, internWord } from '../text/vocab.ts';

// Wording that records a referral or a statutory response in a case note. A retrospective review counts a threshold
// as acted on when one of these follows it (issue 4 §4 "missed opportunities"). The list follows the routes in
// shared/DOMAIN.md: children's social care (MASH), the police, the NRM, strategy discussions and section 47 enquiries
// (Working Together to Safeguard Children 2023, ch. 2 and 4). Patterns use the core/text/matcher.ts grammar.
// The bare verb ("refer", "to refer") is left out: in notes it is almost always a plan, not a record of an action.
// What counts is that the referral reached the agency and was taken up: a referral declined, refused, rejected, closed
// with no further action, withdrawn, or only planned or discussed is not a response to the threshold (serious case
// reviews repeatedly found "referral made" in files where the referral had been screened out, e.g. the Rochdale
// SCR 2013 and the Oxfordshire SCR 2015), so it leaves the missed opportunity open and is recorded as REFERRAL_DECLINED.
const TO = 'referred|referral|referrals|re-referred|re-referral';
const REFERRAL_WORD = 'referral|referrals|re-referral';
const DECLINED = "declined|refused|rejected|withdrawn|cancelled|nfa|nfa'd|nfaed|nfa-d";
const NOT_ENOUGH = 'insufficient|incomplete|inadequate|lack|missing';
const NOT_TAKEN_UP = 'accepted|progressed|actioned|pursued|upheld|authorised|approved|agreed|allocated';

/** The id of a declined or not progressed referral: recorded on the timeline, never counted as a referral made. */
export const REFERRAL_DECLINED = 'referral_declined';

export const REFERRAL_PHRASES: readonly { id: string; label: string; patterns: readonly string[] }[] = [
  {
    id: 'referred_to_social_care',
    label: "Referral to children's social care (MASH)",
    patterns: [
      `${TO} [made|sent] to|into [the] [local] [authority] [duty] mash|csc|mast|front-door|marac`,
      `${TO} [made|sent] to|into [the] [local] [authority] [duty] children's|childrens|child social care|services|team`,
      `${TO} [made|sent] to|into [the] [local] [authority] [duty] social care|services|worker|workers|work`,
      `${TO} [made|sent] to|into [the] [local] [authority] [duty] early help|help`,
      'mash|csc referral',
      'contacted|called|phoned|rang|emailed|informed [the] mash',
    ],
  },
  {
    id: 'referred_to_police',
    label: 'Referral to the police',
    patterns: [
      `${TO} [made|sent] to|into [the] police|cse|cce|exploitation|missing|ceop`,
      'police referral|referrals',
      // Only what is reported about harm to the child: not "reported her missing to police" (a missing-person report),
      // nor "reported her to the police for criminal damage" (the child reported as an offender: no safeguarding
      // referral, and reading it as one would close a missed opportunity).
      'reported|report to [the] police',
      'reported|report [the|these|those|her|his|their|our|my] concerns|concern|disclosure|disclosures|allegation|allegations|exploitation|abuse to [the] police',
    ],
  },
  {
    id: 'nrm_referral',
    label: 'National Referral Mechanism referral',
    patterns: [
      'nrm referral|referrals',
      `${TO} [made|sent] to|into|through [the] nrm|national`,
      'national referral mechanism [referral|referrals|form]',
      'duty to notify',
    ],
  },
  {
    id: 'referral_recorded',
    label: 'Referral recorded',
    patterns: [
      'referral|referrals [has|have] [been] made|sent|submitted|completed|raised|done|accepted|progressed',
      'made|sent|submitted|completed|raised|accepted a|the [safeguarding] [child] [protection] [mash] [multi-agency] referral|referrals',
      'safeguarding|multi-agency|mase|mace|exploitation|cse|cce referral|referrals',
      'child protection referral|conference|enquiry|enquiries|investigation|plan',
    ],
  },
  {
    id: 'strategy_discussion',
    label: 'Strategy meeting or discussion',
    patterns: ['strategy meeting|meetings|discussion|discussions|meet|call'],
  },
  {
    id: 'section_47',
    label: 'Section 47 enquiry',
    patterns: ['section|s 47 [enquiry|enquiries|investigation]', 's47'],
  },
  {
    // A referral recorded as declined or not taken up: "referral was declined", "declined the referral", "manager
    // declined to refer", "referral not accepted". Shown on the timeline; it never closes a missed opportunity.
    id: REFERRAL_DECLINED,
    label: 'Referral declined or not progressed',
    patterns: [
      `${REFERRAL_WORD} [was|were|has|have|had|is|been] [been] [subsequently|later|then] ${DECLINED}`,
      // "Screened" alone can be the first step of a referral that went ahead ("screened by MASH and allocated").
      `${REFERRAL_WORD} [was|were|has|have|had|is|been] [been] [subsequently|later|then] screened out`,
      `${REFERRAL_WORD} [was|were|has|have|had|is] [been] not|never ${NOT_TAKEN_UP}`,
      `${REFERRAL_WORD} [was|were|has|have|had|is] [been] not|never taken forward`,
      `${REFERRAL_WORD} [was|were|has|have|had|is] [been] closed [with] no further action`,
      "declined|refused|rejected|withdrew|cancelled|declines|refuses|rejects|declining|refusing|wasn't|weren't|hasn't|haven't [the|this|that|our|my|a|her|his|their|school's|school|previous|earlier|further|any|all|both] [mash|csc|police|nrm] referral|referrals|re-referral",
      'declined|refused|declines|refuses|declining|refusing to refer|re-refer',
      'screened|screens out [the|this|that|our|a] [mash|csc|police] referral|referrals',
      `declined|refused|declines|refuses|declining|refusing to make|submit|send|progress|accept [a|the|this] [mash|csc|police|nrm] ${REFERRAL_WORD}`,
    ],
  },
];

// Cues read around a mention (each one a separate entry of the matcher, by kind):
// - PLAN_BEFORE: shortly before the mention, in the same sentence, the mention is a plan or a question, not a referral
//   made ("will make a referral to MASH", "consider a strategy discussion", "agreed to refer"). ConText's hypothetical
//   triggers (if, may, should ...) are applied as well.
// - DECLINE_BEFORE: the same, but the referral was refused ("mum refused consent for a referral to MASH").
//   Neither applies to a mention that itself says the referral was made ("mum declined to engage, referral made").
// - PLAN_AFTER / DECLINE_AFTER: right after the mention (at most AFTER_WINDOW words between, none of them "if" ...):
//   "referral to MASH planned", "referral to MASH was declined by manager", "strategy meeting declined by police".
// - OUTCOME: a declined outcome later in the sentence, or in the next clause after a ; (not after a full stop): "referral made to
//   MASH, which was declined", "MASH referral completed; outcome: NFA", "referral made; MASH declined to progress".
//   It applies to referrals, not to a strategy meeting or a section 47 enquiry (an enquiry closed with no further
//   action was still held).
export const PENDING_CUES: readonly string[] = [
  'consider|considered|considering|considers',
  'will|shall|plan|plans|planned|planning|intend|intends|intended|propose|proposed|recommend|recommended|discuss|discussed',
  'need|needs|needed|require|requires|required|awaiting|await|pending|request|requested|requesting',
  'going|agreed|decided|asked|unable|failed to',
];
export const DECLINE_BEFORE_CUES: readonly string[] = [
  'declined|refused|rejected|declines|refuses|declining|refusing to',
  'refused|declined|withheld|withdrew|refuses|declines|refusing|declining consent|permission|agreement [for|to]',
  'declined|refused|rejected|declines|refuses|declining|refusing [the|an] offer|offers [of]',
];
export const PLAN_AFTER_CUES: readonly string[] = [
  'planned|proposed|considered|discussed|suggested|recommended|requested|arranged|booked|scheduled|drafted',
  'to be made|sent|submitted|completed|considered|discussed|done|raised|held|arranged|agreed|made|followed|reviewed',
  'to follow',
  'being considered|discussed|made|completed|drafted|arranged|explored',
  'under consideration|discussion|review',
  "awaiting|pending|needs|requires [manager|manager's|managers|dsl|team] sign-off|approval|authorisation|authorization|agreement",
  'not|never [yet] made|sent|submitted|completed|done|raised|held|required|needed|necessary',
  "wasn't|weren't|hasn't|haven't|isn't [yet] [been] made|sent|submitted|completed|done|raised|held",
];
export const DECLINE_AFTER_CUES: readonly string[] = [
  'declined|refused|rejected|withdrawn|cancelled|screened',
  // Sent back to the referrer for want of information: not progressed ("referral returned as insufficient information").
  // A reason is required, and one about information: "referral made; she returned home", "referral made to police
  // after she returned with further injuries" are not about the referral.
  `returned|bounced [back] [to] [the] [referrer|sender|school|agency|us|dsl] as|due|because|owing [to|of] [an|the|a] ${NOT_ENOUGH}`,
  'returned|bounced [back] [to] [the] [referrer|sender|school|agency|us|dsl] for|with|requesting [more|further|additional] information|detail|details|clarification',
  `not|never ${NOT_TAKEN_UP}`,
  `wasn't|weren't|hasn't|haven't|isn't [been] ${NOT_TAKEN_UP}`,
];
export const OUTCOME_CUES: readonly string[] = [
  "nfa|nfa'd|nfaed|nfa-d",
  'no further action|actions',
  'did|does|do not meet|reach [the] [mash|csc|social|care|statutory|section|s] [care|17|47] threshold|thresholds|criteria',
  "didn't|doesn't|don't meet|reach [the] [mash|csc|social|care|statutory|section|s] [care|17|47] threshold|thresholds|criteria",
  'not meeting|reaching [the] threshold|thresholds|criteria',
  'below|under [the] threshold|thresholds',
  'threshold|thresholds|criteria not met|reached',
  'not|never accepted|progressed|taken forward',
  'screened out',
  `declined|refused|rejected|declines|refuses|rejects to progress|accept|proceed|take|open|allocate|act`,
  `outcome|decision [was|is] ${DECLINED}|rejected`,
  `which|this|it|that was|has|is [been] ${DECLINED}`,
];
const PENDING_WINDOW = 4; // tokens before the mention
const AFTER_WINDOW = 2; // tokens between the mention and a PLAN_AFTER or DECLINE_AFTER cue

// Kinds of matcher entry: a referral phrase (0.. number of phrases - 1: its index), or a cue.
const PLAN_BEFORE = -1;
const DECLINE_BEFORE = -2;
const PLAN_AFTER = -3;
const DECLINE_AFTER = -4;
const OUTCOME = -5;
// A declined referral mentioned right after (this sentence or the next, across a full stop too): an outcome.
const DECLINED_NEXT = -6;

// The referral phrases (value: the index in REFERRAL_PHRASES), then the cues before a mention (value: the kind): also
// the entries of the review's combined analyser (note.ts, `REFERRAL_ENTRIES`).
const ENTRIES: readonly { patterns: readonly string[]; value: number }[] = [
  ...REFERRAL_PHRASES.map((p, i) => ({ patterns: p.patterns, value: i })),
  { patterns: PENDING_CUES, value: PLAN_BEFORE },
  { patterns: DECLINE_BEFORE_CUES, value: DECLINE_BEFORE },
];
const MATCHER: RangePhraseMatcher<number> = compilePatterns<number>(ENTRIES);
// The cues after a mention, in a matcher of their own, run only on the few words after a mention: they start with
// common words ("to be made", "which was", "not accepted"), which in the combined matcher would slow every note.
const AFTER_ENTRIES: readonly { patterns: readonly string[]; value: number }[] = [
  { patterns: PLAN_AFTER_CUES, value: PLAN_AFTER },
  { patterns: DECLINE_AFTER_CUES, value: DECLINE_AFTER },
  { patterns: OUTCOME_CUES, value: OUTCOME },
];
const AFTER_MATCHER: RangePhraseMatcher<number> = compilePatterns<number>(AFTER_ENTRIES);
const AFTER_VALUES: Int32Array = Int32Array.from(AFTER_ENTRIES.map((e) => e.value));

/** The referral matcher's entries (phrases, then the cues before a mention), for a combined matcher (`referralsInTriples`). */
export const REFERRAL_ENTRIES: readonly { patterns: readonly string[] }[] = ENTRIES;
const ENTRY_VALUES: Int32Array = Int32Array.from(ENTRIES.map((e) => e.value));
const PHRASE_IDS: readonly string[] = REFERRAL_PHRASES.map((p) => p.id);
const DECLINED_INDEX = PHRASE_IDS.indexOf(REFERRAL_DECLINED);
// Responses that are events rather than referrals: a declined outcome later on does not undo them.
const EVENT_IDS: ReadonlySet<string> = new Set(['strategy_discussion', 'section_47']);

/** Does this referral id record a referral made (anything but REFERRAL_DECLINED)? */
export const isReferralMade = (id: string): boolean => id !== REFERRAL_DECLINED;

// Every referral phrase contains one of these (a test checks it), so a note without any cannot mention a referral.
export const REFERRAL_STEMS = /refer|mash|strategy|47|notify|child protection|report/i;

export type ReferralMention = { id: string; start: number; end: number };

/**
 * Referral wording in already tokenized text. A negated or hypothetical mention ("no referral made", "consider a
 * referral to MASH", "if she goes missing again a strategy meeting will be called") is not a referral.
 */
export function findReferrals(tokens: readonly Token[]): ReferralMention[] {
  const { ta, sentences } = arraysAndCache(tokens);
  return referralsInArrays(ta, sentences);
}

const SCRATCH = newTokenArrays(1024);

/**
 * The same as `findReferrals(tokenize(text))` on the fast path (core/text/README.md): notes without a referral stem
 * are skipped, the others scanned into reused token arrays, with no Token objects. Not re-entrant (one scratch buffer).
 */
export function findReferralsInText(text: string): ReferralMention[] {
  if (!REFERRAL_STEMS.test(text)) return [];
  return referralsInArrays(scanText(text, SCRATCH), newContextCache());
}

// Every referral mention holds a token of one required slot of its pattern. KEYS: the words (vocabulary ids) and
// prefixes of one such slot of every referral pattern (not the pending cues), or null when a pattern has none. On a
// scanned note, a note with no key token is skipped with one read per token: cheaper than REFERRAL_STEMS over the
// text, and exact.
const KEYS = referralKeys();

function referralKeys(): { words: Uint8Array; prefixes: readonly number[] } | null {
  const words: number[] = [];
  const prefixes: number[] = [];
  for (const pattern of REFERRAL_PHRASES.flatMap((p) => p.patterns)) {
    const slot = parsePattern(pattern).find((sl) => !sl.optional && sl.alts.every((a) => a.kind !== 'any'));
    if (slot === undefined) return null;
    for (const alt of slot.alts) {
      if (alt.kind === 'word') words.push(internWord(alt.word));
      else if (alt.kind === 'prefix') prefixes.push(internPrefix(alt.prefix));
    }
  }
  const table = new Uint8Array(Math.max(0, ...words) + 1);
  for (const id of words) table[id] = 1;
  return { words: table, prefixes };
}

// Does the note hold a key token (or are there no keys)?
function mayMention(ta: TokenArrays): boolean {
  if (KEYS === null) return true;
  const { words, prefixes } = KEYS;
  const ids = ta.id;
  const nWords = words.length;
  for (let t = 0; t < ta.n; t++) {
    const id = ids[t]!;
    if (id < nWords && words[id] === 1) return true;
    if (prefixes.length > 0) for (let q = ta.pfx[t]!; q >= 0 && ta.pfxData[q]! >= 0; q++) if (prefixes.includes(ta.pfxData[q]!)) return true;
  }
  return false;
}

/**
 * The same on a note already scanned (`scanText(text, ...)`, as analyseTextTokens hands back): no second scan.
 * `sentences`: the ConText cache of that scan (analyseTextTokens hands it back too), so that a sentence the indicators
 * already analysed is not analysed again; its analyses depend only on the tokens.
 */
export function findReferralsInScanned(_text: string, ta: TokenArrays, sentences?: ContextCache): ReferralMention[] {
  if (!mayMention(ta)) return [];
  return referralsInArrays(ta, sentences ?? newContextCache());
}

const NO_OPTS = Object.freeze({});

function referralsInArrays(ta: TokenArrays, sentences: ContextCache): ReferralMention[] {
  if (ta.n === 0) return [];
  // The matcher's triples (entry, startToken, endToken), not match objects: the pending cues are common words.
  const count = MATCHER.matchTriples(ta, 0, ta.n);
  return referralsInTriples(ta, sentences, MATCHER.triples, count, 0);
}

// Words that say, inside a mention, that the referral was made ("referral made to CSC"): a cue before such a mention
// is about something else ("mum declined to engage, referral made to CSC").
export const REFERRAL_DONE_WORDS: readonly string[] = [
  'made',
  'sent',
  'submitted',
  'completed',
  'raised',
  'done',
  'accepted',
  'held',
  'reported',
  'informed',
  'contacted',
  'called',
  'phoned',
  'rang',
  'emailed',
];
const DONE_IDS: ReadonlySet<number> = new Set(REFERRAL_DONE_WORDS.map(internWord));
// A word between a mention and a cue after it that makes the cue a possibility ("referral to MASH, if declined ...").
export const POSSIBILITY_WORDS: readonly string[] = ['if', 'unless', 'should', 'may', 'might', 'could', 'would', 'whether', 'in', 'case'];
const MAYBE_IDS: ReadonlySet<number> = new Set(POSSIBILITY_WORDS.map(internWord));

function anyOf(ids: ReadonlySet<number>, ta: TokenArrays, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ids.has(ta.id[t]!)) return true;
  return false;
}

// A mention kept so far, with its token range (for the cues after it).
type Kept = { mention: ReferralMention; startToken: number; endToken: number; declinedPhrase: boolean; dropped: boolean };

/**
 * The referral mentions from a matcher's `count` triples (entry, startToken, endToken) over `ta`, in the matcher's
 * order, where entry `first + k` is REFERRAL_ENTRIES[k] (other entries are skipped): the same as `findReferralsInScanned`
 * when the matcher holds every match of REFERRAL_ENTRIES (a combined matcher, core/language/analyse.ts `analyserWith`).
 * `sentences`: the ConText cache of the scan. A referral declined or not progressed comes out as REFERRAL_DECLINED;
 * one only planned or discussed is left out.
 */
export function referralsInTriples(ta: TokenArrays, sentences: ContextCache, triples: readonly number[], count: number, first: number): ReferralMention[] {
  let kept: Kept[] | null = null; // most notes have no mention: no array
  let lastEnd = -1;
  let planEnd = -1; // end token of the latest PLAN_BEFORE cue
  let declineEnd = -1; // ... and DECLINE_BEFORE cue
  const values = ENTRY_VALUES;
  const nValues = values.length;
  const sentenceOf = ta.sentence;
  for (let k = 0; k < 3 * count; k += 3) {
    const entry = triples[k]! - first;
    if (entry < 0 || entry >= nValues) continue;
    const value = values[entry]!;
    const startToken = triples[k + 1]!;
    const endToken = triples[k + 2]!;
    if (value < 0) {
      if (value === PLAN_BEFORE) planEnd = Math.max(planEnd, endToken);
      else declineEnd = Math.max(declineEnd, endToken);
      continue;
    }
    if (startToken < lastEnd) continue; // sorted by start, longest first: keep one mention per stretch of wording
    const sentence = sentenceOf[startToken];
    let id = PHRASE_IDS[value]!;
    if (value !== DECLINED_INDEX && !anyOf(DONE_IDS, ta, startToken, endToken)) {
      const before = (end: number) => end > 0 && startToken - end <= PENDING_WINDOW && startToken >= end && sentenceOf[end - 1] === sentence;
      if (before(declineEnd)) id = REFERRAL_DECLINED;
      else if (before(planEnd)) continue;
    }
    const ctx = contextDetailArrays(ta, startToken, endToken, NO_OPTS, sentences);
    if (ctx.negated || ctx.hypothetical) continue;
    const mention = { id, start: ta.start[startToken]!, end: ta.end[endToken - 1]! };
    (kept ??= []).push({ mention, startToken, endToken, declinedPhrase: value === DECLINED_INDEX, dropped: false });
    lastEnd = endToken;
  }
  if (kept === null) return [];
  // The cues after each mention: those that start from its end up to the next mention, within the next sentence at most.
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i]!;
    const next = kept[i + 1];
    const limit = next ? next.startToken : ta.n;
    // The rest of the mention's sentence; the next sentence only where a cue there can count (afterCue): across a ;
    // (an outcome), or when it opens right where the mention ends (a decline). Most mentions need no second sentence.
    let to = m.endToken;
    const own = sentenceOf[m.startToken]!;
    while (to < ta.n && sentenceOf[to] === own) to++;
    if (to < ta.n && (to === m.endToken || ta.period[to] === ta.period[m.startToken])) {
      const following = sentenceOf[to]!;
      while (to < ta.n && sentenceOf[to] === following) to++;
    }
    if (limit > m.endToken && to > m.endToken) {
      const n = AFTER_MATCHER.matchTriples(ta, m.endToken, to);
      const found = AFTER_MATCHER.triples;
      for (let k = 0; k < 3 * n; k += 3) if (found[k + 1]! < limit) afterCue(ta, m, AFTER_VALUES[found[k]!]!, found[k + 1]!);
    }
    // A declined referral right after a referral made is its outcome ("Referral made to MASH. MASH declined the referral.").
    if (next?.declinedPhrase) afterCue(ta, m, DECLINED_NEXT, next.startToken);
  }
  const out: ReferralMention[] = [];
  for (const m of kept) if (!m.dropped) out.push(m.mention);
  return out;
}

// A cue after a mention: declines it, or drops it as a plan, when it is close enough (see the cues above).
function afterCue(ta: TokenArrays, m: Kept, kind: number, cueStart: number): void {
  if (m.dropped || cueStart < m.endToken) return;
  const id = m.mention.id;
  if (id === REFERRAL_DECLINED) return;
  const sentenceOf = ta.sentence;
  const gap = cueStart - m.endToken;
  if (kind === OUTCOME || kind === DECLINED_NEXT) {
    if (EVENT_IDS.has(id)) return;
    // An outcome word in the next sentence only across a ; (one period): "Referral made to MASH. Police NFA the assault
    // on mum." is two matters. A declined referral named there is this one's outcome.
    const d = sentenceOf[cueStart]! - sentenceOf[m.startToken]!;
    if (d === 0 || (d === 1 && (kind === DECLINED_NEXT || ta.period[cueStart] === ta.period[m.startToken]))) m.mention.id = REFERRAL_DECLINED;
    return;
  }
  // "Referral made to MASH; declined by manager.": a sentence that opens with the decline, right after the mention.
  if (kind === DECLINE_AFTER && gap === 0 && !EVENT_IDS.has(id) && sentenceOf[cueStart] === sentenceOf[m.startToken]! + 1) {
    m.mention.id = REFERRAL_DECLINED;
    return;
  }
  if (gap > AFTER_WINDOW || sentenceOf[cueStart] !== sentenceOf[m.startToken] || anyOf(MAYBE_IDS, ta, m.endToken, cueStart)) return;
  if (kind === DECLINE_AFTER) m.mention.id = REFERRAL_DECLINED;
  // "MASH referral sent, awaiting manager sign-off": the referral went; the sign-off is someone else's.
  else if (kind === PLAN_AFTER && !anyOf(DONE_IDS, ta, m.endToken, cueStart)) m.dropped = true;
}
