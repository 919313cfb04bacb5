import nunjucks from 'nunjucks';

// Loading nunjucks turns String.prototype into a slow, dictionary-mode object for the whole process: its SafeString
// does `Object.create(String.prototype, …)`, and V8 then stops inlining charCodeAt, slice, toLowerCase and the rest in
// optimised code: a bare charCodeAt loop ran at about 90 instead of 450-750 MB/s (bench/notes.ts). V8 makes a
// prototype fast again once property loads go through it from an object whose chain holds it; the first page that
// renders a SafeString does that, but a process that answers only the JSON API, or the benchmark, never renders one. So a
// thousand loads through a String object here restore it at start. Checked by nunjucks.test.ts in a real process.
// Import nunjucks from here, not directly.
const probe = new String('');
let loads = 0;
for (let i = 0; i < 1_000; i++) if (typeof probe.charCodeAt === 'function') loads++;
if (loads !== 1_000) throw new Error('String.prototype.charCodeAt is missing');

export default nunjucks;
export type { Environment } from 'nunjucks';
