import { CONFIDENCES, ENTITY_KINDS, ENTITY_ROLES, LINK_TYPES, type Confidence, type EntityKind, type EntityRole, type LinkType } from '../records/entities.ts';

// The network model the analyses read: entities (people, places, vehicles, phones, online accounts, groups) and the
// links recorded between them. The vocabularies are the record's own (core/records/entities.ts), re-exported here.

export { CONFIDENCES, ENTITY_KINDS, ENTITY_ROLES, LINK_TYPES };
export type { Confidence, EntityKind, EntityRole, LinkType };

// Strongest first: a filter on a minimum confidence keeps that level and the ones before it.
export const CONFIDENCE_ORDER: readonly Confidence[] = ['confirmed', 'reported', 'suspected'];

/**
 * A tagged union: only people carry a role (their role in the case or cases being analysed, chosen by the caller; null
 * when they have none there). Ids are opaque (never names).
 */
export type Entity = { id: string; label?: string } & ({ kind: 'person'; role: EntityRole | null } | { kind: Exclude<EntityKind, 'person'> });

export type Link = {
  id: string;
  from: string;
  to: string;
  /** Directed types (LINK_TYPES[type].directed) read from -> to; the analyses walk every link both ways. */
  type: LinkType;
  confidence: Confidence;
  /** ISO dates (YYYY-MM-DD); a missing start is "since before records", a missing end "still current". */
  start?: string | null;
  end?: string | null;
  /** Where the information came from (a record reference, opaque) and which agency recorded it. */
  source?: string | null;
  agency?: string | null;
};

export type LinkFilter = {
  types?: readonly LinkType[];
  /** Keep links at least this strong (confirmed > reported > suspected). */
  minConfidence?: Confidence;
  /** Keep links whose date range overlaps [from, to] (ISO dates, either end open). */
  from?: string;
  to?: string;
  /** With a date window, keep links that carry no dates at all (default true: an undated link may still hold). */
  includeUndated?: boolean;
};

export const isChild = (e: Entity | undefined): boolean => e?.kind === 'person' && e.role === 'child_at_risk';
export const isSuspectedPerpetrator = (e: Entity | undefined): boolean => e?.kind === 'person' && e.role === 'suspected_perpetrator';
