import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closeSteps } from '../../libs/testing/src/services/close-steps';

describe('closeSteps, the teardown of suites with services', () => {
  it('runs the steps in order; a step that never ends is left behind, the next steps still run, and the teardown fails naming it', async () => {
    const order: string[] = [];
    const started = Date.now();
    await assert.rejects(
      closeSteps(
        [
          ['first', async () => order.push('first')],
          ['a stuck step (this test)', () => new Promise(() => order.push('stuck'))],
          ['absent', undefined],
          ['last', async () => order.push('last')],
        ],
        { warnAfterMs: 20, giveUpAfterMs: 100 },
      ),
      /^Error: teardown: a stuck step \(this test\) left behind, unfinished after 0 s; busy: /,
    );
    assert.deepEqual(order, ['first', 'stuck', 'last']);
    assert.ok(Date.now() - started < 2000, 'the stuck step did not hold the teardown');
  });

  it('a step that fails fails the teardown, after the later steps ran', async () => {
    const order: string[] = [];
    await assert.rejects(
      closeSteps([
        ['broken', () => Promise.reject(new Error('pool already closed'))],
        ['last', async () => order.push('last')],
      ]),
      /pool already closed/,
    );
    assert.deepEqual(order, ['last']);
  });
});
