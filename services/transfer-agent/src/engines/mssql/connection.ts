import { Connection, ISOLATION_LEVEL, Request, TYPES, type ConnectionConfiguration } from 'tedious';
import type { ColumnMetadata } from 'tedious/lib/token/colmetadata-token-parser';
import { sessionIdSql } from './session-sql';
import type { SqlParam } from './tsql';
import { explainConnectError } from './config';

/** A tedious connection with its server process id (@@SPID), known once opened. */
export interface PooledConnection {
  conn: Connection;
  spid: number;
}

export interface InfoMessage {
  number: number;
  class: number;
  message: string;
  lineNumber: number;
}

export interface RunOptions {
  params?: SqlParam[];
  onColumns?: (columns: ColumnMetadata[]) => void;
  onRow?: (values: unknown[], request: Request) => void;
  /** Aborting cancels the request (TDS attention) through tedious. */
  signal?: AbortSignal;
}

/** Runs one request; parameterized text goes through sp_executesql, plain text as a SQL batch. */
export function run(conn: Connection, sql: string, options: RunOptions = {}): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    options.signal?.throwIfAborted();
    const onAbort = () => conn.cancel();
    const request = new Request(sql, (error, rowCount) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (error) reject(options.signal?.aborted ? (options.signal.reason as Error) : error);
      else resolve(rowCount ?? 0);
    });
    for (const p of options.params ?? []) request.addParameter(p.name, TYPES.NVarChar, p.value, { length: Math.max(p.value.length, 1) });
    if (options.onColumns) request.on('columnMetadata', (cols) => options.onColumns!(Array.isArray(cols) ? cols : Object.values(cols)));
    if (options.onRow)
      request.on('row', (columns) =>
        options.onRow!(
          (columns as { value: unknown }[]).map((c) => c.value),
          request,
        ),
      );
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.params && options.params.length > 0) conn.execSql(request);
    else conn.execSqlBatch(request);
  });
}

/** Runs a query and collects its rows as arrays (small catalog queries only). */
export async function query<T extends unknown[] = unknown[]>(conn: Connection, sql: string, params: SqlParam[] = []): Promise<T[]> {
  const rows: T[] = [];
  await run(conn, sql, { params, onRow: (values) => rows.push(values as T) });
  return rows;
}

/** The number a `SELECT COUNT(*) …` answers (0 when it answers no row). */
export async function queryCount(conn: Connection, sql: string, params: SqlParam[] = []): Promise<number> {
  return Number((await query<[number]>(conn, sql, params))[0]?.[0] ?? 0);
}

/**
 * Begins (READ COMMITTED, or SNAPSHOT for the delta read), commits or rolls back. tedious sends
 * the isolation level with the begin request, and it stays the session's level afterwards: a
 * caller that begins in SNAPSHOT sets READ COMMITTED back when done.
 */
export function transaction(conn: Connection, action: 'begin' | 'commit' | 'rollback', isolation?: 'snapshot'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (error: Error | null | undefined) => (error ? reject(error) : resolve());
    if (action === 'begin')
      conn.beginTransaction(done, '', isolation === 'snapshot' ? ISOLATION_LEVEL.SNAPSHOT : ISOLATION_LEVEL.READ_COMMITTED);
    else if (action === 'commit') conn.commitTransaction(done);
    else conn.rollbackTransaction(done);
  });
}

/**
 * A small pool of tedious connections. node-mssql's pool would do for plain queries, but bulk load
 * with an AsyncIterable and paused row streams need the tedious Connection itself, so the engine
 * owns its connections. A connection that saw an error or a cancel is closed rather than reused:
 * its transaction state is uncertain (a TDS attention does not roll back even under XACT_ABORT).
 */
export class TediousPool {
  private readonly idle: PooledConnection[] = [];
  private readonly waiters: ((c: PooledConnection | Error) => void)[] = [];
  private readonly all = new Set<PooledConnection>();
  private opening = 0;
  private closed = false;

  constructor(
    private readonly config: ConnectionConfiguration,
    private readonly max: number,
  ) {}

  /** Server process ids of the pool's open connections (sessions that are the agent's own). */
  spids(): Set<number> {
    return new Set([...this.all].map((c) => c.spid));
  }

  /** Connections checked out (open, not idle) and callers waiting for one. */
  stats(): { inUse: number; waiting: number } {
    return { inUse: this.all.size - this.idle.length, waiting: this.waiters.length };
  }

  async acquire(): Promise<PooledConnection> {
    if (this.closed) throw new Error('the SQL Server connection pool is closed');
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.all.size + this.opening < this.max) {
      this.opening++;
      try {
        const c = await this.open();
        this.all.add(c);
        return c;
      } finally {
        this.opening--;
      }
    }
    return new Promise<PooledConnection>((resolve, reject) => {
      this.waiters.push((c) => (c instanceof Error ? reject(c) : resolve(c)));
    });
  }

  release(c: PooledConnection, broken?: unknown): void {
    if (broken || this.closed) {
      this.all.delete(c);
      c.conn.close();
      // A waiter may open a fresh connection in the freed slot.
      const waiter = this.waiters.shift();
      if (waiter && !this.closed) {
        this.opening++;
        this.open().then(
          (fresh) => {
            this.opening--;
            this.all.add(fresh);
            waiter(fresh);
          },
          (error: Error) => {
            this.opening--;
            waiter(error);
          },
        );
      }
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter(c);
    else this.idle.push(c);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w(new Error('the SQL Server connection pool is closed'));
    for (const c of this.all) c.conn.close();
    this.all.clear();
    this.idle.length = 0;
  }

  private open(): Promise<PooledConnection> {
    return new Promise<PooledConnection>((resolve, reject) => {
      const conn = new Connection(this.config);
      // A connection that dies while idle must not crash the agent; the next use fails instead.
      conn.on('error', () => undefined);
      conn.connect((error) => {
        if (error) {
          reject(explainConnectError(error));
          return;
        }
        query<[number]>(conn, sessionIdSql).then(
          (rows) => resolve({ conn, spid: rows[0][0] }),
          (e: Error) => {
            conn.close();
            reject(e);
          },
        );
      });
    });
  }
}
