import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Logger } from '@nestjs/common';
import { eventually } from '@cutover/testing';
import type { Job, PgBoss } from 'pg-boss';
import { JobFetcher, type FetchObservation } from '../../services/orchestrator/src/queue/job-fetcher';

/** pg-boss's calls the fetcher makes, over an in-memory queue; every call is recorded. */
function scriptedBoss(queued: string[]) {
  const calls: { op: string; ids: string[]; batchSize?: number; message?: string }[] = [];
  const gates: (() => void)[] = [];
  let gated = false;
  const job = (id: string) => ({ id, data: { id }, retryCount: 0 }) as unknown as Job<{ id: string }>;
  const ids = (j: Job<unknown> | Job<unknown>[]) => (Array.isArray(j) ? j : [j]).map((x) => x.id);
  const boss = {
    fetch: async (_q: string, o: { batchSize: number }) => {
      calls.push({ op: 'fetch', ids: [], batchSize: o.batchSize });
      if (gated) await new Promise<void>((r) => gates.push(r));
      return queued.splice(0, o.batchSize).map(job);
    },
    complete: async (_q: string, j: Job<unknown>[]) => {
      calls.push({ op: 'complete', ids: ids(j) });
      if (gated) await new Promise<void>((r) => gates.push(r));
    },
    fail: async (_q: string, j: Job<unknown> | Job<unknown>[], d: { message: string }) =>
      void calls.push({ op: 'fail', ids: ids(j), message: d.message }),
    touch: async (_q: string, j: Job<unknown>[]) => {
      calls.push({ op: 'touch', ids: ids(j) });
      return { settled: ids(j).filter((id) => id !== 'lost') };
    },
  };
  return {
    boss: boss as unknown as PgBoss,
    calls,
    job,
    gate: (on: boolean) => (gated = on),
    open: () => gates.splice(0).forEach((g) => g()),
  };
}

const tick = () => new Promise((r) => setImmediate(r));
const until = (f: () => boolean) => eventually(() => f() || undefined, { message: 'the condition', deadline: 1000, intervalMs: 2 });

const observed: FetchObservation[] = [];

function fetcher(
  boss: PgBoss,
  handler: (job: { id: string; signal: AbortSignal }) => Promise<void>,
  concurrency = 3,
  heartbeatSeconds = 0,
) {
  observed.length = 0;
  return new JobFetcher<{ id: string }>({
    observe: (o) => observed.push(o),
    boss,
    queue: 'q',
    concurrency,
    handler,
    logger: new Logger('test'),
    heartbeatSeconds,
    pollSeconds: 3600,
  });
}

describe('JobFetcher, one fetcher per queue and process', () => {
  it('wakes during a fetch cost one more fetch, not one each; a fetch asks for the free slots and runs no more than the concurrency', async () => {
    const q = scriptedBoss(['a', 'b', 'c', 'd', 'e']);
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const f = fetcher(q.boss, async () => {
      peak = Math.max(peak, ++running);
      await new Promise<void>((r) => release.push(r));
      running--;
    });
    q.gate(true);
    f.start();
    for (let i = 0; i < 10; i++) f.wake('notify');
    q.gate(false);
    q.open();
    await until(() => running === 3);
    assert.deepEqual(
      q.calls.map((c) => [c.op, c.batchSize]),
      [['fetch', 3]],
      'ten wakes during one fetch, all slots then taken: no second fetch yet',
    );
    // A slot frees after a full fetch (more may wait): it is refilled without a wake.
    release.shift()!();
    await until(() => q.calls.filter((c) => c.op === 'fetch').length === 2 && running === 3);
    assert.equal(q.calls.filter((c) => c.op === 'fetch')[1].batchSize, 1);
    assert.deepEqual(
      observed.slice(0, 2).map((o) => [o.reason, o.jobs]),
      [
        ['start', 3],
        ['notify', 1],
      ],
      'each fetch is counted under the first wake that asked for it',
    );
    while (release.length || running) {
      release.shift()?.();
      await tick();
    }
    await until(() => q.calls.filter((c) => c.op === 'complete').flatMap((c) => c.ids).length === 5);
    assert.equal(peak, 3);
  });

  it('a short fetch waits for a wake; completions arriving during one in flight go together; a failed handler fails its job with its message', async () => {
    const q = scriptedBoss(['a', 'b', 'c', 'd']);
    const f = fetcher(
      q.boss,
      async (job) => {
        if (job.id === 'c') throw new Error('agent said no');
      },
      5,
    );
    q.gate(true);
    f.start();
    await until(() => q.calls.length === 1);
    q.open(); // the fetch returns; the first completion is held in flight
    await until(() => q.calls.some((c) => c.op === 'complete') && q.calls.some((c) => c.op === 'fail'));
    q.gate(false);
    q.open();
    await until(() => q.calls.filter((c) => c.op === 'complete').length === 2);
    assert.deepEqual(
      q.calls.filter((c) => c.op === 'complete').map((c) => c.ids),
      [['a'], ['b', 'd']],
    );
    assert.deepEqual(
      q.calls.find((c) => c.op === 'fail'),
      { op: 'fail', ids: ['c'], message: 'agent said no' },
    );
    assert.equal(q.calls.filter((c) => c.op === 'fetch').length, 1, '4 jobs for 5 slots: nothing more waits until a wake');
    f.wake('poll');
    await until(() => q.calls.filter((c) => c.op === 'fetch').length === 2);
    assert.deepEqual(observed.at(-1), { queue: 'q', reason: 'poll', jobs: 0 });
    await f.stop(100);
  });

  it('the heartbeat touches held jobs and aborts one no longer held; stop fails what still runs after the grace, and fetches no more', async () => {
    const q = scriptedBoss(['kept', 'lost']);
    const signals = new Map<string, AbortSignal>();
    const f = fetcher(
      q.boss,
      (job) => new Promise<void>((resolve) => (signals.set(job.id, job.signal), job.signal.addEventListener('abort', () => resolve()))),
      3,
      0.02,
    );
    f.start();
    await until(() => signals.size === 2 && q.calls.some((c) => c.op === 'touch'));
    await until(() => signals.get('lost')!.aborted);
    assert.deepEqual(q.calls.find((c) => c.op === 'touch')!.ids.sort(), ['kept', 'lost']);
    assert.equal(signals.get('kept')!.aborted, false);
    const fetches = q.calls.filter((c) => c.op === 'fetch').length;
    await f.stop(30);
    assert.ok(signals.get('kept')!.aborted, 'the handler still running at the end of the grace was aborted');
    assert.deepEqual(q.calls.find((c) => c.op === 'fail' && c.ids.includes('kept'))?.message, 'the orchestrator stopped while the job ran');
    f.wake('notify');
    await tick();
    assert.equal(q.calls.filter((c) => c.op === 'fetch').length, fetches);
  });

  it('reserve holds the free slots for jobs this process sends: fetches leave them alone, and release runs the jobs claimed for them without a fetch', async () => {
    const queued: string[] = [];
    const q = scriptedBoss(queued);
    const release: (() => void)[] = [];
    const ran: string[] = [];
    const f = fetcher(q.boss, (job) => (ran.push(job.id), new Promise<void>((r) => release.push(r))), 3);
    f.start();
    await until(() => observed.length === 1); // the start's fetch found nothing
    assert.equal(f.reserve(), 3, 'all three slots are free');
    assert.equal(f.reserve(), 0, 'a second sender finds none left: it must wake the others');
    queued.push('x');
    f.wake('notify');
    await tick();
    assert.equal(q.calls.filter((c) => c.op === 'fetch').length, 1, 'no fetch into reserved slots');
    f.release(3, [q.job('a'), q.job('b')], 2);
    assert.deepEqual(ran, ['a', 'b'], 'the claimed jobs run at once, as they are');
    assert.deepEqual(observed[1], { queue: 'q', reason: 'admission', jobs: 2 });
    // The notify that came while the slots were held is answered with the one slot left.
    await until(() => release.length === 3);
    assert.deepEqual(ran, ['a', 'b', 'x']);
    assert.deepEqual(
      q.calls.filter((c) => c.op === 'fetch').map((c) => c.batchSize),
      [3, 1],
      'the start, then one fetch for the slot left: none for the claimed jobs',
    );
    assert.equal(f.reserve(), 0, 'three slots run handlers');
    f.release(0);
    release.forEach((r) => r());
    await f.stop(100);
  });

  it('release with fewer jobs claimed than wanted fetches for the rest; once stopped, claimed jobs are failed, not run', async () => {
    const queued: string[] = [];
    const q = scriptedBoss(queued);
    const ran: string[] = [];
    const f = fetcher(q.boss, async (job) => void ran.push(job.id), 3);
    f.start();
    await until(() => observed.length === 1);
    const slots = f.reserve();
    queued.push('mine');
    f.release(slots, [q.job('other')], 2);
    await until(() => ran.length === 2);
    assert.deepEqual(ran, ['other', 'mine']);
    assert.deepEqual(observed.slice(1), [
      { queue: 'q', reason: 'admission', jobs: 1 },
      { queue: 'q', reason: 'admission', jobs: 1 },
    ]);
    const late = f.reserve();
    await f.stop(100);
    f.release(late, [q.job('late')], 1);
    await until(() => q.calls.some((c) => c.op === 'fail'));
    assert.deepEqual(q.calls.at(-1), { op: 'fail', ids: ['late'], message: 'the orchestrator stopped as it claimed the job' });
    assert.deepEqual(ran, ['other', 'mine'], 'nothing ran after stop');
  });

  it('release with nothing claimed fetches only when a wake came while the slots were held', async () => {
    const queued: string[] = [];
    const q = scriptedBoss(queued);
    const f = fetcher(q.boss, async () => undefined, 2);
    f.start();
    await until(() => observed.length === 1);
    f.release(f.reserve());
    await tick();
    assert.equal(q.calls.filter((c) => c.op === 'fetch').length, 1, 'nothing asked for a fetch meanwhile');
    const slots = f.reserve();
    queued.push('x');
    f.wake('poll');
    f.release(slots);
    await until(() => observed.length === 2);
    assert.deepEqual(observed.at(-1), { queue: 'q', reason: 'poll', jobs: 1 });
    await f.stop(100);
  });
});
