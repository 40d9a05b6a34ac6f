import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Dispatcher } from '../../services/orchestrator/src/runs/dispatcher';

/**
 * Dispatcher.admitSoon's coalescing, with the admission itself scripted: every call is answered by
 * the first admission that started after it, not by the last one of the loop. Its callers are task
 * handlers holding worker slots; answered at the loop's end, they held them while task ends kept
 * the loop going.
 */
function scripted() {
  const started: { id: number; finish: (active: number) => void; fail: (e: Error) => void }[] = [];
  const d = new Dispatcher(...(Array(7).fill(null) as ConstructorParameters<typeof Dispatcher>));
  Object.assign(d, {
    admission: () => new Promise<number>((resolve, reject) => started.push({ id: started.length + 1, finish: resolve, fail: reject })),
  });
  return { d, started };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('Dispatcher.admitSoon', () => {
  it('answers each call with the first admission that started after it, while later ones still run', async () => {
    const { d, started } = scripted();
    const answers: string[] = [];
    const ask = (who: string) => void d.admitSoon('run').then((active) => answers.push(`${who}:${active}`));
    ask('a');
    await settle();
    assert.equal(started.length, 1, 'one admission for the first call');
    ask('b');
    ask('c');
    await settle();
    assert.equal(started.length, 1, 'calls during it wait for the next one, coalesced');
    started[0].finish(1);
    await settle();
    assert.deepEqual(answers, ['a:1'], 'b and c asked after the first admission started');
    assert.equal(started.length, 2, 'one more admission, for b and c together');
    ask('d');
    started[1].finish(2);
    await settle();
    assert.deepEqual(answers, ['a:1', 'b:2', 'c:2'], 'b and c are answered while the admission for d runs');
    assert.equal(started.length, 3);
    started[2].finish(3);
    await settle();
    assert.deepEqual(answers, ['a:1', 'b:2', 'c:2', 'd:3']);
    ask('e');
    await settle();
    assert.equal(started.length, 4, 'the loop ended: a new call starts a new admission');
    started[3].finish(4);
    await settle();
  });

  it('a failed admission fails only the calls it answers; the next one still runs for the others', async () => {
    const { d, started } = scripted();
    const first = d.admitSoon('run');
    await settle();
    const second = d.admitSoon('run');
    started[0].fail(new Error('state database gone'));
    await assert.rejects(first, /state database gone/);
    await settle();
    assert.equal(started.length, 2);
    started[1].finish(7);
    assert.equal(await second, 7);
  });
});
