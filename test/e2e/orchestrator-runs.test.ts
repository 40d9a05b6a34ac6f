import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, sql } from '@cutover/testing';
import { runTasks, upgradeFixture, waitForRun, type RunView } from '@cutover/testing/services';

const LOG_DDL = `CREATE TABLE exec_log (key text NOT NULL, started timestamptz NOT NULL, ended timestamptz NOT NULL)`;
const DDL = `${LOG_DDL}; CREATE TABLE pause_log (round int); CREATE TABLE config (divisor int); INSERT INTO config VALUES (0);`;

/** A script that records its own execution interval (both timestamps from the one server clock). */
const recordingScript = (key: string, sleep = 0.05) =>
  `DO $$ DECLARE t0 timestamptz := clock_timestamp(); BEGIN PERFORM pg_sleep(${sleep}); INSERT INTO exec_log VALUES ('${key}', t0, clock_timestamp()); END $$;`;

/** A deterministic DAG: task i depends on up to two earlier tasks. */
function dag(n: number): { key: string; dependsOn: string[] }[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const deps = new Set<string>();
    if (i > 0 && rand() < 0.8) deps.add(`s${String(Math.floor(rand() * i)).padStart(3, '0')}`);
    if (i > 1 && rand() < 0.4) deps.add(`s${String(Math.floor(rand() * i)).padStart(3, '0')}`);
    return { key: `s${String(i).padStart(3, '0')}`, dependsOn: [...deps] };
  });
}

describe('orchestrator runs: a DAG of scripts on real agents, pg-boss, PostgreSQL', () => {
  const fx = upgradeFixture({ sql: { source: DDL, target: DDL } });

  it('runs 60 scripts across two systems exactly once, in dependency order, at most `threads` at a time', async () => {
    const graph = dag(60);
    const threads = 4;
    const created = await fx.o.call<RunView>('POST', '/v1/runs', {
      threads,
      tasks: graph.map((t, i) => ({
        ...t,
        systemId: i % 2 === 0 ? fx.systems.prod : fx.systems.target,
        sql: recordingScript(t.key),
        priority: i % 5,
      })),
    });
    const run = await waitForRun(fx.o, created.id);
    assert.equal(run.status, 'ended');
    assert.equal(run.counts.ended, 60);
    const log = [
      ...(await sql<{ key: string; started: Date; ended: Date }>(fx.dbs.urls.source, 'SELECT * FROM exec_log')),
      ...(await sql<{ key: string; started: Date; ended: Date }>(fx.dbs.urls.target, 'SELECT * FROM exec_log')),
    ];
    assert.equal(log.length, 60, 'every script executed exactly once');
    assert.equal(new Set(log.map((l) => l.key)).size, 60);
    const at = new Map(log.map((l) => [l.key, l]));
    for (const t of graph) {
      for (const d of t.dependsOn) assert.ok(at.get(d)!.ended <= at.get(t.key)!.started, `${d} ended before ${t.key} started`);
    }
    // Maximum overlap of execution intervals, measured by the database clock.
    const points = log.flatMap((l) => [
      [l.started.getTime(), 1],
      [l.ended.getTime(), -1],
    ]);
    points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let current = 0;
    let max = 0;
    for (const [, delta] of points) max = Math.max(max, (current += delta));
    assert.ok(max <= threads, `at most ${threads} at once (observed ${max})`);
    assert.ok(max >= 2, `work ran in parallel (observed ${max})`);
    const tasks = await runTasks(fx.o, created.id);
    assert.ok(tasks.every((t) => t.attempt === 1));
    const events = await fx.o.call<{ taskKey: string | null; from: string; toStatus: string }[]>(
      'GET',
      `/v1/runs/${created.id}/events?limit=10000`,
    );
    for (const t of graph) {
      const mine = events.filter((e) => e.taskKey === t.key).map((e) => e.toStatus);
      assert.deepEqual(mine, ['ready', 'executing', 'ended'], `events of ${t.key}`);
    }
  });

  it('pause is exact: 200 rounds of pause against dispatch, each paused-and-never-run or run-and-refused', async (t) => {
    let paused = 0;
    let executed = 0;
    for (let round = 0; round < 200; round++) {
      const created = await fx.o.call<RunView>('POST', '/v1/runs', {
        threads: 1,
        hold: true,
        tasks: [{ key: 'race', systemId: fx.systems.prod, sql: `INSERT INTO pause_log VALUES (${round})` }],
      });
      const [task] = await runTasks(fx.o, created.id);
      // Release (which dispatches the task to a worker) and pause race each other; the pause is
      // sent a little later each round, so both sides win some rounds.
      const pause = async () => {
        await new Promise((r) => setTimeout(r, round % 12));
        const path = { id: created.id, taskId: task.id };
        const { response, error } = await fx.o.api.POST('/v1/runs/{id}/tasks/{taskId}/pause', { params: { path }, body: {} });
        return { status: response.status, problem: error as { detail: string } | undefined };
      };
      const [, res] = await Promise.all([fx.o.call('POST', `/v1/runs/${created.id}/release`, {}), pause()]);
      assert.ok(res.status === 204 || res.status === 409, `pause answered ${res.status}`);
      if (res.status === 204) {
        paused++;
        await fx.o.drain();
        const [after] = await runTasks(fx.o, created.id);
        assert.equal(after.status, 'paused', `round ${round}: the pause won, so the task is paused`);
        assert.equal(after.attempt, 0, `round ${round}: and never started`);
        const rows = await sql(fx.dbs.urls.source, 'SELECT 1 FROM pause_log WHERE round = $1', [round]);
        assert.equal(rows.length, 0, `round ${round}: a paused task never executed`);
        await fx.o.call('POST', `/v1/runs/${created.id}/cancel`, {});
      } else {
        executed++;
        assert.match(res.problem?.detail ?? '', /already started|is ended/);
        const run = await waitForRun(fx.o, created.id);
        assert.equal(run.status, 'ended', `round ${round}: refused pause, the task ran to the end`);
        const rows = await sql(fx.dbs.urls.source, 'SELECT 1 FROM pause_log WHERE round = $1', [round]);
        assert.equal(rows.length, 1, `round ${round}: executed exactly once`);
      }
    }
    t.diagnostic(`pause won ${paused} rounds, dispatch won ${executed}`);
    assert.equal(paused + executed, 200);
    assert.ok(paused > 0 && executed > 0, `both outcomes occurred (paused ${paused}, executed ${executed})`);
  });

  it('a failed script is fixed in the data and rerun; its dependents then run and the run ends', async () => {
    await sql(fx.dbs.urls.target, 'UPDATE config SET divisor = 0');
    const created = await fx.o.call<RunView>('POST', '/v1/runs', {
      threads: 2,
      tasks: [
        {
          key: 'divide',
          systemId: fx.systems.target,
          sql: `INSERT INTO exec_log SELECT 'divide', now(), now() FROM config WHERE 10 / divisor > 0`,
        },
        { key: 'after-divide', systemId: fx.systems.target, sql: recordingScript('after-divide'), dependsOn: ['divide'] },
        { key: 'independent', systemId: fx.systems.prod, sql: recordingScript('independent') },
      ],
    });
    const failed = await waitForRun(fx.o, created.id);
    assert.equal(failed.status, 'error');
    const tasks = await runTasks(fx.o, created.id);
    const divide = tasks.find((t) => t.key === 'divide')!;
    assert.equal(divide.status, 'error');
    assert.match(divide.error!, /division by zero/);
    assert.equal(tasks.find((t) => t.key === 'after-divide')!.status, 'waiting');
    assert.equal(tasks.find((t) => t.key === 'independent')!.status, 'ended');
    await sql(fx.dbs.urls.target, 'UPDATE config SET divisor = 2');
    await fx.o.call('POST', `/v1/runs/${created.id}/rerun-failed`, { reason: 'divisor fixed' });
    const fixed = await waitForRun(fx.o, created.id);
    assert.equal(fixed.status, 'ended');
    const again = await runTasks(fx.o, created.id);
    assert.equal(again.find((t) => t.key === 'divide')!.attempt, 2);
    // Only the failed task (and what waited on it) ran again: the ended one keeps its one attempt.
    assert.equal(again.find((t) => t.key === 'independent')!.attempt, 1);
    assert.equal(again.find((t) => t.key === 'after-divide')!.attempt, 1);
    const events = await fx.o.call<{ type: string; actor: string; reason: string | null }[]>('GET', `/v1/runs/${created.id}/events`);
    const rerun = events.find((e) => e.type === 'rerun');
    assert.equal(rerun?.actor, 'bootstrap-admin');
    assert.equal(rerun?.reason, 'divisor fixed');
  });

  it('hold stops dispatch (executing tasks finish), release resumes; pause all / resume all', async () => {
    const created = await fx.o.call<RunView>('POST', '/v1/runs', {
      threads: 2,
      tasks: Array.from({ length: 6 }, (_, i) => ({ key: `h${i}`, systemId: fx.systems.prod, sql: recordingScript(`hold-${i}`, 0.3) })),
    });
    await fx.o.call('POST', `/v1/runs/${created.id}/hold`, { reason: 'maintenance' });
    // Executing tasks finish; then the queue holds nothing more for the run to pick up.
    const held = await eventually(
      async () => {
        const run = await fx.o.call<RunView>('GET', `/v1/runs/${created.id}`);
        return run.counts.executing === 0 ? run : undefined;
      },
      { message: 'the held run to have nothing executing' },
    );
    await fx.o.drain(10_000);
    const after = await fx.o.call<RunView>('GET', `/v1/runs/${created.id}`);
    assert.equal(held.hold, true);
    assert.equal(after.counts.executing, 0, 'nothing new started while held');
    assert.ok(after.counts.ended <= 2, `only what had started before the hold ran (${after.counts.ended})`);
    assert.equal(after.counts.ended, held.counts.ended, 'no task ended after the hold settled');
    await fx.o.call('POST', `/v1/runs/${created.id}/pause`, {});
    const paused = await fx.o.call<RunView>('GET', `/v1/runs/${created.id}`);
    assert.equal(paused.counts.paused, 6 - paused.counts.ended);
    await fx.o.call('POST', `/v1/runs/${created.id}/release`, {});
    await fx.o.call('POST', `/v1/runs/${created.id}/resume`, {});
    const done = await waitForRun(fx.o, created.id);
    assert.equal(done.status, 'ended');
  });

  it('cancel stops what has not started and cancels executing operations on the agent', async () => {
    const created = await fx.o.call<RunView>('POST', '/v1/runs', {
      threads: 1,
      tasks: [
        { key: 'long', systemId: fx.systems.prod, sql: 'SELECT pg_sleep(30)' },
        { key: 'next', systemId: fx.systems.prod, sql: 'SELECT 1', dependsOn: ['long'] },
      ],
    });
    const sleeping = () =>
      sql<{ pid: number }>(fx.dbs.urls.source, `SELECT pid FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'`);
    await eventually(async () => (await sleeping()).length === 1, { message: 'the long task to run in the source database' });
    await fx.o.call('POST', `/v1/runs/${created.id}/cancel`, { reason: 'operator' });
    // The cancel reaches the agent, which cancels the statement: gone well before its 30 s.
    await eventually(async () => (await sleeping()).length === 0, {
      message: 'the canceled statement to leave pg_stat_activity',
      deadline: 10_000,
    });
    const run = await waitForRun(fx.o, created.id, ['canceled'], 20_000);
    assert.equal(run.counts.canceled, 2);
    await fx.o.call('POST', `/v1/runs/${created.id}/cancel`, {}, { expect: 409 });
  });

  it('refuses a run whose tasks do not form a DAG, naming the cycle', async () => {
    const { response, error } = await fx.o.api.POST('/v1/runs', {
      body: {
        threads: 1,
        tasks: [
          { key: 'a', systemId: fx.systems.prod, sql: 'SELECT 1', dependsOn: ['b'] },
          { key: 'b', systemId: fx.systems.prod, sql: 'SELECT 1', dependsOn: ['a'] },
          { key: 'c', systemId: fx.systems.prod, sql: 'SELECT 1', dependsOn: ['nope'] },
        ],
      },
    });
    assert.equal(response.status, 400);
    const problem = error as { detail: string };
    assert.match(problem.detail, /dependency cycle: a → b → a/);
    assert.match(problem.detail, /c depends on unknown task nope/);
  });

  it('streams run events as server-sent events', async () => {
    const created = await fx.o.call<RunView>('POST', '/v1/runs', {
      threads: 1,
      tasks: [{ key: 'sse', systemId: fx.systems.prod, sql: 'SELECT 1' }],
    });
    await waitForRun(fx.o, created.id);
    const controller = new AbortController();
    const res = await fetch(`${fx.o.url}/v1/runs/${created.id}/events/stream`, { headers: fx.o.admin, signal: controller.signal });
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    const deadline = setTimeout(() => controller.abort(new Error(`no ended event and progress within 20 s; got:\n${text}`)), 20_000);
    try {
      while (!text.includes('"toStatus":"ended"') || !text.includes('event: progress')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    } finally {
      clearTimeout(deadline);
      controller.abort();
    }
    assert.match(text, /event: run-created/);
    assert.match(text, /"taskKey":"sse"/);
    assert.match(text, /id: \d+/);
    const lastId = Math.max(...[...text.matchAll(/id: (\d+)\ndata: \{"id"/g)].map((m) => Number(m[1])));
    assert.match(
      text,
      new RegExp(`event: progress\nid: ${lastId}\ndata: \\{"status":"(running|ended)"`),
      'progress carries the last event id',
    );
  });
});
