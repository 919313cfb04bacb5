import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The note checks build their phrase automata when imported (about half a second), so the services load them on first
// use (note-checks.ts). This reads the import graph that esbuild resolves: a static import that brings them back into
// a process's start (the lantern command's database commands, the web server) fails here.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEAVY = /^src\/core\/(language\/(check|classifier|analyse)|text\/(indicators|context)|review\/referrals)\.ts$/;

async function staticallyReached(entry: string): Promise<Set<string>> {
  const { metafile } = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const reached = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const i of metafile.inputs[file]?.imports ?? []) {
      if (i.kind === 'dynamic-import' || reached.has(i.path)) continue;
      reached.add(i.path);
      queue.push(i.path);
    }
  }
  return reached;
}

describe('starting a process does not load the note checks', () => {
  it.each([
    ['src/cli/runtime.ts', 'src/services/notes.ts'],
    ['src/web/app.ts', 'src/web/routes/notes.ts'],
  ])('%s reaches %s but not the checks', async (entry, user) => {
    const reached = await staticallyReached(entry);
    expect(reached.has(user)).toBe(true);
    expect([...reached].filter((f) => HEAVY.test(f))).toEqual([]);
  });

  it('the text commands do load them (the check sees them when they are there)', async () => {
    const reached = await staticallyReached('src/cli/text.ts');
    expect([...reached].filter((f) => HEAVY.test(f))).toContain('src/core/text/indicators.ts');
  });

  // Each checker compiles its own lexicons on import: `check-language` and `indicators` load only their own.
  it.each([
    ['src/cli/text-language.ts', 'src/core/language/check.ts', 'src/core/text/indicators.ts'],
    ['src/cli/text-indicators.ts', 'src/core/text/indicators.ts', 'src/core/language/check.ts'],
  ])('%s loads %s, not %s', async (entry, own, other) => {
    const reached = await staticallyReached(entry);
    expect(reached.has(own)).toBe(true);
    expect(reached.has(other)).toBe(false);
  });
});
