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
      where l.retracted_at is null and coalesce(l.valid_from, (l.created_at at time zone 'Europe/London')::date) <= ${p.to}::date
        and (l.valid_to is null or l.valid_to >= ${p.from}::date) ${who}
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

const viewerLinks = (v: Viewer): SQL =>
  sql`and ((l.person_id is not null and l.person_id in (${readablePeople(v)})) or (l.person_id is null and l.asserting_agency = ${v.agencyId}))`;

// Sorting and hashing 100,000s of rows: PostgreSQL's default 4 MB would spill to disk (bench/map.ts).
const WORK_MEM = sql`set local work_mem = '64MB'`;

export type Window = { key: string; from: string; to: string };
export type LayerCount = { layer: string; ward: string | null; counts: Record<string, number> };

export function placesRepository(db: Db) {
  return {
    readablePeopleIds: async (v: Viewer): Promise<string[]> => (await db.execute<{ id: string }>(readablePeople(v))).rows.map((r) => r.id),

    // Points the viewer may see, hotspot places first, at most `limit`, and up to `lineLimit` lines between places that
    // share a person, vehicle, phone, account or group. One pass over the period's links (inside a transaction).
    async visible(v: Viewer, p: Period, limit: number, lineLimit: number, ward?: string): Promise<{ points: PointRow[]; total: number; lines: LineRow[] }> {
      const wardFilter = ward === undefined ? sql`` : ward === '' ? sql`where t.ward is null` : sql`where t.ward = ${ward}`;
      await db.execute(WORK_MEM);
      const r = await db.execute<{ result: { points: PointRow[]; total: number; lines: LineRow[] } }>(sql`
        with ${placeEnds(p, viewerLinks(v))},
        -- Hotspot count: the cases whose records link to the place (a count names no one).
        cases as (select place, count(distinct case_id)::int as n from ends where case_id is not null group by place),
        shown as (select distinct t.place, t.ward, t.layer, t.id from tagged t ${wardFilter}),
        -- Someone or something linked to more than MAX_SHARED places (a hub) would draw a web, not a link: left out.
        hubs as (select other from ends group by other having count(distinct place) > ${MAX_SHARED}),
        pairs as (
          select a.place as a, b.place as b, count(distinct a.other)::int as shared
          from ends a join ends b on a.other = b.other and a.place < b.place
          where a.other not in (select other from hubs) group by 1, 2 order by 3 desc, 1, 2 limit ${ward === undefined ? lineLimit : 0}
        )
        select json_build_object(
          'total', (select count(*) from shown),
          'points', (select coalesce(json_agg(r), '[]') from (
            select t.layer, t.id, who.label, case when t.layer = 'groups' then who.group_type when t.layer = 'perpetrators' then null else pl.location_type end as type,
              pl.latitude as lat, pl.longitude as lon, pl.ward_code as ward, coalesce(c.n, 0) as cases
            from shown t join entity pl on pl.id = t.place join entity who on who.id = t.id left join cases c on c.place = t.place
            order by coalesce(c.n, 0) desc, t.layer, who.label, t.id limit ${limit}) r),
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
          left join lateral (
            select a.ward_code from address_period a where a.person_id = p.id order by (a.to_date is null) desc, a.from_date desc nulls last limit 1
          ) h on true
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
        left join lateral (
          select a.ward_code from address_period a where a.person_id = ce.person_id order by (a.to_date is null) desc, a.from_date desc nulls last limit 1
        ) h on true
        where ce.kind = 'missing_episode' and (ce.occurred_at at time zone 'Europe/London')::date between ${p.from}::date and ${p.to}::date
        group by 1`);
      return r.rows;
    },

    // New cases opened (concerns raised) in the period, by ward.
    async concernsByWard(p: Period): Promise<WardCount[]> {
      const r = await db.execute<WardCount>(sql`
        select h.ward_code as ward, count(*)::int as n from safeguarding_case c
        left join lateral (
          select a.ward_code from address_period a where a.person_id = c.person_id order by (a.to_date is null) desc, a.from_date desc nulls last limit 1
        ) h on true
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
        left join lateral (
          select a.ward_code from address_period a where a.person_id = p.id order by (a.to_date is null) desc, a.from_date desc nulls last limit 1
        ) h on true
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
