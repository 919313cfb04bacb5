import { ROLES, type Role } from '../records/vocab.ts';

// Pure rules for OpenID Connect sign-in: which Lantern agency and role an identity provider's claims give, and whether
// the provider's own authentication already counted as multi-factor. Services do the I/O around them (services/oidc.ts).

export type ClaimRules = {
  /** Claim naming the person's organisation, e.g. `agency`, or a dotted path such as `org.code`. */
  agencyClaim: string;
  /** Claim holding the person's role or groups, e.g. `roles`, `groups` or `realm_access.roles`. */
  roleClaim: string;
  /** Provider value -> Lantern agency name. Null: the claim value must be the agency's name in Lantern. */
  agencyMap: ReadonlyMap<string, string> | null;
  /** Provider value -> Lantern role. Null: the claim value must be the role's key (`practitioner`, ...). */
  roleMap: ReadonlyMap<string, Role> | null;
};

export type ClaimRefusal = 'agency_missing' | 'agency_unknown' | 'agency_ambiguous' | 'role_missing' | 'role_unknown' | 'role_ambiguous';
export type MappedClaims = { ok: true; agencyId: string; role: Role } | { ok: false; reason: ClaimRefusal };

// RFC 8176 authentication method references that show a second factor (or a possession factor) was used.
export const DEFAULT_MFA_AMR = ['mfa', 'otp', 'hwk', 'sc'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The claim's string values: an exact key first (namespaced claims are often URLs with dots), then a dotted path. */
export function claimValues(claims: Record<string, unknown>, name: string): string[] {
  let value: unknown = Object.hasOwn(claims, name) ? claims[name] : undefined;
  if (value === undefined && name.includes('.')) {
    value = name.split('.').reduce<unknown>((at, key) => (isRecord(at) && Object.hasOwn(at, key) ? at[key] : undefined), claims);
  }
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

const sameName = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

function single<T>(found: T[]): T | 'none' | 'many' {
  const distinct = [...new Set(found)];
  return distinct.length === 0 ? 'none' : distinct.length > 1 ? 'many' : distinct[0]!;
}

/**
 * Maps the claims to one known agency and one Lantern role. Values the rules do not mention are ignored (a person's
 * other groups), but two different agencies or roles are refused rather than guessed.
 */
export function mapClaims(claims: Record<string, unknown>, rules: ClaimRules, agencies: readonly { id: string; name: string }[]): MappedClaims {
  const agencyValues = claimValues(claims, rules.agencyClaim);
  if (agencyValues.length === 0) return { ok: false, reason: 'agency_missing' };
  const agencyNames = rules.agencyMap ? agencyValues.flatMap((v) => (rules.agencyMap!.has(v) ? [rules.agencyMap!.get(v)!] : [])) : agencyValues;
  const agency = single(agencyNames.flatMap((n) => agencies.filter((a) => sameName(a.name, n)).map((a) => a.id)));
  if (agency === 'none') return { ok: false, reason: 'agency_unknown' };
  if (agency === 'many') return { ok: false, reason: 'agency_ambiguous' };

  const roleValues = claimValues(claims, rules.roleClaim);
  if (roleValues.length === 0) return { ok: false, reason: 'role_missing' };
  const roles = rules.roleMap
    ? roleValues.flatMap((v) => (rules.roleMap!.has(v) ? [rules.roleMap!.get(v)!] : []))
    : roleValues.filter((v): v is Role => Object.hasOwn(ROLES, v));
  const role = single(roles);
  if (role === 'none') return { ok: false, reason: 'role_unknown' };
  if (role === 'many') return { ok: false, reason: 'role_ambiguous' };
  return { ok: true, agencyId: agency, role };
}

/** True when the ID token's `amr` lists a method that counts as multi-factor here. */
export function amrShowsMfa(amr: unknown, accepted: readonly string[]): boolean {
  return Array.isArray(amr) && amr.some((m) => typeof m === 'string' && accepted.includes(m));
}

/** A display name from the standard claims, or null when the provider sent none. */
export function displayNameFrom(claims: Record<string, unknown>): string | null {
  const [name] = claimValues(claims, 'name');
  const given = claimValues(claims, 'given_name')[0] ?? '';
  const family = claimValues(claims, 'family_name')[0] ?? '';
  const joined = name ?? `${given} ${family}`.trim();
  return joined ? joined.slice(0, 120) : null;
}

/** A Lantern username from `preferred_username` when it already fits Lantern's username rule, else null. */
export function usernameFrom(claims: Record<string, unknown>): string | null {
  const [preferred] = claimValues(claims, 'preferred_username');
  const u = preferred?.toLowerCase();
  return u && /^[a-z0-9._-]{1,60}$/.test(u) ? u : null;
}

/** An email address when the provider sent a plausible one that it has not marked unverified. */
export function emailFrom(claims: Record<string, unknown>): string | null {
  const [email] = claimValues(claims, 'email');
  if (!email || claims['email_verified'] === false) return null;
  return email.length <= 200 && /^[^@\s]+@[^@\s]+$/.test(email) ? email : null;
}

/**
 * Parses a mapping written as `value=target;value=target` (config), e.g. `CSC-Staff=practitioner;CSC-Leads=safeguarding_lead`.
 * `;` separates pairs because agency names may contain commas. Throws with a message naming the bad pair.
 */
export function parseValueMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of text.split(';')) {
    const pair = raw.trim();
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at).trim() : '';
    const target = at > 0 ? pair.slice(at + 1).trim() : '';
    if (!key || !target) throw new Error(`"${pair}" is not in the form value=target`);
    if (map.has(key) && map.get(key) !== target) throw new Error(`"${key}" is mapped twice`);
    map.set(key, target);
  }
  if (map.size === 0) throw new Error('the mapping is empty');
  return map;
}

/** parseValueMap for roles: every target must be a Lantern role key. */
export function parseRoleMap(text: string): Map<string, Role> {
  const map = parseValueMap(text);
  for (const [key, target] of map) {
    if (!Object.hasOwn(ROLES, target)) throw new Error(`"${key}" maps to "${target}", which is not one of ${Object.keys(ROLES).join(', ')}`);
  }
  return map as Map<string, Role>;
}
