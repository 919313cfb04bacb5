import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Vocabularies and normalisers for the contextual safeguarding network (issue 5): entity kinds, roles, link types,
// confidence. Contextual Safeguarding (Firmin 2017, 2020) asks practitioners to record the people, places and groups
// around a child, and where each fact came from.

export const ENTITY_KINDS = {
  person: 'Person',
  location: 'Place',
  vehicle: 'Vehicle',
  phone: 'Phone number',
  online_account: 'Online account',
  group: 'Group or gang',
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_KEYS = Object.keys(ENTITY_KINDS) as EntityKind[];

/** A person's role in one case. */
export const ENTITY_ROLES = {
  child_at_risk: 'Child at risk',
  suspected_perpetrator: 'Suspected perpetrator',
  peer: 'Peer',
  family_member: 'Family member',
  professional: 'Professional',
} as const;
export type EntityRole = keyof typeof ENTITY_ROLES;

// When a person has several roles across cases, the one shown (and analysed) is the most safeguarding-relevant:
// a suspected perpetrator in any case is shown as one.
const ROLE_PRIORITY: readonly EntityRole[] = ['suspected_perpetrator', 'child_at_risk', 'peer', 'family_member', 'professional'];

/** Each entity's most relevant role from its role rows. */
export function strongestRoles(rows: readonly { entityId: string; role: string }[]): Map<string, EntityRole> {
  const out = new Map<string, EntityRole>();
  for (const r of rows) {
    const role = r.role as EntityRole;
    const was = out.get(r.entityId);
    if (!was || ROLE_PRIORITY.indexOf(role) < ROLE_PRIORITY.indexOf(was)) out.set(r.entityId, role);
  }
  return out;
}

export const LOCATION_TYPES = {
  home: 'Home address',
  school: 'School or college',
  hotel: 'Hotel or guest house',
  takeaway: 'Takeaway or restaurant',
  park: 'Park or open space',
  car_park: 'Car park',
  shop: 'Shop',
  hmo: 'House in multiple occupation',
  online_platform: 'Online platform',
  other: 'Other place',
} as const;
export type LocationType = keyof typeof LOCATION_TYPES;

export const GROUP_TYPES = { peer_group: 'Peer group', gang: 'Gang or organised group', county_line: 'County line', other: 'Other group' } as const;
export type GroupType = keyof typeof GROUP_TYPES;

/**
 * Link types. `directed` types read "from -> to" (the adult picked up the child); the others are symmetric.
 * The wording follows how practitioners record associations in Contextual Safeguarding and MASE intelligence.
 */
export const LINK_TYPES = {
  seen_with: { label: 'seen with', directed: false },
  picked_up_by: { label: 'picked up by', directed: true },
  dropped_off_by: { label: 'dropped off by', directed: true },
  stayed_at: { label: 'stayed at', directed: true },
  seen_at: { label: 'seen at', directed: true },
  lives_at: { label: 'lives at', directed: true },
  // Missing episodes (issue 6 map layers; issue 7 records them from return home interviews).
  missing_from: { label: 'went missing from', directed: true },
  found_at: { label: 'was found at', directed: true },
  called: { label: 'called or messaged', directed: true },
  uses_phone: { label: 'uses phone', directed: true },
  uses_account: { label: 'uses online account', directed: true },
  uses_vehicle: { label: 'uses or drives', directed: true },
  gave_gifts_to: { label: 'gave gifts or money to', directed: true },
  supplied_drugs_to: { label: 'supplied drugs or alcohol to', directed: true },
  associates_with: { label: 'associates with', directed: false },
  sibling_of: { label: 'sibling of', directed: false },
  parent_of: { label: 'parent or carer of', directed: true },
  member_of: { label: 'member of', directed: true },
  works_at: { label: 'works at', directed: true },
  other: { label: 'other link', directed: false },
} as const;
export type LinkType = keyof typeof LINK_TYPES;
export const LINK_TYPE_KEYS = Object.keys(LINK_TYPES) as LinkType[];

export const CONFIDENCES = {
  confirmed: 'Confirmed (seen or verified by a professional)',
  reported: 'Reported (told to a professional)',
  suspected: 'Suspected (professional concern or intelligence)',
} as const;
export type Confidence = keyof typeof CONFIDENCES;

export const LINK_SOURCE_KINDS = {
  chronology_entry: 'Chronology entry',
  screening: 'Screening',
  missing_episode: 'Missing episode',
  report: 'Report',
} as const;
export type LinkSourceKind = keyof typeof LINK_SOURCE_KINDS;

/** A phone number in E.164 (UK numbers may be written nationally), or null when it is not a possible number. */
export function normalisePhone(input: string): string | null {
  const p = parsePhoneNumberFromString(input.trim(), 'GB');
  return p?.isPossible() ? p.number : null;
}

/**
 * A vehicle registration mark: upper case, no spaces. A partial mark (witnesses often see part of a plate) keeps the
 * known characters and marks each unknown one with `?`, so "LK19 ?" and "lk19" both become "LK19" with partial=true.
 */
export function normaliseVrm(input: string): { vrm: string; partial: boolean } | null {
  const raw = input.toUpperCase().replace(/\s+/g, '');
  if (!/^[A-Z0-9?*]{1,8}$/.test(raw)) return null;
  const known = raw.replace(/[?*]+$/, '');
  if (known === '') return null;
  const partial = known !== raw || known.includes('?') || known.includes('*') || !isFullUkMark(known);
  return { vrm: known.replace(/\*/g, '?'), partial };
}

// Current (2001) format AB12CDE, and the older prefix/suffix formats, per DVLA's published formats.
const FULL_MARK = /^(?:[A-Z]{2}[0-9]{2}[A-Z]{3}|[A-Z][0-9]{1,3}[A-Z]{3}|[A-Z]{3}[0-9]{1,3}[A-Z]|[0-9]{1,4}[A-Z]{1,3}|[A-Z]{1,3}[0-9]{1,4})$/;
const isFullUkMark = (vrm: string) => FULL_MARK.test(vrm);

/** True when a partial mark `partial` (with `?` for unknown characters) could be the full mark `full`. */
export function vrmCompatible(partial: string, full: string): boolean {
  if (partial.length > full.length) return false;
  for (let i = 0; i < partial.length; i++) if (partial[i] !== '?' && partial[i] !== full[i]) return false;
  return true;
}

/** Online handles compare without case and without a leading @. */
export const normaliseHandle = (input: string): string => input.trim().replace(/^@+/, '').toLowerCase();
