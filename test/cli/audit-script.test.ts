import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, no type declarations
import { readAudit } from '../../scripts/audit.mjs';

type Read = { answered: boolean; why?: string; severe?: string[]; reviewed?: string[]; counts?: Record<string, number> };
const read = readAudit as (stdout: string) => Read;

// scripts/audit.mjs reads `npm audit --json`: findings fail the build, a service that cannot answer only warns.
describe('scripts/audit.mjs readAudit', () => {
  // npm audit's JSON (report version 2): a package's own advisories are objects in `via`; a string there names the
  // vulnerable package it depends on.
  const advisory = (severity: string, id: string) => ({ source: 1, title: 'an advisory', url: `https://github.com/advisories/${id}`, severity, range: '*' });
  const report = (vulns: Record<string, string>) =>
    JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: Object.fromEntries(
        Object.entries(vulns).map(([name, severity], i) => [
          name,
          { name, severity, via: [advisory(severity, `GHSA-aaaa-bbbb-cc${String(i).padStart(2, '0')}`)], range: '*' },
        ]),
      ),
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 1, high: 1, critical: 1, total: 4 } },
    });

  it('lists the high and critical advisories by package, and only those', () => {
    const r = read(report({ zod: 'high', leaflet: 'moderate', qs: 'critical', ms: 'low' }));
    expect(r).toMatchObject({ answered: true, severe: ['qs (critical, GHSA-aaaa-bbbb-cc02)', 'zod (high, GHSA-aaaa-bbbb-cc00)'] });
  });

  it('passes a report with lower findings only', () => {
    expect(read(report({ leaflet: 'moderate' }))).toMatchObject({ answered: true, severe: [] });
  });

  it('counts a package only for its own advisories, and reports the ones reviewed by hand without failing', () => {
    const r = read(
      JSON.stringify({
        vulnerabilities: {
          zod: { severity: 'high', via: [advisory('high', 'GHSA-mrhx-c7xc-m3w5')] },
          fastify: { severity: 'high', via: ['zod'] },
        },
        metadata: { vulnerabilities: { high: 2, total: 2 } },
      }),
    );
    expect(r).toMatchObject({ answered: true, severe: [], reviewed: ['zod (high, GHSA-mrhx-c7xc-m3w5)'] });
  });

  it('tells a service that gave no answer from a clean report', () => {
    expect(read(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405, error: { summary: '' } }))).toEqual({
      answered: false,
      why: 'the advisory service gave no answer (HTTP 405)',
    });
    expect(read('npm error network')).toEqual({ answered: false, why: 'npm audit printed no JSON' });
  });
});
