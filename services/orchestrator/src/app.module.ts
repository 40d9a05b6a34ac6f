import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { OrchestratorConfig } from './config/orchestrator.config';
import { HealthController } from './health/health.controller';
import { StateDatabase } from './health/state-database';
import { InfoController } from './info/info.controller';

@Module({})
export class OrchestratorModule {
  static forRoot(config: OrchestratorConfig): DynamicModule {
    return {
      module: OrchestratorModule,
      imports: [TerminusModule],
      controllers: [HealthController, InfoController],
      providers: [{ provide: OrchestratorConfig, useValue: config }, StateDatabase],
    };
  }
}
