// The declarative parts of a linkage model: which fields are compared and how, and how candidate pairs are found.

/** How a field is compared. Each kind has its own comparison levels (comparisons.ts). */
export const FIELD_KINDS = ['name', 'date', 'postcode', 'email', 'id', 'exact', 'string'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export type FieldSpec = {
  column: string;
  kind: FieldKind;
  /** Names only: a level for known nicknames and short forms (core/identity NICKNAME_GROUPS). For given names. */
  nicknames?: boolean;
  /** Names only: a level for "this field equals the other record's `swapWith` field" (given and family name swapped). */
  swapWith?: string;
  /** Scale the weight of an exact match by how common the value is (a match on a rare surname says more). */
  termFrequency?: boolean;
  /** Replace the kind's comparison levels (advanced). */
  levels?: readonly LevelSpec[];
};

/**
 * One test that puts a pair of values in a comparison level. Levels are tried in order; the first that holds wins.
 * Every field also has a first level "null" (a value is missing on either side) and a last level "else".
 */
export type LevelTest =
  | { op: 'exact' }
  | { op: 'jaroWinkler'; min: number }
  | { op: 'phonetic' }
  | { op: 'nickname' }
  | { op: 'swapped' }
  | { op: 'editDistance'; max: number }
  | { op: 'datePartial' }
  | { op: 'dateTransposed' }
  | { op: 'dateOneComponent' }
  | { op: 'dateWithinDays'; days: number }
  | { op: 'postcodeDistrict' }
  | { op: 'postcodeArea' }
  | { op: 'emailUser' }
  | { op: 'emailUserJaroWinkler'; min: number };

export type LevelSpec = { label: string; test: LevelTest };

/** How to turn one field of a record into (part of) a blocking key. */
export const KEY_TRANSFORMS = ['value', 'soundex', 'phonetic', 'initial', 'year', 'yearMonth', 'district', 'area', 'emailUser', 'anyOrder'] as const;
export type KeyTransform = (typeof KEY_TRANSFORMS)[number];
/** `anyOrder` pairs this column with `other` and ignores their order, so that swapped names share a key. */
export type BlockKeyPart = { column: string; transform: KeyTransform; other?: string };
/**
 * Records are compared when every part of the rule's key is present and equal. A `broad` rule is used only while the
 * candidate pairs stay within the run's budget (maxCandidatePairs): it adds recall on small files and drops out on
 * large ones.
 */
export type BlockingRuleSpec = { name: string; on: readonly BlockKeyPart[]; broad?: boolean };

export type LinkSpec = { fields: readonly FieldSpec[]; blocking?: readonly BlockingRuleSpec[] };

/** Input records, column by column. An empty string (after trimming) is a missing value. */
export type RecordTable = { ids: readonly string[]; columns: Readonly<Record<string, readonly (string | null | undefined)[]>> };
