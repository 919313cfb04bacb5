import { z } from 'zod';
import { RECORD_CLASS_KEYS, RECORD_CLASSES, type RecordClass } from './classes.ts';

// Retention rules are data: a default set here, which an installation overrides with a JSON file named by
// LANTERN_RETENTION_RULES (services/retention.ts reads it). A rule covers one or more record classes and keeps them
// until `years` after its anchor. Where several rules cover a person's records, all must have expired (so the longest
// wins), which is how "the 25th birthday, or the 26th if ..." and "until a case closes" combine.

export const ANCHORS = {
  date_of_birth: 'date of birth',
  last_activity: 'last activity on the record',
  // The latest case closure; while any case is open the rule cannot expire. With no case at all: the last activity.
  case_closure: 'case closure',
} as const;
export type Anchor = keyof typeof ANCHORS;
const ANCHOR_KEYS = Object.keys(ANCHORS) as [Anchor, ...Anchor[]];

export type RetentionRule = {
  id: string;
  /** Shown in the report after "kept until <date>:", e.g. "looked-after child, 75th birthday". */
  label: string;
  covers: RecordClass[];
  anchor: Anchor;
  years: number;
  /** The rule applies only when the person was at least this old at the last activity on the record. */
  minAgeAtLastActivity?: number | undefined;
  /** Where the period comes from: guidance, regulation, or the local policy that set it. */
  source: string;
};

const NHS_CODE =
  'NHS Records Management Code of Practice 2021 (NHSX), Appendix II retention schedule, children’s records: until the 25th birthday, ' +
  'or the 26th if the young person was 17 at the end of treatment, or 8 years after death. ' +
  'https://transform.england.nhs.uk/information-governance/guidance/records-management-code/records-management-code-of-practice/';

export const DEFAULT_RULES: readonly RetentionRule[] = [
  // NHS Records Management Code of Practice 2021, Appendix II (children's records). Lantern records no date of death, so
  // the "8 years after death" limb does not arise; the 26th-birthday limb is the next rule.
  { id: 'health-25th-birthday', label: 'health record, 25th birthday', covers: ['sexual_health'], anchor: 'date_of_birth', years: 25, source: NHS_CODE },
  {
    id: 'health-26th-birthday-if-17',
    label: 'health record, 26th birthday (17 or older at the last entry)',
    covers: ['sexual_health'],
    anchor: 'date_of_birth',
    years: 26,
    minAgeAtLastActivity: 17,
    source: NHS_CODE,
  },
  // The Care Planning, Placement and Case Review (England) Regulations 2010, reg. 50: a looked-after child's case record
  // is kept until the 75th anniversary of their birth (15 years from death if they die before 18); the Children's Homes
  // (England) Regulations 2015 set the same period for a home's case records. https://www.legislation.gov.uk/uksi/2010/959/part/9
  {
    id: 'looked-after-75th-birthday',
    label: 'looked-after child, 75th birthday',
    covers: ['looked_after_case'],
    anchor: 'date_of_birth',
    years: 75,
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg. 50; Children’s Homes (England) Regulations 2015',
  },
  // Child protection and exploitation records outside care have no national period: each partnership sets its own. The
  // default matches the NHS period for children's records, so the health and safeguarding parts of a record end together.
  {
    id: 'child-protection-local',
    label: 'child protection record, 25th birthday (local period)',
    covers: ['child_case'],
    anchor: 'date_of_birth',
    years: 25,
    source: 'Locally set (override in LANTERN_RETENTION_RULES); default aligned with the NHS Records Management Code of Practice 2021 for children',
  },
  // Adults of concern: locally set. Default six years after the last activity, the general limitation period for
  // claims (Limitation Act 1980, ss. 2 and 5), so a record is not destroyed while it could still be needed in a claim.
  {
    id: 'adult-of-concern-local',
    label: 'adult of concern, 6 years after the last activity (local period)',
    covers: ['adult_subject'],
    anchor: 'last_activity',
    years: 6,
    source: 'Locally set (override in LANTERN_RETENTION_RULES); default after the Limitation Act 1980 six-year period',
  },
  // Lantern's own rule: a record with an open case is in use, and retention runs from when the work ends.
  {
    id: 'open-case',
    label: 'a case is still open',
    covers: ['sexual_health', 'looked_after_case', 'child_case', 'adult_subject'],
    anchor: 'case_closure',
    years: 0,
    source: 'Lantern: records in active casework are not destroyed; periods run from the end of the work',
  },
];

export class RetentionRulesError extends Error {}

const RuleSchema = z
  .object({
    id: z.string({ error: 'give the rule an id' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is lower-case letters, digits and hyphens (at most 64)'),
    label: z.string({ error: 'give the rule a label' }).trim().min(1, 'give the rule a label').max(120, 'a label is at most 120 characters'),
    covers: z
      .array(z.enum(RECORD_CLASS_KEYS as [RecordClass, ...RecordClass[]], { error: `a record class is one of ${RECORD_CLASS_KEYS.join(', ')}` }), {
        error: 'list the record classes the rule covers',
      })
      .min(1, 'list at least one record class the rule covers'),
    anchor: z.enum(ANCHOR_KEYS, { error: `the anchor is one of ${ANCHOR_KEYS.join(', ')}` }),
    years: z
      .number({ error: 'years is a whole number from 0 to 150' })
      .int('years is a whole number from 0 to 150')
      .min(0, 'years is a whole number from 0 to 150')
      .max(150, 'years is a whole number from 0 to 150'),
    minAgeAtLastActivity: z.number().int().min(0).max(150, 'minAgeAtLastActivity is a whole number from 0 to 150').optional(),
    source: z.string({ error: 'cite the source of the period' }).trim().min(1, 'cite the source of the period').max(500, 'a source is at most 500 characters'),
  })
  .strict();

const FileSchema = z.object({ rules: z.array(RuleSchema, { error: 'the file needs a "rules" list' }).min(1, 'the "rules" list is empty') }).strict();

/** Reads the JSON text of a rules file. Throws RetentionRulesError saying what is wrong and where. */
export function parseRules(text: string): RetentionRule[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RetentionRulesError(`not valid JSON (${e instanceof Error ? e.message : 'parse error'})`);
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    throw new RetentionRulesError(`${where}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const r of parsed.data.rules) {
    if (seen.has(r.id)) throw new RetentionRulesError(`rule "${r.id}" appears twice`);
    seen.add(r.id);
  }
  return parsed.data.rules;
}

/**
 * The defaults with the file's rules laid over them: a rule with a default's id replaces it, any other is added.
 * Every record class must still be covered, or its records would be deleted at once.
 */
export function mergeRules(defaults: readonly RetentionRule[], overrides: readonly RetentionRule[]): RetentionRule[] {
  const byId = new Map(defaults.map((r) => [r.id, r]));
  for (const r of overrides) byId.set(r.id, r);
  const merged = [...byId.values()];
  const uncovered = RECORD_CLASS_KEYS.filter((c) => !merged.some((r) => r.covers.includes(c)));
  if (uncovered.length) throw new RetentionRulesError(`no rule covers ${uncovered.map((c) => `${c} (${RECORD_CLASSES[c]})`).join(', ')}`);
  return merged;
}
