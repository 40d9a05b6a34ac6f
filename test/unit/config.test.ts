import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '@cutover/common';
import { loadAgentConfig } from '../../services/transfer-agent/src/config/agent.config';
import { loadOrchestratorConfig } from '../../services/orchestrator/src/config/orchestrator.config';

describe('transfer-agent configuration', () => {
  it('names every missing or invalid variable at once', () => {
    let error: unknown;
    try {
      loadAgentConfig({ AGENT_ENGINE: 'oracle', AGENT_TOKEN: 'short', AGENT_PORT: '99999' });
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof ConfigError);
    const text = error.message;
    for (const variable of ['AGENT_ENGINE', 'AGENT_DATABASE_URL', 'AGENT_TOKEN', 'AGENT_PORT']) assert.match(text, new RegExp(variable));
    assert.match(text, /must be one of: postgres, mssql/);
  });

  it('needs a registration token when an orchestrator URL is set', () => {
    const base = { AGENT_ENGINE: 'postgres', AGENT_DATABASE_URL: 'postgres://x@h/db', AGENT_TOKEN: 't'.repeat(32) };
    assert.equal(loadAgentConfig(base).port, 7310);
    assert.throws(() => loadAgentConfig({ ...base, ORCHESTRATOR_URL: 'http://orchestrator:7300' }), /AGENT_REGISTRATION_TOKEN/);
  });
});

describe('orchestrator configuration', () => {
  const base = { DATABASE_URL: 'postgres://x@h/db', ORCHESTRATOR_SECRET_KEY: 's'.repeat(32) };

  it('grants live 10 minutes unless GRANT_TTL_SECONDS says otherwise, at least 6 s', () => {
    assert.equal(loadOrchestratorConfig(base).grantTtlSeconds, 600);
    assert.equal(loadOrchestratorConfig({ ...base, GRANT_TTL_SECONDS: '60' }).grantTtlSeconds, 60);
    for (const bad of ['5', 'ten', '100000'])
      assert.throws(() => loadOrchestratorConfig({ ...base, GRANT_TTL_SECONDS: bad }), /GRANT_TTL_SECONDS/);
  });
});
