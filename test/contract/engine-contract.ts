import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { TransferFormat } from '@cutover/contracts';
import {
  NO_PROGRESS,
  type Engine,
  type KeyRange,
  type OperationContext,
  type TableDefinition,
} from '../../services/transfer-agent/src/engines/engine';

/** Two fresh databases of one engine, with a way to run fixture SQL on each. */
export interface ContractFixture {
  a: Engine;
  b: Engine;
  /** Runs fixture SQL (GO-free, may hold several statements) on database a or b. */
  sql(db: 'a' | 'b', text: string): Promise<void>;
  drop(): Promise<void>;
}

/**
 * Engine-specific SQL the shared tests need. Table ax.ITEMS: recid, item id, qty, note, g, data, dt.
 * Table ax.LINES is AX-shaped: no primary key, a unique index I_LINES_RECID on (DATAAREAID, RECID),
 * a unique index I_LINES_ITEM on ITEMID that cannot identify rows (nullable or filtered), a plain
 * index I_LINES_MODIFIED; columns DATAAREAID, RECID, ITEMID, AMOUNT, MODIFIED.
 */
export interface ContractDialect {
  /** Both tables and their indexes. */
  ddl: string;
  /** Inserts `n` LINES rows: three companies of unequal size, RECIDs dense then sparse. */
  insertLines(n: number): string;
  /** Inserts `n` rows with keys 1..n, including NULLs, unicode, extreme numerics and sub-ms times. */
  insertRows(n: number): string;
  expectedTypes: Record<string, string>;
  printScript: string;
  printed: string;
  sleepScript: string;
  updateOneNote: string;
  /** Inserts one valid row (key 999999). */
  insertOne: string;
  /** A delta script returning `recid, op` from the ITEMS staging table, ordered by recid. */
  deltaSelect: string;
}

type Range = KeyRange | null;
const ctx = (signal = new AbortController().signal): OperationContext => ({ signal, progress: NO_PROGRESS });
const ITEMS = { schema: 'ax', name: 'ITEMS' };
const LINES = { schema: 'ax', name: 'LINES' };
const LINE_COLUMNS = ['DATAAREAID', 'RECID', 'ITEMID', 'AMOUNT', 'MODIFIED'];
const COLUMNS = ['recid', 'item id', 'qty', 'note', 'g', 'data', 'dt'];

/** Registers the shared engine contract; with `skip` the same tests are reported as skipped. */
export function engineContract(name: string, dialect: ContractDialect, open: (() => Promise<ContractFixture>) | { skip: string }): void {
  const skip = typeof open === 'function' ? false : open.skip;
  describe(`engine contract: ${name}`, () => {
    // Skipped per test (not per suite) so the runner counts each one as skipped.
    const opts = { skip };
    let f: ContractFixture;
    let items: TableDefinition;
    before(async () => {
      if (typeof open !== 'function') return;
      f = await open();
      await f.sql('a', dialect.ddl);
      await f.sql('b', dialect.ddl);
      await f.sql('a', dialect.insertRows(500));
      await f.sql('a', dialect.insertLines(3000));
      items = (await f.a.describeTable(ITEMS, { exactCount: true }))!;
    });
    after(async () => {
      await f?.drop();
    });
    const format = (): TransferFormat => f.a.exportFormats[0];
    const copy = async (range: Range, ref = ITEMS, columns = COLUMNS) => {
      const [source, target] = await Promise.all([f.a.describeTable(ref), f.b.describeTable(ref)]);
      const stream = await f.a.exportRange({ table: source!, range, columns }, format(), ctx());
      return f.b.importRange({ table: target!, range, columns }, format(), stream, ctx());
    };
    const sums = async (range: Range, ref = ITEMS, columns = COLUMNS) => {
      const [source, target] = await Promise.all([f.a.describeTable(ref), f.b.describeTable(ref)]);
      return Promise.all([
        f.a.checksumRange({ table: source!, range, columns }, ctx()),
        f.b.checksumRange({ table: target!, range, columns }, ctx()),
      ]);
    };

    it('info names the database and login', opts, async () => {
      const info = await f.a.info();
      assert.ok(info.serverVersion.length > 0);
      assert.ok(info.database.length > 0);
      assert.ok(info.login.length > 0);
    });

    it('describeTable reports columns, types, nullability, key, indexes and constraints', opts, async () => {
      assert.deepEqual(Object.fromEntries(items.columns.map((c) => [c.name, c.dataType])), dialect.expectedTypes);
      assert.equal(items.columns.find((c) => c.name === 'item id')!.nullable, false);
      assert.equal(items.columns.find((c) => c.name === 'note')!.nullable, true);
      assert.deepEqual(items.primaryKey?.columns, ['recid']);
      assert.ok(items.indexes.some((i) => i.name === 'items_item' && !i.unique && i.columns[0] === 'item id'));
      assert.ok(items.constraints.some((c) => c.name === 'items_qty' && c.kind === 'check'));
      assert.equal(items.rowCount, 500);
      assert.equal(await f.a.describeTable({ schema: 'ax', name: 'NO_SUCH' }), undefined);
    });

    it('fingerprint is stable and equal for equal tables; absent tables say so', opts, async () => {
      const [x1] = await f.a.fingerprint([ITEMS]);
      const [x2] = await f.a.fingerprint([ITEMS]);
      const [y] = await f.b.fingerprint([ITEMS]);
      assert.equal(x1.hash, x2.hash);
      assert.equal(x1.hash, y.hash);
      const [missing] = await f.a.fingerprint([{ schema: 'ax', name: 'NO_SUCH' }]);
      assert.deepEqual(missing, { schema: 'ax', name: 'NO_SUCH', exists: false, hash: null });
    });

    it('executeScript runs batches, returns messages and the first result set, and rolls back on error', opts, async () => {
      const ok = await f.a.executeScript(
        {
          batches: [
            { sql: dialect.printScript, repeat: 1, line: 1 },
            { sql: 'SELECT 1 AS one', repeat: 2, line: 3 },
          ],
          parameters: {},
          transaction: true,
          maxRows: 10,
        },
        ctx(),
      );
      assert.ok(
        ok.messages.some((m) => m.message.includes(dialect.printed)),
        JSON.stringify(ok.messages),
      );
      assert.deepEqual(ok.resultSet?.columns, ['one']);
      assert.equal(ok.batches.length, 2);
      await assert.rejects(
        f.b.executeScript(
          {
            batches: [
              { sql: dialect.insertOne, repeat: 1, line: 1 },
              { sql: 'SELECT 1 / 0', repeat: 1, line: 2 },
            ],
            parameters: {},
            transaction: true,
            maxRows: 10,
          },
          ctx(),
        ),
        /line 2/,
      );
      const target = (await f.b.describeTable(ITEMS, { exactCount: true }))!;
      assert.equal(target.rowCount, 0, 'the first batch was rolled back');
    });

    it('copies a range exactly, replaces it on retry (delete first), and checksums agree', opts, async () => {
      const range = { keyColumns: ['recid'], from: ['100'], to: ['300'] };
      const first = await copy(range);
      assert.equal(first.rows, 200);
      assert.equal(first.deletedFirst, 0);
      const again = await copy(range);
      assert.equal(again.deletedFirst, 200);
      assert.equal(again.rows, 200);
      await copy({ keyColumns: ['recid'], from: null, to: ['100'] });
      await copy({ keyColumns: ['recid'], from: ['300'], to: null });
      const [sa, sb] = await sums(null);
      assert.equal(sa.rows, 500);
      assert.deepEqual(sb, sa);
      const [ra, rb] = await sums(range);
      assert.deepEqual(rb, ra);
    });

    it(
      'an AX-shaped table (no primary key): its copy key is the unique index over NOT NULL columns, named with the reason',
      opts,
      async () => {
        const lines = (await f.a.describeTable(LINES))!;
        assert.equal(lines.primaryKey, null);
        assert.deepEqual(lines.copyKey, { columns: ['DATAAREAID', 'RECID'], index: 'I_LINES_RECID', reason: 'unique index I_LINES_RECID' });
        assert.deepEqual(items.copyKey, {
          columns: ['recid'],
          index: items.primaryKey!.name,
          reason: `primary key ${items.primaryKey!.name}`,
        });
        assert.ok(lines.columns.find((c) => c.name === 'DATAAREAID')!.collation, 'a text key column names its collation');
        assert.equal(lines.columns.find((c) => c.name === 'RECID')!.collation, null);
      },
    );

    it('splits on the composite key into equal ranges whose row-value bounds copy, replace and checksum exactly', opts, async () => {
      const lines = (await f.a.describeTable(LINES, { exactCount: true }))!;
      const { bounds } = await f.a.splitRanges(lines, lines.copyKey.columns, 4);
      assert.equal(bounds.length, 3);
      for (const b of bounds) assert.equal(b.length, 2, 'one value per key column');
      assert.deepEqual(
        bounds.map((b) => b[0]),
        ['ceu', 'dat', 'dat'],
        'ordered by company first, then RECID within it',
      );
      const edges = [null, ...bounds, null];
      const ranges = edges.slice(0, -1).map((from, i) => ({ keyColumns: lines.copyKey.columns, from, to: edges[i + 1] }));
      const copied = [];
      for (const r of ranges) copied.push(await copy(r, LINES, LINE_COLUMNS));
      assert.deepEqual(
        copied.map((c) => c.rows),
        [750, 750, 750, 750],
        'every row in exactly one range, the ranges equal',
      );
      const again = await copy(ranges[2], LINES, LINE_COLUMNS);
      assert.deepEqual([again.deletedFirst, again.rows], [750, 750], 'a repeated range deletes exactly its own rows first');
      for (const r of [...ranges, null]) {
        const [sa, sb] = await sums(r, LINES, LINE_COLUMNS);
        assert.deepEqual(sb, sa);
      }
      assert.equal((await sums(ranges[1], LINES, LINE_COLUMNS))[0].rows, 750);
    });

    it('prepareTable keeps the copy key’s unique index (the ranges’ delete-first seeks it) and defers the others', opts, async () => {
      const target = (await f.b.describeTable(LINES))!;
      const deferred = await f.b.prepareTable(target, ctx());
      assert.deepEqual(deferred.map((d) => d.name).sort(), ['I_LINES_ITEM', 'I_LINES_MODIFIED']);
      const bare = (await f.b.describeTable(LINES, { exactCount: true }))!;
      assert.deepEqual(
        bare.indexes.map((i) => i.name),
        ['I_LINES_RECID'],
      );
      assert.equal(bare.copyKey.index, 'I_LINES_RECID');
      const done = await f.b.finishTable(bare, deferred, ctx());
      assert.deepEqual(done.created.sort(), ['I_LINES_ITEM', 'I_LINES_MODIFIED']);
    });

    it('checksums see a one-value change', opts, async () => {
      await f.sql('b', dialect.updateOneNote);
      const [sa, sb] = await sums(null);
      assert.equal(sa.rows, sb.rows);
      assert.notEqual(sa.checksum, sb.checksum);
    });

    it('prepareTable defers secondary indexes and constraints; finishTable recreates them', opts, async () => {
      const target = (await f.b.describeTable(ITEMS))!;
      const deferred = await f.b.prepareTable(target, ctx());
      assert.deepEqual(deferred.map((d) => d.name).sort(), ['items_item', 'items_qty']);
      const bare = (await f.b.describeTable(ITEMS, { exactCount: true }))!;
      assert.equal(bare.rowCount, 0);
      assert.equal(
        bare.indexes.some((i) => i.name === 'items_item'),
        false,
      );
      const done = await f.b.finishTable(bare, deferred, ctx());
      assert.deepEqual(done.created.sort(), ['items_item', 'items_qty']);
      const [fa] = await f.a.fingerprint([ITEMS]);
      const [fb] = await f.b.fingerprint([ITEMS]);
      assert.equal(fb.hash, fa.hash, 'the table is as it was');
      const twice = await f.b.finishTable((await f.b.describeTable(ITEMS))!, deferred, ctx());
      assert.deepEqual(twice.skipped.sort(), ['items_item', 'items_qty']);
    });

    it('a failed import leaves the range as it was', opts, async () => {
      await copy(null);
      const target = (await f.b.describeTable(ITEMS))!;
      const cut = Readable.from([Buffer.from('not a row stream at all')]);
      await assert.rejects(f.b.importRange({ table: target, range: null, columns: COLUMNS }, format(), cut, ctx()));
      const [sa, sb] = await sums(null);
      assert.deepEqual(sb, sa);
    });

    it(
      'change tracking: enable is idempotent, a delta sees a changed key once, and the agent’s own login is no violation',
      opts,
      async () => {
        assert.equal(await f.a.currentWatermark(ctx()), null);
        const tracked = [{ table: items, keyColumns: ['recid'] }];
        const first = await f.a.enableChangeTracking(tracked, ctx());
        assert.ok(f.a.isWatermark(first.watermark), first.watermark);
        assert.equal(first.tables[0].alreadyEnabled, false);
        const again = await f.a.enableChangeTracking(tracked, ctx());
        assert.equal(again.tables[0].alreadyEnabled, true);
        assert.equal(f.a.isWatermark('not a watermark'), false);
        await f.sql('a', dialect.updateOneNote);
        const script = { batches: [{ sql: dialect.deltaSelect, repeat: 1, line: 1 }], parameters: {}, transaction: true, maxRows: 10 };
        const delta = await f.a.runDeltaScript({ tables: tracked, since: first.watermark, script }, ctx());
        assert.deepEqual(
          delta.resultSet?.rows.map((r) => [String(r[0]), r[1]]),
          [['201', 'U']],
        );
        assert.deepEqual([delta.keys[0].inserted, delta.keys[0].updated, delta.keys[0].deleted, delta.noChanges], [0, 1, 0, false]);
        const none = await f.a.runDeltaScript({ tables: tracked, since: delta.watermark, script }, ctx());
        assert.equal(none.noChanges, true);
        assert.deepEqual(none.resultSet?.rows, []);
        const login = (await f.a.info()).login;
        const changes = await f.a.listChangesByLogin(first.watermark, login, ctx());
        assert.deepEqual(changes.changes, []);
        const disabled = await f.a.disableChangeTracking([ITEMS], ctx());
        assert.equal(disabled.tables[0].wasEnabled, true);
      },
    );

    it('set-recovery-simple answers whether it applies', opts, async () => {
      const r = await f.a.setRecoverySimple(ctx());
      assert.equal(typeof r.applicable, 'boolean');
      assert.ok(r.note.length > 0);
    });

    it('cancel stops a running statement promptly', opts, async () => {
      const ac = new AbortController();
      const started = Date.now();
      setTimeout(() => ac.abort(new Error('canceled by test')), 300);
      await assert.rejects(
        f.a.executeScript(
          { batches: [{ sql: dialect.sleepScript, repeat: 1, line: 1 }], parameters: {}, transaction: false, maxRows: 1 },
          ctx(ac.signal),
        ),
      );
      assert.ok(Date.now() - started < 10_000, 'canceled well before the sleep ended');
      await f.a.ping();
    });
  });
}
