import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { network, type NetworkCliOptions } from '../../src/cli/network.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { type CliRun, runLantern } from '../fixtures/cli.ts';

// `lantern network EDGES.csv`: the real command on small synthetic edge lists (and CAVIAR when ../shared/data is there).

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CAVIAR = path.resolve(ROOT, '../shared/data/networks/caviar_aggregate_ucinet_edges.csv');
if (!fs.existsSync(CAVIAR)) console.warn(`cli-network.test.ts: the CAVIAR test is skipped: ${CAVIAR} is absent`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-network-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function csv(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const lantern = (args: string[]): Promise<CliRun> => runLantern(['network', ...args]);

type NetworkJson = { nodes: { id: string; degree: number; betweenness: number; community: number }[]; components: number; communities: number };

async function json(args: string[]): Promise<NetworkJson> {
  const r = await lantern([...args, '--json']);
  if (r.code !== 0 || r.stderr !== '') throw new Error(`lantern network exited with ${String(r.code)}: ${r.stderr}`);
  return JSON.parse(r.stdout) as NetworkJson;
}

// Two triangles a-b-c and d-e-f joined by c-d, and a separate pair x-y; a header with a weight column.
const BRIDGE = 'source,target,weight\na,b,1\nb,c,1\na,c,1\nc,d,1\nd,e,1\ne,f,1\nd,f,1\nx,y,1\n';

// A Writable that keeps what is written, for the in-process runs.
function sink(): { out: NodeJS.WritableStream; text: () => string } {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { out, text: () => text };
}

async function inProcess(file: string | undefined, opts: NetworkCliOptions): Promise<NetworkJson> {
  const s = sink();
  await network(file, { ...opts, json: true }, s.out);
  return JSON.parse(s.text()) as NetworkJson;
}

// The real command, one process at a time (each starts tsx: several seconds on a busy 2-core machine).
describe('lantern network (the real command)', { timeout: 120_000 }, () => {
  it('prints exactly the JSON contract', async () => {
    const out = await json([csv('bridge.csv', BRIDGE)]);
    expect(Object.keys(out)).toEqual(['nodes', 'components', 'communities']);
    expect(out.components).toBe(2);
    expect(out.communities).toBe(3);
    expect(out.nodes).toHaveLength(8);
    for (const n of out.nodes) expect(Object.keys(n)).toEqual(['id', 'degree', 'betweenness', 'community']);
    const c = out.nodes.find((n) => n.id === 'c')!;
    expect(c.degree).toBe(3);
    expect(c.betweenness).toBeCloseTo(6 / 21, 12);
    expect(out.nodes[0]!.id).toBe('c');
    const community = (id: string) => out.nodes.find((n) => n.id === id)!.community;
    expect(community('a')).toBe(community('b'));
    expect(community('a')).not.toBe(community('e'));
    expect(community('x')).toBe(community('y'));
  });

  it('--directed: in + out degree and directed shortest paths', async () => {
    const out = await json([csv('cycle.csv', 'source,target\na,b\nb,c\nc,a\n'), '--directed']);
    for (const n of out.nodes) {
      expect(n.degree).toBe(2);
      expect(n.betweenness).toBeCloseTo(0.5, 12);
    }
  });

  it('prints a readable table without --json', async () => {
    const r = await lantern([csv('table.csv', BRIDGE)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('8 nodes, 8 edges; 2 components (largest 6); 3 Louvain communities');
    expect(r.stdout).toContain('Betweenness: exact');
    expect(r.stdout).toMatch(/Top by betweenness:\n.*\n\s+1\s+c\s+3\s+0\.2857/);
  });

  it.each([
    ['a missing file', ['/nonexistent/edges.csv'], 'lantern: file: The file does not exist or cannot be read'],
    ['an unknown weight column', ['@bridge.csv', '--weight', 'strength'], 'lantern: weight: There is no column called "strength"'],
  ])('refuses %s with one clear line on stderr and exit code 2', async (_name, args, message) => {
    const r = await lantern([...args.map((a) => (a.startsWith('@') ? csv(a.slice(1), BRIDGE) : a)), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.skipIf(!fs.existsSync(CAVIAR))('CAVIAR aggregate: n1 first on degree and betweenness, then n12', async () => {
    const out = await json([CAVIAR]);
    expect(out.nodes).toHaveLength(110);
    expect(out.components).toBe(1);
    expect(out.nodes.slice(0, 3).map((n) => n.id)).toEqual(['1', '12', '3']);
    const byBc = [...out.nodes].sort((a, b) => b.betweenness - a.betweenness).map((n) => n.id);
    expect(byBc.slice(0, 2)).toEqual(['1', '12']);
    expect(out.nodes[0]!.betweenness).toBeCloseTo(0.637459, 5);
  });
});

// The same code in this process: reading, column detection and every refusal.
describe('lantern network (in process)', () => {
  it('finds the ends by name (from/to) wherever they are, and merges repeated pairs', async () => {
    const out = await inProcess(csv('named.csv', 'when,to,from\n2024,b,a\n2025,a,b\n2025,c,b\n'), {});
    expect(out.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 1],
    ]);
  });

  it('takes the first two columns when none is named source/target or from/to', async () => {
    const out = await inProcess(csv('plain.csv', 'x,y,z\np,q,1\nq,r,1\n'), {});
    expect(out.nodes.map((n) => n.id)).toEqual(['q', 'p', 'r']);
  });

  it('--weight COL: weights change the communities, not the betweenness', async () => {
    // A ring of 6 where three heavy edges pull pairs together.
    const file = csv('ring.csv', 'source,target,w\na,b,100\nb,c,1\nc,d,100\nd,e,1\ne,f,100\nf,a,1\n');
    const weighted = await inProcess(file, { weight: 'w' });
    const plain = await inProcess(file, {});
    const community = (o: NetworkJson, id: string) => o.nodes.find((n) => n.id === id)!.community;
    expect(community(weighted, 'a')).toBe(community(weighted, 'b'));
    expect(community(weighted, 'c')).toBe(community(weighted, 'd'));
    expect(community(weighted, 'b')).not.toBe(community(weighted, 'c'));
    expect(weighted.nodes.map((n) => n.betweenness)).toEqual(plain.nodes.map((n) => n.betweenness));
  });

  it.each([
    ['no file given', undefined, {}, 'file', 'Give the edge list to analyse'],
    ['an empty file', '', {}, 'file', 'The file is empty'],
    ['a header and no edges', 'source,target\n', {}, 'file', 'no edges'],
    ['a header with one column', 'source\na\n', {}, 'file', 'at least two columns'],
    ['an edge without a target', 'source,target\na,b\nc,\n', {}, 'file', 'line 3: an edge needs both a source and a target'],
    ['an unclosed quote', 'source,target\n"a,b\n', {}, 'file', 'malformed CSV'],
    ['a row with too many fields', 'source,target\na,b,c\n', {}, 'file', 'line 2: malformed CSV'],
    ['a weight that is not a number', 'source,target,weight\na,b,heavy\n', { weight: 'weight' }, 'file', 'line 2: the weight must be a number'],
    ['a negative weight', 'source,target,weight\na,b,-1\n', { weight: 'weight' }, 'file', 'line 2: the weight must be a number of 0 or more'],
    ['a bad seed', BRIDGE, { seed: 'abc' }, 'seed', 'Give a whole number'],
    ['too few pivots', BRIDGE, { pivots: '1' }, 'pivots', 'Give a whole number from 2'],
  ] as [string, string | undefined, NetworkCliOptions, string, string][])('refuses %s', async (name, content, opts, field, message) => {
    const file = content === undefined ? undefined : csv(`${name.replace(/\W+/g, '-')}.csv`, content);
    const run = inProcess(file, opts);
    await expect(run).rejects.toThrow(ValidationError);
    await run.catch((e: unknown) => {
      expect((e as ValidationError).fields[field]).toContain(message);
    });
  });

  it('refuses a folder', async () => {
    await expect(inProcess(dir, {})).rejects.toThrow(ValidationError);
  });
});
