import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { createTestDatabases, type TestDatabases } from '@cutover/testing';
import { CopyOutStream } from '../../services/transfer-agent/src/engines/postgres/copy-out';

/**
 * The exporting agent's own `COPY … TO STDOUT` reader against pg-copy-streams' (the reference it
 * replaced for speed), on real PostgreSQL: the same bytes for every shape of stream — empty, one
 * row, many, rows larger than a socket read, notices between rows — the row count it reports as
 * it goes, a failure mid-stream, and a connection that works after each.
 */
describe('postgres: the COPY out reader', () => {
  let dbs: TestDatabases<'db'>;
  let client: Client;
  before(async () => {
    dbs = await createTestDatabases(['db']);
    client = new Client({ connectionString: dbs.urls.db });
    await client.connect();
    await client.query(`CREATE TABLE t (id int PRIMARY KEY, note text, amount numeric(32,16), at timestamptz);
      INSERT INTO t SELECT g, CASE WHEN g % 7 = 0 THEN NULL ELSE 'zeile ' || g || ' äöü' END, g / 3.0, '2026-01-01'::timestamptz + g * interval '1 minute'
        FROM generate_series(1, 20000) g;
      CREATE TABLE wide (id int PRIMARY KEY, body text);
      INSERT INTO wide SELECT g, repeat(md5(g::text), 40000) FROM generate_series(1, 3) g;
      CREATE FUNCTION noisy(i int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF i % 100 = 0 THEN RAISE NOTICE 'row %', i; END IF; RETURN i; END $$;
      CREATE FUNCTION boom(i int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF i = 15000 THEN RAISE EXCEPTION 'boom at %', i; END IF; RETURN i; END $$;`);
  });
  after(async () => {
    await client?.end();
    await dbs?.drop();
  });

  const collect = async (readable: NodeJS.ReadableStream): Promise<Buffer> => {
    const parts: Buffer[] = [];
    await pipeline(
      readable,
      new Writable({
        write(chunk: Buffer, _enc, done) {
          parts.push(chunk);
          done();
        },
      }),
    );
    return Buffer.concat(parts);
  };
  const ours = async (text: string, binary: boolean) => {
    let rows = 0;
    let bytes = 0;
    const stream = client.query(new CopyOutStream(text, binary, { addRows: (n) => (rows += n), addBytes: (n) => (bytes += n) }));
    const data = await collect(stream);
    assert.equal(bytes, data.length, 'bytes reported = bytes pushed');
    return { data, rows };
  };
  const reference = (text: string) => collect(client.query(copyTo(text)));
  const alive = async () => assert.equal((await client.query('SELECT 41 + 1 AS n')).rows[0].n, 42, 'the connection answers after the COPY');

  const cases: [string, string, number][] = [
    ['no rows', 'SELECT * FROM t WHERE id < 0', 0],
    ['one row', 'SELECT * FROM t WHERE id = 5', 1],
    ['20,000 rows, NULLs and non-ASCII text', 'SELECT * FROM t', 20000],
    ['rows of 1.3 MB, each longer than a socket read', 'SELECT * FROM wide', 3],
    ['notices between the rows', 'SELECT noisy(id), note FROM t', 20000],
  ];
  for (const [name, select, expected] of cases) {
    for (const format of ['binary', 'text'] as const) {
      it(`${name} (${format}): the same bytes as pg-copy-streams, and the row count`, async () => {
        const text = `COPY (${select}) TO STDOUT (FORMAT ${format})`;
        const got = await ours(text, format === 'binary');
        await alive();
        const want = await reference(text);
        assert.equal(got.data.length, want.length, 'length');
        assert.ok(got.data.equals(want), 'bytes');
        assert.equal(got.rows, expected, 'rows reported');
        await alive();
      });
    }
  }

  it('a failure mid-stream errors the stream with the server message, and the connection goes on', async () => {
    const stream = client.query(
      new CopyOutStream('COPY (SELECT boom(id), note FROM t ORDER BY id) TO STDOUT (FORMAT binary)', true, {
        addRows: () => undefined,
        addBytes: () => undefined,
      }),
    );
    await assert.rejects(collect(stream), /boom at 15000/);
    await alive();
  });
});
