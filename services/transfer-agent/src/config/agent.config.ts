import { hostname } from 'node:os';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { envOfValues, loadConfig, ServiceConfig, serviceDefaults, serviceEnv } from '@cutover/common';
import { EngineKind } from '@cutover/contracts';

/** The listener (port, host, TLS), logs and /metrics token: see ServiceConfig and the README. */
export class AgentConfig extends ServiceConfig {
  @IsEnum(EngineKind, { message: `must be one of: ${Object.values(EngineKind).join(', ')}` })
  engine: EngineKind;

  @IsString()
  @MinLength(1, { message: 'is required: the connection URL of the database this agent serves' })
  databaseUrl: string;

  @IsString()
  @MinLength(24, { message: 'must be at least 24 characters (it signs export grants too)' })
  token: string;

  @IsString()
  @MinLength(1)
  name: string;

  /** How other agents and the orchestrator reach this one; defaults to http://host:port. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  publicUrl?: string;

  @IsInt()
  @Min(1)
  @Max(256)
  maxOperations: number;

  @Matches(/^\d+\s*(kB|MB|GB)$/, { message: 'must be a size such as 256MB' })
  maintenanceWorkMem: string;

  /** Indexes of one table that finish-table builds at once, each in its own session (pgcopydb's index jobs). */
  @IsInt()
  @Min(1)
  @Max(64)
  indexJobs: number;

  /** Self-registration with an orchestrator: both or neither. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  orchestratorUrl?: string;

  @ValidateIf((c: AgentConfig) => c.orchestratorUrl !== undefined)
  @IsString({ message: 'is required when ORCHESTRATOR_URL is set' })
  @MinLength(16)
  registrationToken?: string;

  /** Seconds between heartbeats to the orchestrator. */
  @IsInt()
  @Min(1)
  @Max(3600)
  heartbeatSeconds: number;

  /** Where backup-database writes and restore-database reads (for SQL Server: a directory as the database server sees it). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  backupDir?: string;

  /** pg_dump for backup-database on PostgreSQL; default: the first pg_dump on PATH. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  pgDump?: string;

  /** pg_restore for restore-database on PostgreSQL; default: the one beside AGENT_PG_DUMP, else the first on PATH. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  pgRestore?: string;

  /** SQL Server: where restore-database puts the data and log files (as the server sees it); default: the server's default paths. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  restoreDataDir?: string;

  /** SQL Server TLS: a PEM file of the CA(s) that signed the server's certificate (when it is not signed by a public CA). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  mssqlTlsCaFile?: string;

  /** SQL Server TLS: the host name the server's certificate must name, when it differs from the address in the URL. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.*-]{1,253}$/, { message: 'must be a host name' })
  mssqlTlsServerName?: string;

  /** SQL Server TLS: the lowest TLS version the agent accepts (Node requires 1.2 at least). */
  @IsOptional()
  @IsIn(['TLSv1.2', 'TLSv1.3'], { message: 'must be TLSv1.2 or TLSv1.3 (Node does not speak older TLS)' })
  mssqlTlsMinVersion?: 'TLSv1.2' | 'TLSv1.3';

  /** SQL Server TLS: accept any server certificate (no check at all; logged as a warning at every start). */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  mssqlTrustServerCertificate?: 'true' | 'false';

  /** SQL Server: how long one schema change on a live table waits for its Sch-M lock before it gives up and retries. */
  @IsInt()
  @Min(100)
  @Max(60000)
  mssqlLockTimeoutMs: number;

  /** SQL Server: attempts per table (with doubling backoff) before a table is reported as not altered. */
  @IsInt()
  @Min(1)
  @Max(20)
  mssqlLockAttempts: number;

  /** How often, in single-user mode, the watchdog ends other logins' sessions; 0 turns it off. */
  @IsInt()
  @Min(0)
  @Max(60000)
  singleUserWatchMs: number;
}

export const AGENT_ENV: Record<keyof AgentConfig, string> = {
  ...serviceEnv('AGENT'),
  engine: 'AGENT_ENGINE',
  databaseUrl: 'AGENT_DATABASE_URL',
  token: 'AGENT_TOKEN',
  name: 'AGENT_NAME',
  publicUrl: 'AGENT_PUBLIC_URL',
  maxOperations: 'AGENT_MAX_OPERATIONS',
  maintenanceWorkMem: 'AGENT_MAINTENANCE_WORK_MEM',
  indexJobs: 'AGENT_INDEX_JOBS',
  orchestratorUrl: 'ORCHESTRATOR_URL',
  registrationToken: 'AGENT_REGISTRATION_TOKEN',
  heartbeatSeconds: 'AGENT_HEARTBEAT_SECONDS',
  backupDir: 'AGENT_BACKUP_DIR',
  pgDump: 'AGENT_PG_DUMP',
  pgRestore: 'AGENT_PG_RESTORE',
  restoreDataDir: 'AGENT_RESTORE_DATA_DIR',
  singleUserWatchMs: 'AGENT_SINGLE_USER_WATCH_MS',
  mssqlTlsCaFile: 'AGENT_MSSQL_TLS_CA_FILE',
  mssqlTlsServerName: 'AGENT_MSSQL_TLS_SERVER_NAME',
  mssqlTlsMinVersion: 'AGENT_MSSQL_TLS_MIN_VERSION',
  mssqlTrustServerCertificate: 'AGENT_MSSQL_TRUST_SERVER_CERTIFICATE',
  mssqlLockTimeoutMs: 'AGENT_MSSQL_LOCK_TIMEOUT_MS',
  mssqlLockAttempts: 'AGENT_MSSQL_LOCK_ATTEMPTS',
};

export const AGENT_DEFAULTS: Partial<AgentConfig> = {
  ...serviceDefaults(7310),
  name: hostname(),
  maxOperations: 8,
  maintenanceWorkMem: '256MB',
  indexJobs: 2,
  heartbeatSeconds: 10,
  singleUserWatchMs: 250,
  mssqlLockTimeoutMs: 3000,
  mssqlLockAttempts: 4,
};

export function loadAgentConfig(env: Record<string, string | undefined> = process.env): AgentConfig {
  return loadConfig('transfer-agent', AgentConfig, env, AGENT_ENV, AGENT_DEFAULTS);
}

/** Builds a config in code (tests, the demo) with the same validation as the environment path. */
export function agentConfig(values: Partial<AgentConfig> & Pick<AgentConfig, 'engine' | 'databaseUrl' | 'token'>): AgentConfig {
  return loadAgentConfig(envOfValues(AGENT_ENV, values));
}
