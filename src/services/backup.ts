import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';

// Logical backup of every application table as checksummed, gzipped JSON lines.
// Restore reads and checks the whole file first, then replaces all data in one transaction,
// so a corrupt or truncated file is refused without touching the current data.

export class BackupError extends Error {}

const FORMAT = 'lantern-backup';
// Sessions are not worth restoring (everyone signs in again); audit_pending holds rows only inside a transaction in
// progress (migrations/0021), and the app's login may not read it.
const SKIP = new Set(['session', 'audit_pending']);

const Header = z.object({
  format: z.string(),
  version: z.number(),
  createdAt: z.string(),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.number()),
});
type Header = z.infer<typeof Header>;
const Trailer = z.object({ end: z.boolean().optional(), sha256: z.string().optional() });

// The queries below run on the pool or inside a transaction: all they need is `execute`.
type Executor = Pick<Db, 'execute'>;

async function tables(db: Executor): Promise<string[]> {
  const r = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return r.rows.map((x) => x.table_name).filter((t) => !SKIP.has(t));
}

async function migrations(db: Executor): Promise<string[]> {
  const r = await db.execute<{ hash: string }>(sql`select hash from drizzle.__drizzle_migrations order by id`);
  return r.rows.map((x) => x.hash);
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export async function backup(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  // One repeatable-read snapshot, so the backup is consistent while Lantern keeps running.
  const { lines, header } = await db.transaction(
    async (tx) => {
      const names = await tables(tx);
      const header: Header = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await migrations(tx), tables: {} };
      const lines: string[] = [];
      for (const t of names) {
        const rows = await tx.execute<{ r: unknown }>(sql`select row_to_json(x) as r from ${sql.identifier(t)} x`);
        header.tables[t] = rows.rows.length;
        for (const row of rows.rows) lines.push(JSON.stringify({ t, r: row.r }));
      }
      return { lines, header };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const body = [JSON.stringify(header), ...lines].join('\n');
  const content = `${body}\n${JSON.stringify({ end: true, sha256: sha(body) })}\n`;
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, gzipSync(content), { mode: 0o600 });
  fs.renameSync(tmp, file);
  return { tables: Object.keys(header.tables).length, rows: lines.length };
}

function readBackup(file: string): { header: Header; rows: Map<string, unknown[]> } {
  let text: string;
  try {
    text = gunzipSync(fs.readFileSync(file)).toString('utf8');
  } catch (e) {
    throw new BackupError(
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? `There is no file at ${file}`
        : 'The backup file is corrupt: it is not a complete gzip file. Nothing was changed.',
    );
  }
  const all = text.split('\n').filter(Boolean);
  const trailer = all.pop();
  const body = all.join('\n');
  let end: z.infer<typeof Trailer>;
  try {
    end = Trailer.parse(JSON.parse(trailer ?? '{}'));
  } catch {
    end = {};
  }
  if (!end.end || end.sha256 !== sha(body))
    throw new BackupError('The backup file is corrupt or incomplete: its checksum does not match. Nothing was changed.');
  const parsed = Header.safeParse(JSON.parse(all[0] ?? '{}'));
  if (!parsed.success || parsed.data.format !== FORMAT || parsed.data.version !== 1)
    throw new BackupError('This is not a Lantern backup file. Nothing was changed.');
  const header = parsed.data;
  const rows = new Map<string, unknown[]>();
  for (const [i, line] of all.slice(1).entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    const { t, r } = (parsed ?? {}) as { t?: unknown; r?: unknown };
    // A row is an object; anything else would reach the database as a query error quoting the file's contents.
    if (typeof t !== 'string' || r === null || typeof r !== 'object' || Array.isArray(r))
      throw new BackupError(`The backup file is corrupt: line ${i + 2} is not a table row. Nothing was changed.`);
    if (!Object.hasOwn(header.tables, t)) throw new BackupError(`The backup file names a table it did not declare. Nothing was changed.`);
    rows.set(t, [...(rows.get(t) ?? []), r]);
  }
  for (const [t, n] of Object.entries(header.tables)) {
    if ((rows.get(t)?.length ?? 0) !== n) throw new BackupError(`The backup file is incomplete: table ${t} has the wrong number of rows. Nothing was changed.`);
  }
  return { header, rows };
}

export async function restore(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const { header, rows } = readBackup(file);
  const current = await migrations(db);
  if (JSON.stringify(current) !== JSON.stringify(header.migrations))
    throw new BackupError('The backup was made by a different version of Lantern (its database migrations differ). Nothing was changed.');
  const names = await tables(db);
  const missing = Object.keys(header.tables).filter((t) => !names.includes(t));
  if (missing.length) throw new BackupError(`The backup holds tables this database does not have (${missing.join(', ')}). Nothing was changed.`);
  let count = 0;
  let table = '';
  try {
    await db.transaction(async (tx) => {
      // Replica mode skips triggers and foreign-key checks while the tables are replaced as a whole.
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql.raw(`truncate ${names.map((t) => `"${t}"`).join(', ')}, "session"`));
      for (const t of names) {
        table = t;
        const list = rows.get(t) ?? [];
        for (let i = 0; i < list.length; i += 1000) {
          const chunk = list.slice(i, i + 1000);
          await tx.execute(
            sql`insert into ${sql.identifier(t)} select * from json_populate_recordset(null::${sql.identifier(t)}, ${JSON.stringify(chunk)}::json)`,
          );
          count += chunk.length;
        }
      }
    });
  } catch (e) {
    // The failed query quotes the rows (personal data): say which table, and PostgreSQL's error code only.
    const raw = (e as { cause?: { code?: unknown } }).cause?.code ?? (e as { code?: unknown }).code;
    const code = typeof raw === 'string' ? raw : '';
    // Classes 22 (data exception) and 23 (integrity): the file's rows do not fit this database's tables.
    throw new BackupError(
      /^2[23]/.test(code)
        ? `The backup file holds a row that does not fit the table ${table} (PostgreSQL error ${code}). Nothing was changed.`
        : `The restore failed while writing the table ${table}${code ? ` (PostgreSQL error ${code})` : ''}. Nothing was changed.`,
    );
  }
  return { tables: names.length, rows: count };
}
