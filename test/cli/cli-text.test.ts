import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLantern } from '../fixtures/cli.ts';

// `lantern check-language`, `lantern indicators` and `lantern triage`: the stable JSON contracts of issue 4, through the
// real command (bin/lantern.js), from a file and from standard input. No database.

type LanguageJson = {
  findings: { start: number; end: number; text: string; category: string; explanation: string; alternatives: string[]; source: string; quoted: boolean }[];
};
type IndicatorJson = {
  code: string;
  category: string;
  start: number;
  end: number;
  text: string;
  negated: boolean;
  hypothetical: boolean;
  historical: boolean;
  experiencer: 'child' | 'other';
};

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-cli-text-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const noteFile = (text: string): string => {
  const file = path.join(dir, `note-${fs.readdirSync(dir).length}.txt`);
  fs.writeFileSync(file, text);
  return file;
};

describe('lantern check-language', () => {
  it('prints findings with UTF-16 offsets, category, explanation, alternatives, source and the quoted flag', async () => {
    // The emoji is two UTF-16 code units: the offsets must count them as the browser does.
    const text = '😟 She is putting herself at risk. She said "I chose to go".';
    const r = await runLantern(['check-language', noteFile(text), '--json']);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout) as LanguageJson;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.explanation.length).toBeGreaterThan(10);
      expect(f.alternatives.length).toBeGreaterThanOrEqual(1);
      expect(f.source).not.toBe('');
    }
    const risk = findings.find((f) => f.text === 'putting herself at risk');
    expect(risk).toMatchObject({ start: 10, category: 'blames_child', quoted: false });
    expect(findings.find((f) => f.text.toLowerCase().includes('chose to'))?.quoted).toBe(true);
  });

  it('exits 2 on a usage error (a missing required or unknown option), as on any other bad input, and 0 for help', async () => {
    const missing = await runLantern(['triage', '-', '--json'], 'She went missing.');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--age <years>' not specified");
    expect((await runLantern(['indicators', '--bogus', '-'], 'x')).code).toBe(2);
    expect((await runLantern(['triage', '--age', 'x', '--gender', 'female', '-'], 'x')).code).toBe(2);
    expect((await runLantern(['triage', '--help'])).code).toBe(0);
  });

  it('reads standard input, and a sandwich chosen is no finding', async () => {
    const r = await runLantern(['check-language', '-', '--json'], 'She chose a sandwich at lunch.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
  });

  it('adds the sentence classifier’s possible findings, marked possible, unless told not to (--no-classifier)', async () => {
    const text = 'Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.';
    const plain = JSON.parse((await runLantern(['check-language', noteFile(text), '--json', '--no-classifier'])).stdout) as LanguageJson;
    const r = await runLantern(['check-language', noteFile(text), '--json']);
    expect(r.code).toBe(0);
    const withClassifier = JSON.parse(r.stdout) as { findings: (LanguageJson['findings'][number] & { possible?: true })[] };
    expect(plain.findings.some((f) => f.category === 'criminalises_child')).toBe(false);
    const possible = withClassifier.findings.filter((f) => f.possible);
    expect(possible).toEqual([expect.objectContaining({ category: 'criminalises_child', possible: true, quoted: false })]);
    expect(text.slice(possible[0]!.start, possible[0]!.end)).toBe(possible[0]!.text);
    expect(withClassifier.findings.filter((f) => !f.possible)).toEqual(plain.findings);
    // The flag of the time it was off by default is still accepted.
    expect(JSON.parse((await runLantern(['check-language', noteFile(text), '--json', '--classifier'])).stdout)).toEqual(withClassifier);
    // As text, a possible finding's guidance is not offered as wording to use instead.
    const lines = (await runLantern(['check-language', noteFile(text)])).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('(possible)'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {2}guidance: /);
    expect(lines.filter((l) => /^ {2}instead: /.test(l))).toHaveLength(plain.findings.length);
  });

  it('refuses a file that does not exist with a clear message and no stack trace', async () => {
    const r = await runLantern(['check-language', path.join(dir, 'missing.txt'), '--json']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('does not exist');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('lantern indicators', () => {
  it('prints each sign with its code, category, span and context', async () => {
    const text = 'No concerns about drugs. If she goes missing again, call police. Mum drinks heavily. She has a new phone she cannot explain.';
    const r = await runLantern(['indicators', noteFile(text), '--json']);
    expect(r.code).toBe(0);
    const { indicators } = JSON.parse(r.stdout) as { indicators: IndicatorJson[] };
    for (const f of indicators) expect(text.slice(f.start, f.end)).toBe(f.text);
    const by = (code: string) => indicators.find((f) => f.code === code);
    expect(by('ad_drug_use')).toMatchObject({ category: 'alcohol_drugs', negated: true });
    expect(by('am_missing')).toMatchObject({ category: 'absent_missing', hypothetical: true, negated: false });
    expect(by('fa_parental_substance_misuse')).toMatchObject({ category: 'familial', experiencer: 'other' });
    // A new phone nobody can account for: the framework's technology sign (te_several_phones), round 21.
    expect(by('te_several_phones')).toMatchObject({ negated: false, hypothetical: false, historical: false, experiencer: 'child' });
  });

  it('adds the sentence classifier’s possible signs, marked possible, unless told not to (--no-classifier)', async () => {
    // A town the spotter's list does not name: the classifier reads the sentence as a child found out of area.
    const text = 'MFH report: Kai (15) from Lewisham found in Barnstaple.';
    const signs = async (...extra: string[]) =>
      (JSON.parse((await runLantern(['indicators', '-', '--json', ...extra], text)).stdout) as { indicators: IndicatorJson[] }).indicators;
    expect(await signs()).toEqual([expect.objectContaining({ code: 'am_found_out_of_area', text: 'from Lewisham found in Barnstaple', possible: true })]);
    expect(await signs('--no-classifier')).toEqual([]);
  });

  it('reads a note as written now: a sign in an earlier year is historical, and a date of birth is not a time', async () => {
    const r = await runLantern(['indicators', '-', '--json'], 'On 12/03/2019 she went missing overnight. Jade (DOB 12/05/2011) went missing on Friday.');
    const { indicators } = JSON.parse(r.stdout) as { indicators: IndicatorJson[] };
    expect(indicators.map((f) => [f.code, f.historical])).toEqual([
      ['am_missing', true],
      ['am_missing', false],
    ]);
  });

  it('reads a note as written on its --date: a year before it is historical, its own year is not', async () => {
    const note = 'In 2018 she was excluded from school. In 2019 she went missing overnight.';
    const r = await runLantern(['indicators', '-', '--json', '--date', '2019-06-30'], note);
    expect(r.code).toBe(0);
    const { indicators } = JSON.parse(r.stdout) as { indicators: IndicatorJson[] };
    expect(indicators.map((f) => [f.code, f.historical])).toEqual([
      ['am_school_exclusion', true],
      ['am_missing', false],
    ]);
    const now = JSON.parse((await runLantern(['indicators', '-', '--json'], note)).stdout) as { indicators: IndicatorJson[] };
    expect(now.indicators.map((f) => f.historical)).toEqual([true, true]);
  });

  it('refuses a --date that is not a real date, with one clear line and exit code 2', async () => {
    for (const args of [
      ['indicators', '-', '--date', '2019-02-30'],
      ['triage', '--age', '14', '-', '--date', 'last week'],
    ]) {
      const r = await runLantern(args, 'She went missing.');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('YYYY-MM-DD');
      expect(r.stderr).not.toMatch(/\bat .+:\d+/); // no stack trace
    }
  });
});

describe('lantern triage', () => {
  it('runs the language check, the spotter and a screening on one note', async () => {
    const text = 'She is going missing and is picked up by older men in cars. She has a new phone and money she cannot explain.';
    const r = await runLantern(['triage', '--age', '14', '--gender', 'female', noteFile(text), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      language: LanguageJson;
      indicators: IndicatorJson[];
      screening: { level: string; score: number; reasons: unknown[] };
    };
    expect(out.language.findings).toEqual([]);
    expect(out.indicators.length).toBeGreaterThanOrEqual(3);
    expect(out.screening.score).toBeGreaterThan(0);
    expect(['medium', 'high']).toContain(out.screening.level);
    expect(out.screening.reasons.length).toBeGreaterThan(0);
  });

  it('shows the possible findings and signs that check-language and indicators give, never scores a possible sign, and leaves them out with --no-classifier', async () => {
    const text =
      'MFH report: Kai (15) from Lewisham found in Barnstaple. Kai seems to enjoy the status of dealing for the older lads and is happy earning that way.';
    type Triage = { language: LanguageJson; indicators: IndicatorJson[]; screening: { score: number } };
    const triage = async (...extra: string[]) => JSON.parse((await runLantern(['triage', '--age', '15', noteFile(text), '--json', ...extra])).stdout) as Triage;
    const [all, plain] = [await triage(), await triage('--no-classifier')];
    const check = JSON.parse((await runLantern(['check-language', noteFile(text), '--json'])).stdout) as LanguageJson;
    expect(all.language).toEqual(check);
    const possible = (f: object) => (f as { possible?: true }).possible === true;
    expect(check.findings.some(possible)).toBe(true);
    expect(all.indicators.filter(possible).map((f) => f.code)).toEqual(['am_found_out_of_area']);
    expect([...plain.language.findings, ...plain.indicators].some(possible)).toBe(false);
    expect(plain.screening.score).toBeGreaterThan(0);
    expect(all.screening).toEqual(plain.screening);
  });

  it('refuses an age that is not a whole number, naming the option, and prints nothing else', async () => {
    const r = await runLantern(['triage', '--age', 'fourteen', '-', '--json'], 'She went missing.');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('age: ');
    expect(r.stderr).not.toContain('She went missing');
  });
});
