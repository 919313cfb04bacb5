import type { AgencyKind } from '../records/vocab.ts';

// Who sees what of a panel (issue 7 "Minutes and packs"): a partner sees the items about children its agency works
// with; everything else is a count. An item about a place, an adult or a group is about the children linked to it.
// The coordinator, who runs the panel, sees everything. An action is also visible to the agency that owns it.

export type ItemScope = { childIds: readonly string[]; ownerAgencies?: readonly string[]; open?: boolean };

export type Viewer = { agencyId: string; coordinator: boolean; worksWith: ReadonlySet<string> };

export function mayKnow(viewer: Viewer, scope: ItemScope): boolean {
  if (viewer.coordinator || scope.open) return true;
  if (scope.ownerAgencies?.includes(viewer.agencyId)) return true;
  return scope.childIds.some((id) => viewer.worksWith.has(id));
}

/** Splits items into those shown in full and a count of the rest. */
export function needToKnow<T>(viewer: Viewer, items: readonly T[], scopeOf: (item: T) => ItemScope): { shown: T[]; withheld: number } {
  const shown = items.filter((i) => mayKnow(viewer, scopeOf(i)));
  return { shown, withheld: items.length - shown.length };
}

// Quoracy (issue 7): police, health and children's social care must be present (the statutory safeguarding partners,
// Working Together to Safeguard Children 2023).
export const QUORUM: readonly AgencyKind[] = ['police', 'health', 'social_care'];

export function quoracy(present: readonly { agencyKind: string }[]): { quorate: boolean; missing: AgencyKind[] } {
  const kinds = new Set(present.map((p) => p.agencyKind));
  const missing = QUORUM.filter((k) => !kinds.has(k));
  return { quorate: missing.length === 0, missing };
}
