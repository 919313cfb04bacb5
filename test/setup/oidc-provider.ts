// A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for the sign-in tests, with a browser stand-in:
//
//   const idp = await startOidcProvider({ accounts: { alice: { claims: { agency: 'TSC', roles: ['Leads'] }, amr: ['pwd'] } } });
//   ... configure Lantern with idp.issuer, listen, then:
//   idp.register({ clientId, clientSecret, redirectUris: [`${lantern}/sign-in/oidc/callback`] });
//
// The provider's interaction page signs in the account named by `?account=` (no login form, no browser); a consent
// prompt is granted the same way. Storage is an in-memory adapter, one per provider.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import Provider from 'oidc-provider';

export type TestAccount = { claims: Record<string, unknown>; amr?: string[] };
export type TestClient = { clientId: string; clientSecret: string; redirectUris: string[] };
export type TestIdp = {
  issuer: string;
  /** oidc-provider fixes its clients when it is built, so the provider is built here, once the redirect URIs are known. */
  register: (client: TestClient) => void;
  close: () => Promise<void>;
};

type Payload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string };

// The adapter interface oidc-provider documents (upsert, find, findByUid, findByUserCode, consume, destroy,
// revokeByGrantId), kept in a Map that belongs to one provider.
function memoryAdapter() {
  const rows = new Map<string, { payload: Payload; expiresAt: number | null }>();
  const live = (key: string) => {
    const row = rows.get(key);
    if (row && row.expiresAt !== null && row.expiresAt <= Date.now()) rows.delete(key);
    return rows.get(key);
  };
  return class MemoryAdapter {
    constructor(private readonly model: string) {}
    private key(id: string): string {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
      rows.set(this.key(id), { payload: { ...payload }, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null });
    }
    async find(id: string): Promise<Payload | undefined> {
      return live(this.key(id))?.payload;
    }
    private findBy(field: 'uid' | 'userCode', value: string): Payload | undefined {
      for (const key of rows.keys()) {
        if (!key.startsWith(`${this.model}:`)) continue;
        const payload = live(key)?.payload;
        if (payload?.[field] === value) return payload;
      }
      return undefined;
    }
    async findByUid(uid: string): Promise<Payload | undefined> {
      return this.findBy('uid', uid);
    }
    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      return this.findBy('userCode', userCode);
    }
    async consume(id: string): Promise<void> {
      const row = live(this.key(id));
      if (row) row.payload['consumed'] = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string): Promise<void> {
      rows.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, row] of rows) if (row.payload.grantId === grantId) rows.delete(key);
    }
  };
}

// One RSA signing key per test run (RS256 is openid-client's default ID token algorithm); generating it takes a moment.
let signingKey: Record<string, unknown> | undefined;
function jwk(): Record<string, unknown> {
  signingKey ??= { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig' };
  return signingKey;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

export async function startOidcProvider(opts: { accounts: Record<string, TestAccount>; idTokenTtlSeconds?: number }): Promise<TestIdp> {
  let handle: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const server = http.createServer((req, res) => {
    if (!handle) {
      res.writeHead(503).end('no client registered yet');
      return;
    }
    handle(req, res);
  });
  const issuer = await listen(server);

  function build(client: TestClient): void {
    const provider = new Provider(issuer, {
      adapter: memoryAdapter(),
      clients: [
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: client.redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      // Read at sign-in time, so a test can change an account's claims between sign-ins.
      findAccount: async (_ctx: unknown, id: string) => {
        const account = opts.accounts[id];
        return account ? { accountId: id, claims: async () => ({ sub: id, ...account.claims }) } : undefined;
      },
      // amr with the openid scope, as providers that report their authentication methods do: oidc-provider otherwise
      // puts it in the ID token only when the claims request parameter asks for it.
      claims: {
        openid: ['sub', 'amr'],
        profile: ['name', 'given_name', 'family_name', 'preferred_username'],
        email: ['email', 'email_verified'],
        lantern: ['agency', 'roles'],
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: async (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      pkce: { required: () => true },
      ttl: { IdToken: opts.idTokenTtlSeconds ?? 3600, AccessToken: 600, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
      jwks: { keys: [jwk()] },
      cookies: { keys: [randomBytes(16).toString('hex')] },
    });
    const callback = provider.callback();

    async function interaction(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        const accountId = new URL(req.url ?? '/', issuer).searchParams.get('account') ?? '';
        const account = opts.accounts[accountId];
        if (!account) {
          res.writeHead(400).end('unknown test account');
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId, amr: account.amr ?? ['pwd'] } }, { mergeWithLastSubmission: false });
        return;
      }
      // Consent: grant what was asked for, as a first-party provider would.
      const grant = new provider.Grant({ accountId: details.session?.accountId ?? '', clientId: String(details.params['client_id']) });
      if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
      if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    }

    handle = (req, res) => {
      if (req.method === 'GET' && req.url?.startsWith('/interaction/')) {
        interaction(req, res).catch(() => {
          if (!res.headersSent) res.writeHead(500).end('interaction failed');
        });
        return;
      }
      callback(req, res);
    };
  }

  return { issuer, register: build, close: () => stop(server) };
}

/** A discovery document server on 127.0.0.1, for providers that are not what they claim. `document` gets its own URL. */
export async function startMetadataServer(document: (self: string) => Promise<Record<string, unknown>>): Promise<{ url: string; close: () => Promise<void> }> {
  let self = '';
  const server = http.createServer((req, res) => {
    if (req.url !== '/.well-known/openid-configuration') {
      res.writeHead(404).end();
      return;
    }
    document(self).then(
      (doc) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc)),
      () => res.writeHead(500).end(),
    );
  });
  self = await listen(server);
  return { url: self, close: () => stop(server) };
}

/** A free loopback port: Lantern's redirect URL must be configured before its app listens. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return port;
}

/**
 * A browser stand-in: fetch without following redirects, with cookies kept per origin (name -> value). Expired or
 * cleared cookies are dropped; paths are not modelled, which only ever sends a cookie more widely than a browser would.
 */
export function testBrowser() {
  const jar = new Map<string, Map<string, string>>();
  const cookiesOf = (url: string): Map<string, string> => {
    const origin = new URL(url).origin;
    if (!jar.has(origin)) jar.set(origin, new Map());
    return jar.get(origin)!;
  };
  const cookieHeader = (url: string): string => [...cookiesOf(url)].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    cookieHeader,
    cookie: (url: string, name: string): string | undefined => cookiesOf(url).get(name),
    setCookie: (url: string, name: string, value: string): void => {
      cookiesOf(url).set(name, value);
    },
    async get(url: string): Promise<Response> {
      const res = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader(url) } });
      const cookies = cookiesOf(url);
      for (const line of res.headers.getSetCookie()) {
        const [pair = '', ...attrs] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        const expired = attrs.some((a) => {
          const [k = '', v = ''] = a.trim().split('=');
          return (k.toLowerCase() === 'max-age' && Number(v) <= 0) || (k.toLowerCase() === 'expires' && new Date(v).getTime() <= Date.now());
        });
        if (expired || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
      return res;
    },
  };
}
export type TestBrowser = ReturnType<typeof testBrowser>;
