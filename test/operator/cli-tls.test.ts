import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { unwrap } from '@cutover/orchestrator-client';
import { createTestDatabases, type TestDatabases } from '@cutover/testing';
import { registerSystems, startTestAgent, startTestOrchestrator, type TestAgent, type TestOrchestrator } from '@cutover/testing/services';
import { cutover } from '../support/cli';
import { generatePki, tlsFetch, type TestPki } from '../support/tls';

/**
 * The CLI against an HTTPS orchestrator whose certificate the test's own CA signed and which
 * requires a client certificate (mutual TLS): `--ca` / CUTOVER_CA_FILE and `--cert`/`--key`
 * (CUTOVER_CLIENT_CERT_FILE / CUTOVER_CLIENT_KEY_FILE), for the API and the run's SSE stream.
 */
describe('cutover CLI over HTTPS with a private CA and mutual TLS', () => {
  let pki: TestPki;
  let dbs: TestDatabases<'state' | 'source'>;
  let o: TestOrchestrator;
  let agent: TestAgent;
  let env: Record<string, string>;

  before(async () => {
    pki = generatePki();
    dbs = await createTestDatabases(['state', 'source']);
    o = await startTestOrchestrator(
      dbs.urls.state,
      { tlsCertFile: pki.certFile, tlsKeyFile: pki.keyFile, tlsClientCaFile: pki.caFile },
      tlsFetch(pki.caFile, { cert: pki.clientCertFile, key: pki.clientKeyFile }),
    );
    agent = await startTestAgent(dbs.urls.source);
    env = { CUTOVER_URL: o.url, CUTOVER_API_KEY: o.adminKey };
  });
  after(async () => {
    await o?.close();
    await agent?.close();
    await dbs?.drop();
    if (pki) rmSync(pki.dir, { recursive: true, force: true });
  });

  it('without the CA: exit 1, saying the certificate is not trusted and which option to set', async () => {
    assert.ok(o.url.startsWith('https://'));
    const r = await cutover(['runs', 'list'], env);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /not signed by a CA this service trusts .*Set --ca \(CUTOVER_CA_FILE\)/);
  });

  it('with the CA but no client certificate: exit 1, naming --cert and --key', async () => {
    const r = await cutover(['runs', 'list'], { ...env, CUTOVER_CA_FILE: pki.caFile });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /client certificate .*--cert \(CUTOVER_CLIENT_CERT_FILE\) and --key \(CUTOVER_CLIENT_KEY_FILE\)/);
  });

  it('an unreadable CA file or a certificate without its key is a usage error (exit 2)', async () => {
    const missing = await cutover(['--ca', `${pki.dir}/nope.pem`, 'runs', 'list'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--ca \(CUTOVER_CA_FILE\): cannot read .*nope\.pem \(ENOENT\)/);
    const half = await cutover(['--ca', pki.caFile, '--cert', pki.clientCertFile, 'runs', 'list'], env);
    assert.equal(half.code, 2);
    assert.match(half.stderr, /--key \(CUTOVER_CLIENT_KEY_FILE\)/);
  });

  it('with the CA and a client certificate (flags or environment): the API and a watch of a run to its end', async () => {
    const systems = await registerSystems(o, [{ name: 'prod', role: 'production-source', agent }]);
    const created = unwrap(
      await o.api.POST('/v1/runs', {
        body: {
          threads: 1,
          tasks: [
            { key: 'a', systemId: systems.prod, sql: 'SELECT pg_sleep(1)' },
            { key: 'b', systemId: systems.prod, sql: 'SELECT 1', dependsOn: ['a'] },
          ],
        },
      }),
    );
    const flags = ['--ca', pki.caFile, '--cert', pki.clientCertFile, '--key', pki.clientKeyFile];
    const listed = await cutover([...flags, '--json', 'runs', 'list'], env);
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok((JSON.parse(listed.stdout) as { id: string }[]).some((r) => r.id === created.id));
    const tlsEnv = {
      ...env,
      CUTOVER_CA_FILE: pki.caFile,
      CUTOVER_CLIENT_CERT_FILE: pki.clientCertFile,
      CUTOVER_CLIENT_KEY_FILE: pki.clientKeyFile,
    };
    const watched = await cutover(['runs', 'watch', created.id], tlsEnv);
    assert.equal(watched.code, 0, `the watch over HTTPS ends with the run: ${watched.stderr}`);
    assert.match(watched.stdout, /ended/);
  });
});
