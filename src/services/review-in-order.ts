// Results of work done out of order (services/review-run.ts, on worker threads), taken in the order it was submitted.

/**
 * Takes results in submission order, whatever order they arrive in. A failure (of a task or of `take`) is kept and
 * thrown by `check` and `finish`; no promise is left to reject unhandled.
 */
export class InOrder<T> {
  private submitted = 0;
  private taken = 0;
  private readonly done = new Map<number, T>();
  private failure: { error: unknown } | null = null;
  private readonly all: Promise<void>[] = [];
  private chain: Promise<void> = Promise.resolve();
  private waiting: (() => void)[] = [];
  constructor(private readonly take: (value: T) => void | Promise<void>) {}

  add(p: Promise<T>): void {
    const k = this.submitted++;
    this.all.push(
      p
        .then((v) => {
          this.done.set(k, v);
          this.chain = this.chain.then(() => this.drain());
          return this.chain;
        })
        .catch((e: unknown) => {
          this.failure ??= { error: e };
          this.wake();
        }),
    );
  }

  private async drain(): Promise<void> {
    while (this.failure === null && this.done.has(this.taken)) {
      const v = this.done.get(this.taken)!;
      this.done.delete(this.taken);
      await this.take(v);
      this.taken++;
      this.wake();
    }
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const f of w) f();
  }

  /** Resolves when fewer than `max` results are submitted and not yet taken (or on a failure). */
  room(max: number): Promise<void> {
    if (this.submitted - this.taken < max || this.failure) return Promise.resolve();
    return new Promise<void>((resolve) => this.waiting.push(resolve)).then(() => this.room(max));
  }

  /** Throws the first failure so far. */
  check(): void {
    if (this.failure) throw this.failure.error;
  }

  async finish(): Promise<void> {
    await Promise.all(this.all);
    this.check();
  }
}
