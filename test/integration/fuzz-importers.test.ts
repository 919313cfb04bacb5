import { createHash, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { link } from '../../src/cli/link.ts';
import { network } from '../../src/cli/network.ts';
import { screen } from '../../src/cli/screen.ts';
import { CHECKPOINT_FORMAT, signedBytes } from '../../src/core/audit/checkpoint.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { renderReviewHtml } from '../../src/core/review/html.ts';
import { makeCheckpoint, verifyCheckpoint } from '../../src/services/audit-checkpoint.ts';
import { backup, BackupError, restore } from '../../src/services/backup.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { INTERRUPTED_MESSAGE } from '../../src/services/review-jobs.ts';
import { reportJsonText, runReview } from '../../src/services/review-run.ts';
import { changedTables, stateProbe, type StateProbe } from '../fixtures/db-state.ts';
import {
  almostValidDoc,
  FuzzSummary,
  hostileJsonValue,
  hostileString,
  prototypePolluted,
  rawJsonBody,
  rawProbeIn,
  stackTraceIn,
  toJson,
} from '../fixtures/hostile.ts';
import { buildRouteWorld, type RouteWorld } from '../fixtures/route-world.ts';
import { ifSet } from '../setup/hooks.ts';
import { type TestDatabase, testClock, testConfig, testDatabase } from '../setup/test-db.ts';

// Hostile input for every importer (issue 8): the retrospective review's CSV and JSON Lines files (the engine shared by
// `lantern review` and the web app's review jobs), `lantern link` CSV files, `lantern network` edge lists, backup
// restore, `lantern screen` JSON, and audit checkpoint files. Files are generated (valid files with one thing changed,
// broken quoting, invalid UTF-8, hostile cells) and each importer is called directly. Every case ends in a result or a
// refusal of the importer's own kind (ValidationError, BackupError, a checkpoint verdict) - never any other error, never
// a half-written output, and a refused restore or upload changes nothing in the database.

const summary = new FuzzSummary('importers', { defaultRuns: 20 });
let t: TestDatabase;
let services: Services;
let w: RouteWorld;
let probe: StateProbe;
let dir: string;
let keyFile: string;
let goodBackup: { header: Record<string, unknown>; lines: { t: string; r: Record<string, unknown> }[] };

beforeAll(async () => {
  t = await testDatabase();
  services = createServices(t.store, testClock(new Date('2026-01-15T10:00:00Z')), testConfig());
  w = await buildRouteWorld(t.store, services);
  probe = await stateProbe(t.pool);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-fuzz-importers-'));
  keyFile = path.join(dir, 'audit-key.pem');
  fs.writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const file = path.join(dir, 'good.backup');
  await backup(t.db, file);
  const text = gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  goodBackup = {
    header: JSON.parse(text[0]!) as Record<string, unknown>,
    lines: text.slice(1, -1).map((l) => JSON.parse(l) as { t: string; r: Record<string, unknown> }),
  };
}, 120_000);

afterAll(async () => {
  summary.write();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await ifSet(t)?.close();
});

let fileNo = 0;
function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(dir, `${++fileNo}-${name}`);
  fs.writeFileSync(file, content);
  return file;
}

/** A refusal of the importer's own kind is a pass; any other error is a crash and fails the case. */
async function outcome<T>(f: () => Promise<T>, refusal: (e: unknown) => boolean): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    // Drizzle wraps the driver's error: show PostgreSQL's own words too.
    const cause = (e as { cause?: { message?: unknown } }).cause?.message;
    if (!refusal(e)) throw typeof cause === 'string' ? new Error(`${e instanceof Error ? e.message.slice(0, 300) : String(e)} (${cause})`) : e;
    const message = e instanceof ValidationError ? Object.values(e.fields).join('; ') : e instanceof Error ? e.message : String(e);
    expect(stackTraceIn(message), message).toBeNull();
    return { ok: false, message };
  }
}
const isValidation = (e: unknown) => e instanceof ValidationError;

// --- CSV -------------------------------------------------------------------------------------------------------------

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
type CsvMode = 'quoted' | 'raw' | 'mixed';
const csv = (rows: string[][], mode: CsvMode, eol: string) =>
  rows.map((r) => r.map((c, i) => (mode === 'quoted' || (mode === 'mixed' && i % 2 === 0) ? quote(c) : c)).join(',')).join(eol);

/**
 * A CSV file: the expected header and rows of ordinary cells, then (mostly) one thing changed - a hostile cell, a row
 * too short or too long, a hostile or missing column name - written with any quoting and line ends; or random bytes.
 */
function csvFile(header: readonly string[], ordinary: readonly string[]): fc.Arbitrary<Buffer> {
  const okRow = fc.array(fc.constantFrom(...ordinary), { minLength: header.length, maxLength: header.length });
  const change = fc.oneof(
    { weight: 1, arbitrary: fc.constant((rows: string[][]) => rows) },
    {
      weight: 4,
      arbitrary: fc.tuple(fc.nat(), fc.nat(), hostileString).map(([r, c, v]) => (rows: string[][]) => {
        const row = rows[r % rows.length]!;
        row[c % row.length] = v;
        return rows;
      }),
    },
    { weight: 1, arbitrary: fc.nat().map((r) => (rows: string[][]) => rows.map((row, i) => (i === r % rows.length ? row.slice(0, -1) : row))) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.nat(), hostileString).map(
        ([r, v]) =>
          (rows: string[][]) =>
            rows.map((row, i) => (i === r % rows.length ? [...row, v] : row)),
      ),
    },
    { weight: 1, arbitrary: fc.nat().map((c) => (rows: string[][]) => rows.map((row) => row.filter((_, i) => i !== c % row.length))) },
  );
  const text = fc
    .tuple(
      fc.array(okRow, { minLength: 1, maxLength: 10 }),
      fc.array(change, { minLength: 1, maxLength: 2 }),
      fc.constantFrom<CsvMode>('quoted', 'quoted', 'raw', 'mixed'),
      fc.constantFrom('\n', '\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .map(([rows, changes, mode, eol, bom]) => {
      const all = changes.reduce((acc, f) => f(acc), [[...header], ...rows.map((r) => [...r])]);
      return Buffer.from(`${bom ? '\uFEFF' : ''}${csv(all, mode, eol)}${eol}`);
    });
  return fc.oneof({ weight: 12, arbitrary: text }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((u) => Buffer.from(u)) });
}

const NOTE_HEADER = ['person_ref', 'date', 'agency', 'author_role', 'text'];
const NOTE_CELLS = [
  'SYN-0001',
  'SYN-0002',
  '2023-03-02',
  '2023-04-14T10:00:00Z',
  'Health',
  'School nurse',
  'Reported missing overnight. Picked up by older men in a car.',
];

const jsonlFile: fc.Arbitrary<Buffer> = fc
  .array(
    fc.oneof(
      almostValidDoc({ person_ref: 'SYN-0001', date: '2023-03-02', agency: 'Police', author_role: 'PC', text: 'Went missing overnight.' }).map((v) =>
        toJson(v),
      ),
      hostileJsonValue.map((v) => toJson(v)),
      rawJsonBody,
    ),
    { maxLength: 12 },
  )
  .map((lines) => Buffer.from(lines.join('\n')));

describe('hostile input: importers', () => {
  for (const format of ['csv', 'jsonl'] as const) {
    it(
      `review notes (${format.toUpperCase()}): a report with every payload escaped, or a refusal naming the line`,
      async () => {
        await summary.run(
          `review notes ${format.toUpperCase()}`,
          'importer',
          format === 'csv' ? csvFile(NOTE_HEADER, NOTE_CELLS) : jsonlFile,
          async (content, tally) => {
            const file = tempFile(`notes.${format}`, content);
            const r = await outcome(() => runReview({ file, format, size: content.length }, { now: () => performance.now() }), isValidation);
            tally(r.ok ? 'accepted' : 'refused');
            if (r.ok) {
              const { summary: s, people } = r.value;
              const html = [...renderReviewHtml(s, people)].join('');
              expect(rawProbeIn(html), 'unescaped HTML in report.html').toBe(false);
              expect(() => JSON.parse(reportJsonText(s, people)) as unknown).not.toThrow();
              for (const b of s.badRows.listed) expect(b.line).toBeGreaterThan(0);
            }
            fs.rmSync(file, { force: true });
          },
        );
      },
      summary.timeout(500),
    );
  }

  it(
    'review jobs (the web upload): refused at once with nothing stored, or a job that ends done or failed with a message for people',
    async () => {
      const lead = w.ctxOf('home.safeguarding_lead');
      let before = await probe.snapshot();
      const upload = fc.tuple(
        fc.oneof(
          fc.constantFrom('notes.csv', 'notes.jsonl', 'NOTES.CSV'),
          hostileString,
          hostileString.map((s) => `${s}.csv`),
        ),
        csvFile(NOTE_HEADER, NOTE_CELLS),
      );
      await summary.run('review job upload', 'importer', upload, async ([name, content], tally) => {
        const file = tempFile('upload', content);
        const r = await outcome(() => services.reviews.start(lead, { fileName: name, path: file, bytes: content.length }), isValidation);
        await services.reviews.settled();
        const after = await probe.snapshot();
        const changed = changedTables(before, after);
        before = after;
        if (!r.ok) {
          tally('refused');
          expect(changed, 'a refused upload changed the database').toEqual([]);
          expect(fs.existsSync(file), 'a refused upload left its file behind').toBe(false);
          return;
        }
        const job = await services.reviews.get(lead, r.value.id);
        tally(job.status);
        expect(['done', 'failed']).toContain(job.status);
        // The generic message means the job met an error that was not written for people: a crash.
        if (job.status === 'failed') expect(job.error, 'the job crashed').not.toMatch(/could not be finished|Interrupted/);
        expect(job.error ?? '').not.toBe(INTERRUPTED_MESSAGE);
        expect(fs.existsSync(file), 'the job left its file behind').toBe(false);
      });
    },
    summary.timeout(800),
  );

  it(
    'lantern link: pairs written whole, or a refusal with no output file and nothing left behind',
    async () => {
      const header = ['id', 'first_name', 'surname', 'dob'];
      const cells = ['1', '2', '3', 'Amira', 'Amirah', 'Khan', 'Kahn', '2012-05-04', '2012-04-05', ''];
      const opts = fc.record({
        id: fc.oneof({ weight: 6, arbitrary: fc.constant('id') }, { weight: 1, arbitrary: hostileString }),
        fields: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom('first_name,surname,dob:date', 'first_name:name,surname', 'surname') },
          { weight: 1, arbitrary: hostileString },
        ),
        threshold: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('0.5', '0.9', '1', '0') }, { weight: 1, arbitrary: hostileString }), {
          nil: undefined,
        }),
      });
      await summary.run(
        'lantern link CSV',
        'importer',
        fc.tuple(csvFile(header, cells), csvFile(header, cells), fc.boolean(), opts),
        async ([a, b, two, o], tally) => {
          const caseDir = fs.mkdtempSync(path.join(dir, 'link-'));
          const fa = path.join(caseDir, 'a.csv');
          const fb = path.join(caseDir, 'b.csv');
          fs.writeFileSync(fa, a);
          fs.writeFileSync(fb, b);
          const out = path.join(caseDir, 'pairs.csv');
          const sink = new Writable({
            write: (_c, _e, cb) => {
              cb();
            },
          });
          const r = await outcome(() => link(two ? [fa, fb] : [fa], { ...o, out }, { stderr: sink, now: () => performance.now() }), isValidation);
          tally(r.ok ? 'accepted' : 'refused');
          const left = fs.readdirSync(caseDir).sort();
          if (r.ok) expect(fs.readFileSync(out, 'utf8').split('\n')[0]).toBe('left_id,right_id,match_probability,match_weight');
          else expect(left, 'a refused link left output behind').toEqual(['a.csv', 'b.csv']);
          fs.rmSync(caseDir, { recursive: true, force: true });
        },
      );
    },
    summary.timeout(1000),
  );

  it(
    'lantern network: an analysis, or a refusal naming the line',
    async () => {
      const header = ['source', 'target', 'weight'];
      const cells = ['A', 'B', 'C', 'Tiny', '07700 900123', '1', '2', '0.5', '3'];
      const opts = fc.record({
        weight: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constant('weight') }, { weight: 1, arbitrary: hostileString }), { nil: undefined }),
        directed: fc.boolean(),
        seed: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constant('7') }, { weight: 1, arbitrary: hostileString }), { nil: undefined }),
        pivots: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constant('4') }, { weight: 1, arbitrary: hostileString }), { nil: undefined }),
        top: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constant('3') }, { weight: 1, arbitrary: hostileString }), { nil: undefined }),
        json: fc.boolean(),
      });
      await summary.run('lantern network edges', 'importer', fc.tuple(csvFile(header, cells), opts), async ([content, o], tally) => {
        const file = tempFile('edges.csv', content);
        let written = '';
        const sink = new Writable({
          write: (c: Buffer, _e, cb) => {
            written += c.toString();
            cb();
          },
        });
        const r = await outcome(() => network(file, o, sink), isValidation);
        tally(r.ok ? 'accepted' : 'refused');
        if (r.ok && o.json) expect(() => JSON.parse(written) as unknown).not.toThrow();
        fs.rmSync(file, { force: true });
      });
    },
    summary.timeout(500),
  );

  it(
    'lantern screen: a result, or a refusal that never quotes the input',
    async () => {
      const valid = { age: 14, indicators: [{ code: 'go_carrying_drugs', when: 'current', evidence: 'Holding drugs for an adult' }] };
      const input = fc.oneof(
        { weight: 1, arbitrary: fc.constant(JSON.stringify(valid)) },
        { weight: 4, arbitrary: almostValidDoc(valid).map((v) => toJson(v)) },
        { weight: 1, arbitrary: rawJsonBody },
        { weight: 1, arbitrary: hostileString },
      );
      await summary.run('lantern screen JSON', 'importer', input, async (text, tally) => {
        const r = await outcome(async () => screen(text), isValidation);
        tally(r.ok ? r.value.level : 'refused');
      });
    },
    summary.timeout(100),
  );

  it(
    'backup restore: a restore, or a BackupError with nothing changed',
    async () => {
      const g = goodBackup;
      const rows = g.lines.length;
      const sha = (s: string) => createHash('sha256').update(s).digest('hex');
      const file = (header: unknown, lines: unknown[], fixSum = true, extra = '') => {
        const body = [JSON.stringify(header), ...lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))].join('\n');
        return gzipSync(`${body}${extra}\n${JSON.stringify({ end: true, sha256: fixSum ? sha(body + extra) : '0'.repeat(64) })}\n`);
      };
      const mutated = fc.oneof(
        { weight: 1, arbitrary: fc.constant(file(g.header, g.lines)) },
        // One row's value replaced (the checksum made to match, as someone editing the file would).
        {
          weight: 5,
          arbitrary: fc.nat().chain((i) =>
            almostValidDoc(g.lines[i % rows]!.r).map((r) =>
              file(
                g.header,
                g.lines.map((l, j) => (j === i % rows ? { t: l.t, r } : l)),
              ),
            ),
          ),
        },
        { weight: 2, arbitrary: almostValidDoc(g.header).map((h) => file(h, g.lines)) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.nat(), hostileString).map(([i, tname]) =>
            file(
              g.header,
              g.lines.map((l, j) => (j === i % rows ? { ...l, t: tname } : l)),
            ),
          ),
        },
        {
          weight: 1,
          arbitrary: fc.nat().map((i) =>
            file(
              g.header,
              g.lines.filter((_, j) => j !== i % rows),
            ),
          ),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.nat(), rawJsonBody).map(([i, raw]) =>
            file(
              g.header,
              g.lines.map((l, j) => (j === i % rows ? raw : l)),
            ),
          ),
        },
        { weight: 1, arbitrary: fc.constant(file(g.header, g.lines, false)) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, byte]) => {
            const b = Buffer.from(file(g.header, g.lines));
            b[i % b.length] = byte;
            return b;
          }),
        },
        { weight: 1, arbitrary: fc.nat().map((n) => file(g.header, g.lines).subarray(0, n % 2000)) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((u) => Buffer.from(u)) },
      );
      await summary.run('backup restore', 'importer', mutated, async (content, tally) => {
        const f = tempFile('restore.backup', content);
        const before = await probe.snapshot();
        const r = await outcome(
          () => restore(t.db, f),
          (e) => e instanceof BackupError,
        );
        const after = await probe.snapshot();
        tally(r.ok ? 'accepted' : 'refused');
        if (!r.ok) expect(changedTables(before, after), `a refused restore changed the database: ${r.message}`).toEqual([]);
        expect(prototypePolluted()).toBeNull();
        fs.rmSync(f, { force: true });
      });
    },
    summary.timeout(1500),
  );

  it(
    'audit checkpoint files: a verdict, or a refusal; never a crash, even when signed with the right key',
    async () => {
      const keys = { signingKeyFile: keyFile };
      const good = await makeCheckpoint(t.store, keys, new Date('2026-01-15T10:00:00Z'));
      const key = createPrivateKey(fs.readFileSync(keyFile));
      // Claims signed with the installation's own key: only the signature check stood between these and the database.
      const signed = fc
        .record({
          seq: fc.oneof(fc.integer(), fc.constantFrom(0, 2 ** 31, 2 ** 53 - 1, Number.MAX_SAFE_INTEGER)),
          hash: fc.constantFrom(good.hash, '0'.repeat(64), 'f'.repeat(64)),
        })
        .map(({ seq, hash }) => {
          const claim = { format: CHECKPOINT_FORMAT, seq, hash, signedAt: good.signedAt } as const;
          return JSON.stringify({ ...claim, publicKey: good.publicKey, signature: sign(null, signedBytes(claim), key).toString('base64') });
        });
      const text = fc.oneof(
        signed,
        almostValidDoc(good).map((d) => toJson(d)),
        rawJsonBody,
        hostileString,
      );
      await summary.run('audit checkpoint verify', 'importer', text, async (cp, tally) => {
        const r = await outcome(() => verifyCheckpoint(t.store, keys, cp), isValidation);
        tally(r.ok ? (r.value.ok ? 'intact' : r.value.reason) : 'refused');
      });
    },
    summary.timeout(300),
  );
});
