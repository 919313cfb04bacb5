import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, runLantern } from '../fixtures/cli.ts';

// `lantern review`: the real command on small synthetic files (no real people), no database.

const lantern = (args: string[]): Promise<CliRun> => runLantern(args);

type Report = {
  summary: {
    rowsRead: number;
    rowsAnalysed: number;
    badRows: { count: number; listed: { line: number; reason: string }[]; truncated: boolean };
    people: number;
    peopleReachingMedium: number;
    missedOpportunities: number;
    languageFindingsByCategory: Record<string, { count: number; quoted: number }>;
    timing?: unknown;
  };
  people: {
    personRef: string;
    firstMedium: string | null;
    thresholds: { date: string; level: string; referral: { date: string } | null; referralDeclined?: string }[];
    timeline: { date: string; referrals?: string[]; possible?: string[] }[];
    missedOpportunities: { date: string; level: string; indicators: { code: string }[] }[];
    language: { phrase: string; count: number; quoted: number }[];
  }[];
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-review-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const readReport = (out: string) => JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
const withoutTiming = (r: Report) => ({ ...r, summary: { ...r.summary, timing: undefined } });

const HOSTILE = '<script>alert("x")</script>&\'';

// Two girls with the same signs over the spring; only the second one's notes record a referral (to MASH, 10 days after
// the threshold). The hostile reference has one note; the last rows are broken on purpose.
type Note = { person_ref: string; date: string; agency: string; author_role: string; text: string };
const NOTES: Note[] = [
  ...['LAN-0001', 'LAN-0002'].flatMap((ref) => [
    {
      person_ref: ref,
      date: '2023-03-02',
      agency: 'Health',
      author_role: 'School nurse',
      text: 'Seen at drop-in. Low mood and not sleeping. Mum drinks heavily most evenings.',
    },
    {
      person_ref: ref,
      date: '2023-04-14',
      agency: 'Police',
      author_role: 'Missing persons coordinator',
      text: 'Reported missing from home overnight.\nFound the next morning in a car with two older males.\nHas a new phone she cannot explain.',
    },
    {
      person_ref: ref,
      date: '2023-05-20',
      agency: 'Health',
      author_role: 'Sexual health nurse',
      text: 'Attended for emergency contraception. Disclosed an older boyfriend aged 24 who collects her from school. Staff describe her as "promiscuous". She is putting herself at risk.',
    },
  ]),
  {
    person_ref: 'LAN-0002',
    date: '2023-04-24',
    agency: 'Education',
    author_role: 'DSL',
    text: 'Referral made to MASH after the missing episode. Mum informed.',
  },
  { person_ref: 'LAN-0002', date: '2023-05-25', agency: 'Social care', author_role: 'Social worker', text: 'Strategy discussion held with police and health.' },
  {
    person_ref: HOSTILE,
    date: '2023-06-01',
    agency: 'Youth service',
    author_role: 'Youth worker',
    text: 'Attended the youth club. Went missing from home last weekend.',
  },
];

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
// Columns in another order than the documented one: they are read by name.
const csvRow = (n: Note) => [n.date, q(n.person_ref), q(n.text), n.agency, q(n.author_role)].join(',');
function notesCsv(): Buffer {
  const good = ['date,person_ref,text,agency,author_role', ...NOTES.map(csvRow)].join('\n') + '\n';
  return Buffer.concat([
    Buffer.from(good),
    Buffer.from('2023-06-02,LAN-0003,,Health,GP\n'), // missing text
    Buffer.from('2023-02-30,LAN-0003,"Seen by GP.",Health,GP\n'), // no 30 February
    Buffer.from('2023-06-03,LAN-0003,"Seen by '),
    Buffer.from([0xc3, 0x28, 0xff]), // invalid UTF-8
    Buffer.from(' GP.",Health,GP\n'),
    Buffer.from('2023-06-04,LAN-0003,"Seen by GP, who writes\nthat the quote is never closed,Health,GP\n'),
  ]);
}
// Physical lines: header 1; each 2023-04-14 note spans 3 lines, so the 9 notes take lines 2-14.
const CSV_BAD = [
  { line: 15, reason: 'missing text' },
  { line: 16, reason: 'date is not a real date in the form YYYY-MM-DD or DD/MM/YYYY', value: '2023-02-30' },
  { line: 17, reason: 'not valid UTF-8 text (wrong encoding)', value: 'byte C3 (Ã in Windows-1252)' },
  { line: 18, reason: 'malformed CSV: a quoted field is never closed' },
];

function notesJsonl(): Buffer {
  return Buffer.concat([
    Buffer.from(NOTES.map((n) => JSON.stringify(n)).join('\n') + '\n\n'), // lines 1-9, then a blank line 10
    Buffer.from('{"person_ref":"LAN-0003","date":"2023-06-02","text":""}\n'), // 11
    Buffer.from('{"person_ref":"LAN-0003","date":"2023-02-30","text":"Seen by GP."}\n'), // 12
    Buffer.concat([Buffer.from('{"person_ref":"LAN-0003","date":"2023-06-03","text":"Seen by '), Buffer.from([0xff]), Buffer.from('GP"}\n')]), // 13
    Buffer.from('{"person_ref":"LAN-0003","date":"2023-06-04","text":"cut off\n'), // 14
  ]);
}
const JSONL_BAD = [
  { line: 11, reason: 'missing text' },
  { line: 12, reason: 'date is not a real date in the form YYYY-MM-DD or DD/MM/YYYY', value: '2023-02-30' },
  { line: 13, reason: 'not valid UTF-8 text (wrong encoding)', value: 'byte FF (ÿ in Windows-1252)' },
  { line: 14, reason: 'not valid JSON' },
];

// Sequential: each run starts Node and tsx, and a dozen at once starve each other on a small machine.
describe('lantern review', { timeout: 60_000 }, () => {
  it.each([
    ['csv', notesCsv, CSV_BAD],
    ['jsonl', notesJsonl, JSONL_BAD],
  ] as const)('reviews a %s file: thresholds, missed opportunities, wording and bad rows by line', async (ext, build, badRows) => {
    const input = file(`notes.${ext}`, build());
    const out = path.join(dir, `out-${ext}`);
    const r = await lantern(['review', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Reviewed 9 notes about 3 people \(4 bad rows skipped\)/);
    expect(r.stderr).toContain(`line ${badRows[0]!.line}: missing text`);

    const report = readReport(out);
    expect(report.summary).toMatchObject({ rowsRead: 13, rowsAnalysed: 9, people: 3, badRows: { count: 4, listed: badRows, truncated: false } });
    expect(report.people.map((p) => p.personRef)).toEqual([HOSTILE, 'LAN-0001', 'LAN-0002']);

    const [, girl, referred] = report.people;
    // Same signs, same thresholds; only the first has no referral afterwards.
    expect(girl!.firstMedium).toBe('2023-04-14');
    expect(girl!.thresholds.map((t) => [t.date, t.level])).toEqual(referred!.thresholds.map((t) => [t.date, t.level]));
    expect(girl!.missedOpportunities.map((m) => m.date)).toEqual(girl!.thresholds.map((t) => t.date));
    expect(girl!.missedOpportunities[0]!.indicators.map((i) => i.code)).toContain('am_missing');
    expect(referred!.missedOpportunities).toEqual([]);
    expect(referred!.thresholds[0]!.referral).toEqual({ date: '2023-04-24', phrases: ['referred_to_social_care'] });
    expect(report.summary.missedOpportunities).toBe(girl!.thresholds.length);

    // "promiscuous" is in quotation marks: listed, not counted against the author; "putting herself at risk" counts.
    const wording = Object.fromEntries(girl!.language.map((l) => [l.phrase, [l.count, l.quoted]]));
    expect(wording['promiscuous']).toEqual([0, 1]);
    expect(wording['putting herself at risk']).toEqual([1, 0]);
    expect(report.summary.languageFindingsByCategory['blames_child']!.count).toBeGreaterThanOrEqual(2);

    // The HTML report is self-contained, has its charts, and escapes the input.
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(fs.readdirSync(out).sort()).toEqual(['report.html', 'report.json']);

    // A rerun overwrites the report with the same result (timings aside).
    const again = await lantern(['review', input, '--out', out]);
    expect(again.code).toBe(0);
    expect(withoutTiming(readReport(out))).toEqual(withoutTiming(report));
    expect(fs.readdirSync(out).sort()).toEqual(['report.html', 'report.json']);
  });

  it('gives byte-identical report.json apart from the timings, with or without worker threads, and possible signs only when asked', async () => {
    // A town the spotter's list does not name: the classifier's possible sign (as in cli-text.test.ts).
    const extra = Buffer.from('2023-07-01,LAN-0009,"MFH report: Kai (15) from Lewisham found in Barnstaple.",Police,Officer\n');
    const csv = notesCsv();
    const header = csv.indexOf('\n') + 1; // before the rows, as the last bad row's quote is never closed
    const input = file('same.csv', Buffer.concat([csv.subarray(0, header), extra, csv.subarray(header)]));
    const texts: string[] = [];
    for (const [name, ...args] of [
      ['same-a', '--workers', '0'],
      ['same-b', '--workers', '2'],
      ['same-c', '--workers', '0', '--possible-signs'],
      ['same-d', '--workers', '2', '--possible-signs'],
    ] as const) {
      const out = path.join(dir, name);
      expect((await lantern(['review', input, '--out', out, ...args])).code).toBe(0);
      texts.push(fs.readFileSync(path.join(out, 'report.json'), 'utf8').replace(/"timing": \{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/, ''));
    }
    expect(texts[0]).toBe(texts[1]);
    expect(texts[2]).toBe(texts[3]);
    const possible = (name: string) => readReport(path.join(dir, name)).people.flatMap((p) => p.timeline.flatMap((t) => t.possible ?? []));
    expect(possible('same-a')).toEqual([]);
    expect(possible('same-c')).toContain('am_found_out_of_area');
  });

  it.each([
    [
      'a wrong extension',
      () => ['review', file('notes.txt', 'x'), '--out', path.join(dir, 'x1')],
      /^lantern: file: The notes file must end in \.csv or \.jsonl\n$/,
    ],
    [
      'a missing file',
      () => ['review', path.join(dir, 'nope.csv'), '--out', path.join(dir, 'x2')],
      /^lantern: file: The file does not exist or cannot be read\n$/,
    ],
    ['no --out', () => ['review', file('ok.csv', 'person_ref,date,text\n')], /^lantern: out: Give a folder for the report with --out DIR\n$/],
    ['no file', () => ['review', '--out', path.join(dir, 'x3')], /^lantern: file: Give the notes file to review/],
    [
      'a bad number of worker threads',
      () => ['review', file('w.csv', 'person_ref,date,text\n'), '--out', path.join(dir, 'x5'), '--workers', 'two'],
      /^lantern: workers: The number of worker threads must be a whole number from 0 to 32\n$/,
    ],
    [
      'a header without the needed columns',
      () => ['review', file('header.csv', 'ref,when,note\nA,2024-01-01,x\n'), '--out', path.join(dir, 'x4')],
      /^lantern: file: line 1: the header row has no person_ref, date, text columns/,
    ],
  ])('refuses %s with one line and exit code 2', async (_what, args, message) => {
    const r = await lantern(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('keeps the last good report when a run fails', async () => {
    const out = path.join(dir, 'keep');
    expect((await lantern(['review', file('keep.jsonl', notesJsonl()), '--out', out])).code).toBe(0);
    const before = fs.readFileSync(path.join(out, 'report.json'), 'utf8');
    const r = await lantern(['review', file('broken.csv', 'person_ref,date,text,text\nA,2024-01-01,x,y\n'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/names the text column twice/);
    expect(fs.readFileSync(path.join(out, 'report.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(out).sort()).toEqual(['report.html', 'report.json']);
    // A header and no notes is a failed run too, not an empty report.
    const none = await lantern(['review', file('no-notes.csv', 'person_ref,date,agency,author_role,text\r\n\r\n'), '--out', out]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('lantern: file: The file has no notes, only a header row or blank lines. No report was written.\n');
    expect(fs.readFileSync(path.join(out, 'report.json'), 'utf8')).toBe(before);
    expect(fs.readdirSync(out).sort()).toEqual(['report.html', 'report.json']);
  });

  it('writes the reports readable by their owner only (0600), in a folder of its own made 0700', async () => {
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    const input = file('private.csv', notesCsv());
    // A folder the run makes (and the one above it, made on the way).
    const made = path.join(dir, 'private-parent', 'private');
    expect((await lantern(['review', input, '--out', made])).code).toBe(0);
    expect(mode(made)).toBe(0o700);
    expect(mode(path.dirname(made))).toBe(0o700);
    for (const name of ['report.json', 'report.html']) expect(mode(path.join(made, name))).toBe(0o600);
    // A folder that already exists keeps its mode; reports left readable by a run before this fix are replaced.
    const existing = path.join(dir, 'existing');
    fs.mkdirSync(existing, { mode: 0o755 });
    fs.chmodSync(existing, 0o755);
    for (const name of ['report.json', 'report.html']) fs.writeFileSync(path.join(existing, name), 'old', { mode: 0o644 });
    // A temporary file left by an earlier run would be reused by name only with the same pid: chmod covers it anyway.
    expect((await lantern(['review', input, '--out', existing])).code).toBe(0);
    expect(mode(existing)).toBe(0o755);
    for (const name of ['report.json', 'report.html']) expect(mode(path.join(existing, name))).toBe(0o600);
  });

  it('counts a declined referral as no referral: the missed opportunity stays open, shown as declined', async () => {
    const declined = NOTES.filter((n) => n.person_ref === 'LAN-0001').concat({
      person_ref: 'LAN-0001',
      date: '2023-04-20',
      agency: 'Education',
      author_role: 'DSL',
      text: 'Referral to MASH was declined by manager.',
    });
    const input = file('declined.csv', ['date,person_ref,text,agency,author_role', ...declined.map(csvRow)].join('\n') + '\n');
    const out = path.join(dir, 'declined');
    expect((await lantern(['review', input, '--out', out])).code).toBe(0);
    const [girl] = readReport(out).people;
    expect(girl!.thresholds[0]).toMatchObject({ date: '2023-04-14', referral: null, referralDeclined: '2023-04-20' });
    expect(girl!.missedOpportunities.map((m) => m.date)).toContain('2023-04-14');
    expect(girl!.timeline.find((t) => t.date === '2023-04-20')!.referrals).toEqual(['referral_declined']);
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('Referral declined or not progressed');
  });

  it('reads an Excel export: UK dates day first, and one warning for a Windows-1252 file, its bad rows naming the byte', async () => {
    // Excel's plain "CSV" on a UK machine: DD/MM/YYYY dates, and é and £ as single Windows-1252 bytes.
    const rows = [
      'person_ref,date,agency,author_role,text',
      'LAN-0005,01/02/2020,Police,PCSO,Reported missing from home overnight.',
      'LAN-0005,3/2/2020 14:30,Health,School nurse,Seen at the drop-in.',
      'LAN-0005,04/02/2020,Health,School nurse,Seen at the caf\u00e9 with an older male.',
      'LAN-0005,05/02/2020,Education,DSL,Found with \u00a3200 in cash she cannot explain.',
      'LAN-0005,13/13/2020,Education,DSL,Seen in class.',
    ];
    const input = file('excel.csv', Buffer.from(rows.join('\r\n') + '\r\n', 'latin1'));
    const out = path.join(dir, 'excel');
    const r = await lantern(['review', input, '--out', out]);
    expect(r.code).toBe(0);
    const { summary, people } = readReport(out) as Report & { summary: { warnings: string[] } };
    expect(summary).toMatchObject({ rowsRead: 5, rowsAnalysed: 2, badRows: { count: 3 } });
    expect(summary.badRows.listed).toEqual([
      { line: 4, reason: 'not valid UTF-8 text (wrong encoding)', value: 'byte E9 (é in Windows-1252)' },
      { line: 5, reason: 'not valid UTF-8 text (wrong encoding)', value: 'byte A3 (£ in Windows-1252)' },
      { line: 6, reason: 'date is not a real date in the form YYYY-MM-DD or DD/MM/YYYY', value: '13/13/2020' },
    ]);
    expect(people[0]!.timeline.map((t) => t.date)).toEqual(['2020-02-01']);
    expect(summary.warnings).toEqual([expect.stringMatching(/^2 rows of 5 are not UTF-8 text: the file looks like a Windows-1252 export/)]);
    expect(r.stderr.match(/Windows-1252 export/g)).toHaveLength(1);
    expect(r.stderr).toContain('line 4: not valid UTF-8 text (wrong encoding) (byte E9 (é in Windows-1252))');
    expect(r.stderr).toMatch(/Reviewed 2 notes about 1 person \(3 bad rows skipped\) in [\d.]+ s, [\d.,]+ (bytes|KB|MB) a second/);
    // Never the text of a note, in the report or on the terminal.
    expect(JSON.stringify(summary) + r.stderr).not.toMatch(/drop-in|cash|older male/);
  });
});
