import { checkMetricsToken, Public } from '@cutover/common';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { OrchestratorMetrics } from './orchestrator-metrics';

/** Prometheus text format; not part of the JSON API (no OpenAPI entry). Open unless METRICS_TOKEN is set. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: OrchestratorMetrics,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    checkMetricsToken(this.config.metricsToken, authorization);
    const text = await this.metrics.registry.metrics();
    res.status(200).type(this.metrics.registry.contentType).send(text);
  }
}
