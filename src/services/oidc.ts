import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { Config, OidcConfig } from '../config.ts';
import { AppError } from '../core/errors.ts';
import { amrShowsMfa, claimValues, displayNameFrom, emailFrom, mapClaims, usernameFrom } from '../core/identity/oidc-claims.ts';
import type { Role } from '../core/records/vocab.ts';
import type { AuditInput } from '../db/repositories/audit.ts';
import type { UserRow } from '../db/repositories/users.ts';
import type { Repositories, Store } from '../db/store.ts';
import { accountNoticeDue } from './account-changes.ts';
import { mfaRequiredFor, newSession, tokenHash } from './auth.ts';
import type { Clock } from './context.ts';

// OpenID Connect sign-in (authorisation code flow with PKCE, state and nonce) with openid-client. The state, nonce and
// PKCE verifier stay on the server (oidc_login, keyed by the state's SHA-256), are used once and expire after 10 minutes.
// The browser carries the state in a cookie too, so a callback only completes in the browser that started it.
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;
const DISCOVERY_MAX_AGE_MS = 60 * 60_000;
const HTTP_TIMEOUT_SECONDS = 10;

export type OidcRefusalReason =
  | 'state_missing'
  | 'state_unknown'
  | 'state_expired'
  | 'state_mismatch'
  | 'provider_error'
  | 'token_refused'
  | 'issuer_mismatch'
  | 'response_issuer_mismatch'
  | 'audience_mismatch'
  | 'nonce_mismatch'
  | 'id_token_expired'
  | 'auth_too_old'
  | 'id_token_invalid'
  | 'userinfo_failed'
  | 'inactive'
  | 'agency_missing'
  | 'agency_unknown'
  | 'agency_ambiguous'
  | 'role_missing'
  | 'role_unknown'
  | 'role_ambiguous';

const START_AGAIN = 'This sign-in has expired or has already been used. Start again from the sign-in page.';
const NOT_VERIFIED =
  "The identity provider's answer could not be checked, so you have not been signed in. Start again, or ask your Lantern administrator if this keeps happening.";
const NO_AGENCY = 'Your organisation account does not name a Lantern agency that Lantern knows. Ask your Lantern administrator to check your account.';
const NO_ROLE = 'Your organisation account does not give you one Lantern role. Ask your Lantern administrator to check your groups.';

// Messages for people: no personal data, no provider detail (the audit row keeps the reason).
const MESSAGES: Record<OidcRefusalReason, string> = {
  state_missing: START_AGAIN,
  state_unknown: START_AGAIN,
  state_expired: START_AGAIN,
  state_mismatch: START_AGAIN,
  provider_error: 'Your organisation did not sign you in. Start again, or ask your Lantern administrator if this keeps happening.',
  token_refused: START_AGAIN,
  issuer_mismatch: NOT_VERIFIED,
  response_issuer_mismatch: NOT_VERIFIED,
  audience_mismatch: NOT_VERIFIED,
  nonce_mismatch: NOT_VERIFIED,
  id_token_expired: NOT_VERIFIED,
  auth_too_old: 'Your organisation sign-in is too old for Lantern. Start again: your organisation will ask you to sign in afresh.',
  id_token_invalid: NOT_VERIFIED,
  userinfo_failed: NOT_VERIFIED,
  inactive: 'Your Lantern account is switched off. Ask your Lantern administrator.',
  agency_missing: NO_AGENCY,
  agency_unknown: NO_AGENCY,
  agency_ambiguous: 'Your organisation account names more than one Lantern agency. Ask your Lantern administrator to check your account.',
  role_missing: NO_ROLE,
  role_unknown: NO_ROLE,
  role_ambiguous: NO_ROLE,
};

/** A sign-in that was refused: `reason` is audited, `message` is for the person. */
export class OidcRefused extends AppError {
  constructor(
    public readonly reason: OidcRefusalReason,
    public readonly kind: 'protocol' | 'account',
  ) {
    super(MESSAGES[reason]);
  }
}

/** The identity provider cannot be used now: unreachable, or its metadata is wrong (e.g. names another issuer). */
export class OidcUnavailable extends AppError {
  constructor(public readonly reason: 'issuer_mismatch' | 'unreachable' | 'bad_metadata') {
    super('Signing in with your organisation account is not working at the moment. Try again later, or sign in with a Lantern account if you have one.');
  }
}

/** OIDC sign-in is not set up (LANTERN_OIDC_ISSUER unset). */
export class OidcNotConfigured extends AppError {
  constructor() {
    super('Signing in with an organisation account is not set up for this Lantern.');
  }
}

export type OidcSignedIn = { token: string; mfaPending: boolean; returnTo: string | null };

// Only a plain local path may be returned to after sign-in: no scheme, no host, no query (which could hold a search).
export const safeReturnPath = (p: unknown): string | null => (typeof p === 'string' && p.length <= 200 && /^\/(?![/\\])[A-Za-z0-9\-._~/]*$/.test(p) ? p : null);

const isLoopback = (url: string): boolean => ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(url).hostname);

type Failure = { reason: OidcRefusalReason; providerError?: string };

// openid-client reports checks as ClientError(code, cause: the failed check with the claim or attribute compared).
function classify(e: unknown): Failure {
  const code = (s: unknown): string | undefined => (typeof s === 'string' && /^[a-z_]{1,40}$/.test(s) ? s : undefined);
  if (e instanceof client.AuthorizationResponseError) return { reason: 'provider_error', ...optional(code(e.error)) };
  if (e instanceof client.ResponseBodyError) return { reason: 'token_refused', ...optional(code(e.error)) };
  if (!(e instanceof client.ClientError)) return { reason: 'id_token_invalid' };
  const inner = e.cause as { message?: unknown; cause?: { claim?: unknown } } | undefined;
  const claim = inner?.cause?.claim;
  const message = typeof inner?.message === 'string' ? inner.message : '';
  if (e.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' && claim === 'exp') return { reason: 'id_token_expired' };
  // auth_time older than max_age (ASVS 3.6.1), or missing when max_age was sent.
  if (claim === 'auth_time') return { reason: 'auth_too_old' };
  if (claim === 'iss') return { reason: 'issuer_mismatch' };
  // The authorisation response's own iss parameter (RFC 9207): missing, or naming another provider (a mix-up).
  if (message.includes('"iss"')) return { reason: 'response_issuer_mismatch' };
  if (claim === 'aud' || claim === 'azp') return { reason: 'audience_mismatch' };
  if (claim === 'nonce') return { reason: 'nonce_mismatch' };
  if (message.includes('"state"')) return { reason: 'state_mismatch' };
  return { reason: 'id_token_invalid' };
}
const optional = (providerError: string | undefined): { providerError?: string } => (providerError ? { providerError } : {});

function classifyDiscovery(e: unknown): OidcUnavailable['reason'] {
  if (e instanceof client.ClientError) {
    if (e.code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' && (e.cause as { attribute?: unknown } | undefined)?.attribute === 'issuer')
      return 'issuer_mismatch';
    return e.code === 'OAUTH_TIMEOUT' || e.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' ? 'unreachable' : 'bad_metadata';
  }
  return 'unreachable';
}

function isRetryable(e: unknown): boolean {
  const codeOf = (x: unknown): unknown => (x && typeof x === 'object' ? (x as { code?: unknown }).code : undefined);
  // 23505: a concurrent first sign-in of the same person inserted first; the retry finds and links that user.
  return e instanceof ConcurrentChange || codeOf(e) === '23505' || codeOf((e as { cause?: unknown } | null)?.cause) === '23505';
}
class ConcurrentChange extends Error {}

export function oidcService(store: Store, clock: Clock, config: Config) {
  const s: OidcConfig | null = config.oidc;
  let discovered: { at: number; metadata: Promise<client.ServerMetadata> } | undefined;
  let jwksCache: client.ExportedJWKSCache | undefined;

  const settings = (): OidcConfig => {
    if (!s) throw new OidcNotConfigured();
    return s;
  };

  // Discovery runs once an hour at most; a failure is not kept, so the next sign-in tries again.
  async function serverMetadata(o: OidcConfig): Promise<client.ServerMetadata> {
    if (!discovered || Date.now() - discovered.at > DISCOVERY_MAX_AGE_MS) {
      const metadata = client
        .discovery(new URL(o.issuer), o.clientId, undefined, undefined, {
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- plain http for a loopback issuer only (config.ts refuses it elsewhere)
          execute: isLoopback(o.issuer) ? [client.allowInsecureRequests] : [],
          timeout: HTTP_TIMEOUT_SECONDS,
        })
        .then((c) => ({ ...c.serverMetadata() }));
      discovered = { at: Date.now(), metadata };
    }
    const current = discovered;
    try {
      return await current.metadata;
    } catch (e) {
      if (discovered === current) discovered = undefined;
      throw new OidcUnavailable(classifyDiscovery(e));
    }
  }

  // A configuration per callback, so that the ID token's times are checked against Lantern's clock (clockSkew is the
  // difference from the system clock: 0 in production; tests move Lantern's clock). The JWKS cache is carried over.
  function configurationAt(o: OidcConfig, metadata: client.ServerMetadata, now: Date): client.Configuration {
    const skew = Math.round((now.getTime() - Date.now()) / 1000);
    const auth = o.tokenAuth === 'client_secret_post' ? client.ClientSecretPost(o.clientSecret) : client.ClientSecretBasic(o.clientSecret);
    const cfg = new client.Configuration(metadata, o.clientId, { [client.clockSkew]: skew }, auth);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as in serverMetadata: loopback issuers only
    if (isLoopback(o.issuer)) client.allowInsecureRequests(cfg);
    cfg.timeout = HTTP_TIMEOUT_SECONDS;
    if (jwksCache) client.setJwksCache(cfg, jwksCache);
    return cfg;
  }

  // The user may be unknown (a refusal before the provider named anyone). Details hold reasons and codes, never claims.
  const auditRow = (now: Date, user: Pick<UserRow, 'id' | 'agencyId'> | null, action: string, detail: Record<string, unknown>): AuditInput => ({
    at: now,
    userId: user?.id ?? null,
    agencyId: user?.agencyId ?? null,
    action,
    subjectType: 'user',
    subjectId: user?.id ?? null,
    personId: null,
    purpose: 'security',
    breakGlass: false,
    via: 'web',
    detail: { method: 'oidc', ...detail },
  });

  // Audited, then thrown: the audit row is committed on its own, because the refusal changes nothing else.
  async function refuse(now: Date, user: Pick<UserRow, 'id' | 'agencyId'> | null, f: Failure, kind: OidcRefused['kind'] = 'protocol'): Promise<never> {
    await store.repos.audit.append(auditRow(now, user, 'auth.sign_in_failed', f));
    throw new OidcRefused(f.reason, kind);
  }

  // Links by issuer + subject only (never by email or username, which another account could claim). First sign-in
  // creates the user from the claims; later sign-ins bring agency, role, name and email up to date, audited.
  async function signInUser(
    r: Repositories,
    now: Date,
    o: OidcConfig,
    id: { issuer: string; subject: string; claims: Record<string, unknown>; providerMfa: boolean },
  ): Promise<{ refused: Failure & { user: UserRow | null } } | { token: string; mfaPending: boolean }> {
    let user = await r.users.byOidcIdentity(id.issuer, id.subject);
    if (user && !user.active) return { refused: { reason: 'inactive', user } };
    const mapped = mapClaims(id.claims, o.claims, await r.users.agencies());
    if (!mapped.ok) return { refused: { reason: mapped.reason, user: user ?? null } };
    const displayName = displayNameFrom(id.claims);
    const email = emailFrom(id.claims);
    // Appended last, in order: the append holds the chain's lock until the commit.
    const audits: AuditInput[] = [];
    if (!user) {
      const preferred = usernameFrom(id.claims);
      const username =
        preferred && !(await r.users.byUsername(preferred))
          ? preferred
          : `oidc-${createHash('sha256').update(`${id.issuer}\n${id.subject}`).digest('hex').slice(0, 12)}`;
      user = await r.users.insert({
        username,
        displayName: displayName ?? username,
        email,
        agencyId: mapped.agencyId,
        role: mapped.role,
        oidcIssuer: id.issuer,
        oidcSubject: id.subject,
      });
      audits.push(auditRow(now, user, 'auth.oidc_user_created', { role: mapped.role }));
    } else {
      // A new agency drops the team, which belonged to the old agency.
      const patch: Partial<UserRow> = {
        ...(user.agencyId !== mapped.agencyId ? { agencyId: mapped.agencyId, teamId: null } : {}),
        ...(user.role !== mapped.role ? { role: mapped.role } : {}),
        ...(displayName && user.displayName !== displayName ? { displayName } : {}),
        ...(email && user.email !== email ? { email } : {}),
      };
      const changed = (['agencyId', 'role', 'displayName', 'email'] as const).filter((k) => k in patch);
      if (changed.length > 0) {
        const before = user;
        const updated = await r.users.update(user.id, user.version, patch);
        if (!updated) throw new ConcurrentChange();
        user = updated;
        // Agency ids and role keys are not personal data; name and email changes are recorded by field name only.
        audits.push(
          auditRow(now, before, 'auth.oidc_user_changed', {
            changed,
            from: { agencyId: before.agencyId, role: before.role as Role },
            to: { agencyId: user.agencyId, role: user.role as Role },
          }),
        );
      }
    }
    // The provider's own multi-factor authentication (amr) counts; otherwise a role that needs MFA goes through Lantern's TOTP.
    const required = await mfaRequiredFor(r.users, user);
    const mfaPassed = !required || id.providerMfa;
    const { token, row } = newSession(user.id, mfaPassed, now);
    // A change of agency or role made just now by the provider's claims is news to the user as well (ASVS 2.2.3).
    const changed = audits.some((a) => a.action === 'auth.oidc_user_changed');
    await r.users.insertSession({ ...row, accountNotice: changed || (await accountNoticeDue(r, user.id)) });
    audits.push(auditRow(now, user, 'auth.sign_in', { mfa: !required ? 'not_required' : id.providerMfa ? 'identity_provider' : 'lantern' }));
    for (const a of audits) await r.audit.append(a);
    return { token, mfaPending: !mfaPassed };
  }

  return {
    /** The button's label on the sign-in page, or null when OIDC is not configured. */
    providerName: s?.providerName ?? null,

    /** Starts a sign-in: stores the login state and returns the provider's authorisation URL and the state for the cookie. */
    async start(returnTo: unknown): Promise<{ url: string; state: string }> {
      const o = settings();
      const metadata = await serverMetadata(o);
      const now = clock();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      await store.transaction(async (r) => {
        await r.users.purgeOidcLogins(new Date(now.getTime() - OIDC_LOGIN_TTL_MS));
        await r.users.insertOidcLogin({ stateHash: tokenHash(state), nonce, codeVerifier, returnTo: safeReturnPath(returnTo), createdAt: now });
      });
      const url = client.buildAuthorizationUrl(configurationAt(o, metadata, now), {
        redirect_uri: o.redirectUrl,
        scope: o.scopes,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        ...(o.maxAgeSeconds > 0 ? { max_age: String(o.maxAgeSeconds) } : {}),
      });
      return { url: url.href, state };
    },

    /**
     * Completes a sign-in from the callback's query string and the state in the browser's cookie. The login state is
     * deleted first, so the same callback cannot complete twice; every refusal is audited as a failed sign-in.
     */
    async complete(query: string, browserState: string | undefined): Promise<OidcSignedIn> {
      const o = settings();
      const now = clock();
      if (!browserState) return refuse(now, null, { reason: 'state_missing' });
      const login = await store.repos.users.takeOidcLogin(tokenHash(browserState));
      if (!login) return refuse(now, null, { reason: 'state_unknown' });
      if (now.getTime() - login.createdAt.getTime() > OIDC_LOGIN_TTL_MS) return refuse(now, null, { reason: 'state_expired' });

      const metadata = await serverMetadata(o);
      const cfg = configurationAt(o, metadata, now);
      const callback = new URL(o.redirectUrl);
      callback.search = query;
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        // Checks the state, exchanges the code with the PKCE verifier, and checks the ID token's signature, issuer,
        // audience, expiry and nonce, and its auth_time against max_age.
        tokens = await client.authorizationCodeGrant(cfg, callback, {
          expectedState: browserState,
          expectedNonce: login.nonce,
          pkceCodeVerifier: login.codeVerifier,
          idTokenExpected: true,
          ...(o.maxAgeSeconds > 0 ? { maxAge: o.maxAgeSeconds } : {}),
        });
      } catch (e) {
        return await refuse(now, null, classify(e));
      } finally {
        jwksCache = client.getJwksCache(cfg) ?? jwksCache;
      }
      const idToken = tokens.claims();
      if (!idToken) return refuse(now, null, { reason: 'id_token_invalid' });
      let claims: Record<string, unknown> = { ...idToken };
      // Many providers put groups and custom claims only in UserInfo; the subject must match the ID token's.
      const lacking = claimValues(claims, o.claims.agencyClaim).length === 0 || claimValues(claims, o.claims.roleClaim).length === 0;
      if (lacking && metadata.userinfo_endpoint) {
        try {
          claims = { ...(await client.fetchUserInfo(cfg, tokens.access_token, idToken.sub)), ...idToken };
        } catch {
          return refuse(now, null, { reason: 'userinfo_failed' });
        }
      }

      const identity = { issuer: idToken.iss, subject: idToken.sub, claims, providerMfa: amrShowsMfa(idToken.amr, o.mfaAmr) };
      let result: Awaited<ReturnType<typeof signInUser>> | undefined;
      for (let attempt = 1; !result; attempt++) {
        try {
          result = await store.transaction((r) => signInUser(r, now, o, identity));
        } catch (e) {
          if (attempt >= 2 || !isRetryable(e)) throw e;
        }
      }
      if ('refused' in result) {
        const { user, ...f } = result.refused;
        return refuse(now, user, f, 'account');
      }
      return { ...result, returnTo: login.returnTo };
    },
  };
}
