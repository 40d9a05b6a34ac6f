import { ApiOwnSecurity } from '@cutover/common';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator';
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
    return this.health.check([
      async () => {
        const session = this.indicators.check('database');
        try {
          await this.engine.ping();
          return session.up({ engine: this.engine.kind });
        } catch (error) {
          return session.down({ engine: this.engine.kind, message: (error as Error).message });
        }
      },
      () => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) }),
    ]);
  }
}
