import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, environmentWithFile, httpsOptions, isLoopback, plainHttpWarning } from '@cutover/common';
import { explainTlsError } from '@cutover/contracts';
import { loadAgentConfig } from '../../services/transfer-agent/src/config/agent.config';
import { loadOrchestratorConfig } from '../../services/orchestrator/src/config/orchestrator.config';

const dir = mkdtempSync(join(tmpdir(), 'cutover-config-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
after(() => rmSync(dir, { recursive: true, force: true }));

const agentBase = { AGENT_ENGINE: 'postgres', AGENT_DATABASE_URL: 'postgres://x@h/db', AGENT_TOKEN: 't'.repeat(32) };
const orchestratorBase = { DATABASE_URL: 'postgres://x@h/db', ORCHESTRATOR_SECRET_KEY: 's'.repeat(32) };

function problems(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

describe('secrets from files (NAME_FILE)', () => {
  it('every secret variable of both services may come from a file, without its trailing newline', () => {
    const agent = loadAgentConfig({
      AGENT_ENGINE: 'postgres',
      AGENT_DATABASE_URL_FILE: file('db-url', 'postgres://u:p%40ss@h/db\n'),
      AGENT_TOKEN_FILE: file('token', `${'k'.repeat(40)}\r\n`),
      ORCHESTRATOR_URL: 'https://orchestrator:7300',
      AGENT_REGISTRATION_TOKEN_FILE: file('reg', 'r'.repeat(20)),
    });
    assert.equal(agent.databaseUrl, 'postgres://u:p%40ss@h/db');
    assert.equal(agent.token, 'k'.repeat(40));
    assert.equal(agent.registrationToken, 'r'.repeat(20));
    const orchestrator = loadOrchestratorConfig({
      DATABASE_URL_FILE: file('state-url', 'postgres://o@h/state\n'),
      ORCHESTRATOR_SECRET_KEY_FILE: file('secret', 'x'.repeat(32)),
      ORCHESTRATOR_ADMIN_KEY_FILE: file('admin', 'a'.repeat(30)),
      AGENT_REGISTRATION_TOKEN_FILE: file('reg2', 'g'.repeat(16)),
    });
    assert.equal(orchestrator.databaseUrl, 'postgres://o@h/state');
    assert.equal(orchestrator.secretKey, 'x'.repeat(32));
    assert.equal(orchestrator.bootstrapAdminKey, 'a'.repeat(30));
    assert.equal(orchestrator.registrationToken, 'g'.repeat(16));
  });

  it('a missing file, or a variable given both ways, is a config error naming the variable', () => {
    assert.match(
      problems(() => loadAgentConfig({ ...agentBase, AGENT_TOKEN: undefined, AGENT_TOKEN_FILE: join(dir, 'nope') })),
      /^transfer-agent: invalid configuration: AGENT_TOKEN_FILE: cannot read .*nope \(ENOENT\)$/,
    );
    assert.match(
      problems(() => loadOrchestratorConfig({ ...orchestratorBase, ORCHESTRATOR_SECRET_KEY_FILE: file('s2', 'y'.repeat(32)) })),
      /ORCHESTRATOR_SECRET_KEY: set either ORCHESTRATOR_SECRET_KEY or ORCHESTRATOR_SECRET_KEY_FILE, not both/,
    );
  });

  it('a file is validated like the variable (a short token from a file is refused)', () => {
    assert.match(
      problems(() => loadAgentConfig({ ...agentBase, AGENT_TOKEN: undefined, AGENT_TOKEN_FILE: file('short', 'abc\n') })),
      /AGENT_TOKEN: must be at least 24 characters/,
    );
  });
});

describe('env file (--env-file / CUTOVER_ENV_FILE)', () => {
  const envFile = file(
    'agent.env',
    `# agent\nAGENT_ENGINE=postgres\nAGENT_DATABASE_URL="postgres://x@h/db"\nAGENT_TOKEN=${'e'.repeat(32)}\nAGENT_PORT=7400\n`,
  );

  it('reads KEY=value lines from --env-file <path>, --env-file=<path> or CUTOVER_ENV_FILE', () => {
    for (const [argv, env] of [
      [['--env-file', envFile], {}],
      [[`--env-file=${envFile}`], {}],
      [[], { CUTOVER_ENV_FILE: envFile }],
    ] as [string[], Record<string, string>][]) {
      const config = loadAgentConfig(environmentWithFile('transfer-agent', argv, env));
      assert.equal(config.port, 7400);
      assert.equal(config.databaseUrl, 'postgres://x@h/db');
    }
  });

  it('the real environment wins over the file', () => {
    assert.equal(loadAgentConfig(environmentWithFile('transfer-agent', ['--env-file', envFile], { AGENT_PORT: '7500' })).port, 7500);
  });

  it('an unreadable env file is one clear config error', () => {
    assert.throws(
      () => environmentWithFile('orchestrator', ['--env-file', join(dir, 'missing.env')], {}),
      (e: Error) =>
        e instanceof ConfigError &&
        /^orchestrator: invalid configuration: env file .*missing\.env cannot be read \(ENOENT\)$/.test(e.message),
    );
    assert.throws(() => environmentWithFile('orchestrator', ['--env-file'], {}), /--env-file needs a path/);
  });
});

describe('TLS configuration', () => {
  const cert = file('cert.pem', 'not parsed here');
  const key = file('key.pem', 'not parsed here');

  it('certificate and key go together; mutual TLS needs the HTTPS listener; every file must be readable', () => {
    assert.match(
      problems(() => loadAgentConfig({ ...agentBase, AGENT_TLS_CERT_FILE: cert })),
      /AGENT_TLS_KEY_FILE: is required when the TLS certificate file is set/,
    );
    assert.match(
      problems(() => loadOrchestratorConfig({ ...orchestratorBase, ORCHESTRATOR_TLS_KEY_FILE: key })),
      /ORCHESTRATOR_TLS_CERT_FILE: is required/,
    );
    assert.match(
      problems(() => loadAgentConfig({ ...agentBase, AGENT_TLS_CLIENT_CA_FILE: cert })),
      /AGENT_TLS_CLIENT_CA_FILE: needs the listener on HTTPS/,
    );
    assert.match(
      problems(() => loadAgentConfig({ ...agentBase, AGENT_TLS_CA_FILE: join(dir, 'none.pem') })),
      /AGENT_TLS_CA_FILE: cannot read the file .*none\.pem/,
    );
    assert.match(
      problems(() => loadOrchestratorConfig({ ...orchestratorBase, ORCHESTRATOR_TLS_CLIENT_CERT_FILE: cert })),
      /ORCHESTRATOR_TLS_CLIENT_KEY_FILE: is required when the TLS client certificate file is set/,
    );
    const ok = loadAgentConfig({ ...agentBase, AGENT_TLS_CERT_FILE: cert, AGENT_TLS_KEY_FILE: key, AGENT_TLS_CLIENT_CA_FILE: cert });
    assert.equal(ok.tlsClientCaFile, cert);
  });

  it('the HTTPS listener accepts TLS 1.2 at least, and asks for client certificates only with a client CA', () => {
    const plain = httpsOptions({ tlsCertFile: cert, tlsKeyFile: key })!;
    assert.equal(plain.minVersion, 'TLSv1.2');
    assert.equal(plain.requestCert, undefined);
    const mutual = httpsOptions({ tlsCertFile: cert, tlsKeyFile: key, tlsClientCaFile: cert })!;
    assert.equal(mutual.requestCert, true);
    assert.equal(mutual.rejectUnauthorized, true);
    assert.equal(httpsOptions({}), undefined);
  });

  it('plain HTTP warns on an address other machines reach, never on loopback', () => {
    const vars = { cert: 'AGENT_TLS_CERT_FILE', key: 'AGENT_TLS_KEY_FILE' };
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) {
      assert.ok(isLoopback(host));
      assert.equal(plainHttpWarning({ host }, vars), null);
    }
    assert.match(
      plainHttpWarning({ host: '0.0.0.0' }, vars) ?? '',
      /serving plain HTTP on 0\.0\.0\.0: .*Set AGENT_TLS_CERT_FILE and AGENT_TLS_KEY_FILE/,
    );
    assert.equal(plainHttpWarning({ host: '0.0.0.0', tlsCertFile: cert, tlsKeyFile: key }, vars), null);
  });

  it('TLS failures become sentences naming what to set', () => {
    const hints = {
      caVariable: 'AGENT_TLS_CA_FILE',
      clientCertVariables: 'AGENT_TLS_CLIENT_CERT_FILE and AGENT_TLS_CLIENT_KEY_FILE',
      clientCertConfigured: false,
    };
    const fetchError = (code: string, message = 'x') =>
      new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
    assert.match(
      explainTlsError(fetchError('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 'https://a:1/v1', hints)!,
      /https:\/\/a:1 is not signed by a CA .* Set AGENT_TLS_CA_FILE/,
    );
    assert.match(explainTlsError(fetchError('ERR_TLS_CERT_ALTNAME_INVALID'), 'https://a:1', hints)!, /does not name that host/);
    assert.match(explainTlsError(fetchError('CERT_HAS_EXPIRED'), 'https://a:1', hints)!, /not valid now/);
    assert.match(
      explainTlsError(fetchError('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'), 'https://a:1', hints)!,
      /requires a client certificate/,
    );
    assert.match(explainTlsError(fetchError('UND_ERR_SOCKET'), 'https://a:1', hints)!, /presents none\. Set AGENT_TLS_CLIENT_CERT_FILE/);
    assert.equal(explainTlsError(fetchError('UND_ERR_SOCKET'), 'https://a:1', { ...hints, clientCertConfigured: true }), null);
    assert.equal(explainTlsError(fetchError('ECONNREFUSED'), 'https://a:1', hints), null);
  });
});
