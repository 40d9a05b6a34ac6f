import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentRequestError, AgentUnreachableError } from '@cutover/agent-client';
import {
  isTransientError,
  isTransientMessage,
  RETRYABLE_OPERATIONS,
  retryDelayMs,
} from '../../services/orchestrator/src/runs/transient-faults';

describe('transient or permanent: what the system retries by itself', () => {
  it('a component unreachable or restarted is transient', () => {
    for (const message of [
      'source agent unreachable at http://127.0.0.1:4100: socket hang up',
      'source agent unreachable at http://127.0.0.1:4100: connect ECONNREFUSED 127.0.0.1:4100',
      'aborted',
      'read ECONNRESET',
      'Premature close',
      'source agent refused the export (503: the agent is shutting down)',
      'Connection terminated unexpectedly',
      'terminating connection due to administrator command',
      'the database system is starting up',
      'the database system is shutting down',
      'server closed the connection unexpectedly',
      'Connection lost - read ECONNRESET',
      'Failed to connect to sql1:1433 - connect ECONNREFUSED',
    ])
      assert.equal(isTransientMessage(message), true, message);
  });

  it('the work itself wrong, or a person needed, is permanent: it fails at once', () => {
    for (const message of [
      'duplicate key value violates unique constraint "inventtrans_pkey" — Key (recid)=(7) already exists.',
      'new row for relation "inventtrans" violates check constraint "inventtrans_qty"',
      'permission denied for table inventtrans',
      'could not extend file "pg_tblspc/16390/PG_18/16384/16440": No space left on device',
      'source agent refused the export (401: the grant has expired)',
      'source agent refused the export (400: unknown column)',
      'relation "ax.nosuch" does not exist',
      'timed out after 60 s and was canceled',
      'syntax error at or near "SELEC"',
    ])
      assert.equal(isTransientMessage(message), false, message);
  });

  it('talking to an agent: unreachable and 502/503/504 are transient, other answers are not', () => {
    assert.equal(isTransientError(new AgentUnreachableError('agent at x is unreachable: fetch failed')), true);
    for (const status of [502, 503, 504]) assert.equal(isTransientError(new AgentRequestError(status, 'x', 'http://a')), true);
    for (const status of [400, 401, 404, 409, 500]) assert.equal(isTransientError(new AgentRequestError(status, 'x', 'http://a')), false);
    assert.equal(isTransientError(new Error('boom')), false);
  });

  it('only operations safe to run twice are retried: never a script, never a table preparation', () => {
    assert.ok(RETRYABLE_OPERATIONS.has('copy-range'));
    assert.ok(RETRYABLE_OPERATIONS.has('checksum-range'));
    for (const type of ['execute-script', 'run-delta-script', 'prepare-table', 'finish-table', 'create-table', 'restore-database'])
      assert.ok(!RETRYABLE_OPERATIONS.has(type), type);
  });

  it('backoff: exponential, capped, jittered within [½, 1] of the ceiling', () => {
    const cases: [number, number, number][] = [
      [1, 1, 500],
      [1, 0, 250],
      [3, 1, 2000],
      [10, 1, 10_000],
      [30, 0, 5000],
    ];
    for (const [retry, r, ms] of cases)
      assert.equal(
        retryDelayMs(retry, () => r),
        ms,
        `retry ${retry}`,
      );
    for (let n = 1; n < 12; n++) {
      const d = retryDelayMs(n);
      assert.ok(d >= Math.min(10_000, 500 * 2 ** (n - 1)) / 2 && d <= 10_000, `retry ${n}: ${d}`);
    }
  });
});
