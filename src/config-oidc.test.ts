import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

// OpenID Connect settings (README "Sign in with your organisation's identity provider").
const base = {
  LANTERN_OIDC_ISSUER: 'https://login.example.org/tenant',
  LANTERN_OIDC_CLIENT_ID: 'lantern',
  LANTERN_OIDC_CLIENT_SECRET: 'not-a-real-secret',
  LANTERN_OIDC_REDIRECT_URL: 'https://lantern.example.org/sign-in/oidc/callback',
};

describe('OpenID Connect configuration', () => {
  it('is off unless an issuer is set', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('reads the settings, with defaults for the claims, scopes and MFA methods', () => {
    const oidc = loadConfig({ ...base, LANTERN_OIDC_SCOPES: 'profile, email groups', LANTERN_OIDC_ROLE_MAP: 'Leads=safeguarding_lead' }).oidc;
    expect(oidc).toMatchObject({
      issuer: base.LANTERN_OIDC_ISSUER,
      clientId: 'lantern',
      clientSecret: 'not-a-real-secret',
      tokenAuth: 'client_secret_basic',
      providerName: "your organisation's account",
      scopes: 'openid profile email groups',
      mfaAmr: ['mfa', 'otp', 'hwk', 'sc'],
      claims: { agencyClaim: 'agency', roleClaim: 'roles', agencyMap: null },
    });
    expect([...oidc!.claims.roleMap!]).toEqual([['Leads', 'safeguarding_lead']]);
  });

  it('reads the client secret from a file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-oidc-')), 'secret');
    fs.writeFileSync(file, 'from-a-file\n');
    const { LANTERN_OIDC_CLIENT_SECRET: _unused, ...rest } = base;
    expect(loadConfig({ ...rest, LANTERN_OIDC_CLIENT_SECRET_FILE: file }).oidc?.clientSecret).toBe('from-a-file');
  });

  it.each([
    [{ LANTERN_OIDC_CLIENT_ID: 'lantern' }, 'LANTERN_OIDC_CLIENT_ID is set but LANTERN_OIDC_ISSUER is not'],
    [{ ...base, LANTERN_OIDC_CLIENT_ID: undefined }, 'LANTERN_OIDC_CLIENT_ID is required'],
    [{ ...base, LANTERN_OIDC_REDIRECT_URL: undefined }, 'LANTERN_OIDC_REDIRECT_URL is required'],
    [{ ...base, LANTERN_OIDC_CLIENT_SECRET: undefined }, 'LANTERN_OIDC_CLIENT_SECRET (or LANTERN_OIDC_CLIENT_SECRET_FILE) is required'],
    [{ ...base, LANTERN_OIDC_CLIENT_SECRET_FILE: '/nonexistent/secret' }, 'not both'],
    [{ ...base, LANTERN_OIDC_ISSUER: 'http://login.example.org' }, 'LANTERN_OIDC_ISSUER must use https'],
    [{ ...base, LANTERN_OIDC_ISSUER: 'ftp://login.example.org' }, 'LANTERN_OIDC_ISSUER'],
    [{ ...base, LANTERN_OIDC_ROLE_MAP: 'Staff=superuser' }, 'LANTERN_OIDC_ROLE_MAP: "Staff" maps to "superuser"'],
    [{ ...base, LANTERN_OIDC_AGENCY_MAP: 'no-equals-sign' }, 'LANTERN_OIDC_AGENCY_MAP: "no-equals-sign" is not in the form value=target'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('allows plain http for a provider on this machine only', () => {
    const local = { ...base, LANTERN_OIDC_ISSUER: 'http://127.0.0.1:4000', LANTERN_OIDC_REDIRECT_URL: 'http://localhost:3000/sign-in/oidc/callback' };
    expect(loadConfig(local).oidc?.issuer).toBe('http://127.0.0.1:4000');
  });
});
