// Runs `fn` on each item one after another. Inside a transaction every query goes to the same connection, which runs
// one query at a time: Promise.all there only queues them in the driver (deprecated in pg 8, an error in pg 9).
export async function inTurn<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) out.push(await fn(items[i]!, i));
  return out;
}
