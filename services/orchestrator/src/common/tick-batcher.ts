/**
 * Calls made in one tick go to `flush` together: the jobs of one queue fetch start their handlers
 * in one synchronous loop, so their claims become one statement instead of one each. `flush`
 * answers each item, in order.
 *
 * Two ways to meet a batch in flight:
 * - `overlap` (the default): the next batch does not wait for it (no added latency). Claims: the
 *   jobs of one fetch arrive in one tick.
 * - `one-at-a-time`: calls made while a batch is in flight wait for it and go together in the next
 *   one, as a database's group commit does. Finishes: tasks end at their own moments, never in one
 *   tick, so only waiting gathers them; an idle batcher still flushes at once.
 */
export class TickBatcher<I, O> {
  private pending: { item: I; resolve: (out: O) => void; reject: (error: unknown) => void }[] = [];
  /** one-at-a-time: a batch is in flight, and the loop in `start` takes what arrives meanwhile. */
  private inflight = false;

  constructor(
    private readonly flush: (items: I[]) => Promise<O[]>,
    private readonly mode: 'overlap' | 'one-at-a-time' = 'overlap',
  ) {}

  add(item: I): Promise<O> {
    if (this.pending.length === 0 && !this.inflight) queueMicrotask(() => void this.start());
    return new Promise<O>((resolve, reject) => this.pending.push({ item, resolve, reject }));
  }

  private async start(): Promise<void> {
    if (this.mode === 'overlap') return this.run();
    this.inflight = true;
    try {
      // No await between the last check and the reset: a call cannot slip in and be left unflushed.
      while (this.pending.length > 0) await this.run();
    } finally {
      this.inflight = false;
    }
  }

  private async run(): Promise<void> {
    const batch = this.pending.splice(0);
    try {
      const out = await this.flush(batch.map((b) => b.item));
      if (out.length !== batch.length) throw new Error(`a batch of ${batch.length} was answered with ${out.length}`);
      batch.forEach((b, i) => b.resolve(out[i]));
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}
