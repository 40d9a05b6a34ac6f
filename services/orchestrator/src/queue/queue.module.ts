import { type BeforeApplicationShutdown, type DynamicModule, Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { OrchestratorConfig } from '../config/orchestrator.config';
import { PgBossDriver } from './pg-boss.driver';
import { QUEUE_DRIVER, type QueueDriver } from './queue.driver';

class QueueLifecycle implements OnModuleInit, BeforeApplicationShutdown {
  constructor(@Inject(QUEUE_DRIVER) private readonly queue: QueueDriver) {}

  onModuleInit(): Promise<void> {
    return this.queue.start();
  }

  /** Workers stop before the database pools close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.queue.stop();
  }
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(config: OrchestratorConfig): DynamicModule {
    return {
      module: QueueModule,
      providers: [
        {
          provide: QUEUE_DRIVER,
          useFactory: () =>
            new PgBossDriver({
              url: config.databaseUrl,
              heartbeatSeconds: config.jobHeartbeatSeconds,
              monitorSeconds: config.queueMonitorSeconds,
            }),
        },
        QueueLifecycle,
      ],
      exports: [QUEUE_DRIVER],
    };
  }
}
