import { createMetricsController } from '@cutover/common';
import { AgentConfig } from '../config/agent.config';
import { AgentMetrics } from './agent-metrics';

/** GET /metrics: the agent's registry, open unless METRICS_TOKEN is set (not the agent token: a scraper need not be able to run operations). */
export const MetricsController = createMetricsController(AgentMetrics, AgentConfig);
