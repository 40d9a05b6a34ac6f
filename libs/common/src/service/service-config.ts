import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { TlsConfig, tlsEnv } from '../tls/tls-config';

/**
 * The settings every service has: its listener (port, host, TLS), its logs and its /metrics
 * token. Each service's config extends this and adds its own.
 */
export abstract class ServiceConfig extends TlsConfig {
  @IsInt()
  @Min(0)
  @Max(65535)
  port: number;

  @IsString()
  host: string;

  @IsIn(['error', 'warn', 'log', 'debug'])
  logLevel: 'error' | 'warn' | 'log' | 'debug';

  /** Log lines as JSON objects (for collectors) or pretty text (for a person at a terminal). */
  @IsIn(['json', 'pretty'], { message: 'must be json or pretty' })
  logFormat: 'json' | 'pretty';

  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; unset, /metrics is open (see the README). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  metricsToken?: string;
}

/** The variables of the shared settings of a service whose variables start with `prefix` (ORCHESTRATOR, AGENT). */
export function serviceEnv(prefix: string): Record<keyof ServiceConfig, string> {
  return {
    ...tlsEnv(prefix),
    port: `${prefix}_PORT`,
    host: `${prefix}_HOST`,
    logLevel: 'LOG_LEVEL',
    logFormat: 'LOG_FORMAT',
    metricsToken: 'METRICS_TOKEN',
  };
}

/** The defaults of the shared settings: loopback on `port`, JSON logs at `log` level. */
export function serviceDefaults(port: number): Partial<ServiceConfig> {
  return { port, host: '127.0.0.1', logLevel: 'log', logFormat: 'json' };
}

/** A config built in code (tests, the demo) as its variables: loading it validates it exactly as the environment path does. */
export function envOfValues<T extends object>(names: Record<keyof T, string>, values: Partial<T>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) env[names[key as keyof T]] = String(value);
  }
  return env;
}
