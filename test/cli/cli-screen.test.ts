import { describe, expect, it } from 'vitest';
import { screen } from '../../src/cli/screen.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { type CliRun, runLantern } from '../fixtures/cli.ts';

// `lantern screen` and `lantern framework`: the real command, no database.

const lantern = (args: string[], stdin?: string): Promise<CliRun> => runLantern(args, stdin);

type ScreenJson = {
  framework: string;
  score: number;
  level: string;
  londonCategory: string;
  hardRules: { id: string; floor: string; triggeredBy: string[] }[];
  reasons: { code: string; points: number; evidence: string }[];
  requiredActions: { code: string; text: string }[];
};

const countyLinesBoy = {
  age: 15,
  gender: 'male',
  indicators: [
    { code: 'am_missing', when: 'current', evidence: 'Reported missing three times in October' },
    { code: 'go_carrying_drugs', when: 'current', evidence: 'Found by police with wraps of crack cocaine' },
    { code: 'am_moved_by_others', when: 'current', evidence: 'Train tickets to a coastal town bought by an adult' },
  ],
};

async function screenJson(input: unknown): Promise<ScreenJson> {
  const r = await lantern(['screen', '--json'], JSON.stringify(input));
  if (r.code !== 0 || r.stderr !== '') throw new Error(`lantern screen exited with ${String(r.code)}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ScreenJson;
}

// Each test starts the CLI (a few seconds each): they run concurrently, so they use the test's own expect.
describe.concurrent('lantern screen', { timeout: 60_000 }, () => {
  it('scores a county-lines boy as high, with an NRM referral for a child and the reasons carrying the evidence', async ({ expect }) => {
    const r = await screenJson(countyLinesBoy);
    expect(Object.keys(r)).toEqual(['framework', 'score', 'level', 'hardRules', 'reasons', 'requiredActions', 'londonCategory']);
    expect(r).toMatchObject({ framework: '2026.1', level: 'high', score: 11, londonCategory: 'Category 3 (high)' });
    expect(r.hardRules.map((h) => h.id)).toContain('moved_by_others');
    const actions = r.requiredActions.map((a) => a.code);
    expect(actions).toEqual(expect.arrayContaining(['decision', 'refer_police_now', 'refer_social_care_now', 'offer_nrm_child', 'rescreen']));
    expect(actions).not.toContain('offer_nrm_adult');
    expect(r.reasons).toContainEqual(
      expect.objectContaining({ code: 'go_carrying_drugs', points: 5, evidence: 'Found by police with wraps of crack cocaine' }),
    );
  });

  it('treats any sexual activity of a child under 13 as high, with an immediate police referral', async ({ expect }) => {
    const r = await screenJson({
      age: 12,
      gender: 'female',
      indicators: [{ code: 'sh_sexual_activity', when: 'current', evidence: 'Told the nurse about a 17-year-old' }],
    });
    expect(r.score).toBe(1);
    expect(r.level).toBe('high');
    expect(r.hardRules.map((h) => h.id)).toEqual(['under_13_sexual_activity']);
    expect(r.requiredActions.map((a) => a.code)).toEqual(expect.arrayContaining(['refer_police_now', 'refer_social_care_now', 'decision']));
  });

  it('prints a readable summary without --json', async ({ expect }) => {
    const r = await lantern(['screen'], JSON.stringify(countyLinesBoy));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Level: High, score 11 \(framework 2026\.1\)\nLondon protocol: Category 3 \(high\)\. /);
    expect(r.stdout).toContain('Evidence: Train tickets to a coastal town bought by an adult');
    expect(r.stdout).toContain('Required actions:');
    expect(r.stdout).toContain('National Referral Mechanism');
  });

  it.for([
    ['invalid JSON', '{"age": 14, "indicators": [{"code": "am_missing", "evidence": "Secret detail"', 'input', 'not valid JSON'],
    [
      'an unknown indicator code',
      JSON.stringify({ age: 14, indicators: [{ code: 'xx_made_up', when: 'current', evidence: 'e' }] }),
      'indicators.0.code',
      'no indicator',
    ],
    ['an impossible age', JSON.stringify({ age: 140, indicators: [] }), 'age', '25 or under'],
    [
      'a present indicator without evidence',
      JSON.stringify({
        age: 14,
        indicators: [
          { code: 'am_missing', when: 'current', evidence: 'x' },
          { code: 'go_carrying_drugs', when: 'current' },
        ],
      }),
      'indicators.1.evidence',
      'Enter the evidence',
    ],
  ] as const)('refuses %s: exit code 2, the field named on stderr, nothing on stdout', async ([_what, input, field, words], { expect }) => {
    const r = await lantern(['screen', '--json'], input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${field}: `);
    expect(r.stderr).toContain(words);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // The input holds evidence about a child: an error never repeats it.
    expect(r.stderr).not.toContain('Secret detail');
  });
});

// The rest of the input checks, in process: the command prints exactly these fields (main.ts), as above.
describe('screen input checks', () => {
  const fieldsOf = (text: string): Record<string, string> => {
    try {
      screen(text);
    } catch (e) {
      if (e instanceof ValidationError) return e.fields;
      throw e;
    }
    throw new Error('expected a ValidationError');
  };

  it.each([
    ['empty input', '', 'input', 'empty'],
    ['a JSON array', '[1, 2]', 'input', 'JSON object'],
    ['null', 'null', 'input', 'JSON object'],
    ['a negative age', JSON.stringify({ age: -1, indicators: [] }), 'age', '0 or more'],
    ['a fractional age', JSON.stringify({ age: 14.5, indicators: [] }), 'age', 'whole years'],
    ['a missing age', JSON.stringify({ indicators: [] }), 'age', 'age'],
    ['a missing list of indicators', JSON.stringify({ age: 14 }), 'indicators', 'list'],
    ['a present indicator without a time', JSON.stringify({ age: 14, indicators: [{ code: 'am_missing', evidence: 'x' }] }), 'indicators.0.when', 'current'],
    ['blank evidence', JSON.stringify({ age: 14, indicators: [{ code: 'am_missing', when: 'current', evidence: '  ' }] }), 'indicators.0.evidence', 'evidence'],
    ['an unknown status', JSON.stringify({ age: 14, indicators: [{ code: 'am_missing', status: 'maybe' }] }), 'indicators.0.status', 'present'],
    ['an unknown time', JSON.stringify({ age: 14, indicators: [{ code: 'am_missing', when: 'yesterday', evidence: 'x' }] }), 'indicators.0.when', 'current'],
    ['an unknown gender', JSON.stringify({ age: 14, gender: 'x', indicators: [] }), 'gender', 'female'],
    [
      'a repeated indicator',
      JSON.stringify({
        age: 14,
        indicators: [
          { code: 'am_missing', status: 'absent' },
          { code: 'am_missing', status: 'absent' },
        ],
      }),
      'indicators.1.code',
      'more than once',
    ],
  ])('refuses %s, naming the field', (_what, input, field, words) => {
    const fields = fieldsOf(input);
    expect(fields[field]?.toLowerCase()).toContain(words.toLowerCase());
  });

  it('takes status as present by default, and answers that are absent or unknown score nothing', () => {
    const absent = screen(
      JSON.stringify({
        age: 16,
        indicators: [
          { code: 'go_carrying_drugs', status: 'absent' },
          { code: 'am_missing', status: 'unknown' },
        ],
      }),
    );
    expect(absent).toMatchObject({ score: 0, level: 'none', reasons: [], hardRules: [] });
    const present = screen(JSON.stringify({ age: 16, indicators: [{ code: 'go_carrying_drugs', when: 'past', evidence: 'Arrested in March' }] }));
    expect(present).toMatchObject({ score: 1, level: 'low', reasons: [{ code: 'go_carrying_drugs', when: 'past', points: 1 }] });
  });

  it('offers a young adult an NRM referral with consent, not the child route', () => {
    const r = screen(JSON.stringify({ ...countyLinesBoy, age: 19 }));
    expect(r.requiredActions.map((a) => a.code)).toContain('offer_nrm_adult');
    expect(r.requiredActions.map((a) => a.code)).not.toContain('offer_nrm_child');
  });
});

type FrameworkJson = {
  version: string;
  current: boolean;
  categories: { key: string; letter: string; label: string; indicators: string[] }[];
  weightClasses: { key: string; points: { current: number; past: number; both: number } }[];
  bands: { level: string; minScore: number; maxScore: number | null; londonCategory: string }[];
  hardRules: { id: string; title: string; floor: string; codes: string[]; ages: { min: number; max: number } | null; source: { title: string } }[];
  sources: { key: string; title: string }[];
  indicators: { code: string; category: string; weight: string; source: string }[];
};

describe.concurrent('lantern framework', { timeout: 60_000 }, () => {
  it('prints the current framework as JSON, with all 9 SAFEGUARD categories', async ({ expect }) => {
    const r = await lantern(['framework', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const f = JSON.parse(r.stdout) as FrameworkJson;
    expect(f).toMatchObject({ version: '2026.1', current: true });
    expect(f.categories).toHaveLength(9);
    expect(f.categories.map((c) => c.letter).join('')).toBe('SAFEGUARD');
    for (const c of f.categories) expect(c.label).not.toBe('');
    expect(f.categories.flatMap((c) => c.indicators).sort()).toEqual(f.indicators.map((i) => i.code).sort());
    expect(f.weightClasses.find((w) => w.key === 'significant')?.points).toEqual({ current: 5, past: 1, both: 6 });
    expect(f.bands.map((b) => [b.level, b.minScore, b.maxScore])).toEqual([
      ['none', 0, 0],
      ['low', 1, 5],
      ['medium', 6, 10],
      ['high', 11, null],
    ]);
    expect(f.bands.find((b) => b.level === 'high')?.londonCategory).toBe('Category 3 (high)');
    const under13 = f.hardRules.find((h) => h.id === 'under_13_sexual_activity');
    expect(under13).toMatchObject({ floor: 'high', ages: { min: 0, max: 12 }, codes: expect.arrayContaining(['sh_sexual_activity']) });
    expect(under13?.source.title).toContain('Sexual Offences Act 2003');
    const sourceKeys = new Set(f.sources.map((s) => s.key));
    for (const i of f.indicators) expect(sourceKeys.has(i.source), i.code).toBe(true);
  });

  it('prints a readable list grouped by category without --json', async ({ expect }) => {
    const r = await lantern(['framework']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('SAFEGUARD framework 2026.1');
    expect(r.stdout).toMatch(/^S {2}Sexual health and behaviour$/m);
    expect(r.stdout).toMatch(/^D {2}Distrust of authority figures$/m);
    expect(r.stdout).toMatch(/^ {3}am_moved_by_others +significant +Others are moving the child/m);
  });

  it('picks a framework by --version, and refuses an unknown version with exit code 2', async ({ expect }) => {
    const ok = await lantern(['framework', '--json', '--version', '2026.1']);
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as FrameworkJson).version).toBe('2026.1');
    const bad = await lantern(['framework', '--json', '--version', '1999.9']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('version: There is no framework version "1999.9"');
  });
});
