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
  /**
   * A new login on database a that may only SELECT, INSERT, UPDATE and DELETE the tables of ax (an AX
   * writer); `privileged`: one the engine's single-user restriction admits (PostgreSQL superuser,
   * SQL Server db_owner). Runs fixture SQL as that login, each call on a new connection.
   */
  writer(privileged: boolean): Promise<{ login: string; sql(text: string): Promise<void> }>;
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
  /** One row: the current database's name and the session's login, as the server itself reports them. */
  whoAmI: string;
  updateOneNote: string;
  /** Inserts one valid row (key 999999). */
  insertOne: string;
  /** A delta script returning `recid, op` from the ITEMS staging table, ordered by recid. */
  deltaSelect: string;
  /** In one transaction: updates key 999998 (qty), then sleeps 2 s before committing. */
  holdUpdate: string;
  /** Updates the rows with keys 2..4 in one statement. */
  updateThree: string;
  /** AX-shaped ax.AXTRANS: no primary key, a unique index on (DATAAREAID, RECID); rows (dat,1), (dat,2), (ceu,1). */
  axDdl: string;
  /** As a writer: updates (dat,2), inserts (ceu,3), deletes (dat,1). */
  axWrites: string;
  /** A delta script returning `DATAAREAID, RECID, op` from the AXTRANS staging table, ordered by the key. */
  axDeltaSelect: string;
  /** What enable-change-tracking reports as the retention after asking for 45 days. */
  retention45: RegExp;
  /** ax.NUMSEQ (DATAAREAID, NUMBERSEQUENCE, NEXTREC bigint, HIGHEST bigint) with CRM_1 for dat (1000) and ceu (3000), CRM_2 for dat. */
  seqDdl: string;
  /** ax.IDENT (ID: an identity column, NAME text). */
  identityDdl: string;
  /** Inserts `n` rows into ax.IDENT, the identity numbering them. */
  identityRows(n: number): string;
  /** Deletes ax.IDENT's highest row (the identity does not go back). */
  identityLast: string;
  /** Hands out values of ax.invoice_no (created START WITH 1000) until its last is 4321. */
  invoiceNoTo4321: string;
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
    let agentLogin: string;
    before(async () => {
      if (typeof open !== 'function') return;
      f = await open();
      await f.sql('a', dialect.ddl);
      await f.sql('b', dialect.ddl);
      await f.sql('a', dialect.insertRows(500));
      await f.sql('a', dialect.insertLines(3000));
      items = (await f.a.describeTable(ITEMS, { exactCount: true }))!;
      agentLogin = (await f.a.info()).login;
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
      const [info, infoB] = await Promise.all([f.a.info(), f.b.info()]);
      const who = await f.a.executeScript(
        { batches: [{ sql: dialect.whoAmI, repeat: 1, line: 1 }], parameters: {}, transaction: false, maxRows: 1 },
        ctx(),
      );
      const [database, login] = who.resultSet!.rows[0] as string[];
      assert.equal(info.database, database);
      assert.equal(info.login, login);
      assert.notEqual(infoB.database, info.database, 'each engine names its own database');
      assert.match(info.serverVersion, /\d+\.\d+/);
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
      const before = (await f.b.describeTable(ITEMS, { exactCount: true }))!.rowCount;
      const cut = Readable.from([Buffer.from('not a row stream at all')]);
      await assert.rejects(f.b.importRange({ table: target, range: null, columns: COLUMNS }, format(), cut, ctx()), Error);
      assert.equal((await f.b.describeTable(ITEMS, { exactCount: true }))!.rowCount, before, 'the earlier copy is intact');
      const [sa, sb] = await sums(null);
      assert.deepEqual(sb, sa);
    });

    it(
      'change tracking: enable is idempotent, a delta sees a changed key once, and the agent’s own login is no violation',
      opts,
      async () => {
        assert.equal(await f.a.currentWatermark(ctx()), null);
        const tracked = [{ table: items, keyColumns: ['recid'] }];
        const first = await f.a.enableChangeTracking(tracked, { retentionDays: 45 }, ctx());
        assert.ok(f.a.isWatermark(first.watermark), first.watermark);
        assert.equal(first.tables[0].alreadyEnabled, false);
        assert.match(first.retention, dialect.retention45);
        const again = await f.a.enableChangeTracking(tracked, { retentionDays: 2 }, ctx());
        assert.equal(again.tables[0].alreadyEnabled, true);
        assert.equal(again.retention, first.retention, 'a shorter retention never lowers the one in place');
        const held = await f.a.checkWatermark(first.watermark, [ITEMS], ctx());
        assert.deepEqual([held.valid, held.problems], [true, []]);
        const untracked = await f.a.checkWatermark(first.watermark, [{ schema: 'ax', name: 'NOPE' }, ITEMS], ctx());
        assert.equal(untracked.valid, false);
        assert.deepEqual(
          untracked.problems.map((p) => [p.table.name, /not change-tracked|does not exist/.test(p.problem)]),
          [['NOPE', true]],
        );
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
        const writer = await f.writer(false);
        await writer.sql(dialect.updateOneNote.replace('201', '202'));
        const theirs = await f.a.runDeltaScript({ tables: tracked, since: none.watermark, script }, ctx());
        assert.deepEqual(
          theirs.resultSet?.rows.map((r) => [String(r[0]), r[1]]),
          [['202', 'U']],
          'a login with only INSERT/UPDATE/DELETE writes the tracked table, and its change is captured',
        );
        const disabled = await f.a.disableChangeTracking([ITEMS], ctx());
        assert.equal(disabled.tables[0].wasEnabled, true);
      },
    );

    it(
      'change capture without a primary key: keyed by the unique index, a write-only login’s changes appear once per key',
      opts,
      async () => {
        await f.sql('a', dialect.axDdl);
        const ax = (await f.a.describeTable({ schema: 'ax', name: 'AXTRANS' }))!;
        assert.equal(ax.primaryKey, null);
        const key = ax.copyKey;
        assert.deepEqual(key.columns, ['DATAAREAID', 'RECID']);
        const tracked = [{ table: ax, keyColumns: key.columns }];
        const enabled = await f.a.enableChangeTracking(tracked, {}, ctx());
        assert.equal(enabled.tables[0].mechanism, 'trigger');
        const writer = await f.writer(false);
        await writer.sql(dialect.axWrites);
        const script = { batches: [{ sql: dialect.axDeltaSelect, repeat: 1, line: 1 }], parameters: {}, transaction: true, maxRows: 10 };
        const delta = await f.a.runDeltaScript({ tables: tracked, since: enabled.watermark, script }, ctx());
        assert.deepEqual(
          delta.resultSet?.rows.map((r) => r.map((v) => String(v).trim())),
          [
            ['ceu', '3', 'I'],
            ['dat', '1', 'D'],
            ['dat', '2', 'U'],
          ],
        );
        const none = await f.a.runDeltaScript({ tables: tracked, since: delta.watermark, script }, ctx());
        assert.equal(none.noChanges, true);
        assert.equal((await f.a.disableChangeTracking([ax], ctx())).tables[0].wasEnabled, true);
      },
    );

    it(
      'a consistent delta read: a key inserted before the watermark and updated by a transaction still open during the read is I now, U next (#21 item 1)',
      opts,
      async () => {
        const tracked = [{ table: items, keyColumns: ['recid'] }];
        const enabled = await f.a.enableChangeTracking(tracked, {}, ctx());
        await f.sql('a', dialect.insertOne.replace('999999', '999998'));
        let open = true;
        const holding = f.a
          .executeScript(
            { batches: [{ sql: dialect.holdUpdate, repeat: 1, line: 1 }], parameters: {}, transaction: true, maxRows: 1 },
            ctx(),
          )
          .finally(() => (open = false));
        await new Promise((r) => setTimeout(r, 500));
        const script = { batches: [{ sql: dialect.deltaSelect, repeat: 1, line: 1 }], parameters: {}, transaction: true, maxRows: 10 };
        const delta = await f.a.runDeltaScript({ tables: tracked, since: enabled.watermark, script }, ctx());
        assert.equal(open, true, 'the read did not wait for the writer');
        assert.deepEqual(
          delta.resultSet?.rows.map((r) => [String(r[0]), r[1]]),
          [['999998', 'I']],
        );
        await holding;
        const next = await f.a.runDeltaScript({ tables: tracked, since: delta.watermark, script }, ctx());
        assert.deepEqual(
          next.resultSet?.rows.map((r) => [String(r[0]), r[1]]),
          [['999998', 'U']],
          'the update committed after the watermark comes with the next delta',
        );
        await f.a.disableChangeTracking([ITEMS], ctx());
      },
    );

    it(
      'single-user write guard: another login’s write is recorded with its rows, the agent’s own is not; exit removes it',
      opts,
      async () => {
        const intruder = await f.writer(true);
        const entered = await f.a.enterSingleUser({ terminate: true }, ctx());
        assert.ok(entered.guardedTables >= 1, `guarded ${entered.guardedTables} tables`);
        await f.a.executeScript(
          { batches: [{ sql: dialect.updateOneNote, repeat: 1, line: 1 }], parameters: {}, transaction: true, maxRows: 1 },
          ctx(),
        );
        await intruder.sql(dialect.updateThree);
        const { guardedTables, writes } = await f.a.singleUserWrites();
        assert.equal(guardedTables, entered.guardedTables);
        const theirs = writes.filter((w) => w.login === intruder.login);
        assert.deepEqual(
          theirs.map((w) => [w.table.schema, w.table.name, w.rows, w.statements]),
          [['ax', 'ITEMS', 3, 1]],
        );
        assert.ok(!writes.some((w) => w.login === agentLogin), 'the agent’s own write is not a violation');
        const exited = await f.a.exitSingleUser(entered.restoreState, ctx());
        assert.equal(exited.unguardedTables, entered.guardedTables);
        assert.equal((await f.a.singleUserWrites()).guardedTables, 0);
      },
    );

    it('number sequences: read per company by code, written by compare-and-set', opts, async () => {
      await f.sql('a', dialect.seqDdl);
      const seq = {
        table: { schema: 'ax', name: 'NUMSEQ' },
        keyColumns: ['DATAAREAID', 'NUMBERSEQUENCE'],
        nextColumn: 'NEXTREC',
        maxColumn: 'HIGHEST',
      };
      const read = () => f.a.readSequences(seq, [{ column: 'NUMBERSEQUENCE', value: 'CRM_1' }], ctx());
      assert.deepEqual(await read(), [
        { key: ['ceu', 'CRM_1'], next: '3000', max: '99999999' },
        { key: ['dat', 'CRM_1'], next: '1000', max: '99999999' },
      ]);
      const set = (expectedNext: string) =>
        f.a.setSequence(
          {
            sequence: seq,
            key: ['dat', 'CRM_1'],
            values: { next: '4000', max: '99999999' },
            expected: { next: expectedNext, max: '99999999' },
          },
          ctx(),
        );
      assert.equal(await set('999'), 0, 'a row that changed since it was read is left alone');
      assert.equal(await set('1000'), 1);
      assert.deepEqual(
        (await read()).map((r) => r.next),
        ['3000', '4000'],
      );
    });

    it('table sequences: the identity’s last value is read on one side, set on the other, and the next value follows', opts, async () => {
      const IDENT = { schema: 'ax', name: 'IDENT' };
      await f.sql('a', `${dialect.identityDdl}; ${dialect.identityRows(5)}; ${dialect.identityLast}`);
      await f.sql('b', `${dialect.identityDdl}; ${dialect.identityRows(2)}`);
      const [read] = await f.a.readTableSequences([IDENT], ctx());
      assert.deepEqual({ ...read, sequence: undefined }, { table: IDENT, column: 'ID', lastValue: '5', sequence: undefined });
      assert.deepEqual(await f.a.readTableSequences([ITEMS], ctx()), [], 'a table without one has none');
      const [set] = await f.b.setTableSequences([{ table: IDENT, column: 'ID', lastValue: '5' }], ctx());
      assert.equal(set.set, true, JSON.stringify(set));
      assert.equal(set.value, '5');
      const [after] = await f.b.readTableSequences([IDENT], ctx());
      assert.equal(after.lastValue, '5', 'the target continues at 6');
      const [none] = await f.b.setTableSequences([{ table: IDENT, column: 'NAME', lastValue: '5' }], ctx());
      assert.equal(none.set, false, 'a column without a sequence is left alone, and says so');
    });

    it('named sequences: read by name on one side, set on the other so the next value follows; absent ones say so', opts, async () => {
      const INVOICE = { schema: 'ax', name: 'invoice_no' };
      const MISSING = { schema: 'ax', name: 'no_such_sequence' };
      await f.sql('a', `CREATE SEQUENCE ax.invoice_no START WITH 1000`);
      await f.sql('a', dialect.invoiceNoTo4321);
      await f.sql('b', `CREATE SEQUENCE ax.invoice_no START WITH 1000`);
      assert.deepEqual(await f.a.readNamedSequences([INVOICE, MISSING], ctx()), [
        { sequence: INVOICE, lastValue: '4321', found: true },
        { sequence: MISSING, lastValue: null, found: false },
      ]);
      const [set, none] = await f.b.setNamedSequences(
        [
          { sequence: INVOICE, lastValue: '4321' },
          { sequence: MISSING, lastValue: '1' },
        ],
        ctx(),
      );
      assert.equal(set.set, true, JSON.stringify(set));
      assert.deepEqual(none, { sequence: MISSING, value: null, set: false, reason: 'no such sequence on this database' });
      const [after] = await f.b.readNamedSequences([INVOICE], ctx());
      // PostgreSQL reports the value set (4321, called: next is 4322); SQL Server the restart value (4322, next).
      assert.ok(['4321', '4322'].includes(after.lastValue ?? ''), `the target continues at 4322: ${after.lastValue}`);
    });

    it('permissions: the probe answers every question with a boolean', opts, async () => {
      const may = await f.a.permissions();
      assert.deepEqual(Object.keys(may).sort(), ['createTables', 'endSessions', 'ownDatabase', 'readSessions', 'superuser']);
      assert.ok(Object.values(may).every((v) => typeof v === 'boolean'));
      assert.equal(may.createTables, true, 'the contract runs as a login that may create tables');
    });

    it('script status: created once, recorded in the script’s own transaction, rolled back with it', opts, async () => {
      assert.equal(await f.a.readScriptStatus(ctx()), null, 'absent before readiness');
      await f.a.ensureScriptStatus(ctx());
      await f.a.ensureScriptStatus(ctx());
      const status = { scriptKey: 'live-1', packageSha256: 'a'.repeat(64), phase: 'live', runId: '00000000-0000-4000-8000-000000000001' };
      const script = (sql: string) => ({ batches: [{ sql, repeat: 1, line: 1 }], parameters: {}, transaction: true, maxRows: 1, status });
      await f.a.executeScript(script(dialect.updateOneNote), ctx());
      assert.deepEqual(await f.a.readScriptStatus(ctx()), [{ scriptKey: 'live-1', packageSha256: 'a'.repeat(64), runId: status.runId }]);
      const later = { ...status, packageSha256: 'b'.repeat(64), runId: '00000000-0000-4000-8000-00000000000b' };
      await f.a.executeScript({ ...script(dialect.updateOneNote), status: later }, ctx());
      assert.deepEqual(
        await f.a.readScriptStatus(ctx()),
        [{ scriptKey: 'live-1', packageSha256: 'b'.repeat(64), runId: later.runId }],
        'updated in place, with the run that wrote it',
      );
      await assert.rejects(f.a.executeScript({ ...script('SELECT 1/0'), status: { ...status, scriptKey: 'failing' } }, ctx()), /divi/i);
      assert.equal((await f.a.readScriptStatus(ctx()))!.length, 1, 'a failed script records nothing');
    });

    it('create-table: a table from another system’s definition, in a new schema, once', opts, async () => {
      const shape = {
        schema: 'shadow new',
        name: 'dir"party',
        columns: items.columns.filter((c) => ['recid', 'item id', 'qty'].includes(c.name)),
        primaryKey: { name: 'dirparty_pk', columns: ['recid'] },
      };
      assert.equal(await f.b.createTable(shape, ctx()), true);
      assert.equal(await f.b.createTable(shape, ctx()), false, 'a rerun finds it and does nothing');
      const created = (await f.b.describeTable({ schema: 'shadow new', name: 'dir"party' }))!;
      assert.deepEqual(
        created.columns.map((c) => [c.name, c.dataType, c.nullable]),
        shape.columns.map((c) => [c.name, c.dataType, c.nullable]),
      );
      assert.deepEqual(created.primaryKey?.columns, ['recid']);
    });

    it('logging mode: applies exactly where the capability says, and goes back to where it was', opts, async () => {
      const r = await f.a.setLoggingMode({ mode: 'minimal' }, ctx());
      assert.equal(r.applicable, f.a.capabilities.loggingMode);
      assert.ok(r.note.length > 0);
      if (!r.applicable) return;
      assert.equal(r.current, 'SIMPLE');
      const back = await f.a.setLoggingMode({ restoreState: r.restoreState! }, ctx());
      assert.equal(back.current, r.previous, 'the model before is restored');
      await assert.rejects(f.a.setLoggingMode({ restoreState: 'nonsense' }, ctx()), /restoreState/);
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
        /cancel/i,
      );
      assert.ok(Date.now() - started < 10_000, 'canceled well before the sleep ended');
      await f.a.ping();
    });
  });
}
