// Latency summaries and measurement loops for the benchmark. No dependencies beyond Node.
import { performance } from 'node:perf_hooks';

export type Summary = {
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  // Completed operations per second of wall time (successful ones only).
  opsPerSec: number;
  wallMs: number;
};

// Nearest-rank percentile of an ascending array.
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(latenciesMs: number[], wallMs: number, errors = 0): Summary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const sum = latenciesMs.reduce((a, b) => a + b, 0);
  return {
    n: latenciesMs.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: latenciesMs.length ? sum / latenciesMs.length : NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    opsPerSec: wallMs > 0 ? (latenciesMs.length / wallMs) * 1000 : NaN,
    wallMs,
  };
}

// One caller, one operation at a time: `warmup` unrecorded calls, then `iterations` recorded ones.
export async function sequential(fn: (i: number) => Promise<unknown>, opts: { warmup: number; iterations: number }): Promise<Summary> {
  return (await interleaved([{ fn, iterations: opts.iterations }], opts.warmup))[0]!;
}

// Several measurements, one call at a time, interleaved so that the calls of each are spread evenly over
// the same stretch of time: background load on a shared machine then affects figure and baseline alike.
// Each gets `warmup` unrecorded calls first. Wall time for ops/s is the sum of that measurement's calls.
// `prepare`, when given, runs before every call (warm-up ones included) and is not timed.
export type Spec = { fn: (i: number) => Promise<unknown>; iterations: number; prepare?: (i: number) => Promise<unknown> };
export async function interleaved(specs: Spec[], warmup: number): Promise<Summary[]> {
  for (const spec of specs) {
    for (let i = 0; i < warmup; i++) {
      await spec.prepare?.(i);
      await spec.fn(i);
    }
  }
  const lat = specs.map(() => [] as number[]);
  const rounds = Math.max(...specs.map((s) => s.iterations));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < specs.length; k++) {
      const n = specs[k]!.iterations;
      // Run measurement k in this round if its evenly spread schedule says so.
      if (Math.floor(((r + 1) * n) / rounds) === Math.floor((r * n) / rounds)) continue;
      const i = warmup + lat[k]!.length;
      await specs[k]!.prepare?.(i);
      const t0 = performance.now();
      await specs[k]!.fn(i);
      lat[k]!.push(performance.now() - t0);
    }
  }
  return lat.map((l) =>
    summarise(
      l,
      l.reduce((a, b) => a + b, 0),
    ),
  );
}

type Slice = { lat: number[]; errors: number; wallMs: number; firstError?: string };

async function closedLoop(fn: (worker: number, i: number) => Promise<unknown>, workers: number, durationMs: number, offset: number): Promise<Slice> {
  const lat: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const deadline = start + durationMs;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = offset; performance.now() < deadline; i++) {
        const t0 = performance.now();
        try {
          await fn(w, i);
          lat.push(performance.now() - t0);
        } catch (e) {
          errors++;
          firstError ??= e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        }
      }
    }),
  );
  return { lat, errors, wallMs: performance.now() - start, ...(firstError ? { firstError } : {}) };
}

// `workers` callers in a closed loop; a failed call counts as an error, not a latency. Each measurement
// gets `durationMs` in total, run as `slices` alternating slices (A B C A B C ...) so that drifting
// background load is shared between figure and baseline.
export async function concurrentInterleaved(
  fns: ((worker: number, i: number) => Promise<unknown>)[],
  opts: { workers: number; durationMs: number; slices: number },
): Promise<(Summary & { firstError?: string })[]> {
  const acc: Slice[] = fns.map(() => ({ lat: [], errors: 0, wallMs: 0 }));
  for (let s = 0; s < opts.slices; s++) {
    for (let k = 0; k < fns.length; k++) {
      const a = acc[k]!;
      const r = await closedLoop(fns[k]!, opts.workers, opts.durationMs / opts.slices, a.lat.length + a.errors);
      a.lat.push(...r.lat);
      a.errors += r.errors;
      a.wallMs += r.wallMs;
      a.firstError ??= r.firstError;
    }
  }
  return acc.map((a) => ({ ...summarise(a.lat, a.wallMs, a.errors), ...(a.firstError ? { firstError: a.firstError } : {}) }));
}

export const ratio = (figure: number, baseline: number): number => (baseline > 0 ? figure / baseline : NaN);

export const fmtMs = (ms: number): string =>
  Number.isNaN(ms) ? 'n/a' : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
export const fmtRate = (r: number): string => (Number.isNaN(r) ? 'n/a' : r >= 100 ? r.toFixed(0) : r.toFixed(1));
export const fmtRatio = (r: number): string => (Number.isNaN(r) ? 'n/a' : `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`);

/** The first index whose value is at least `u` in an ascending cumulative table (the last if none): a weighted draw. */
export function firstAtLeast(cumulative: ArrayLike<number>, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
