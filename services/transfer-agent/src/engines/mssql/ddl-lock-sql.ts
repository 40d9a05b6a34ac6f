import { EngineInputError } from '../engine';

/**
 * SET LOCK_TIMEOUT for the agent's schema changes on live tables (ALTER TABLE … ENABLE
 * CHANGE_TRACKING, CREATE TRIGGER for capture and the write guard). They need a Sch-M lock; queued
 * behind a long report, a waiting Sch-M request blocks every new reader of the table (a lock
 * convoy). With a timeout the request gives up (error 1222) instead, and the agent retries later.
 * SET LOCK_TIMEOUT takes a literal only: the value is checked to be an integer. -1 waits forever
 * (the server default), 0 does not wait at all.
 */
export function setLockTimeoutSql(ms: number): string {
  if (!Number.isInteger(ms) || ms < -1 || ms > 3_600_000)
    throw new EngineInputError(`lock timeout ${ms} ms is not an integer in -1..3600000`);
  return `SET LOCK_TIMEOUT ${ms}`;
}

/** SQL Server's "Lock request time out period exceeded". */
export const LOCK_TIMEOUT_ERROR = 1222;
