import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentRequestError, AgentUnreachableError } from '@cutover/agent-client';
import { forgottenVerdict, unknownOutcomeMessage } from '../../services/orchestrator/src/runs/forgotten-operations';
import { isTransientFailure } from '../../services/transfer-agent/src/operations/transient-errors';
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

describe('an operation its agent forgot (it restarted): started again only when that is safe', () => {
  const script = { type: 'execute-script' as const, executeScript: { sql: 'UPDATE t SET x = 1' } };
  const recorded = {
    type: 'execute-script' as const,
    executeScript: {
      sql: 'UPDATE t SET x = 1',
      recordStatus: { scriptKey: 'k', packageSha256: 'a'.repeat(64), phase: 'live', runId: 'r' },
    },
  };

  it('work that converges (a range load, a read, a prepare, a sequence set) is started again', () => {
    for (const type of [
      'copy-range',
      'checksum-range',
      'prepare-table',
      'finish-table',
      'read-script-status',
      'set-table-sequences',
    ] as const)
      assert.equal(forgottenVerdict({ type }, { seenBefore: true }), 'start-again', type);
  });

  it('a script that records its status in its own transaction is decided by that status', () => {
    assert.equal(forgottenVerdict(recorded, { seenBefore: true }), 'check-status');
    assert.equal(forgottenVerdict(recorded, { seenBefore: false, executingSeconds: 100, agentUptimeSeconds: 5 }), 'check-status');
    // Outside one transaction the status row proves nothing about the statements before it.
    assert.equal(
      forgottenVerdict({ ...recorded, executeScript: { ...recorded.executeScript, transaction: false } }, { seenBefore: true }),
      'unknown',
    );
  });

  it('a plain script or a delta script the agent was seen running is unknown: never run twice by itself', () => {
    assert.equal(forgottenVerdict(script, { seenBefore: true }), 'unknown');
    assert.equal(
      forgottenVerdict({ type: 'run-delta-script' }, { seenBefore: true, executingSeconds: 1, agentUptimeSeconds: 900 }),
      'unknown',
    );
  });

  it('resumed after an orchestrator crash: an agent up longer than the attempt never received it, so it starts', () => {
    assert.equal(forgottenVerdict(script, { seenBefore: false, executingSeconds: 10, agentUptimeSeconds: 600 }), 'start-again');
    assert.equal(
      forgottenVerdict(script, { seenBefore: false, executingSeconds: 10, agentUptimeSeconds: 12 }),
      'unknown',
      'within the slack',
    );
    assert.equal(
      forgottenVerdict(script, { seenBefore: false, executingSeconds: 600, agentUptimeSeconds: 10 }),
      'unknown',
      'it restarted since',
    );
    assert.equal(forgottenVerdict(script, { seenBefore: false }), 'unknown', 'nothing known: unknown');
  });

  it('the message names the operation, why it is not run again, and the call to rerun it', () => {
    assert.equal(
      unknownOutcomeMessage('t1.1', 'execute-script', 'run-9'),
      'the agent restarted while operation t1.1 (execute-script) may have been running, so whether it took effect is unknown; ' +
        'Cutover does not run a script operation (execute-script) twice by itself. Check the database, then rerun the task (POST /v1/runs/run-9/rerun-failed)',
    );
  });
});

describe('the agent flags a failure transient by its error code, whatever the language of its text', () => {
  const withCode = (code: string, message = 'irrelevant text, e.g. in the server’s own language') =>
    Object.assign(new Error(message), { code });

  it('connections that broke or were refused, and a PostgreSQL server going away, are transient', () => {
    for (const code of ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE', 'ESOCKET', 'ECONNCLOSED'])
      assert.equal(isTransientFailure(withCode(code)), true, code);
    for (const sqlstate of ['08006', '08001', '08P01', '57P01', '57P02', '57P03', '53300'])
      assert.equal(isTransientFailure(withCode(sqlstate, 'die Verbindung wurde unerwartet geschlossen')), true, sqlstate);
  });

  it('the work itself wrong, a full disk, or a cancel is not', () => {
    for (const sqlstate of ['23505', '42501', '42P01', '53100', '57014', '40001'])
      assert.equal(isTransientFailure(withCode(sqlstate)), false, sqlstate);
    assert.equal(isTransientFailure(new Error('socket hang up')), false, 'text alone is the orchestrator’s fallback, not the flag');
    assert.equal(isTransientFailure('ECONNRESET'), false);
    assert.equal(isTransientFailure(null), false);
  });

  it('looks through causes and aggregate errors (a source stream that failed under the import)', () => {
    assert.equal(isTransientFailure(new Error('source agent unreachable at http://x', { cause: withCode('ECONNREFUSED') })), true);
    assert.equal(isTransientFailure(new AggregateError([new Error('a'), withCode('ETIMEDOUT')])), true);
    const loop: Error & { cause?: unknown } = new Error('self-caused');
    loop.cause = loop;
    assert.equal(isTransientFailure(loop), false, 'a cause cycle ends');
  });
});
