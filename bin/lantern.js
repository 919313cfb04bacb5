#!/usr/bin/env node
// The `lantern` command. It runs src/cli/main.ts from a bundle of src/ that esbuild builds into node_modules/.cache
// (scripts/cli-bundle.mjs): loading some hundred TypeScript modules through tsx's loader took about 40% of each run
// (1.9 s against 1.1 s for `check-language` on a two-core machine, 2026-12-01). The bundle is rebuilt whenever a file
// under src/ changes; if it cannot be built (no esbuild, as in a production install without dev dependencies), the
// command runs through tsx as before, so `npx lantern` works straight after `npm install` either way.
import { pathToFileURL } from 'node:url';

let entry = null;
try {
  // LANTERN_CLI_TSX=1 runs the sources through tsx (to debug with source positions, and for the test of both ways).
  if (process.env.LANTERN_CLI_TSX !== '1') entry = await (await import('../scripts/cli-bundle.mjs')).currentBundle();
} catch (e) {
  if (process.env.LANTERN_DEBUG_BUNDLE) console.error(`lantern: no bundle (${e instanceof Error ? e.message : String(e)})`);
}
if (process.env.LANTERN_DEBUG_BUNDLE) console.error(entry ? `lantern: running from the bundle ${entry}` : 'lantern: running through tsx');
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
