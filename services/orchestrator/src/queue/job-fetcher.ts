import type { Logger } from '@nestjs/common';
import type { Db, Job, PgBoss } from 'pg-boss';
import { TickBatcher } from '../common/tick-batcher';

/** A fetched job while its handler runs: the attempt pg-boss fences settles on, and its abort. */
interface Held<T> {
  job: Job<T>;
  abort: AbortController;
}

/**
 * What asked for a fetch: jobs this process sent for its own reserved slots (claimed as it sent
 * them, or some of them still waiting), a NOTIFY, the poll, a slot freed after a full fetch, the
 * start, the listener's reconnect.
 */
export type WakeReason = 'admission' | 'notify' | 'poll' | 'slot' | 'start' | 'reconnect';

/** One fetch, for the metrics: a share of polls finding jobs says notifications are being lost. */
export interface FetchObservation {
  queue: string;
  reason: WakeReason;
  jobs: number;
}

export interface JobFetcherOptions<T> {
  boss: PgBoss;
  /**
   * Where completions run (by default pg-boss's own pool). Fetches always run there unprepared: a
   * generic plan of pg-boss's fetch ran 3× slower than the custom ones (bench/orchestration).
   */
  completeDb?: Db;
  queue: string;
  concurrency: number;
  handler: (job: { id: string; data: T; signal: AbortSignal }) => Promise<void>;
  logger: Logger;
  /** The queue's heartbeat: held jobs are touched every half of it, so survivors retry a dead process's jobs. */
  heartbeatSeconds: number;
  /** Backstop fetch while slots are free (retries that became due, a missed notification). */
  pollSeconds: number;
  observe?: (fetch: FetchObservation) => void;
}

/**
 * One fetcher per queue and process, in place of pg-boss's `work()`: pg-boss runs `localConcurrency`
 * independent workers, wakes every idle one on each NOTIFY and refetches after each job, so a job
 * sent cost 4.5 fetch statements on bench/orchestration (1,000 tasks: 4,481 fetches). Here a wake
 * while a fetch is in flight only asks for one more, a fetch takes as many jobs as there are free
 * slots, and a slot freed refetches only when the last fetch came back full or a wake was missed
 * while every slot was busy. Heartbeats are one `touch` for every held job.
 */
export class JobFetcher<T> {
  /** Jobs whose handlers run: the slots taken. */
  private readonly held = new Map<string, Held<T>>();
  /** Every job from fetch until its attempt is settled. */
  private readonly executing = new Set<Promise<void>>();
  private fetching: Promise<void> | null = null;
  /** A wake arrived during a fetch, or while every slot was busy: fetch (again) when possible. */
  private missed = true;
  /** The first wake since the last fetch: what the next fetch is counted under. */
  private reason: WakeReason | null = null;
  private stopped = false;
  /** Slots held for jobs this process is sending (see reserve): fetches leave them alone. */
  private reserved = 0;
  private readonly timers: NodeJS.Timeout[] = [];
  /** Jobs whose handlers returned: the first completes at once, those arriving meanwhile together in the next statement. */
  private readonly completions = new TickBatcher((jobs: Job<T>[]) => this.completeBatch(jobs), 'one-at-a-time');

  constructor(private readonly o: JobFetcherOptions<T>) {}

  start(): void {
    this.timers.push(setInterval(() => this.wake('poll'), this.o.pollSeconds * 1000).unref());
    if (this.o.heartbeatSeconds > 0)
      this.timers.push(setInterval(() => void this.heartbeat(), (this.o.heartbeatSeconds * 1000) / 2).unref());
    this.wake('start');
  }

  /** A job may be waiting (a notification, the poll, a slot freed after a full fetch). */
  wake(reason: WakeReason): void {
    this.missed = true;
    this.reason ??= reason;
    if (this.stopped || this.fetching || this.free() <= 0) return;
    this.fetching = this.fetchWhileMissed().finally(() => (this.fetching = null));
  }

  /**
   * Holds this process's free slots for jobs it is about to send, so that it takes them itself
   * rather than waking every process: the sender notifies the others only of jobs beyond these.
   */
  reserve(): number {
    const slots = this.stopped ? 0 : Math.max(0, this.free());
    this.reserved += slots;
    return slots;
  }

  /**
   * Gives reserved slots back; `claimed`: jobs the sender took for them in its committed
   * transaction (see PgBossDriver.sendMany), which run now. Fewer than `wanted` means jobs already
   * waiting came first and some of the sender's wait: fetch for them.
   */
  release(slots: number, claimed: Job<T>[] = [], wanted = 0): void {
    this.reserved -= slots;
    if (claimed.length > 0) this.adopt(claimed);
    if (claimed.length < wanted) this.wake('admission');
    else if (this.missed) this.wake('slot');
  }

  /** Jobs claimed for this process outside a fetch. Once stopped it runs nothing: they are failed, and pg-boss retries them. */
  private adopt(jobs: Job<T>[]): void {
    this.o.observe?.({ queue: this.o.queue, reason: 'admission', jobs: jobs.length });
    if (!this.stopped) {
      for (const job of jobs) this.run(job);
      return;
    }
    void this.o.boss
      .fail(this.o.queue, jobs, { message: 'the orchestrator stopped as it claimed the job' })
      .catch((error: Error) => this.o.logger.warn(`pg-boss: could not fail ${jobs.length} claimed job(s) at stop: ${error.message}`));
  }

  private free(): number {
    return this.o.concurrency - this.held.size - this.reserved;
  }

  private async fetchWhileMissed(): Promise<void> {
    while (this.missed && !this.stopped && this.free() > 0) {
      this.missed = false;
      const reason = this.reason ?? 'slot';
      this.reason = null;
      const batchSize = this.free();
      let jobs: Job<T>[];
      try {
        jobs = await this.o.boss.fetch<T>(this.o.queue, { batchSize });
      } catch (error) {
        this.o.logger.error(`pg-boss: could not fetch ${this.o.queue}: ${(error as Error).message}; the poll retries`);
        return;
      }
      this.o.observe?.({ queue: this.o.queue, reason, jobs: jobs.length });
      for (const job of jobs) this.run(job);
      // A full batch says more may be waiting: take it while slots are free.
      if (jobs.length === batchSize) this.missed = true;
    }
  }

  private run(job: Job<T>): void {
    const held: Held<T> = { job, abort: new AbortController() };
    this.held.set(job.id, held);
    const done = this.execute(held).finally(() => this.executing.delete(done));
    this.executing.add(done);
  }

  /**
   * Runs the handler, frees its slot (refetching if a wake was missed), then completes or fails the
   * attempt; a failed one is retried by pg-boss. The slot counts handlers, so it is free before the
   * completion lands.
   */
  private async execute({ job, abort }: Held<T>): Promise<void> {
    let failure: Error | null = null;
    try {
      await this.o.handler({ id: job.id, data: job.data, signal: abort.signal });
    } catch (error) {
      failure = error as Error;
    }
    this.held.delete(job.id);
    if (this.missed) this.wake('slot');
    // Stopping failed what was still held: the attempt is already settled.
    if (this.stopped && abort.signal.aborted) return;
    try {
      if (failure) await this.o.boss.fail(this.o.queue, job, { message: failure.message });
      else await this.completions.add(job);
    } catch (error) {
      // The job stays active and, its heartbeat gone, is retried by pg-boss after heartbeatSeconds.
      this.o.logger.error(`pg-boss: could not settle job ${job.id}: ${(error as Error).message}`);
    }
  }

  private async completeBatch(jobs: Job<T>[]): Promise<void[]> {
    await this.o.boss
      .complete(this.o.queue, jobs, undefined, { db: this.o.completeDb })
      // The jobs stay active; their heartbeat stops with them, and pg-boss retries them after heartbeatSeconds.
      .catch((error: Error) => this.o.logger.error(`pg-boss: could not complete ${jobs.length} job(s): ${error.message}`));
    return jobs.map(() => undefined);
  }

  /** Keeps held jobs alive; a job no longer held under this attempt (failed by a supervisor, canceled) is aborted. */
  private async heartbeat(): Promise<void> {
    const held = [...this.held.values()].filter((h) => !h.abort.signal.aborted);
    if (held.length === 0 || this.stopped) return;
    let settled: string[] | undefined;
    try {
      const touched = await this.o.boss.touch(
        this.o.queue,
        held.map((h) => h.job),
      );
      settled = (touched as { settled?: string[] }).settled;
    } catch (error) {
      this.o.logger.warn(`pg-boss: heartbeat failed: ${(error as Error).message}`);
      return;
    }
    if (!settled) return;
    const refreshed = new Set(settled);
    for (const h of held)
      if (!refreshed.has(h.job.id) && this.held.has(h.job.id))
        h.abort.abort(new Error(`job ${h.job.id} is no longer active under this process's claim`));
  }

  /**
   * Fetches nothing more, gives handlers `graceMs` to end, then fails the attempts still held (pg-boss
   * retries them, on a survivor or after restart) and aborts their handlers.
   */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await this.fetching;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.executing]), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    await this.completions.settled();
    const left = [...this.held.values()];
    if (left.length === 0) return;
    for (const h of left) h.abort.abort(new Error('the orchestrator is stopping'));
    await this.o.boss
      .fail(
        this.o.queue,
        left.map((h) => h.job),
        { message: 'the orchestrator stopped while the job ran' },
      )
      .catch((error: Error) => this.o.logger.warn(`pg-boss: could not fail jobs at stop: ${error.message}`));
  }
}
