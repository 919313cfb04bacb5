// Bundles the browser modules in src/client (progressive enhancement) into src/web/public/build/.
// Run by `npm run build`, and before `npm start` and `npm test`.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // An install without dev dependencies: pages work without the live checks, which the server repeats on save.
  console.warn('esbuild is not installed: the live note checks, the link chart and the ward map are off (run npm install to include dev dependencies).');
  process.exit(process.env.LANTERN_REQUIRE_CLIENT ? 1 : 0);
}
await build({
  // One bundle per page that needs it: link-chart.js carries Cytoscape (about 144 KB gzipped), so only the network
  // page loads it; ward-map.js carries Leaflet (about 50 KB gzipped), so only the map page loads it.
  entryPoints: [
    path.join(root, 'src/client/note-check.ts'),
    // The indicator classifier's model (about 2 MB) and its caller run in a worker the note editor starts.
    path.join(root, 'src/client/possible-signs-worker.ts'),
    path.join(root, 'src/client/link-chart.ts'),
    path.join(root, 'src/client/ward-map.ts'),
    path.join(root, 'src/client/place-picker.ts'),
    path.join(root, 'src/client/review-progress.ts'),
  ],
  outdir: path.join(root, 'src/web/public/build'),
  // Leaflet's ES module build (its package.json points bundlers at the UMD one), so that unused parts are left out.
  alias: { leaflet: 'leaflet/dist/leaflet-src.esm.js' },
  bundle: true,
  format: 'esm',
  // Code shared by entry points (Leaflet, the text analysis) goes into chunks of its own.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});
// The ward map (issue 6): Leaflet's stylesheet beside the bundle (ward-map.js links it if the page does not), and the
// images it names (the map uses none of them: circle markers, no layer control), so that no reference is broken.
const leaflet = path.join(root, 'node_modules/leaflet/dist');
const out = path.join(root, 'src/web/public/build');
await fs.copyFile(path.join(leaflet, 'leaflet.css'), path.join(out, 'leaflet.css'));
await fs.cp(path.join(leaflet, 'images'), path.join(out, 'images'), { recursive: true });
// Compressed copies beside each script and stylesheet, which the server sends to a browser that takes them (app.ts
// `preCompressed`): the note editor's bundle carries the lexicon and the language model (1.7 MB, about 0.45 MB as br).
for (const name of await fs.readdir(out, { recursive: true })) {
  if (!/\.(js|css)$/.test(name)) continue;
  const file = path.join(out, name);
  const body = await fs.readFile(file);
  await fs.writeFile(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
  await fs.writeFile(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
}
console.log('Built browser modules into src/web/public/build/');
