import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { startEmbedded } from './embedded.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Database = { db: Db; pool: pg.Pool; kind: 'embedded' | 'external'; close: () => Promise<void> };

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

// Dates as plain 'YYYY-MM-DD' strings: a date of birth has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export function connect(url: string, kind: Database['kind'], onClose: () => Promise<void> = async () => {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {
    /* a dropped idle client is replaced on next use */
  });
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    kind,
    close: async () => {
      await pool.end();
      await onClose();
    },
  };
}

export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}

// DATABASE_URL wins; otherwise start the embedded cluster in dataDir.
export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string; dbPort?: number | undefined }): Promise<Database> {
  if (opts.databaseUrl) return connect(opts.databaseUrl, 'external');
  const server = await startEmbedded(opts.dataDir, { port: opts.dbPort });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = 'lantern'");
    if (exists.rowCount === 0) await admin.query('create database lantern');
  } finally {
    await admin.end();
  }
  return connect(server.url('lantern'), 'embedded', server.stop);
}
