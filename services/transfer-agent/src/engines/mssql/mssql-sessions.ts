import { Logger } from '@nestjs/common';
import { type OperationContext } from '../engine';
import { MssqlCatalog } from './catalog';
import { parseMssqlConnection, type MssqlTlsOptions } from './config';
import { DEFAULT_DDL_LOCK_POLICY, type DdlLockPolicy } from './ddl-lock';
import { query, TediousPool, type PooledConnection } from './connection';
import { pingSql } from './session-sql';

export interface MssqlEngineOptions {
  /** mssql:// URL or ADO.NET connection string (see config.ts). */
  url: string;
  /** Pool size: concurrent operations (threads) plus exports served to other agents. */
  poolSize: number;
  /** Indexes finish-table builds at once, each on its own connection (AGENT_INDEX_JOBS). */
  indexJobs?: number;
  /** Where restore-database puts data and log files (as the server sees it); default: the server's default paths. */
  restoreDataDir?: string;
  /** Lock timeout and retries of schema changes on live tables (change tracking, capture and guard triggers). */
  ddlLock?: DdlLockPolicy;
  /** TLS settings beyond the connection string's (agent config). */
  tls?: MssqlTlsOptions;
}

/** The connection side of the SQL Server engine: the pool and connections an error closes. The engine's operations build on it. */
export abstract class MssqlSessions {
  protected readonly pool: TediousPool;
  protected readonly catalog: MssqlCatalog;

  protected readonly ddlLock: DdlLockPolicy;

  constructor(protected readonly options: MssqlEngineOptions) {
    const { config, warnings } = parseMssqlConnection(options.url, options.tls);
    for (const warning of warnings) new Logger('SqlServer').warn(warning);
    this.ddlLock = options.ddlLock ?? DEFAULT_DDL_LOCK_POLICY;
    this.pool = new TediousPool(config, options.poolSize);
    this.catalog = new MssqlCatalog(this.pool);
  }

  async connect(): Promise<void> {
    await this.ping();
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  async ping(): Promise<void> {
    await this.withConnection(null, (c) => query(c.conn, pingSql));
  }

  /** Runs work on one pooled connection; on any error (including a cancel) the connection is closed. */
  protected async withConnection<T>(ctx: OperationContext | null, work: (c: PooledConnection) => Promise<T>): Promise<T> {
    ctx?.signal.throwIfAborted();
    const c = await this.pool.acquire();
    let broken: unknown;
    try {
      return await work(c);
    } catch (error) {
      broken = error;
      throw error;
    } finally {
      this.pool.release(c, broken);
    }
  }
}
