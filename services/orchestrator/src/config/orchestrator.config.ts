import { IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { envOfValues, loadConfig, ServiceConfig, serviceDefaults, serviceEnv } from '@cutover/common';

/** The listener (port, host, TLS), logs and /metrics token: see ServiceConfig and the README. */
export class OrchestratorConfig extends ServiceConfig {
  @IsString()
  @MinLength(1, { message: 'is required: the PostgreSQL URL that holds the orchestrator state' })
  databaseUrl: string;

  /** Encrypts agent tokens at rest (AES-256-GCM with a key derived from it). */
  @IsString()
  @MinLength(24, { message: 'is required (at least 24 characters): it encrypts agent tokens at rest' })
  secretKey: string;

  /** An admin API key accepted from the start, to create the other keys. */
  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'must be at least 24 characters' })
  bootstrapAdminKey?: string;

  /** Agents that present this token may register themselves. Unset: only operators register agents. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  registrationToken?: string;

  /** An agent whose last heartbeat is older than this is `offline`. */
  @IsInt()
  @Min(5)
  agentOfflineAfterSeconds: number;

  /** Jobs of tasks whose worker stops heart-beating are retried after this many seconds (pg-boss minimum 10). */
  @IsInt()
  @Min(10)
  jobHeartbeatSeconds: number;

  /** How often pg-boss looks for jobs whose worker died. */
  @IsInt()
  @Min(1)
  queueMonitorSeconds: number;

  /** How long a task rides out an unreachable agent before it fails. */
  @IsInt()
  @Min(0)
  agentGraceSeconds: number;

  /** Task workers in this process (tasks executing at once across all runs). */
  @IsInt()
  @Min(1)
  @Max(1024)
  workers: number;

  /**
   * Lifetime of an export grant; a copy waiting longer in an agent's queue gets a fresh one at
   * half-life. At least 6 s: the orchestrator looks at a waiting copy every 2 s.
   */
  @IsInt()
  @Min(6)
  @Max(86_400)
  grantTtlSeconds: number;
}

export const ORCHESTRATOR_ENV: Record<keyof OrchestratorConfig, string> = {
  ...serviceEnv('ORCHESTRATOR'),
  databaseUrl: 'DATABASE_URL',
  secretKey: 'ORCHESTRATOR_SECRET_KEY',
  bootstrapAdminKey: 'ORCHESTRATOR_ADMIN_KEY',
  registrationToken: 'AGENT_REGISTRATION_TOKEN',
  agentOfflineAfterSeconds: 'AGENT_OFFLINE_AFTER_SECONDS',
  jobHeartbeatSeconds: 'JOB_HEARTBEAT_SECONDS',
  queueMonitorSeconds: 'QUEUE_MONITOR_SECONDS',
  workers: 'ORCHESTRATOR_WORKERS',
  agentGraceSeconds: 'AGENT_GRACE_SECONDS',
  grantTtlSeconds: 'GRANT_TTL_SECONDS',
};

export const ORCHESTRATOR_DEFAULTS: Partial<OrchestratorConfig> = {
  ...serviceDefaults(7300),
  agentOfflineAfterSeconds: 60,
  jobHeartbeatSeconds: 30,
  queueMonitorSeconds: 10,
  workers: 64,
  agentGraceSeconds: 120,
  grantTtlSeconds: 600,
};

export function loadOrchestratorConfig(env: Record<string, string | undefined> = process.env): OrchestratorConfig {
  return loadConfig('orchestrator', OrchestratorConfig, env, ORCHESTRATOR_ENV, ORCHESTRATOR_DEFAULTS);
}

export function orchestratorConfig(
  values: Partial<OrchestratorConfig> & Pick<OrchestratorConfig, 'databaseUrl' | 'secretKey'>,
): OrchestratorConfig {
  return loadOrchestratorConfig(envOfValues(ORCHESTRATOR_ENV, values));
}
