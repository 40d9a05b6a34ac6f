import { type DynamicModule, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { BearerGuard } from './auth/bearer.guard';
import { CatalogController } from './catalog/catalog.controller';
import { TableResolver } from './catalog/table-resolver';
import { outgoingTlsProvider } from '@cutover/common';
import { AgentConfig } from './config/agent.config';
import type { Engine } from './engines/engine';
import { createEngine, ENGINE } from './engines/engine.provider';
import { ExportController } from './export/export.controller';
import { HEALTH_PROBES_PROVIDER, HealthController } from './health/health.controller';
import { InfoController } from './info/info.controller';
import { AgentMetrics } from './metrics/agent-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { AdminOperationHandlers } from './operations/admin-handlers';
import { StateOperationHandlers } from './operations/state-handlers';
import { BackupOperationHandlers } from './operations/backup-handlers';
import { OperationHandlers } from './operations/operation-handlers';
import { OperationsController } from './operations/operations.controller';
import { OperationsService } from './operations/operations.service';
import { RegistrationService } from './registration/registration.service';
import { SessionsController } from './sessions/sessions.controller';
import { SingleUserWatchdog } from './sessions/single-user-watchdog';

/** Connects the engine at start-up (so a wrong URL fails the boot) and closes it last. */
class EngineLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  async onModuleInit(): Promise<void> {
    await this.engine.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}

@Module({})
export class AgentModule {
  static forRoot(config: AgentConfig): DynamicModule {
    return {
      module: AgentModule,
      imports: [TerminusModule],
      controllers: [
        HealthController,
        InfoController,
        CatalogController,
        SessionsController,
        OperationsController,
        ExportController,
        MetricsController,
      ],
      providers: [
        { provide: AgentConfig, useValue: config },
        outgoingTlsProvider(config, 'AGENT'),
        { provide: ENGINE, useFactory: () => createEngine(config) },
        HEALTH_PROBES_PROVIDER,
        { provide: APP_GUARD, useClass: BearerGuard },
        EngineLifecycle,
        AgentMetrics,
        TableResolver,
        AdminOperationHandlers,
        StateOperationHandlers,
        BackupOperationHandlers,
        OperationHandlers,
        OperationsService,
        RegistrationService,
        SingleUserWatchdog,
      ],
    };
  }
}
