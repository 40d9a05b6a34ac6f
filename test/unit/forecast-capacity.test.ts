import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflate, fitCapacity, soloSeconds, speed } from '../../services/orchestrator/src/rehearsals/capacity';
import { boundCapacity, coresBound } from '../../services/orchestrator/src/rehearsals/capacity-bound';
import { ForecastPhase } from '../../services/orchestrator/src/rehearsals/phases';
import type { RecordedTask } from '../../services/orchestrator/src/rehearsals/rehearsals.repository';
import { simulate, threadsCurve, type SimTask } from '../../services/orchestrator/src/rehearsals/schedule';
import { TaskStatus } from '../../services/orchestrator/src/runs/statuses';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const sim = (id: string, seconds: number, dependsOn: string[] = []): SimTask => ({
  id,
  key: id,
  seconds,
  dependsOn,
  priority: 0,
  phase: ForecastPhase.Copy,
});

/** A measured copy range of table `name` with `rows` rows that ran over [start, end] seconds. */
const range = (key: string, name: string, rows: number, start: number, end: number): RecordedTask => ({
  runId: 'r',
  runKind: 'data-upgrade',
  key,
  kind: 'copy-range',
  status: TaskStatus.Ended,
  priority: 0,
  dependsOn: [],
  payload: { table: { schema: 'ax', name }, sourceTable: { schema: 'dbo', name } },
  dispatchedAt: new Date(T0 + start * 1000),
  startedAt: new Date(T0 + start * 1000),
  finishedAt: new Date(T0 + end * 1000),
  rows,
  bytes: rows * 100,
});

/** A rehearsal played on a machine of known capacity: its timeline, as the orchestrator would record it. */
function rehearsal(capacity: number, threads: number): RecordedTask[] {
  const tables = [
    { name: 'A', ranges: 9, rows: 1000 },
    { name: 'B', ranges: 5, rows: 3000 },
    { name: 'C', ranges: 3, rows: 500 },
  ];
  const tasks = tables.flatMap((t) => Array.from({ length: t.ranges }, (_, i) => ({ ...t, key: `${t.name}${i}` })));
  // Solo work proportional to rows, with a table's own per-row cost.
  const perRow: Record<string, number> = { A: 0.001, B: 0.0005, C: 0.004 };
  const played = simulate(
    tasks.map((t) => sim(t.key, t.rows * perRow[t.name], t.name === 'C' ? ['A0'] : [])),
    threads,
    capacity,
  );
  return tasks.map((t) => {
    const at = played.times.get(t.key)!;
    return range(t.key, t.name, t.rows, at.start, at.end);
  });
}

describe('the forecast capacity term (processor sharing)', () => {
  it('a task runs at full speed up to the capacity, then shares it', () => {
    assert.equal(speed(2, 2), 1);
    assert.equal(speed(4, 2), 0.5);
    assert.equal(speed(3, 1.5), 0.5);
  });

  it('four 1 s tasks on capacity 2: four threads take 2 s, as two threads do; one thread 4 s', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => sim(id, 1));
    assert.equal(simulate(four, 4, 2).windowSeconds, 2);
    assert.equal(simulate(four, 2, 2).windowSeconds, 2);
    assert.equal(simulate(four, 1, 2).windowSeconds, 4);
    // Without the capacity term four threads would take 1 s.
    assert.equal(simulate(four, 4).windowSeconds, 1);
    // Shared: every span is 2 s, and the critical path's span adds up to the window.
    const shared = simulate(four, 4, 2);
    assert.deepEqual(
      [...shared.times.values()].map((t) => t.end - t.start),
      [2, 2, 2, 2],
    );
    assert.equal(
      shared.criticalPath.reduce((n, s) => n + s.seconds + s.waitedSeconds, 0),
      shared.windowSeconds,
    );
  });

  it('the threads curve flattens at the capacity', () => {
    const eight = Array.from({ length: 8 }, (_, i) => sim(`t${i}`, 1));
    const curve = threadsCurve(eight, 8, 2).map((p) => p.windowSeconds);
    // Never below the work over the capacity (8 / 2 = 4 s); at 7 threads the eighth task starts
    // alone after the first seven shared the capacity for 3.5 s: 4.5 s, a granularity loss.
    assert.deepEqual(curve, [8, 4, 4, 4, 4, 4, 4.5, 4]);
    assert.throws(() => simulate(eight, 2, 0.5), /capacity must be at least 1/);
  });

  it('solo seconds take the neighbours out: two tasks sharing one unit over 2 s did 1 s of work each', () => {
    const tasks = [range('x', 'A', 10, 0, 2), range('y', 'A', 10, 0, 2), range('z', 'A', 10, 2, 3)];
    const solo = soloSeconds(tasks, 1);
    assert.deepEqual([solo.get(0), solo.get(1), solo.get(2)], [1, 1, 1]);
    // With capacity 2 nothing was shared: solo equals the span.
    const wide = soloSeconds(tasks, 2);
    assert.deepEqual([wide.get(0), wide.get(1), wide.get(2)], [2, 2, 1]);
  });

  it('fits the capacity a rehearsal was played on, and replays its window from the solo work', () => {
    for (const truth of [1.5, 2, 3]) {
      const tasks = rehearsal(truth, 4);
      const fitted = fitCapacity(tasks);
      assert.ok(Math.abs(fitted.tasks - truth) <= 0.25, `capacity ${truth}: fitted ${fitted.tasks} (${fitted.basis})`);
      const solo = deflate(tasks, fitted);
      const window = (Math.max(...tasks.map((t) => t.finishedAt!.getTime())) - T0) / 1000;
      const replay = simulate(
        solo.map((t) =>
          sim(t.key, (t.finishedAt!.getTime() - t.startedAt!.getTime()) / 1000, t.payload.table && t.key.startsWith('C') ? ['A0'] : []),
        ),
        4,
        fitted.tasks,
      );
      assert.ok(Math.abs(replay.windowSeconds - window) / window < 0.05, `capacity ${truth}: replay ${replay.windowSeconds} vs ${window}`);
    }
  });

  it('finds no contention in a rehearsal whose ranges ran alike at every concurrency', () => {
    const fitted = fitCapacity(rehearsal(Infinity, 4));
    assert.equal(fitted.tasks, Infinity);
    assert.match(fitted.basis, /no contention/);
    assert.equal(fitCapacity([range('x', 'A', 10, 0, 1)]).tasks, Infinity);
  });

  it('joint fit: two rehearsals played at 2 and 8 threads on C = 2 recover C = 2, where the 2-thread one alone sees no contention', () => {
    const two = rehearsal(2, 2);
    const eight = rehearsal(2, 8);
    assert.equal(fitCapacity(two).tasks, Infinity, 'at 2 threads on C = 2 nothing ever shares');
    const joint = fitCapacity([{ tasks: two }, { tasks: eight }]);
    assert.equal(joint.tasks, 2, joint.basis);
    assert.match(joint.basis, /^fitted: 34 copy ranges of 3 tables over 2 rehearsals ran most alike per row when 2 tasks' worth/);
    // The same two timelines on C = 3: the joint fit moves with the truth.
    assert.equal(fitCapacity([{ tasks: rehearsal(3, 2) }, { tasks: rehearsal(3, 8) }]).tasks, 3);
  });

  it('the cores bound: applied when no contention is visible, and the smaller of fit and bound wins', () => {
    const oneHost = coresBound([
      { systemId: 's', system: 'prod', host: 'bench', cpus: 2 },
      { systemId: 't', system: 'target', host: 'bench', cpus: 2 },
    ])!;
    assert.equal(oneHost.tasks, 2);
    assert.equal(oneHost.basis, 'prod and target share one host, bench: its 2 cores');
    const noContention = fitCapacity(rehearsal(Infinity, 4));
    const bounded = boundCapacity(noContention, oneHost, [{ id: 'r1', label: 'mock 1', threads: [4] }]);
    assert.equal(bounded.tasks, 2);
    assert.equal(bounded.fittedTasks, Infinity);
    assert.match(
      bounded.basis,
      /^bounded by the cores, 2: the rehearsals show no contention \(no contention found: .*\); prod and target share one host/,
    );
    // The threads curve then flattens at 2 instead of halving the window per doubling.
    const eight = Array.from({ length: 8 }, (_, i) => sim(`t${i}`, 1));
    assert.deepEqual(
      [2, 4, 8].map((n) => simulate(eight, n, bounded.tasks).windowSeconds),
      [4, 4, 4],
    );
    // A fit below the bound stands; above it, the bound decides.
    assert.equal(boundCapacity({ tasks: 1.5, basis: 'fitted' }, oneHost, []).tasks, 1.5);
    assert.equal(boundCapacity({ tasks: 6.5, basis: 'fitted' }, oneHost, []).tasks, 2);
    assert.match(boundCapacity({ tasks: 6.5, basis: 'fitted' }, oneHost, []).basis, /the fit \(6\.5\) is above it/);
    // A fit over rehearsals at two or more thread counts stands above the cores (tasks also wait); one thread count does not.
    const two = [
      { id: 'r1', label: 'mock 1', threads: [4] },
      { id: 'r2', label: 'mock 2', threads: [8] },
    ];
    assert.equal(boundCapacity({ tasks: 2.25, basis: 'fitted' }, oneHost, two).tasks, 2.25);
    assert.match(
      boundCapacity({ tasks: 2.25, basis: 'fitted' }, oneHost, two).basis,
      /above the cores \(2\), kept: rehearsals at 2 thread counts/,
    );
    assert.equal(boundCapacity({ tasks: 2.25, basis: 'fitted' }, oneHost, [two[0], { ...two[1], threads: [4] }]).tasks, 2);
    assert.equal(boundCapacity(noContention, oneHost, two).tasks, 2, 'no contention seen: the bound, whatever the thread counts');
    // No agent reported cores: no bound, the fit as it is.
    assert.equal(boundCapacity(noContention, null, []).tasks, Infinity);
  });

  it('the cores bound over two hosts: the fewer cores limit; an agent that gave none is named', () => {
    const bound = coresBound([
      { systemId: 's', system: 'prod', host: 'sql-a', cpus: 16 },
      { systemId: 't', system: 'target', host: 'sql-b', cpus: 8 },
      { systemId: 'r', system: 'copy', host: null, cpus: null, error: 'its agent does not report its cores' },
    ])!;
    assert.equal(bound.tasks, 8);
    assert.deepEqual(
      bound.hosts.map((h) => [h.host, h.cpus, h.systems]),
      [
        ['sql-a', 16, ['prod']],
        ['sql-b', 8, ['target']],
      ],
    );
    assert.match(
      bound.basis,
      /prod on sql-a \(16 cores\), target on sql-b \(8 cores\): .* the fewest cores, 8, limit; no cores from copy \(its agent does not report its cores\)/,
    );
    assert.equal(coresBound([{ systemId: 's', system: 'prod', host: null, cpus: null }]), null);
  });
});
