import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ChecksumAlgorithm } from '@cutover/contracts';
import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import { EngineInputError, NO_PROGRESS, type TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import { PostgresEngine } from '../../services/transfer-agent/src/engines/postgres/postgres.engine';

const ctx = () => ({ signal: new AbortController().signal, progress: NO_PROGRESS });

describe('postgres checksums: hash of values by default, md5 of text on request or when a type has no hash', () => {
  let dbs: TestDatabases<'a' | 'b'>;
  let a: PostgresEngine;
  let b: PostgresEngine;
  const table = async (engine: PostgresEngine, name: string): Promise<TableDefinition> =>
    (await engine.describeTable({ schema: 'public', name }))!;

  before(async () => {
    dbs = await createTestDatabases(['a', 'b']);
    const rows = `SELECT g, g / 8.0, CASE WHEN g % 7 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 1000) g`;
    // The same values under a wider integer and a larger numeric scale on b: compatible types.
    await sql(dbs.urls.a, `CREATE TABLE t (id int PRIMARY KEY, q numeric(20,4), note text); INSERT INTO t ${rows}`);
    await sql(dbs.urls.b, `CREATE TABLE t (id bigint PRIMARY KEY, q numeric(32,16), note varchar(40)); INSERT INTO t ${rows}`);
    await sql(
      dbs.urls.a,
      `CREATE TABLE j (id int PRIMARY KEY, doc json); INSERT INTO j SELECT g, json_build_object('g', g) FROM generate_series(1, 10) g`,
    );
    const engine = (url: string) => new PostgresEngine({ url, poolSize: 2, maintenanceWorkMem: '64MB' });
    a = engine(dbs.urls.a);
    b = engine(dbs.urls.b);
  });

  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await dbs?.drop();
  });

  it('hashes values: equal values under compatible types agree, where the text rendering would not', async () => {
    const [ta, tb] = await Promise.all([table(a, 't'), table(b, 't')]);
    const req = (t: TableDefinition) => ({ table: t, range: null, columns: ['id', 'q', 'note'] });
    const [ha, hb] = await Promise.all([a.checksumRange(req(ta), ctx()), b.checksumRange(req(tb), ctx())]);
    assert.equal(ha.algorithm, ChecksumAlgorithm.PgHashRecord);
    assert.deepEqual(hb, ha);
    const text = { algorithm: ChecksumAlgorithm.PgMd5Text };
    const [ma, mb] = await Promise.all([a.checksumRange({ ...req(ta), ...text }, ctx()), b.checksumRange({ ...req(tb), ...text }, ctx())]);
    assert.equal(ma.algorithm, ChecksumAlgorithm.PgMd5Text);
    assert.equal(ma.rows, 1000);
    assert.notEqual(ma.checksum, mb.checksum, 'numeric(20,4) and numeric(32,16) render differently as text');
    await sql(dbs.urls.b, `UPDATE t SET note = note || '!' WHERE id = 500`);
    assert.notEqual((await b.checksumRange(req(tb), ctx())).checksum, ha.checksum, 'one changed value changes the hash');
  });

  it('falls back to md5 of the text for a type without hash support (json), and refuses a SQL Server algorithm', async () => {
    const tj = await table(a, 'j');
    const result = await a.checksumRange({ table: tj, range: null, columns: ['id', 'doc'] }, ctx());
    assert.equal(result.algorithm, ChecksumAlgorithm.PgMd5Text);
    assert.equal(result.rows, 10);
    await assert.rejects(
      a.checksumRange({ table: tj, range: null, columns: ['id'], algorithm: ChecksumAlgorithm.MssqlHashbytes }, ctx()),
      (e: Error) => e instanceof EngineInputError && /not available on PostgreSQL/.test(e.message),
    );
  });
});
