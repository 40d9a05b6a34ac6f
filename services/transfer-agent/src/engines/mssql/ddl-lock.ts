import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'tedious';
import { LOCK_TIMEOUT_ERROR, setLockTimeoutSql } from './ddl-lock-sql';
import { run } from './connection';

/** How long a schema change on a live table waits for its Sch-M lock, and how often it tries. */
export interface DdlLockPolicy {
  /** Per attempt, in ms (SET LOCK_TIMEOUT). */
  timeoutMs: number;
  /** Attempts per table before the table is reported as not altered. */
  attempts: number;
  /** Wait before the second attempt; doubled before each next one. */
  backoffMs: number;
}

export const DEFAULT_DDL_LOCK_POLICY: DdlLockPolicy = { timeoutMs: 3000, attempts: 4, backoffMs: 1000 };

export const isLockTimeout = (error: unknown): boolean => (error as { number?: number } | null)?.number === LOCK_TIMEOUT_ERROR;

/**
 * Runs `work` with the session's LOCK_TIMEOUT set to the policy's, and sets it back to waiting
 * (-1) afterwards: the connection goes back to the pool.
 */
export async function withLockTimeout<T>(conn: Connection, policy: DdlLockPolicy, work: () => Promise<T>): Promise<T> {
  await run(conn, setLockTimeoutSql(policy.timeoutMs));
  try {
    return await work();
  } finally {
    await run(conn, setLockTimeoutSql(-1)).catch(() => undefined);
  }
}

/**
 * Runs one schema change, retrying with backoff while it times out waiting for its lock. Returns
 * null when it ran, or why it could not (the caller reports the table and goes on to the next one,
 * never blocking production readers for longer than one timeout at a time).
 */
export async function retryOnLockTimeout(
  policy: DdlLockPolicy,
  signal: AbortSignal,
  alter: () => Promise<unknown>,
): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      await alter();
      return null;
    } catch (error) {
      if (!isLockTimeout(error)) throw error;
      if (attempt >= policy.attempts)
        return `could not get the schema lock (Sch-M) within ${policy.timeoutMs} ms in ${policy.attempts} attempt(s): another session holds a lock on the table (a long query or transaction); try again when it has ended`;
      await sleep(policy.backoffMs * 2 ** (attempt - 1), undefined, { signal });
    }
  }
}
