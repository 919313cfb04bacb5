import { inTurn } from './in-turn.ts';
import { buildNetwork, keyPlayers, type Entity, type Link } from '../core/network/index.ts';
import { strongestRoles } from '../core/records/entities.ts';
import type { EntityRow } from '../db/repositories/network.ts';
import type { Store } from '../db/store.ts';
import { auditOf, type Clock, type Ctx, ensureAllowed } from './context.ts';
import { entityVisible } from './network.ts';

// Key players for leads and the MASE panel (issue 5): suspected perpetrators ranked by how many children they reach
// within two links, and by brokerage (betweenness, communities bridged), over every recorded link. Names are shown only
// for records the user may see; the others are counted but shown as restricted.

export type PlayerRow = { label: string; restricted: boolean; childrenReached: number; betweenness: number; communitiesBridged: number; degree: number };

export function networkPlayersService(store: Store, clock: Clock) {
  return {
    async keyPlayers(ctx: Ctx): Promise<{ byReach: PlayerRow[]; byBrokerage: PlayerRow[]; entities: number; links: number }> {
      ensureAllowed(ctx, 'network_alert.read');
      const now = clock();
      return store.transaction(async (repos) => {
        const rows = await repos.network.allEntities();
        const canon = new Map(rows.flatMap((e) => (e.mergedInto ? [[e.id, e.mergedInto] as const] : [])));
        const byId = new Map(rows.map((e) => [e.id, e]));
        const roles = strongestRoles(await repos.network.allRoles());
        const entities: Entity[] = rows
          .filter((e) => !e.mergedInto)
          .map((e) =>
            e.kind === 'person' ? { id: e.id, kind: 'person', role: roles.get(e.id) ?? null } : { id: e.id, kind: e.kind as Exclude<Entity['kind'], 'person'> },
          );
        const present = new Set(entities.map((e) => e.id));
        const links: Link[] = [];
        for (const l of await repos.network.allLinks()) {
          const from = canon.get(l.fromEntity) ?? l.fromEntity;
          const to = canon.get(l.toEntity) ?? l.toEntity;
          if (from === to || !present.has(from) || !present.has(to)) continue;
          links.push({ id: l.id, from, to, type: l.type as Link['type'], confidence: l.confidence as Link['confidence'], start: l.validFrom, end: l.validTo });
        }
        const result = keyPlayers(buildNetwork(entities, links), { hops: 2 });
        const readable = new Set<string>();
        const row = async (p: (typeof result.byReach)[number]): Promise<PlayerRow> => {
          const e = byId.get(p.id) as EntityRow;
          const seen = await entityVisible(repos, ctx, e, readable, now);
          return {
            label: seen ? e.label : 'Restricted record',
            restricted: !seen,
            childrenReached: p.childrenReached,
            betweenness: p.betweenness,
            communitiesBridged: p.communitiesBridged,
            degree: p.degree,
          };
        };
        const top = async (list: typeof result.byReach) => inTurn(list.slice(0, 10), row);
        const out = { byReach: await top(result.byReach), byBrokerage: await top(result.byBrokerage), entities: entities.length, links: links.length };
        await repos.audit.append(auditOf(ctx, now, { action: 'network.key_players', subjectType: 'network', detail: { entities: out.entities } }));
        return out;
      });
    },
  };
}
