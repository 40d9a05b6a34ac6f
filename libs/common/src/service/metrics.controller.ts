import { Controller, Get, Headers, Inject, Res, type Type } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Registry } from 'prom-client';
import { checkMetricsToken } from '../observability/metrics';
import { Public } from '../public-route';

/**
 * GET /metrics of a service: its registry (`metrics`, a provider with `registry`) in Prometheus
 * text format; not part of the JSON API (no OpenAPI entry). Open unless the config's METRICS_TOKEN
 * is set (not a service's own key or token: a scraper need not be able to do anything else).
 */
export function createMetricsController(metrics: Type<{ registry: Registry }>, config: Type<{ metricsToken?: string }>): Type<unknown> {
  @ApiExcludeController()
  @Controller('metrics')
  class MetricsController {
    constructor(
      @Inject(metrics) private readonly service: { registry: Registry },
      @Inject(config) private readonly settings: { metricsToken?: string },
    ) {}

    @Get()
    @Public()
    async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
      checkMetricsToken(this.settings.metricsToken, authorization);
      const text = await this.service.registry.metrics();
      res.status(200).type(this.service.registry.contentType).send(text);
    }
  }
  return MetricsController;
}
