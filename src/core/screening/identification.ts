// The identification report groups (issue 3): make under-identification of boys, and of any group, visible.

export const AGE_BANDS = [
  { key: 'under_10', label: 'Under 10', max: 9 },
  { key: '10_12', label: '10 to 12', max: 12 },
  { key: '13_15', label: '13 to 15', max: 15 },
  { key: '16_17', label: '16 to 17', max: 17 },
  { key: '18_25', label: '18 to 25', max: 25 },
] as const;

export function ageBand(age: number): string {
  return (AGE_BANDS.find((b) => age <= b.max) ?? AGE_BANDS[AGE_BANDS.length - 1]!).key;
}

// ONS high-level ethnic groups from the 19 categories (the key prefix before the first underscore).
export const ETHNIC_GROUPS: Record<string, string> = {
  white: 'White',
  mixed: 'Mixed or multiple ethnic groups',
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  arab: 'Other ethnic group',
  other: 'Other ethnic group',
  not: 'Not stated',
};
/** The group's key: the census category's prefix, with Arab under Other (as ONS groups it), else 'not'. */
export const ethnicGroupKey = (ethnicity: string): string => {
  const k = ethnicity.split('_')[0]!;
  return k === 'arab' ? 'other' : Object.hasOwn(ETHNIC_GROUPS, k) ? k : 'not';
};
export const ethnicGroup = (ethnicity: string): string => ETHNIC_GROUPS[ethnicGroupKey(ethnicity)]!;

export type IdentificationRow = { gender: string; age: number; ethnicity: string; screened: number; referred: number; medium_plus: number };
export type Tally = { key: string; screened: number; mediumPlus: number; referred: number };

export function tallyBy(rows: readonly IdentificationRow[], keyOf: (r: IdentificationRow) => string): Tally[] {
  const m = new Map<string, Tally>();
  for (const r of rows) {
    const k = keyOf(r);
    const t = m.get(k) ?? { key: k, screened: 0, mediumPlus: 0, referred: 0 };
    t.screened += r.screened;
    t.mediumPlus += r.medium_plus;
    t.referred += r.referred;
    m.set(k, t);
  }
  return [...m.values()].sort((a, b) => a.key.localeCompare(b.key));
}
