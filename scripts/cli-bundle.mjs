// The bundle bin/lantern.js runs: src/cli/main.ts and everything it imports from src/, built by esbuild into
// node_modules/.cache/lantern/cli-<fingerprint>/, where the fingerprint covers the path, size and time of every script
// under src/ but the browser's build (templates and styles are read at run time, not bundled). Packages stay external
// (node_modules as usual). Each command's modules stay in their own chunks (splitting), so `lantern screen` still loads
// no web server or database driver.
// `import.meta.url` is replaced by each source file's own URL, so paths built from it (migrations, templates, the
// boundary files, the review workers' entry) point where they do when the sources run through tsx.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const CACHE = path.join(ROOT, 'node_modules/.cache/lantern');
const ENTRY = 'src/cli/main.ts';
// scripts/build-client.mjs writes the browser's bundles here; the command never loads them.
const BROWSER_BUILD = path.join(SRC, 'web/public/build');
// Bundles not used for a day are removed when a new one is built (a running server may still load chunks of its own).
const STALE_MS = 24 * 60 * 60 * 1000;

function fingerprint() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== BROWSER_BUILD) walk(p);
      } else if (e.isFile() && /\.(ts|js|mjs|json)$/.test(e.name)) {
        const s = fs.statSync(p);
        hash.update(`${path.relative(SRC, p)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(SRC);
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

const metaUrl = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

async function build(outdir) {
  const esbuild = await import('esbuild');
  const tmp = `${outdir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    outdir: tmp,
    logLevel: 'silent',
    plugins: [metaUrl],
  });
  try {
    fs.renameSync(tmp, outdir);
  } catch (e) {
    // Another process built the same bundle first: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(outdir, 'main.js'))) throw e;
  }
  for (const name of fs.readdirSync(CACHE)) {
    const p = path.join(CACHE, name);
    if (!name.startsWith('cli-') || p === outdir) continue;
    // Best effort: another process may rename or remove its folder between the listing and here.
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

/** The bundle's entry file for the sources as they are now, built first if there is none. */
export async function currentBundle() {
  const outdir = path.join(CACHE, `cli-${fingerprint()}`);
  const main = path.join(outdir, 'main.js');
  if (!fs.existsSync(main)) {
    fs.mkdirSync(CACHE, { recursive: true });
    await build(outdir);
  } else if (Date.now() - fs.statSync(outdir).mtimeMs > STALE_MS / 24) {
    const now = new Date();
    fs.utimesSync(outdir, now, now); // in use: not stale
  }
  return main;
}
