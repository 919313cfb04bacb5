import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { link, OUTPUT_HEADER } from '../../src/cli/link.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { dedupeTruth, FEBRL_DIR, FEBRL_FIELDS, febrlPerson, hasLinkageData, linkTruth, readTable } from '../fixtures/linkage-data.ts';
import { syntheticDedupe, syntheticLink, toCsv } from '../fixtures/linkage-people.ts';
import { type CliRun, runLantern } from '../fixtures/cli.ts';

// `lantern link`: the real command on small synthetic CSV files (and on FEBRL4 when ../shared/data is there). No database.

const lantern = (args: string[]): Promise<CliRun> => runLantern(args);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-link-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

const people = syntheticDedupe({ seed: 21, records: 600 });
const peopleCsv = file('people.csv', toCsv(people.table, 'person_id'));
const two = syntheticLink({ seed: 22, people: 400 });
const leftCsv = file('left.csv', toCsv(two.left, 'ref'));
const rightCsv = file('right.csv', toCsv(two.right, 'ref'));
const FIELDS = 'first_name,surname,dob,postcode';

type Row = { left_id: string; right_id: string; match_probability: string; match_weight: string };
const readPairs = (p: string) => parse<Row>(fs.readFileSync(p, 'utf8'), { columns: true });
const header = (p: string) => fs.readFileSync(p, 'utf8').split('\n')[0];

function accuracy(rows: readonly Row[], truth: Set<string>) {
  const tp = rows.filter((r) => truth.has(`${r.left_id}|${r.right_id}`)).length;
  return { precision: tp / rows.length, recall: tp / truth.size };
}

describe.concurrent('lantern link', { timeout: 120_000 }, () => {
  it('de-duplicates one file: the output contract, progress and the estimated m/u on stderr', async ({ expect }) => {
    const out = path.join(dir, 'dedupe-pairs.csv');
    const r = await lantern(['link', peopleCsv, '--id', 'person_id', '--fields', FIELDS, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(header(out)).toBe(OUTPUT_HEADER);
    const rows = readPairs(out);
    const ids = new Set(people.table.ids);
    for (const row of rows) {
      expect(ids.has(row.left_id) && ids.has(row.right_id)).toBe(true);
      expect(Number(row.match_probability)).toBeGreaterThanOrEqual(0.5);
      expect(Number(row.match_probability)).toBeLessThanOrEqual(1);
      expect(Number.isFinite(Number(row.match_weight))).toBe(true);
    }
    const t = dedupeTruth(Array.from(people.person, String));
    const truth = new Set(Array.from(t.a, (a, i) => `${people.table.ids[a]!}|${people.table.ids[t.b[i]!]!}`));
    const acc = accuracy(rows, truth);
    expect(acc.precision).toBeGreaterThan(0.95);
    expect(acc.recall).toBeGreaterThan(0.85);
    expect(r.stderr).toMatch(/Read 600 records/);
    expect(r.stderr).toMatch(/Blocking: [\d,]+ candidate pairs/);
    expect(r.stderr).toMatch(/Estimated parameters \(EM: \d+ iterations, converged/);
    expect(r.stderr).toMatch(/first_name \(name, term frequency\)\n\s+exact\s+m\s+[\d.e-]+\s+u\s+[\d.e-]+\s+weight\s+[\d.-]+/);
    expect(r.stderr).toMatch(/Wrote \d+ pairs with match probability >= 0.5/);
  });

  it('links two files at a higher threshold, right ids from the second file', async ({ expect }) => {
    const out = path.join(dir, 'link-pairs.csv');
    const r = await lantern([
      'link',
      leftCsv,
      rightCsv,
      '--id',
      'ref',
      '--fields',
      'first_name:given,surname,dob:date,postcode',
      '--threshold',
      '0.9',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(header(out)).toBe(OUTPUT_HEADER);
    const rows = readPairs(out);
    expect(rows.every((row) => row.left_id.startsWith('a') && row.right_id.startsWith('b') && Number(row.match_probability) >= 0.9)).toBe(true);
    const t = linkTruth(Array.from(two.leftPerson, String), Array.from(two.rightPerson, String));
    const acc = accuracy(rows, new Set(Array.from(t.a, (a, i) => `${two.left.ids[a]!}|${two.right.ids[t.b[i]!]!}`)));
    expect(acc.precision).toBeGreaterThan(0.97);
    expect(acc.recall).toBeGreaterThan(0.85);
  });

  it.for<[string[], RegExp]>([
    [['link', path.join(dir, 'missing.csv'), '--id', 'person_id', '--fields', FIELDS], /lantern: file: .*missing\.csv does not exist/],
    [['link', peopleCsv, '--id', 'person_id', '--fields', 'first_name,shoe_size'], /lantern: fields: people\.csv has no column "shoe_size"/],
    [['link', peopleCsv, '--id', 'person_id', '--fields', FIELDS, '--threshold', 'high'], /lantern: threshold: .*from 0 to 1.*"high"/],
  ])('exits with 2, a clear message and no output for %j', async ([args, message], { expect }) => {
    const out = path.join(dir, `bad-${args.join('').length}.csv`);
    const r = await lantern([...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(out)).toBe(false);
  });
});

// The same checks in-process (fast): each bad input is a ValidationError naming the problem, and nothing is written.
describe('link argument checks', () => {
  const noLeftRight = file('no-surname.csv', 'ref,first_name,dob,postcode\nb1,Ann,2001-01-01,RM1 2AB\n');
  const sink = {
    stderr: new Writable({
      write: (_chunk, _enc, done) => {
        done();
      },
    }),
    now: () => 0,
  };
  it.each<[string[], Record<string, string>, RegExp]>([
    [[], { id: 'person_id', fields: FIELDS }, /Give one CSV file/],
    [[peopleCsv, leftCsv, rightCsv], { id: 'person_id', fields: FIELDS }, /Give one CSV file/],
    [[peopleCsv], { fields: FIELDS }, /--id/],
    [[peopleCsv], { id: 'nope', fields: FIELDS }, /no column "nope"/],
    [[peopleCsv], { id: 'person_id' }, /--fields/],
    [[peopleCsv], { id: 'person_id', fields: 'first_name:colour' }, /type "colour"/],
    [[peopleCsv], { id: 'person_id', fields: 'dob,dob' }, /dob is listed twice/],
    [[peopleCsv], { id: 'person_id', fields: FIELDS, threshold: '-0.1' }, /threshold/],
    [[peopleCsv], { id: 'person_id', fields: FIELDS, threshold: '' }, /threshold/],
    [[peopleCsv], { id: 'person_id', fields: FIELDS, out: '' }, /--out/],
    [[peopleCsv], { id: 'person_id', fields: FIELDS, out: dir }, /is a folder/],
    [[peopleCsv], { id: 'person_id', fields: FIELDS, out: peopleCsv }, /overwrite an input/],
    [[leftCsv, noLeftRight], { id: 'ref', fields: FIELDS }, /no-surname\.csv has no column "surname"/],
  ])('%j %j', async (files, o, message) => {
    const out = path.join(dir, 'never.csv');
    const opts = { out, ...o };
    await expect(link(files, opts, sink)).rejects.toSatisfy((e: unknown) => e instanceof ValidationError && message.test(Object.values(e.fields).join(' ')));
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe.skipIf(!hasLinkageData())('lantern link on FEBRL4 (needs ../shared/data/febrl; skipped when absent)', () => {
  it('links febrl_dataset4a with 4b at F1 >= 0.995', { timeout: 120_000 }, async () => {
    const out = path.join(dir, 'febrl4-pairs.csv');
    const a = path.join(FEBRL_DIR, 'febrl_dataset4a.csv');
    const b = path.join(FEBRL_DIR, 'febrl_dataset4b.csv');
    const r = await lantern(['link', a, b, '--id', 'rec_id', '--fields', FEBRL_FIELDS, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = readPairs(out);
    const left = readTable(a, 'rec_id').ids;
    const right = readTable(b, 'rec_id').ids;
    const t = linkTruth(left.map(febrlPerson), right.map(febrlPerson));
    const acc = accuracy(rows, new Set(Array.from(t.a, (x, i) => `${left[x]!}|${right[t.b[i]!]!}`)));
    const f1 = (2 * acc.precision * acc.recall) / (acc.precision + acc.recall);
    expect(f1).toBeGreaterThanOrEqual(0.995);
  });
});
