import { ageOn } from '../records/age.ts';
import { classesOf, RECORD_CLASSES, type RecordClass } from './classes.ts';
import { addYears } from './dates.ts';
import type { RetentionRule } from './rules.ts';

// Decides, for one person, whether their record is due for deletion: every rule covering any of their records has
// expired and no legal hold applies. Pure: dates are London calendar dates ('YYYY-MM-DD') passed in.

export type PersonFacts = {
  personId: string;
  kind: string;
  dateOfBirth: string | null;
  dobEstimated: boolean;
  lookedAfter: string;
  hasSexualHealth: boolean;
  cases: number;
  openCases: number;
  /** London date of the latest case closure, if any case closed. */
  lastClosedOn: string | null;
  /** London date of the latest activity anywhere on the record (entries, cases, screenings, links, orders...). */
  lastActivityOn: string;
};

// A legal hold (a public inquiry's instruction not to destroy, a claim, a court order): everything, or one person.
export type Hold = { id: string; scope: 'all' | 'person'; personId: string | null; reference: string };

export type RuleOutcome = {
  rule: RetentionRule;
  /** When the rule stops keeping the record; null when it cannot be worked out or cannot expire yet (see `note`). */
  expiresOn: string | null;
  note: string | null;
};

export type Status = 'delete' | 'held' | 'kept';

export type Verdict = {
  personId: string;
  classes: RecordClass[];
  status: Status;
  /** The rule that keeps the record longest: the one that expired last, or the one still keeping it. */
  binding: RuleOutcome | null;
  outcomes: RuleOutcome[];
  holds: Hold[];
  /** Kept until (or due since) this date, when known. */
  until: string | null;
  explanation: string;
};

/** The active holds that apply to a person. */
export const holdsFor = (personId: string, holds: readonly Hold[]): Hold[] => holds.filter((h) => h.scope === 'all' || h.personId === personId);

function outcome(rule: RetentionRule, f: PersonFacts): RuleOutcome | null {
  if (rule.minAgeAtLastActivity !== undefined) {
    // Unknown age at the last entry: apply the rule, the longer period, rather than guess it away.
    if (f.dateOfBirth && ageOn(f.dateOfBirth, new Date(`${f.lastActivityOn}T12:00:00Z`)) < rule.minAgeAtLastActivity) return null;
  }
  switch (rule.anchor) {
    case 'date_of_birth':
      return f.dateOfBirth
        ? { rule, expiresOn: addYears(f.dateOfBirth, rule.years), note: f.dobEstimated ? 'from an estimated date of birth' : null }
        : { rule, expiresOn: null, note: 'no date of birth is recorded, so the date cannot be worked out: review by hand' };
    case 'last_activity':
      return { rule, expiresOn: addYears(f.lastActivityOn, rule.years), note: null };
    case 'case_closure':
      if (f.openCases > 0) return { rule, expiresOn: null, note: f.openCases === 1 ? 'one case is open' : `${f.openCases} cases are open` };
      return { rule, expiresOn: addYears(f.lastClosedOn ?? f.lastActivityOn, rule.years), note: f.cases ? null : 'no case: from the last activity' };
  }
}

// Indefinite (null) outlasts any date; otherwise the later date.
const outlasts = (a: RuleOutcome, b: RuleOutcome): boolean => (a.expiresOn === null ? b.expiresOn !== null : b.expiresOn !== null && a.expiresOn > b.expiresOn);

export function evaluate(f: PersonFacts, rules: readonly RetentionRule[], activeHolds: readonly Hold[], today: string): Verdict {
  const classes = classesOf(f);
  const holds = holdsFor(f.personId, activeHolds);
  const base = { personId: f.personId, classes, holds };
  const uncovered = classes.filter((c) => !rules.some((r) => r.covers.includes(c)));
  if (uncovered.length) {
    // mergeRules refuses such a rule set; this keeps a record safe if one is ever passed in anyway.
    const what = uncovered.map((c) => RECORD_CLASSES[c]).join(', ');
    return { ...base, status: 'kept', binding: null, outcomes: [], until: null, explanation: `kept: no retention rule covers ${what}` };
  }
  const outcomes = rules.filter((r) => r.covers.some((c) => classes.includes(c))).flatMap((r) => outcome(r, f) ?? []);
  const binding = outcomes.reduce<RuleOutcome | null>((best, o) => (best === null || outlasts(o, best) ? o : best), null);
  if (!binding) return { ...base, status: 'kept', binding: null, outcomes, until: null, explanation: 'kept: no retention rule applies' };
  const note = binding.note ? ` (${binding.note})` : '';
  if (binding.expiresOn === null) return { ...base, status: 'kept', binding, outcomes, until: null, explanation: `kept: ${binding.rule.label}${note}` };
  if (binding.expiresOn > today)
    return {
      ...base,
      status: 'kept',
      binding,
      outcomes,
      until: binding.expiresOn,
      explanation: `kept until ${binding.expiresOn}: ${binding.rule.label}${note}`,
    };
  const due = `every rule has expired, the last on ${binding.expiresOn}: ${binding.rule.label}${note}`;
  if (holds.length)
    return {
      ...base,
      status: 'held',
      binding,
      outcomes,
      until: binding.expiresOn,
      explanation: `held back by a legal hold (${holds.map((h) => h.reference).join('; ')}); ${due}`,
    };
  return { ...base, status: 'delete', binding, outcomes, until: binding.expiresOn, explanation: `due for deletion: ${due}` };
}
