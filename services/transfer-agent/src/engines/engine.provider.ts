import { EngineKind } from '@cutover/contracts';
import type { AgentConfig } from '../config/agent.config';
import type { Engine } from './engine';
import { MssqlEngine } from './mssql/mssql.engine';
import type { MssqlTlsOptions } from './mssql/config';
import { PostgresEngine } from './postgres/postgres.engine';

/** Injection token for the one engine this agent serves. */
export const ENGINE = Symbol('ENGINE');

export function createEngine(config: AgentConfig): Engine {
  // Exports to other agents run beside this agent's own operations, so the pool holds both.
  const poolSize = config.maxOperations * 2 + config.indexJobs + 2;
  switch (config.engine) {
    case EngineKind.Postgres:
      return new PostgresEngine({
        url: config.databaseUrl,
        poolSize,
        maintenanceWorkMem: config.maintenanceWorkMem,
        indexJobs: config.indexJobs,
        pgDump: config.pgDump,
        pgRestore: config.pgRestore,
      });
    case EngineKind.Mssql:
      return new MssqlEngine({
        url: config.databaseUrl,
        poolSize,
        indexJobs: config.indexJobs,
        restoreDataDir: config.restoreDataDir,
        ddlLock: { timeoutMs: config.mssqlLockTimeoutMs, attempts: config.mssqlLockAttempts, backoffMs: 1000 },
        tls: mssqlTls(config),
      });
  }
}

function mssqlTls(config: AgentConfig): MssqlTlsOptions {
  const trust = config.mssqlTrustServerCertificate;
  return {
    caFile: config.mssqlTlsCaFile,
    serverName: config.mssqlTlsServerName,
    minVersion: config.mssqlTlsMinVersion,
    trustServerCertificate: trust === undefined ? undefined : trust === 'true',
  };
}
