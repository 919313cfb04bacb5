// HTTP load generator, run in a worker thread so that the client's own work does not share the
// server's event loop. Closed loop: `concurrency` clients, each sending its next request as soon as the
// previous one completes, over keep-alive connections to 127.0.0.1.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { port, requests, cookie, concurrency, warmupMs, durationMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });

// A request is a path to GET, or { path, form } to POST as a browser posts a form.
function send(r) {
  const post = typeof r !== 'string';
  const headers = { ...(cookie ? { cookie } : {}), ...(post ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) };
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: post ? r.path : r, method: post ? 'POST' : 'GET', agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', () => resolve({ status: 0, bytes }));
    });
    req.on('error', () => resolve({ status: 0, bytes: 0 }));
    req.end(post ? r.form : undefined);
  });
}

const latencies = [];
const statuses = {};
let errors = 0;
let bytes = 0;
let next = 0;
const t0 = performance.now();
const measureFrom = t0 + warmupMs;
const deadline = measureFrom + durationMs;

await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const request = requests[next++ % requests.length];
      const start = performance.now();
      const r = await send(request);
      const end = performance.now();
      if (start < measureFrom) continue;
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status !== 200) errors++;
      else {
        latencies.push(end - start);
        bytes += r.bytes;
      }
    }
  }),
);
const wallMs = performance.now() - measureFrom;
agent.destroy();
parentPort.postMessage({ latencies, statuses, errors, bytes, wallMs });
