import { IsIn, IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { loadConfig } from '@cutover/common';

export class OrchestratorConfig {
  @IsString()
  @MinLength(1, { message: 'is required: the PostgreSQL URL that holds the orchestrator state' })
  databaseUrl: string;

  @IsInt()
  @Min(0)
  @Max(65535)
  port: number;

  @IsString()
  host: string;

  @IsIn(['error', 'warn', 'log', 'debug'])
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

export const ORCHESTRATOR_ENV: Record<keyof OrchestratorConfig, string> = {
  databaseUrl: 'DATABASE_URL',
  port: 'ORCHESTRATOR_PORT',
  host: 'ORCHESTRATOR_HOST',
  logLevel: 'LOG_LEVEL',
};

export function loadOrchestratorConfig(env: Record<string, string | undefined> = process.env): OrchestratorConfig {
  return loadConfig('orchestrator', OrchestratorConfig, env, ORCHESTRATOR_ENV, { port: 7300, host: '127.0.0.1', logLevel: 'log' });
}

export function orchestratorConfig(values: Partial<OrchestratorConfig> & Pick<OrchestratorConfig, 'databaseUrl'>): OrchestratorConfig {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) env[ORCHESTRATOR_ENV[key as keyof OrchestratorConfig]] = String(value);
  }
  return loadOrchestratorConfig(env);
}
