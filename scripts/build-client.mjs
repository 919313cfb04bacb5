// Bundles the browser modules in src/client (progressive enhancement) into src/web/public/build/.
// Run by `npm run build`, and before `npm start` and `npm test`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // An install without dev dependencies: pages work without the live checks, which the server repeats on save.
  console.warn('esbuild is not installed: the live note checks and the link chart are off (run npm install to include dev dependencies).');
  process.exit(process.env.LANTERN_REQUIRE_CLIENT ? 1 : 0);
}
await build({
  // One bundle per page that needs it: link-chart.js carries Cytoscape (about 144 KB gzipped), so only the network
  // page loads it.
  entryPoints: [path.join(root, 'src/client/note-check.ts'), path.join(root, 'src/client/link-chart.ts')],
  outdir: path.join(root, 'src/web/public/build'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});
console.log('Built browser modules into src/web/public/build/');
