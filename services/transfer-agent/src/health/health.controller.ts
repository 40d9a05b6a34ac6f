import { ApiOwnSecurity, Public } from '@cutover/common';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(ENGINE) private readonly engine: Engine,
  ) {}

  /** Liveness of the process and reachability of the database. No token needed. */
  @Get()
  @Public()
  @ApiOwnSecurity()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database(), () => this.process()]);
  }

  /** The process answers (a liveness probe: restart me when this fails). Touches nothing else. No token needed. */
  @Get('live')
  @Public()
  @ApiOwnSecurity()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.process()]);
  }

  /** Ready for traffic: the database this agent serves answers. 503 otherwise. No token needed. */
  @Get('ready')
  @Public()
  @ApiOwnSecurity()
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database()]);
  }

  private async database(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('database');
    try {
      await this.engine.ping();
      return session.up({ engine: this.engine.kind });
    } catch (error) {
      return session.down({ engine: this.engine.kind, message: (error as Error).message });
    }
  }

  private process(): HealthIndicatorResult {
    return this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) });
  }
}
