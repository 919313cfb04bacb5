import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

// Runs Vitest in a child process for the benchmark sections that report what test suites measured (fuzz, authz), and
// passes on its progress lines: the suites' own start lines and each file or test as it finishes.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The parts of Vitest's JSON report the sections read. */
export type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: {
    name: string;
    assertionResults: { title: string; fullName?: string; ancestorTitles?: string[]; status: string; failureMessages: string[] }[];
  }[];
};

/** The environment for a Vitest run of the test databases: no database URL or Lantern setting leaks in from the caller. */
export function cleanTestEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!(k === 'TEST_DATABASE_URL' || k === 'DATABASE_URL' || k.startsWith('LANTERN_'))) env[k] = v;
  return Object.assign(env, extra);
}

export function runVitest(args: string[], env: NodeJS.ProcessEnv, log: (m: string) => void, progress: RegExp = /✓|×|FAIL/): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const onData = (d: string) => {
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines)
        if (progress.test(l))
          log(
            `   ${l
              .replace(/\x1b\[[0-9;]*m/g, '')
              .trim()
              .slice(0, 160)}`,
          );
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** A JSON file a run wrote, or null when it wrote none. */
export const readJson = <T>(file: string): T | null => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null);

/** Runs `fn` with a temporary folder of its own (removed afterwards), and adds its time and the load average around it. */
export async function timedInTempDir<T extends object>(
  prefix: string,
  fn: (dir: string) => Promise<T>,
): Promise<T & { seconds: number; load: { start: number; end: number } }> {
  const t0 = performance.now();
  const start = os.loadavg()[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    const r = await fn(dir);
    return { ...r, seconds: (performance.now() - t0) / 1000, load: { start, end: os.loadavg()[0]! } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
