import { createDecipheriv, createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import { startTestOrchestrator, type TestOrchestrator, startTestAgent, type TestAgent } from '@cutover/testing/services';

type Access = 'public' | 'own-credential' | 'viewer' | 'operator' | 'admin';

/** The role table (README): what each route needs. Every route in the spec must be listed. */
const ROLE_TABLE: Record<string, Access> = {
  'GET /health': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /v1/info': 'viewer',
  'GET /v1/info/caller': 'viewer',
  'POST /v1/api-keys': 'admin',
  'GET /v1/api-keys': 'admin',
  'POST /v1/api-keys/{id}/revoke': 'admin',
  'POST /v1/agents': 'admin',
  'GET /v1/agents': 'viewer',
  'GET /v1/agents/{id}': 'viewer',
  'PATCH /v1/agents/{id}': 'admin',
  'GET /v1/agents/{id}/events': 'viewer',
  'POST /v1/agents/register': 'own-credential',
  'POST /v1/agents/{id}/heartbeat': 'own-credential',
  'POST /v1/systems': 'admin',
  'GET /v1/systems': 'viewer',
  'GET /v1/systems/{id}': 'viewer',
  'POST /v1/packages': 'admin',
  'GET /v1/packages': 'viewer',
  'GET /v1/packages/{id}': 'viewer',
  'POST /v1/upgrades': 'operator',
  'GET /v1/upgrades': 'viewer',
  'GET /v1/upgrades/{id}': 'viewer',
  'GET /v1/upgrades/{id}/checklist': 'viewer',
  'POST /v1/upgrades/{id}/checklist/{key}/complete': 'operator',
  'POST /v1/upgrades/{id}/readiness/runs': 'operator',
  'GET /v1/upgrades/{id}/readiness': 'viewer',
  'POST /v1/upgrades/{id}/live/runs': 'operator',
  'POST /v1/upgrades/{id}/delta/runs': 'operator',
  'GET /v1/upgrades/{id}/preprocessing': 'viewer',
  'POST /v1/upgrades/{id}/single-user/runs': 'operator',
  'POST /v1/upgrades/{id}/backup/runs': 'operator',
  'POST /v1/upgrades/{id}/data-upgrade/plan': 'operator',
  'GET /v1/upgrades/{id}/data-upgrade/plan': 'viewer',
  'POST /v1/upgrades/{id}/data-upgrade/runs': 'operator',
  'GET /v1/upgrades/{id}/data-upgrade/runs/{runId}/progress': 'viewer',
  'GET /v1/upgrades/{id}/data-upgrade/runs/{runId}/report': 'viewer',
  'POST /v1/upgrades/{id}/rehearsals': 'operator',
  'GET /v1/upgrades/{id}/rehearsals': 'viewer',
  'GET /v1/upgrades/{id}/rehearsals/compare': 'viewer',
  'GET /v1/upgrades/{id}/rehearsals/{rehearsalId}': 'viewer',
  'GET /v1/upgrades/{id}/forecast': 'viewer',
  'POST /v1/upgrades/{id}/recovery-model/runs': 'operator',
  'POST /v1/upgrades/{id}/recovery-model/revert/runs': 'operator',
  'GET /v1/upgrades/{id}/state-transfer': 'viewer',
  'POST /v1/upgrades/{id}/state-transfer/backup-point': 'operator',
  'POST /v1/upgrades/{id}/state-transfer/backup/runs': 'operator',
  'POST /v1/upgrades/{id}/state-transfer/restore/runs': 'operator',
  'POST /v1/upgrades/{id}/state-transfer/runs': 'operator',
  'GET /v1/upgrades/{id}/state-transfer/number-sequences': 'viewer',
  'POST /v1/upgrades/{id}/state-transfer/number-sequences/apply': 'operator',
  'POST /v1/systems/{id}/single-user': 'operator',
  'POST /v1/systems/{id}/single-user/exit': 'operator',
  'GET /v1/systems/{id}/single-user/violations': 'viewer',
  'POST /v1/runs': 'admin',
  'GET /v1/runs': 'viewer',
  'GET /v1/runs/{id}': 'viewer',
  'PATCH /v1/runs/{id}': 'operator',
  'POST /v1/runs/{id}/tasks/{taskId}/end': 'admin',
  'GET /v1/runs/{id}/tasks': 'viewer',
  'GET /v1/runs/{id}/tasks/{taskId}': 'viewer',
  'GET /v1/runs/{id}/events': 'viewer',
  'GET /v1/runs/{id}/events/stream': 'viewer',
  'POST /v1/runs/{id}/tasks/{taskId}/pause': 'operator',
  'POST /v1/runs/{id}/tasks/{taskId}/resume': 'operator',
  'POST /v1/runs/{id}/tasks/{taskId}/rerun': 'operator',
  'POST /v1/runs/{id}/pause': 'operator',
  'POST /v1/runs/{id}/resume': 'operator',
  'POST /v1/runs/{id}/rerun-failed': 'operator',
  'POST /v1/runs/{id}/cancel': 'operator',
  'POST /v1/runs/{id}/hold': 'operator',
  'POST /v1/runs/{id}/release': 'operator',
};

const RANK = { viewer: 1, operator: 2, admin: 3 } as const;

describe('orchestrator API: schema, auth, agents, systems, packages, upgrades, checklist', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let o: TestOrchestrator;
  let agent: TestAgent;
  const keys: Record<'viewer' | 'operator' | 'admin', string> = { viewer: '', operator: '', admin: '' };
  const registrationToken = 'registration-token-0123456789';

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    o = await startTestOrchestrator(dbs.urls.state, { registrationToken });
    agent = await startTestAgent(dbs.urls.source);
    for (const role of ['viewer', 'operator', 'admin'] as const) {
      keys[role] = (await o.call<{ key: string }>('POST', '/v1/api-keys', { name: `${role}-key`, role })).key;
    }
  });

  after(async () => {
    await agent?.close();
    await o?.close();
    await dbs?.drop();
  });

  it('auth matrix: every route answers 401 without a key and 403 below its role', async () => {
    const spec = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi', 'orchestrator.json'), 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
      security: Record<string, string[]>[];
      components: { securitySchemes: Record<string, { type: string; name?: string; in?: string }> };
    };
    assert.deepEqual(spec.security, [{ 'api-key': [] }, { bearer: [] }], 'API keys are the default credential');
    assert.deepEqual(spec.components.securitySchemes['api-key'], {
      ...spec.components.securitySchemes['api-key'],
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
    });
    const routes = Object.entries(spec.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(
      routes.filter((r) => !(r in ROLE_TABLE)),
      [],
      'every route has a row in the role table',
    );
    const uuid = '00000000-0000-4000-8000-000000000000';
    for (const route of routes) {
      const [method, template] = route.split(' ');
      const path = template.replace(/\{(id|taskId)\}/g, uuid).replace('{key}', 'some-key');
      const send = (key?: string) =>
        fetch(`${o.url}${path}`, {
          method,
          headers: { ...(key ? { 'X-API-Key': key } : {}), ...(method !== 'GET' ? { 'Content-Type': 'application/json' } : {}) },
          body: method !== 'GET' ? '{}' : undefined,
          signal: AbortSignal.timeout(5000),
        });
      const access = ROLE_TABLE[route];
      // The spec declares what the route takes: nothing, its own credential, or an API key (the default).
      const declared = (spec.paths[template][method.toLowerCase()] as { security?: Record<string, string[]>[] }).security;
      const expected = { public: [], 'own-credential': [template.endsWith('register') ? 'registration-token' : 'agent-token'] }[
        access as 'public' | 'own-credential'
      ];
      assert.deepEqual(
        declared?.flatMap((s) => Object.keys(s)),
        expected,
        `${route}: security declared in the spec`,
      );
      const anonymous = await send();
      if (access === 'public') {
        assert.equal(anonymous.status, 200, route);
        continue;
      }
      assert.equal(anonymous.status, 401, `${route} without a key`);
      if (access === 'own-credential') {
        // Registration and heartbeat take the registration token or the agent's token, not API keys.
        assert.equal((await send(keys.admin)).status, 401, `${route} with an API key`);
        continue;
      }
      for (const role of ['viewer', 'operator', 'admin'] as const) {
        const res = await send(keys[role]);
        await res.body?.cancel();
        if (RANK[role] < RANK[access]) assert.equal(res.status, 403, `${route} as ${role}`);
        else assert.ok(res.status !== 401 && res.status !== 403, `${route} as ${role} answered ${res.status}`);
      }
    }
    const revoked = await o.call<{ id: string; key: string }>('POST', '/v1/api-keys', { name: 'temp', role: 'viewer' });
    await o.call('POST', `/v1/api-keys/${revoked.id}/revoke`);
    assert.equal((await fetch(`${o.url}/v1/info`, { headers: { 'X-API-Key': revoked.key } })).status, 401);
    assert.equal((await fetch(`${o.url}/v1/info`, { headers: { Authorization: `Bearer ${keys.viewer}` } })).status, 200);
  });

  it('registers agents; tokens are encrypted at rest and never returned', async () => {
    const created = await o.call<Record<string, unknown>>('POST', '/v1/agents', {
      name: 'by-hand',
      baseUrl: agent.url,
      token: agent.token,
    });
    assert.equal(created.status, 'never-seen');
    const listed = await fetch(`${o.url}/v1/agents`, { headers: o.admin }).then((r) => r.text());
    assert.ok(!listed.includes(agent.token), 'the token is not in any answer');
    const [stored] = await sql<{ token_encrypted: string }>(dbs.urls.state, `SELECT token_encrypted FROM agent WHERE name = 'by-hand'`);
    for (const encoding of ['utf8', 'hex', 'base64', 'base64url'] as const) {
      const encoded = Buffer.from(agent.token).toString(encoding).replace(/=+$/, '');
      assert.ok(!stored.token_encrypted.includes(encoded), `the token is not stored as ${encoding}`);
    }
    // Authenticated encryption under the configured secret: it opens with that key and no other,
    // and the same token stored twice gives two different texts (a fresh nonce each time).
    assert.equal(openStoredToken(stored.token_encrypted, o.config.secretKey), agent.token);
    assert.throws(() => openStoredToken(stored.token_encrypted, `${o.config.secretKey}x`), /unable to authenticate/);
    await o.call('POST', '/v1/agents', { name: 'by-hand-2', baseUrl: agent.url, token: agent.token });
    const [second] = await sql<{ token_encrypted: string }>(dbs.urls.state, `SELECT token_encrypted FROM agent WHERE name = 'by-hand-2'`);
    assert.notEqual(second.token_encrypted, stored.token_encrypted);
    await o.call('POST', '/v1/agents', { name: 'by-hand', baseUrl: agent.url, token: agent.token }, { expect: 409 });
  });

  it('agents register themselves with the registration token and send heartbeats with their own token', async () => {
    const self = await startTestAgent(dbs.urls.source, {
      name: 'self-registered',
      orchestratorUrl: o.url,
      registrationToken,
      heartbeatSeconds: 1,
    });
    try {
      let found: { id: string; status: string; registeredBy: string; engine: string } | undefined;
      for (let i = 0; i < 100 && !found; i++) {
        found = (
          await o.call<{ items: { id: string; name: string; status: string; registeredBy: string; engine: string }[] }>('GET', '/v1/agents')
        ).items.find((a) => a.name === 'self-registered');
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(found, 'the agent registered itself');
      assert.equal(found.registeredBy, 'self');
      assert.equal(found.status, 'online');
      assert.equal(found.engine, 'postgres');
      const wrong = await fetch(`${o.url}/v1/agents/register`, {
        method: 'POST',
        headers: { 'X-Registration-Token': 'wrong-token-0123456789', 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'intruder', baseUrl: 'http://127.0.0.1:1', token: 'x'.repeat(32) }),
      });
      assert.equal(wrong.status, 401);
      const forged = await fetch(`${o.url}/v1/agents/${found.id}/heartbeat`, {
        method: 'POST',
        headers: { Authorization: 'Bearer not-the-agent-token-at-all' },
      });
      assert.equal(forged.status, 401);
      const real = await fetch(`${o.url}/v1/agents/${found.id}/heartbeat`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${self.token}` },
      });
      assert.equal(real.status, 204);
    } finally {
      await self.close();
    }
  });

  it('creating a system asks its agent; an unreachable agent is a 422 with the reason', async () => {
    const good = await o.call<{ id: string }>('POST', '/v1/agents', { name: 'good', baseUrl: agent.url, token: agent.token });
    const system = await o.call<{ engine: string; database: string }>('POST', '/v1/systems', {
      name: 'prod',
      role: 'production-source',
      agentId: good.id,
    });
    assert.equal(system.engine, 'postgres');
    assert.equal(system.database, dbs.names.source);
    const dead = await o.call<{ id: string }>('POST', '/v1/agents', { name: 'dead', baseUrl: 'http://127.0.0.1:9', token: 'y'.repeat(32) });
    const res = await o.call<{ detail: string }>(
      'POST',
      '/v1/systems',
      { name: 'ghost', role: 'target', agentId: dead.id },
      { expect: 422 },
    );
    assert.match(res.detail, /agent dead did not answer \/v1\/info: .*unreachable/);
    const bad = await o.call<{ detail: string; errors: { field: string }[] }>(
      'POST',
      '/v1/systems',
      { name: 'x', role: 'nonsense', agentId: 'nope', extra: 1 },
      { expect: 400 },
    );
    assert.deepEqual(bad.errors.map((e) => e.field).sort(), ['agentId', 'extra', 'role']);
  });

  it('validates a script package and names every problem at once; packages are immutable', async () => {
    const script = (key: string, phase: string, dependsOn: string[] = []) => ({
      key,
      phase,
      description: key,
      dependsOn,
      sql: { postgres: 'SELECT 1' },
    });
    const bad = await o.call<{ detail: string }>(
      'POST',
      '/v1/packages',
      {
        name: 'broken',
        version: '1',
        scripts: [
          script('a', 'live', ['b']),
          script('b', 'live', ['a']),
          script('a', 'live'),
          script('c', 'live', ['missing']),
          script('d', 'live', ['e']),
          script('e', 'post-sync'),
        ],
      },
      { expect: 400 },
    );
    assert.match(bad.detail, /duplicate script key a/);
    assert.match(bad.detail, /dependency cycle: a → b → a/);
    assert.match(bad.detail, /c depends on unknown script missing/);
    assert.match(bad.detail, /d \(live\) depends on e, which runs in the later phase post-sync/);
    const good = {
      name: 'ax-upgrade',
      version: '1.0',
      scripts: [script('live1', 'live'), script('delta1', 'delta', ['live1'])],
      manualTasks: [{ key: 'review', title: 'Review', description: 'Review data' }],
    };
    const first = await fetch(`${o.url}/v1/packages`, {
      method: 'POST',
      headers: { ...o.admin, 'Content-Type': 'application/json' },
      body: JSON.stringify(good),
    });
    assert.equal(first.status, 201);
    const again = await fetch(`${o.url}/v1/packages`, {
      method: 'POST',
      headers: { ...o.admin, 'Content-Type': 'application/json' },
      body: JSON.stringify(good),
    });
    assert.equal(again.status, 200, 'the same content again is accepted as is');
    const changed = await o.call<{ detail: string }>('POST', '/v1/packages', { ...good, description: 'changed' }, { expect: 409 });
    assert.match(changed.detail, /new version/);
    const sha = ((await first.json()) as { sha256: string }).sha256;
    assert.match(sha, /^[0-9a-f]{64}$/);
  });

  it('creates an upgrade with its checklist; completing a task with open prerequisites is a 409 naming them', async () => {
    const agents = (await o.call<{ items: { id: string; name: string }[] }>('GET', '/v1/agents')).items;
    const good = agents.find((a) => a.name === 'good')!;
    const target = await o.call<{ id: string }>('POST', '/v1/systems', { name: 'target', role: 'target', agentId: good.id });
    const systems = await o.call<{ items: { id: string; name: string }[] }>('GET', '/v1/systems');
    const prod = systems.items.find((s) => s.name === 'prod')!;
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', {
      name: 'mssql-only',
      version: '1',
      scripts: [{ key: 'only-mssql', phase: 'live', description: 'x', sql: { mssql: 'SELECT 1' } }],
    });
    const missing = await o.call<{ detail: string }>(
      'POST',
      '/v1/upgrades',
      { name: 'u0', sourceSystemId: prod.id, targetSystemId: target.id, packageId: pkg.id },
      { expect: 400 },
    );
    assert.match(missing.detail, /script only-mssql has no SQL for postgres/);
    const swapped = await o.call<{ detail: string }>(
      'POST',
      '/v1/upgrades',
      { name: 'u1', sourceSystemId: target.id, targetSystemId: prod.id, packageId: pkg.id },
      { expect: 400 },
    );
    assert.match(swapped.detail, /has role target, not production-source/);
    const packages = await o.call<{ items: { id: string; name: string }[] }>('GET', '/v1/packages');
    const axPkg = packages.items.find((p) => p.name === 'ax-upgrade')!;
    const upgrade = await o.call<{ id: string; packageSha256: string }>(
      'POST',
      '/v1/upgrades',
      { name: 'AX 2009 to 2012', sourceSystemId: prod.id, targetSystemId: target.id, packageId: axPkg.id },
      { key: keys.operator },
    );
    const checklist = await o.call<{ key: string; section: string; status: string; automatic: boolean; completedBy: string | null }[]>(
      'GET',
      `/v1/upgrades/${upgrade.id}/checklist`,
      undefined,
      { key: keys.viewer },
    );
    assert.deepEqual(
      [...new Set(checklist.map((t) => t.section))],
      ['prepare-for-upgrade', 'prepare-application-data', 'preprocess-on-live-system', 'preprocess-in-single-user-mode', 'data-upgrade'],
    );
    assert.equal(checklist.find((t) => t.key === 'register-systems')!.status, 'done');
    assert.equal(checklist.find((t) => t.key === 'import-script-package')!.completedBy, 'key:operator-key');
    const manual = checklist.find((t) => t.key === 'manual:review')!;
    assert.equal(manual.section, 'prepare-application-data');
    const blocked = await o.call<{ detail: string }>(
      'POST',
      `/v1/upgrades/${upgrade.id}/checklist/manual:review/complete`,
      {},
      { key: keys.operator, expect: 409 },
    );
    assert.match(blocked.detail, /cannot be completed before: check-upgrade-readiness/);
    const automatic = await o.call<{ detail: string }>(
      'POST',
      `/v1/upgrades/${upgrade.id}/checklist/run-live-preprocessing/complete`,
      {},
      { key: keys.operator, expect: 409 },
    );
    assert.match(automatic.detail, /completed by the run that performs it/);
    const changed = await o.call<{ detail: string }>(
      'POST',
      '/v1/packages',
      { name: 'ax-upgrade', version: '1.0', scripts: [] },
      { expect: 409 },
    );
    assert.match(changed.detail, /used by an upgrade/);
  });
});

/** The documented at-rest format, opened with Node's crypto alone: v1:iv:tag:data, AES-256-GCM, key sha256("cutover-agent-token:" + secret). */
function openStoredToken(stored: string, secret: string): string {
  const [version, iv, tag, data] = stored.split(':');
  assert.equal(version, 'v1');
  const key = createHash('sha256').update(`cutover-agent-token:${secret}`).digest();
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}
