import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compareDispatchOrder, dispatchOrderSql } from '../../services/orchestrator/src/runs/dispatch-order';
import { ForecastPhase } from '../../services/orchestrator/src/rehearsals/phases';
import { longestChainSeconds, simulate, threadsCurve, type SimTask } from '../../services/orchestrator/src/rehearsals/schedule';

const task = (id: string, seconds: number, dependsOn: string[] = [], priority = 0, phase = ForecastPhase.Copy): SimTask => ({
  id,
  key: id,
  seconds,
  dependsOn,
  priority,
  phase,
});
const ids = (s: { criticalPath: { id: string }[] }) => s.criticalPath.map((c) => c.id);

describe('the dispatcher priority rule, shared by the admission query and the simulation', () => {
  it('is one ORDER BY list: priority first, then ready time, then key', () => {
    assert.equal(dispatchOrderSql('t'), 't.priority DESC, t.ready_at, t.key');
    assert.throws(() => dispatchOrderSql('t; DROP TABLE task'), /not a table alias/);
  });

  it('sorts the same way: higher priority, then earlier ready, then smaller key', () => {
    const c = [
      { key: 'b', priority: 1, readyAt: 5 },
      { key: 'a', priority: 1, readyAt: 5 },
      { key: 'z', priority: 9, readyAt: 7 },
      { key: 'c', priority: 1, readyAt: 2 },
    ].sort(compareDispatchOrder);
    assert.deepEqual(
      c.map((x) => x.key),
      ['z', 'c', 'a', 'b'],
    );
  });
});

describe('scheduler simulation on small DAGs with known answers', () => {
  it('a chain takes the sum of its durations at any thread count, and is its own critical path', () => {
    const chain = [task('a', 2), task('b', 3, ['a']), task('c', 1, ['b'])];
    for (const n of [1, 2, 8]) {
      const s = simulate(chain, n);
      assert.equal(s.windowSeconds, 6);
      assert.deepEqual(ids(s), ['a', 'b', 'c']);
    }
  });

  it('a diamond: two threads run the branches side by side, the longer branch bounds the window', () => {
    const diamond = [task('a', 1), task('b', 4, ['a']), task('c', 2, ['a']), task('d', 1, ['b', 'c'])];
    const two = simulate(diamond, 2);
    assert.equal(two.windowSeconds, 6);
    assert.deepEqual(ids(two), ['a', 'b', 'd']);
    assert.deepEqual(
      two.criticalPath.map((s) => s.waitedSeconds),
      [0, 0, 0],
    );
    // One thread: b before c (same priority and ready time: key order); c waits for b's thread.
    const one = simulate(diamond, 1);
    assert.equal(one.windowSeconds, 8);
    assert.deepEqual(ids(one), ['a', 'c', 'd']);
    assert.deepEqual(
      one.criticalPath.map((s) => [s.startSeconds, s.endSeconds, s.waitedSeconds]),
      [
        [0, 1, 0],
        [5, 7, 4],
        [7, 8, 0],
      ],
    );
  });

  it('a free thread takes the highest priority first, as the dispatcher does', () => {
    const s = simulate([task('x', 5, [], 0), task('y', 1, [], 10)], 1);
    assert.deepEqual(s.times.get('y'), { start: 0, end: 1, readyAt: 0 });
    assert.deepEqual(s.times.get('x'), { start: 1, end: 6, readyAt: 0 });
    // Priorities decide the window: the long task first finishes sooner with two threads and a tail.
    const tail = [task('long', 4, [], 1), task('s1', 1), task('s2', 1), task('s3', 1), task('s4', 1)];
    assert.equal(simulate(tail, 2).windowSeconds, 4);
    const late = tail.map((t) => (t.id === 'long' ? { ...t, priority: -1 } : t));
    assert.equal(simulate(late, 2).windowSeconds, 6);
  });

  it('the threads curve of four equal independent tasks: 12, 6, 6, 3, then flat', () => {
    const four = ['p', 'q', 'r', 's'].map((id) => task(id, 3));
    const curve = threadsCurve(four, 6);
    assert.deepEqual(
      curve.map((p) => p.windowSeconds),
      [12, 6, 6, 3, 3, 3],
    );
    assert.deepEqual(
      curve.map((p) => p.gainSeconds),
      [0, 6, 0, 3, 0, 0],
    );
  });

  it('breaks the window down by phase: work, span and share of the critical path', () => {
    const dag = [
      task('delta', 2, [], 0, ForecastPhase.FinalDelta),
      task('script', 3, ['delta'], 0, ForecastPhase.SingleUserScripts),
      task('copy', 4, [], 0, ForecastPhase.Copy),
      task('verify', 1, ['copy', 'script'], 0, ForecastPhase.Verify),
    ];
    const s = simulate(dag, 2);
    assert.equal(s.windowSeconds, 6);
    assert.deepEqual(ids(s), ['delta', 'script', 'verify']);
    const by = new Map(s.phases.map((p) => [p.phase, p]));
    assert.deepEqual(by.get(ForecastPhase.Copy), {
      phase: ForecastPhase.Copy,
      tasks: 1,
      workSeconds: 4,
      startSeconds: 0,
      endSeconds: 4,
      criticalSeconds: 0,
    });
    assert.equal(by.get(ForecastPhase.SingleUserScripts)!.criticalSeconds, 3);
    assert.equal(by.get(ForecastPhase.PostSync)!.startSeconds, null);
  });

  it('refuses what is not a DAG, a bad duration or thread count', () => {
    assert.throws(() => simulate([task('a', 1, ['b']), task('b', 1, ['a'])], 2), /dependency cycle/);
    assert.throws(() => simulate([task('a', 1, ['nope'])], 2), /unknown/);
    assert.throws(() => simulate([task('a', Number.NaN)], 2), /duration/);
    assert.throws(() => simulate([task('a', 1)], 0), /threads/);
    assert.equal(simulate([], 4).windowSeconds, 0);
  });

  it('on random DAGs: the critical path plus its waits is the window, which lies between the lower bounds and the total work', () => {
    const dag = fc
      .array(
        fc.record({
          seconds: fc.integer({ min: 0, max: 20 }),
          priority: fc.integer({ min: 0, max: 3 }),
          deps: fc.array(fc.nat(), { maxLength: 3 }),
        }),
        {
          minLength: 1,
          maxLength: 25,
        },
      )
      .map((rows) =>
        rows.map((r, i) =>
          task(
            `t${String(i).padStart(2, '0')}`,
            r.seconds,
            i === 0 ? [] : [...new Set(r.deps.map((d) => `t${String(d % i).padStart(2, '0')}`))],
            r.priority,
          ),
        ),
      );
    fc.assert(
      fc.property(dag, fc.integer({ min: 1, max: 6 }), (tasks, threads) => {
        const s = simulate(tasks, threads);
        const work = tasks.reduce((n, t) => n + t.seconds, 0);
        const chain = longestChainSeconds(tasks);
        const traced = s.criticalPath.reduce((n, c) => n + c.seconds + c.waitedSeconds, 0);
        assert.equal(traced, s.windowSeconds, 'durations plus waits along the critical path');
        assert.ok(s.windowSeconds >= chain && s.windowSeconds >= work / threads, 'at least the lower bounds');
        assert.ok(s.windowSeconds <= work, 'at most everything in a row');
        assert.ok(s.windowSeconds <= work / threads + chain + 1e-9, "within Graham's bound");
        for (const t of tasks)
          for (const d of t.dependsOn) assert.ok(s.times.get(t.id)!.start >= s.times.get(d)!.end, 'dependencies first');
        const busy = (at: number) => [...s.times.values()].filter((x) => x.start <= at && at < x.end).length;
        for (const x of s.times.values()) assert.ok(busy(x.start) <= threads, 'never more than `threads` at once');
        if (threads >= tasks.length) assert.equal(s.windowSeconds, chain);
      }),
      { numRuns: 300 },
    );
  });
});
