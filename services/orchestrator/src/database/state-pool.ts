import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Raw SQL on TypeORM's own pool, for the run executor's hot paths (claim, finish, dispatch),
 * where conditional updates and row locks are the point and an ORM would only hide them.
 */
@Injectable()
export class StatePool {
  readonly pool: Pool;

  constructor(@InjectDataSource() ds: DataSource) {
    this.pool = (ds.driver as PostgresDriver).master as Pool;
  }

  async query<T extends object = Record<string, unknown>>(text: string | Prepared, values: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(typeof text === 'string' ? { text, values } : { ...text, values })).rows;
  }

  /** A transaction, retried (a few times) when PostgreSQL aborts it for a deadlock or serialization failure. */
  async transaction<T>(work: (client: PoolClient, tx: TransactionEnd) => Promise<T>): Promise<T> {
    return retryAborted(() => this.transactionOnce(work));
  }

  private async transactionOnce<T>(work: (client: PoolClient, tx: TransactionEnd) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const end = new TransactionEnd(client);
    // pg-pool removes its idle 'error' listener from a checked-out client: without one, a
    // connection that dies mid-transaction (server restart) would crash the process. The
    // failing query rejects anyway, which is where the error is handled.
    client.on('error', ignore);
    try {
      // The pool's connections pipeline (data-source.ts): BEGIN goes out with the work's first
      // statement instead of costing a round trip of its own. Should it fail, the work's
      // statements fail with it (the connection is gone), and this rejects before COMMIT.
      const begin = client.query('BEGIN');
      begin.catch(ignore);
      const result = await work(client, end);
      await begin;
      await end.commit();
      return result;
    } catch (error) {
      // A COMMIT already sent behind a failed statement is answered ROLLBACK; wait for it either way.
      await end.settled();
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', ignore);
      client.release();
    }
  }

  /**
   * Runs `work` while holding a PostgreSQL advisory lock named by `key`, across every orchestrator
   * replica: for a check-then-create that spans agent calls and several transactions (launching
   * a run only when none is open), where a row lock cannot be held for that long.
   */
  async exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    client.on('error', ignore);
    let broken: Error | undefined;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      try {
        return await work();
      } finally {
        // If the unlock fails the connection is dropped, which releases the lock with it.
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch((e: Error) => (broken = e));
      }
    } finally {
      client.off('error', ignore);
      client.release(broken);
    }
  }
}

const ignore = () => undefined;

/**
 * How a transaction's work may end it early: `last` sends the work's last statement with COMMIT
 * right behind it on the pipelined connection, one round trip for both. Should that statement fail,
 * PostgreSQL answers the COMMIT with ROLLBACK, and the statement's own error is what the work sees.
 * Once it has succeeded the transaction is committed: the work must do nothing more that can fail.
 */
export class TransactionEnd {
  private sent: Promise<QueryResult> | null = null;

  constructor(private readonly client: PoolClient) {}

  /** Sends the statement, then COMMIT. A second statement is refused before it is sent: it would run after the COMMIT. */
  last<R>(send: () => Promise<R>): Promise<R> {
    if (this.sent) return Promise.reject(new Error('the transaction already sent its last statement and COMMIT'));
    const result = send();
    this.sent = this.client.query('COMMIT');
    this.sent.catch(ignore);
    return result;
  }

  /** COMMIT, unless `last` sent it: then its answer, which must be COMMIT. */
  async commit(): Promise<void> {
    const done = await (this.sent ?? this.client.query('COMMIT'));
    // The last statement failed and the work went on regardless: nothing was committed.
    if (done.command !== 'COMMIT') throw new Error(`the transaction was rolled back (${done.command}) after its last statement failed`);
  }

  async settled(): Promise<void> {
    await this.sent?.catch(ignore);
  }
}

/**
 * Work (a transaction, or one statement) tried again, a few times, when PostgreSQL aborted it for a
 * deadlock or a serialization failure: the abort undid all of it, so trying again is safe.
 */
export async function retryAborted<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if ((code !== '40P01' && code !== '40001') || attempt >= 5) throw error;
    }
    await new Promise((r) => setTimeout(r, 5 * attempt));
  }
}

/** A statement prepared once per connection: named, so pg sends Parse only the first time on each. */
export interface Prepared {
  readonly name: string;
  readonly text: string;
}

/**
 * For the executor's hot statements (claim, finish, admission), run for every task: a CTE of
 * several updates cost more to parse and plan than to execute (pg_stat_statements, bench/orchestration:
 * the finish planned in 0.67 ms and ran in 0.95). Prepared, PostgreSQL switches to a generic plan
 * after five executions when it is no dearer, and stops planning. Only for texts built from
 * constants: every distinct text is one more prepared statement on every connection.
 */
export function prepared(text: string): Prepared {
  return { name: `cutover_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text };
}

/**
 * Names for statement texts that a library builds at run time (pg-boss's insert and complete),
 * so each connection parses them once, as `prepared` does for ours. A text is looked up,
 * not hashed, on every call; only the first `limit` distinct texts are named, so a text that embeds
 * values could never grow the prepared statements of a connection without bound.
 */
export class PreparedTexts {
  private readonly known = new Map<string, Prepared>();

  constructor(private readonly limit: number) {}

  for(text: string): Prepared | string {
    const known = this.known.get(text);
    if (known) return known;
    if (this.known.size >= this.limit) return text;
    const named = prepared(text);
    this.known.set(text, named);
    return named;
  }
}

/** A pg client or pool: both have query(). */
export type Queryable = Pick<Pool, 'query'>;
