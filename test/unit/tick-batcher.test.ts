import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TickBatcher } from '../../services/orchestrator/src/common/tick-batcher';

describe('TickBatcher (claims of one fetch in one statement)', () => {
  it('calls made in one tick go to flush together, each answered with its own result', async () => {
    const flushes: number[][] = [];
    const b = new TickBatcher(async (xs: number[]) => (flushes.push(xs), xs.map((x) => x * 10)));
    const out = await Promise.all([b.add(1), b.add(2), b.add(3)]);
    assert.deepEqual(out, [10, 20, 30]);
    assert.deepEqual(flushes, [[1, 2, 3]]);
  });

  it('a call in a later tick starts its own batch without waiting for the one in flight', async () => {
    const flushes: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new TickBatcher(async (xs: number[]) => {
      flushes.push(xs);
      if (xs[0] === 1) await gate;
      return xs;
    });
    const first = b.add(1);
    await new Promise((r) => setImmediate(r));
    assert.equal(await b.add(2), 2, 'the second batch is answered while the first is still in flight');
    release();
    assert.equal(await first, 1);
    assert.deepEqual(flushes, [[1], [2]]);
  });

  it('a failed flush rejects every call of its batch, and a wrong answer count is an error', async () => {
    const failing = new TickBatcher(async (): Promise<number[]> => {
      throw new Error('state database gone');
    });
    const results = await Promise.allSettled([failing.add(1), failing.add(2)]);
    assert.deepEqual(
      results.map((r) => r.status === 'rejected' && (r.reason as Error).message),
      ['state database gone', 'state database gone'],
    );
    const short = new TickBatcher(async (xs: number[]) => xs.slice(1));
    await assert.rejects(Promise.all([short.add(1), short.add(2)]), /a batch of 2 was answered with 1/);
  });
});

describe('TickBatcher one-at-a-time (finishes gathered while one is in flight)', () => {
  it('flushes an idle call at once, gathers the calls made during a flight, and loses none after it', async () => {
    const flushes: number[][] = [];
    const gates: (() => void)[] = [];
    const b = new TickBatcher(async (xs: number[]) => {
      flushes.push(xs);
      await new Promise<void>((r) => gates.push(r));
      return xs.map((x) => -x);
    }, 'one-at-a-time');
    const first = b.add(1);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(flushes, [[1]], 'an idle batcher flushes the first call without waiting for company');
    const second = b.add(2);
    await new Promise((r) => setImmediate(r));
    const third = b.add(3);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(flushes, [[1]], 'calls made during a flight wait for it');
    gates.shift()!();
    assert.equal(await first, -1);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(flushes, [[1], [2, 3]], 'the calls that waited go together');
    gates.shift()!();
    assert.deepEqual(await Promise.all([second, third]), [-2, -3]);
    // Idle again: a new call starts a new flight.
    const fourth = b.add(4);
    await new Promise((r) => setImmediate(r));
    gates.shift()!();
    assert.equal(await fourth, -4);
    assert.deepEqual(flushes, [[1], [2, 3], [4]]);
  });

  it('a failed flight rejects its own calls only, and the next flight still runs', async () => {
    let calls = 0;
    const b = new TickBatcher(async (xs: number[]) => {
      if (++calls === 1) throw new Error('deadlock detected');
      return xs;
    }, 'one-at-a-time');
    const first = b.add(1);
    const later = (async () => (await new Promise((r) => setImmediate(r)), b.add(2)))();
    await assert.rejects(first, /deadlock detected/);
    assert.equal(await later, 2);
  });
});

describe('TickBatcher.settled (a stop lets the last completions land)', () => {
  it('resolves only once the batch in flight and the calls waiting behind it have been flushed', async () => {
    const gates: (() => void)[] = [];
    const flushed: number[] = [];
    const b = new TickBatcher(async (xs: number[]) => {
      await new Promise<void>((r) => gates.push(r));
      flushed.push(...xs);
      return xs;
    }, 'one-at-a-time');
    void b.add(1);
    let settled = false;
    const done = b.settled().then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    void b.add(2);
    gates.shift()!();
    await new Promise((r) => setImmediate(r));
    assert.equal(settled, false, 'the call that waited behind the first flight is still to be flushed');
    gates.shift()!();
    await done;
    assert.deepEqual(flushed, [1, 2]);
  });
});
