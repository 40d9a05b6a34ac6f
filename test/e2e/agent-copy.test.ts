import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { createTestDatabases, eventually, sql, type TestDatabases } from '@cutover/testing';
import { ENGINE } from '../../services/transfer-agent/src/engines/engine.provider';
import { grantFor, runOperation, startOperation, startTestAgent, waitForOperation, type TestAgent } from '@cutover/testing/services';

const ROWS = 1_000_000;
const TABLE = { schema: 'ax', name: 'INVENTTRANS' };
const COLUMNS = ['recid', 'itemid', 'qty', 'datephysical', 'note', 'guid', 'data'];
const DDL = `CREATE SCHEMA ax;
  CREATE TABLE ax."INVENTTRANS" (
    recid bigint PRIMARY KEY, itemid varchar(20) NOT NULL, qty numeric(32,16) NOT NULL,
    datephysical timestamp, note text, guid uuid, data bytea);
  CREATE INDEX inventtrans_item ON ax."INVENTTRANS" (itemid);
  CREATE TABLE ax."INVENTTRANS_COPY2" (LIKE ax."INVENTTRANS" INCLUDING ALL);`;

/** Key-range boundaries: keys are skewed (dense low, sparse high), so the bounds are quantiles. */
const BOUNDS = ['250000', '500000', '2000000'];
const RANGES: { keyColumns: string[]; from: string[] | null; to: string[] | null }[] = [
  { keyColumns: ['recid'], from: null, to: [BOUNDS[0]] },
  { keyColumns: ['recid'], from: [BOUNDS[0]], to: [BOUNDS[1]] },
  { keyColumns: ['recid'], from: [BOUNDS[1]], to: [BOUNDS[2]] },
  { keyColumns: ['recid'], from: [BOUNDS[2]], to: null },
];

describe('agent-to-agent copy (two agents, two real databases)', () => {
  let dbs: TestDatabases<'source' | 'target'>;
  let source: TestAgent;
  let target: TestAgent;

  before(async () => {
    dbs = await createTestDatabases(['source', 'target']);
    await sql(dbs.urls.source, DDL);
    await sql(dbs.urls.target, DDL);
    // 1M rows; keys 1..600k dense, then every 7th value above: the ranges hold unequal key spans.
    await sql(
      dbs.urls.source,
      `INSERT INTO ax."INVENTTRANS"
       SELECT CASE WHEN g <= 600000 THEN g ELSE 600000 + (g - 600000) * 7 END,
              'ITEM-' || (g % 5000), (g * 1.25)::numeric / 3, timestamp '2012-01-01' + g * interval '1 minute',
              CASE WHEN g % 10 = 0 THEN NULL ELSE repeat('ü', g % 40) || ' note ' || g END,
              md5(g::text)::uuid, CASE WHEN g % 3 = 0 THEN decode(md5(g::text), 'hex') END
         FROM generate_series(1, ${ROWS}) g;
       ANALYZE ax."INVENTTRANS";`,
    );
    source = await startTestAgent(dbs.urls.source);
    target = await startTestAgent(dbs.urls.target);
  });

  after(async () => {
    await source?.close();
    await target?.close();
    await dbs?.drop();
  });

  const copy = (
    id: string,
    range: (typeof RANGES)[number] | null,
    table = TABLE,
    grant = grantFor(source, TABLE, range, { columns: COLUMNS, operation: id }),
  ) =>
    startOperation(target, {
      id,
      type: 'copy-range',
      copyRange: { table, columns: COLUMNS, ...(range ? { range } : {}), source: { url: source.url, table: TABLE, grant } },
    });

  const checksum = async (agent: TestAgent, id: string, range: (typeof RANGES)[number] | null, table = TABLE) => {
    const columns = COLUMNS;
    const op = await runOperation(agent, { id, type: 'checksum-range', checksumRange: { table, columns, ...(range ? { range } : {}) } });
    return op.result!.checksumRange as { rows: number; checksum: string };
  };

  it(`copies ${ROWS.toLocaleString('en')} rows in ${RANGES.length} parallel ranges and the checksums agree`, async () => {
    const started = await Promise.all(RANGES.map((r, i) => copy(`copy-${i}`, r)));
    assert.deepEqual(
      started.map((s) => s.status),
      [202, 202, 202, 202],
    );
    const ops = await Promise.all(RANGES.map((_, i) => waitForOperation(target, `copy-${i}`)));
    for (const op of ops) assert.equal(op.status, 'succeeded', op.error?.message);
    const copied = ops.map((op) => (op.result!.copyRange as { rows: number }).rows);
    assert.equal(
      copied.reduce((a, b) => a + b, 0),
      ROWS,
    );
    assert.ok(
      copied.every((n) => n > 0),
      `every range holds rows: ${copied.join(', ')}`,
    );
    for (const op of ops)
      assert.equal(op.progress.rows, (op.result!.copyRange as { rows: number }).rows, 'live progress counted every row');
    for (const [i, range] of RANGES.entries()) {
      const [a, b] = await Promise.all([checksum(source, `sum-src-${i}`, range), checksum(target, `sum-dst-${i}`, range)]);
      assert.deepEqual(b, a, `range ${i} differs`);
    }
    const [whole, wholeTarget] = await Promise.all([checksum(source, 'sum-src-all', null), checksum(target, 'sum-dst-all', null)]);
    assert.equal(whole.rows, ROWS);
    assert.deepEqual(wholeTarget, whole);
  });

  it('detects a difference: one changed value changes the range checksum', async () => {
    await sql(dbs.urls.target, `UPDATE ax."INVENTTRANS" SET note = note || '!' WHERE recid = 300001`);
    const [a, b] = await Promise.all([checksum(source, 'diff-src', RANGES[1]), checksum(target, 'diff-dst', RANGES[1])]);
    assert.equal(a.rows, b.rows);
    assert.notEqual(a.checksum, b.checksum);
  });

  it('repeating a range replaces it: no duplicates, the earlier rows are deleted first', async () => {
    const again = await copy('copy-1-again', RANGES[1]);
    assert.equal(again.status, 202);
    const op = await waitForOperation(target, 'copy-1-again');
    assert.equal(op.status, 'succeeded', op.error?.message);
    const result = op.result!.copyRange as { rows: number; deletedFirst: number };
    assert.equal(result.deletedFirst, result.rows);
    assert.equal((await sql(dbs.urls.target, 'SELECT count(*)::int AS n FROM ax."INVENTTRANS"'))[0].n, ROWS);
    const [a, b] = await Promise.all([checksum(source, 'again-src', RANGES[1]), checksum(target, 'again-dst', RANGES[1])]);
    assert.deepEqual(b, a, 'the repaired range matches the source again');
  });

  it('canceling mid-copy leaves the range empty', async () => {
    const started = await copy('copy-cancel', null, { schema: 'ax', name: 'INVENTTRANS_COPY2' });
    assert.equal(started.status, 202);
    for (;;) {
      const op = (await request(target.url).get('/v1/operations/copy-cancel').set(target.auth)).body as {
        status: string;
        progress: { rows: number };
      };
      assert.equal(op.status, 'running', 'the copy is still running when we cancel');
      if (op.progress.rows > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const canceled = await request(target.url).post('/v1/operations/copy-cancel/cancel').set(target.auth).expect(200);
    assert.equal(canceled.body.status, 'canceled');
    assert.equal((await sql(dbs.urls.target, 'SELECT count(*)::int AS n FROM ax."INVENTTRANS_COPY2"'))[0].n, 0);
    // The source agent let go of its export connection too.
    await waitFor(async () => {
      const rows = await sql(
        dbs.urls.source,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (SELECT%' AND state = 'active'`,
      );
      return rows[0].n === 0;
    });
  });

  it('refuses forged, expired and mismatched grants with 403, and the copy fails saying so', async () => {
    const range = RANGES[0];
    const bound = { columns: ['recid'], operation: 'op-1' };
    const exportUrl = (grant: string, to = range.to![0], more = '') =>
      `/v1/export/ax/INVENTTRANS?format=pg-binary&operation=op-1&columns=recid&keyColumns=recid&to=${to}&grant=${encodeURIComponent(grant)}${more}`;
    const forged = grantFor({ token: 'f'.repeat(48) }, TABLE, range, bound);
    const res = await request(source.url).get(exportUrl(forged)).expect(403);
    assert.match(res.body.detail, /signature/);
    const expired = grantFor(source, TABLE, range, bound, -5);
    assert.match((await request(source.url).get(exportUrl(expired)).expect(403)).body.detail, /expired/);
    const good = grantFor(source, TABLE, range, bound);
    assert.match((await request(source.url).get(exportUrl(good, '999999999')).expect(403)).body.detail, /to differs/);
    assert.match(
      (
        await request(source.url)
          .get(exportUrl(good, range.to![0], '&columns=note'))
          .expect(403)
      ).body.detail,
      /columns differs/,
    );
    assert.match(
      (await request(source.url).get(exportUrl(good).replace('operation=op-1', 'operation=op-2')).expect(403)).body.detail,
      /operation differs/,
    );
    await request(source.url).get(exportUrl(good)).expect(200);
    const wrongFormat = await request(source.url).get(exportUrl(good).replace('format=pg-binary', 'format=mssql-rows-v1')).expect(400);
    assert.match(wrongFormat.headers['content-type'], /application\/problem\+json/);
    assert.match(wrongFormat.body.detail, /does not export mssql-rows-v1; it exports pg-binary/);

    const started = await copy(
      'copy-forged',
      range,
      TABLE,
      grantFor({ token: 'f'.repeat(48) }, TABLE, range, { columns: COLUMNS, operation: 'copy-forged' }),
    );
    assert.equal(started.status, 202);
    const op = await waitForOperation(target, 'copy-forged');
    assert.equal(op.status, 'failed');
    assert.match(op.error!.message, /source agent refused the export \(403: export refused: grant signature/);
  });

  it('a grant is replaced only while its copy waits: 409 once it ran, for other operation types; 404 for unknown ids', async () => {
    const put = (id: string, grant = 'x'.repeat(20)) =>
      request(target.url).put(`/v1/operations/${id}/grant`).set(target.auth).send({ grant });
    assert.match((await put('copy-0').expect(409)).body.detail, /no longer waits for a grant/);
    assert.match((await put('sum-dst-0').expect(409)).body.detail, /checksum-range, which takes no grant/);
    await put('no-such-op').expect(404);
    await request(target.url)
      .put('/v1/operations/copy-0/grant')
      .send({ grant: 'x'.repeat(20) })
      .expect(401);
    assert.match((await put('copy-0', 'short').expect(400)).body.detail, /grant/);
  });

  it('an export whose reader went away while it waited for a session gives the session back: the agent still stops', async () => {
    // One operation at a time, one index job: a pool of 1 × 2 + 1 + 2 = 5 sessions (engine.provider).
    const agent = await startTestAgent(dbs.urls.source, { token: source.token, maxOperations: 1, indexJobs: 1 });
    const url = (op: string) => {
      const grant = grantFor(agent, TABLE, null, { columns: COLUMNS, operation: op });
      return `${agent.url}/v1/export/ax/INVENTTRANS?format=pg-binary&operation=${op}&${COLUMNS.map((c) => `columns=${c}`).join('&')}&grant=${encodeURIComponent(grant)}`;
    };
    // The engine's pool, to see the sixth export wait for a session and then get one.
    const pool = (agent.app.get(ENGINE) as unknown as { pool: { totalCount: number; waitingCount: number } }).pool;
    const open: Response[] = [];
    try {
      // Five exports of the whole table, none read: every session is streaming into a full socket.
      for (let i = 0; i < 5; i++) {
        const r = await fetch(url(`hold-${i}`));
        if (r.status !== 200) assert.fail(`export ${i}: ${r.status} ${await r.text()}`);
        open.push(r);
      }
      // The sixth waits for a session; its reader gives up meanwhile.
      const gone = new AbortController();
      const sixth = fetch(url('gone'), { signal: gone.signal }).catch((e: Error) => e);
      await eventually(() => pool.waitingCount === 1, { deadline: 10_000, message: 'the sixth export to wait for a session' });
      gone.abort();
      assert.ok((await sixth) instanceof Error);
    } finally {
      // The five readers stop too: their sessions come back, and the sixth export gets one, for nobody.
      await Promise.all(open.map((r) => r.body?.cancel()));
    }
    await eventually(() => pool.waitingCount === 0, { deadline: 10_000, message: 'the sixth export to get its session' });
    await new Promise((r) => setTimeout(r, 500)); // its COPY starts, and finds nobody to send to
    // Before, its stream was never destroyed (pipeline() refuses a closed response without
    // destroying the source), the session never came back, and closing the agent waited forever.
    const closed = await Promise.race([agent.close().then(() => 'closed'), new Promise((r) => setTimeout(r, 20_000, 'still closing'))]);
    assert.equal(closed, 'closed', 'the agent stopped: every export session was given back');
  });

  it('refuses a copy into a table or column that does not exist with 400', async () => {
    const badTable = await copy('copy-bad-table', RANGES[0], { schema: 'ax', name: 'NO_SUCH' });
    assert.equal(badTable.status, 400);
    assert.match(badTable.body.detail!, /ax\.NO_SUCH/);
    const badKey = await copy('copy-bad-key', { keyColumns: ['nope'], from: null, to: ['1'] });
    assert.equal(badKey.status, 400);
    assert.match(badKey.body.detail!, /"nope"/);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
