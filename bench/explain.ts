// Captures the SQL a repository call sends and runs EXPLAIN ANALYZE on it, to say where search time goes.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../src/db/connection.ts';
import { peopleRepository, type SearchCriteria } from '../src/db/repositories/people.ts';

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

export async function explainSearch(db: Db, criteria: SearchCriteria): Promise<{ nodes: string[]; indexes: string[]; executionMs: number }> {
  let captured: SQL | undefined;
  const spy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'execute') {
        return (q: SQL) => {
          captured = q;
          return target.execute(q);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  await peopleRepository(spy).search(criteria);
  if (!captured) throw new Error('the search sent no SQL through execute()');
  const r = await db.execute<{ 'QUERY PLAN': { Plan: PlanNode; 'Execution Time': number }[] }>(sql`explain (analyze, format json) ${captured}`);
  const top = r.rows[0]!['QUERY PLAN'][0]!;
  const nodes = new Set<string>();
  const indexes = new Set<string>();
  const walk = (n: PlanNode) => {
    nodes.add(`${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}`);
    if (n['Index Name']) indexes.add(n['Index Name']);
    n.Plans?.forEach(walk);
  };
  walk(top.Plan);
  return { nodes: [...nodes], indexes: [...indexes], executionMs: top['Execution Time'] };
}
