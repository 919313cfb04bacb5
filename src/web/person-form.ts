import type { PersonRecord } from '../services/index.ts';
import { type Body, dateFrom, str } from './forms.ts';

export const NAME_ROWS = 4;
export const ADDRESS_ROWS = 3;
export const IDENTIFIER_ROWS = 3;

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

// Flat form fields ("names-1-given") to the structured input the service validates.
export function personInputFrom(b: Body, kind: string) {
  return {
    kind,
    version: str(b, 'version') || undefined,
    names: rows(NAME_ROWS)
      .map((i) => ({ kind: i === 0 ? 'legal' : str(b, `names-${i}-kind`) || 'alias', given: str(b, `names-${i}-given`), family: str(b, `names-${i}-family`) }))
      .filter((n, i) => i === 0 || n.given.trim() || n.family.trim()),
    dateOfBirth: dateFrom(b, 'dateOfBirth'),
    dobEstimated: str(b, 'dobEstimated') === 'yes',
    gender: str(b, 'gender') || undefined,
    ethnicity: str(b, 'ethnicity') || undefined,
    nhsNumber: str(b, 'nhsNumber'),
    school: str(b, 'school'),
    lookedAfter: str(b, 'lookedAfter') || undefined,
    cpPlan: str(b, 'cpPlan') || undefined,
    addresses: rows(ADDRESS_ROWS)
      .map((i) => ({
        line: str(b, `addresses-${i}-line`),
        postcode: str(b, `addresses-${i}-postcode`),
        fromDate: str(b, `addresses-${i}-fromDate`),
        toDate: str(b, `addresses-${i}-toDate`),
      }))
      .filter((a) => a.line.trim() || a.postcode.trim()),
    identifiers: rows(IDENTIFIER_ROWS)
      .map((i) => ({ kind: str(b, `identifiers-${i}-kind`), value: str(b, `identifiers-${i}-value`) }))
      .filter((r) => r.value.trim()),
  };
}

// The stored record as form values, for the edit page.
export function formValuesFrom(p: PersonRecord): Body {
  const v: Body = {
    version: String(p.version),
    gender: p.gender,
    ethnicity: p.ethnicity,
    nhsNumber: p.nhsNumber ?? '',
    school: p.school ?? '',
    lookedAfter: p.lookedAfter,
    cpPlan: p.cpPlan,
    dobEstimated: p.dobEstimated ? 'yes' : '',
  };
  if (p.dateOfBirth) {
    const [y, m, d] = p.dateOfBirth.split('-');
    Object.assign(v, { 'dateOfBirth-day': d, 'dateOfBirth-month': m, 'dateOfBirth-year': y });
  }
  p.names
    .slice(0, NAME_ROWS)
    .forEach((n, i) => Object.assign(v, { [`names-${i}-kind`]: n.kind, [`names-${i}-given`]: n.given, [`names-${i}-family`]: n.family }));
  p.addresses.slice(0, ADDRESS_ROWS).forEach((a, i) =>
    Object.assign(v, {
      [`addresses-${i}-line`]: a.line,
      [`addresses-${i}-postcode`]: a.postcode,
      [`addresses-${i}-fromDate`]: a.fromDate ?? '',
      [`addresses-${i}-toDate`]: a.toDate ?? '',
    }),
  );
  p.identifiers.slice(0, IDENTIFIER_ROWS).forEach((r, i) => Object.assign(v, { [`identifiers-${i}-kind`]: r.kind, [`identifiers-${i}-value`]: r.value }));
  return v;
}

export const formShape = { nameRows: rows(NAME_ROWS), addressRows: rows(ADDRESS_ROWS), identifierRows: rows(IDENTIFIER_ROWS) };
