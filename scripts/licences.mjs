// The licences of Lantern's production dependencies (issue 8), as the README lists them.
//   node scripts/licences.mjs          rewrite the README's list from node_modules
//   node scripts/licences.mjs --check  fail if the list is out of date, or a licence is not on the allowed list
// Read by license-checker-rseidelsohn from the installed packages (production dependencies only).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { init } from 'license-checker-rseidelsohn';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(ROOT, 'README.md');
const START = '<!-- licences:start (node scripts/licences.mjs) -->';
const END = '<!-- licences:end -->';
// Permissive licences only: anything else must be looked at by a person before it ships.
const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'BlueOak-1.0.0', 'Unlicense', '0BSD', 'CC0-1.0', 'Python-2.0']);

const packages = await new Promise((resolve, reject) =>
  init({ start: ROOT, production: true, excludePrivatePackages: true }, (err, found) => (err ? reject(err) : resolve(found))),
);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const direct = new Set(Object.keys(pkg.dependencies ?? {}));

const rows = Object.entries(packages)
  .map(([id, info]) => {
    const at = id.lastIndexOf('@');
    const licences = Array.isArray(info.licenses) ? info.licenses.join(' OR ') : String(info.licenses ?? 'UNKNOWN');
    return { name: id.slice(0, at), version: id.slice(at + 1), licences };
  })
  .filter((r) => r.name !== pkg.name)
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

// "(MIT OR Apache-2.0)" is allowed when any one alternative is.
const allowed = (l) =>
  l
    .replace(/[()]/g, '')
    .split(/\s+OR\s+/)
    .some((x) => ALLOWED.has(x.trim().replace(/\*$/, '')));
const refused = rows.filter((r) => !allowed(r.licences));

const counts = new Map();
for (const r of rows) counts.set(r.licences, (counts.get(r.licences) ?? 0) + 1);
const table = (list) =>
  ['| Package | Version | Licence |', '| --- | --- | --- |', ...list.map((r) => `| ${r.name} | ${r.version} | ${r.licences} |`)].join('\n');

const section = [
  START,
  `${rows.length} production packages (${direct.size} direct, the rest installed by them): ${[...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}.`,
  '',
  '**Direct dependencies**',
  '',
  table(rows.filter((r) => direct.has(r.name))),
  '',
  '<details><summary>Every production package</summary>',
  '',
  table(rows),
  '',
  '</details>',
  END,
].join('\n');

const readme = fs.readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  console.error(`README.md has no licence section: add the lines\n${START}\n${END}`);
  process.exit(1);
}
const next = readme.slice(0, from) + section + readme.slice(to + END.length);

if (refused.length) {
  console.error(`Licences not on the allowed list (scripts/licences.mjs): ${refused.map((r) => `${r.name}@${r.version} (${r.licences})`).join(', ')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('The licence list in README.md is out of date: run node scripts/licences.mjs');
    process.exit(1);
  }
  console.log(`Licences: ${rows.length} production packages, all on the allowed list; README list up to date.`);
} else {
  fs.writeFileSync(README, next);
  console.log(`README.md: licence list of ${rows.length} production packages written.`);
}
