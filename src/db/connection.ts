import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { startEmbedded } from './embedded.ts';
import { checkAppRole, ensureLoginRole, grantAppRole, loginOf, type RoleCheck, withLogin } from './roles.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Database = {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'external';
  /** The app login's URL (more web server processes connect with it: src/cli/serve.ts). */
  url: string;
  close: () => Promise<void>;
  /** The schema owner's URL, for maintenance the app's own login may not do (migrations, grants, restore). */
  ownerUrl?: string;
  /** What the app's login could do to the audit trail (openDatabase checks it). */
  role?: RoleCheck;
};

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

// Dates as plain 'YYYY-MM-DD' strings: a date of birth has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

// Connections per process (the benchmark reports it).
export const POOL_SIZE = 10;

export function connect(url: string, kind: Database['kind'], onClose: () => Promise<void> = async () => {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  pool.on('error', () => {
    /* a dropped idle client is replaced on next use */
  });
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    kind,
    url,
    close: async () => {
      await pool.end();
      await onClose();
    },
  };
}

export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Applies the migrations as the schema owner, then grants the app's login what it needs (and no more). */
async function migrateAsOwner(ownerUrl: string, appLogin: string | null): Promise<void> {
  const owner = connect(ownerUrl, 'external');
  try {
    await migrateDatabase(owner.db);
    if (appLogin) await withClient(ownerUrl, (c) => grantAppRole(c, appLogin));
  } finally {
    await owner.close();
  }
}

async function withRoleCheck(database: Database, ownerUrl: string, mustBeRestricted: boolean, onClose?: () => Promise<void>): Promise<Database> {
  try {
    const role = await checkAppRole(database.pool);
    if (mustBeRestricted && !role.restricted) throw new Error(`The database's app login is not restricted: ${role.problems.join('; ')}`);
    const close = async () => {
      await database.close();
      await onClose?.();
    };
    return { ...database, close, ownerUrl, role };
  } catch (e) {
    await database.close();
    throw e;
  }
}

export type OpenOptions = {
  databaseUrl?: string | undefined;
  /** The schema owner's URL on an external server; without it the app's own login migrates (and is not restricted). */
  migrationUrl?: string | undefined;
  dataDir: string;
  dbPort?: number | undefined;
};

// DATABASE_URL wins; otherwise start the embedded cluster in dataDir. Either way the migrations are applied first.
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const ownerUrl = opts.migrationUrl ?? opts.databaseUrl;
    const separate = loginOf(ownerUrl) !== loginOf(opts.databaseUrl);
    await migrateAsOwner(ownerUrl, separate ? loginOf(opts.databaseUrl) : null);
    return withRoleCheck(connect(opts.databaseUrl, 'external'), ownerUrl, false);
  }
  const server = await startEmbedded(opts.dataDir, { port: opts.dbPort });
  try {
    await withClient(server.url('postgres'), async (admin) => {
      const exists = await admin.query("select 1 from pg_database where datname = 'lantern'");
      if (exists.rowCount === 0) await admin.query('create database lantern');
      await ensureLoginRole(admin, server.appLogin.user, server.appLogin.password);
    });
    await migrateAsOwner(server.url('lantern'), server.appLogin.user);
    // Our own cluster: the app's login must be restricted, or something above is wrong.
    return await withRoleCheck(
      connect(withLogin(server.url('lantern'), server.appLogin.user, server.appLogin.password), 'embedded'),
      server.url('lantern'),
      true,
      server.stop,
    );
  } catch (e) {
    await server.stop();
    throw e;
  }
}
