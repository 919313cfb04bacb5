import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { type AutomatonStore, setAutomatonStore } from '../core/text/matcher.ts';

// Built phrase automata kept on disk between processes (core/text/matcher.ts AutomatonStore): a CLI call, a server and
// each review worker thread would otherwise build the analysis's automaton again, about a second each. Best effort: a
// folder that cannot be made or written only means building again. The folder is node_modules/.cache/lantern, which
// is as trusted as the code beside it; a file name carries the matcher's own key and a hash of the builder's source, so
// a changed builder never reads an automaton an older one packed.

const MATCHER_SOURCE = fileURLToPath(new URL('../core/text/matcher.ts', import.meta.url));
export const DEFAULT_AUTOMATON_DIR = fileURLToPath(new URL('../../node_modules/.cache/lantern/automata', import.meta.url));

// Each change to a pattern gives a new key and a new file (the combined automaton is about 8 MB): after a save, only
// the newest files are kept.
export const KEEP_AUTOMATA = 12;

function prune(dir: string, keep: number): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bin'))
    .map((f) => ({ file: path.join(dir, f), mtime: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of files.slice(keep)) fs.rmSync(file, { force: true });
}

/** A store of built automata in `dir`, made on first save, keeping the newest `keep` files. */
export function fileAutomatonStore(dir: string, builderSource: string = MATCHER_SOURCE, keep: number = KEEP_AUTOMATA): AutomatonStore {
  let version: string | null = null;
  const fileOf = (key: string) => {
    version ??= createHash('sha256').update(fs.readFileSync(builderSource)).digest('hex').slice(0, 16);
    return path.join(dir, `${key}-${version}.bin`);
  };
  return {
    load(key) {
      try {
        const b = fs.readFileSync(fileOf(key));
        if (b.byteLength % 4 !== 0) return null;
        // A copy: the file's bytes need not sit at an offset an Int32Array can view.
        const a = new Int32Array(b.byteLength / 4);
        new Uint8Array(a.buffer).set(b);
        return a;
      } catch {
        return null;
      }
    },
    save(key, data) {
      let tmp: string | null = null;
      try {
        const file = fileOf(key);
        fs.mkdirSync(dir, { recursive: true });
        // Written beside and renamed: a process reading at the same time sees the old file or the whole new one.
        tmp = `${file}.${process.pid}-${threadId}.tmp`;
        fs.writeFileSync(tmp, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        fs.renameSync(tmp, file);
        prune(dir, keep);
      } catch {
        // Not kept: the next process builds it again.
        if (tmp) fs.rmSync(tmp, { force: true });
      }
    },
  };
}

/** Keeps built automata in `dir` (default node_modules/.cache/lantern/automata) for this process or thread. */
export function useAutomatonCache(dir: string = DEFAULT_AUTOMATON_DIR): void {
  setAutomatonStore(fileAutomatonStore(dir));
}
