// The note editor's side of possible-signs-worker.ts: asks for a text's possible signs and keeps the answers, so that a
// render reads them synchronously once they are in. Without module workers (an old browser) there are none live; the
// check page still shows them after saving.
import type { PossibleIndicatorFinding } from '../core/text/indicator-classifier.ts';

export type PossibleRequest = { key: string; text: string; currentYear: number };
export type PossibleReply = { key: string; possible: PossibleIndicatorFinding[] };

// Answers kept: enough for every field of a form at a few recent versions of its text.
const KEPT = 64;

export class PossibleSigns {
  private readonly answers = new Map<string, PossibleIndicatorFinding[]>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private worker: Worker | undefined;
  private failed = false;

  /** `arrived` is called after each answer, so that a page that rendered without it can render again. */
  constructor(
    private readonly url: URL,
    private readonly arrived: () => void,
  ) {}

  /**
   * The possible signs of `text`, or undefined while they are being worked out (asked for once); none when no worker
   * can run, so that the panel does not wait for them.
   */
  get(text: string, currentYear: number): PossibleIndicatorFinding[] | undefined {
    const key = `${currentYear}|${text}`;
    const known = this.answers.get(key);
    if (known === undefined) void this.ask(key, text, currentYear);
    return known ?? (this.start() ? undefined : []);
  }

  /** Resolves once the answer for `text` is in (at once when it already is, or when no worker can be started). */
  ready(text: string, currentYear: number): Promise<void> {
    const key = `${currentYear}|${text}`;
    return this.answers.has(key) ? Promise.resolve() : this.ask(key, text, currentYear);
  }

  private ask(key: string, text: string, currentYear: number): Promise<void> {
    const worker = this.start();
    if (!worker) return Promise.resolve();
    return new Promise((resolve) => {
      const queue = this.waiting.get(key);
      if (queue) return void queue.push(resolve);
      this.waiting.set(key, [resolve]);
      const request: PossibleRequest = { key, text, currentYear };
      worker.postMessage(request);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed || typeof Worker === 'undefined') return this.worker;
    try {
      this.worker = new Worker(this.url, { type: 'module' });
    } catch {
      this.failed = true;
      return undefined;
    }
    this.worker.addEventListener('message', ({ data }: MessageEvent<PossibleReply>) => {
      if (this.answers.size >= KEPT) this.answers.clear();
      this.answers.set(data.key, data.possible);
      for (const resolve of this.waiting.get(data.key) ?? []) resolve();
      this.waiting.delete(data.key);
      this.arrived();
    });
    // A worker that fails to load (blocked, offline) answers nothing: the editor carries on without possible signs.
    this.worker.addEventListener('error', () => {
      this.failed = true;
      this.worker?.terminate();
      this.worker = undefined;
      for (const queue of this.waiting.values()) for (const resolve of queue) resolve();
      this.waiting.clear();
      this.arrived();
    });
    return this.worker;
  }
}
