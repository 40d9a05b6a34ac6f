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
import { StatePool } from '../database/state-pool';
import { QueueName } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: StatePool,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
  ) {}

  /** Liveness of the process and reachability of the state database. No key needed. */
  @Get()
  @Public()
  @ApiOwnSecurity()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database()]);
  }

  /** The process answers (a liveness probe: restart me when this fails). Touches nothing else. No key needed. */
  @Get('live')
  @Public()
  @ApiOwnSecurity()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([() => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  /** Ready for traffic: the state database answers and the task queue (pg-boss) can be read. 503 otherwise. No key needed. */
  @Get('ready')
  @Public()
  @ApiOwnSecurity()
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database(), () => this.queueCheck()]);
  }

  private async database(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('database');
    try {
      await this.db.query('SELECT 1');
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }

  private async queueCheck(): Promise<HealthIndicatorResult> {
    const session = this.indicators.check('queue');
    try {
      return session.up({ pending: await this.queue.pending(QueueName.Tasks) });
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}
