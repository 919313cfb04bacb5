// Runs one HTTP load step in a worker thread (bench/http-load-worker.mjs) and summarises it.
import { Worker } from 'node:worker_threads';
import { summarise, type Summary } from './stats.ts';

/** A path to GET, or a form to POST (url-encoded body, sent with the user's cookie). */
export type LoadRequest = string | { path: string; form: string };

export type LoadResult = Summary & { requests: number; errorRate: number; statuses: Record<string, number>; meanBytes: number };

export function httpLoad(opts: {
  port: number;
  requests: LoadRequest[];
  cookie?: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), { workerData: { ...opts, cookie: opts.cookie ?? '' } });
    worker.once('error', reject);
    worker.once('message', (m: { latencies: number[]; statuses: Record<string, number>; errors: number; bytes: number; wallMs: number }) => {
      const s = summarise(m.latencies, m.wallMs, m.errors);
      const requests = m.latencies.length + m.errors;
      resolve({
        ...s,
        requests,
        errorRate: requests ? m.errors / requests : 0,
        statuses: m.statuses,
        meanBytes: m.latencies.length ? m.bytes / m.latencies.length : 0,
      });
      void worker.terminate();
    });
  });
}
