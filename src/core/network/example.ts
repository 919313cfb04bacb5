import type { Confidence, Entity, EntityKind, EntityRole, Link, LinkType } from './types.ts';

// A small invented case network (opaque ids, no names) for the tests and the README's worked example.
//
//   c1 ─seen_with─ p1 ─supplied_drugs_to→ c2          c1 ─seen_at─ l1 ─seen_at─ c3 (2023)
//   p1 ─uses_vehicle─ v1 ─uses_vehicle─ c4     p1 ─uses_phone─ ph1 ─called→ c5 ←supplied_drugs_to─ p2
//   p1 ─member_of─ g1 ─member_of─ p2 ─associates_with─ p3 (2020)     c1 ─associates_with─ a1 ─uses_account─ acc1

export const person = (id: string, role: EntityRole | null): Entity => ({ id, kind: 'person', role });
export const thing = (id: string, kind: Exclude<EntityKind, 'person'>): Entity => ({ id, kind });
export const link = (id: string, from: string, to: string, type: LinkType, confidence: Confidence, extra: Partial<Link> = {}): Link => ({
  id,
  from,
  to,
  type,
  confidence,
  ...extra,
});

export function exampleCaseNetwork(): { entities: Entity[]; links: Link[] } {
  const entities: Entity[] = [
    ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => person(id, 'child_at_risk')),
    ...['p1', 'p2', 'p3'].map((id) => person(id, 'suspected_perpetrator')),
    person('a1', 'peer'),
    thing('l1', 'location'),
    thing('v1', 'vehicle'),
    thing('ph1', 'phone'),
    thing('acc1', 'online_account'),
    thing('g1', 'group'),
  ];
  const links: Link[] = [
    link('L01', 'c1', 'p1', 'seen_with', 'reported', { start: '2024-01-01', end: '2024-03-01', agency: 'police', source: 'ref-1' }),
    link('L02', 'p1', 'c2', 'supplied_drugs_to', 'suspected', { start: '2024-02-01' }),
    link('L03', 'c1', 'l1', 'seen_at', 'confirmed', { start: '2024-02-10', end: '2024-02-10' }),
    link('L04', 'c3', 'l1', 'seen_at', 'reported', { start: '2023-05-01', end: '2023-06-01' }),
    link('L05', 'p1', 'v1', 'uses_vehicle', 'confirmed'),
    link('L06', 'c4', 'v1', 'uses_vehicle', 'suspected'),
    link('L07', 'p1', 'ph1', 'uses_phone', 'confirmed'),
    link('L08', 'ph1', 'c5', 'called', 'reported'),
    link('L09', 'p1', 'g1', 'member_of', 'suspected'),
    link('L10', 'p2', 'g1', 'member_of', 'reported'),
    link('L11', 'p2', 'c5', 'supplied_drugs_to', 'confirmed'),
    link('L12', 'p3', 'p2', 'associates_with', 'suspected', { start: '2020-01-01', end: '2020-12-31' }),
    link('L13', 'c1', 'a1', 'associates_with', 'confirmed'),
    link('L14', 'a1', 'acc1', 'uses_account', 'reported'),
  ];
  return { entities, links };
}
