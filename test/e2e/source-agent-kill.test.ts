import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digest } from '../support/digest';
import { runTasks, SKIP_CHECKLIST, upgradeFixture, waitForRun } from '@cutover/testing/services';

const TABLES = `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, note text);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);
  CREATE SCHEMA bad;`;
const SOURCE = `${TABLES}
  INSERT INTO ax.inventtrans SELECT g * 7, 'I' || (g % 97), g / 8.0, 'n' || g FROM generate_series(1, 600000) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 2000) g;
  CREATE TABLE bad.ledger (recid bigint NOT NULL, note text NOT NULL, UNIQUE (recid, note));
  INSERT INTO bad.ledger SELECT g, 'n' || g FROM generate_series(1, 5000) g;
  INSERT INTO bad.ledger SELECT g, 'again' FROM generate_series(1000, 5000, 1000) g;
  ANALYZE;`;
// The target's ledger is keyed on recid alone, which the source repeats (its key is recid, note):
// the primary key stays during the load (prepare keeps it), so the copy violates it — a permanent
// error, not to be retried. (A trigger would not do: the load disables the target's triggers.)
const TARGET = `${TABLES}
  CREATE INDEX inventtrans_item ON ax.inventtrans (itemid);
  CREATE TABLE bad.ledger (recid bigint PRIMARY KEY, note text NOT NULL);`;

interface EventView {
  taskKey: string | null;
  type: string;
  reason: string | null;
}

describe('data upgrade: the source agent killed (SIGKILL) mid-copy and restarted', () => {
  const fx = upgradeFixture({ sql: { source: SOURCE, target: TARGET }, agents: { source: { spawn: {} } }, singleUser: true });

  const launch = async (schema: string, rangeRows: number): Promise<string> => {
    const pkg = await fx.o.call<{ id: string }>('POST', '/v1/packages', {
      name: `kill-${schema}`,
      version: '1',
      scripts: [],
      copyRules: { include: [{ schema, name: '*' }] },
    });
    const upgrade = await fx.o.call<{ id: string }>('POST', '/v1/upgrades', {
      name: `kill-${schema}`,
      sourceSystemId: fx.systems.prod,
      targetSystemId: fx.systems.target,
      packageId: pkg.id,
      rangeRows,
    });
    const run = await fx.o.call<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/data-upgrade/runs`, { threads: 4, ...SKIP_CHECKLIST });
    return run.id;
  };

  it('the copies in flight are retried by themselves: the run succeeds with no rerun, exact, the retries in the events', async () => {
    const runId = await launch('ax', 30000);
    for (;;) {
      const copies = (await runTasks(fx.o, runId)).filter((t) => t.key.startsWith('copy:ax.inventtrans:'));
      const ended = copies.filter((t) => t.status === 'ended').length;
      if (ended >= 2 && copies.some((t) => t.status === 'executing')) break;
      assert.ok(ended < copies.length - 2, 'the copy ended before the kill: make the table larger');
      await new Promise((r) => setTimeout(r, 20));
    }
    await fx.kill('source');
    await new Promise((r) => setTimeout(r, 1000));
    await fx.restart('source');
    const done = await waitForRun(fx.o, runId, ['ended', 'error'], 240_000);
    const tasks = await runTasks(fx.o, runId);
    const failures = tasks.filter((t) => t.error).map((t) => `${t.key}: ${t.error}`);
    assert.equal(done.status, 'ended', failures.join('; '));
    assert.ok(
      tasks.every((t) => t.attempt === 1),
      'every task ended in its first attempt: nobody reran anything',
    );
    const events = await fx.o.call<EventView[]>('GET', `/v1/runs/${runId}/events?limit=1000`);
    const retries = events.filter((e) => e.type === 'retry');
    assert.ok(retries.length >= 1, 'the retried copies are in the events');
    for (const e of retries) {
      assert.match(e.taskKey ?? '', /^copy:ax\.inventtrans:/);
      assert.match(e.reason ?? '', /^attempt 1, retry \d+ in [\d.]+ s: operation \S+ failed: /);
    }
    for (const table of [
      { schema: 'ax', name: 'inventtrans' },
      { schema: 'ax', name: 'custtable' },
    ]) {
      assert.deepEqual(await digest(fx.dbs.urls.target, table), await digest(fx.dbs.urls.source, table), `${table.name} exact`);
    }
  });

  it('a permanent error (a constraint violated) still fails at once, without a retry', async () => {
    const runId = await launch('bad', 100000);
    const done = await waitForRun(fx.o, runId, ['ended', 'error'], 120_000);
    assert.equal(done.status, 'error');
    const copy = (await runTasks(fx.o, runId)).find((t) => t.key.startsWith('copy:bad.ledger'));
    assert.equal(copy?.status, 'error');
    assert.match(copy?.error ?? '', /duplicate key value violates unique constraint "ledger_pkey"/);
    assert.doesNotMatch(copy?.error ?? '', /retries/);
    const events = await fx.o.call<EventView[]>('GET', `/v1/runs/${runId}/events?limit=1000`);
    assert.deepEqual(
      events.filter((e) => e.type === 'retry'),
      [],
    );
  });
});
