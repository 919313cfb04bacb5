// Field specs from column names, for callers that only know which columns to compare (the `lantern link` command):
// the kind of comparison is inferred from the name and can be overridden.
import { FIELD_KINDS, type FieldKind, type FieldSpec } from './types.ts';

/** Kinds a user can ask for: the field kinds, plus "given" (a name with the nickname level) and "surname". */
export const FIELD_TYPES = [...FIELD_KINDS, 'given', 'surname'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const GIVEN = /^(given|first|fore|christian)[ _-]?names?$|^forenames?$|^first$/i;
const FAMILY = /^(sur|family|last)[ _-]?names?$/i;
const DATE = /(^|[ _-])(dob|date|birth[ _-]?date|d\.o\.b)([ _-]|$)|date[ _-]?of[ _-]?birth|birthday/i;
const POSTCODE = /post[ _-]?code|postal[ _-]?code|zip/i;
const EMAIL = /e[ _-]?mail/i;
const IDENTIFIER = /(^|[ _-])(nhs|chi|upn|ssn|nino|ni[ _-]?number|soc[ _-]?sec)([ _-]|$)|[ _-]id$|^id[ _-]/i;

/** The comparison a column gets when none is given: by its name, else a general string comparison. */
export function inferFieldType(column: string): FieldType {
  const c = column.trim();
  if (GIVEN.test(c)) return 'given';
  if (FAMILY.test(c)) return 'surname';
  if (/(^|[ _-])name$/i.test(c)) return 'name';
  if (DATE.test(c)) return 'date';
  if (POSTCODE.test(c)) return 'postcode';
  if (EMAIL.test(c)) return 'email';
  if (IDENTIFIER.test(c)) return 'id';
  return 'string';
}

export const isFieldType = (s: string): s is FieldType => (FIELD_TYPES as readonly string[]).includes(s);

/**
 * Field specs for columns with optional explicit types. Given and family names swap with each other (when there is
 * one of each); names, postcodes and free-text fields get term-frequency adjustments.
 */
export function fieldSpecs(columns: readonly { column: string; type?: FieldType }[]): FieldSpec[] {
  const typed = columns.map((c) => ({ column: c.column, type: c.type ?? inferFieldType(c.column) }));
  const given = typed.filter((c) => c.type === 'given');
  const family = typed.filter((c) => c.type === 'surname');
  const pair = given.length === 1 && family.length === 1 ? { given: given[0]!.column, family: family[0]!.column } : null;
  return typed.map(({ column, type }): FieldSpec => {
    const kind: FieldKind = type === 'given' || type === 'surname' ? 'name' : type;
    const spec: FieldSpec = { column, kind };
    if (type === 'given') spec.nicknames = true;
    if (pair && column === pair.given) spec.swapWith = pair.family;
    if (pair && column === pair.family) spec.swapWith = pair.given;
    // Frequent values say less: a shared "smith" or "london" is weaker evidence than a shared rare value.
    if (kind === 'name' || kind === 'postcode' || kind === 'string' || kind === 'exact') spec.termFrequency = true;
    return spec;
  });
}
