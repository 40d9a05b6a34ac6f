import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '@cutover/common';
import { loadAgentConfig } from '../../services/transfer-agent/src/config/agent.config';

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
