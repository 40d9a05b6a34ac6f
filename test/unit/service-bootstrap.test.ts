import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServiceUnavailableException } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { createHealthController, dialableHost, HEALTH_PROBES, serviceDefaults, serviceEnv, type HealthProbes } from '@cutover/common';
import { AGENT_ENV, agentConfig } from '../../services/transfer-agent/src/config/agent.config';
import { ORCHESTRATOR_ENV, orchestratorConfig } from '../../services/orchestrator/src/config/orchestrator.config';
import { EngineKind } from '@cutover/contracts';

interface Health {
  check(): Promise<unknown>;
  live(): Promise<unknown>;
  ready(): Promise<unknown>;
}

/** The shared health controller over these probes, in a real Nest module with Terminus. */
async function health(probes: HealthProbes): Promise<Health> {
  const Controller = createHealthController({ check: 'check', live: 'live', ready: 'ready' });
  const module = await Test.createTestingModule({
    imports: [TerminusModule],
    controllers: [Controller],
    providers: [{ provide: HEALTH_PROBES, useValue: probes }],
  }).compile();
  return module.get(Controller);
}

describe('the bootstrap both services share', () => {
  it('health: each probe up with its details and answer; live is the process alone', async () => {
    const database = { name: 'database', details: { engine: 'postgres' }, check: async () => undefined };
    const queue = { name: 'queue', check: async () => ({ pending: 3 }) };
    const h = await health({ check: [database, 'process'], ready: [database, queue] });
    const ready = (await h.ready()) as { status: string; details: Record<string, unknown> };
    assert.equal(ready.status, 'ok');
    assert.deepEqual(ready.details, { database: { status: 'up', engine: 'postgres' }, queue: { status: 'up', pending: 3 } });
    const check = (await h.check()) as { details: Record<string, { status: string; uptimeSeconds?: number }> };
    assert.deepEqual(Object.keys(check.details), ['database', 'process']);
    assert.equal(typeof check.details.process.uptimeSeconds, 'number');
    const live = (await h.live()) as { details: Record<string, unknown> };
    assert.deepEqual(Object.keys(live.details), ['process']);
  });

  it('health: a probe that throws is down with its message (503), its details kept; live still answers', async () => {
    const database = {
      name: 'database',
      details: { engine: 'mssql' },
      check: () => Promise.reject(new Error('connection refused')),
    };
    const h = await health({ check: [database], ready: [database] });
    await assert.rejects(h.ready(), (error: unknown) => {
      assert.ok(error instanceof ServiceUnavailableException);
      const body = error.getResponse() as { status: string; error: Record<string, unknown> };
      assert.equal(body.status, 'error');
      assert.deepEqual(body.error, { database: { status: 'down', engine: 'mssql', message: 'connection refused' } });
      return true;
    });
    assert.equal(((await h.live()) as { status: string }).status, 'ok');
  });

  it('config: the shared settings are named by the service prefix, defaulted alike, and validated in both services', () => {
    assert.deepEqual(
      { port: ORCHESTRATOR_ENV.port, host: ORCHESTRATOR_ENV.host, cert: ORCHESTRATOR_ENV.tlsCertFile, level: ORCHESTRATOR_ENV.logLevel },
      { port: 'ORCHESTRATOR_PORT', host: 'ORCHESTRATOR_HOST', cert: 'ORCHESTRATOR_TLS_CERT_FILE', level: 'LOG_LEVEL' },
    );
    for (const [key, variable] of Object.entries(serviceEnv('AGENT'))) assert.equal(AGENT_ENV[key as keyof typeof AGENT_ENV], variable);
    assert.deepEqual(serviceDefaults(7310), { port: 7310, host: '127.0.0.1', logLevel: 'log', logFormat: 'json' });
    const agent = agentConfig({ engine: EngineKind.Postgres, databaseUrl: 'postgres://x@h/db', token: 'x'.repeat(32) });
    assert.deepEqual([agent.port, agent.host, agent.logLevel, agent.logFormat], [7310, '127.0.0.1', 'log', 'json']);
    const orchestrator = orchestratorConfig({ databaseUrl: 'postgres://x@h/db', secretKey: 'x'.repeat(32) });
    assert.equal(orchestrator.port, 7300);
    assert.throws(
      () => orchestratorConfig({ databaseUrl: 'postgres://x@h/db', secretKey: 'x'.repeat(32), port: 70000, metricsToken: 'short' }),
      (error: Error) =>
        /ORCHESTRATOR_PORT: port must not be greater than 65535/.test(error.message) &&
        /METRICS_TOKEN: must be at least 16 characters/.test(error.message),
    );
    assert.throws(
      () =>
        agentConfig({ engine: EngineKind.Postgres, databaseUrl: 'postgres://x@h/db', token: 'x'.repeat(32), logFormat: 'xml' as 'json' }),
      /LOG_FORMAT: must be json or pretty/,
    );
  });

  it('a wildcard listener is dialed on loopback', () => {
    assert.deepEqual(['0.0.0.0', '::', '10.0.0.5', 'localhost'].map(dialableHost), ['127.0.0.1', '127.0.0.1', '10.0.0.5', 'localhost']);
  });
});
