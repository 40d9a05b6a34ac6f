import { Global, Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { MetricsController } from './metrics.controller';
import { OrchestratorMetrics } from './orchestrator-metrics';

/** GET /metrics and the orchestrator's metrics; global so the task worker can record into them. The run and task gauges read the runs repositories. */
@Global()
@Module({ imports: [RunsModule], controllers: [MetricsController], providers: [OrchestratorMetrics], exports: [OrchestratorMetrics] })
export class MetricsModule {}
