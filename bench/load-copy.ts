// Bulk loading for the load benchmark's data set: COPY ... FROM STDIN through psql when a psql binary is at hand
// (PostgreSQL 15's, from scripts/pg15.sh's package), otherwise multi-row INSERT ... SELECT FROM unnest(arrays).
// pg-copy-streams is not a dependency, and `pg` alone cannot send COPY data.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type pg from 'pg';

export type Column = { name: string; type: string };
export type Row = readonly unknown[];

const PSQL = process.env['PG15_BIN'] ? `${process.env['PG15_BIN']}/psql` : '/usr/lib/postgresql/15/bin/psql';
export const psqlAvailable = (): boolean => fs.existsSync(PSQL);

const NEEDS_ESCAPE = /[\\\t\n\r]/;

// COPY's text format: tab-separated, \N for null, backslash escapes for the characters that would break a row.
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v as number);
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

const encodeRows = (rows: readonly Row[]): string => rows.map((r) => r.map(copyValue).join('\t')).join('\n') + '\n';

export type BulkLoader = {
  /** Sends one batch of rows; resolves when the loader can take more (back-pressure). */
  write: (rows: readonly Row[]) => Promise<void>;
  /** Ends the load and resolves when every row is stored (committed). */
  end: () => Promise<void>;
  method: 'copy' | 'insert';
};

// One COPY per table, streamed: psql reads rows from its stdin while the caller generates the next batch.
function copyLoader(url: string, table: string, columns: readonly Column[]): BulkLoader {
  const cols = columns.map((c) => c.name).join(', ');
  const child = spawn(PSQL, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', `COPY ${table} (${cols}) FROM STDIN`], {
    // Bulk load only: no need to wait for each commit's flush (the checkpoint at the end makes it durable).
    env: { ...process.env, PGOPTIONS: '-c synchronous_commit=off' },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`COPY into ${table} failed (psql exit ${String(code)}): ${stderr.trim()}`))));
  });
  // A psql that died early must fail the next write, not hang it.
  exited.catch(() => undefined);
  return {
    method: 'copy',
    write: (rows) =>
      new Promise<void>((resolve, reject) => {
        if (child.exitCode !== null) return void exited.then(() => reject(new Error(`psql for ${table} has exited`)), reject);
        if (child.stdin.write(encodeRows(rows))) resolve();
        else {
          child.stdin.once('drain', resolve);
          exited.catch(reject);
        }
      }),
    end: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

// The fallback: one INSERT ... SELECT * FROM unnest($1::type[], ...) per batch, one array parameter per column.
function insertLoader(pool: pg.Pool, table: string, columns: readonly Column[]): BulkLoader {
  const cols = columns.map((c) => c.name).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const text = `insert into ${table} (${cols}) select * from unnest(${params})`;
  const param = (v: unknown) => (v instanceof Date ? v.toISOString() : v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
  return {
    method: 'insert',
    write: async (rows) => {
      if (!rows.length) return;
      await pool.query(
        text,
        columns.map((_, i) => rows.map((r) => param(r[i]))),
      );
    },
    end: async () => {},
  };
}

export function bulkLoader(target: { url: string; pool: pg.Pool }, table: string, columns: readonly Column[]): BulkLoader {
  return psqlAvailable() ? copyLoader(target.url, table, columns) : insertLoader(target.pool, table, columns);
}
