import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The files that take longest, started first. Vitest starts the slowest files first only when its cache holds their
// durations; a fresh clone (CI) has no cache, so it starts the largest files first, and small but slow ones (the web
// server processes, the crash test) began last and ran alone at the end of the integration run (2026-12-02: seconds
// on a loaded two-core machine, in order). Files not listed keep Vitest's own order after these.
const SLOW_FIRST = [
  'test/integration/authorisation-matrix.test.ts', // 143 s
  'test/integration/crash.test.ts', // 131 s
  'test/integration/cli.test.ts', // 124 s
  'test/integration/concurrent-editors.test.ts', // 111 s
  'test/integration/attacks.test.ts', // 99 s
  'test/integration/fuzz-forms.test.ts', // 63 s
  'test/integration/workers.test.ts', // 54 s
  'test/integration/cli-mase.test.ts', // 24 s
  'src/db/audit.int.test.ts', // 23 s
  'test/integration/stats.test.ts', // 21 s
  'test/e2e/notes.test.ts',
  'test/e2e/screening.test.ts',
  'test/e2e/record.test.ts',
  'test/e2e/mase.test.ts',
  'test/e2e/mfa.test.ts',
];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const rank = (f: TestSpecification) => {
      const at = SLOW_FIRST.indexOf(path.relative(root, f.moduleId).split(path.sep).join('/'));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    // Vitest's order within a project is kept for the unlisted files (the sort is stable); projects stay apart.
    const groupOf = (f: TestSpecification) => `${String(f.project.config.sequence.groupOrder).padStart(4, '0')} ${f.project.name}`;
    return (await super.sort(files)).sort((a, b) => groupOf(a).localeCompare(groupOf(b)) || rank(a) - rank(b));
  }
}
