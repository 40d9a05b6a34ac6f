import type { Prepared } from '../database/state-pool';
import type { FetchObservation } from './job-fetcher';
import type { QueueJobData, QueueName } from './queue-names';

/**
 * Runs SQL on a caller's connection, so a job is sent in the caller's transaction. The text may
 * come named (a prepared statement), as pg's `query` takes it.
 */
export interface SqlExecutor {
  executeSql(text: string | Prepared, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface QueueJob<Q extends QueueName> {
  id: string;
  data: QueueJobData[Q];
  /** Aborted when the queue stops or the job's claim lapses. */
  signal: AbortSignal;
}

/** Jobs claimed for this process in the transaction that sent them (sendMany's `claim`): opaque, for `release`. */
export interface Claimed {
  readonly jobs: readonly unknown[];
  /** How many were asked for: fewer taken means other jobs came first, and the sender's wait. */
  readonly wanted: number;
}

export const NOTHING_CLAIMED: Claimed = { jobs: [], wanted: 0 };

/** The one queue interface; pg-boss sits behind it. */
export interface QueueDriver {
  start(): Promise<void>;
  stop(): Promise<void>;
  send<Q extends QueueName>(queue: Q, data: QueueJobData[Q], options?: { priority?: number; db?: SqlExecutor }): Promise<void>;
  /**
   * Several jobs in one statement. `woken`: the caller's transaction already sent `wakeUp(queue)`
   * (in a statement of its own work), so no NOTIFY statement of its own is needed. `claim`: up to
   * that many of the queue's jobs are taken for this process in the same transaction (reserved
   * slots, see reserve), so no other process can fetch them between COMMIT and a fetch; they run
   * once `release` is given the answer. `last`: where the transaction's last statement goes (COMMIT
   * right behind it): the claim's when there is one, the insert's otherwise.
   */
  sendMany<Q extends QueueName>(
    queue: Q,
    jobs: { data: QueueJobData[Q]; priority?: number }[],
    options?: { db?: SqlExecutor; last?: SqlExecutor; woken?: boolean; claim?: number },
  ): Promise<Claimed>;
  /** The NOTIFY (channel and payload, for `pg_notify`) that wakes the fetchers of `queue` when its transaction commits. */
  wakeUp(queue: QueueName): { channel: string; payload: string };
  /**
   * This process's free slots for `queue`, held for jobs it is about to send (0 when it has no
   * workers for it): it takes that many itself, and only jobs beyond them need to wake the others.
   */
  reserve(queue: QueueName): number;
  /**
   * Gives the reserved slots back once the sender's transaction has ended. `claimed`: what sendMany
   * claimed in a transaction that committed; those jobs run in these slots now. Without it (nothing
   * sent, or rolled back) the slots are free again.
   */
  release(queue: QueueName, slots: number, claimed?: Claimed): void;
  work<Q extends QueueName>(queue: Q, concurrency: number, handler: (job: QueueJob<Q>) => Promise<void>): Promise<void>;
  /** Every fetch this process makes, with what woke it and how many jobs it found (for the metrics). */
  onFetch(observer: (fetch: FetchObservation) => void): void;
  /** Jobs of a queue not yet finished (created, retry or active). */
  pending(queue: QueueName): Promise<number>;
}

export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
