import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import {
  registerSystems,
  startTestOrchestrator,
  type TestOrchestrator,
  startTestAgent,
  writeBeforeCutOff,
  type TestAgent,
} from '@cutover/testing/services';

const DDL = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, qty int NOT NULL);
  INSERT INTO ax.inventtrans SELECT g, g FROM generate_series(1, 100) g;`;

interface Violations {
  changes: { table: { schema: string; name: string }; login: string; changes: number }[];
  attempts: { login: string; application: string | null; endedAt: string }[];
}

/** How long a session of `url` stays usable: polls until a query fails, returns the milliseconds. */
async function sessionLifetime(url: string, application: string, limitMs: number): Promise<number> {
  const { Client } = await import('pg');
  const c = new Client({ connectionString: url, application_name: application });
  c.on('error', () => undefined);
  await c.connect();
  const t0 = Date.now();
  try {
    while (Date.now() - t0 < limitMs) {
      await c.query('SELECT 1');
      await new Promise((r) => setTimeout(r, 20));
    }
    return Infinity;
  } catch {
    return Date.now() - t0;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * Single-user mode excludes everyone else, superusers included: the agent's watchdog ends their
 * sessions within a second and records each attempt; a write one managed first is still caught.
 */
describe('single-user mode holds against superusers (watchdog)', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let agent: TestAgent;
  let o: TestOrchestrator;
  let systemId: string;
  let dbaUrl: string;
  const dba = `dba_${Math.random().toString(36).slice(2, 8)}`;

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    await sql(dbs.urls.source, `${DDL}; CREATE ROLE ${dba} LOGIN SUPERUSER PASSWORD 'dba'`);
    const url = new URL(dbs.urls.source);
    url.username = dba;
    url.password = 'dba';
    dbaUrl = url.toString();
    agent = await startTestAgent(dbs.urls.source);
    o = await startTestOrchestrator(dbs.urls.state);
    systemId = (await registerSystems(o, [{ name: 'prod', role: 'production-source', agent }])).prod;
  });

  const watchStatus = async () => {
    const res = await fetch(`${agent.url}/v1/sessions/single-user`, { headers: agent.auth });
    const text = await res.text();
    assert.equal(res.status, 200, text);
    return JSON.parse(text) as { active: boolean };
  };

  after(async () => {
    await o?.close();
    await agent?.close();
    await dbs?.drop();
  });

  it('outside single-user mode a superuser session lives on', async () => {
    assert.equal(await sessionLifetime(dbaUrl, 'before', 1500), Infinity);
  });

  it('in single-user mode a superuser session is ended within a second, recorded, and its write is still found', async () => {
    await o.call('POST', `/v1/systems/${systemId}/single-user`, { force: true });
    const lived = await sessionLifetime(dbaUrl, 'sneaky-tool', 5000);
    assert.ok(lived < 1000, `the superuser's session lived ${lived} ms`);
    await writeBeforeCutOff(dbaUrl, 'UPDATE ax.inventtrans SET qty = qty + 1 WHERE recid <= 3');
    const v = await o.call<Violations>('GET', `/v1/systems/${systemId}/single-user/violations`);
    assert.ok(
      v.attempts.some((a) => a.login === dba && a.application === 'sneaky-tool'),
      `the attempt is recorded: ${JSON.stringify(v.attempts)}`,
    );
    assert.deepEqual(
      v.changes.map((c) => [c.table, c.login, c.changes]),
      [[{ schema: 'ax', name: 'inventtrans' }, dba, 3]],
      'the write that got through is named',
    );
  });

  it('a restarted agent finds the mode on the database and watches again', async () => {
    await agent.close();
    agent = await startTestAgent(dbs.urls.source, { port: Number(new URL(agent.url).port), token: agent.token });
    const status = await watchStatus();
    assert.equal(status.active, true);
    const lived = await sessionLifetime(dbaUrl, 'after-restart', 5000);
    assert.ok(lived < 1000, `the superuser's session lived ${lived} ms after the agent restarted`);
  });

  it('leaving single-user mode stops the watchdog and restores access', async () => {
    await o.call('POST', `/v1/systems/${systemId}/single-user/exit`, {});
    const status = await watchStatus();
    assert.equal(status.active, false);
    assert.equal(await sessionLifetime(dbaUrl, 'after-exit', 1500), Infinity);
    // pg_db_role_setting is cluster-wide: other test files' databases may be in single-user mode meanwhile.
    const marker = await sql(
      dbs.urls.source,
      `SELECT 1 FROM pg_db_role_setting d, unnest(d.setconfig) s
        WHERE d.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database()) AND s LIKE 'cutover.single%'`,
    );
    assert.deepEqual(marker, [], 'no single-user marker is left on the database');
  });
});
