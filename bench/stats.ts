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
  for (let i = 0; i < opts.warmup; i++) await fn(i);
  const lat: number[] = [];
  const start = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    const t0 = performance.now();
    await fn(opts.warmup + i);
    lat.push(performance.now() - t0);
  }
  return summarise(lat, performance.now() - start);
}

// `workers` callers in a closed loop for `durationMs`; a failed call counts as an error, not a latency.
export async function concurrent(fn: (worker: number, i: number) => Promise<unknown>, opts: { workers: number; durationMs: number }): Promise<Summary & { firstError?: string }> {
  const lat: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const deadline = start + opts.durationMs;
  await Promise.all(
    Array.from({ length: opts.workers }, async (_, w) => {
      for (let i = 0; performance.now() < deadline; i++) {
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
  return { ...summarise(lat, performance.now() - start, errors), ...(firstError ? { firstError } : {}) };
}

export const ratio = (figure: number, baseline: number): number => (baseline > 0 ? figure / baseline : NaN);

export const fmtMs = (ms: number): string => (Number.isNaN(ms) ? 'n/a' : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
export const fmtRate = (r: number): string => (Number.isNaN(r) ? 'n/a' : r >= 100 ? r.toFixed(0) : r.toFixed(1));
export const fmtRatio = (r: number): string => (Number.isNaN(r) ? 'n/a' : `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`);
