import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileAutomatonStore } from './automaton-cache.ts';

// The file store behind `useAutomatonCache`: what it saves it loads back whole, a changed builder reads nothing an
// older one wrote, and a folder it cannot use only means no cache.

let dir: string;
let source: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-automata-'));
  source = path.join(dir, 'builder.ts');
  fs.writeFileSync(source, 'builder, version 1');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const data = (n: number, seed: number) => Int32Array.from({ length: n }, (_, i) => Math.imul(i + seed, 0x9e3779b1));

describe('the file store of built automata', () => {
  it('loads back exactly what it saved, under its key only, and leaves no temporary file', () => {
    const store = fileAutomatonStore(path.join(dir, 'cache'), source);
    expect(store.load('k1')).toBeNull();
    store.save('k1', data(1000, 1));
    expect(store.load('k1')).toEqual(data(1000, 1));
    expect(store.load('k2')).toBeNull();
    expect(fs.readdirSync(path.join(dir, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not read what an older builder saved', () => {
    fileAutomatonStore(path.join(dir, 'cache'), source).save('k1', data(10, 1));
    fs.writeFileSync(source, 'builder, version 2');
    expect(fileAutomatonStore(path.join(dir, 'cache'), source).load('k1')).toBeNull();
  });

  it('gives nothing for a file that is not whole ints', () => {
    const store = fileAutomatonStore(path.join(dir, 'cache'), source);
    store.save('k1', data(10, 1));
    const [file] = fs.readdirSync(path.join(dir, 'cache'));
    fs.appendFileSync(path.join(dir, 'cache', file!), Buffer.from([1]));
    expect(store.load('k1')).toBeNull();
  });

  it('keeps only the newest files', () => {
    const store = fileAutomatonStore(path.join(dir, 'cache'), source, 3);
    for (let k = 0; k < 5; k++) {
      store.save(`k${k}`, data(10, k));
      // Distinct modification times, oldest first.
      const file = fs.readdirSync(path.join(dir, 'cache')).find((f) => f.startsWith(`k${k}-`))!;
      fs.utimesSync(path.join(dir, 'cache', file), 1000 + k, 1000 + k);
    }
    expect(['k0', 'k1', 'k2', 'k3', 'k4'].map((k) => store.load(k) !== null)).toEqual([false, false, true, true, true]);
  });

  it('neither throws nor keeps anything where the folder cannot be made', () => {
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    const store = fileAutomatonStore(path.join(blocked, 'cache'), source);
    expect(() => {
      store.save('k1', data(10, 1));
    }).not.toThrow();
    expect(store.load('k1')).toBeNull();
  });
});
