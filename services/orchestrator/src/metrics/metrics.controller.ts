import { createMetricsController } from '@cutover/common';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { OrchestratorMetrics } from './orchestrator-metrics';

/** GET /metrics: the orchestrator's registry, open unless METRICS_TOKEN is set. */
export const MetricsController = createMetricsController(OrchestratorMetrics, OrchestratorConfig);
