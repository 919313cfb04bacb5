import fs from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { ValidationError } from '../core/errors.ts';
import { analyseNetwork, edgeListGraph, topNodes, type EdgeRow, type NetworkAnalysis } from '../core/network/index.ts';

// `lantern network EDGES.csv [--directed] [--weight COL] [--json]`: degree, betweenness and Louvain community of every
// node of an edge list, with the number of components and communities. No database. The analysis is core/network.

export type NetworkCliOptions = { directed?: boolean; weight?: string; json?: boolean; seed?: string; pivots?: string; top?: string };

// Column names taken as the two ends of an edge, in order of preference; otherwise the first two columns.
const SOURCE_NAMES = ['source', 'from', 'src', 'node1', 'ego'];
const TARGET_NAMES = ['target', 'to', 'dst', 'node2', 'alter'];

const CSV_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected character after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of fields for the header',
  CSV_MAX_RECORD_SIZE: 'a row is too large',
};

export type EdgeColumns = { source: number; target: number; weight: number | null; names: string[] };

export function edgeColumns(header: readonly string[], weight?: string): EdgeColumns {
  const names = header.map((h) => h.trim().toLowerCase());
  const find = (candidates: readonly string[]) => candidates.map((c) => names.indexOf(c)).find((i) => i >= 0);
  const named = [find(SOURCE_NAMES), find(TARGET_NAMES)];
  const [source, target] = named[0] !== undefined && named[1] !== undefined ? (named as [number, number]) : [0, 1];
  if (names.length < 2) throw new ValidationError({ file: 'line 1: the header row needs at least two columns (source and target)' });
  let w: number | null = null;
  if (weight !== undefined) {
    w = names.indexOf(weight.trim().toLowerCase());
    if (w < 0) throw new ValidationError({ weight: `There is no column called "${weight}" in the header row (columns: ${header.join(', ')})` });
  }
  return { source, target, weight: w, names };
}

/** Reads an edge list CSV (a header row, then one edge a row). Every bad row is an error with its line number. */
export async function readEdgeCsv(file: string, opts: { weight?: string } = {}): Promise<{ rows: EdgeRow[]; columns: EdgeColumns }> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new ValidationError({ file: 'The file does not exist or cannot be read' });
  }
  if (!stat.isFile()) throw new ValidationError({ file: 'The edge list is not a regular file' });
  const parser = parse({ trim: true, bom: true, skip_empty_lines: true, info: true, max_record_size: 1024 * 1024 });
  fs.createReadStream(file)
    .on('error', (e) => parser.destroy(e))
    .pipe(parser);
  const rows: EdgeRow[] = [];
  let columns: EdgeColumns | undefined;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      if (!columns) {
        columns = edgeColumns(record, opts.weight);
        continue;
      }
      const source = record[columns.source] ?? '';
      const target = record[columns.target] ?? '';
      if (source === '' || target === '') throw new ValidationError({ file: `line ${info.lines}: an edge needs both a source and a target` });
      let weight: number | undefined;
      if (columns.weight !== null) {
        const raw = record[columns.weight] ?? '';
        weight = Number(raw);
        if (raw === '' || !Number.isFinite(weight) || weight < 0)
          throw new ValidationError({ file: `line ${info.lines}: the weight must be a number of 0 or more` });
      }
      rows.push(weight === undefined ? { source, target } : { source, target, weight });
    }
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    const ce = e as { code?: unknown; lines?: unknown };
    if (typeof ce.code === 'string' && (ce.code.startsWith('CSV') || ce.code.startsWith('INVALID')))
      throw new ValidationError({
        file: `${typeof ce.lines === 'number' ? `line ${ce.lines}: ` : ''}malformed CSV: ${CSV_REASONS[(e as CsvError).code] ?? 'cannot be parsed'}`,
      });
    throw new ValidationError({ file: 'The file could not be read' });
  }
  if (!columns) throw new ValidationError({ file: 'The file is empty: expected a header row such as source,target' });
  if (!rows.length) throw new ValidationError({ file: 'The file has a header row but no edges' });
  return { rows, columns };
}

const wholeNumber = (field: string, raw: string | undefined, min: number, max: number): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) throw new ValidationError({ [field]: `Give a whole number from ${min} to ${max}` });
  return n;
};

export type NetworkJson = { nodes: { id: string; degree: number; betweenness: number; community: number }[]; components: number; communities: number };

/** The JSON contract: nodes by degree, then betweenness, then id. */
export function networkJson(a: NetworkAnalysis): NetworkJson {
  const nodes = [...a.nodes]
    .sort((x, y) => y.degree - x.degree || y.betweenness - x.betweenness || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((n) => ({ id: n.id, degree: n.degree, betweenness: n.betweenness, community: n.community }));
  return { nodes, components: a.components, communities: a.communities };
}

const fmt = (x: number, digits: number) => x.toFixed(digits);

export function formatNetwork(a: NetworkAnalysis, top: number): string {
  const bc = a.betweenness;
  const lines = [
    `${a.nodes.length.toLocaleString('en-GB')} nodes, ${a.edges.toLocaleString('en-GB')} ${a.directed ? 'directed ' : ''}edges; ` +
      `${a.components} component${a.components === 1 ? '' : 's'} (largest ${a.largestComponent}); ` +
      `${a.communities} Louvain communit${a.communities === 1 ? 'y' : 'ies'} (modularity ${fmt(a.modularity, 3)}, seed ${a.louvainSeed}).`,
    bc.method === 'exact'
      ? 'Betweenness: exact, normalised 0-1.'
      : `Betweenness: sampled from ${bc.pivots} pivots (seed ${bc.seed ?? ''}), normalised 0-1; largest standard error ${fmt(bc.maxStandardError, 4)}, ` +
        `every value within ±${fmt(bc.errorBound, 3)} with ${Math.round(bc.confidence * 100)}% confidence.`,
    '',
  ];
  const byDegree = topNodes(a.nodes, 'degree', top);
  const byBetweenness = topNodes(a.nodes, 'betweenness', top);
  const idWidth = Math.max(4, ...[...byDegree, ...byBetweenness].map((n) => n.id.length));
  const row = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(idWidth) : c.padStart(i === 0 ? 4 : 11))).join('  ');
  for (const [title, list] of [
    ['Top by degree', byDegree],
    ['Top by betweenness', byBetweenness],
  ] as const) {
    lines.push(`${title}:`, row(['rank', 'node', 'degree', 'betweenness', 'eigenvector', 'community']));
    list.forEach((n, i) => lines.push(row([String(i + 1), n.id, String(n.degree), fmt(n.betweenness, 4), fmt(n.eigenvector, 4), String(n.community)])));
    lines.push('');
  }
  return lines.join('\n');
}

export async function network(file: string | undefined, o: NetworkCliOptions, out: NodeJS.WritableStream = process.stdout): Promise<NetworkAnalysis> {
  if (!file) throw new ValidationError({ file: 'Give the edge list to analyse: lantern network EDGES.csv' });
  const seed = wholeNumber('seed', o.seed, 0, 0xffffffff);
  const pivots = wholeNumber('pivots', o.pivots, 2, 1_000_000);
  const top = wholeNumber('top', o.top, 1, 10_000) ?? 10;
  const { rows, columns } = await readEdgeCsv(file, { weight: o.weight });
  const graph = edgeListGraph(rows, { directed: o.directed === true });
  const analysis = analyseNetwork(graph, {
    louvainSeed: seed,
    betweenness: { seed, pivots },
    weight: columns.weight === null ? null : 'weight',
  });
  out.write(o.json ? `${JSON.stringify(networkJson(analysis))}\n` : formatNetwork(analysis, top));
  const bc = analysis.betweenness;
  if (o.json && bc.method === 'sampled')
    process.stderr.write(
      `lantern: betweenness sampled from ${bc.pivots} of ${analysis.nodes.length} nodes (seed ${bc.seed ?? ''}); largest standard error ${fmt(bc.maxStandardError, 4)}\n`,
    );
  return analysis;
}
