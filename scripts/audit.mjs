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
  const severe = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => SEVERE.includes(v?.severity))
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  return { answered: true, counts, severe };
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
    process.stdout.write(`npm audit: no high or critical advisory applies to the production dependencies (${lower} lower findings).\n`);
  }
}
