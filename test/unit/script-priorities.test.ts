import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scriptPriorities } from '../../services/orchestrator/src/planning';
import { compareDispatchOrder } from '../../services/orchestrator/src/runs/dispatch-order';

/** The data upgrade's DAG in miniature: a delta, two single-user scripts, the copies they gate and one they do not. */
const TASKS = [
  { key: 'delta', dependsOn: [] },
  { key: 'su.big', dependsOn: ['delta'] },
  { key: 'su.small', dependsOn: ['delta'] },
  { key: 'su.alone', dependsOn: [] },
  { key: 'copy:big', priority: 3000, dependsOn: ['prepare:big', 'su.big'] },
  { key: 'prepare:big', priority: 3001, dependsOn: [] },
  { key: 'copy:small', priority: 1500, dependsOn: ['prepare:small', 'su.small'] },
  { key: 'prepare:small', priority: 1501, dependsOn: [] },
  { key: 'copy:free', priority: 2500, dependsOn: [] },
  { key: 'guard', dependsOn: ['delta', 'su.big', 'su.small', 'su.alone', 'copy:big', 'copy:small', 'copy:free'] },
];
const SCRIPTS = ['delta', 'su.big', 'su.small', 'su.alone'];

describe('the source scripts of a data upgrade go first', () => {
  const p = scriptPriorities(SCRIPTS, TASKS);

  it('every script is dispatched before any other task of the run, whatever its size', () => {
    const others = Math.max(...TASKS.filter((t) => !SCRIPTS.includes(t.key)).map((t) => t.priority ?? 0));
    for (const k of SCRIPTS) assert.ok(p.get(k)! > others, `${k}: ${p.get(k)} > ${others}`);
    assert.deepEqual([...p.keys()].sort(), [...SCRIPTS].sort(), 'only the scripts get a priority');
  });

  it('among scripts: the one gating the most urgent copy first, a script before the scripts after it', () => {
    assert.ok(p.get('su.big')! > p.get('su.small')!, 'gates the larger table');
    assert.ok(p.get('su.small')! > p.get('su.alone')!, 'a script gating no copy comes last among scripts');
    assert.ok(p.get('delta')! > p.get('su.big')!, 'the delta before the scripts that wait for it');
  });

  it('the dispatcher order follows: ready at once, the scripts are picked before the free copy', () => {
    const ready = ['su.alone', 'copy:free', 'prepare:big', 'delta'].map((key) => ({
      key,
      readyAt: 0,
      priority: p.get(key) ?? TASKS.find((t) => t.key === key)!.priority!,
    }));
    assert.deepEqual(
      [...ready].sort(compareDispatchOrder).map((t) => t.key),
      ['delta', 'su.alone', 'prepare:big', 'copy:free'],
    );
  });

  it('no scripts: nothing to rank; a cycle does not loop', () => {
    assert.equal(scriptPriorities([], TASKS).size, 0);
    const cyclic = scriptPriorities(
      ['a', 'b'],
      [
        { key: 'a', dependsOn: ['b'] },
        { key: 'b', dependsOn: ['a'] },
      ],
    );
    assert.equal(cyclic.size, 2);
  });
});
