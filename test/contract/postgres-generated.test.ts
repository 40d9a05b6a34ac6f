import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TransferFormat } from '@cutover/contracts';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import { storedColumns } from '../../services/transfer-agent/src/engines/copy-columns';
import { EngineInputError, NO_PROGRESS, type KeyRange } from '../../services/transfer-agent/src/engines/engine';
import { PostgresEngine } from '../../services/transfer-agent/src/engines/postgres/postgres.engine';
import { digest } from '../support/digest';

/**
 * Issue #22 item 2 / #21 item 7 on PostgreSQL: an identity column (GENERATED ALWAYS) and a generated
 * STORED column copied between two PostgreSQL agents' engines in two ranges. The generated column
 * is left out of export and import (COPY refuses it) and recomputed by the target; COPY FROM writes
 * the identity values as given (documented: "COPY FROM … always write[s] the column values provided
 * in the input data, like the INSERT option OVERRIDING SYSTEM VALUE"), gaps included.
 */
const ctx = () => ({ signal: new AbortController().signal, progress: NO_PROGRESS });
const CUSTOMER = { schema: 'app', name: 'customer' };
const DDL = `CREATE SCHEMA app;
  CREATE TABLE app.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    name_upper text GENERATED ALWAYS AS (upper(name)) STORED,
    note text);`;

describe('postgres: identity and generated columns copy exactly', () => {
  let dbs: TestDatabases<'a' | 'b'>;
  let a: PostgresEngine;
  let b: PostgresEngine;
  before(async () => {
    dbs = await createTestDatabases(['a', 'b']);
    a = new PostgresEngine({ url: dbs.urls.a, poolSize: 4, maintenanceWorkMem: '64MB' });
    b = new PostgresEngine({ url: dbs.urls.b, poolSize: 4, maintenanceWorkMem: '64MB' });
    await sql(dbs.urls.a, DDL);
    await sql(dbs.urls.b, DDL);
    await sql(
      dbs.urls.a,
      `INSERT INTO app.customer (name, note) SELECT 'kunde ' || g, CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 2000) g;
       DELETE FROM app.customer WHERE id % 7 = 0;`,
    );
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await dbs?.drop();
  });

  it('the catalog flags the identity and the generated column', async () => {
    const def = (await a.describeTable(CUSTOMER))!;
    const flags = Object.fromEntries(def.columns.map((c) => [c.name, [c.identity, c.generated]]));
    assert.deepEqual(flags, { id: [true, false], name: [false, false], name_upper: [false, true], note: [false, false] });
    assert.deepEqual(storedColumns(def), ['id', 'name', 'note']);
  });

  it('copies two ranges: identity values kept (gaps too), the generated column recomputed, digests equal', async () => {
    const [source, target] = await Promise.all([a.describeTable(CUSTOMER), b.describeTable(CUSTOMER)]);
    const columns = storedColumns(source!);
    const ranges: KeyRange[] = [
      { keyColumns: ['id'], from: null, to: ['1000'] },
      { keyColumns: ['id'], from: ['1000'], to: null },
    ];
    let rows = 0;
    for (const range of ranges) {
      const stream = await a.exportRange({ table: source!, range, columns }, TransferFormat.PgBinary, ctx());
      rows += (await b.importRange({ table: target!, range, columns, rangesInTable: 2 }, TransferFormat.PgBinary, stream, ctx())).rows;
    }
    assert.equal(rows, 2000 - Math.floor(2000 / 7));
    assert.deepEqual(await digest(dbs.urls.b, CUSTOMER), await digest(dbs.urls.a, CUSTOMER));
    const [max] = await sql<{ max: string; gap: boolean }>(
      dbs.urls.b,
      `SELECT max(id)::text AS max, bool_or(id % 7 = 0) AS gap FROM app.customer`,
    );
    assert.deepEqual(max, { max: '2000', gap: false });
    const [sa, sb] = await Promise.all([
      a.checksumRange({ table: source!, range: null, columns }, ctx()),
      b.checksumRange({ table: target!, range: null, columns }, ctx()),
    ]);
    assert.deepEqual(sa, sb);
  });

  it('refuses the generated column in an import, by name (400, not a COPY error)', async () => {
    const target = (await b.describeTable(CUSTOMER))!;
    const stream = await a.exportRange({ table: target, range: null, columns: ['id'] }, TransferFormat.PgBinary, ctx());
    await assert.rejects(
      b.importRange({ table: target, range: null, columns: ['id', 'name_upper'] }, TransferFormat.PgBinary, stream, ctx()),
      (e: Error) => e instanceof EngineInputError && /"name_upper" are computed by the database/.test(e.message),
    );
    stream.destroy();
  });
});
