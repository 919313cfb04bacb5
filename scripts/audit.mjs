// Production dependencies against the registry's published advisories (issue 8: "npm audit has no high or critical
// findings in production dependencies"; OWASP ASVS 1.14.3 and 14.2.1: the build warns about insecure components).
//   node scripts/audit.mjs   (npm run audit:prod; .ci/run runs it after npm ci)
// Exit 1 when a high or critical advisory applies to a production package. When the advisory service cannot answer
// (some registries refuse the bulk endpoint), it says so loudly and exits 0: docs/dependency-advisories.md holds the
// check made by hand in the meantime.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEVERE = ['high', 'critical'];
// Advisories read by hand and found not to reach Lantern, each with its reason in docs/dependency-advisories.md. An
// advisory leaves this list when the fixed release is installed; a new one is never added without that page's review.
export const REVIEWED = new Map([
  ['GHSA-mrhx-c7xc-m3w5', 'zod: every list a request can carry has a length limit (src/services/inputs/lists.test.ts)'],
  ['GHSA-rgw5-rvv9-x895', "brace-expansion: reached only through @fastify/static's globs, built from Lantern's own configuration"],
]);

const advisoryId = (url) => /GHSA-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}/i.exec(String(url ?? ''))?.[0] ?? null;

/** What one `npm audit --json` output means: findings by severity, or why there is no answer. */
export function readAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { answered: false, why: 'npm audit printed no JSON' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const status = report?.statusCode ? ` (HTTP ${report.statusCode})` : '';
    return { answered: false, why: `the advisory service gave no answer${status}` };
  }
  // A package's own advisories are the objects in its `via` (strings there name the vulnerable package it depends on,
  // which is listed under its own name). Reviewed advisories are reported, not failed.
  const severe = [];
  const reviewed = [];
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of Array.isArray(v?.via) ? v.via : []) {
      if (typeof via !== 'object' || !SEVERE.includes(via?.severity)) continue;
      const id = advisoryId(via.url);
      (id && REVIEWED.has(id) ? reviewed : severe).push(`${name} (${via.severity}${id ? `, ${id}` : ''})`);
    }
  }
  return { answered: true, counts, severe: [...new Set(severe)].sort(), reviewed: [...new Set(reviewed)].sort() };
}

function runAudit() {
  return new Promise((resolve) => {
    // npm audit exits non-zero both for findings and for a failed request: the JSON says which.
    execFile('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (_err, stdout) => resolve(stdout));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = readAudit(await runAudit());
  if (!r.answered) {
    process.stdout.write(
      `WARNING: npm audit could not check the production dependencies: ${r.why}. ` +
        'See docs/dependency-advisories.md for the last check made by hand, and run `npm run audit:prod` where the service answers.\n',
    );
  } else if (r.severe.length > 0) {
    process.stdout.write(`npm audit: high or critical advisories apply to production dependencies: ${r.severe.join(', ')}\n`);
    process.exitCode = 1;
  } else {
    const lower = ['info', 'low', 'moderate'].reduce((n, k) => n + Number(r.counts[k] ?? 0), 0);
    const seen = r.reviewed.length ? `; reviewed by hand and not reachable: ${r.reviewed.join(', ')}` : '';
    process.stdout.write(`npm audit: no high or critical advisory applies to the production dependencies (${lower} lower findings${seen}).\n`);
  }
}
