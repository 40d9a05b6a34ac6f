/**
 * Calls made in one tick go to `flush` together: the jobs of one queue fetch start their handlers
 * in one synchronous loop, so their claims become one statement instead of one each. `flush`
 * answers each item, in order.
 *
 * Two ways to meet a batch in flight:
 * - `overlap` (the default): the next batch does not wait for it (no added latency). Claims: the
 *   jobs of one fetch arrive in one tick.
 * - `one-at-a-time`: an idle batcher flushes a call at once; calls made while a batch is in flight
 *   wait for it and go together in the next one, as a database's group commit does. Finishes and
 *   queue completions: they arrive at their own moments, never in one tick, so only waiting
 *   gathers them.
 */
export class TickBatcher<I, O> {
  private pending: { item: I; resolve: (out: O) => void; reject: (error: unknown) => void }[] = [];
  /** one-at-a-time: the loop in `drain`, which takes what arrives while a batch is in flight. */
  private flight: Promise<void> | null = null;

  constructor(
    private readonly flush: (items: I[]) => Promise<O[]>,
    private readonly mode: 'overlap' | 'one-at-a-time' = 'overlap',
  ) {}

  add(item: I): Promise<O> {
    const out = new Promise<O>((resolve, reject) => this.pending.push({ item, resolve, reject }));
    if (this.mode === 'one-at-a-time') this.flight ??= this.drain();
    else if (this.pending.length === 1) queueMicrotask(() => void this.run());
    return out;
  }

  private async drain(): Promise<void> {
    try {
      // No await between the last check and the reset: a call cannot slip in and be left unflushed.
      while (this.pending.length > 0) await this.run();
    } finally {
      this.flight = null;
    }
  }

  /** one-at-a-time: resolves once nothing waits and no batch is in flight (a stop lets the last one land). */
  async settled(): Promise<void> {
    while (this.flight) await this.flight;
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
