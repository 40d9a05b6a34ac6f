import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { checkMetricsToken, createServiceLogger, PinoNestLogger } from '@cutover/common';
import { contextFromHeaders, contextHeaders, runWithContext } from '@cutover/contracts';
import type { StatePool } from '../../services/orchestrator/src/database/state-pool';
import { OrchestratorMetrics } from '../../services/orchestrator/src/metrics/orchestrator-metrics';
import type { QueueDriver } from '../../services/orchestrator/src/queue/queue.driver';
import type { RunRepository } from '../../services/orchestrator/src/runs/run.repository';
import type { TaskRepository } from '../../services/orchestrator/src/runs/task.repository';
import type { Engine } from '../../services/transfer-agent/src/engines/engine';
import { AgentMetrics } from '../../services/transfer-agent/src/metrics/agent-metrics';

const UUID = '6f1c2a9e-0b7d-4c1e-9f3a-2d4b5c6e7f80';

/** PromQL words that are not metric names: functions, aggregations, modifiers. */
const PROMQL_WORDS = new Set([
  'sum',
  'max',
  'min',
  'avg',
  'count',
  'rate',
  'increase',
  'irate',
  'histogram_quantile',
  'by',
  'without',
  'on',
  'ignoring',
]);

/** The metric names a PromQL expression reads: label matchers, groupings, ranges and strings removed first. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((w) => !PROMQL_WORDS.has(w));
}

/** Every series name both services can expose (histograms as _bucket, _sum and _count). */
async function registeredSeries(): Promise<Set<string>> {
  const orchestrator = new OrchestratorMetrics(
    { pool: {} } as unknown as StatePool,
    { onFetch: () => undefined } as unknown as QueueDriver,
    {} as RunRepository,
    {} as TaskRepository,
  );
  const agent = new AgentMetrics({ poolStats: () => ({ inUse: 0, waiting: 0 }) } as unknown as Engine);
  const names = new Set<string>();
  for (const registry of [orchestrator.registry, agent.registry])
    for (const m of registry.getMetricsAsArray()) {
      const { name, type } = m as unknown as { name: string; type: string };
      for (const n of type === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name]) names.add(n);
    }
  return names;
}

describe('Grafana dashboard', () => {
  it('every metric its queries name is registered by the orchestrator or the agent', async () => {
    const dashboard = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'grafana', 'cutover-dashboard.json'), 'utf8'),
    ) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const series = await registeredSeries();
    const queried = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })));
    assert.ok(queried.length >= 20, `the dashboard has queries (${queried.length})`);
    for (const q of queried) {
      const names = metricNames(q.expr);
      assert.ok(names.length > 0, `${q.panel}: ${q.expr} names no metric`);
      for (const n of names) assert.ok(series.has(n), `${q.panel}: ${n} is not a registered metric`);
    }
    assert.deepEqual(metricNames('sum by (le) (rate(x_bucket{status=~"5.."}[5m]))'), ['x_bucket'], 'the name extraction itself');
  });
});

describe('request ids and work context', () => {
  it('keeps a valid caller id, replaces an invalid one, and takes run/task/attempt only when well-formed', () => {
    assert.equal(contextFromHeaders({ 'x-request-id': 'abc-123.x' }).requestId, 'abc-123.x');
    for (const bad of ['has space', 'x'.repeat(129), 'line\nbreak', '']) {
      assert.match(contextFromHeaders({ 'x-request-id': bad }).requestId, /^[0-9a-f-]{36}$/, JSON.stringify(bad));
    }
    const c = contextFromHeaders({
      'x-request-id': 'r1',
      'x-cutover-run-id': UUID,
      'x-cutover-task-id': 'not-a-uuid',
      'x-cutover-attempt': '3',
    });
    assert.deepEqual(c, { requestId: 'r1', runId: UUID, attempt: 3 });
  });

  it('an agent call made inside a context carries it as headers; outside one, nothing', () => {
    assert.deepEqual(contextHeaders(), {});
    const headers = runWithContext({ requestId: 'r2', runId: UUID, taskId: UUID, attempt: 1 }, () => contextHeaders());
    assert.deepEqual(headers, { 'x-request-id': 'r2', 'x-cutover-run-id': UUID, 'x-cutover-task-id': UUID, 'x-cutover-attempt': '1' });
    assert.match(
      runWithContext({ runId: UUID }, () => contextHeaders()['x-request-id']),
      /^[0-9a-f-]{36}$/,
      'a task without a request gets an id',
    );
  });
});

describe('service logger', () => {
  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    return { lines, logger: createServiceLogger({ service: 'test', level: 'debug', format: 'json', destination }) };
  };

  it('redacts authorization, API key, registration token, grant and token fields wherever they are', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        req: { headers: { authorization: 'Bearer s3cret', 'x-api-key': 'k3y', 'x-registration-token': 'r3g' } },
        token: 't0ken',
        body: { grant: 'gr4nt', apiKey: 'k', name: 'kept' },
      },
      'hello',
    );
    const text = JSON.stringify(lines);
    for (const secret of ['s3cret', 'k3y', 'r3g', 't0ken', 'gr4nt']) assert.ok(!text.includes(secret), `${secret} was logged`);
    assert.ok(text.includes('kept'));
  });

  it("Nest's calls become lines with context, stack and the work context", () => {
    const { lines, logger } = capture();
    const nest = new PinoNestLogger(logger);
    runWithContext({ requestId: 'r3', runId: UUID, taskId: UUID, attempt: 2, operationId: `${UUID}.2` }, () =>
      nest.log('started', 'TaskWorker'),
    );
    nest.error('boom', 'Error: boom\n    at x (y.js:1:1)', 'Filter');
    nest.debug({ rows: 5 }, 'Ops');
    assert.deepEqual(
      { ...lines[0], time: undefined, pid: undefined, hostname: undefined },
      {
        level: 30,
        service: 'test',
        requestId: 'r3',
        runId: UUID,
        taskId: UUID,
        attempt: 2,
        operationId: `${UUID}.2`,
        context: 'TaskWorker',
        msg: 'started',
        time: undefined,
        pid: undefined,
        hostname: undefined,
      },
    );
    assert.equal(lines[1].context, 'Filter');
    assert.match(String(lines[1].stack), /at x/);
    assert.equal(lines[2].rows, 5);
    assert.equal(lines[2].requestId, undefined, 'no context outside work');
  });
});

describe('METRICS_TOKEN', () => {
  it('open when unset; a bearer of exactly the token when set', () => {
    assert.doesNotThrow(() => checkMetricsToken(undefined, undefined));
    assert.doesNotThrow(() => checkMetricsToken('a'.repeat(16), `Bearer ${'a'.repeat(16)}`));
    for (const given of [undefined, 'Bearer nope', `Basic ${'a'.repeat(16)}`, `Bearer ${'a'.repeat(17)}`])
      assert.throws(() => checkMetricsToken('a'.repeat(16), given), /METRICS_TOKEN/);
  });
});
