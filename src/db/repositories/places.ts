import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';

// Places on the ward map (issue 6): the points, ward counts and hotspots, each one query over the whole area.
//
// Who may see a point: the same rule as the network pages (services/network.ts linkVisible): a link that came from a
// child's record is visible to those who may read that child's record; any other link to the agency that asserted it.
// Reading a record follows core/policy relationship(); `readablePeople` below is that rule pushed down into SQL so that
// the map can filter 100,000 places in one query. test/integration/places.test.ts checks the two agree for every user.

const MAX_SHARED = 50;

export type Period = { from: string; to: string }; // dates, inclusive
export type Viewer = { userId: string; agencyId: string; oversight: boolean; caseWorker: boolean; now: Date };

export type PointRow = {
  layer: 'locations' | 'perpetrators' | 'missing_from' | 'found_at' | 'groups';
  id: string;
  label: string;
  type: string | null;
  lat: number;
  lon: number;
  ward: string | null;
  cases: number;
};
export type LineRow = { a: string; b: string; alat: number; alon: number; blat: number; blon: number; shared: number };
export type WardCount = { ward: string | null; n: number };
export type ChildRow = { personId: string; caseId: string; riskLevel: string | null; ward: string | null };

// The person ids this viewer may read (core/policy relationship + active break-glass), for case workers only.
function readablePeople(v: Viewer): SQL {
  if (!v.caseWorker) return sql`select null::uuid as id where false`;
  const oversight = v.oversight ? sql`true` : sql`false`;
  return sql`
    select p.id from person p
    where p.deleted_at is null and (
      p.created_by = ${v.userId}
      or (${oversight} and p.created_by_agency = ${v.agencyId})
      or exists (
        select 1 from safeguarding_case c
        where c.person_id = p.id and c.status = 'open' and (
          c.key_worker_id = ${v.userId}
          or (${oversight} and c.lead_agency_id = ${v.agencyId})
          or exists (
            select 1 from case_member m
            where m.case_id = c.id and m.removed_at is null
              and (m.user_id = ${v.userId} or (m.user_id is null and m.agency_id = ${v.agencyId}) or (${oversight} and m.agency_id = ${v.agencyId}))
          )
        )
      )
      or exists (select 1 from break_glass b where b.user_id = ${v.userId} and b.person_id = p.id and b.expires_at > ${v.now})
    )`;
}

// Every link of the period that touches a placed location, from the place's side: (place, other end, link type, dates,
// case). `who` narrows it to the links a viewer may see. Materialised once and read by each part of the query.
function placeEnds(p: Period, who: SQL): SQL {
  return sql`
    links as materialized (
      select l.from_entity, l.to_entity, l.type, l.case_id,
        coalesce(l.valid_from, (l.created_at at time zone 'Europe/London')::date) as s, l.valid_to as e
      from entity_link l
      where ${inPeriod(p)} ${who}
    ),
    ends as materialized (
      select x.place, x.other, x.type, x.case_id, x.s, x.e, pl.ward_code as ward
      from (select from_entity as place, to_entity as other, type, case_id, s, e from links
            union all select to_entity, from_entity, type, case_id, s, e from links) x
      join entity pl on pl.id = x.place
      where pl.kind = 'location' and pl.latitude is not null and pl.merged_into is null and pl.deleted_at is null
    ),
    suspects as (select distinct entity_id from entity_role where role = 'suspected_perpetrator' and removed_at is null),
    -- Each layer's things at each place: the place itself; suspected perpetrators and groups linked to it; where
    -- children went missing from and were found.
    tagged as (
      select place, ward, 'locations' as layer, place as id, s, e from ends
      union all select place, ward, 'perpetrators', other, s, e from ends where other in (select entity_id from suspects)
      union all select x.place, x.ward, 'groups', x.other, x.s, x.e from ends x join entity g on g.id = x.other and g.kind = 'group'
      union all select place, ward, type, place, s, e from ends where type in ('missing_from', 'found_at')
    )`;
}

// The ward of a person's current home (the open address, else the latest), as `ward_code`: children are counted by it.
export const homeWard = (personId: SQL): SQL =>
  sql`select a.ward_code from address_period a where a.person_id = ${personId} order by (a.to_date is null) desc, a.from_date desc nulls last limit 1`;

// A link is in force at some time in the period (a link with no dates counts from when it was recorded), not withdrawn.
const inPeriod = (p: Period): SQL =>
  sql`l.retracted_at is null and coalesce(l.valid_from, (l.created_at at time zone 'Europe/London')::date) <= ${p.to}::date
    and (l.valid_to is null or l.valid_to >= ${p.from}::date)`;

// The viewer may see a link (services/network.ts linkVisible); needs the query to define readable (readablePeople).
const visibleTo = (v: Viewer): SQL =>
  sql`((l.person_id is not null and l.person_id in (select id from readable)) or (l.person_id is null and l.asserting_agency = ${v.agencyId}))`;

// Sorting and hashing 100,000s of rows: PostgreSQL's default 4 MB would spill to disk (bench/map.ts).
const WORK_MEM = sql`set local work_mem = '64MB'`;

export type Window = { key: string; from: string; to: string };
export type LayerCount = { layer: string; ward: string | null; counts: Record<string, number> };

export function placesRepository(db: Db) {
  return {
    readablePeopleIds: async (v: Viewer): Promise<string[]> => (await db.execute<{ id: string }>(readablePeople(v))).rows.map((r) => r.id),

    // The places the viewer may see, most-linked first (hotspots lead), at most `limit`; the suspected perpetrators,
    // groups and missing episodes at those places; and up to `lineLimit` lines between them where they share a person,
    // vehicle, phone, account or group. Walks the place_rank index and stops at `limit`, so the cost follows the
    // number shown, not the number recorded (bench/map.ts: 100,000 places). Inside a transaction.
    async visible(v: Viewer, p: Period, limit: number, lineLimit: number, ward?: string): Promise<{ points: PointRow[]; more: boolean; lines: LineRow[] }> {
      const wardFilter = ward === undefined ? sql`` : ward === '' ? sql`and pl.ward_code is null` : sql`and pl.ward_code = ${ward}`;
      await db.execute(WORK_MEM);
      const r = await db.execute<{ result: { points: PointRow[]; more: boolean; lines: LineRow[] } }>(sql`
        with readable as materialized (${readablePeople(v)}),
        top as materialized (
          select pl.id, pl.label, pl.location_type, pl.latitude, pl.longitude, pl.ward_code, pl.case_count
          from entity pl
          where pl.kind = 'location' and pl.latitude is not null and pl.merged_into is null and pl.deleted_at is null ${wardFilter}
            -- One correlated probe per place through the link indexes, so that the walk stops after enough places.
            and exists (select 1 from entity_link l where (l.to_entity = pl.id or l.from_entity = pl.id) and ${inPeriod(p)} and ${visibleTo(v)})
          order by pl.case_count desc nulls last, pl.id
          limit ${limit + 1}
        ),
        shown as (select * from top order by case_count desc, id limit ${limit}),
        ends as materialized (
          select t.id as place, case when l.from_entity = t.id then l.to_entity else l.from_entity end as other, l.type
          from shown t join entity_link l on (l.from_entity = t.id or l.to_entity = t.id)
          where ${inPeriod(p)} and ${visibleTo(v)}
        ),
        extra as (
          select distinct x.place, 'perpetrators' as layer, x.other as id from ends x
            where x.other in (select entity_id from entity_role where role = 'suspected_perpetrator' and removed_at is null)
          union select x.place, 'groups', x.other from ends x join entity g on g.id = x.other and g.kind = 'group'
          union select x.place, x.type, x.place from ends x where x.type in ('missing_from', 'found_at')
        ),
        hubs as (select other from ends group by other having count(distinct place) > ${MAX_SHARED}),
        pairs as (
          select a.place as a, b.place as b, count(distinct a.other)::int as shared
          from ends a join ends b on a.other = b.other and a.place < b.place
          where a.other not in (select other from hubs) group by 1, 2 order by 3 desc, 1, 2 limit ${ward === undefined ? lineLimit : 0}
        )
        select json_build_object(
          'more', (select count(*) from top) > ${limit},
          'points', (select coalesce(json_agg(r), '[]') from (
            select 'locations' as layer, t.id, t.label, t.location_type as type, t.latitude as lat, t.longitude as lon, t.ward_code as ward, t.case_count as cases
            from shown t
            union all
            select x.layer, x.id, who.label, case when x.layer = 'groups' then who.group_type else t.location_type end,
              t.latitude, t.longitude, t.ward_code, t.case_count
            from extra x join shown t on t.id = x.place
            cross join lateral (select e.label, e.group_type from entity e where e.id = x.id) who
            order by cases desc, layer, label, id) r),
          'lines', (select coalesce(json_agg(r), '[]') from (
            select pr.a, pr.b, pr.shared, ea.latitude as alat, ea.longitude as alon, eb.latitude as blat, eb.longitude as blon
            from pairs pr join entity ea on ea.id = pr.a join entity eb on eb.id = pr.b order by pr.shared desc, pr.a, pr.b) r)
        ) as result`);
      return r.rows[0]!.result;
    },

    // Counts per ward of each point layer over every record, for several windows in one pass (the period, and the
    // two 90-day windows of the hotspot rule). Inside a transaction.
    async layerCounts(windows: readonly Window[]): Promise<LayerCount[]> {
      const from = windows.reduce((m, w) => (w.from < m ? w.from : m), windows[0]!.from);
      const to = windows.reduce((m, w) => (w.to > m ? w.to : m), windows[0]!.to);
      await db.execute(WORK_MEM);
      const r = await db.execute(sql`
        with ${placeEnds({ from, to }, sql``)}
        select layer, ward, ${sql.join(
          windows.map(
            (w, i) => sql`count(distinct id) filter (where s <= ${w.to}::date and (e is null or e >= ${w.from}::date))::int as ${sql.identifier(`w${i}`)}`,
          ),
          sql`, `,
        )}
        from tagged group by layer, ward`);
      return r.rows.map((row) => ({
        layer: row['layer'] as string,
        ward: (row['ward'] as string | null) ?? null,
        counts: Object.fromEntries(windows.map((w, i) => [w.key, Number(row[`w${i}`] ?? 0)])),
      }));
    },

    // Children with an open case at low, medium or high risk, by the ward of their current home.
    async childrenAtRisk(levels: readonly string[]): Promise<(WardCount & { level: string })[]> {
      // A child with open cases at two levels counts once, at the higher (as the figures page counts them).
      const r = await db.execute<WardCount & { level: string }>(sql`
        select ward, level, count(*)::int as n from (
          select distinct on (c.person_id) c.person_id, h.ward_code as ward, c.risk_level as level
          from safeguarding_case c join person p on p.id = c.person_id and p.deleted_at is null and p.kind = 'child'
          left join lateral (${homeWard(sql.raw('p.id'))}) h on true
          where c.status = 'open' and c.risk_level in (${sql.join(
            levels.map((l) => sql`${l}`),
            sql`, `,
          )})
          order by c.person_id, case c.risk_level when 'high' then 0 when 'medium' then 1 else 2 end
        ) x group by 1, 2`);
      return r.rows;
    },

    // Missing episodes recorded in the period, by the ward of the child's current home.
    async missingByWard(p: Period): Promise<WardCount[]> {
      const r = await db.execute<WardCount>(sql`
        select h.ward_code as ward, count(*)::int as n from chronology_entry ce
        left join lateral (${homeWard(sql.raw('ce.person_id'))}) h on true
        where ce.kind = 'missing_episode' and (ce.occurred_at at time zone 'Europe/London')::date between ${p.from}::date and ${p.to}::date
        group by 1`);
      return r.rows;
    },

    // New cases opened (concerns raised) in the period, by ward.
    async concernsByWard(p: Period): Promise<WardCount[]> {
      const r = await db.execute<WardCount>(sql`
        select h.ward_code as ward, count(*)::int as n from safeguarding_case c
        left join lateral (${homeWard(sql.raw('c.person_id'))}) h on true
        where (c.opened_at at time zone 'Europe/London')::date between ${p.from}::date and ${p.to}::date
        group by 1`);
      return r.rows;
    },

    // Children at risk the viewer may read, living in a ward ('' = outside the area or not placed).
    async childrenInWard(v: Viewer, ward: string): Promise<ChildRow[]> {
      const wardFilter = ward === '' ? sql`h.ward_code is null` : sql`h.ward_code = ${ward}`;
      const r = await db.execute<ChildRow>(sql`
        select c.person_id as "personId", c.id as "caseId", c.risk_level as "riskLevel", h.ward_code as ward
        from safeguarding_case c join person p on p.id = c.person_id and p.deleted_at is null and p.kind = 'child'
        left join lateral (${homeWard(sql.raw('p.id'))}) h on true
        where c.status = 'open' and c.risk_level in ('low', 'medium', 'high') and ${wardFilter} and c.person_id in (${readablePeople(v)})
        order by case c.risk_level when 'high' then 0 when 'medium' then 1 else 2 end, c.opened_at desc
        limit 500`);
      return r.rows;
    },

    // --- ward assignment ---
    async fingerprint(key: string): Promise<string | null> {
      const r = await db.execute<{ fingerprint: string }>(sql`select fingerprint from geo_state where key = ${key}`);
      return r.rows[0]?.fingerprint ?? null;
    },
    async setFingerprint(key: string, fingerprint: string, at: Date): Promise<void> {
      await db.execute(sql`insert into geo_state (key, fingerprint, assigned_at) values (${key}, ${fingerprint}, ${at})
        on conflict (key) do update set fingerprint = excluded.fingerprint, assigned_at = excluded.assigned_at`);
    },
    placedLocations: async (): Promise<{ id: string; lat: number; lon: number }[]> =>
      (
        await db.execute<{ id: string; lat: number; lon: number }>(
          sql`select id, latitude as lat, longitude as lon from entity where kind = 'location' and latitude is not null`,
        )
      ).rows,
    placedAddresses: async (): Promise<{ id: string; lat: number; lon: number }[]> =>
      (
        await db.execute<{ id: string; lat: number; lon: number }>(
          sql`select id, latitude as lat, longitude as lon from address_period where latitude is not null`,
        )
      ).rows,
    // Sets ward codes in bulk: [id, ward code or null] pairs.
    async setWards(table: 'entity' | 'address_period', pairs: readonly [string, string | null][]): Promise<void> {
      const t = table === 'entity' ? sql`entity` : sql`address_period`;
      for (let i = 0; i < pairs.length; i += 5000) {
        const chunk = pairs.slice(i, i + 5000);
        await db.execute(sql`update ${t} set ward_code = v.ward from (
          select unnest(${sql.param(chunk.map(([id]) => id))}::uuid[]) as id, unnest(${sql.param(chunk.map(([, w]) => w))}::text[]) as ward) v where ${t}.id = v.id`);
      }
    },
  };
}
