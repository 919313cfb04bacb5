// Cross-referral pattern spotting (issue 5): the same phone, vehicle, nickname, account, place or group turning up in
// the records of different children or agencies is raised to the safeguarding lead. Contextual Safeguarding (Firmin
// 2020) and the MASE model ask partners to look across referrals for shared people and places, because each agency
// alone holds only a fragment of a network.

export type AlertLink = { personId: string | null; caseId: string | null; agencyId: string };
export type AlertKind = 'phone' | 'vehicle' | 'nickname' | 'location' | 'online_account' | 'group';

export type AlertVerdict = { raise: boolean; kind: AlertKind; children: string[]; cases: string[]; agencies: string[] };

const KIND_BY_ENTITY: Readonly<Record<string, AlertKind>> = {
  phone: 'phone',
  vehicle: 'vehicle',
  person: 'nickname',
  location: 'location',
  online_account: 'online_account',
  group: 'group',
};

/**
 * Whether an entity's links cross children or agencies. `isChild` marks the entity of a child at risk: a child linked to
 * two others is not itself an alert (the links are, on the other entities they pass through).
 */
export function alertFor(entityKind: string, isChild: boolean, links: readonly AlertLink[]): AlertVerdict {
  const children = [...new Set(links.flatMap((l) => (l.personId ? [l.personId] : [])))].sort();
  const cases = [...new Set(links.flatMap((l) => (l.caseId ? [l.caseId] : [])))].sort();
  const agencies = [...new Set(links.map((l) => l.agencyId))].sort();
  const kind = KIND_BY_ENTITY[entityKind] ?? 'location';
  const raise = !isChild && (children.length >= 2 || (agencies.length >= 2 && children.length >= 1));
  return { raise, kind, children, cases, agencies };
}

export const ALERT_KIND_LABELS: Readonly<Record<AlertKind, string>> = {
  phone: 'Same phone number',
  vehicle: 'Same vehicle',
  nickname: 'Same person or nickname',
  location: 'Same place',
  online_account: 'Same online account',
  group: 'Same group',
};
