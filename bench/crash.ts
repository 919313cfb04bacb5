// Crash figures for the benchmark (issue 8): the crash test (test/integration/crash.test.ts) in its full form — 20
// SIGKILL cycles of `lantern serve` during concurrent API writes — on the embedded default and on an external
// PostgreSQL 15 (scripts/pg15.sh), each in its own Vitest process. The test asserts that every acknowledged write is
// stored and that the audit chain verifies after every restart; this reads what it logged and reported per cycle
// (LANTERN_CRASH_REPORT) into a table, with the test's pass/fail from Vitest's JSON report.
//
//   LANTERN_BENCH_ONLY=crash npm run bench
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pg15Available, startPg15 } from './load-server.ts';
import type { Section } from './report.ts';

export const CRASH_SECTION_TITLE = 'Crash: SIGKILL during concurrent writes, acknowledged vs stored';
const KEY_PREFIX = 'Crash (';
export const ownsCrashKey = (line: string): boolean => line.startsWith(KEY_PREFIX);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEST_FILE = 'test/integration/crash.test.ts';
const n0 = (n: number) => Math.round(n).toLocaleString('en-GB');

export type CrashParams = { cycles: number; engines: ('embedded' | 'external')[] };
export const crashParams = (scale: number): CrashParams => ({ cycles: Math.max(3, Math.round(20 * Math.min(1, scale))), engines: ['embedded', 'external'] });

type CycleLine = {
  engine: string;
  serverVersion: string;
  cycle: number;
  startMs: number;
  writeMs: number;
  acked: number;
  children: number;
  inFlightAtKill: number;
  killed: string;
  cliVerifyMs: number | null;
};
type Restart = { crash: number; readyMs: number; keptTotal: number; committedUnacked: number; cutOff: number; events: number };
type EngineResult = {
  engine: 'embedded' | 'external';
  version: string;
  cycles: CycleLine[];
  restarts: Restart[];
  cliVerify: { events: number; ms: number } | null;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number | null;
  seconds: number;
  failure: string | null;
  load: { start: number; end: number };
};

const RESTART =
  /\[crash (embedded|external)\]\s+restart (\d+): ready in (\d+) ms; all (\d+) acknowledged writes kept \(and (\d+) of (\d+) cut-off entries had committed\); audit chain intact, (\d+) events/g;
const CLI_VERIFY = /\[crash (?:embedded|external)\] cycle \d+\/\d+: .*lantern audit verify: intact, (\d+) events \((\d+) ms\)/g;

type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
};

function runVitest(args: string[], env: NodeJS.ProcessEnv, log: (m: string) => void, label: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'integration', TEST_FILE, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let partial = '';
    const onData = (d: string) => {
      stdout += d;
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) if (/\[crash (embedded|external)\] (cycle|\s+restart)/.test(l)) log(`   ${label}: ${l.replace(/^.*\[crash \w+\]\s*/, '')}`);
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

async function runEngine(engine: 'embedded' | 'external', p: CrashParams, log: (m: string) => void): Promise<EngineResult> {
  const t0 = performance.now();
  const loadStart = os.loadavg()[0]!;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-crash-bench-'));
  const reportFile = path.join(tmp, 'cycles.jsonl');
  const jsonFile = path.join(tmp, 'vitest.json');
  const cluster = engine === 'external' ? startPg15(log) : null;
  try {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!(k === 'TEST_DATABASE_URL' || k === 'DATABASE_URL' || k.startsWith('LANTERN_'))) env[k] = v;
    Object.assign(env, {
      LANTERN_CRASH_CYCLES: String(p.cycles),
      LANTERN_CRASH_ENGINES: engine,
      LANTERN_CRASH_REPORT: reportFile,
      ...(cluster ? { TEST_DATABASE_URL: cluster.url } : {}),
    });
    log(`crash ${engine}: ${p.cycles} SIGKILL cycles (${TEST_FILE}${cluster ? ', TEST_DATABASE_URL on PostgreSQL 15' : ''})`);
    const { code, stdout } = await runVitest([`--outputFile.json=${jsonFile}`], env, log, engine);
    const cycles = fs.existsSync(reportFile)
      ? fs
          .readFileSync(reportFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as CycleLine)
      : [];
    const restarts = [...stdout.matchAll(RESTART)].map((m) => ({
      crash: Number(m[2]),
      readyMs: Number(m[3]),
      keptTotal: Number(m[4]),
      committedUnacked: Number(m[5]),
      cutOff: Number(m[6]),
      events: Number(m[7]),
    }));
    const cli = [...stdout.matchAll(CLI_VERIFY)].pop();
    const json = fs.existsSync(jsonFile) ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as VitestJson) : null;
    const failures = json?.testResults.flatMap((t) => t.assertionResults.filter((a) => a.status === 'failed')) ?? [];
    return {
      engine,
      version: cycles[0]?.serverVersion ?? '?',
      cycles,
      restarts,
      cliVerify: cli ? { events: Number(cli[1]), ms: Number(cli[2]) } : null,
      passed: json?.numPassedTests ?? 0,
      failed: json?.numFailedTests ?? (code === 0 ? 0 : 1),
      skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0),
      exitCode: code,
      seconds: (performance.now() - t0) / 1000,
      // The first line of the first failure only: the full text is in the run's own output.
      failure: failures[0]
        ? `${failures[0].title}: ${(failures[0].failureMessages[0] ?? '').split('\n')[0]}`
        : code === 0
          ? null
          : `vitest exited with ${String(code)}`,
      load: { start: loadStart, end: os.loadavg()[0]! },
    };
  } finally {
    cluster?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const engineName = (r: EngineResult) =>
  r.engine === 'external' ? `PostgreSQL ${r.version} (external, DATABASE_URL)` : `PostgreSQL ${r.version} (embedded default)`;

function summarise(r: EngineResult) {
  const acked = r.cycles.reduce((a, c) => a + c.acked, 0);
  const last = r.restarts.find((x) => x.crash === r.cycles.length);
  // Each restart line is only logged after the test's assertions passed: every acknowledged write found, chain intact.
  const verifiedAfter = r.restarts.length;
  const lost = last ? acked - last.keptTotal : null;
  const ok = r.failed === 0 && r.exitCode === 0 && verifiedAfter === r.cycles.length && lost === 0;
  return { acked, last, verifiedAfter, lost, ok };
}

export async function crashFigures(p: CrashParams = crashParams(1), log: (m: string) => void = console.log): Promise<{ section: Section; keys: string[] }> {
  const results: EngineResult[] = [];
  for (const e of p.engines) {
    if (e === 'external' && !pg15Available())
      throw new Error('PostgreSQL 15 is not installed (apt-get install -y postgresql): the external crash run needs it');
    const r = await runEngine(e, p, log);
    const s = summarise(r);
    log(
      `crash ${e}: ${r.cycles.length} cycles, ${n0(s.acked)} acknowledged, lost ${s.lost ?? '?'}, chain verified after ${s.verifiedAfter} restarts; vitest ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(0)} s)`,
    );
    results.push(r);
  }
  const keys = results.map((r) => {
    const s = summarise(r);
    return `${KEY_PREFIX}${engineName(r)}, ${r.cycles.length} SIGKILL cycles during concurrent API writes): ${n0(s.acked)} writes acknowledged, ${s.lost === null ? 'stored count unknown' : `${n0(s.last!.keptTotal)} found after the last restart, **${n0(s.lost)} lost**`}; audit chain verified after ${s.verifiedAfter} of ${r.cycles.length} restarts${r.cliVerify ? ` and by \`lantern audit verify\` (${n0(r.cliVerify.events)} events)` : ''} — test ${s.ok ? 'passed' : `**failed**${r.failure ? ` (${r.failure})` : ''}`}.`;
  });
  const cycleRows = results.flatMap((r) => {
    let total = 0;
    return r.cycles.map((c) => {
      total += c.acked;
      const after = r.restarts.find((x) => x.crash === c.cycle);
      return [
        engineName(r),
        String(c.cycle),
        `${c.writeMs} ms`,
        n0(c.acked),
        `${c.children} / ${c.acked - c.children}`,
        String(c.inFlightAtKill),
        c.killed,
        n0(total),
        after ? n0(after.keptTotal) : '—',
        after ? n0(total - after.keptTotal) : '—',
        after ? `${after.committedUnacked} of ${after.cutOff}` : '—',
        after ? `${n0(after.readyMs)} ms` : '—',
        after ? `intact, ${n0(after.events)} events` : 'not reached',
      ];
    });
  });
  const summaryRows = results.map((r) => {
    const s = summarise(r);
    return [
      engineName(r),
      String(r.cycles.length),
      n0(s.acked),
      s.last ? n0(s.last.keptTotal) : '—',
      s.lost === null ? '—' : n0(s.lost),
      `${s.verifiedAfter} of ${r.cycles.length}`,
      r.cliVerify ? `intact, ${n0(r.cliVerify.events)} events (${n0(r.cliVerify.ms)} ms)` : '—',
      `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
      `${r.seconds.toFixed(0)} s`,
      `${r.load.start.toFixed(2)} → ${r.load.end.toFixed(2)}`,
    ];
  });
  const allOk = results.every((r) => summarise(r).ok);
  return {
    keys,
    section: {
      title: CRASH_SECTION_TITLE,
      method:
        `The crash test (\`${TEST_FILE}\`, helpers in test/crash/harness.ts) in its full form, run by the benchmark in its own Vitest process per engine: \`LANTERN_CRASH_CYCLES=${p.cycles} LANTERN_CRASH_ENGINES=<engine> npx vitest run --project integration ${TEST_FILE}\`, with \`TEST_DATABASE_URL\` pointing at a throwaway PostgreSQL 15 cluster (scripts/pg15.sh, restarted with durable settings) for the external engine. ` +
        `Each cycle starts \`lantern serve\`, checks everything acknowledged so far (children and chronology entries, each with its audit event, in the database and read back through the API), verifies the whole audit chain (\`verifyAuditChain\`), runs 4 concurrent writers against the JSON API (\`POST /api/v1/children\` and \`…/chronology\` with a bearer token) for 1–2 s, and SIGKILLs the server with requests in flight; on the embedded engine every second cycle also SIGKILLs its PostgreSQL processes, as a machine crash would, so that PostgreSQL must recover from its WAL. A write counts as acknowledged when its 201 answer, with the new id, was read in full. After the last crash \`lantern audit verify\` is the first process to open the crashed database; a last restart checks everything and stops cleanly. ` +
        "The table is read from what the test reported per cycle (LANTERN_CRASH_REPORT) and logged after each restart — a restart line is only logged once the test has asserted that every acknowledged write is stored and the chain is intact — with pass/fail from Vitest's JSON report.",
      tables: [
        {
          header: [
            'Engine',
            'cycles',
            'writes acknowledged',
            'found after the last restart',
            'lost',
            'chain verified after restarts',
            '`lantern audit verify` after the last crash',
            'test',
            'run time',
            'load average (1 min)',
          ],
          left: 1,
          rows: summaryRows,
        },
        {
          header: [
            'Engine',
            'cycle',
            'writing for',
            'acknowledged',
            'children / entries',
            'in flight at the kill',
            'SIGKILLed',
            'acknowledged so far',
            'found after restart',
            'lost',
            'cut-off entries that had committed',
            'restart ready in',
            'audit chain after restart',
          ],
          left: 1,
          rows: cycleRows,
        },
      ],
      ratios: results.map((r) => {
        const s = summarise(r);
        return `${engineName(r)}: ${n0(s.acked)} acknowledged writes over ${r.cycles.length} crashes, ${s.lost === null ? 'stored count not reported' : `${n0(s.lost)} lost`}; the audit chain verified after ${s.verifiedAfter} of ${r.cycles.length} restarts.${r.failure ? ` First failure: ${r.failure}` : ''}`;
      }),
      notes: [
        '"Cut-off entries that had committed": writes whose answer never arrived because of the kill, yet committed — allowed (the client did not hear back), and counted so that nothing stored goes unexplained.',
        '"Skipped" in the test column are the other engine\'s tests, which each Vitest run leaves out (LANTERN_CRASH_ENGINES); each engine runs in its own process.',
        'The external engine is killed at the Lantern process only (its PostgreSQL is a separate server that keeps running); the embedded engine also loses its PostgreSQL every second cycle.',
        "Other engineers' tests ran on the same 2-core machine; the load average is in the table. Crash safety does not depend on it, only the number of writes per cycle does.",
      ],
      meaning: allOk
        ? `Across ${results.map((r) => `${r.cycles.length} SIGKILLs on ${engineName(r)}`).join(' and ')}, every acknowledged write was stored (0 lost) and the hash-chained audit trail verified after every restart: an acknowledgement from Lantern means the write, with its audit event, is durable.`
        : `The crash run did not pass on every engine (see the tables): ${results
            .filter((r) => !summarise(r).ok)
            .map((r) => engineName(r))
            .join(', ')}.`,
    },
  };
}
