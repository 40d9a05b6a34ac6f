/**
 * Calls made in one tick go to `flush` together: the jobs of one queue fetch start their handlers
 * in one synchronous loop, so their claims become one statement instead of one each. A batch does
 * not wait for an earlier one (no added latency); `flush` answers each item, in order.
 */
export class TickBatcher<I, O> {
  private pending: { item: I; resolve: (out: O) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly flush: (items: I[]) => Promise<O[]>) {}

  add(item: I): Promise<O> {
    if (this.pending.length === 0) queueMicrotask(() => void this.run());
    return new Promise<O>((resolve, reject) => this.pending.push({ item, resolve, reject }));
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
