// Hostile-input figures for the benchmark (issue 8, "fast-check generators produce >= 10,000 cases each against every
// importer, form and API body, and the text analysis; 0 crashes, 0 partial writes, 0 stack traces in responses; a suite
// of XSS, SQL-injection, CSRF and header checks, with results listed"). Runs the fuzz suite in its full form
// (LANTERN_FUZZ_RUNS, 10,000 by default) and the attack suite in one Vitest process, then reads the per-target counts
// the tests wrote (test/fixtures/hostile.ts, FuzzSummary) and the attack results (attacks.test.ts), with pass/fail from
// Vitest's JSON report.
//
//   LANTERN_BENCH_ONLY=fuzz npm run bench     the whole run, merged into docs/benchmarks.md (a plain `npm run bench`
//                                             keeps the section as it is there; LANTERN_BENCH_ALL=1 runs it too)
//   npx tsx bench/fuzz.ts                     the whole run, then the section as markdown on stdout
//   LANTERN_FUZZ_RUNS=500 npx tsx bench/fuzz.ts   a shorter run (either way)
//   LANTERN_FUZZ_SHARD=2/4 LANTERN_FUZZ_SEED=20261129 ...   one part of the run (either way): the targets of part 2 of 4.
//   ... LANTERN_FUZZ_ONLY='api/POST /api/v1/adults/search'   with a part: only that target (added since the part was
//     measured), kept with the part's other figures.
//                                             The part's figures are kept in bench/fuzz-parts/ (committed), and the
//                                             section is drawn from every part measured so far with the same cases,
//                                             seed and number of parts, so a run of many hours can span sessions.
//   LANTERN_FUZZ_FROM_PARTS=6 LANTERN_FUZZ_SEED=20261129 LANTERN_FUZZ_RUNS=10000 ...   no run: the section again from the
//                                             kept parts of that run (a part measured in another checkout, copied in).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FuzzShard, parseOnly, parseShard, shardOf, type TargetResult } from '../test/fixtures/hostile.ts';
import { readHangReports } from '../test/fixtures/fuzz-watchdog.ts';
import { renderSection, type Section } from './report.ts';
import { cleanTestEnv, readJson, runVitest, timedInTempDir, type VitestJson } from './vitest-run.ts';

export const FUZZ_SECTION_TITLE = 'Hostile input: fuzzing every form, API body, importer and the text analysis; the attack suite';
const KEY_PREFIX = 'Hostile input (';
export const ownsFuzzKey = (line: string): boolean => line.startsWith(KEY_PREFIX) || line.startsWith('Attack suite (');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FUZZ_FILES = {
  unit: ['src/core/text/fuzz.test.ts', 'src/core/review/fuzz.test.ts'],
  integration: ['test/integration/fuzz-forms.test.ts', 'test/integration/fuzz-api.test.ts', 'test/integration/fuzz-importers.test.ts'],
  attacks: 'test/integration/attacks.test.ts',
} as const;

export type FuzzParams = { runs: number; seed: number | null; shard: FuzzShard | null; fromParts?: number | null; only?: string[] | null };
/**
 * 10,000 cases per target at scale 1 (the issue's figure); fewer, never below 100, for quick trial runs.
 * LANTERN_FUZZ_RUNS sets the count outright; a value that is not a positive whole number is refused rather than read as
 * the default (which takes hours).
 */
export const fuzzParams = (scale: number, env: NodeJS.ProcessEnv = process.env): FuzzParams => {
  const raw = env['LANTERN_FUZZ_RUNS']?.trim();
  const runs = raw ? Number(raw) : Math.max(100, Math.round(10_000 * Math.min(1, scale)));
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`LANTERN_FUZZ_RUNS must be a positive whole number, not ${JSON.stringify(raw)}`);
  const seed = Number(env['LANTERN_FUZZ_SEED']) || null;
  const shard = parseShard(env['LANTERN_FUZZ_SHARD']);
  // The parts are only one run if they share the seed; the default seed changes every day.
  if (shard && !seed) throw new Error('LANTERN_FUZZ_SHARD needs LANTERN_FUZZ_SEED too (every part of a run must use the same seed)');
  // LANTERN_FUZZ_FROM_PARTS=n: no run, the section is drawn again from the n-part run's kept parts (e.g. after copying a
  // part measured in another checkout into bench/fuzz-parts/).
  const rawParts = env['LANTERN_FUZZ_FROM_PARTS']?.trim();
  const fromParts = rawParts ? Number(rawParts) : null;
  if (fromParts !== null && !(Number.isSafeInteger(fromParts) && fromParts >= 1 && seed))
    throw new Error("LANTERN_FUZZ_FROM_PARTS must be the number of parts, with the run's LANTERN_FUZZ_SEED and LANTERN_FUZZ_RUNS");
  // LANTERN_FUZZ_ONLY: targets added after their part was measured, run alone and kept with that part.
  const onlySet = parseOnly(env['LANTERN_FUZZ_ONLY']);
  const only = onlySet ? [...onlySet] : null;
  if (only && !shard) throw new Error('LANTERN_FUZZ_ONLY needs LANTERN_FUZZ_SHARD (the part the targets belong to) and LANTERN_FUZZ_SEED');
  const strays = only && shard ? only.filter((k) => shardOf(k, shard.n) !== shard.k) : [];
  if (strays.length)
    throw new Error(`LANTERN_FUZZ_ONLY: ${strays.map((k) => `${k} belongs to part ${shardOf(k, shard!.n)}`).join('; ')}, not part ${shard!.k}`);
  return { runs, seed, shard, fromParts, only };
};

/** One target's figures, as the fuzz suites write them (test/fixtures/hostile.ts). */
export type TargetFigures = TargetResult;
type SuiteFile = { suite: string; runs: number; seed: number; results: TargetFigures[] };
type AttackCheck = { id: string; check: string; how: string; test: string; result: string; detail?: string };

/** One part of a sharded run, as kept in bench/fuzz-parts/. */
export type FuzzPartInfo = { k: number; n: number; date: string; commit: string; seconds: number; added?: AddedTargets[] };
/** Targets measured alone after their part (LANTERN_FUZZ_ONLY), kept with it. */
export type AddedTargets = { targets: string[]; date: string; commit: string; seconds: number; earlierExitCode?: number | null };

export type FuzzRun = {
  /** The commit the run started from (a later commit during a long run does not change what it measured). */
  commit?: string;
  /** Set when the run was made in parts: the parts measured so far (the section says how many are missing). */
  parts?: { n: number; done: FuzzPartInfo[] };
  runs: number;
  seed: number | null;
  targets: TargetFigures[];
  attacks: AttackCheck[];
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
  exitCode: number | null;
  seconds: number;
  load: { start: number; end: number };
};

/** Runs the fuzz and attack suites in one Vitest process and collects what they reported. */
export function runFuzz(p: FuzzParams, log: (m: string) => void = console.log): Promise<FuzzRun> {
  const commit = headCommit();
  return timedInTempDir('lantern-fuzz-bench-', async (tmp) => {
    const summaryDir = path.join(tmp, 'fuzz');
    const attacksFile = path.join(tmp, 'security-checks.json');
    const jsonFile = path.join(tmp, 'vitest.json');
    const env = cleanTestEnv({
      LANTERN_FUZZ_RUNS: String(p.runs),
      LANTERN_FUZZ_SUMMARY_DIR: summaryDir,
      LANTERN_SECURITY_RESULTS: attacksFile,
      ...(p.seed ? { LANTERN_FUZZ_SEED: String(p.seed) } : {}),
      ...(p.shard ? { LANTERN_FUZZ_SHARD: `${p.shard.k}/${p.shard.n}` } : {}),
      ...(p.only ? { LANTERN_FUZZ_ONLY: p.only.join(',') } : {}),
    });
    // Targets measured alone (LANTERN_FUZZ_ONLY) join a part whose attack suite already ran: only the fuzz files run,
    // and only the unit ones when every target is a unit suite's (`unit-…`).
    const unitOnly = p.only?.every((k) => k.startsWith('unit-')) ?? false;
    const files = p.only
      ? [...FUZZ_FILES.unit, ...(unitOnly ? [] : FUZZ_FILES.integration)]
      : [...FUZZ_FILES.unit, ...FUZZ_FILES.integration, FUZZ_FILES.attacks];
    const part = p.shard ? `, part ${p.shard.k} of ${p.shard.n}${p.only ? ` (only ${p.only.join(', ')})` : ''}` : '';
    log(`fuzz: ${p.runs.toLocaleString('en-GB')} cases per target${p.seed ? `, seed ${p.seed}` : ''}${part}; ${files.length} files`);
    const exitCode = await runVitest(
      ['--project', 'unit', ...(unitOnly ? [] : ['--project', 'integration']), ...files, `--outputFile.json=${jsonFile}`],
      env,
      log,
      /\[fuzz\]|✓|×|FAIL|Error/,
    );
    const suites = fs.existsSync(summaryDir)
      ? fs
          .readdirSync(summaryDir)
          .filter((f) => f.endsWith('.json') && !f.endsWith('.hang.json'))
          .sort()
          .map((f) => JSON.parse(fs.readFileSync(path.join(summaryDir, f), 'utf8')) as SuiteFile)
      : [];
    // A case that never finished ended its process (test/fixtures/fuzz-watchdog.ts): its target failed, with the input.
    const hangs = readHangReports(summaryDir).map((h): TargetFigures => ({
      suite: h.suite,
      target: h.target,
      kind: h.kind as TargetFigures['kind'],
      cases: h.caseNumber,
      failures: 1,
      outcomes: { hung: 1 },
      ms: h.seconds * 1000,
      seed: h.seed,
      error: `hung: case ${h.caseNumber} ran ${h.seconds} s without finishing (LANTERN_FUZZ_HANG_MS), so its process was ended. Input: ${JSON.stringify(h.input.slice(0, 600))}${h.input.length > 600 ? ` … (${h.input.length} characters)` : ''}`,
    }));
    const attacks = readJson<{ checks: AttackCheck[] }>(attacksFile)?.checks ?? [];
    const json = readJson<VitestJson>(jsonFile);
    const failed = json?.testResults.flatMap((t) => t.assertionResults.filter((a) => a.status === 'failed').map((a) => ({ file: t.name, a }))) ?? [];
    return {
      commit,
      runs: p.runs,
      seed: suites[0]?.seed ?? p.seed,
      targets: [...suites.flatMap((s) => s.results), ...hangs],
      attacks,
      passed: json?.numPassedTests ?? 0,
      // No report: Vitest ended early. Stopped by a signal (exit code null: the run was ended on purpose, say at the end of
      // a session) is no failure, and the targets not reached are measured alone later (withAdded); any other exit is.
      failed: json?.numFailedTests ?? (exitCode === 0 || exitCode === null ? 0 : 1),
      skipped: json?.numPendingTests ?? 0,
      // The first line of each failure: the full text (seed, path, counterexample) is in the run's own output.
      failures: failed.map(({ file, a }) => `${path.relative(ROOT, file)} > ${a.title}: ${(a.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 300)}`),
      exitCode,
    };
  });
}

const PARTS_DIR = path.join(ROOT, 'bench', 'fuzz-parts');
type KeptPart = FuzzRun & { part: FuzzPartInfo };

const headCommit = (): string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

/**
 * Keeps one part's figures (bench/fuzz-parts/runs-R-seed-S-of-N/part-K.json, committed so that the next session can
 * add the other parts) and returns the run merged from every part kept so far.
 */
export function keepPart(r: FuzzRun, shard: FuzzShard, dir: string = PARTS_DIR, only: string[] | null = null): FuzzRun {
  // A run that never reached a target (Vitest refused to start, say) is not a measurement of the part.
  if (r.targets.length === 0) throw new Error(`fuzz part ${shard.k}/${shard.n} ran no target (Vitest exit code ${r.exitCode}): nothing kept`);
  const folder = path.join(dir, `runs-${r.runs}-seed-${r.seed}-of-${shard.n}`);
  fs.mkdirSync(folder, { recursive: true });
  const part: FuzzPartInfo = {
    k: shard.k,
    n: shard.n,
    date: new Date().toISOString().slice(0, 10),
    commit: r.commit ?? headCommit(),
    seconds: Math.round(r.seconds),
  };
  const file = path.join(folder, `part-${shard.k}.json`);
  const kept: KeptPart = only ? withAdded(readKept(file, shard), r, part) : { ...r, parts: undefined, part };
  fs.writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
  return keptRun(r.runs, r.seed, shard.n, dir);
}

function readKept(file: string, shard: FuzzShard): KeptPart {
  if (!fs.existsSync(file))
    throw new Error(`LANTERN_FUZZ_ONLY adds targets to a part already measured, and part ${shard.k} of ${shard.n} is not kept yet: run the whole part`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as KeptPart;
}

/** The part with targets measured alone added (replacing earlier figures of the same target); the part's time grows by theirs. */
export function withAdded(before: KeptPart, r: FuzzRun, info: FuzzPartInfo): KeptPart {
  const keys = new Set(r.targets.map((t) => `${t.suite}/${t.target}`));
  // A part whose Vitest exited non-zero with no failed test stopped outside any test (a worker that died), leaving
  // targets unmeasured: once they are measured alone, the exit code is this run's, and the earlier one is kept beside it.
  const resumed = before.exitCode !== 0 && before.failed === 0;
  const added: AddedTargets = {
    targets: [...keys],
    date: info.date,
    commit: info.commit,
    seconds: info.seconds,
    ...(resumed ? { earlierExitCode: before.exitCode } : {}),
  };
  return {
    ...before,
    targets: [...before.targets.filter((t) => !keys.has(`${t.suite}/${t.target}`)), ...r.targets],
    failed: before.failed + r.failed,
    failures: [...before.failures, ...r.failures],
    exitCode: before.exitCode !== 0 && !resumed ? before.exitCode : r.exitCode,
    seconds: before.seconds + r.seconds,
    part: { ...before.part, seconds: before.part.seconds + info.seconds, added: [...(before.part.added ?? []), added] },
  };
}

/** The run merged from the parts kept so far for these cases, seed and number of parts. */
export function keptRun(runs: number, seed: number | null, n: number, dir: string = PARTS_DIR): FuzzRun {
  const folder = path.join(dir, `runs-${runs}-seed-${seed}-of-${n}`);
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /^part-\d+\.json$/.test(f)) : [];
  if (!files.length) throw new Error(`no fuzz parts kept in ${path.relative(ROOT, folder) || folder}`);
  return mergeParts(files.map((f) => JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as KeptPart));
}

/** One run from its parts: every part's targets (a target measured again replaces the older figures), counts summed. */
export function mergeParts(parts: KeptPart[]): FuzzRun {
  const sorted = [...parts].sort((a, b) => a.part.k - b.part.k);
  const latest = [...parts].sort((a, b) => a.part.date.localeCompare(b.part.date)).at(-1);
  if (!latest) throw new Error('mergeParts: no parts');
  const targets = new Map<string, TargetFigures>();
  for (const p of sorted) for (const t of p.targets) targets.set(`${t.suite}/${t.target}`, t);
  const sum = (f: (p: KeptPart) => number) => sorted.reduce((a, p) => a + f(p), 0);
  return {
    parts: { n: latest.part.n, done: sorted.map((p) => p.part) },
    runs: latest.runs,
    seed: latest.seed,
    targets: [...targets.values()],
    attacks: latest.attacks,
    passed: sum((p) => p.passed),
    failed: sum((p) => p.failed),
    skipped: sum((p) => p.skipped),
    failures: sorted.flatMap((p) => p.failures),
    exitCode: sorted.find((p) => p.exitCode !== 0)?.exitCode ?? 0,
    seconds: sum((p) => p.seconds),
    load: { start: Math.max(...sorted.map((p) => p.load.start)), end: Math.max(...sorted.map((p) => p.load.end)) },
  };
}

const n0 = (n: number) => Math.round(n).toLocaleString('en-GB');
const KIND_LABEL: Record<TargetFigures['kind'], string> = { form: 'web form', api: 'API', importer: 'importer', text: 'text analysis' };
const outcomeText = (o: Record<string, number>) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${n0(v)}`)
    .join(', ');

/** The benchmark section (and its key-figure bullets) from a run. */
export function fuzzSection(r: FuzzRun): { section: Section; keys: string[] } {
  const total = r.targets.reduce((a, t) => a + t.cases, 0);
  const failing = r.targets.filter((t) => t.failures > 0);
  const short = r.targets.filter((t) => t.cases < r.runs && t.failures === 0);
  const byKind = (k: TargetFigures['kind']) => r.targets.filter((t) => t.kind === k).length;
  const attacksPassed = r.attacks.filter((a) => a.result === 'pass').length;
  // A failed test stays on record, but it is cleared when its target was measured again alone afterwards (LANTERN_FUZZ_ONLY)
  // and now has every case and no failure: the fault was fixed, or was the machine's, and the target proved it.
  const remeasured = new Set(r.parts?.done.flatMap((p) => (p.added ?? []).flatMap((a) => a.targets)) ?? []);
  const clearedBy = (f: string) =>
    r.targets.find((t) => t.failures === 0 && t.cases >= r.runs && remeasured.has(`${t.suite}/${t.target}`) && f.includes(`'${t.target}'`));
  const cleared = r.failures.filter((f) => clearedBy(f) !== undefined);
  const openFailures = r.failed - cleared.length;
  // A non-zero exit code with failed tests is theirs; with none, it is an error outside every test.
  const ok = openFailures === 0 && (r.exitCode === 0 || r.failed > 0) && failing.length === 0 && short.length === 0;
  const clearedText = cleared.length
    ? ` ${cleared.length === 1 ? 'One earlier failure is' : `${cleared.length} earlier failures are`} on record, each target measured again alone since with every case passing (see the section).`
    : '';
  const done = new Set(r.parts?.done.map((p) => p.k));
  const missing = r.parts ? Array.from({ length: r.parts.n }, (_, i) => i + 1).filter((k) => !done.has(k)) : [];
  const partsText = r.parts ? `, ${r.parts.done.length} of ${r.parts.n} parts measured` : '';
  const rest = missing.length
    ? ` ${missing.length === 1 ? `Part ${missing[0]} is` : `Parts ${missing.join(', ')} are`} still to run: \`LANTERN_FUZZ_SHARD=${missing.length === 1 ? missing[0] : 'k'}/${r.parts!.n} LANTERN_FUZZ_SEED=${r.seed} LANTERN_FUZZ_RUNS=${r.runs} LANTERN_BENCH_ONLY=fuzz npm run bench\`.`
    : '';
  const keys = [
    `${KEY_PREFIX}fast-check, ${n0(r.runs)} cases per target, seed ${r.seed ?? 'per run'}${partsText}): ${r.targets.length} targets${missing.length ? ' so far' : ''} (${byKind('form')} web forms and query pages, ${byKind('api')} API endpoints and lists, ${byKind('importer')} importers, ${byKind('text')} text analysis), ${n0(total)} cases; ` +
      (ok
        ? `**0 crashes, 0 partial writes, 0 stack traces** in responses.${clearedText}`
        : `**not passed**: ${failing.length} targets failed, ${short.length} ran short, ${openFailures} tests failed (see the section).`) +
      rest,
    `Attack suite (XSS, SQL injection, CSRF, headers, redirects, traversal, body limits): ${attacksPassed} of ${r.attacks.length} checks pass (docs/security-tests.md).`,
  ];
  const rows = r.targets.map((t) => [
    t.suite,
    t.target,
    KIND_LABEL[t.kind],
    n0(t.cases),
    outcomeText(t.outcomes),
    t.failures ? `**${t.failures}**` : '0',
    `${(t.ms / 1000).toFixed(1)} s`,
    n0(t.cases / Math.max(t.ms / 1000, 1e-3)),
  ]);
  return {
    keys,
    section: {
      title: FUZZ_SECTION_TITLE,
      method:
        `\`LANTERN_FUZZ_RUNS=${r.runs} npx vitest run --project unit --project integration ${[...FUZZ_FILES.unit, ...FUZZ_FILES.integration, FUZZ_FILES.attacks].join(' ')}\` (run by \`LANTERN_BENCH_ONLY=fuzz npm run bench\` or \`npx tsx bench/fuzz.ts\`), in one Vitest process. ` +
        'Each target runs that many fast-check cases: hostile strings (NUL, lone surrogates, control and bidi characters, 120,000-character values, SQL and HTML payloads, impossible dates), wrong types, deep and prototype-polluting JSON, repeated fields, broken encodings, and "almost valid" input (the valid form, body or file with one field changed). ' +
        'Forms and API bodies go through the real app in-process (`app.inject`: routing, session, CSRF, parsing, services, PostgreSQL); after every case the test checks for a 5xx, stack-trace or internal-error text, unescaped HTML, a change to `Object.prototype`, and, when the request was refused, that no table was written (test-only triggers in the test database note every statement that wrote a row; the fingerprint of every table, row counts and row versions, is compared with what they noted at the end of each target). ' +
        'Importers and the text analysis are called directly with generated files and strings. The attack suite runs over real HTTP. The seed is printed; `LANTERN_FUZZ_SEED=<seed>` replays the run. A case still running after `LANTERN_FUZZ_HANG_MS` (120 s) is a hang: a watchdog thread (test/fixtures/fuzz-watchdog.ts) records the target, the case and its input, and ends the process, and the target counts as failed.',
      tables: [
        { header: ['suite', 'target', 'kind', 'cases', 'outcomes', 'failures', 'time', 'cases/s'], left: 3, rows },
        {
          header: ['check', 'what', 'result'],
          left: 3,
          rows: r.attacks.map((a) => [`\`${a.id}\``, a.check, a.result === 'pass' ? 'pass' : `**${a.result}**`]),
        },
      ],
      ratios: [
        ...(r.parts?.done ?? []).map(
          (p) =>
            `Part ${p.k} of ${p.n}: measured ${p.date} at commit ${p.commit}, ${n0(p.seconds)} s.` +
            (p.added ?? [])
              .map(
                (a) =>
                  ` Measured alone later (LANTERN_FUZZ_ONLY): ${a.targets.join(', ')}, ${a.date} at commit ${a.commit}, ${n0(a.seconds)} s` +
                  (a.earlierExitCode != null
                    ? ` (the part's first run had ended with Vitest exit code ${a.earlierExitCode} outside any test, before these targets finished).`
                    : '.'),
              )
              .join(''),
        ),
        `${n0(total)} cases over ${r.targets.length} targets in ${n0(r.seconds)} s (Vitest: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}); load average ${r.load.start.toFixed(2)} → ${r.load.end.toFixed(2)}.`,
        ...failing.map((t) => `Failed: ${t.suite} / ${t.target}: ${(t.error ?? '').split('\n').slice(0, 3).join(' ').slice(0, 400)}`),
        ...short.map((t) => `Short: ${t.suite} / ${t.target} ran ${n0(t.cases)} of ${n0(r.runs)} cases.`),
        ...r.failures.slice(0, 10).map((f) => {
          const t = clearedBy(f);
          return t ? `Test failure, cleared (${t.target} measured again alone afterwards: ${n0(t.cases)} cases, 0 failures): ${f}` : `Test failure: ${f}`;
        }),
        // A non-zero exit with no failed test is an error outside every test (a worker that exited, an unhandled
        // rejection): the section must say so, or "not passed" next to 0 failures explains nothing.
        ...(r.exitCode !== 0 && r.failed === 0 && failing.length === 0
          ? [`Vitest exited with code ${r.exitCode} for an error outside any test (for example a worker that exited): the run's output names it.`]
          : []),
      ],
      notes: [
        'Outcomes: responses by status class (2xx, 3xx, 4xx; "accepted" counts the 2xx and 3xx among them), or importer results (accepted, refused, and verdicts). Accepted cases may write; only refused ones must leave the database unchanged.',
        'The forms are the slowest targets: every refused case renders its GOV.UK page again, and every accepted case that wrote something is followed by a fresh read of the form (its hidden versions move on).',
        "Other engineers' tests may run on the same 2-core machine; the load average is given. Correctness does not depend on it, only the time does.",
      ],
      meaning: missing.length
        ? `Only part of the run is measured (${r.parts!.done.length} of ${r.parts!.n} parts). ${ok ? `Every target in it took ${n0(r.runs)} generated hostile cases without a crash, a partial write or a stack trace in a response.` : 'It did not pass (see above).'}${rest}`
        : ok
          ? `Every form, API body, importer and text-analysis entry point took ${n0(r.runs)} generated hostile cases without a crash, a partial write or a stack trace in a response, and ${attacksPassed} of ${r.attacks.length} attack checks pass.${clearedText}`
          : `The hostile-input run did not pass: ${failing.length} targets failed, ${short.length} ran short, ${openFailures} tests failed (see above).`,
    },
  };
}

export async function fuzzFigures(p: FuzzParams = fuzzParams(1), log: (m: string) => void = console.log): Promise<{ section: Section; keys: string[] }> {
  const r = p.fromParts
    ? keptRun(p.runs, p.seed, p.fromParts)
    : p.shard
      ? keepPart(await runFuzz(p, log), p.shard, undefined, p.only ?? null)
      : await runFuzz(p, log);
  log(`fuzz: ${r.targets.length} targets, ${n0(r.targets.reduce((a, t) => a + t.cases, 0))} cases, ${r.failed} failed tests, ${n0(r.seconds)} s`);
  return fuzzSection(r);
}

/** The section as markdown, numbered as it would be in docs/benchmarks.md. */
export const renderFuzzSection = (s: Section, number = 1): string => renderSection(s, number);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { section, keys } = await fuzzFigures(fuzzParams(1), (m) => {
    console.error(m);
  });
  console.log([...keys.map((k) => `- ${k}`), '', renderFuzzSection(section)].join('\n'));
}
