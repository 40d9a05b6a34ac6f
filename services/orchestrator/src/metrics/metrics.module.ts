import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { OrchestratorMetrics } from './orchestrator-metrics';

/** GET /metrics and the orchestrator's metrics; global so the task worker can record into them. */
@Global()
@Module({ controllers: [MetricsController], providers: [OrchestratorMetrics], exports: [OrchestratorMetrics] })
export class MetricsModule {}
