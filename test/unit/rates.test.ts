import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { etaSeconds, RateSampler, rowsPerSecond, runningRate } from '../../services/orchestrator/src/progress/rates';
import { progressEvent } from '../../services/orchestrator/src/runs/run-stream.service';
import type { RunDto } from '../../services/orchestrator/src/runs/runs.dto';

describe('rows/s and ETA: one source', () => {
  it('an average rate needs a positive span', () => {
    assert.equal(rowsPerSecond(1000, 4), 250);
    assert.equal(rowsPerSecond(1000, 3), 333, 'whole rows per second');
    assert.equal(rowsPerSecond(1000, 0), null);
    assert.equal(rowsPerSecond(1000, null), null);
  });

  it('the ETA needs a known total and a moving rate, and is never negative', () => {
    assert.equal(etaSeconds(250, 1000, 100), 8);
    assert.equal(etaSeconds(250, null, 100), null);
    assert.equal(etaSeconds(250, 1000, 0), null);
    assert.equal(etaSeconds(1200, 1000, 100), 0, 'an estimate exceeded: nothing left');
  });

  it('work in flight: each running task over its own time, summed', () => {
    assert.equal(
      runningRate([
        { rows: 100, elapsedSeconds: 2 },
        { rows: 30, elapsedSeconds: 3 },
        { rows: 5, elapsedSeconds: 0 },
        { rows: 5, elapsedSeconds: null },
      ]),
      60,
    );
  });
});

describe('RateSampler: the rate over the last interval', () => {
  const clocked = (window = { minMs: 1000, maxMs: 60_000, forgetMs: 600_000 }) => {
    let now = 0;
    const sampler = new RateSampler(window, () => now);
    return { sampler, at: (ms: number) => (now = ms) };
  };
  const rows = (entries: Record<string, number>) => new Map(Object.entries(entries));

  it('no rate from a first sample; then per counter, whole rows/s, never negative', () => {
    const { sampler, at } = clocked();
    assert.deepEqual(sampler.take('run', rows({ a: 0, b: 500 })), new Map());
    at(2000);
    assert.deepEqual(
      sampler.take('run', rows({ a: 1001, b: 100, c: 7 })),
      new Map([
        ['a', 501],
        ['b', 0],
      ]),
      'c is new: no rate yet',
    );
  });

  it('a sample younger than the window minimum gives no rate and does not replace the previous one', () => {
    const { sampler, at } = clocked();
    sampler.take('run', rows({ a: 0 }));
    at(500);
    assert.deepEqual(sampler.take('run', rows({ a: 400 })), new Map());
    at(1000);
    assert.deepEqual(sampler.take('run', rows({ a: 1000 })), new Map([['a', 1000]]), 'over the interval from the first sample');
  });

  it('a stale previous sample gives no rate; series are apart and forgotten after a while', () => {
    const { sampler, at } = clocked();
    sampler.take('run', rows({ a: 0 }));
    sampler.take('other', rows({ a: 0 }));
    at(61_000);
    assert.deepEqual(sampler.take('run', rows({ a: 61_000 })), new Map(), 'over a minute old');
    at(62_000);
    assert.deepEqual(sampler.take('run', rows({ a: 62_000 })), new Map([['a', 1000]]), 'the stale sample was replaced');
    at(700_000);
    sampler.take('run', rows({ a: 0 }));
    at(701_000);
    assert.deepEqual(sampler.take('other', rows({ a: 5000 })), new Map(), 'other was forgotten');
  });
});

describe('the event stream’s progress event', () => {
  const run = (rowsDone: number, rowsTotal: number | null, rate: number) =>
    ({
      status: 'executing',
      counts: { total: 1 },
      progress: { rowsDone, rowsTotal, rowsPerSecond: rate, etaSeconds: null },
    }) as unknown as RunDto;

  it('takes the interval rate when the stream has one, else the run’s own', () => {
    assert.deepEqual(progressEvent(run(100, 1100, 50), 200), {
      status: 'executing',
      counts: { total: 1 },
      rowsDone: 100,
      rowsTotal: 1100,
      rowsPerSecond: 200,
      etaSeconds: 5,
    });
    assert.equal(progressEvent(run(100, 1100, 50), undefined).etaSeconds, 20);
    assert.equal(progressEvent(run(100, null, 50), undefined).etaSeconds, null);
    assert.equal(progressEvent(run(100, 1100, 0), 0).rowsPerSecond, 0);
  });
});
