import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { eventually, freePort, waitForHealthWith, type TestDatabases } from '@cutover/testing';
import {
  closeSteps,
  registerSystems,
  SKIP_CHECKLIST,
  startTestOrchestrator,
  waitForRun,
  type TestOrchestrator,
  serviceMain,
  serviceOutput,
  startTestAgent,
  type TestAgent,
} from '@cutover/testing/services';
import { testEngines } from '../support/engines';
import { script } from '../support/packages';
import { generatePki, tlsFetch, type TestPki } from '../support/tls';

const engine = testEngines().find((e) => e.kind === 'postgres')!;

const TABLES = `CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);`;
const SOURCE = `${TABLES}
  INSERT INTO ax.inventtrans SELECT g, 'I' || (g % 97), (g % 1000) / 7.0 FROM generate_series(1, 50000) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 2000) g;
  ANALYZE;`;
const PACKAGE = {
  name: 'tls-e2e',
  version: '1',
  copyRules: { include: [{ schema: 'ax', name: '*' }] },
  scripts: [
    script(
      'fix-names',
      'single-user',
      [{ schema: 'ax', name: 'custtable' }],
      [{ schema: 'ax', name: 'custtable' }],
      `UPDATE ax.custtable SET name = upper(name)`,
    ),
  ],
};

/** The agent as an operator runs it: its own process, configured by environment (TLS variables included). */
async function spawnTlsAgent(
  databaseUrl: string,
  env: Record<string, string>,
  check: typeof fetch,
  logs: string[],
): Promise<{ url: string; token: string; child: ChildProcess; kill(): Promise<void> }> {
  const token = randomBytes(24).toString('hex');
  const port = await freePort();
  const child = spawn(process.execPath, [serviceMain('transfer-agent')], {
    env: {
      ...process.env,
      AGENT_ENGINE: 'postgres',
      AGENT_DATABASE_URL: databaseUrl,
      AGENT_TOKEN: token,
      AGENT_PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serviceOutput(child, logs);
  const url = `https://127.0.0.1:${port}`;
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  try {
    await waitForHealthWith(url, check, () => child.exitCode === null);
  } catch (error) {
    await kill();
    throw new Error(`${(error as Error).message}\n${logs.join('')}`, { cause: error });
  }
  return { url, token, child, kill };
}

/** Waits for `condition`, failing with `what` at its own deadline. */
const until = (what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<true> =>
  eventually(async () => (await condition()) || undefined, { message: what, deadline: timeoutMs, intervalMs: 100 });

describe('TLS everywhere: HTTPS listeners, a CA bundle for outgoing calls, mutual TLS (certificates made by the test with node-forge)', () => {
  let pki: TestPki;
  let dbs: TestDatabases<'state' | 'source' | 'target' | 'spare'>;
  let o: TestOrchestrator;
  let source: TestAgent;
  let target: Awaited<ReturnType<typeof spawnTlsAgent>>;
  const targetLogs: string[] = [];
  const registrationToken = randomBytes(16).toString('hex');
  let withCert: typeof fetch;
  let withoutCert: typeof fetch;

  before(async () => {
    pki = generatePki();
    withCert = tlsFetch(pki.caFile, { cert: pki.clientCertFile, key: pki.clientKeyFile });
    withoutCert = tlsFetch(pki.caFile);
    dbs = await engine.databases(['source', 'target', 'spare']);
    await Promise.all([engine.sql(dbs.urls.source, SOURCE), engine.sql(dbs.urls.target, TABLES)]);
    // Every listener requires a client certificate signed by the test CA; every caller trusts it and presents one.
    const mutual = {
      tlsCertFile: pki.certFile,
      tlsKeyFile: pki.keyFile,
      tlsClientCaFile: pki.caFile,
      tlsCaFile: pki.caFile,
      tlsClientCertFile: pki.certFile,
      tlsClientKeyFile: pki.keyFile,
    };
    o = await startTestOrchestrator(dbs.urls.state, { ...mutual, registrationToken }, withCert);
    source = await startTestAgent(dbs.urls.source, mutual);
    // The target agent registers itself with the orchestrator over HTTPS, and pulls rows from the source's export over HTTPS.
    target = await spawnTlsAgent(
      dbs.urls.target,
      {
        AGENT_NAME: 'agent-target',
        AGENT_TLS_CERT_FILE: pki.certFile,
        AGENT_TLS_KEY_FILE: pki.keyFile,
        AGENT_TLS_CLIENT_CA_FILE: pki.caFile,
        AGENT_TLS_CA_FILE: pki.caFile,
        AGENT_TLS_CLIENT_CERT_FILE: pki.certFile,
        AGENT_TLS_CLIENT_KEY_FILE: pki.keyFile,
        ORCHESTRATOR_URL: o.url,
        AGENT_REGISTRATION_TOKEN: registrationToken,
        AGENT_HEARTBEAT_SECONDS: '1',
      },
      withCert,
      targetLogs,
    );
  });

  after(async () => {
    await closeSteps([
      ['the orchestrator', o?.close],
      ['the source agent', source?.close],
      ['the target agent', target?.kill],
      ['the databases', dbs?.drop],
    ]);
    if (pki) rmSync(pki.dir, { recursive: true, force: true });
  });

  it('both services listen on HTTPS only (no plain HTTP on their port)', async () => {
    assert.match(o.url, /^https:\/\//);
    assert.match(source.url, /^https:\/\//);
    assert.equal((await withCert(`${source.url}/health`)).status, 200);
    await assert.rejects(fetch(`${o.url.replace('https:', 'http:')}/health`), 'no plain HTTP on the HTTPS port');
  });

  it('a whole data upgrade runs over HTTPS with mutual TLS: registration, heartbeats, orchestrator → agents, agent → agent export', async () => {
    const registered = await (async () => {
      let found: { id: string; baseUrl: string; lastHeartbeatAt: string | null } | undefined;
      await until('the target agent to register and heartbeat over HTTPS', async () => {
        const page = await o.call<{ items: { id: string; name: string; baseUrl: string; lastHeartbeatAt: string | null }[] }>(
          'GET',
          '/v1/agents',
        );
        found = page.items.find((a) => a.name === 'agent-target');
        return found?.lastHeartbeatAt != null;
      });
      return found!;
    })();
    assert.match(registered.baseUrl, /^https:\/\/127\.0\.0\.1:/, 'the agent registers its HTTPS URL');
    const systems = await registerSystems(o, [{ name: 'prod', role: 'production-source', agent: source }]);
    systems.target = (await o.call<{ id: string }>('POST', '/v1/systems', { name: 'target', role: 'target', agentId: registered.id })).id;
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', PACKAGE);
    const upgrade = await o.call<{ id: string }>('POST', '/v1/upgrades', {
      name: 'tls-upgrade',
      sourceSystemId: systems.prod,
      targetSystemId: systems.target,
      packageId: pkg.id,
      threads: 4,
      rangeRows: 10000,
    });
    for (const step of ['readiness']) {
      const run = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/${step}/runs`, {});
      assert.equal((await waitForRun(o, run.id)).status, 'ended', `${step} run ended`);
    }
    for (const id of [systems.prod, systems.target]) await o.call('POST', `/v1/systems/${id}/single-user`, { force: true });
    const run = await o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/data-upgrade/runs`, { threads: 4, ...SKIP_CHECKLIST });
    const ended = await waitForRun(o, run.id, ['ended', 'error'], 180_000);
    assert.equal(ended.status, 'ended', JSON.stringify(ended.counts));
    const report = await o.call<{ tables: { table: { name: string }; sourceRows: number; targetRows: number; checksumMatch: boolean }[] }>(
      'GET',
      `/v1/upgrades/${upgrade.id}/data-upgrade/runs/${run.id}/report`,
    );
    assert.equal(report.tables.length, 2);
    for (const t of report.tables) {
      assert.equal(t.checksumMatch, true, `${t.table.name} verified`);
      assert.equal(t.targetRows, t.sourceRows);
    }
    const upper = await engine.sql<{ n: string }>(dbs.urls.target, `SELECT count(*) AS n FROM ax.custtable WHERE name = upper(name)`);
    assert.equal(Number(upper[0].n), 2000, 'the copy carried the single-user script’s writes');
  });

  it('mutual TLS: a client without a certificate is refused at the handshake, by the agent and by the orchestrator', async () => {
    for (const url of [source.url, target.url, o.url]) {
      assert.equal((await withCert(`${url}/health`)).status, 200, 'with a certificate the same call passes');
      await assert.rejects(withoutCert(`${url}/health`), (error: Error & { cause?: { code?: string } }) => {
        // TLS 1.3: the server's "certificate required" alert comes after the client's handshake; undici reports the closed socket.
        assert.match(String(error.cause?.code ?? error.cause), /CERTIFICATE_REQUIRED|UND_ERR_SOCKET|ECONNRESET|HANDSHAKE/);
        return true;
      });
    }
  });

  /** POST /v1/systems for the source agent through a second orchestrator with these TLS settings: the 422's detail. */
  async function systemVia(name: string, tls: Partial<TestOrchestrator['config']>): Promise<string> {
    const other = await startTestOrchestrator(dbs.urls.spare, tls);
    try {
      const agent = await other.call<{ id: string }>('POST', '/v1/agents', { name, baseUrl: source.url, token: source.token });
      const res = await fetch(`${other.url}/v1/systems`, {
        method: 'POST',
        headers: { ...other.admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, role: 'test-source', agentId: agent.id }),
      });
      assert.equal(res.status, 422);
      return ((await res.json()) as { detail: string }).detail;
    } finally {
      await other.close();
    }
  }

  it('an orchestrator that trusts another CA refuses the agent with a message naming ORCHESTRATOR_TLS_CA_FILE', async () => {
    const detail = await systemVia('wrong-ca', {
      tlsCaFile: pki.otherCaFile,
      tlsClientCertFile: pki.certFile,
      tlsClientKeyFile: pki.keyFile,
    });
    assert.match(detail, /not signed by a CA this service trusts/);
    assert.match(detail, /Set ORCHESTRATOR_TLS_CA_FILE to the PEM file of the CA that issued it/);
  });

  it('an orchestrator without a client certificate is refused by a mutual-TLS agent, and says which variables to set', async () => {
    const detail = await systemVia('no-client-cert', { tlsCaFile: pki.caFile });
    assert.match(detail, /requires a client certificate \(mutual TLS\)/);
    assert.match(detail, /ORCHESTRATOR_TLS_CLIENT_CERT_FILE and ORCHESTRATOR_TLS_CLIENT_KEY_FILE/);
  });

  it('an agent that trusts another CA logs why it cannot register, naming AGENT_TLS_CA_FILE', async () => {
    const logs: string[] = [];
    const lonely = await spawnTlsAgent(
      dbs.urls.target,
      {
        AGENT_NAME: 'agent-wrong-ca',
        AGENT_TLS_CERT_FILE: pki.certFile,
        AGENT_TLS_KEY_FILE: pki.keyFile,
        AGENT_TLS_CA_FILE: pki.otherCaFile,
        ORCHESTRATOR_URL: o.url,
        AGENT_REGISTRATION_TOKEN: registrationToken,
      },
      withoutCert,
      logs,
    );
    try {
      await until('the registration failure in the agent log', () => /AGENT_TLS_CA_FILE/.test(logs.join('')));
      assert.match(logs.join(''), /the certificate of https:\/\/127\.0\.0\.1:\d+ is not signed by a CA this service trusts/);
    } finally {
      await lonely.kill();
    }
  });
});
