import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// nunjucks makes String.prototype slow for the whole process; ./nunjucks.ts makes it fast again (see there). V8's own
// answer needs --allow-natives-syntax, so it is asked in a child process.
const probe = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/nunjucks-probe.ts');
const run = (...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', probe, ...args], { encoding: 'utf8' })) as {
    loaded: boolean;
    rendered: boolean;
    html: string;
  };

describe('nunjucks and String.prototype', () => {
  it('loaded directly, leaves String.prototype in slow dictionary mode until a template uses a SafeString (the problem)', () => {
    const r = run('direct');
    expect(r.loaded).toBe(false);
    expect(r.rendered).toBe(true);
  });
  it('loaded through web/nunjucks.ts, String.prototype is fast from the start, and rendering still works', () => {
    const r = run();
    expect(r).toEqual({ loaded: true, rendered: true, html: '<b>safe</b> <i>x</i>' });
  });
}, 60_000);
