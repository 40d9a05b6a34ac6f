import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import { startTestOrchestrator, type TestOrchestrator, startTestAgent, type TestAgent } from '@cutover/testing/services';

interface AgentView {
  id: string;
  name: string;
  baseUrl: string;
  registeredBy: string;
}
interface AgentEventView {
  kind: string;
  actor: string;
  fromUrl: string | null;
  toUrl: string | null;
  tokenChanged: boolean;
  reason: string | null;
  remoteAddress: string | null;
}

/**
 * Registration cannot take an agent over: with only the registration token, an existing agent's
 * URL and token stay where they are, and every registration, re-point and refusal is recorded.
 */
describe('agent registration: no takeover with the registration token alone', () => {
  let dbs: TestDatabases<'state' | 'source'>;
  let o: TestOrchestrator;
  let agent: TestAgent;
  const registrationToken = 'registration-token-0123456789';
  const impostor = { baseUrl: 'http://127.0.0.1:9/impostor', token: 'impostor-token-0123456789abcdef' };

  const register = (body: Record<string, unknown>, token: string | null = registrationToken) =>
    fetch(`${o.url}/v1/agents/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { 'X-Registration-Token': token }) },
      body: JSON.stringify(body),
    });
  const events = (id: string) => o.call<AgentEventView[]>('GET', `/v1/agents/${id}/events`);
  const storedUrl = async (name: string) =>
    (await sql<{ base_url: string }>(dbs.urls.state, 'SELECT base_url FROM agent WHERE name = $1', [name]))[0]?.base_url;
  /** The orchestrator can still reach the real agent with the stored token (a system can be created on it). */
  const stillReaches = async (agentId: string, systemName: string) =>
    o.call<{ engine: string }>('POST', '/v1/systems', { name: systemName, role: 'target', agentId });

  before(async () => {
    dbs = await createTestDatabases(['state', 'source']);
    o = await startTestOrchestrator(dbs.urls.state, { registrationToken });
    agent = await startTestAgent(dbs.urls.source);
  });

  after(async () => {
    await agent?.close();
    await o?.close();
    await dbs?.drop();
  });

  it('an admin-registered agent is never re-pointed through the registration token', async () => {
    const prod = await o.call<AgentView>('POST', '/v1/agents', { name: 'prod-sql01', baseUrl: agent.url, token: agent.token });
    const takeover = await register({ name: 'prod-sql01', ...impostor });
    assert.equal(takeover.status, 409);
    assert.match(((await takeover.json()) as { detail: string }).detail, /needs its current token/);
    // Even with the right token, self-registration may not move an admin's agent.
    const moved = await register({ name: 'prod-sql01', baseUrl: 'http://127.0.0.1:9/elsewhere', token: agent.token });
    assert.equal(moved.status, 409);
    assert.match(((await moved.json()) as { detail: string }).detail, /registered by an admin.*PATCH/);
    assert.equal(await storedUrl('prod-sql01'), agent.url, 'the URL did not move');
    assert.equal((await stillReaches(prod.id, 'prod-target')).engine, 'postgres', 'the stored token is still the real one');
    // The same agent re-registering unchanged (a restart) is fine, and recorded.
    assert.equal((await register({ name: 'prod-sql01', baseUrl: agent.url, token: agent.token })).status, 200);
    const trail = await events(prod.id);
    assert.deepEqual(
      trail.map((e) => [e.kind, e.actor.startsWith('key:') || e.actor === 'bootstrap-admin' ? 'admin' : e.actor, e.toUrl]),
      [
        ['registered', 'admin', agent.url],
        ['refused', 'registration-token', impostor.baseUrl],
        ['refused', 'registration-token', 'http://127.0.0.1:9/elsewhere'],
        ['re-registered', 'registration-token', agent.url],
      ],
    );
    assert.equal(trail[1].tokenChanged, true);
    assert.ok(trail[1].remoteAddress, 'the address of the attempt is recorded');
    const body = JSON.stringify(trail);
    assert.ok(!body.includes(agent.token) && !body.includes(impostor.token), 'no token in the events');
  });

  it('a self-registered agent moves only when the request proves its current token', async () => {
    const first = await register({ name: 'test-sql02', baseUrl: agent.url, token: agent.token, engine: 'postgres' });
    assert.equal(first.status, 200);
    const { id } = (await first.json()) as { id: string };
    assert.equal((await register({ name: 'test-sql02', ...impostor })).status, 409);
    assert.equal(await storedUrl('test-sql02'), agent.url);
    // The real agent restarted on another address, same token: re-pointed.
    const newUrl = agent.url.replace('127.0.0.1', 'localhost');
    assert.equal((await register({ name: 'test-sql02', baseUrl: newUrl, token: agent.token })).status, 200);
    assert.equal(await storedUrl('test-sql02'), newUrl);
    // A token rotation proves the old token with currentToken; a wrong currentToken is refused.
    const rotated = 'rotated-token-0123456789abcdef';
    assert.equal((await register({ name: 'test-sql02', baseUrl: newUrl, token: rotated, currentToken: impostor.token })).status, 409);
    assert.equal((await register({ name: 'test-sql02', baseUrl: newUrl, token: rotated, currentToken: agent.token })).status, 200);
    const beat = (token: string) =>
      fetch(`${o.url}/v1/agents/${id}/heartbeat`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);
    assert.equal(await beat(rotated), 204);
    assert.equal(await beat(agent.token), 401, 'the old token no longer works');
    assert.deepEqual(
      (await events(id)).map((e) => [e.kind, e.fromUrl, e.toUrl, e.tokenChanged]),
      [
        ['registered', null, agent.url, false],
        ['refused', null, impostor.baseUrl, true],
        ['re-pointed', agent.url, newUrl, false],
        ['refused', null, newUrl, true],
        ['re-pointed', newUrl, newUrl, true],
      ],
    );
  });

  it('an admin re-points an agent, recorded with who and why', async () => {
    const a = await o.call<AgentView>('POST', '/v1/agents', { name: 'moving', baseUrl: 'http://127.0.0.1:9/old', token: 'm'.repeat(32) });
    await o.call('PATCH', `/v1/agents/${a.id}`, {}, { expect: 400 });
    const nowhere = await o.call<{ detail: string }>(
      'PATCH',
      `/v1/agents/${a.id}`,
      { baseUrl: 'http://127.0.0.1:9', reason: 'typo' },
      { expect: 422 },
    );
    assert.match(nowhere.detail, /nothing was changed: the agent does not answer \/v1\/info at http:\/\/127\.0\.0\.1:9/);
    assert.equal(await storedUrl('moving'), 'http://127.0.0.1:9/old');
    const moved = await o.call<AgentView>('PATCH', `/v1/agents/${a.id}`, {
      baseUrl: agent.url,
      token: agent.token,
      reason: 'server moved',
    });
    assert.equal(moved.baseUrl, agent.url);
    assert.equal((await stillReaches(a.id, 'moved-target')).engine, 'postgres', 'the new token is used');
    const last = (await events(a.id)).at(-1)!;
    assert.deepEqual(
      [last.kind, last.fromUrl, last.toUrl, last.tokenChanged, last.reason],
      ['re-pointed', 'http://127.0.0.1:9/old', agent.url, true, 'server moved'],
    );
    assert.equal(last.actor, 'bootstrap-admin');
  });

  it('the registration token is checked before the body: a wrong token with a bad body is 401, not 400', async () => {
    assert.equal((await register({ name: '', baseUrl: 'nope' }, 'wrong-token-0123456789')).status, 401);
    assert.equal((await register({ name: '', baseUrl: 'nope' }, null)).status, 401);
    assert.equal((await register({ name: '', baseUrl: 'nope' })).status, 400, 'with the right token the body is validated');
  });

  it('concurrent first registrations of one name: exactly one wins, the others are 409, never 500', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        register({ name: 'racer', baseUrl: `http://127.0.0.1:9/${i}`, token: `racer-token-${i}-0123456789abcdef` }),
      ),
    ).then((all) => all.map((r) => r.status).sort());
    assert.deepEqual(statuses, [200, 409, 409, 409, 409, 409]);
    const [row] = await sql<{ n: string }>(dbs.urls.state, `SELECT count(*) AS n FROM agent WHERE name = 'racer'`);
    assert.equal(Number(row.n), 1);
  });
});
