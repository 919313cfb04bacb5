import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runLantern } from '../fixtures/cli.ts';

// bin/lantern.js runs the command from an esbuild bundle of src/ (scripts/cli-bundle.mjs), and through tsx when told to
// or when there is no bundle: both ways must give the same output, and the bundle way must really use the bundle.

const NOTE = 'She is putting herself at risk. A man aged 24 collects her from school in his car. She has a new phone and will not say who gave it to her.';
const ARGS = ['triage', '--age', '14', '--gender', 'female', '-', '--json'];

describe('the lantern command, bundled and through tsx', () => {
  it('gives the same triage both ways, and the bundle way runs the bundle', { timeout: 120_000 }, async () => {
    const bundled = await runLantern(ARGS, NOTE, { LANTERN_DEBUG_BUNDLE: '1' });
    const viaTsx = await runLantern(ARGS, NOTE, { LANTERN_DEBUG_BUNDLE: '1', LANTERN_CLI_TSX: '1' });
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(viaTsx.code, viaTsx.stderr).toBe(0);
    const entry = /running from the bundle (\S+)/.exec(bundled.stderr)?.[1];
    expect(entry, bundled.stderr).toMatch(/node_modules\/\.cache\/lantern\/cli-[0-9a-f]{16}\/main\.js$/);
    expect(fs.existsSync(entry!)).toBe(true);
    expect(viaTsx.stderr).toContain('running through tsx');
    const triage = JSON.parse(bundled.stdout) as { language: { findings: unknown[] }; indicators: unknown[]; screening: { level: string } };
    expect(triage.language.findings.length).toBeGreaterThan(0);
    expect(triage.indicators.length).toBeGreaterThan(1);
    expect(bundled.stdout).toBe(viaTsx.stdout);
  });

  it('refuses bad input the same way both ways (exit 2, the same message)', { timeout: 120_000 }, async () => {
    const bundled = await runLantern(['triage', '--age', 'fourteen', '--gender', 'female', '-', '--json'], NOTE);
    const viaTsx = await runLantern(['triage', '--age', 'fourteen', '--gender', 'female', '-', '--json'], NOTE, { LANTERN_CLI_TSX: '1' });
    expect(bundled.code).toBe(2);
    expect(viaTsx.code).toBe(2);
    expect(bundled.stderr).toBe(viaTsx.stderr);
    expect(bundled.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
