// Authorisation and concurrency figures for the benchmark (issue 8: "the authorisation matrix covers 100% of routes and
// API endpoints, by every role, member and non-member, and break-glass; IDOR probes: every id in every URL swapped for
// another agency's record; 0 leaks" and "100 parallel editors on the same records; zero silent overwrites"). Runs the
// two test files that check these in one Vitest process, then reads what they measured (test/fixtures/figures.ts) and
// the pass/fail of every cell from Vitest's JSON report.
//
//   LANTERN_BENCH_ONLY=authz npm run bench    the run, merged into docs/benchmarks.md (LANTERN_BENCH_ALL=1 runs it too)
//   npx tsx bench/authz.ts                    the run, then the section as markdown on stdout
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSection, type Section } from './report.ts';
import { cleanTestEnv, readJson, runVitest, timedInTempDir, type VitestJson } from './vitest-run.ts';

export const AUTHZ_SECTION_TITLE = 'Authorisation and concurrency: the route matrix, break-glass, IDOR probes and 100 parallel editors';
const KEY_AUTHZ = 'Authorisation (';
const KEY_EDITORS = 'Parallel editors (';
export const ownsAuthzKey = (line: string): boolean => line.startsWith(KEY_AUTHZ) || line.startsWith(KEY_EDITORS);

export const AUTHZ_FILES = ['test/integration/authorisation-matrix.test.ts', 'test/integration/concurrent-editors.test.ts'] as const;

/** What the matrix test counted (test/integration/authorisation-matrix.test.ts). */
export type MatrixFigures = { appRoutes: number; matrixRows: number; publicRows: number; idorRequests: number; idorRefused: number; idorShownMarkers: number };
/** One scenario of the parallel-editors test (test/integration/concurrent-editors.test.ts). */
export type EditorFigures = { scenario: string; editors: number; saves: number; stored: number; conflictsShown: number; silentOverwrites: number };

type Tally = { total: number; passed: number; failed: number };
export type AuthzRun = {
  matrix: MatrixFigures | null;
  editors: EditorFigures[];
  coverage: 'passed' | 'failed' | 'not run';
  cells: Tally;
  breakGlass: Tally;
  idor: Tally;
  otherTests: Tally;
  failures: string[];
  exitCode: number | null;
  seconds: number;
  load: { start: number; end: number };
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const emptyTally = (): Tally => ({ total: 0, passed: 0, failed: 0 });

/** Sorts Vitest's results for the two files into the matrix's cells, break-glass cells, IDOR probes and the rest. */
export function tallyResults(json: VitestJson | null): Pick<AuthzRun, 'coverage' | 'cells' | 'breakGlass' | 'idor' | 'otherTests' | 'failures'> {
  const out = {
    coverage: 'not run' as AuthzRun['coverage'],
    cells: emptyTally(),
    breakGlass: emptyTally(),
    idor: emptyTally(),
    otherTests: emptyTally(),
    failures: [] as string[],
  };
  for (const file of json?.testResults ?? []) {
    for (const a of file.assertionResults) {
      if (a.status !== 'passed' && a.status !== 'failed') continue;
      const ok = a.status === 'passed';
      // Vitest quotes string parameters in a title: `'GET /cases' as 'practitioner' (member: true) -> 'allow'`.
      const bucket = /\(member: (true|false)\) -> '?(allow|deny)'?$/.test(a.title)
        ? out.cells
        : / with break-glass -> '?(allow|deny)'?$/.test(a.title)
          ? out.breakGlass
          : (a.ancestorTitles ?? []).includes('IDOR probes')
            ? out.idor
            : out.otherTests;
      bucket.total++;
      if (ok) bucket.passed++;
      else {
        bucket.failed++;
        out.failures.push(`${path.relative(ROOT, file.name)} > ${a.title}: ${(a.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 300)}`);
      }
      if (a.title.startsWith('every route has a row')) out.coverage = ok ? 'passed' : 'failed';
    }
  }
  return out;
}

export function runAuthz(log: (m: string) => void = console.log): Promise<AuthzRun> {
  return timedInTempDir('lantern-authz-bench-', async (tmp) => {
    const jsonFile = path.join(tmp, 'vitest.json');
    const figuresDir = path.join(tmp, 'figures');
    log(`authz: ${AUTHZ_FILES.join(', ')}`);
    const exitCode = await runVitest(
      ['--project', 'integration', ...AUTHZ_FILES, `--outputFile.json=${jsonFile}`],
      cleanTestEnv({ LANTERN_FIGURES_DIR: figuresDir }),
      log,
      /FAIL|Test Files|Tests /,
    );
    return {
      matrix: readJson<{ rows: MatrixFigures[] }>(path.join(figuresDir, 'authorisation-matrix.json'))?.rows[0] ?? null,
      editors: readJson<{ rows: EditorFigures[] }>(path.join(figuresDir, 'parallel-editors.json'))?.rows ?? [],
      ...tallyResults(readJson<VitestJson>(jsonFile)),
      exitCode,
    };
  });
}

const n0 = (n: number) => Math.round(n).toLocaleString('en-GB');
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(a === b ? 0 : 1)}%` : '—');
const verdict = (t: Tally) => (t.total === 0 ? '**none ran**' : t.failed === 0 ? 'pass' : `**${t.failed} failed**`);

/** The benchmark section (and its key-figure bullets) from a run. */
export function authzSection(r: AuthzRun): { section: Section; keys: string[] } {
  const m = r.matrix;
  const routed = m ? m.matrixRows - m.publicRows : 0;
  const leaks = m ? m.idorRequests - m.idorRefused + m.idorShownMarkers : Number.NaN;
  const authzOk = r.coverage === 'passed' && r.cells.failed === 0 && r.breakGlass.failed === 0 && r.idor.failed === 0 && r.cells.total > 0 && leaks === 0;
  const saves = r.editors.reduce((a, e) => a + e.saves, 0);
  const silent = r.editors.reduce((a, e) => a + e.silentOverwrites, 0);
  const shown = r.editors.reduce((a, e) => a + e.conflictsShown, 0);
  const editorsOk = r.editors.length > 0 && silent === 0 && r.otherTests.failed === 0;
  const keys = [
    `${KEY_AUTHZ}the route matrix, break-glass and IDOR probes, real HTTP, embedded PostgreSQL): ${m ? `${n0(m.matrixRows)} of ${n0(m.appRoutes)} routes and API endpoints have a row (${pct(m.matrixRows, m.appRoutes)})` : 'route counts missing'}; ${n0(r.cells.total)} role × member/non-member cells and ${n0(r.breakGlass.total)} break-glass cells, ${r.cells.failed + r.breakGlass.failed} wrong; IDOR probes on ${n0(r.idor.total)} routes, ${m ? n0(m.idorRequests) : '?'} requests with an id swapped, ${authzOk ? '**0 leaks**' : `**not passed**: ${Number.isNaN(leaks) ? 'leaks not counted' : `${n0(leaks)} leaks`}, ${r.idor.failed} failed probes${r.coverage === 'passed' ? '' : ', routes without a row'} (see the section)`}.`,
    `${KEY_EDITORS}${r.editors[0]?.editors ?? 100} editors at once, ${r.editors.length} scenarios): ${n0(saves)} saves, ${n0(shown)} refused with the conflict shown, ${editorsOk ? '**0 silent overwrites**' : `**${n0(silent)} silent overwrites or failed tests**`}.`,
  ];
  const authzRows: string[][] = [
    [
      'Routes and API endpoints with a row in the matrix',
      m ? `${n0(m.matrixRows)} of ${n0(m.appRoutes)} (${pct(m.matrixRows, m.appRoutes)})` : '—',
      r.coverage === 'passed' ? 'pass' : `**${r.coverage}**`,
    ],
    ['…of which public (sign-in, health, help, the OpenAPI document)', m ? n0(m.publicRows) : '—', ''],
    [`Cells: ${n0(routed)} signed-in routes × 6 roles × member / non-member of the child's case team`, n0(r.cells.total), verdict(r.cells)],
    ['Break-glass cells: every signed-in route, by a practitioner of another agency who broke the glass', n0(r.breakGlass.total), verdict(r.breakGlass)],
    [
      'IDOR probes: routes with an id, every id swapped (a random id, a record of another kind, a malformed id) for 4 roles of the team',
      n0(r.idor.total),
      verdict(r.idor),
    ],
    ['…requests sent with a swapped id', m ? n0(m.idorRequests) : '—', ''],
    [
      '…answered 400, 403 or 404 and showing nothing of the child',
      m ? n0(m.idorRefused - m.idorShownMarkers) : '—',
      m ? (leaks === 0 ? '**0 leaks**' : `**${n0(leaks)} leaks**`) : '—',
    ],
  ];
  const editorRows = r.editors.map((e) => [
    e.scenario,
    n0(e.editors),
    n0(e.saves),
    n0(e.stored),
    n0(e.conflictsShown),
    e.silentOverwrites ? `**${n0(e.silentOverwrites)}**` : '0',
  ]);
  return {
    keys,
    section: {
      title: AUTHZ_SECTION_TITLE,
      method:
        `\`npx vitest run --project integration ${AUTHZ_FILES.join(' ')}\` (run by \`LANTERN_BENCH_ONLY=authz npm run bench\` or \`npx tsx bench/authz.ts\`), one Vitest process, the embedded PostgreSQL of the test suite, the whole app listening on 127.0.0.1 and called over real HTTP. ` +
        "**Matrix**: the app's own route table is compared with the matrix's rows (a route without a row, or a row without a route, fails); then every signed-in route is called by each of the 6 roles as a member of the child's case team and as a user of another agency, with the records of one world of test data (a child, a case, screenings, referrals, panel items, orders, missing episodes, review jobs), and the answer must be the row's: refused (403) or allowed (any other answer to the request's empty form or body: a page, a redirect, a 400 or a 409); a 401, a redirect to sign-in, a 404 or a 5xx fails the cell either way. **Break-glass**: the same routes by a practitioner outside the team who has broken the glass on the child's record, against the break-glass rule. **IDOR probes**: every id in every URL, one at a time, replaced by a random id, by the id of a record of another kind and by a malformed id, by 4 roles of the team; the answer must be 400, 403 or 404 and must not contain any of the child's names, NHS number, reference or recorded words. " +
        '**Parallel editors**: 100 editors (10 practitioners with 10 API clients each, or 100 browser tabs) save the same record at once from the version they read, then each retries from the record it is shown until its change lands; a silent overwrite is a stored save that was not based on the version just before it.',
      tables: [
        { header: ['authorisation check', 'count', 'result'], left: 1, rows: authzRows },
        { header: ['parallel editors', 'editors', 'saves sent', 'stored', 'refused, conflict shown', 'silent overwrites'], left: 1, rows: editorRows },
      ],
      ratios: [
        `Vitest: ${r.cells.passed + r.breakGlass.passed + r.idor.passed + r.otherTests.passed} passed, ${r.cells.failed + r.breakGlass.failed + r.idor.failed + r.otherTests.failed} failed, in ${n0(r.seconds)} s (load average ${r.load.start.toFixed(2)} → ${r.load.end.toFixed(2)}).`,
        ...r.failures.slice(0, 10).map((f) => `Failed: ${f}`),
      ],
      notes: [
        "Another agency's record of the same kind is the matrix's non-member column: every cell of a route with an id already swaps the child's record for one the user's agency does not hold.",
        'The same matrix runs on PostgreSQL 15 in CI (`LANTERN_REQUIRE_PG15=1 npm test`); these figures are from the embedded default.',
      ],
      meaning:
        authzOk && editorsOk
          ? `Every route has a row, every role gets exactly what its row says for members, non-members and break-glass, no swapped id opened or showed another record, and no save was lost or silently overwritten by ${r.editors[0]?.editors ?? 100} editors at once.`
          : 'The run did not pass: see the failures above.',
    },
  };
}

export async function authzFigures(log: (m: string) => void = console.log): Promise<{ section: Section; keys: string[] }> {
  const r = await runAuthz(log);
  log(`authz: ${r.cells.total + r.breakGlass.total} cells, ${r.idor.total} IDOR routes, ${r.editors.length} editor scenarios, ${n0(r.seconds)} s`);
  return authzSection(r);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { section, keys } = await authzFigures((m) => {
    console.error(m);
  });
  console.log([...keys.map((k) => `- ${k}`), '', renderSection(section, 1)].join('\n'));
}
