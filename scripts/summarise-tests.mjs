#!/usr/bin/env node
// Sums Vitest JSON reports into the one line that CI reads: "N passed, N failed[, N skipped]".
// Usage: node scripts/summarise-tests.mjs <report.json | folder of reports> ...
// Exit status 1 when anything failed, when no test passed (a run with no tests must not pass unnoticed),
// or when a named report is missing or unreadable.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
if (args.length === 0) args.push('test-results');

const files = [];
let unreadable = 0;
for (const a of args) {
  if (fs.existsSync(a) && fs.statSync(a).isDirectory()) {
    for (const f of fs.readdirSync(a).sort()) if (f.endsWith('.json')) files.push(path.join(a, f));
  } else {
    files.push(a);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`summarise-tests: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    unreadable += 1;
    continue;
  }
  passed += report.numPassedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  let runFailures = report.numFailedTests ?? 0;
  // A file that failed without a failing test (import error, failing beforeAll/afterAll) counts as one failure.
  for (const r of report.testResults ?? []) {
    if (r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')) runFailures += 1;
  }
  // Vitest marks the run unsuccessful for errors outside any test (e.g. an unhandled rejection).
  if (report.success === false && runFailures === 0) runFailures = 1;
  failed += runFailures;
}
failed += unreadable;

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
