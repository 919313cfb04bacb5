import { linkRecords, explainPair, type LinkSpec, type RecordTable } from '../core/linkage/index.ts';
import type { EntityRow } from '../db/repositories/network.ts';
import type { Repositories } from '../db/store.ts';

// Matching people across agencies (issue 5): a person recorded from a disclosure ("an adult called Tiny") is compared
// with every other person entity by the Fellegi-Sunter linker in core/linkage, m/u estimated by EM over the people
// held. Pairs at or above MATCH_THRESHOLD become match candidates for a lead to review; nothing merges on its own.

export const MATCH_THRESHOLD = 0.5;

// Given and family names (with nicknames and spelling variants), a nickname column, date of birth, postcode, and the
// phone numbers and registrations linked to the person: the identifiers practitioners hear in a disclosure.
const PERSON_SPEC: LinkSpec = {
  fields: [
    { column: 'given', kind: 'name', nicknames: true },
    { column: 'family', kind: 'name', termFrequency: true },
    { column: 'nickname', kind: 'name' },
    { column: 'dob', kind: 'date' },
    { column: 'postcode', kind: 'postcode' },
    { column: 'phone', kind: 'exact' },
    { column: 'vrm', kind: 'string' },
  ],
  blocking: [
    { name: 'nickname', on: [{ column: 'nickname', transform: 'value' }] },
    { name: 'given and family', on: [{ column: 'given', transform: 'phonetic' }, { column: 'family', transform: 'phonetic' }] },
    { name: 'nickname as given', on: [{ column: 'nickname', transform: 'anyOrder', other: 'given' }] },
    { name: 'family and year of birth', on: [{ column: 'family', transform: 'phonetic' }, { column: 'dob', transform: 'year' }] },
    { name: 'phone', on: [{ column: 'phone', transform: 'value' }] },
    { name: 'vehicle', on: [{ column: 'vrm', transform: 'initial' }, { column: 'nickname', transform: 'initial' }] },
  ],
};

/** The person entities as a linkage table: one row per entity, identifiers from the person record and its links. */
async function personTable(repos: Repositories): Promise<{ table: RecordTable; rows: EntityRow[] }> {
  const rows = await repos.network.personEntities();
  const people = new Map((await repos.people.getMany(rows.flatMap((r) => (r.personId ? [r.personId] : [])))).map((p) => [p.id, p]));
  const links = await repos.network.linksTouching(rows.map((r) => r.id));
  const ends = new Map((await repos.network.entities([...new Set(links.flatMap((l) => [l.fromEntity, l.toEntity]))])).map((e) => [e.id, e]));
  const linked = (id: string, pick: (e: EntityRow) => string | null) => {
    for (const l of links) {
      const other = l.fromEntity === id ? l.toEntity : l.toEntity === id ? l.fromEntity : null;
      const e = other ? ends.get(other) : undefined;
      const v = e ? pick(e) : null;
      if (v) return v;
    }
    return null;
  };
  const col = (f: (r: EntityRow) => string | null | undefined) => rows.map(f);
  const nameOf = (r: EntityRow, kind: 'legal' | 'nickname') => people.get(r.personId ?? '')?.names.find((n) => n.kind === kind);
  const table: RecordTable = {
    ids: rows.map((r) => r.id),
    columns: {
      given: col((r) => nameOf(r, 'legal')?.given),
      family: col((r) => nameOf(r, 'legal')?.family),
      nickname: col((r) => nameOf(r, 'nickname')?.given),
      dob: col((r) => people.get(r.personId ?? '')?.dateOfBirth),
      postcode: col((r) => people.get(r.personId ?? '')?.addresses[0]?.postcode),
      phone: col((r) => linked(r.id, (e) => e.phone)),
      vrm: col((r) => linked(r.id, (e) => e.vrm)),
    },
  };
  return { table, rows };
}

/** Compares a new person entity with every other and keeps the likely matches as open candidates. */
export async function raiseMatchCandidates(repos: Repositories, e: EntityRow, now: Date): Promise<number> {
  if (e.kind !== 'person') return 0;
  const { table, rows } = await personTable(repos);
  const at = rows.findIndex((r) => r.id === e.id);
  if (at < 0 || rows.length < 2) return 0;
  const result = linkRecords(table, null, PERSON_SPEC, { threshold: MATCH_THRESHOLD, seed: 20261128 });
  const found = [];
  for (let k = 0; k < result.pairs.count; k++) {
    const a = result.pairs.left[k]!;
    const b = result.pairs.right[k]!;
    if (a !== at && b !== at) continue;
    const other = rows[a === at ? b : a]!;
    const x = explainPair(result, k);
    const [left, right] = e.id < other.id ? [e.id, other.id] : [other.id, e.id];
    found.push({
      leftEntity: left,
      rightEntity: right,
      probability: x.probability,
      weight: x.weight,
      comparison: { prior: x.prior, fields: x.fields.map((f) => ({ column: f.column, label: f.label, weight: f.weight + f.termFrequency })) },
      foundAt: now,
    });
  }
  return repos.network.insertCandidates(found);
}
