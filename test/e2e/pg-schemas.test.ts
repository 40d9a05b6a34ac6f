import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from '@cutover/testing';
import type { TableRef } from '@cutover/contracts';
import { digest } from '../support/digest';
import { runTasks, SKIP_CHECKLIST, upgradeFixture, waitForRun } from '@cutover/testing/services';
import { PG_SCHEMAS_DDL, pgSchemasData } from '../../bench/pg-schemas-dataset';

/**
 * Issue #22's schema, as a new user would try it: a range-partitioned table (two partitions,
 * composite primary key, a partitioned index and a partition's own index) with a foreign key to
 * another copied table, an identity column, a serial, an enum (and an array of it), a domain with
 * a CHECK, text[], jsonb, bytea, numeric, timestamptz, a composite type, NULLs, a table without any
 * key holding duplicate rows, two tables whose foreign keys form a cycle, and a user trigger on the
 * target that must not fire during the load, and a generated column (left out of the copy, recomputed
 * by the target).
 */
const TARGET_EXTRA = `
  CREATE SCHEMA audit;
  CREATE TABLE audit.hits (tbl text NOT NULL, at timestamptz NOT NULL DEFAULT now());
  CREATE FUNCTION audit.hit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit.hits (tbl) VALUES (TG_TABLE_NAME); RETURN NEW; END $$;
  CREATE TRIGGER customer_hit AFTER INSERT ON app.customer FOR EACH ROW EXECUTE FUNCTION audit.hit();
  CREATE TRIGGER payment_hit BEFORE INSERT ON app.payment FOR EACH ROW EXECUTE FUNCTION audit.hit();`;

const TABLES: TableRef[] = ['customer', 'orders', 'orders_2023', 'orders_2024', 'payment', 'event_log', 'dept', 'employee'].map((name) => ({
  schema: 'app',
  name,
}));

interface PlannedTable {
  source: TableRef;
  status: string;
  ranges: unknown[];
  advisories: string[];
  structure: {
    partitioned: boolean;
    partitionOf: TableRef | null;
    partitions: TableRef[];
    foreignKeys: { name: string; references: TableRef; copied: boolean }[];
    format: string | null;
  };
}

const deferredState = (url: string) =>
  sql<{ name: string; ok: boolean }>(
    url,
    `SELECT i.relname AS name, x.indisvalid AND x.indisready AS ok FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = 'app'
     UNION ALL
     SELECT conname || '@' || conrelid::regclass::text, convalidated FROM pg_constraint WHERE connamespace = 'app'::regnamespace
     ORDER BY 1`,
  );

describe('PostgreSQL schemas (#22): partitions, foreign keys, sequences, types, triggers, keyless tables', () => {
  let runId: string;
  let objectsBefore: { name: string; ok: boolean }[];
  // A sequence no column owns (invoice numbers), which the package names: carried by name.
  const invoiceNo = `CREATE SEQUENCE app.invoice_no START 1000;`;
  const world = upgradeFixture({
    sql: {
      source: `${PG_SCHEMAS_DDL}\n${pgSchemasData(1)}\n${invoiceNo} SELECT setval('app.invoice_no', 4321); ANALYZE;`,
      // The target is created in another order, so its user-defined types get other OIDs than the source's.
      target: `CREATE TYPE public.spacer AS ENUM ('x'); CREATE DOMAIN public.spacer2 AS int;\n${PG_SCHEMAS_DDL}\n${TARGET_EXTRA}\n${invoiceNo}`,
    },
    seeded: async (dbs) => {
      objectsBefore = await deferredState(dbs.urls.target);
    },
    package: {
      name: 'pg-schemas',
      version: '1',
      scripts: [],
      copyRules: { include: [{ schema: 'app', name: '*' }] },
      sequences: [
        { schema: 'app', name: 'invoice_no' },
        { schema: 'app', name: 'no_such_sequence' },
      ],
    },
    upgrade: { name: 'pg-schemas', threads: 4, rangeRows: 4000 },
    singleUser: true,
  });

  it('plans the hierarchy, the foreign keys and the text format where binary COPY cannot go', async () => {
    const plan = await world.o.call<{ tables: PlannedTable[] }>('POST', `/v1/upgrades/${world.upgradeId}/data-upgrade/plan`);
    const of = (name: string) => plan.tables.find((t) => t.source.name === name)!;
    for (const t of plan.tables) assert.equal(t.status, 'ok', `${t.source.name}: ${t.status}`);
    const parent = of('orders');
    assert.equal(parent.structure.partitioned, true);
    assert.deepEqual(parent.ranges, [], 'the partitioned parent is not copied itself');
    assert.deepEqual(parent.structure.partitions.map((p) => p.name).sort(), ['orders_2023', 'orders_2024']);
    assert.deepEqual(parent.structure.foreignKeys, [
      { name: 'orders_customer_id_fkey', references: { schema: 'app', name: 'customer' }, copied: true },
    ]);
    for (const leaf of ['orders_2023', 'orders_2024']) {
      assert.deepEqual(of(leaf).structure.partitionOf, { schema: 'app', name: 'orders' });
      assert.ok(of(leaf).ranges.length >= 2, `${leaf} is split on its own key ranges: ${of(leaf).ranges.length}`);
      assert.equal(of(leaf).structure.format, 'pg-text', 'an array of an enum: text COPY');
      assert.deepEqual(of(leaf).structure.foreignKeys, [], 'the inherited foreign key is the parent’s');
    }
    assert.equal(of('customer').structure.format, 'pg-text', 'a composite column: text COPY');
    assert.equal(of('payment').structure.format, null, 'enum, domain, jsonb, bytea, text[]: binary COPY');
    assert.deepEqual(of('event_log').ranges, [{ from: null, to: null }], 'no key: one range');
    assert.ok(of('customer').advisories.some((a) => /text COPY/.test(a)));
    // The generated column is not copied: the target computes it again.
    assert.deepEqual((of('customer') as unknown as { recomputed: string[] }).recomputed, ['name_upper']);
    assert.ok(!(of('customer') as unknown as { columns: string[] }).columns.includes('name_upper'));
  });

  it('copies every table exactly once, with FKs after the tables they reference, and triggers silent', async () => {
    runId = (
      await world.o.call<{ id: string }>('POST', `/v1/upgrades/${world.upgradeId}/data-upgrade/runs`, { threads: 4, ...SKIP_CHECKLIST })
    ).id;
    const run = await waitForRun(world.o, runId);
    const tasks = await runTasks(world.o, runId);
    assert.equal(
      run.status,
      'ended',
      tasks
        .filter((t) => t.error)
        .map((t) => `${t.key}: ${t.error}`)
        .join('\n'),
    );
    const byKey = new Map(tasks.map((t) => [t.key, t]));
    assert.ok(!tasks.some((t) => t.key.startsWith('copy:app.orders:')), 'no copy of the partitioned parent');
    for (const t of TABLES) {
      const [s, d] = await Promise.all([digest(world.dbs.urls.source, t), digest(world.dbs.urls.target, t)]);
      assert.deepEqual(d, s, `${t.name}: same rows and digest`);
    }
    const [leafSum] = await sql<{ n: number }>(
      world.dbs.urls.target,
      `SELECT (SELECT count(*) FROM ONLY app.orders_2023) + (SELECT count(*) FROM ONLY app.orders_2024) - (SELECT count(*) FROM app.orders) AS n`,
    );
    assert.equal(Number(leafSum.n), 0, 'partition rows copied once');
    const [dups] = await sql<{ n: number }>(
      world.dbs.urls.target,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM app.event_log GROUP BY event_log.* HAVING count(*) > 1) d`,
    );
    assert.ok(dups.n > 0, 'the keyless table kept its duplicate rows');

    const at = (key: string, field: 'startedAt' | 'finishedAt') => Date.parse(byKey.get(key)![field]!);
    const fk = 'foreign-keys:app.orders';
    assert.ok(byKey.has(fk), 'the orders foreign key has its own task');
    for (const loaded of ['finish:app.customer', 'finish:app.orders', 'finish:app.orders_2023', 'finish:app.orders_2024'])
      assert.ok(at(fk, 'startedAt') >= at(loaded, 'finishedAt'), `${fk} started after ${loaded} ended`);
    for (const leaf of ['app.orders_2023', 'app.orders_2024']) {
      assert.ok(at(`prepare:${leaf}`, 'startedAt') >= at('prepare:app.orders', 'finishedAt'), `the parent is prepared before ${leaf}`);
      assert.ok(at('finish:app.orders', 'startedAt') >= at(`finish:${leaf}`, 'finishedAt'), `the parent is finished after ${leaf}`);
    }
    assert.ok(at('prepare:app.customer', 'startedAt') >= at('prepare:app.orders', 'finishedAt'), 'referencing tables prepared first');
    const chained = ['foreign-keys:app.dept', 'foreign-keys:app.employee'].map((k) => byKey.get(k)!);
    assert.ok(chained[1].dependsOn.includes(chained[0].key), 'a foreign-key cycle is chained');

    assert.deepEqual(await deferredState(world.dbs.urls.target), objectsBefore, 'every index and constraint back, all valid');
    const [hits] = await sql<{ n: number }>(world.dbs.urls.target, 'SELECT count(*)::int AS n FROM audit.hits');
    assert.equal(hits.n, 0, 'no user trigger fired during the load');
  });

  it('sets identity and serial sequences so the target continues after the copied maximum, and reports them', async () => {
    const report = await world.o.call<{
      tables: { table: TableRef; triggersDisabled: string[] }[];
      sequences: { table: TableRef; column: string; lastValue: string | null; set: boolean }[];
    }>('GET', `/v1/upgrades/${world.upgradeId}/data-upgrade/runs/${runId}/report`);
    const seq = (name: string, column: string) => report.sequences.find((s) => s.table.name === name && s.column === column);
    assert.equal(seq('customer', 'id')?.set, true, JSON.stringify(report.sequences));
    assert.equal(seq('payment', 'id')?.set, true);
    assert.deepEqual(report.tables.find((t) => t.table.name === 'customer')?.triggersDisabled, ['customer_hit']);
    for (const [table, insert] of [
      ['customer', `INSERT INTO app.customer (name, created_at) VALUES ('after', now()) RETURNING id`],
      ['payment', `INSERT INTO app.payment (order_id, ordered_on, status, amount) VALUES (1, '2023-01-02', 'paid', 1) RETURNING id`],
    ]) {
      const [max] = await sql<{ id: string }>(world.dbs.urls.source, `SELECT max(id)::text AS id FROM app.${table}`);
      const [next] = await sql<{ id: string }>(world.dbs.urls.target, insert);
      assert.equal(BigInt(next.id), BigInt(max.id) + 1n, `${table}: the next id follows the copied maximum`);
    }
    const [hits] = await sql<{ n: number }>(world.dbs.urls.target, 'SELECT count(*)::int AS n FROM audit.hits');
    assert.equal(hits.n, 2, 'the triggers are enabled again after the load');
  });

  it('sets the sequences the package names, by name, and reports one the source lacks', async () => {
    const report = await world.o.call<{
      namedSequences: {
        sequence: TableRef;
        found: boolean;
        lastValue: string | null;
        value: string | null;
        set: boolean;
        reason?: string;
      }[];
    }>('GET', `/v1/upgrades/${world.upgradeId}/data-upgrade/runs/${runId}/report`);
    assert.deepEqual(report.namedSequences, [
      { sequence: { schema: 'app', name: 'invoice_no' }, found: true, lastValue: '4321', value: '4321', set: true },
      {
        sequence: { schema: 'app', name: 'no_such_sequence' },
        found: false,
        lastValue: null,
        value: null,
        set: false,
        reason: 'no such sequence on the source',
      },
    ]);
    const [next] = await sql<{ n: string }>(world.dbs.urls.target, `SELECT nextval('app.invoice_no')::text AS n`);
    assert.equal(next.n, '4322', 'the next invoice number follows the source’s last');
  });
});
