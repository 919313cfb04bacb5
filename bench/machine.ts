// What the figures were measured on: CPU, cores, memory, Node and PostgreSQL versions.
import fs from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

export type Machine = { cpu: string; cores: number; memoryGiB: number; os: string; node: string; postgres: string; postgresSettings: string };

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => /^model name\s*:/.test(l));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export async function describeMachine(pool: pg.Pool): Promise<Machine> {
  const version = await pool.query<{ server_version: string }>('show server_version');
  const settings = await pool.query<{ name: string; setting: string; unit: string | null }>(
    "select name, setting, unit from pg_settings where name in ('fsync','synchronous_commit','shared_buffers','max_connections') order by name",
  );
  const setting = (r: { name: string; setting: string; unit: string | null }) => {
    if (r.name === 'shared_buffers' && r.unit === '8kB') return `${r.name}=${Math.round((Number(r.setting) * 8) / 1024)}MB`;
    return `${r.name}=${r.setting}${r.unit ?? ''}`;
  };
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    postgres: `PostgreSQL ${version.rows[0]?.server_version ?? '?'} (embedded)`,
    postgresSettings: settings.rows.map(setting).join(', '),
  };
}
