// HTTP load for the load benchmark, through autocannon's programmatic API. Every simulated user is its own autocannon
// instance with one keep-alive connection (a browser tab), issuing that user's own requests (their session cookie,
// their caseload), so that 50 users really are 50 sessions' worth of requests, not one request list shared.
//
// Two load models:
//   closed  each user sends the next request as soon as the previous answer arrives (no think time): the worst case.
//   open    each user sends a fixed number of requests per second (autocannon's overallRate on that user's instance),
//           with the users' one-second cycles spread evenly over the second, as independent people's clicks would be.
//           (One autocannon instance with 50 rate-limited connections starts every connection's cycle at the same
//           instant, which is a burst of 50 requests each second rather than 50 users.)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { percentile } from './stats.ts';

export type Req = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
/** One simulated user: returns that user's next request each time it is called. */
export type User = () => Req;

type Instance = {
  on(event: 'response', fn: (client: unknown, statusCode: number, bytes: number, ms: number) => void): Instance;
  on(event: 'reqError', fn: (e: Error) => void): Instance;
  stop: () => void;
  then: Promise<AutocannonResult>['then'];
};
type AutocannonResult = { errors: number; timeouts: number; duration: number; statusCodeStats: Record<string, { count: number }> };
type AutocannonOpts = {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  timeout: number;
  requests: { method: string; setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
};
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: AutocannonOpts) => Instance;

export type StepResult = {
  users: number;
  /** Offered requests per second (open model), or null in a closed loop. */
  offered: number | null;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Answers per second over the step. */
  rps: number;
  /** Answers other than 2xx/3xx plus socket errors and time-outs. */
  errors: number;
  errorRate: number;
  statuses: Record<string, number>;
  socketErrors: number;
  timeouts: number;
  firstSocketError?: string;
};

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `users.length` users against `base` for `durationMs`. `rates` (requests per second for each user) makes it an
 * open model with the users' cycles staggered over one second; without it, a closed loop.
 */
export async function runStep(opts: { base: string; users: User[]; durationMs: number; rates?: number[]; timeoutS?: number }): Promise<StepResult> {
  const { users, rates } = opts;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let socketErrors = 0;
  let timeouts = 0;
  let firstSocketError: string | undefined;
  let rps = 0;
  const runs = users.map(async (user, i) => {
    const rate = rates?.[i];
    if (rates) await sleep((i * 1000) / users.length);
    const instance = autocannon({
      url: opts.base,
      connections: 1,
      duration: opts.durationMs / 1000,
      timeout: opts.timeoutS ?? 30,
      ...(rate ? { overallRate: rate } : {}),
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            const r = user();
            return { ...req, method: r.method, path: r.path, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) };
          },
        },
      ],
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    instance.on('reqError', (e) => {
      firstSocketError ??= e.message;
    });
    const result = await instance;
    socketErrors += result.errors - result.timeouts;
    timeouts += result.timeouts;
    const answered = Object.values(result.statusCodeStats).reduce((a, s) => a + s.count, 0);
    rps += result.duration > 0 ? answered / result.duration : 0;
  });
  await Promise.all(runs);
  const sorted = Float64Array.from(latencies).sort();
  const bad = Object.entries(statuses)
    .filter(([s]) => !/^[23]\d\d$/.test(s))
    .reduce((a, [, n]) => a + n, 0);
  const errors = bad + socketErrors + timeouts;
  const requests = latencies.length + socketErrors + timeouts;
  return {
    users: users.length,
    offered: rates ? rates.reduce((a, b) => a + b, 0) : null,
    requests,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : NaN,
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    rps,
    errors,
    errorRate: requests ? errors / requests : 0,
    statuses,
    socketErrors,
    timeouts,
    ...(firstSocketError ? { firstSocketError } : {}),
  };
}

/** Requests per second for each of `users` users so that together they offer `total`: spread as evenly as whole numbers allow. */
export function spreadRate(total: number, users: number): number[] {
  const n = Math.max(1, Math.min(users, Math.round(total)));
  const each = Math.floor(total / n);
  const extra = Math.round(total) - each * n;
  return Array.from({ length: n }, (_, i) => each + (i < extra ? 1 : 0));
}

export type KneeStep = StepResult & { offered: number; saturated: boolean; bent: boolean };

// The knee search (driven by the caller, so that two servers' steps can be interleaved): the offered rate is stepped up
// (open model, at most `maxUsers` users) until throughput stops following it (answers per second below 90% of the
// offered rate) or the latency bends (p95 above 3× the lowest p95 at a lower rate and above the 100 ms target), plus one
// step past that to show it. The knee is the last step before the first such step.
const bad = (s: KneeStep) => s.saturated || s.bent || s.errors > 0;
export function kneeStep(steps: readonly KneeStep[], offered: number, r: StepResult): KneeStep {
  // Against the lowest p95 at a lower rate, so that one noisy early step does not hide the bend.
  const lowest = Math.min(...steps.map((s) => s.p95));
  return { ...r, offered, saturated: r.rps < 0.9 * offered, bent: steps.length > 0 && r.p95 > 3 * lowest && r.p95 > 100 };
}
export const kneeFinished = (steps: readonly KneeStep[]): boolean => steps.filter(bad).length >= 2;
export function kneeOf(steps: readonly KneeStep[]): KneeStep | null {
  const firstBad = steps.findIndex(bad);
  const good = firstBad < 0 ? steps : steps.slice(0, firstBad);
  return good[good.length - 1] ?? null;
}

/** Waits until the server has worked off what the last step left queued: GET /health answers within 50 ms twice. */
export async function settle(base: string, headers: Record<string, string>, maxMs = 30_000): Promise<number> {
  const t0 = performance.now();
  let quick = 0;
  while (quick < 2 && performance.now() - t0 < maxMs) {
    const t = performance.now();
    try {
      const r = await fetch(`${base}/health`, { headers, signal: AbortSignal.timeout(5_000) });
      await r.arrayBuffer();
      quick = performance.now() - t < 50 ? quick + 1 : 0;
    } catch {
      quick = 0;
    }
    if (quick < 2) await sleep(100);
  }
  return performance.now() - t0;
}
