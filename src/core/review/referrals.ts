import { arraysAndCache, type ContextCache, contextDetailArrays, newContextCache } from '../text/context.ts';
import { compilePatterns, parsePattern, type RangePhraseMatcher } from '../text/matcher.ts';
import { newTokenArrays, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';
import { internPrefix, internWord } from '../text/vocab.ts';

// Wording that records a referral or a statutory response in a case note. A retrospective review counts a threshold
// as acted on when one of these follows it (issue 4 §4 "missed opportunities"). The list follows the routes in
// shared/DOMAIN.md: children's social care (MASH), the police, the NRM, strategy discussions and section 47 enquiries
// (Working Together to Safeguard Children 2023, ch. 2 and 4). Patterns use the core/text/matcher.ts grammar.
// The bare verb ("refer", "to refer") is left out: in notes it is almost always a plan, not a record of an action.
const TO = 'referred|referral|referrals|re-referred|re-referral';
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
    patterns: [`${TO} [made|sent] to|into [the] police|cse|cce|exploitation|missing|ceop`, 'police referral|referrals'],
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
];

// A mention with one of these shortly before it, in the same sentence, is a plan or a question, not a referral made
// ("will make a referral to MASH", "consider a strategy discussion", "agreed to refer"). ConText's hypothetical triggers
// (if, may, should ...) are applied as well.
export const PENDING_CUES: readonly string[] = [
  'consider|considered|considering|considers',
  'will|shall|plan|plans|planned|planning|intend|intends|intended|propose|proposed|recommend|recommended|discuss|discussed',
  'need|needs|needed|require|requires|required|awaiting|await|pending|request|requested|requesting',
  'going|agreed|decided|asked|declined|refused|unable|failed to',
];
const PENDING_WINDOW = 4; // tokens before the mention

// The referral phrases (value: the id), then the pending cues (value null): also the entries of the review's combined
// analyser (note.ts, `REFERRAL_ENTRIES`).
const ENTRIES: readonly { patterns: readonly string[]; value: string | null }[] = [
  ...REFERRAL_PHRASES.map((p) => ({ patterns: p.patterns, value: p.id })),
  { patterns: PENDING_CUES, value: null },
];
const MATCHER: RangePhraseMatcher<string | null> = compilePatterns<string | null>(ENTRIES);

/** The referral matcher's entries (phrases, then the pending cues), for a combined matcher (`referralsInTriples`). */
export const REFERRAL_ENTRIES: readonly { patterns: readonly string[] }[] = ENTRIES;
const ENTRY_VALUES: readonly (string | null)[] = ENTRIES.map((e) => e.value);

// Every referral phrase contains one of these (a test checks it), so a note without any cannot mention a referral.
export const REFERRAL_STEMS = /refer|mash|strategy|47|notify|child protection/i;

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

/**
 * The referral mentions from a matcher's `count` triples (entry, startToken, endToken) over `ta`, in the matcher's
 * order, where entry `first + k` is REFERRAL_ENTRIES[k] (other entries are skipped): the same as `findReferralsInScanned`
 * when the matcher holds every match of REFERRAL_ENTRIES (a combined matcher, core/language/analyse.ts `analyserWith`).
 * `sentences`: the ConText cache of the scan.
 */
export function referralsInTriples(ta: TokenArrays, sentences: ContextCache, triples: readonly number[], count: number, first: number): ReferralMention[] {
  const out: ReferralMention[] = [];
  let lastEnd = -1;
  let pendingEnd = -1; // end token of the latest pending cue
  const values = ENTRY_VALUES;
  for (let k = 0; k < 3 * count; k += 3) {
    const entry = triples[k]! - first;
    if (entry < 0 || entry >= values.length) continue;
    const value = values[entry] ?? null;
    const startToken = triples[k + 1]!;
    const endToken = triples[k + 2]!;
    if (value === null) {
      pendingEnd = Math.max(pendingEnd, endToken);
      continue;
    }
    if (startToken < lastEnd) continue; // sorted by start, longest first: keep one mention per stretch of wording
    const sentence = ta.sentence[startToken];
    if (pendingEnd > 0 && startToken - pendingEnd <= PENDING_WINDOW && ta.sentence[pendingEnd - 1] === sentence) continue;
    const ctx = contextDetailArrays(ta, startToken, endToken, NO_OPTS, sentences);
    if (ctx.negated || ctx.hypothetical) continue;
    out.push({ id: value, start: ta.start[startToken]!, end: ta.end[endToken - 1]! });
    lastEnd = endToken;
  }
  return out;
}
