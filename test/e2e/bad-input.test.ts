import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import { startTestOrchestrator, type TestOrchestrator, startTestAgent, type TestAgent } from '@cutover/testing/services';
import { rawRequest, type RawResponse } from '../support/raw-http';

const UUID = '00000000-0000-4000-8000-000000000000';

function assertProblem(res: RawResponse, status: number, detail: RegExp, field?: string): void {
  assert.equal(res.status, status, res.text);
  assert.match(res.contentType, /^application\/problem\+json/);
  assert.match(String(res.json?.detail), detail);
  if (field !== undefined) {
    const errors = (res.json?.errors ?? []) as { field: string }[];
    assert.ok(
      errors.some((e) => e.field === field),
      `errors name ${field}: ${res.text}`,
    );
  }
}

/** A fake transfer-agent whose /v1/info answers 200 with whatever the test sets: the bad peer under test. */
async function startFakeAgent(): Promise<{ url: string; info: { body: unknown }; close(): Promise<void> }> {
  const info = { body: {} as unknown };
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(req.url === '/v1/info' ? info.body : {}));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, info, close: () => new Promise((r) => server.close(() => r())) };
}

describe('bad input: 4xx problem+json, never 5xx, nothing stored', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let o: TestOrchestrator;
  let agent: TestAgent;
  const json = (key: string) => ({ 'X-API-Key': key, 'Content-Type': 'application/json' });

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    o = await startTestOrchestrator(dbs.urls.state);
    agent = await startTestAgent(dbs.urls.source);
  });

  after(async () => {
    await agent?.close();
    await o?.close();
    await dbs?.drop();
  });

  const apiKeys = async () => Number((await sql<{ n: string }>(dbs.urls.state, 'SELECT count(*) AS n FROM api_key'))[0].n);

  it('a NUL byte or a lone surrogate in any body field is a 400 naming the field', async () => {
    const before = await apiKeys();
    const nul = await rawRequest(o.url, 'POST', '/v1/api-keys', {
      headers: json(o.adminKey),
      body: JSON.stringify({ name: 'a\0b', role: 'viewer' }),
    });
    assertProblem(nul, 400, /name: must not contain NUL/, 'name');
    const surrogate = await rawRequest(o.url, 'POST', '/v1/api-keys', {
      headers: json(o.adminKey),
      body: '{"name":"x\\ud800","role":"viewer"}',
    });
    assertProblem(surrogate, 400, /not valid Unicode/, 'name');
    const nested = await rawRequest(o.url, 'POST', '/v1/runs', {
      headers: json(o.adminKey),
      body: JSON.stringify({ threads: 1, tasks: [{ key: 'k', systemId: UUID, sql: 'SELECT\0 1' }] }),
    });
    assertProblem(nested, 400, /tasks\.0\.sql: must not contain NUL/, 'tasks.0.sql');
    assert.equal(await apiKeys(), before, 'no key was stored');
  });

  it('a table named "." or ".." is a 400: URLs collapse such path segments, so it could address another route', async () => {
    for (const name of ['.', '..']) {
      const res = await rawRequest(o.url, 'POST', '/v1/packages', {
        headers: json(o.adminKey),
        body: JSON.stringify({ name: `dots-${name.length}`, version: '1', scripts: [], copyRules: { include: [{ schema: 'ax', name }] } }),
      });
      assertProblem(
        res,
        400,
        /copyRules\.include\.0\.name: name cannot be "\." or "\.\.": such a name cannot travel in a URL path/,
        'copyRules.include.0.name',
      );
    }
  });

  it('an array where a nested object belongs is a 400: class-validator alone reads it as an empty list and passes it', async () => {
    // Found by the fuzz (seed 276896636): a fingerprint of tables [{…}, []] answered 200 for a table with no schema or name.
    const fingerprint = await rawRequest(agent.url, 'POST', '/v1/catalog/fingerprint', {
      headers: { ...agent.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tables: [{ schema: 'ax', name: 'A' }, []] }),
    });
    assertProblem(fingerprint, 400, /each value in tables must be an object/, 'tables');
    const operation = await rawRequest(agent.url, 'POST', '/v1/operations', {
      headers: { ...agent.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'nested-array', type: 'execute-script', executeScript: [] }),
    });
    assertProblem(operation, 400, /executeScript must be an object/, 'executeScript');
    const run = await rawRequest(o.url, 'POST', '/v1/runs', {
      headers: json(o.adminKey),
      body: JSON.stringify({ threads: 1, tasks: [[]] }),
    });
    assertProblem(run, 400, /each value in tasks must be an object/, 'tasks');
  });

  it('invalid UTF-8 in a JSON body is a 400, not silently replaced by U+FFFD', async () => {
    const body = Buffer.concat([Buffer.from('{"name":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('","role":"viewer"}')]);
    const before = await apiKeys();
    assertProblem(
      await rawRequest(o.url, 'POST', '/v1/api-keys', { headers: json(o.adminKey), body }),
      400,
      /request body is not valid UTF-8/,
    );
    assertProblem(
      await rawRequest(agent.url, 'POST', '/v1/operations', { headers: { ...agent.auth, 'Content-Type': 'application/json' }, body }),
      400,
      /request body is not valid UTF-8/,
    );
    assert.equal(await apiKeys(), before);
  });

  it('NUL and invalid UTF-8 in query and path parameters are 400s naming them', async () => {
    const admin = { 'X-API-Key': o.adminKey };
    assertProblem(await rawRequest(o.url, 'GET', '/v1/agents?limit=%00', { headers: admin }), 400, /limit: must not contain NUL/, 'limit');
    assertProblem(
      await rawRequest(o.url, 'GET', '/v1/agents?limit=%ff', { headers: admin }),
      400,
      /query parameter limit is not valid/,
      'limit',
    );
    assertProblem(
      await rawRequest(o.url, 'POST', `/v1/upgrades/${UUID}/checklist/a%00b/complete`, { headers: json(o.adminKey), body: '{}' }),
      400,
      /key: must not contain NUL/,
      'key',
    );
    assertProblem(await rawRequest(o.url, 'GET', '/v1/upgrades/%c3%28', { headers: admin }), 400, /path segment "%c3%28" is not valid/);
    assertProblem(await rawRequest(o.url, 'GET', '/v1/upgrades/%zz', { headers: admin }), 400, /path segment "%zz" is not valid/);
    assertProblem(
      await rawRequest(agent.url, 'GET', '/v1/catalog/tables/public/a%00b', { headers: agent.auth }),
      400,
      /table: must not/,
      'table',
    );
    assertProblem(
      await rawRequest(agent.url, 'GET', '/v1/catalog/tables/public/%ff', { headers: agent.auth }),
      400,
      /not valid percent-encoded/,
    );
  });

  it('bodies are limited per route: 1 MB by default, more only where scripts travel', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1_200_000), role: 'viewer' });
    assertProblem(await rawRequest(o.url, 'POST', '/v1/api-keys', { headers: json(o.adminKey), body: big }), 413, /larger than 1mb/);
    // The package route takes the same size: it is refused by validation (no such fields), not by size.
    const pkg = await rawRequest(o.url, 'POST', '/v1/packages', { headers: json(o.adminKey), body: big });
    assert.equal(pkg.status, 400, pkg.text);
    const op = await rawRequest(agent.url, 'POST', '/v1/operations', {
      headers: { ...agent.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'big-script', type: 'execute-script', executeScript: { sql: `SELECT 1 -- ${'x'.repeat(2_000_000)}` } }),
    });
    assert.equal(op.status, 202, op.text);
  });

  it('a __proto__ key is refused, not silently dropped like it would be on the way to a DTO', async () => {
    const res = await rawRequest(o.url, 'POST', '/v1/api-keys', {
      headers: json(o.adminKey),
      body: '{"name":"p","role":"viewer","__proto__":{"role":"admin"}}',
    });
    assertProblem(res, 400, /__proto__/);
  });

  it('routes without a body refuse one; bodies must be JSON', async () => {
    assertProblem(
      await rawRequest(o.url, 'POST', `/v1/upgrades/${UUID}/data-upgrade/plan`, { headers: json(o.adminKey), body: '{"threads":4}' }),
      400,
      /takes no request body/,
    );
    // An empty object is what many clients send with any POST: it passes (here to the 404 of the unknown upgrade).
    assertProblem(
      await rawRequest(o.url, 'POST', `/v1/upgrades/${UUID}/data-upgrade/plan`, { headers: json(o.adminKey), body: '{}' }),
      404,
      /does not exist/,
    );
    assertProblem(
      await rawRequest(o.url, 'GET', '/v1/agents', { headers: json(o.adminKey), body: JSON.stringify({ junk: 'j'.repeat(500_000) }) }),
      400,
      /GET \/v1\/agents takes no request body/,
    );
    assertProblem(
      await rawRequest(o.url, 'GET', '/v1/agents', { headers: json(o.adminKey), body: Buffer.alloc(2_000_000, 0x61) }),
      413,
      /larger than 1mb/,
    );
    assertProblem(
      await rawRequest(agent.url, 'POST', '/v1/operations/x/cancel', {
        headers: { ...agent.auth, 'Content-Type': 'text/plain' },
        body: 'junk',
      }),
      415,
      /must be JSON/,
    );
    assertProblem(
      await rawRequest(o.url, 'POST', '/v1/api-keys', {
        headers: { 'X-API-Key': o.adminKey, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'name=x&role=admin',
      }),
      415,
      /must be JSON/,
    );
    assertProblem(
      await rawRequest(o.url, 'POST', '/v1/api-keys', { headers: json(o.adminKey), body: '["a"]' }),
      400,
      /must be a JSON object/,
    );
    assertProblem(await rawRequest(o.url, 'POST', '/v1/api-keys', { headers: json(o.adminKey), body: '{"name":' }), 400, /not valid JSON/);
  });

  it('an agent whose /v1/info lacks what a system needs makes POST /v1/systems a 422 naming the fields; nothing stored', async () => {
    const fake = await startFakeAgent();
    try {
      const { id: agentId } = await o.call<{ id: string }>('POST', '/v1/agents', {
        name: 'fake',
        baseUrl: fake.url,
        token: 'f'.repeat(32),
      });
      const create = () =>
        rawRequest(o.url, 'POST', '/v1/systems', {
          headers: json(o.adminKey),
          body: JSON.stringify({ name: 'sys', role: 'target', agentId }),
        });
      fake.info.body = { engine: 'postgres', agentName: 'fake' };
      const missing = await create();
      assertProblem(missing, 422, /agentVersion is missing.*serverVersion is missing.*database is missing/);
      assert.deepEqual(
        ((missing.json?.errors ?? []) as { field: string }[]).map((e) => e.field),
        ['agentVersion', 'serverVersion', 'database'],
      );
      fake.info.body = { engine: 'oracle', agentName: 'fake', agentVersion: '1', serverVersion: '17', database: 'd\0b' };
      assertProblem(await create(), 422, /database must be text.*engine must be one of postgres, mssql/);
      fake.info.body = ['not', 'an', 'object'];
      assertProblem(await create(), 422, /not a JSON object/);
      const systems = await sql<{ n: string }>(dbs.urls.state, 'SELECT count(*) AS n FROM system');
      assert.equal(systems[0].n, '0');
      fake.info.body = { engine: 'postgres', agentName: 'fake', agentVersion: '1', serverVersion: '17', database: 'db' };
      assert.equal((await create()).status, 201, 'a complete answer is accepted');
    } finally {
      await fake.close();
    }
  });
});
