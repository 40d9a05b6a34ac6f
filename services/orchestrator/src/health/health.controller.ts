import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { StateDatabase } from './state-database';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: StateDatabase,
  ) {}

  /** Liveness of the process and reachability of the state database. */
  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      async () => {
        const session = this.indicators.check('database');
        try {
          await this.db.ping();
          return session.up();
        } catch (error) {
          return session.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
