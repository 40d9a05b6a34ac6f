import { applyDecorators, Controller, Get, Inject, type Type } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { Public } from '../public-route';
import { ApiOwnSecurity } from '../swagger';

/** One indicator of a service's health: up with what `check` answers, down with the error's message. */
export interface HealthProbe {
  name: string;
  check: () => Promise<Record<string, unknown> | void>;
  /** Details given whether it is up or down (e.g. the engine). */
  details?: Record<string, unknown>;
}

/** The probes behind GET /health (`check`) and GET /health/ready (`ready`); `process` stands for the process probe. */
export interface HealthProbes {
  check: (HealthProbe | 'process')[];
  ready: (HealthProbe | 'process')[];
}

/** The token a service provides its HealthProbes under. */
export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

/** The summaries of the three routes in the service's OpenAPI document. */
export interface HealthSummaries {
  check: string;
  live: string;
  ready: string;
}

/** A health route: public (no key, no token), its own security in the document, 503 when a probe is down. */
const healthRoute = (summary: string, path?: string) =>
  applyDecorators(Get(path), Public(), ApiOwnSecurity(), ApiOperation({ summary }), HealthCheck());

/**
 * The health controller of a service: GET /health, /health/live (the process only) and
 * /health/ready, public, 503 when a probe is down. The service provides HEALTH_PROBES.
 */
export function createHealthController(summaries: HealthSummaries): Type<unknown> {
  @ApiTags('health')
  @Controller('health')
  class HealthController {
    constructor(
      private readonly health: HealthCheckService,
      private readonly indicators: HealthIndicatorService,
      @Inject(HEALTH_PROBES) private readonly probes: HealthProbes,
    ) {}

    @healthRoute(summaries.check)
    check(): Promise<HealthCheckResult> {
      return this.health.check(this.probes.check.map((probe) => () => this.run(probe)));
    }

    @healthRoute(summaries.live, 'live')
    live(): Promise<HealthCheckResult> {
      return this.health.check([() => this.run('process')]);
    }

    @healthRoute(summaries.ready, 'ready')
    ready(): Promise<HealthCheckResult> {
      return this.health.check(this.probes.ready.map((probe) => () => this.run(probe)));
    }

    private async run(probe: HealthProbe | 'process'): Promise<HealthIndicatorResult> {
      if (probe === 'process') return this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) });
      const session = this.indicators.check(probe.name);
      try {
        return session.up({ ...probe.details, ...(await probe.check()) });
      } catch (error) {
        return session.down({ ...probe.details, message: (error as Error).message });
      }
    }
  }
  return HealthController;
}
