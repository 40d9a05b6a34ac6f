import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportCsv } from '../../services/orchestrator/src/copy/copy-report.service';
import { TablePhase, type TableReportDto as TableReport } from '../../services/orchestrator/src/copy/copy.dto';
import { copyTaskKeys, mergeObjects, tableCopyTasks, type TableCopy } from '../../services/orchestrator/src/copy/copy-tasks';
import type { TaskSpec, TaskSpecOf } from '../../services/orchestrator/src/runs/run-spec';

/** The payload of a task of a known kind (fails when the kind is another). */
function payloadOf<K extends TaskSpec['kind']>(kind: K, t: TaskSpec): TaskSpecOf<K>['payload'] {
  assert.equal(t.kind, kind);
  return t.payload as TaskSpecOf<K>['payload'];
}
const copyPayload = (t: TaskSpec) => payloadOf('copy-range', t);
const verifyPayload = (t: TaskSpec) => payloadOf('verify-table', t);

const TABLE: TableCopy = {
  sourceSystemId: 's',
  targetSystemId: 't',
  source: { schema: 'ax', name: 'shadow' },
  target: { schema: 'ax', name: 'party' },
  columns: ['k', 'name'],
  keyColumns: ['k', 'n'],
  ranges: [
    { from: null, to: ['dat', '100'] },
    { from: ['dat', '100'], to: null },
  ],
  rows: 1001,
  priority: 700,
  waitsFor: ['party-delta'],
  objects: [{ kind: 'index', name: 'party_name', definition: 'CREATE INDEX party_name ON ax.party (name)' }],
};

describe('copy tasks of one table', () => {
  it('prepare → ranges (after the scripts writing the table) → verify and finish side by side', () => {
    const { tasks, doneKeys } = tableCopyTasks(TABLE);
    const keys = copyTaskKeys({ schema: 'ax', name: 'party' });
    const by = new Map(tasks.map((t) => [t.key, t]));
    assert.deepEqual(
      tasks.map((t) => t.key),
      [keys.prepare, keys.copy(0), keys.copy(1), keys.verify, keys.finish],
    );
    assert.equal(keys.copy(0), 'copy:ax.party:0001', 'range keys sort in range order');
    assert.deepEqual(by.get(keys.copy(1))!.dependsOn, [keys.prepare, 'party-delta']);
    assert.deepEqual(by.get(keys.verify)!.dependsOn, [keys.copy(0), keys.copy(1)]);
    assert.deepEqual(by.get(keys.finish)!.dependsOn, [keys.copy(0), keys.copy(1)]);
    assert.deepEqual(doneKeys, [keys.verify, keys.finish]);
    assert.equal(by.get(keys.copy(0))!.rowsTotal, 501, 'the estimate spread over the ranges');
    assert.ok(by.get(keys.prepare)!.priority! > by.get(keys.copy(0))!.priority!, 'prepare first among its table');
    assert.deepEqual(copyPayload(by.get(keys.copy(1))!).range, { keyColumns: ['k', 'n'], from: ['dat', '100'], to: null });
    assert.deepEqual(verifyPayload(by.get(keys.verify)!).keyColumns, ['k', 'n'], 'verify checks the same composite ranges');
    assert.equal(by.get(keys.copy(0))!.systemId, 't', 'the target agent pulls');
  });

  it('a table without a usable key is one whole-table range', () => {
    const { tasks } = tableCopyTasks({ ...TABLE, keyColumns: [], ranges: [{ from: null, to: null }] });
    const copies = tasks.filter((t) => t.kind === 'copy-range');
    assert.equal(copies.length, 1);
    assert.equal(copies[0].payload.range, null);
  });

  it('merges deferred objects by kind and name, the first one winning', () => {
    const a = { kind: 'index' as const, name: 'i', definition: 'A' };
    const b = { kind: 'index' as const, name: 'i', definition: 'B' };
    const c = { kind: 'check' as const, name: 'i', definition: 'C' };
    assert.deepEqual(mergeObjects([a], [b, c]), [a, c]);
  });

  it('renders the report as CSV with quoting', () => {
    const row: TableReport = {
      sourceTable: { schema: 'ax', name: 'odd,name' },
      table: { schema: 'ax', name: 't' },
      status: TablePhase.Done,
      sourceRows: 3,
      targetRows: 3,
      checksumMatch: true,
      ranges: 1,
      rowsCopied: 3,
      bytes: 10,
      copySeconds: 0.5,
      rowsPerSecond: 6,
      verifySeconds: null,
      finishSeconds: 0.1,
      recreated: 0,
      triggersDisabled: [],
      endedByHand: [],
    };
    const lines = reportCsv([row, { ...row, checksumMatch: null, endedByHand: ['verify:ax.t', 'finish:ax.t'] }]).split('\r\n');
    assert.equal(lines[0].split(',').length, 15);
    assert.equal(lines[1], '"ax.""odd,name""",ax.t,done,3,3,true,1,3,10,0.5,6,,0.1,0,');
    assert.equal(lines[2], '"ax.""odd,name""",ax.t,done,3,3,,1,3,10,0.5,6,,0.1,0,verify:ax.t finish:ax.t');
    assert.notEqual(
      copyTaskKeys({ schema: 'a.b', name: 'c' }).prepare,
      copyTaskKeys({ schema: 'a', name: 'b.c' }).prepare,
      'keys never collide',
    );
  });
});
