import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, sql } from '@cutover/testing';
import { runTasks, SKIP_CHECKLIST, upgradeFixture, waitForRun } from '@cutover/testing/services';

const SOURCE = `CREATE SCHEMA ax; CREATE TABLE ax.marks (script text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());`;

interface EventView {
  taskKey: string | null;
  type: string;
  reason: string | null;
}

/**
 * A source agent killed (SIGKILL) while a script runs, then restarted: it has forgotten the
 * operation. A script must never run twice by itself: one whose status row (written in its own
 * transaction) is absent did not commit and runs again; a plain script's outcome is unknown and
 * its task fails, saying what to check.
 */
describe('scripts whose agent restarted mid-run are not run twice', () => {
  const fx = upgradeFixture({ sql: { source: SOURCE, target: SOURCE }, agents: { source: { spawn: {} } } });

  const marks = async (script: string) =>
    (await sql<{ n: number }>(fx.dbs.urls.source, 'SELECT count(*)::int AS n FROM ax.marks WHERE script = $1', [script]))[0].n;

  /** Kills the source agent once the task has run its INSERT (uncommitted: its transaction sleeps), then restarts it. */
  const killWhileRunning = async (runId: string, key: string) => {
    await eventually(
      async () => {
        const task = (await runTasks(fx.o, runId)).find((t) => t.key === key);
        const busy = await sql<{ n: number }>(
          fx.dbs.urls.source,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()`,
        );
        return task?.status === 'executing' && busy[0].n > 0;
      },
      { message: `task ${key} to be executing on the source` },
    );
    await fx.restart('source');
  };

  it('a preprocessing script that had not committed runs again, once, and its run ends', async () => {
    const pkg = await fx.o.call<{ id: string }>('POST', '/v1/packages', {
      name: 'forgotten',
      version: '1',
      copyRules: { include: [{ schema: 'ax', name: 'marks' }] },
      scripts: [
        {
          key: 'slow-live',
          phase: 'live',
          description: 'marks, then sleeps in the same transaction',
          reads: [],
          writes: [{ schema: 'ax', name: 'marks' }],
          dependsOn: [],
          sql: { postgres: `INSERT INTO ax.marks (script) VALUES ('slow-live'); SELECT pg_sleep(4);` },
        },
      ],
    });
    const upgrade = await fx.o.call<{ id: string }>('POST', '/v1/upgrades', {
      name: 'forgotten',
      sourceSystemId: fx.systems.prod,
      targetSystemId: fx.systems.target,
      packageId: pkg.id,
    });
    const readiness = await fx.o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/readiness/runs`, {});
    assert.equal(
      (await waitForRun(fx.o, readiness.id)).status,
      'ended',
      (await runTasks(fx.o, readiness.id)).map((t) => `${t.key}: ${t.error}`).join('; '),
    );
    const live = await fx.o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/live/runs`, SKIP_CHECKLIST);
    await killWhileRunning(live.id, 'slow-live');
    const done = await waitForRun(fx.o, live.id, ['ended', 'error'], 120_000);
    const tasks = await runTasks(fx.o, live.id);
    assert.equal(done.status, 'ended', tasks.map((t) => `${t.key}: ${t.error}`).join('; '));
    assert.equal(await marks('slow-live'), 1, 'the script took effect exactly once');
    const events = await fx.o.call<EventView[]>('GET', `/v1/runs/${live.id}/events?limit=1000`);
    assert.ok(
      events.some((e) =>
        /cutover\.script_status does not record slow-live for this run: it did not commit, so it runs again/.test(e.reason ?? ''),
      ),
      JSON.stringify(events.map((e) => e.reason)),
    );
  });

  it('a plain script is not run again: its task fails saying the outcome is unknown and what to do', async () => {
    const run = await fx.o.call<{ id: string }>('POST', '/v1/runs', {
      threads: 1,
      tasks: [{ key: 'plain', systemId: fx.systems.prod, sql: `INSERT INTO ax.marks (script) VALUES ('plain'); SELECT pg_sleep(4);` }],
    });
    await killWhileRunning(run.id, 'plain');
    const done = await waitForRun(fx.o, run.id, ['ended', 'error'], 120_000);
    assert.equal(done.status, 'error');
    const [task] = await runTasks(fx.o, run.id);
    assert.match(
      task.error ?? '',
      new RegExp(
        `whether it took effect is unknown; Cutover does not run a script operation \\(execute-script\\) twice by itself\\. .*rerun-failed`,
      ),
    );
    assert.equal(task.attempt, 1);
    // The backend noticed its client had gone (client_connection_check_interval) and rolled back.
    assert.equal(await marks('plain'), 0, 'the killed script rolled back and nothing ran it again');
  });
});
