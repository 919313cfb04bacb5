// Session 22b (fewer false alarms): an offence is not the child's when the same sentence, its ; clauses included,
// treats, records or refers the child as a victim ("found holding drugs for adults, treated as a victim", "drugs
// plugged; treated as a victim, NRM referral", "arrested at the flat; NRM referral made"). Of 95 such lines in the
// tuning sets none marks offence wording outside a heading ("NRM referral: the girl entered the UK illegally ..." keeps
// its finding: the referral named before the wording is only the record's title) or a negated frame ("was not treated
// as a victim"). Shared by check.ts and reference/check.ts, over their own tokens.

const FRAME_VERBS: ReadonlySet<string> = new Set([
  'treated',
  'treating',
  'treat',
  'treats',
  'recorded',
  'identified',
  'regarded',
  'referred',
  'recognised',
  'recognized',
]);
const BEFORE_VICTIM: ReadonlySet<string> = new Set(['a', 'an', 'the', 'possible', 'potential', 'likely', 'suspected', 'probable', 'child']);
const VICTIM_WORDS: ReadonlySet<string> = new Set(['victim', 'victims']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nor']);
const LATER: ReadonlySet<string> = new Set(['before', 'until', 'without', 'awaiting']);
const negation = (w: string): boolean => NEGATIONS.has(w) || w.endsWith("n't");
/** How far (in tokens) either side of the wording the frame is looked for. */
export const VICTIM_FRAME_REACH = 15;

/**
 * Whether tokens s..e (end exclusive) of a note have a victim frame near them in their sentence (`samePeriod(k)`: token
 * k is in the sentence of token s, across ; clauses). `norm(k)` is token k's normalised word.
 */
export function victimFramed(norm: (k: number) => string, samePeriod: (k: number) => boolean, n: number, s: number, e: number): boolean {
  const lo = Math.max(0, s - VICTIM_FRAME_REACH);
  const hi = Math.min(n, e + VICTIM_FRAME_REACH);
  for (let k = lo; k < hi; k++) {
    if (!samePeriod(k)) continue;
    const w = norm(k);
    if (VICTIM_WORDS.has(w)) {
      // "treated as a [possible] victim", "treating Dom as a victim", "referred as a potential victim".
      for (let v = k - 1; v >= Math.max(lo, k - 6) && samePeriod(v); v--) {
        if (!FRAME_VERBS.has(norm(v))) continue;
        // "as", then only an article and a hedge before "victim" ("regarded as an offender, not a victim" is no frame).
        let as = false;
        for (let a = k - 1; a > v && !as; a--) {
          if (norm(a) === 'as') as = true;
          else if (!BEFORE_VICTIM.has(norm(a))) break;
        }
        if (as && !(v - 1 >= 0 && samePeriod(v - 1) && negation(norm(v - 1))) && !(v - 2 >= 0 && samePeriod(v - 2) && negation(norm(v - 2)))) return true;
        break;
      }
    } else if (w === 'nrm' && k >= e && k + 1 < n && samePeriod(k + 1) && norm(k + 1) === 'referral') {
      // An NRM referral after the wording, not negated nor yet to come ("no NRM referral was made", "logged as an
      // overstayer before the NRM referral was made").
      let denied = false;
      for (let b = k - 1; b >= Math.max(e, k - 3) && !denied; b--) denied = negation(norm(b)) || LATER.has(norm(b));
      if (!denied) return true;
    }
  }
  return false;
}
