import { sql } from 'drizzle-orm';
import { homeWard } from './places.ts';
import type { Db } from '../connection.ts';

// Figures for the dashboards, the partner pack and `lantern stats` (issue 6). Every query here returns exact counts or
// per-child intervals to services/stats.ts, which publishes them through core/disclosure; nothing here leaves Lantern as is.
//
// Whose figures: children (person.kind 'child') whose record is not deleted. A child's ward is the ward of their current
// home (the open address, else the latest), as on the ward map (repositories/places.ts); null when it is outside the
// configured area or the address has not been placed. Months and days are London calendar months and days.

export type RiskRow = {
  level: 'low' | 'medium' | 'high';
  ward: string | null;
  gender: string;
  ethnicity: string;
  age: number | null; // whole years on `today`; null without a date of birth
  month: string; // 'YYYY-MM' (London) when the earliest open case at risk was opened
  n: number;
};

export type EventMeasure = 'concerns' | 'screenings' | 'referrals' | 'missing';

export type EventRow = {
  measure: EventMeasure;
  target: string | null; // referrals only: social_care | police | nrm
  month: string; // 'YYYY-MM' (London)
  ward: string | null;
  gender: string;
  ethnicity: string;
  age: number | null; // whole years on the day of the event
  n: number;
};

// [from, to) as instants: the start of the first month and of the month after the last, in London.
export type Window = { from: string; to: string }; // 'YYYY-MM-DD' London dates

const homeWardJoin = sql`left join lateral (${homeWard(sql.raw('p.id'))}) h on true`;

const londonStart = (date: string) => sql`(${date}::date::timestamp at time zone 'Europe/London')`;

// Return home interviews for the returns in a window whose interview has an outcome or is overdue at `now` (SOURCES.md 2f:
// completed within 72 hours of the return). Interviews still inside their 72 hours are not yet counted either way.
export type RhiTiming = { returns: number; onTime: number };

export function statsRepository(db: Db) {
  return {
    // Children with an open case at low, medium or high risk, each once at the highest level of their open cases.
    async childrenAtRisk(today: string): Promise<RiskRow[]> {
      const r = await db.execute<RiskRow>(sql`
        with at_risk as (
          select c.person_id,
            max(case c.risk_level when 'high' then 3 when 'medium' then 2 else 1 end) as rank,
            min(c.opened_at) as opened_at
          from safeguarding_case c
          where c.status = 'open' and c.risk_level in ('low', 'medium', 'high')
          group by c.person_id
        )
        select case x.rank when 3 then 'high' when 2 then 'medium' else 'low' end as level,
          h.ward_code as ward, p.gender, p.ethnicity,
          case when p.date_of_birth is null then null else date_part('year', age(${today}::date, p.date_of_birth))::int end as age,
          to_char(x.opened_at at time zone 'Europe/London', 'YYYY-MM') as month,
          count(*)::int as n
        from at_risk x join person p on p.id = x.person_id and p.kind = 'child' and p.deleted_at is null
        ${homeWardJoin}
        group by 1, 2, 3, 4, 5, 6`);
      return r.rows;
    },

    // Concerns raised (cases opened), screenings completed, referrals made and missing episodes, in the window.
    async events(w: Window): Promise<EventRow[]> {
      const from = londonStart(w.from);
      const to = londonStart(w.to);
      const r = await db.execute<EventRow>(sql`
        with ev as (
          select 'concerns' as measure, null::text as target, c.person_id, c.opened_at as at from safeguarding_case c
            where c.opened_at >= ${from} and c.opened_at < ${to}
          union all
          select 'screenings', null, s.person_id, s.completed_at from screening s
            where s.completed_at is not null and s.completed_at >= ${from} and s.completed_at < ${to}
          union all
          select 'referrals', r.target, r.person_id, r.created_at from referral r
            where r.created_at >= ${from} and r.created_at < ${to}
          union all
          select 'missing', null, e.person_id, e.occurred_at from chronology_entry e
            where e.kind = 'missing_episode' and e.occurred_at >= ${from} and e.occurred_at < ${to}
        )
        select ev.measure, ev.target, to_char(ev.at at time zone 'Europe/London', 'YYYY-MM') as month,
          h.ward_code as ward, p.gender, p.ethnicity,
          case when p.date_of_birth is null then null
            else date_part('year', age((ev.at at time zone 'Europe/London')::date, p.date_of_birth))::int end as age,
          count(*)::int as n
        from ev join person p on p.id = ev.person_id and p.kind = 'child' and p.deleted_at is null
        ${homeWardJoin}
        group by 1, 2, 3, 4, 5, 6, 7`);
      return r.rows;
    },

    // "Did we act in time": for each child whose first referral after their first indicator was made in the window, the
    // London calendar days from the first indicator (the earliest completed screening with at least one indicator
    // present) to that referral. One row per child; the service turns them into a median and a 90th percentile.
    async daysToReferral(w: Window): Promise<number[]> {
      const r = await db.execute<{ days: number }>(sql`
        with first_indicator as (
          select s.person_id, min(s.completed_at) as at from screening s
          where s.completed_at is not null
            and exists (select 1 from screening_answer a where a.screening_id = s.id and a.status = 'present')
          group by s.person_id
        ),
        first_referral as (
          select f.person_id, f.at as indicator_at, min(r.created_at) as referred_at
          from first_indicator f join referral r on r.person_id = f.person_id and r.created_at >= f.at
          group by f.person_id, f.at
        )
        select ((x.referred_at at time zone 'Europe/London')::date - (x.indicator_at at time zone 'Europe/London')::date)::int as days
        from first_referral x join person p on p.id = x.person_id and p.kind = 'child' and p.deleted_at is null
        where x.referred_at >= ${londonStart(w.from)} and x.referred_at < ${londonStart(w.to)}`);
      return r.rows.map((x) => x.days);
    },

    // Counted per return (an episode), not per child: a child who goes missing twice has two interviews due.
    async rhiTiming(w: Window, now: Date): Promise<RhiTiming> {
      const r = await db.execute<RhiTiming>(sql`
        select count(*)::int as "returns",
          (count(*) filter (where r.status = 'completed' and r.completed_at <= r.due_at))::int as "onTime"
        from return_home_interview r
        join missing_episode e on e.id = r.episode_id
        join person p on p.id = e.person_id and p.kind = 'child' and p.deleted_at is null
        where e.returned_at >= ${londonStart(w.from)} and e.returned_at < ${londonStart(w.to)}
          and (r.status in ('completed', 'declined', 'not_offered') or r.due_at < ${now.toISOString()}::timestamptz)`);
      return r.rows[0] ?? { returns: 0, onTime: 0 };
    },
  };
}
export type StatsRepository = ReturnType<typeof statsRepository>;
