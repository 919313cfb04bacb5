import { explainPair, initialM, linkRecords, matchProbability, type LinkResult, type LinkSpec, type RecordTable } from '../core/linkage/index.ts';
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
    {
      name: 'given and family',
      on: [
        { column: 'given', transform: 'phonetic' },
        { column: 'family', transform: 'phonetic' },
      ],
    },
    { name: 'nickname as given', on: [{ column: 'nickname', transform: 'anyOrder', other: 'given' }] },
    {
      name: 'family and year of birth',
      on: [
        { column: 'family', transform: 'phonetic' },
        { column: 'dob', transform: 'year' },
      ],
    },
    { name: 'phone', on: [{ column: 'phone', transform: 'value' }] },
    {
      name: 'vehicle',
      on: [
        { column: 'vrm', transform: 'initial' },
        { column: 'nickname', transform: 'initial' },
      ],
    },
  ],
};

/** The person entities as a linkage table: one row per entity, identifiers from the person record and its links. */
async function personTable(repos: Repositories, now: Date): Promise<{ table: RecordTable; rows: EntityRow[] }> {
  // Every adult of concern any agency holds is compared, whether or not a link names them yet: an entity is made for
  // each on first use, so that a candidate can point at it.
  for (const p of await repos.network.adultsWithoutEntity())
    await repos.network.createEntity({
      kind: 'person',
      personId: p.id,
      label: p.label,
      createdBy: p.createdBy,
      createdByAgency: p.createdByAgency,
      createdAt: now,
      updatedAt: now,
    });
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
      // The first four characters of a registration (the area code and age identifier of a current UK mark) are the
      // part witnesses most often catch, so a partial "LK19" and a full "LK19ABC" agree exactly.
      vrm: col((r) => linked(r.id, (e) => (e.vrm && !e.vrm.slice(0, 4).includes('?') ? e.vrm.slice(0, 4) : null))),
    },
  };
  return { table, rows };
}

// Below this many candidate pairs EM has too little to learn from (one pair in a small demo): m then keeps the
// linker's starting values, u is the linker's estimate (from random pairs), and the prior is that the new person is one of their
// candidates with even odds (a practitioner records a person because they may already be known).
const MIN_TRAINING_PAIRS = 200;
// Below this many records, random pairs are too few to estimate u (three people called "Tiny" among six records would
// make the nickname look common): u then comes from this scale by level, strongest agreement first, the last level
// being "else". The values are of the order Splink's examples estimate on person data.
const MIN_RECORDS_FOR_U = 100;
const SMALL_POPULATION_U = [0.001, 0.005, 0.01, 0.03, 0.1, 0.2];
const ELSE_U = 0.9;

type Scored = { probability: number; weight: number; prior: number; fields: { column: string; label: string; weight: number }[] };

function scorePair(result: LinkResult, k: number, candidates: number, records: number): Scored {
  const x = explainPair(result, k);
  if (result.params.em.trainingPairs >= MIN_TRAINING_PAIRS)
    return {
      probability: x.probability,
      weight: x.weight,
      prior: x.prior,
      fields: x.fields.map((f) => ({ column: f.column, label: f.label, weight: f.weight + f.termFrequency })),
    };
  const m = initialM(result.params.fields.map((f) => f.levels.length));
  const fields = x.fields.map((f, i) => {
    const levels = result.params.fields[i]!.levels;
    const last = f.level === levels.length - 1;
    const u = records >= MIN_RECORDS_FOR_U ? levels[f.level]!.u : last ? ELSE_U : (SMALL_POPULATION_U[f.level - 1] ?? 0.2);
    const weight = f.level === 0 ? 0 : Math.log2(Math.max(m[i]![f.level]!, 1e-6) / Math.max(u, 1e-6));
    return { column: f.column, label: f.label, weight };
  });
  const prior = Math.log2(0.5 / candidates / (1 - 0.5 / candidates));
  const weight = fields.reduce((sum, f) => sum + f.weight, prior);
  return { probability: matchProbability(weight), weight, prior, fields };
}

/** Compares a new person entity with every other and keeps the likely matches as open candidates. */
export async function raiseMatchCandidates(repos: Repositories, e: EntityRow, now: Date): Promise<number> {
  if (e.kind !== 'person') return 0;
  const { table, rows } = await personTable(repos, now);
  const at = rows.findIndex((r) => r.id === e.id);
  if (at < 0 || rows.length < 2) return 0;
  const result = linkRecords(table, null, PERSON_SPEC, { threshold: 0, seed: 20261128 });
  const mine: number[] = [];
  for (let k = 0; k < result.pairs.count; k++) if (result.pairs.left[k] === at || result.pairs.right[k] === at) mine.push(k);
  const found = [];
  for (const k of mine) {
    const a = result.pairs.left[k]!;
    const other = rows[a === at ? result.pairs.right[k]! : a]!;
    const x = scorePair(result, k, mine.length, rows.length);
    if (x.probability < MATCH_THRESHOLD) continue;
    const [left, right] = e.id < other.id ? [e.id, other.id] : [other.id, e.id];
    found.push({
      leftEntity: left,
      rightEntity: right,
      probability: x.probability,
      weight: x.weight,
      comparison: { prior: x.prior, fields: x.fields },
      foundAt: now,
    });
  }
  return repos.network.insertCandidates(found);
}
