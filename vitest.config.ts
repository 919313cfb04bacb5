import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/setup/sequencer.ts';

// Three projects, run separately by scripts/test.sh (`vitest run --project <name>`):
//   unit         pure tests beside the code, no database
//   cli          the real `lantern` command on files (test/cli), no database
//   integration  *.int.test.ts against real PostgreSQL: one cluster per run (embedded 18, or TEST_DATABASE_URL
//                e.g. PostgreSQL 15), one database per test file cloned from a migrated template (test/setup/)
//   e2e          browser journeys in test/e2e, same database setup, two files at a time (one Chromium each)
// Reporters and outputFile are run-wide options (Vitest does not allow them per project): scripts/test.sh passes
// `--outputFile.json=test-results/<run>.json` so that each run keeps its own report for the summary line.
const GLOBAL_DB = './test/setup/global-db.ts';
// Vitest's default is one worker fewer than the cores: a single worker on CI's two cores, with the CPU half idle while a
// file waits on PostgreSQL or Chromium. Two workers took the integration run from 321 s to 257 s and the journeys from
// 417 s to 362 s on this two-core machine (2026-11-29); every file has its own database, so files do not share state.
// Projects with different worker counts need their own groupOrder to run in one Vitest process (the benchmark runs the
// unit and integration fuzz files together): unit, cli, integration, e2e, in that order.
const WORKERS = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  test: {
    pool: 'forks',
    // A fresh clone has no record of how long each file took: start the known slow ones first (test/setup/sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'test/fixtures/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'src/**/*.int.test.ts'],
          // Pure tests: one module graph per worker instead of one per file (import time was most of the run). One worker:
          // a second one imports the whole graph again and made the run slower.
          isolate: false,
        },
      },
      {
        // The lantern command on files, with no database: run once, not once per PostgreSQL version.
        extends: true,
        test: {
          name: 'cli',
          sequence: { groupOrder: 1 },
          include: ['test/cli/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 2 },
          include: ['src/**/*.int.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: [GLOBAL_DB],
          // Each file has its own database; sharing the module graph per worker saves re-importing the app each file.
          isolate: false,
          maxWorkers: WORKERS,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // No journeys yet: scripts/test.sh runs this project with --passWithNoTests
        // (passWithNoTests is a run-wide option and cannot be set for one project here).
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 3 },
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [GLOBAL_DB],
          maxWorkers: 2,
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
