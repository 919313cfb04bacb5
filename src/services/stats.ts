import { sql } from 'drizzle-orm';
import { suppress } from '../core/disclosure/small-numbers.ts';
import type { Db } from '../db/connection.ts';
import { type Clock, type Ctx, ensureAllowed } from './context.ts';

export type Figure = { key: string; count: number; shown: string };

// Aggregate figures only; every count leaves through core/disclosure (ARCHITECTURE: data protection).
export function statsService(db: Db, clock: Clock) {
  const figures = (rows: { key: string; n: number }[]): Figure[] => rows.map((r) => ({ key: r.key, count: r.n, shown: suppress(r.n) }));
  return {
    async overview(ctx: Ctx): Promise<{ byGender: Omit<Figure, 'count'>[]; byKind: Omit<Figure, 'count'>[] }> {
      ensureAllowed(ctx, 'stats.read');
      const since = new Date(clock().getTime() - 90 * 86_400_000);
      const gender = await db.execute<{ key: string; n: number }>(sql`
        select p.gender as key, count(distinct p.id)::int as n from person p
        join safeguarding_case c on c.person_id = p.id and c.status = 'open'
        where p.kind = 'child' and p.deleted_at is null group by p.gender order by p.gender`);
      const kinds = await db.execute<{ key: string; n: number }>(sql`
        select kind as key, count(*)::int as n from chronology_entry where occurred_at >= ${since} group by kind order by kind`);
      // The raw count never leaves this function.
      const strip = (f: Figure[]) => f.map(({ key, shown }) => ({ key, shown }));
      return { byGender: strip(figures(gender.rows)), byKind: strip(figures(kinds.rows)) };
    },
  };
}
