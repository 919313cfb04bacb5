import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, no type declarations
import { readAudit } from '../../scripts/audit.mjs';

type Read = { answered: boolean; why?: string; severe?: string[]; counts?: Record<string, number> };
const read = readAudit as (stdout: string) => Read;

// scripts/audit.mjs reads `npm audit --json`: findings fail the build, a service that cannot answer only warns.
describe('scripts/audit.mjs readAudit', () => {
  const report = (vulns: Record<string, string>) =>
    JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: Object.fromEntries(Object.entries(vulns).map(([name, severity]) => [name, { name, severity, via: [], range: '*' }])),
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 1, high: 1, critical: 1, total: 4 } },
    });

  it('lists the high and critical advisories by package, and only those', () => {
    const r = read(report({ zod: 'high', leaflet: 'moderate', qs: 'critical', ms: 'low' }));
    expect(r).toMatchObject({ answered: true, severe: ['qs (critical)', 'zod (high)'] });
  });

  it('passes a report with lower findings only', () => {
    expect(read(report({ leaflet: 'moderate' }))).toMatchObject({ answered: true, severe: [] });
  });

  it('tells a service that gave no answer from a clean report', () => {
    expect(read(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405, error: { summary: '' } }))).toEqual({
      answered: false,
      why: 'the advisory service gave no answer (HTTP 405)',
    });
    expect(read('npm error network')).toEqual({ answered: false, why: 'npm audit printed no JSON' });
  });
});
