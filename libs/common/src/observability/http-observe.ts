import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { contextFromHeaders, runWithContext } from '@cutover/contracts';
import { redactUrl } from '../redact';

/** Told of every finished request; `route` is the route template (`/v1/runs/:id`), never the path. */
export interface HttpObserver {
  requestFinished(request: { method: string; route: string; status: number; seconds: number }): void;
}

/** Requests Express answered without a route (404s, static files, Swagger UI) share one label. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Probes are frequent: their lines are debug, not info. */
const PROBES = /^\/(health|metrics)(\/|$)/;

/**
 * The first middleware of both services: gives the request its id (the caller's X-Request-Id when
 * valid, else a new one), echoes it in the response, runs the rest of the request in its context
 * (log lines, agent calls), and on finish logs one line and reports the duration by route template.
 */
export function observeRequests(options: { metrics?: HttpObserver; logger?: Logger }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const context = contextFromHeaders(req.headers);
    (req as Request & { id?: string }).id = context.requestId;
    res.setHeader('X-Request-Id', context.requestId);
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const routePath = (req.route as { path?: unknown } | undefined)?.path;
      const route = typeof routePath === 'string' ? `${req.baseUrl}${routePath}` : UNMATCHED_ROUTE;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      options.metrics?.requestFinished({ method: req.method, route, status: res.statusCode, seconds });
      const level = res.statusCode >= 500 ? 'warn' : PROBES.test(req.path) ? 'debug' : 'info';
      runWithContext(context, () =>
        options.logger?.[level](
          { method: req.method, url: redactUrl(req.originalUrl), route, status: res.statusCode, ms: Math.round(seconds * 1000) },
          'request completed',
        ),
      );
    });
    runWithContext(context, next);
  };
}
