import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableKey } from '@cutover/contracts';
import { compareRehearsals } from '../../services/orchestrator/src/rehearsals/compare';
import { forecastModel } from '../../services/orchestrator/src/rehearsals/forecast-model';
import { rowCosts, tableScalings } from '../../services/orchestrator/src/rehearsals/forecast-scaling';
import { scriptMeasures, tableMeasures } from '../../services/orchestrator/src/rehearsals/measures';
import type { RecordedRun, RecordedTask } from '../../services/orchestrator/src/rehearsals/rehearsals.repository';
import { simulate } from '../../services/orchestrator/src/rehearsals/schedule';
import { TaskStatus } from '../../services/orchestrator/src/runs/statuses';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000);
const table = { schema: 'ax', name: 't' };
const run = (id: string, kind: string, start: number): RecordedRun => ({
  id,
  upgradeId: 'u',
  kind,
  status: 'ended',
  threads: 2,
  createdAt: at(start),
  finishedAt: at(start + 20),
});

/** A task that ran from `start` for `seconds` (dispatched half a second earlier), or did not end. */
function task(
  runId: string,
  key: string,
  kind: string,
  dependsOn: string[],
  start: number,
  seconds: number | null,
  extra: Partial<RecordedTask> = {},
): RecordedTask {
  return {
    runId,
    runKind: 'data-upgrade',
    key,
    kind,
    status: seconds === null ? TaskStatus.Error : TaskStatus.Ended,
    priority: 0,
    dependsOn,
    payload: {},
    dispatchedAt: at(start - 0.5),
    startedAt: at(start),
    finishedAt: seconds === null ? at(start + 1) : at(start + seconds),
    rows: 0,
    bytes: 0,
    ...extra,
  };
}

const copyPayload = { table, sourceTable: table, range: { keyColumns: ['id'], from: null, to: null } };
const TASKS: RecordedTask[] = [
  task('r', 'fix', 'source-script', [], 0, 3),
  task('r', 'prepare:ax.t', 'prepare-table', [], 0, 1, { payload: { table } }),
  task('r', 'copy:ax.t:0001', 'copy-range', ['fix', 'prepare:ax.t'], 3, 4, { payload: copyPayload, rows: 1000, bytes: 50_000 }),
  task('r', 'copy:ax.t:0002', 'copy-range', ['fix', 'prepare:ax.t'], 3, 4, { payload: copyPayload, rows: 1000, bytes: 50_000 }),
  task('r', 'verify:ax.t', 'verify-table', ['copy:ax.t:0001', 'copy:ax.t:0002'], 7, 2, { payload: { table, sourceTable: table } }),
  task('r', 'finish:ax.t', 'finish-table', ['copy:ax.t:0001', 'copy:ax.t:0002'], 7, 1, { payload: { table } }),
  task('r', 'sum', 'script', ['finish:ax.t', 'verify:ax.t'], 9, null),
];

describe('forecast model: the rehearsal DAG at production size', () => {
  const scalings = tableScalings(TASKS, new Map(), new Map([[tableKey(table), { rows: 6000, bytes: 0 }]]));

  it('scales by production rows over the rows the rehearsal copied', () => {
    const s = [...scalings.values()];
    assert.equal(s.length, 1);
    assert.deepEqual(
      { rows: s[0].rehearsalRows, prod: s[0].productionRows, factor: s[0].factor, basis: s[0].basis },
      { rows: 2000, prod: 6000, factor: 3, basis: 'rows' },
    );
    const gone = tableScalings(TASKS, new Map(), new Map());
    assert.equal([...gone.values()][0].factor, 1);
    assert.match([...gone.values()][0].basis, /not in production/);
  });

  it('re-cuts the copy into production ranges, scales run times, adds dispatch latency, estimates what did not end', () => {
    const m = forecastModel({
      runs: [run('r', 'data-upgrade', 0)],
      tasks: TASKS,
      scalings,
      rangeRows: 1000,
      scriptTables: new Map([['fix', [table]]]),
    });
    const by = new Map(m.tasks.map((t) => [t.key, t]));
    const copies = m.tasks.filter((t) => t.key.startsWith('copy:'));
    assert.equal(copies.length, 6, '6,000 rows at 1,000 per range');
    // 2 ranges × 4 s × 3 = 24 s shared by 6, plus 0.5 s latency each.
    for (const c of copies) {
      assert.equal(c.seconds, 4.5);
      assert.deepEqual(c.dependsOn, ['0:fix', '0:prepare:ax.t']);
    }
    assert.deepEqual(
      by.get('verify:ax.t')!.dependsOn,
      copies.map((c) => c.id),
    );
    assert.equal(by.get('verify:ax.t')!.seconds, 0.5 + 2 * 3);
    assert.equal(by.get('finish:ax.t')!.seconds, 0.5 + 1 * 3);
    assert.equal(by.get('fix')!.seconds, 0.5 + 3 * 3, 'a script scales with the largest table it touches');
    assert.equal(by.get('prepare:ax.t')!.seconds, 1.5, 'preparing a table does not grow with it');
    assert.equal(by.get('sum')!.seconds, 0);
    const sum = m.info.get('0:sum')!;
    assert.ok(sum.estimated);
    assert.match(sum.method, /no measure \(error\) and no script task ended in the rehearsal: counted as 0 s/);
    assert.deepEqual(m.ranges.get(tableKey(table)), { rehearsed: 2, forecast: 6 });
    // fix (9.5) → 6 copies of 4.5 on 2 threads (13.5) → verify (6.5) → sum (0).
    assert.equal(simulate(m.tasks, 2).windowSeconds, 9.5 + 13.5 + 6.5);
  });

  it("grows a task by the cost of the rows production adds: the rehearsal's line of run time over rows", () => {
    const sized = (name: string, rows: number, seconds: number) => {
      const t = { schema: 'ax', name };
      return task('r', `copy:ax.${name}:0001`, 'copy-range', [], 0, seconds, { payload: { table: t, sourceTable: t, range: null }, rows });
    };
    // 1 s fixed + 1 s per 1,000 rows.
    const tasks = [sized('a', 0, 1), sized('b', 1000, 2), sized('c', 2000, 3)];
    assert.deepEqual(rowCosts(tasks).get('copy-range'), { fixed: 1, perRow: 0.001 });
    assert.equal(rowCosts(tasks.slice(0, 2)).get('copy-range'), undefined, 'under 3 measures: all of it scales');
    const big = new Map([[tableKey({ schema: 'ax', name: 'c' }), { rows: 4000, bytes: 0 }]]);
    const m = forecastModel({
      runs: [run('r', 'data-upgrade', 0)],
      tasks,
      scalings: tableScalings(tasks, new Map(), big),
      rangeRows: 1_000_000,
      scriptTables: new Map(),
    });
    assert.equal(m.tasks.find((t) => t.key === 'copy:ax.c:0001')!.seconds, 0.5 + 3 + 2000 * 0.001, 'latency + measured + 2,000 more rows');
    assert.match(m.info.get('0:copy:ax.c:0001')!.method, /plus 2,000 rows at the rehearsal's 1000 s per million rows \(fixed part 1 s\)/);
    // The small table's copy does not grow in proportion: 1,000 rows in production as in the rehearsal.
    assert.equal(m.tasks.find((t) => t.key === 'copy:ax.a:0001')!.seconds, 0.5 + 1);
  });

  it('plays the runs one after the other: the second starts when the first has ended', () => {
    const first = [task('a', 'party-delta', 'delta-script', [], 0, 2, { runKind: 'single-user-preprocessing' })];
    const second = TASKS.filter((t) => t.key !== 'fix').map((t) => ({
      ...t,
      runId: 'b',
      dependsOn: t.dependsOn.filter((d) => d !== 'fix'),
    }));
    const m = forecastModel({
      runs: [run('a', 'single-user-preprocessing', 0), run('b', 'data-upgrade', 30)],
      tasks: [...first, ...second],
      scalings,
      rangeRows: 1000,
      scriptTables: new Map(),
    });
    const boundary = m.tasks.find((t) => t.id === '1:')!;
    assert.deepEqual(boundary.dependsOn, ['0:party-delta']);
    assert.equal(boundary.seconds, 0);
    assert.deepEqual(m.tasks.find((t) => t.id === '1:prepare:ax.t')!.dependsOn, ['1:']);
    assert.equal(m.tasks.find((t) => t.id === '0:party-delta')!.seconds, 2.5, 'a delta is not scaled: its work is the changes');
    const sim = simulate(m.tasks, 4);
    assert.ok(sim.times.get('1:prepare:ax.t')!.start >= sim.times.get('0:party-delta')!.end);
  });
});

describe('rehearsal measures and comparison', () => {
  it('measures a table from its first start to its last end, and scripts one by one', () => {
    const [t] = tableMeasures(TASKS);
    assert.deepEqual(
      { seconds: t.seconds, rows: t.rows, bytes: t.bytes, ranges: t.ranges, rate: t.rowsPerSecond, failed: t.failed },
      { seconds: 9, rows: 2000, bytes: 100_000, ranges: 2, rate: 222, failed: [] },
    );
    assert.deepEqual(
      scriptMeasures(TASKS).map((s) => [s.key, s.phase, s.seconds, s.failed]),
      [
        ['fix', 'single-user-scripts', 3, false],
        ['sum', 'post-sync', null, true],
      ],
    );
  });

  it('puts new failures first, then the slowest movers, with the change in percent', () => {
    const ok = TASKS.map((t) => (t.key === 'sum' ? { ...t, status: TaskStatus.Ended, finishedAt: at(10) } : t));
    const slower = TASKS.map((t) => (t.key === 'fix' ? { ...t, finishedAt: at(6) } : t));
    const items = compareRehearsals(
      { tables: tableMeasures(ok), scripts: scriptMeasures(ok) },
      { tables: tableMeasures(slower), scripts: scriptMeasures(slower) },
    );
    assert.deepEqual(
      items.map((i) => [i.name, i.newFailure, i.changeSeconds, i.changePercent]),
      [
        ['sum', true, null, null],
        ['fix', false, 3, 100],
        ['ax.t', false, 0, 0],
      ],
    );
  });
});
