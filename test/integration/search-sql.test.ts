// The name search's SQL (src/db/repositories/people.ts search): candidates from the name indexes, then scored. These
// pin down what the two-step query must keep: both words must match for two, either name for one, other criteria and
// the record kind narrow the candidates, deleted records never appear, and the best match comes first. Spellings are
// matched among the distinct names (migrations/0014), which a trigger keeps in step with the name rows.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/services/index.ts';
import { criteriaFrom } from '../../src/services/people.ts';
import { buildWorld, childInput } from '../fixtures/world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

let t: TestDatabase;
let services: Services;
let world: Awaited<ReturnType<typeof buildWorld>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(), testConfig());
  world = await buildWorld(t.store, services);
  const ctx = world.ctxOf('home.practitioner');
  const child = async (key: string, given: string, family: string, dateOfBirth: string, kind = 'child') => {
    ids[key] = (
      await services.people.create(
        ctx,
        childInput({ kind, names: [{ kind: 'legal', given, family }], dateOfBirth, nhsNumber: '', identifiers: [], addresses: [] }),
      )
    ).id;
  };
  await child('amara', 'Amara', 'Okafor', '2011-03-02');
  await child('amaraTwin', 'Amara', 'Okafor', '2011-03-02');
  await child('amaraOther', 'Amara', 'Okafor', '2012-07-09');
  await child('chioma', 'Chioma', 'Okafor', '2010-01-15');
  await child('amaraB', 'Amarah', 'Bello', '2011-05-05');
  await child('adult', 'Amara', 'Okafor', '1990-01-01', 'adult');
  await child('gone', 'Amara', 'Okafor', '2011-03-02');
  await t.db.execute(sql`update person set deleted_at = now() where id = ${ids['gone']!}`);
}, 60_000);
afterAll(async () => ifSet(t)?.close());

const search = (raw: Record<string, string>) => t.store.transaction((repos) => repos.people.search(criteriaFrom(raw)));
const found = async (raw: Record<string, string>) => (await search(raw)).map((r) => r.id);

describe('name search SQL', () => {
  it('needs both words to match for a full name, and ranks the exact name first', async () => {
    const hits = await search({ name: 'amara okafor' });
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([ids['amara'], ids['amaraTwin'], ids['amaraOther'], ids['adult']]));
    expect(hits.map((h) => h.id)).not.toContain(ids['chioma']);
    expect(hits.map((h) => h.id)).not.toContain(ids['amaraB']);
    expect(hits[0]!.score).toBeCloseTo(1, 5);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('finds one word in either name, and a misspelling through trigrams or sound', async () => {
    expect(await found({ name: 'okafor' })).toEqual(expect.arrayContaining([ids['amara'], ids['chioma']]));
    expect(await found({ name: 'chioma' })).toContain(ids['chioma']);
    expect(await found({ name: 'okafur' })).toContain(ids['chioma']);
  });

  it('narrows by date of birth and record kind, and never returns a deleted record', async () => {
    expect((await found({ name: 'amara okafor', dateOfBirth: '2011-03-02' })).sort()).toEqual([ids['amara'], ids['amaraTwin']].sort());
    const children = await t.store.transaction((repos) => repos.people.search({ ...criteriaFrom({ name: 'amara okafor' }), kind: 'child' }));
    expect(children.map((h) => h.id)).not.toContain(ids['adult']);
    expect(await found({ name: 'amara okafor' })).not.toContain(ids['gone']);
  });

  it('returns nothing when no name matches, and leaves the planner settings as they were', async () => {
    const r = await t.store.transaction(async (repos, tx) => {
      const hits = await repos.people.search(criteriaFrom({ name: 'zzqx vvrk' }));
      const setting = await tx.execute<{ v: string }>(sql`select current_setting('enable_seqscan') as v`);
      return { hits, seqscan: setting.rows[0]!.v };
    });
    expect(r.hits).toEqual([]);
    expect(r.seqscan).toBe('on');
  });

  it('keeps the distinct names in step with the name rows: a renamed or removed name goes when its last row goes', async () => {
    const counts = async (table: 'given_name_term' | 'family_name_term', column: 'given_normalised' | 'family_normalised') => {
      const r = await t.db.execute<{ drift: number }>(
        sql`select count(*)::int as drift from (
              select term, uses from ${sql.identifier(table)}
              except select ${sql.identifier(column)}, count(*)::int from person_name where ${sql.identifier(column)} <> '' group by 1) d`,
      );
      const terms = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
      const names = await t.db.execute<{ n: number }>(
        sql`select count(distinct ${sql.identifier(column)})::int as n from person_name where ${sql.identifier(column)} <> ''`,
      );
      return { drift: r.rows[0]!.drift, terms: terms.rows[0]!.n, names: names.rows[0]!.n };
    };
    const family = async (term: string) =>
      (await t.db.execute<{ uses: number }>(sql`select uses from family_name_term where term = ${term}`)).rows[0]?.uses ?? 0;
    expect(await family('okafor')).toBeGreaterThanOrEqual(6);
    // Bello has one name row: renaming it to Fenwick drops the old spelling and finds the new one.
    await t.db.execute(sql`update person_name set family_normalised = 'fenwick', normalised = 'amarah fenwick' where person_id = ${ids['amaraB']!}`);
    expect(await family('bello')).toBe(0);
    expect(await family('fenwick')).toBe(1);
    expect(await found({ name: 'amarah fenwick' })).toContain(ids['amaraB']);
    expect(await found({ name: 'bello' })).not.toContain(ids['amaraB']);
    await t.db.execute(sql`delete from person_name where person_id = ${ids['amaraB']!}`);
    expect(await family('fenwick')).toBe(0);
    for (const [table, column] of [
      ['given_name_term', 'given_normalised'],
      ['family_name_term', 'family_normalised'],
    ] as const) {
      const c = await counts(table, column);
      expect(c.drift, table).toBe(0);
      expect(c.terms, table).toBe(c.names);
    }
  });

  // Migration 0013's candidate functions, which read every name row, as the oracle for 0014's, which read the distinct
  // names (the same answers, except that an empty name is never a spelling or sound match).
  it('finds the same candidates as the row-by-row functions it replaced, for full names, single words and nicknames', async () => {
    const ctx = world.ctxOf('home.practitioner');
    for (const [given, family, nick] of [
      ['Jonathan', 'Okafur', 'Jonny'],
      ['Mohammed', 'Khan', 'Mo'],
      ['Muhammad', 'Kahn', ''],
      ['Olivia', 'Jones', 'Liv'],
      ['Olivier', 'Jonas', ''],
      ['Li', 'Wu', ''],
    ] as const) {
      const names = [{ kind: 'legal', given, family }, ...(nick ? [{ kind: 'nickname', given: nick, family: '' }] : [])];
      await services.people.create(ctx, childInput({ names, nhsNumber: '', identifiers: [], addresses: [] }));
    }
    const oldGiven = (g: { raw: string; keys: string[] }) => sql`
      select n.person_id from person_name n where n.given_keys && ${sql.param(g.keys)}::text[]
      union select n.person_id from person_name n where similarity(n.given_normalised, ${g.raw}) >= 0.4
      union select n.person_id from person_name n where length(${g.raw}) >= 3 and n.given_normalised <> '' and dmetaphone(n.given_normalised) = dmetaphone(${g.raw})`;
    const oldFamily = (f: string) => sql`
      select n.person_id from person_name n where similarity(n.family_normalised, ${f}) >= 0.4
      union select n.person_id from person_name n where length(${f}) >= 3 and n.family_normalised <> '' and dmetaphone(n.family_normalised) = dmetaphone(${f})`;
    const ids = async (q: ReturnType<typeof sql>) =>
      (await t.db.execute<{ id: string }>(sql`select distinct x.id from (${q}) as x(id) order by 1`)).rows.map((r) => r.id);
    let nonEmpty = 0;
    for (const name of [
      'jonny okafor',
      'mo khan',
      'muhammad khan',
      'olivia jonse',
      'liv jones',
      'li wu',
      'amara okafor',
      'okafor',
      'mo',
      'kahn',
      'olivier',
      'wu',
    ]) {
      const c = criteriaFrom({ name });
      const [expected, got] = c.given
        ? [
            await ids(sql`(${oldGiven(c.given)}) intersect (${oldFamily(c.family!)})`),
            await ids(sql`select lantern_full_name_candidates(${c.given.raw}, ${sql.param(c.given.keys)}::text[], ${c.family!})`),
          ]
        : [
            await ids(sql`(${oldGiven(c.single!)}) union (${oldFamily(c.single!.raw)})`),
            await ids(
              sql`select lantern_given_candidates(${c.single!.raw}, ${sql.param(c.single!.keys)}::text[]) union select lantern_family_candidates(${c.single!.raw})`,
            ),
          ];
      expect(got, name).toEqual(expected);
      if (got.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(10);
  });

  it('keeps the counts right when two sessions add and remove the same names at once', async () => {
    const ctx = world.ctxOf('home.practitioner');
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        services.people.create(
          ctx,
          childInput({
            names: [{ kind: 'legal', given: i % 2 ? 'Rowan' : 'Remy', family: i % 3 ? 'Hartley' : 'Hartly' }],
            nhsNumber: '',
            identifiers: [],
            addresses: [],
          }),
        ),
      ),
    );
    await Promise.all(made.slice(0, 6).map((p) => t.db.execute(sql`delete from person_name where person_id = ${p.id}`)));
    const uses = async (table: 'given_name_term' | 'family_name_term', term: string) =>
      (await t.db.execute<{ uses: number }>(sql`select uses from ${sql.identifier(table)} where term = ${term}`)).rows[0]?.uses ?? 0;
    const live = made.slice(6);
    const count = (f: (i: number) => boolean) => live.filter((_, k) => f(k + 6)).length;
    expect(await uses('given_name_term', 'rowan')).toBe(count((i) => i % 2 === 1));
    expect(await uses('given_name_term', 'remy')).toBe(count((i) => i % 2 === 0));
    expect(await uses('family_name_term', 'hartley')).toBe(count((i) => i % 3 !== 0));
    expect(await uses('family_name_term', 'hartly')).toBe(count((i) => i % 3 === 0));
  });
});
