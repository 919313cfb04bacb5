import { arraysAndCache, type ContextCache, contextDetailArrays, newContextCache } from '../text/context.ts';
import { compilePatterns, type RangePhraseMatcher } from '../text/matcher.ts';
import { newTokenArrays, scanText, type Token, type TokenArrays } from '../text/tokenize.ts';

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

const MATCHER: RangePhraseMatcher<string | null> = compilePatterns<string | null>([
  ...REFERRAL_PHRASES.map((p) => ({ patterns: p.patterns, value: p.id })),
  { patterns: PENDING_CUES, value: null },
]);

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

/** The same on a note already scanned (`scanText(text, ...)`, as analyseTextTokens hands back): no second scan. */
export function findReferralsInScanned(text: string, ta: TokenArrays): ReferralMention[] {
  if (!REFERRAL_STEMS.test(text)) return [];
  return referralsInArrays(ta, newContextCache());
}

function referralsInArrays(ta: TokenArrays, sentences: ContextCache): ReferralMention[] {
  const out: ReferralMention[] = [];
  if (ta.n === 0) return out;
  let lastEnd = -1;
  let pendingEnd = -1; // end token of the latest pending cue
  for (const m of MATCHER.matchArrays(ta, 0, ta.n)) {
    if (m.value === null) {
      pendingEnd = Math.max(pendingEnd, m.endToken);
      continue;
    }
    if (m.startToken < lastEnd) continue; // sorted by start, longest first: keep one mention per stretch of wording
    const sentence = ta.sentence[m.startToken];
    if (pendingEnd > 0 && m.startToken - pendingEnd <= PENDING_WINDOW && ta.sentence[pendingEnd - 1] === sentence) continue;
    const ctx = contextDetailArrays(ta, m.startToken, m.endToken, {}, sentences);
    if (ctx.negated || ctx.hypothetical) continue;
    out.push({ id: m.value, start: m.start, end: m.end });
    lastEnd = m.endToken;
  }
  return out;
}
