import { Pool, type PoolClient } from 'pg';
import { type OperationContext } from '../engine';
import { PostgresCatalog } from './catalog';
import { AGENT_APPLICATION_NAME } from './sessions';

export interface PostgresEngineOptions {
  url: string;
  /** Pool size: concurrent operations plus exports served to other agents. */
  poolSize: number;
  /** maintenance_work_mem for index builds in finish-table. */
  maintenanceWorkMem: string;
  /** Plain indexes of one table built at once by finishTable (default 1). */
  indexJobs?: number;
  /** pg_dump for backup-database (default: the first on PATH). */
  pgDump?: string;
  /** pg_restore for restore-database (default: beside pgDump, else the first on PATH). */
  pgRestore?: string;
}

/** A pooled connection whose running statement can be canceled from outside. */
export interface Session {
  client: PoolClient;
  pid: number;
}

/**
 * The connection side of the PostgreSQL engine: the pool, sessions whose running statement an
 * abort cancels, and the pids that cancel uses. The engine's operations build on it.
 */
export abstract class PostgresSessions {
  protected readonly pool: Pool;
  protected readonly catalog: PostgresCatalog;
  private readonly pids = new WeakMap<PoolClient, number>();

  constructor(protected readonly options: PostgresEngineOptions) {
    this.pool = new Pool({
      connectionString: options.url,
      max: options.poolSize,
      application_name: AGENT_APPLICATION_NAME,
      idleTimeoutMillis: 30_000,
    });
    // An idle client that dies (server restart, terminated backend) must not crash the agent.
    this.pool.on('error', () => undefined);
    this.catalog = new PostgresCatalog(this.pool);
  }

  async connect(): Promise<void> {
    await this.ping();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  protected async acquire(): Promise<Session> {
    const client = await this.pool.connect();
    // pg-pool takes its idle 'error' listener off a checked-out client; a connection that dies
    // mid-operation must fail the operation (its query rejects), not crash the agent.
    if (client.listenerCount('error') === 0) client.on('error', () => undefined);
    // A pooled connection keeps its backend for life: ask its pid once.
    const known = this.pids.get(client);
    if (known !== undefined) return { client, pid: known };
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      // Without it a backend finishes (and commits) a long statement after the agent died: a killed
      // agent's script would take effect behind the orchestrator's back. Not every platform has it
      // (Windows refuses a non-zero value), so a refusal leaves the server's default.
      await client.query(`SET client_connection_check_interval = '2s'`).catch(() => undefined);
      this.pids.set(client, rows[0].pid);
      return { client, pid: rows[0].pid };
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }

  /** Runs work on one connection; an abort cancels its running statement. */
  protected async withSession<T>(ctx: OperationContext, work: (s: Session) => Promise<T>): Promise<T> {
    ctx.signal.throwIfAborted();
    const session = await this.acquire();
    const onAbort = () => void this.cancelBackend(session.pid);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    let broken: Error | undefined;
    try {
      return await work(session);
    } catch (error) {
      // After a cancel or a failed COPY the connection state is uncertain: do not reuse it.
      broken = error as Error;
      throw error;
    } finally {
      ctx.signal.removeEventListener('abort', onAbort);
      session.client.release(broken);
    }
  }

  protected async cancelBackend(pid: number): Promise<void> {
    await this.pool.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
  }
}
