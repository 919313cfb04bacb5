// Exact feasibility for a two-way table of counts known only to lie in ranges (internal to the disclosure module).
//
// The question "is there a table of whole numbers, each within its range, whose rows, columns and grand total add up?" is a
// circulation with lower and upper bounds on a network: source -> row i (the row total), row i -> column j (the cell),
// column j -> sink (the column total), sink -> source (the grand total). Conservation at each node is exactly the additivity.
// Network flows with whole-number bounds have whole-number solutions, so the answer is exact for integers, and because the
// constraint matrix is totally unimodular, the values one count can take in such tables form an unbroken range.

export type Bounds = { lo: number; hi: number };

export type TableBounds = {
  cells: Bounds[][]; // rows x cols
  rowTotals: Bounds[];
  colTotals: Bounds[];
  grand: Bounds;
};

// Stands in for "no upper bound": far above any count, and small enough that sums stay exact.
const UNBOUNDED = 2 ** 50;

class Network {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly head: number[];
  private readonly next: number[] = [];
  private level: number[] = [];
  private cursor: number[] = [];

  constructor(private readonly size: number) {
    this.head = new Array<number>(size).fill(-1);
  }

  add(from: number, to: number, capacity: number): void {
    for (const [a, b, c] of [
      [from, to, capacity],
      [to, from, 0],
    ] as const) {
      this.to.push(b);
      this.cap.push(c);
      this.next.push(this.head[a]!);
      this.head[a] = this.to.length - 1;
    }
  }

  // Dinic's algorithm.
  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.levels(source, sink)) {
      this.cursor = [...this.head];
      for (let f = this.push(source, sink, Infinity); f > 0; f = this.push(source, sink, Infinity)) total += f;
    }
    return total;
  }

  private levels(source: number, sink: number): boolean {
    this.level = new Array<number>(this.size).fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.cap[e]! > 0 && this.level[v] === -1) {
          this.level[v] = this.level[u]! + 1;
          queue.push(v);
        }
      }
    }
    return this.level[sink] !== -1;
  }

  private push(u: number, sink: number, limit: number): number {
    if (u === sink) return limit;
    for (; this.cursor[u] !== -1; this.cursor[u] = this.next[this.cursor[u]!]!) {
      const e = this.cursor[u]!;
      const v = this.to[e]!;
      if (this.cap[e]! > 0 && this.level[v] === this.level[u]! + 1) {
        const f = this.push(v, sink, Math.min(limit, this.cap[e]!));
        if (f > 0) {
          this.cap[e]! -= f;
          this.cap[e ^ 1]! += f;
          return f;
        }
      }
    }
    return 0;
  }
}

export function tableFeasible(b: TableBounds): boolean {
  const rows = b.rowTotals.length;
  const cols = b.colTotals.length;
  const source = 0;
  const row = (i: number) => 1 + i;
  const col = (j: number) => 1 + rows + j;
  const sink = 1 + rows + cols;
  const superSource = sink + 1;
  const superSink = sink + 2;
  const edges: [number, number, Bounds][] = [
    ...b.rowTotals.map((bounds, i): [number, number, Bounds] => [source, row(i), bounds]),
    ...b.cells.flatMap((line, i) => line.map((bounds, j): [number, number, Bounds] => [row(i), col(j), bounds])),
    ...b.colTotals.map((bounds, j): [number, number, Bounds] => [col(j), sink, bounds]),
    [sink, source, b.grand],
  ];
  if (edges.some(([, , { lo, hi }]) => lo > Math.min(hi, UNBOUNDED))) return false;
  const net = new Network(sink + 3);
  const excess = new Array<number>(sink + 1).fill(0);
  for (const [from, to, { lo, hi }] of edges) {
    net.add(from, to, Math.min(hi, UNBOUNDED) - lo);
    excess[to]! += lo;
    excess[from]! -= lo;
  }
  let needed = 0;
  excess.forEach((x, node) => {
    if (x > 0) {
      net.add(superSource, node, x);
      needed += x;
    } else if (x < 0) net.add(node, superSink, -x);
  });
  return net.maxFlow(superSource, superSink) === needed;
}
