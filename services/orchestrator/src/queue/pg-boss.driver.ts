import { Logger } from '@nestjs/common';
import { PgBoss, type Db, type Job } from 'pg-boss';
import { PreparedTexts, type Prepared } from '../database/state-pool';
import { JobFetcher, type FetchObservation } from './job-fetcher';
import { QueueName, type QueueJobData } from './queue-names';
import { NOTHING_CLAIMED, type Claimed, type QueueDriver, type QueueJob, type SqlExecutor } from './queue.driver';

export interface PgBossDriverOptions {
  url: string;
  /** Seconds without a worker heartbeat before an active job is retried (worker died). */
  heartbeatSeconds: number;
  monitorSeconds: number;
}

const SCHEMA = 'pgboss';
/** Our own wake-up channel: the payload is the queue name, sent in the transaction that sends the jobs. */
const CHANNEL = 'cutover_jobs';
/** Seconds between backstop fetches while a process has free slots (retries coming due, a lost notification). */
const POLL_SECONDS = 2;
/** How long a stopping orchestrator lets running handlers end before it fails their jobs. */
const STOP_GRACE_MS = 5000;

/**
 * pg-boss in the orchestrator's own database, schema `pgboss`. pg-boss stores, fetches, retries and
 * supervises jobs; each process runs one `JobFetcher` per queue in place of pg-boss's workers. The
 * jobs a process sends for its own free slots it claims as it sends them (sendMany's `claim`,
 * reserve, release); our own NOTIFY wakes the fetchers for the rest (sent with the jobs, so it
 * arrives on commit), and a poll is the backstop. A task job stays active
 * while its operation runs (hours for a big copy): expiry is long, and liveness comes from
 * heartbeats, so a killed orchestrator's jobs are retried by the survivors.
 */
export class PgBossDriver implements QueueDriver {
  private readonly logger = new Logger('Queue');
  private readonly boss: PgBoss;
  private readonly fetchers = new Map<string, JobFetcher<unknown>>();
  private readonly observers: ((fetch: FetchObservation) => void)[] = [];
  private listener: Awaited<ReturnType<NonNullable<Db['listen']>>> | null = null;
  /** pg-boss's insert and complete texts: two per queue. */
  private readonly texts = new PreparedTexts(64);

  constructor(private readonly options: PgBossDriverOptions) {
    this.boss = new PgBoss({
      connectionString: options.url,
      schema: SCHEMA,
      max: 10,
      application_name: 'cutover-queue',
      // pg-boss's own notifier wakes its workers, which we do not run (see JobFetcher).
      useListenNotify: false,
      monitorIntervalSeconds: options.monitorSeconds,
      superviseIntervalSeconds: options.monitorSeconds,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const name of Object.values(QueueName)) {
      const options = {
        notify: false,
        heartbeatSeconds: this.options.heartbeatSeconds,
        // pg-boss caps expiry at 24 h; a task running longer is re-claimed by its own resume path.
        expireInSeconds: 24 * 3600 - 60,
        retryLimit: 1000,
        retryDelay: 1,
        retryBackoff: true,
        retryDelayMax: 30,
        deleteAfterSeconds: 24 * 3600,
      };
      await this.boss.createQueue(name, options);
      await this.boss.updateQueue(name, options);
    }
    await this.listen();
  }

  /** LISTEN on a connection of its own; after a reconnect every fetcher fetches once (notifications may have been missed). */
  private async listen(): Promise<void> {
    const db = this.boss.getDb();
    if (!db.listen) {
      this.logger.warn('pg-boss: this database adapter cannot LISTEN; jobs are found by polling only');
      return;
    }
    this.listener = await db.listen(
      CHANNEL,
      (queue) => this.fetchers.get(queue)?.wake('notify'),
      () => this.fetchers.forEach((f) => f.wake('reconnect')),
    );
  }

  async stop(): Promise<void> {
    await Promise.all([...this.fetchers.values()].map((f) => f.stop(STOP_GRACE_MS)));
    await this.listener?.close().catch((error: Error) => this.logger.warn(`pg-boss: closing the listener: ${error.message}`));
    await this.boss.stop({ graceful: true, timeout: STOP_GRACE_MS });
  }

  async send<Q extends QueueName>(queue: Q, data: QueueJobData[Q], options: { priority?: number; db?: SqlExecutor } = {}): Promise<void> {
    const db = options.db ?? this.boss.getDb();
    await this.boss.send(queue, data, { priority: options.priority ?? 0, ...(options.db ? { db: options.db } : {}) });
    await this.notify(db, queue);
  }

  /** In the caller's transaction when it has one: the wake-up is delivered when the jobs are visible. */
  private async notify(db: SqlExecutor, queue: QueueName): Promise<void> {
    await db.executeSql('SELECT pg_notify($1, $2)', [CHANNEL, queue]);
  }

  async sendMany<Q extends QueueName>(
    queue: Q,
    jobs: { data: QueueJobData[Q]; priority?: number }[],
    options: { db?: SqlExecutor; last?: SqlExecutor; woken?: boolean; claim?: number } = {},
  ): Promise<Claimed> {
    if (jobs.length === 0) return NOTHING_CLAIMED;
    const db = options.db ?? this.poolDb();
    const wanted = Math.min(options.claim ?? 0, jobs.length);
    const rows = jobs.map((j) => ({ data: j.data, priority: j.priority ?? 0 }));
    // In a transaction the NOTIFY goes ahead of its last statement (delivered on commit); outside
    // one, after the jobs, which are visible by then.
    if (!options.woken && options.last) await this.notify(db, queue);
    // A claim needs the caller's transaction: its statements (db) and its last one (last).
    if (wanted === 0 || !options.last || !options.db) {
      await this.boss.insert(queue, rows, { db: this.preparing(options.last ?? db) });
      if (!options.woken && !options.last) await this.notify(db, queue);
      return NOTHING_CLAIMED;
    }
    // The claim follows the insert on the same pipelined connection without waiting for its
    // answer: it is handed to the connection once the insert has been. Should the insert fail, so
    // does the claim (the transaction is aborted), and the insert's error is the one thrown.
    let handed!: () => void;
    const insertHanded = new Promise<void>((resolve) => (handed = resolve));
    const handing: SqlExecutor = {
      executeSql: (text, values) => {
        const result = db.executeSql(text, values);
        handed();
        return result;
      },
    };
    const insert = this.boss.insert(queue, rows, { db: this.preparing(handing) });
    const claim = insertHanded.then(() =>
      this.boss.fetch<QueueJobData[Q]>(queue, { batchSize: wanted, db: options.last as SqlExecutor & Db }),
    );
    claim.catch(() => undefined); // rejected with the insert's failure; the insert's error is thrown
    await insert;
    return { jobs: await claim, wanted };
  }

  /**
   * pg-boss's insert and complete, prepared: parsed and planned on every call otherwise, which cost
   * the state database about as much as executing them (bench/orchestration, pg_stat_statements).
   */
  private preparing(db: SqlExecutor): SqlExecutor & Db {
    return {
      executeSql: (text: string | Prepared, values?: unknown[]) =>
        db.executeSql(typeof text === 'string' ? this.texts.for(text) : text, values),
    };
  }

  /** pg-boss's own pool. Its `executeSql` hands the text to pg's `Pool.query`, which takes a named statement as well. */
  private poolDb(): SqlExecutor {
    return this.boss.getDb() as unknown as SqlExecutor;
  }

  wakeUp(queue: QueueName): { channel: string; payload: string } {
    return { channel: CHANNEL, payload: queue };
  }

  reserve(queue: QueueName): number {
    return this.fetchers.get(queue)?.reserve() ?? 0;
  }

  release(queue: QueueName, slots: number, claimed: Claimed = NOTHING_CLAIMED): void {
    this.fetchers.get(queue)?.release(slots, claimed.jobs as Job<unknown>[], claimed.wanted);
  }

  /** Up to `concurrency` jobs of the queue at once in this process (see JobFetcher). */
  async work<Q extends QueueName>(queue: Q, concurrency: number, handler: (job: QueueJob<Q>) => Promise<void>): Promise<void> {
    const fetcher = new JobFetcher<QueueJobData[Q]>({
      boss: this.boss,
      completeDb: this.preparing(this.poolDb()),
      queue,
      concurrency,
      handler,
      logger: this.logger,
      heartbeatSeconds: this.options.heartbeatSeconds,
      pollSeconds: POLL_SECONDS,
      observe: (fetch) => this.observers.forEach((o) => o(fetch)),
    });
    this.fetchers.set(queue, fetcher as JobFetcher<unknown>);
    fetcher.start();
  }

  onFetch(observer: (fetch: FetchObservation) => void): void {
    this.observers.push(observer);
  }

  /**
   * Counted live from pg-boss's job table. Its `getQueueStats` serves the counts its monitor cached
   * (up to QUEUE_MONITOR_SECONDS old, or an hour when no monitor runs): a health check and a gauge
   * read right after a run ended would show jobs that have finished.
   */
  async pending(queue: QueueName): Promise<number> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT count(*)::int AS n FROM ${SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [queue]);
    return (rows[0] as { n: number }).n;
  }
}
