import { timingSafeEqual } from 'node:crypto';
import { UnauthorizedException } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HttpObserver } from './http-observe';

/** Buckets for request and task durations: 5 ms to 15 min. */
export const DURATION_BUCKETS = [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 180, 600, 900];

/**
 * One registry per app (tests and the demo run an orchestrator and agents in one process), with
 * Node's process metrics and the HTTP request histogram both services have. Labels are bounded:
 * method, route template, status code.
 */
export function createServiceRegistry(): { registry: Registry; http: HttpObserver } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const histogram = new Histogram({
    name: 'cutover_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const http: HttpObserver = {
    requestFinished: (r) => histogram.observe({ method: r.method, route: r.route, status: String(r.status) }, r.seconds),
  };
  return { registry, http };
}

/** Connections of a database pool: in use (checked out) and callers waiting for one. */
export interface PoolStats {
  inUse: number;
  waiting: number;
}

/** cutover_db_pool_connections_in_use and _waiting, read from the pool at scrape time. */
export function registerPoolGauges(registry: Registry, stats: () => PoolStats): void {
  new Gauge({
    name: 'cutover_db_pool_connections_in_use',
    help: 'Database connections checked out of the pool',
    registers: [registry],
    collect() {
      this.set(stats().inUse);
    },
  });
  new Gauge({
    name: 'cutover_db_pool_waiting',
    help: 'Callers waiting for a database connection',
    registers: [registry],
    collect() {
      this.set(stats().waiting);
    },
  });
}

/** With METRICS_TOKEN set, a scrape must bring it as a bearer token; without, /metrics is open. */
export function checkMetricsToken(expected: string | undefined, authorization: string | undefined): void {
  if (expected === undefined) return;
  const given = Buffer.from(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new UnauthorizedException('GET /metrics needs Authorization: Bearer <METRICS_TOKEN>');
  }
}
