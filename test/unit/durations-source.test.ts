import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  durationsSource,
  meanConcurrency,
  sameData,
  type LoadedRehearsal,
} from '../../services/orchestrator/src/rehearsals/durations-source';
import type { RehearsalEntity } from '../../services/orchestrator/src/rehearsals/rehearsal.entity';
import type { RecordedTask } from '../../services/orchestrator/src/rehearsals/rehearsals.repository';
import { TaskStatus } from '../../services/orchestrator/src/runs/statuses';

const T0 = Date.parse('2026-12-01T10:00:00Z');

const task = (runId: string, key: string, start: number, end: number, status = TaskStatus.Ended): RecordedTask => ({
  runId,
  runKind: 'data-upgrade',
  key,
  kind: 'copy-range',
  status,
  priority: 0,
  dependsOn: [],
  payload: {},
  dispatchedAt: new Date(T0 + start * 1000),
  startedAt: new Date(T0 + start * 1000),
  finishedAt: new Date(T0 + end * 1000),
  rows: 10,
  bytes: 100,
});

/** A rehearsal of one data-upgrade run whose tasks ran over the given [start, end] spans. */
function loaded(id: string, spans: [number, number][], rows = { a: 1000, b: 50 }, systemId = 'sys'): LoadedRehearsal {
  const runId = `run-${id}`;
  const entity = {
    id,
    upgradeId: 'u',
    label: `mock ${id}`,
    systemId,
    runIds: [runId],
    tables: Object.entries(rows).map(([name, n]) => ({ table: { schema: 'dbo', name }, rows: n, bytes: n * 100 })),
    createdBy: 'test',
    createdAt: new Date(T0),
  } satisfies RehearsalEntity;
  const run = {
    id: runId,
    upgradeId: 'u',
    kind: 'data-upgrade',
    status: 'ended',
    threads: 4,
    createdAt: new Date(T0),
    finishedAt: new Date(T0 + 60_000),
  };
  return { entity, runs: [run], tasks: spans.map(([s, e], i) => task(runId, `t${i}`, s, e)) };
}

describe('where the forecast takes its task times from', () => {
  it('mean concurrency is the tasks’ run time over their span: 3 tasks of 10 s within 10 s is 3, one after the other is 1', () => {
    assert.equal(
      meanConcurrency(
        loaded('x', [
          [0, 10],
          [0, 10],
          [0, 10],
        ]).tasks,
      ),
      3,
    );
    assert.equal(
      meanConcurrency(
        loaded('x', [
          [0, 10],
          [10, 20],
          [20, 30],
        ]).tasks,
      ),
      1,
    );
    const failed = [...loaded('x', [[0, 10]]).tasks, task('run-x', 'late', 0, 100, TaskStatus.Error)];
    assert.equal(meanConcurrency(failed), 1, 'a task that did not end measured nothing');
  });

  it('the same data: same system, same tables, rows within 1 %, same kinds of runs', () => {
    const a = loaded('a', [[0, 1]]);
    assert.ok(sameData(a, loaded('b', [[0, 1]], { a: 1005, b: 50 })));
    assert.ok(!sameData(a, loaded('b', [[0, 1]], { a: 1100, b: 50 })), 'rows 10 % apart');
    assert.ok(!sameData(a, loaded('b', [[0, 1]], { a: 1000, b: 50, c: 1 } as { a: number; b: number })), 'another table');
    assert.ok(!sameData(a, loaded('b', [[0, 1]], undefined, 'other')), 'another system');
  });

  it('takes a less contended rehearsal of the same data, and says why', () => {
    const asked = loaded('four', [
      [0, 10],
      [0, 10],
      [0, 10],
      [0, 10],
    ]);
    const two = loaded('two', [
      [0, 5],
      [0, 5],
      [5, 10],
      [5, 10],
    ]);
    const eight = loaded(
      'eight',
      Array.from({ length: 8 }, () => [0, 10] as [number, number]),
    );
    const d = durationsSource(asked, [eight, two]);
    assert.equal(d.chosen.entity.id, 'two');
    assert.equal(d.meanConcurrency, 2);
    assert.match(d.basis, /'mock two'.*2\.00 tasks at once on average against this one's 4\.00/);
  });

  it('keeps the rehearsal asked for when the others are other data, or barely less contended', () => {
    const asked = loaded('four', [
      [0, 10],
      [0, 10],
      [0, 10],
      [0, 10],
    ]);
    const otherData = loaded('small', [[0, 10]], { a: 250, b: 12 });
    const barely = loaded('close', [
      [0, 10],
      [0, 10],
      [0, 10],
      [0, 9],
    ]);
    const d = durationsSource(asked, [otherData, barely]);
    assert.equal(d.chosen.entity.id, 'four');
    assert.match(d.basis, /this rehearsal's own task times \(4\.00 tasks at once/);
    assert.match(d.basis, /Rehearse the same data again at 2 threads/, 'a contended rehearsal alone: the forecast says what would help');
    const calm = durationsSource(
      loaded('one', [
        [0, 10],
        [10, 20],
      ]),
      [],
    );
    assert.equal(calm.basis, "this rehearsal's own task times (1.00 tasks at once on average)", 'nothing to advise');
  });
});
