import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDbInfo } from '../../test/setup/test-db.ts';
import { DataDirInUse, startEmbedded } from './embedded.ts';

// The embedded cluster refuses a second server on a data folder that another process is using
// (STACK-NOTES: one cluster per data folder). The run's own cluster is held by the main Vitest process,
// and this file runs in a forked worker: a genuinely different process.
const info = testDbInfo();
const external = info.kind === 'external';
const SKIP_REASON = 'TEST_DATABASE_URL is set, so this run has no embedded cluster; the embedded run of the integration project covers this';

async function answers(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ one: number }>('select 1 as one')).rows[0]?.one ?? 0;
  } finally {
    await c.end();
  }
}

// The reason is in the suite name so that it shows in every reporter when the tests are skipped.
describe(external ? `embedded PostgreSQL data folder (skipped: ${SKIP_REASON})` : 'embedded PostgreSQL data folder', () => {
  it.skipIf(external)(`refuses a second server on a folder in use by another process`, async () => {
    const dataDir = info.dataDir;
    if (!dataDir) throw new Error('the embedded run provides its data folder');

    const second = startEmbedded(dataDir);
    await expect(second).rejects.toBeInstanceOf(DataDirInUse);
    await expect(second).rejects.toThrow(dataDir);
    // The refusal did not disturb the running cluster (no orphan clean-up, no lock taken over).
    expect(await answers(info.adminUrl)).toBe(1);
    // The lock still names the main Vitest process, which started the cluster.
    expect(fs.readFileSync(path.join(dataDir, 'lantern.lock'), 'utf8').trim()).toBe(String(process.ppid));
  });

  it.skipIf(external)(`starts again on the same folder once the first server has stopped, keeping the data`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-embedded-test-'));
    fs.chmodSync(dataDir, 0o711);
    try {
      const first = await startEmbedded(dataDir);
      try {
        const c = new pg.Client({ connectionString: first.url('postgres') });
        await c.connect();
        await c.query("create table kept (v text); insert into kept values ('still here')");
        await c.end();
      } finally {
        await first.stop();
      }
      expect(fs.existsSync(path.join(dataDir, 'lantern.lock'))).toBe(false);

      const again = await startEmbedded(dataDir);
      try {
        const c = new pg.Client({ connectionString: again.url('postgres') });
        await c.connect();
        const r = await c.query<{ v: string }>('select v from kept');
        await c.end();
        expect(r.rows).toEqual([{ v: 'still here' }]);
      } finally {
        await again.stop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
