import { checkMetricsToken, Public } from '@cutover/common';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgentConfig } from '../config/agent.config';
import { AgentMetrics } from './agent-metrics';

/** Prometheus text format; not part of the JSON API (no OpenAPI entry). Open unless METRICS_TOKEN is set (not the agent token: a scraper need not be able to run operations). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: AgentMetrics,
    @Inject(AgentConfig) private readonly config: AgentConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    checkMetricsToken(this.config.metricsToken, authorization);
    const text = await this.metrics.registry.metrics();
    res.status(200).type(this.metrics.registry.contentType).send(text);
  }
}
