import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type ClaimRules, DEFAULT_MFA_AMR, parseRoleMap, parseValueMap } from './core/identity/oidc-claims.ts';

// The only module that reads the environment. Everything else receives a Config.
const EnvSchema = z.object({
  DATABASE_URL: z.url().optional(),
  // The schema owner's login on an external server: it migrates and grants; DATABASE_URL's login then cannot change
  // the audit trail (src/db/roles.ts). Without it, DATABASE_URL's login migrates and Lantern warns that it is not restricted.
  LANTERN_MIGRATION_DATABASE_URL: z.url().optional(),
  LANTERN_DATA_DIR: z.string().min(1).optional(),
  LANTERN_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LANTERN_HOST: z.string().default('127.0.0.1'),
  LANTERN_DB_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  LANTERN_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  // Behind a TLS-terminating proxy: whose X-Forwarded-* headers to believe ('true', or the proxies' addresses/CIDRs
  // separated by commas). Then `auto` cookies are Secure over https and sign-in rate limits count each client, not the proxy.
  LANTERN_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, "must be 'true', 'false', or the proxies' addresses separated by commas")
    .default('false'),
  LANTERN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  LANTERN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
  LANTERN_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  LANTERN_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LANTERN_SIGNIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LANTERN_SIGNIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(20),
  // Requests one signed-in user may make a minute: pages, and JSON API calls by their tokens (ASVS 11.1.4).
  LANTERN_USER_RATE_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(300),
  LANTERN_API_RATE_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(600),
  // How long a password set by an administrator (or `lantern user add`) works before it must have been changed (ASVS 2.3.1).
  LANTERN_TEMPORARY_PASSWORD_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  // Web server processes sharing the port (node:cluster): 'auto' is one per core, at most 8.
  LANTERN_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(32)]).default(1),
  // Places (issue 6): ward boundaries (any ONS ward GeoJSON), an ONS Postcode Directory extract, optional map tiles,
  // and the disclosure rule for published figures (core/disclosure: 'nhs', or e.g. 'suppress=1-9,round=10').
  LANTERN_WARDS: z.string().min(1).optional(),
  LANTERN_POSTCODES: z.string().min(1).optional(),
  LANTERN_TILE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s"'<>]+\{z\}[^\s"'<>]*$/, 'must be an http(s) tile URL template with {z}, {x} and {y}')
    .optional(),
  LANTERN_DISCLOSURE: z.string().min(1).default('nhs'),
  LANTERN_MAP_FIGURES_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  // Signed audit checkpoints (issue 8): an Ed25519 private key (PEM) to sign, or only the public key to verify.
  LANTERN_AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  LANTERN_AUDIT_VERIFY_KEY: z.string().min(1).optional(),
  LANTERN_SECRETS_KEY_FILE: z.string().min(1).optional(),
  // Retention (issue 8): a JSON file of rules laid over the defaults in core/retention (services/retention.ts reads it).
  LANTERN_RETENTION_RULES: z.string().min(1).optional(),
  // OpenID Connect sign-in (issue 8): off unless LANTERN_OIDC_ISSUER is set. README "Sign in with your organisation's identity provider".
  LANTERN_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  LANTERN_OIDC_CLIENT_ID: z.string().min(1).optional(),
  LANTERN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  LANTERN_OIDC_CLIENT_SECRET_FILE: z.string().min(1).optional(),
  LANTERN_OIDC_TOKEN_AUTH: z.enum(['client_secret_basic', 'client_secret_post']).default('client_secret_basic'),
  LANTERN_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  LANTERN_OIDC_PROVIDER_NAME: z.string().trim().min(1).max(60).default("your organisation's account"),
  LANTERN_OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  LANTERN_OIDC_AGENCY_CLAIM: z.string().min(1).default('agency'),
  LANTERN_OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  LANTERN_OIDC_AGENCY_MAP: z.string().min(1).optional(),
  LANTERN_OIDC_ROLE_MAP: z.string().min(1).optional(),
  LANTERN_OIDC_MFA_AMR: z.string().min(1).default(DEFAULT_MFA_AMR.join(',')),
  // ASVS 3.6.1: the longest time since the person last authenticated at the provider (0: not asked). 8 hours, a working day.
  LANTERN_OIDC_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(8 * 3600),
});

export type Config = {
  databaseUrl: string | undefined;
  migrationUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  dbPort: number | undefined;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean | string[];
  logLevel: NonNullable<z.infer<typeof EnvSchema>['LANTERN_LOG_LEVEL']>;
  session: { idleMs: number; absoluteMs: number };
  signIn: { maxFailures: number; lockMs: number; ratePerMinute: number; temporaryPasswordMs: number };
  requestsPerMinute: { pages: number; api: number };
  workers: number;
  geo: { wardsFile: string; postcodesFile: string | null; tileUrl: string | null; figuresCacheMs: number };
  disclosure: string;
  audit: { signingKeyFile: string | undefined; verifyKeyFile: string | undefined };
  secretsKeyFile: string | undefined; // services/secret-box.ts; undefined: secrets.key in dataDir
  retention: { rulesFile: string | undefined };
  oidc: OidcConfig | null;
};

// The shipped boundaries: the 20 Havering wards of May 2022 (assets/geo/SOURCE.md).
export const DEFAULT_WARDS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/geo/havering-wards-2022.geojson');

// defaultLogLevel applies only when LANTERN_LOG_LEVEL is unset (the demo keeps the terminal quiet).
export type ConfigOverrides = Partial<Pick<Config, 'dataDir' | 'port' | 'databaseUrl' | 'logLevel'> & { defaultLogLevel: Config['logLevel'] }>;

export class ConfigError extends Error {}

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  tokenAuth: 'client_secret_basic' | 'client_secret_post';
  redirectUrl: string;
  providerName: string;
  scopes: string;
  claims: ClaimRules;
  mfaAmr: string[];
  maxAgeSeconds: number; // sent as max_age, and the ID token's auth_time checked against it; 0: neither
};

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

function oidcConfig(e: z.infer<typeof EnvSchema>): OidcConfig | null {
  if (!e.LANTERN_OIDC_ISSUER) {
    if (e.LANTERN_OIDC_CLIENT_ID) throw new ConfigError('Invalid configuration: LANTERN_OIDC_CLIENT_ID is set but LANTERN_OIDC_ISSUER is not');
    return null;
  }
  const fail = (msg: string): never => {
    throw new ConfigError(`Invalid configuration: ${msg}`);
  };
  // Plain http only on this machine (a test or development provider); anywhere else tokens would cross the network in clear.
  for (const [key, value] of [
    ['LANTERN_OIDC_ISSUER', e.LANTERN_OIDC_ISSUER],
    ['LANTERN_OIDC_REDIRECT_URL', e.LANTERN_OIDC_REDIRECT_URL],
  ] as const) {
    if (value && new URL(value).protocol === 'http:' && !LOOPBACK.has(new URL(value).hostname))
      fail(`${key} must use https (http is allowed only for 127.0.0.1, [::1] and localhost)`);
  }
  if (!e.LANTERN_OIDC_CLIENT_ID) fail('LANTERN_OIDC_CLIENT_ID is required with LANTERN_OIDC_ISSUER');
  if (!e.LANTERN_OIDC_REDIRECT_URL) fail('LANTERN_OIDC_REDIRECT_URL is required with LANTERN_OIDC_ISSUER');
  let secret = e.LANTERN_OIDC_CLIENT_SECRET;
  if (e.LANTERN_OIDC_CLIENT_SECRET_FILE) {
    if (secret) fail('set LANTERN_OIDC_CLIENT_SECRET or LANTERN_OIDC_CLIENT_SECRET_FILE, not both');
    try {
      secret = fs.readFileSync(path.resolve(e.LANTERN_OIDC_CLIENT_SECRET_FILE), 'utf8').trim();
    } catch {
      fail('LANTERN_OIDC_CLIENT_SECRET_FILE cannot be read');
    }
  }
  if (!secret) fail('LANTERN_OIDC_CLIENT_SECRET (or LANTERN_OIDC_CLIENT_SECRET_FILE) is required with LANTERN_OIDC_ISSUER');
  const map = <T>(key: string, text: string | undefined, parse: (t: string) => T): T | null => {
    try {
      return text ? parse(text) : null;
    } catch (err) {
      return fail(`${key}: ${(err as Error).message}`);
    }
  };
  return {
    issuer: e.LANTERN_OIDC_ISSUER,
    clientId: e.LANTERN_OIDC_CLIENT_ID!,
    clientSecret: secret!,
    tokenAuth: e.LANTERN_OIDC_TOKEN_AUTH,
    redirectUrl: e.LANTERN_OIDC_REDIRECT_URL!,
    providerName: e.LANTERN_OIDC_PROVIDER_NAME,
    scopes: [...new Set(['openid', ...e.LANTERN_OIDC_SCOPES.split(/[\s,]+/).filter(Boolean)])].join(' '),
    claims: {
      agencyClaim: e.LANTERN_OIDC_AGENCY_CLAIM,
      roleClaim: e.LANTERN_OIDC_ROLE_CLAIM,
      agencyMap: map('LANTERN_OIDC_AGENCY_MAP', e.LANTERN_OIDC_AGENCY_MAP, parseValueMap),
      roleMap: map('LANTERN_OIDC_ROLE_MAP', e.LANTERN_OIDC_ROLE_MAP, parseRoleMap),
    },
    mfaAmr: e.LANTERN_OIDC_MFA_AMR.split(/[\s,]+/).filter(Boolean),
    maxAgeSeconds: e.LANTERN_OIDC_MAX_AGE_SECONDS,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: overrides.databaseUrl ?? e.DATABASE_URL,
    migrationUrl: e.LANTERN_MIGRATION_DATABASE_URL,
    dataDir: path.resolve(overrides.dataDir ?? e.LANTERN_DATA_DIR ?? 'data'),
    port: overrides.port ?? e.LANTERN_PORT ?? e.PORT ?? 3000,
    host: e.LANTERN_HOST,
    dbPort: e.LANTERN_DB_PORT,
    cookieSecure: e.LANTERN_COOKIE_SECURE === 'auto' ? 'auto' : e.LANTERN_COOKIE_SECURE === 'true',
    trustProxy: trustProxyFrom(e.LANTERN_TRUST_PROXY),
    logLevel: overrides.logLevel ?? e.LANTERN_LOG_LEVEL ?? overrides.defaultLogLevel ?? 'info',
    session: { idleMs: e.LANTERN_SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.LANTERN_SESSION_ABSOLUTE_HOURS * 3_600_000 },
    signIn: {
      maxFailures: e.LANTERN_SIGNIN_MAX_FAILURES,
      lockMs: e.LANTERN_SIGNIN_LOCK_MINUTES * 60_000,
      ratePerMinute: e.LANTERN_SIGNIN_RATE_PER_MINUTE,
      temporaryPasswordMs: e.LANTERN_TEMPORARY_PASSWORD_HOURS * 3_600_000,
    },
    requestsPerMinute: { pages: e.LANTERN_USER_RATE_PER_MINUTE, api: e.LANTERN_API_RATE_PER_MINUTE },
    workers: e.LANTERN_WORKERS === 'auto' ? Math.min(8, os.availableParallelism()) : e.LANTERN_WORKERS,
    geo: {
      wardsFile: e.LANTERN_WARDS ? path.resolve(e.LANTERN_WARDS) : DEFAULT_WARDS_FILE,
      postcodesFile: e.LANTERN_POSTCODES ? path.resolve(e.LANTERN_POSTCODES) : null,
      tileUrl: e.LANTERN_TILE_URL ?? null,
      figuresCacheMs: e.LANTERN_MAP_FIGURES_SECONDS * 1000,
    },
    disclosure: e.LANTERN_DISCLOSURE,
    audit: {
      signingKeyFile: e.LANTERN_AUDIT_SIGNING_KEY ? path.resolve(e.LANTERN_AUDIT_SIGNING_KEY) : undefined,
      verifyKeyFile: e.LANTERN_AUDIT_VERIFY_KEY ? path.resolve(e.LANTERN_AUDIT_VERIFY_KEY) : undefined,
    },
    retention: { rulesFile: e.LANTERN_RETENTION_RULES ? path.resolve(e.LANTERN_RETENTION_RULES) : undefined },
    secretsKeyFile: e.LANTERN_SECRETS_KEY_FILE ? path.resolve(e.LANTERN_SECRETS_KEY_FILE) : undefined,
    oidc: oidcConfig(e),
  };
}

function trustProxyFrom(raw: string): boolean | string[] {
  return raw === 'true' || raw === 'false' ? raw === 'true' : raw.split(',');
}
