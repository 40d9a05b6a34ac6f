import { formatTableRef, type TableRef } from '@cutover/contracts';
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import request from 'supertest';
import type { OrchestratorSchemas } from '@cutover/orchestrator-client';
import { sql } from '@cutover/testing';
import { upgradeFixture } from '@cutover/testing/services';
import { engineTest, testEngines, tsqlSeries, type ByEngine } from '../support/engines';

const SOURCE: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL);
  -- Skewed keys: 90% of the rows in the lowest 1% of the key space.
  INSERT INTO ax.inventtrans SELECT CASE WHEN g <= 54000 THEN g ELSE 54000 + (g - 54000) * 1000 END, 'I' || (g % 50), g FROM generate_series(1, 60000) g;
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);
  INSERT INTO ax.custtable SELECT 'C' || g, 'n' || g FROM generate_series(1, 100) g;
  CREATE TABLE ax.shadow_a (k int PRIMARY KEY); CREATE TABLE ax.shadow_b (k int PRIMARY KEY);
  CREATE TABLE ax.bad (id int PRIMARY KEY, amount numeric(32,16), note text);
  CREATE TABLE ax.lonely (id int PRIMARY KEY);
  CREATE TABLE ax.filled (id int PRIMARY KEY);
  CREATE TABLE ax.ignored (id int PRIMARY KEY);
  ANALYZE;`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.inventtrans (recid bigint CONSTRAINT inventtrans_pkey PRIMARY KEY, itemid nvarchar(20) NOT NULL, qty numeric(32,16) NOT NULL);
  INSERT INTO ax.inventtrans SELECT CASE WHEN g <= 54000 THEN g ELSE 54000 + (g - 54000) * 1000 END, CONCAT(N'I', g % 50), g FROM ${tsqlSeries(60000)};
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL);
  INSERT INTO ax.custtable SELECT CONCAT(N'C', g), CONCAT(N'n', g) FROM ${tsqlSeries(100)};
  CREATE TABLE ax.shadow_a (k int PRIMARY KEY); CREATE TABLE ax.shadow_b (k int PRIMARY KEY);
  CREATE TABLE ax.bad (id int PRIMARY KEY, amount numeric(32,16), note nvarchar(60));
  CREATE TABLE ax.lonely (id int PRIMARY KEY);
  CREATE TABLE ax.filled (id int PRIMARY KEY);
  CREATE TABLE ax.ignored (id int PRIMARY KEY);
  EXEC sp_updatestats;`,
};
const TARGET: ByEngine<string> = {
  postgres: `
  CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);
  CREATE TABLE ax.party (k int PRIMARY KEY);
  CREATE TABLE ax.bad (id int PRIMARY KEY, amount integer, required text NOT NULL);
  CREATE TABLE ax.filled (id int PRIMARY KEY); INSERT INTO ax.filled VALUES (1), (2);`,
  mssql: `
  CREATE SCHEMA ax
GO
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid nvarchar(20) NOT NULL, qty numeric(32,16) NOT NULL);
  CREATE TABLE ax.custtable (accountnum nvarchar(20) PRIMARY KEY, name nvarchar(60) NOT NULL);
  CREATE TABLE ax.party (k int PRIMARY KEY);
  CREATE TABLE ax.bad (id int PRIMARY KEY, amount int, required nvarchar(20) NOT NULL);
  CREATE TABLE ax.filled (id int PRIMARY KEY); INSERT INTO ax.filled VALUES (1), (2);`,
};
/** The catalog's name for ax.bad.amount's type on the target. */
const INTEGER: ByEngine<string> = { postgres: 'integer', mssql: 'int' };
/** A bound from the agent's range split, checked to be an integer before it goes into fixture SQL. */
const bound = (v: string | undefined) => {
  if (v === undefined) return null;
  assert.match(v, /^-?\d+$/);
  return v;
};

for (const engine of testEngines())
  describe(`data upgrade plan: mappings with AX statuses, sizes, quantile key ranges, priorities [${engine.kind}]`, () => {
    const { it, before, after } = engineTest(engine);
    const world = upgradeFixture(
      {
        engine,
        sql: { source: engine.pick(SOURCE), target: engine.pick(TARGET) },
        package: {
          name: 'plan-test',
          version: '1',
          scripts: [
            { key: 'prepare', phase: 'live', description: 'x', sql: { postgres: 'SELECT 1' } },
            {
              key: 'fix-inventtrans',
              phase: 'single-user',
              description: 'x',
              dependsOn: ['prepare'],
              writes: [{ schema: 'ax', name: 'inventtrans' }],
              sql: { postgres: 'SELECT 1' },
            },
          ],
          copyRules: {
            include: [{ schema: 'ax', name: '*' }],
            exclude: [{ schema: 'ax', name: 'ignored' }],
            rename: [
              { from: { schema: 'ax', name: 'shadow_a' }, to: { schema: 'ax', name: 'party' } },
              { from: { schema: 'ax', name: 'shadow_b' }, to: { schema: 'ax', name: 'party' } },
            ],
          },
        },
        upgrade: { name: 'plan', rangeRows: 10000 },
      },
      { before, after },
    );

    it('maps every copy-set table with its status and the problems named', async () => {
      const plan = await world.o.call<{
        tables: { source: TableRef; target: TableRef; status: string; problems: string[]; waitsFor: string[]; priority: number }[];
        summary: { tables: number; ok: number };
      }>('POST', `/v1/upgrades/${world.upgradeId}/data-upgrade/plan`);
      const by = Object.fromEntries(plan.tables.map((t) => [formatTableRef(t.source), t]));
      assert.deepEqual(
        Object.keys(by).sort(),
        ['ax.bad', 'ax.custtable', 'ax.filled', 'ax.inventtrans', 'ax.lonely', 'ax.shadow_a', 'ax.shadow_b'],
        'ax.ignored is excluded',
      );
      assert.equal(by['ax.inventtrans'].status, 'ok');
      assert.equal(by['ax.custtable'].status, 'ok');
      assert.equal(by['ax.lonely'].status, 'no-mapping');
      assert.equal(by['ax.filled'].status, 'target-not-empty');
      assert.match(by['ax.filled'].problems[0], /already holds 2 row\(s\)/);
      assert.equal(by['ax.shadow_a'].status, 'mapping-conflict');
      assert.deepEqual(by['ax.shadow_a'].target, { schema: 'ax', name: 'party' });
      assert.match(by['ax.shadow_a'].problems[0], /also the target of ax\.shadow_b/);
      assert.equal(by['ax.bad'].status, 'field-error');
      assert.deepEqual(by['ax.bad'].problems.sort(), [
        `column amount is numeric(32,16) on the source but ${engine.pick(INTEGER)} on the target`,
        'column note is missing on the target',
        'target column required is NOT NULL and has no source column',
      ]);
      assert.deepEqual(by['ax.inventtrans'].waitsFor, ['fix-inventtrans']);
      assert.deepEqual(
        plan.tables[0].source,
        { schema: 'ax', name: 'inventtrans' },
        'the largest table, behind a script chain, comes first',
      );
      assert.equal(plan.summary.ok, 2);
      const latest = await world.o.call<{ tables: unknown[] }>('GET', `/v1/upgrades/${world.upgradeId}/data-upgrade/plan`);
      assert.deepEqual(latest.tables, plan.tables, 'the plan is readable before launch');
    });

    it('splits a large table on its key into ranges of about equal rows even with skewed keys', async () => {
      const plan = await world.o.call<{
        tables: { source: TableRef; keyColumns: string[]; keyReason: string; ranges: { from: string[] | null; to: string[] | null }[] }[];
      }>('GET', `/v1/upgrades/${world.upgradeId}/data-upgrade/plan`);
      const t = plan.tables.find((x) => x.source.name === 'inventtrans')!;
      assert.deepEqual(t.keyColumns, ['recid']);
      assert.equal(t.keyReason, 'primary key inventtrans_pkey');
      assert.equal(t.ranges.length, 6);
      assert.equal(t.ranges[0].from, null);
      assert.equal(t.ranges[t.ranges.length - 1].to, null);
      for (let i = 1; i < t.ranges.length; i++) assert.deepEqual(t.ranges[i].from, t.ranges[i - 1].to, 'contiguous ranges');
      const counts: number[] = [];
      for (const r of t.ranges) {
        const [from, to] = [bound(r.from?.[0]), bound(r.to?.[0])];
        const where = [from === null ? '' : `recid >= ${from}`, to === null ? '' : `recid < ${to}`].filter(Boolean);
        const [row] = await engine.sql<{ n: number | string }>(
          world.dbs.urls.source,
          `SELECT count(*) AS n FROM ax.inventtrans${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
        );
        counts.push(Number(row.n));
      }
      assert.equal(
        counts.reduce((a, b) => a + b, 0),
        60000,
        'every row in exactly one range',
      );
      for (const n of counts) assert.ok(n >= 8000 && n <= 12000, `ranges hold about 10,000 rows each: ${counts.join(', ')}`);
    });

    it('the agent refuses a split on an unknown or nullable column or an out-of-range count with 400; by default it splits on the copy key', async () => {
      const split = (query: Record<string, unknown>) =>
        request(world.source.url).get('/v1/catalog/tables/ax/inventtrans/ranges').query(query).set(world.source.auth);
      const unknownColumn = await split({ keyColumns: 'nope', parts: 4 }).expect(400);
      assert.match(unknownColumn.body.detail, /\bnope\b/, 'the 400 names the unknown column');
      assert.equal(unknownColumn.headers['content-type']?.split(';')[0], 'application/problem+json');
      const oneRange = await split({ keyColumns: 'recid', parts: 1 }).expect(400);
      assert.match(oneRange.body.detail, /\bparts\b/, 'the 400 names the out-of-range count');
      assert.match(
        (await split({ keyColumns: 'itemid', parts: 2 }).expect(200)).body.keyColumns[0],
        /itemid/,
        'any NOT NULL columns may be named',
      );
      const nullable = await request(world.source.url)
        .get('/v1/catalog/tables/ax/bad/ranges')
        .query({ keyColumns: 'amount', parts: 2 })
        .set(world.source.auth)
        .expect(400);
      assert.match(
        nullable.body.detail,
        /keyColumns: amount is nullable on ax\.bad; rows where a key column is NULL would fall in no range/,
      );
      const res = await split({ parts: 3 }).expect(200);
      assert.deepEqual(res.body.keyColumns, ['recid'], 'the copy key');
      assert.equal(res.body.bounds.length, 2);
      assert.ok(res.body.bounds.every((b: string[]) => b.length === 1));
      // Three parts of about equal rows: the bounds rise, and each third holds about a third of the rows.
      const [low, high] = res.body.bounds.map((b: string[]) => BigInt(b[0]));
      assert.ok(low < high, `bounds rise: ${low} < ${high}`);
      const [{ total, below, between }] = await sql<{ total: number; below: number; between: number }>(
        world.dbs.urls.source,
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE recid < $1)::int AS below,
                count(*) FILTER (WHERE recid >= $1 AND recid < $2)::int AS between FROM ax.inventtrans`,
        [low.toString(), high.toString()],
      );
      for (const part of [below, between, total - below - between])
        assert.ok(
          Math.abs(part - total / 3) <= total * 0.05,
          `a third of ${total} rows each: ${below}, ${between}, ${total - below - between}`,
        );
    });

    it('launch is refused while a table is not ok, naming the columns of the field error; unknown exclusions are 400', async () => {
      const systems = await world.o.call<{ items: { id: string }[] }>('GET', '/v1/systems');
      for (const s of systems.items) await world.o.call('POST', `/v1/systems/${s.id}/single-user`, { force: true });
      const launch = async (body: OrchestratorSchemas['LaunchDataUpgradeDto']) => {
        const { response, error } = await world.o.api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
          params: { path: { id: world.upgradeId } },
          body,
        });
        return { status: response.status, problem: error as { detail: string } };
      };
      const refused = await launch({});
      assert.equal(refused.status, 409);
      const problem = refused.problem as { detail: string; tables: { source: TableRef; status: string; problems: string[] }[] };
      assert.match(
        problem.detail,
        new RegExp(
          `ax\\.bad → ax\\.bad is field-error \\(.*column amount is numeric\\(32,16\\) on the source but ${engine.pick(INTEGER)} on the target`,
        ),
      );
      assert.match(problem.detail, /exclude them \(test runs only\)/);
      const bad = problem.tables.find((t) => t.source.name === 'bad')!;
      assert.equal(bad.status, 'field-error');
      assert.ok(bad.problems.includes('column note is missing on the target'));
      assert.deepEqual(problem.tables.map((t) => t.status).sort(), [
        'field-error',
        'mapping-conflict',
        'mapping-conflict',
        'no-mapping',
        'target-not-empty',
      ]);
      const unknown = await launch({ exclude: [{ schema: 'ax', name: 'nope' }] });
      assert.equal(unknown.status, 400);
      assert.match(unknown.problem.detail, /ax\.nope is not in the copy set|not in the copy set: ax\.nope/);
      const badThreads = await launch({ threads: 0 });
      assert.equal(badThreads.status, 400);
      assert.match(badThreads.problem.detail, /\bthreads\b/, 'the 400 names the field');
      const [{ n }] = await sql<{ n: number }>(world.dbs.urls.state, `SELECT count(*)::int AS n FROM run WHERE kind = 'data-upgrade'`);
      assert.equal(n, 0, 'nothing was started');
    });
  });
