import { ApiOwnSecurity } from '@cutover/common';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { Unauthenticated } from '../auth/roles';
import { StatePool } from '../database/state-pool';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: StatePool,
  ) {}

  /** Liveness of the process and reachability of the state database. No key needed. */
  @Get()
  @Unauthenticated()
  @ApiOwnSecurity()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      async () => {
        const session = this.indicators.check('database');
        try {
          await this.db.query('SELECT 1');
          return session.up();
        } catch (error) {
          return session.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
