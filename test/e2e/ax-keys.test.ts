import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from '@cutover/testing';
import { formatTableRef, type TableRef } from '@cutover/contracts';
import { digest } from '../support/digest';
import { runTasks, SKIP_CHECKLIST, upgradeFixture, waitForRun } from '@cutover/testing/services';

/**
 * AX 2009 as it is: SALESLINE has no primary key, only a unique index on (DATAAREAID, RECID); rows
 * belong to four companies of very different sizes, and RECIDs repeat across companies (only the
 * pair is unique) and are dense, then sparse. LEDGERLOG has no usable key at all.
 */
const TABLES = `
  CREATE SCHEMA ax;
  CREATE TABLE ax."SALESLINE" ("DATAAREAID" varchar(4) NOT NULL, "RECID" bigint NOT NULL, "SALESID" varchar(20) NOT NULL,
    "ITEMID" varchar(20) NOT NULL, "LINEAMOUNT" numeric(32,16) NOT NULL, "NAME" text, "MODIFIEDDATETIME" timestamp NOT NULL);
  CREATE UNIQUE INDEX "I_SALESLINE_RECID" ON ax."SALESLINE" ("DATAAREAID", "RECID");
  CREATE TABLE ax."LEDGERLOG" ("DATAAREAID" varchar(4) NOT NULL, "VOUCHER" text NOT NULL, "NOTE" text);`;
const COMPANIES = [
  ['dat', 144000],
  ['ceu', 60000],
  ['cus', 24000],
  ['gb', 12000],
] as const;
const ROWS = COMPANIES.reduce((n, [, rows]) => n + rows, 0);
const SOURCE = `${TABLES}
  ${COMPANIES.map(
    ([company, n]) => `INSERT INTO ax."SALESLINE" SELECT '${company}',
      CASE WHEN g <= ${n * 0.8} THEN 5637144576 + g ELSE 5637144576 + g * 1000 END, 'SO-' || lpad((g / 3)::text, 8, '0'),
      'IT-' || (g % 4000), (g % 100000) / 7.0, CASE WHEN g % 9 = 0 THEN NULL ELSE 'line ' || g || ' ' || repeat('é', g % 50) END,
      timestamp '2009-01-01' + g * interval '61 seconds'
      FROM generate_series(1, ${n}) g;`,
  ).join('\n')}
  INSERT INTO ax."LEDGERLOG" SELECT 'dat', 'V' || (g % 70), 'n' || g FROM generate_series(1, 500) g;`;
const TARGET = `${TABLES}
  CREATE INDEX "I_SALESLINE_SALES" ON ax."SALESLINE" ("DATAAREAID", "SALESID");`;
const SALESLINE: TableRef = { schema: 'ax', name: 'SALESLINE' };

interface PlannedTable {
  source: TableRef;
  status: string;
  keyColumns: string[];
  keyReason: string;
  ranges: { from: string[] | null; to: string[] | null }[];
  advisories: string[];
}

// Seeds and copies 200,000 AX-shaped rows several times: on a busy two-core runner the whole suite can pass 300 s.
describe(
  'AX-shaped tables: a composite copy key (DATAAREAID, RECID) without a primary key, split, copied, resumed',
  { timeout: 900_000 },
  () => {
    const world = upgradeFixture({
      sql: { source: SOURCE, target: TARGET },
      // VACUUM (unlike ANALYZE's sample) sets the row estimate exactly, so the plan's range count is fixed.
      seeded: async (dbs) => void (await sql(dbs.urls.source, 'VACUUM ANALYZE')),
      agents: { target: { spawn: {} } },
      orchestrator: { agentGraceSeconds: 2 },
      package: { name: 'ax-keys', version: '1', scripts: [], copyRules: { include: [{ schema: 'ax', name: '*' }] } },
      upgrade: { rangeRows: 50000 },
    });
    let runId: string;
    let ranges: PlannedTable['ranges'];
    const endedBeforeKill = new Set<string>();
    const failedByKill = new Set<string>();

    it('plans the unique index (DATAAREAID, RECID) as the copy key, says why, and splits on it into equal ranges', async () => {
      const plan = await world.o.call<{ tables: PlannedTable[]; summary: { advisories: number } }>(
        'POST',
        `/v1/upgrades/${world.upgradeId}/data-upgrade/plan`,
      );
      const t = plan.tables.find((x) => x.source.name === 'SALESLINE')!;
      assert.equal(t.status, 'ok');
      assert.deepEqual(t.keyColumns, ['DATAAREAID', 'RECID']);
      assert.equal(t.keyReason, 'unique index I_SALESLINE_RECID');
      assert.deepEqual(t.advisories, []);
      ranges = t.ranges;
      assert.ok(ranges.length >= 4, `split into ${ranges.length} ranges`);
      assert.equal(ranges[0].from, null);
      assert.equal(ranges[ranges.length - 1].to, null);
      for (let i = 1; i < ranges.length; i++) assert.deepEqual(ranges[i].from, ranges[i - 1].to, 'contiguous ranges');
      for (const r of ranges.slice(1)) assert.equal(r.from!.length, 2, 'a bound is a row value: company, RECID');
      assert.ok(new Set(ranges.slice(1).map((r) => r.from![0])).size >= 2, 'bounds fall inside several companies');
      // Counted independently, with PostgreSQL's own row comparison: every row in exactly one range.
      const counts: number[] = [];
      for (const r of ranges) {
        const [row] = await sql<{ n: number }>(
          world.dbs.urls.source,
          `SELECT count(*)::int AS n FROM ax."SALESLINE"
          WHERE ($1::varchar IS NULL OR ("DATAAREAID", "RECID") >= ($1::varchar, $2::bigint))
            AND ($3::varchar IS NULL OR ("DATAAREAID", "RECID") < ($3::varchar, $4::bigint))`,
          [r.from?.[0] ?? null, r.from?.[1] ?? null, r.to?.[0] ?? null, r.to?.[1] ?? null],
        );
        counts.push(row.n);
      }
      assert.equal(
        counts.reduce((a, b) => a + b, 0),
        ROWS,
      );
      const each = ROWS / ranges.length;
      for (const n of counts) assert.ok(Math.abs(n - each) <= each * 0.1, `ranges of about equal rows: ${counts.join(', ')}`);

      const log = plan.tables.find((x) => x.source.name === 'LEDGERLOG')!;
      assert.equal(log.status, 'ok', 'an advisory does not block the copy');
      assert.deepEqual(log.keyColumns, []);
      assert.deepEqual(log.ranges, [{ from: null, to: null }]);
      assert.deepEqual(log.advisories, [
        'no usable copy key (no primary key and no unique index over NOT NULL columns): copied as one range',
      ]);
      assert.equal(plan.summary.advisories, 1);
    });

    it('the target agent is killed mid-copy: ranges in flight fail, ended ones stay ended', async () => {
      for (const id of [world.systems.prod, world.systems.target])
        await world.o.call('POST', `/v1/systems/${id}/single-user`, { force: true });
      runId = (
        await world.o.call<{ id: string }>('POST', `/v1/upgrades/${world.upgradeId}/data-upgrade/runs`, { threads: 2, ...SKIP_CHECKLIST })
      ).id;
      const deadline = Date.now() + 120_000;
      for (;;) {
        const progress = await world.o.call<{ tables: { table: TableRef; rangesDone: number; ranges: number }[] }>(
          'GET',
          `/v1/upgrades/${world.upgradeId}/data-upgrade/runs/${runId}/progress`,
        );
        const t = progress.tables.find((x) => x.table.name === 'SALESLINE')!;
        if (t.rangesDone >= 1 && t.rangesDone <= t.ranges - 3) break;
        assert.ok(t.rangesDone <= t.ranges - 3, 'the copy finished before the kill could happen: make the table larger');
        assert.ok(Date.now() < deadline, 'the copy never got going');
        await new Promise((r) => setTimeout(r, 10));
      }
      await world.kill('target');
      for (const t of await runTasks(world.o, runId))
        if (t.key.startsWith('copy:ax.SALESLINE:') && t.status === 'ended') endedBeforeKill.add(t.key);
      assert.equal((await waitForRun(world.o, runId, ['error'])).status, 'error');
      for (const t of await runTasks(world.o, runId)) if (t.status === 'error') failedByKill.add(t.key);
      assert.ok(
        [...failedByKill].some((k) => k.startsWith('copy:ax.SALESLINE:')),
        `ranges in flight failed: ${[...failedByKill].join(', ')}`,
      );
    });

    it('after a restart, rerun-failed copies only the ranges that had not ended, and the run ends', async () => {
      await world.restart('target');
      await world.o.call('POST', `/v1/runs/${runId}/rerun-failed`);
      const run = await waitForRun(world.o, runId, ['ended', 'error'], 180_000);
      const tasks = new Map((await runTasks(world.o, runId)).map((t) => [t.key, t]));
      const failed = [...tasks.values()].filter((t) => t.status !== 'ended');
      assert.equal(run.status, 'ended', `still failing: ${failed.map((t) => `${t.key}: ${t.error}`).join('; ')}`);
      assert.ok(endedBeforeKill.size >= 1);
      for (const key of endedBeforeKill) assert.equal(tasks.get(key)!.attempt, 1, `${key} ended before the kill and was not copied again`);
      const reran = [...tasks.values()].filter((t) => t.attempt > 1).map((t) => t.key);
      assert.deepEqual(reran.sort(), [...failedByKill].sort(), 'only the tasks that did not end ran again');
      const copies = [...tasks.values()].filter((t) => t.key.startsWith('copy:ax.SALESLINE:'));
      assert.equal(copies.length, ranges.length);
      for (const c of copies) {
        const detail = await world.o.call<{ result: { copyRange: { rows: number; deletedFirst: number } } }>(
          'GET',
          `/v1/runs/${runId}/tasks/${c.id}`,
        );
        assert.equal(detail.result.copyRange.deletedFirst, 0, `${c.key}: a killed range left nothing behind to delete`);
      }
      const verify = await world.o.call<{ result: { verifyTable: { match: boolean; recopied: string[]; sourceRows: number } } }>(
        'GET',
        `/v1/runs/${runId}/tasks/${tasks.get('verify:ax.SALESLINE')!.id}`,
      );
      assert.deepEqual(
        [verify.result.verifyTable.match, verify.result.verifyTable.recopied, verify.result.verifyTable.sourceRows],
        [true, [], ROWS],
        'verified on the first comparison',
      );
    });

    it('the target is exact (independent digest) and has its unique index and deferred index back', async () => {
      for (const table of [SALESLINE, { schema: 'ax', name: 'LEDGERLOG' }]) {
        const [s, t] = await Promise.all([digest(world.dbs.urls.source, table), digest(world.dbs.urls.target, table)]);
        assert.deepEqual(t, s, `${formatTableRef(table)}: same rows and content`);
      }
      assert.equal((await digest(world.dbs.urls.target, SALESLINE)).rows, ROWS);
      const indexes = await sql<{ name: string; unique: boolean; valid: boolean }>(
        world.dbs.urls.target,
        `SELECT i.relname AS name, x.indisunique AS unique, x.indisvalid AS valid FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = 'ax."SALESLINE"'::regclass ORDER BY 1`,
      );
      assert.deepEqual(indexes, [
        { name: 'I_SALESLINE_RECID', unique: true, valid: true },
        { name: 'I_SALESLINE_SALES', unique: false, valid: true },
      ]);
      const report = await world.o.call<{ tables: { table: TableRef; checksumMatch: boolean; targetRows: number; sourceRows: number }[] }>(
        'GET',
        `/v1/upgrades/${world.upgradeId}/data-upgrade/runs/${runId}/report`,
      );
      for (const t of report.tables) assert.ok(t.checksumMatch && t.targetRows === t.sourceRows, `${formatTableRef(t.table)} verified`);
    });
  },
);
