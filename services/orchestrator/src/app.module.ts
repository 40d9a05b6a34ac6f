import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { OutgoingTls, outgoingTlsProvider } from '@cutover/common';
import { AgentsModule } from './agents/agents.module';
import { AuthModule } from './auth/auth.module';
import { OrchestratorConfig } from './config/orchestrator.config';
import { DataUpgradeModule } from './data-upgrade/data-upgrade.module';
import { DatabaseModule } from './database/database.module';
import { HEALTH_PROBES_PROVIDER, HealthController } from './health/health.controller';
import { InfoController } from './info/info.controller';
import { MetricsModule } from './metrics/metrics.module';
import { PackagesModule } from './packages/packages.module';
import { PreprocessingModule } from './preprocessing/preprocessing.module';
import { QueueModule } from './queue/queue.module';
import { RehearsalsModule } from './rehearsals/rehearsals.module';
import { RunsModule } from './runs/runs.module';
import { StateTransferModule } from './state-transfer/state-transfer.module';
import { SystemsModule } from './systems/systems.module';
import { UpgradesModule } from './upgrades/upgrades.module';

@Module({})
export class OrchestratorModule {
  static forRoot(config: OrchestratorConfig): DynamicModule {
    return {
      module: OrchestratorModule,
      global: true,
      imports: [
        TerminusModule,
        DatabaseModule.forRoot(config.databaseUrl),
        QueueModule.forRoot(config),
        MetricsModule,
        AuthModule,
        AgentsModule,
        SystemsModule,
        PackagesModule,
        UpgradesModule,
        RunsModule,
        PreprocessingModule,
        DataUpgradeModule,
        StateTransferModule,
        RehearsalsModule,
      ],
      controllers: [HealthController, InfoController],
      providers: [{ provide: OrchestratorConfig, useValue: config }, HEALTH_PROBES_PROVIDER, outgoingTlsProvider(config, 'ORCHESTRATOR')],
      exports: [OrchestratorConfig, OutgoingTls],
    };
  }
}
