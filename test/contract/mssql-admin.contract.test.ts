import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { NO_PROGRESS, type OperationContext, type TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import { MssqlEngine } from '../../services/transfer-agent/src/engines/mssql/mssql.engine';
import { quoteIdent } from '../../services/transfer-agent/src/engines/mssql/tsql';
import { MSSQL_SKIP } from '../support/skip-reasons';

/**
 * SQL Server-only administration behaviour (#21 items 1, 8, 9; #11 item 3), in a database of its
 * own, when MSSQL_URL is set; otherwise every test is registered and reported as skipped.
 */
const serverUrl = process.env.MSSQL_URL;
const skip = serverUrl ? false : MSSQL_SKIP;
const ctx = (): OperationContext => ({ signal: new AbortController().signal, progress: NO_PROGRESS });
const script = (sql: string, transaction = true) => ({ batches: [{ sql, repeat: 1, line: 1 }], parameters: {}, transaction, maxRows: 10 });

describe('SQL Server administration (contract)', () => {
  const db = `cutover_adm_${randomBytes(4).toString('hex')}`;
  let admin: MssqlEngine;
  let agent: MssqlEngine;
  let blocker: MssqlEngine;
  let items: TableDefinition;
  const urlFor = (name: string) => {
    const u = new URL(serverUrl!);
    u.pathname = `/${encodeURIComponent(name)}`;
    return u.toString();
  };
  const access = async () =>
    (await agent.executeScript(script('SELECT user_access_desc FROM sys.databases WHERE database_id = DB_ID()'), ctx())).resultSet!
      .rows[0][0];

  before(async () => {
    if (skip) return;
    admin = new MssqlEngine({ url: serverUrl!, poolSize: 1 });
    await admin.executeScript(script(`CREATE DATABASE ${quoteIdent(db)}`, false), ctx());
    // A short Sch-M wait so the blocked case is quick: 300 ms, two attempts.
    agent = new MssqlEngine({ url: urlFor(db), poolSize: 4, ddlLock: { timeoutMs: 300, attempts: 2, backoffMs: 100 } });
    blocker = new MssqlEngine({ url: urlFor(db), poolSize: 2 });
    await agent.executeScript(
      script(`CREATE TABLE dbo.ITEMS (recid bigint NOT NULL PRIMARY KEY, qty int NOT NULL); INSERT INTO dbo.ITEMS VALUES (1, 1), (2, 2);`),
      ctx(),
    );
    items = (await agent.describeTable({ schema: 'dbo', name: 'ITEMS' }))!;
  });

  after(async () => {
    if (skip) return;
    await agent.close();
    await blocker.close();
    await admin.executeScript(
      script(`ALTER DATABASE ${quoteIdent(db)} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ${quoteIdent(db)}`, false),
      ctx(),
    );
    await admin.close();
  });

  it(
    'enable-change-tracking turns ALLOW_SNAPSHOT_ISOLATION on and says so; a blocked Sch-M times out, the table is reported, the blocker is unaffected',
    { skip },
    async () => {
      // A report holding a shared table lock for 3 s: ALTER TABLE … ENABLE CHANGE_TRACKING needs Sch-M.
      const report = blocker.executeScript(
        script(`SELECT COUNT(*) FROM dbo.ITEMS WITH (TABLOCK, HOLDLOCK); WAITFOR DELAY '00:00:03'`),
        ctx(),
      );
      await new Promise((r) => setTimeout(r, 300));
      const started = Date.now();
      const blocked = await agent.enableChangeTracking([{ table: items, keyColumns: ['recid'] }], {}, ctx());
      assert.ok(Date.now() - started < 2500, 'gave up after its attempts, not after the report');
      assert.equal(blocked.tables[0].enabled, false);
      assert.match(blocked.tables[0].problem!, /Sch-M/);
      assert.ok(blocked.notes.some((n) => /ALLOW_SNAPSHOT_ISOLATION turned ON/.test(n)));
      const done = await report;
      assert.equal(done.resultSet!.rows[0][0], 2, 'the report finished with its result');
      const retried = await agent.enableChangeTracking([{ table: items, keyColumns: ['recid'] }], {}, ctx());
      assert.equal(retried.tables[0].enabled, true);
      assert.deepEqual(retried.notes, [], 'already on');
    },
  );

  it(
    'single-user exit restores the access mode exactly: MULTI_USER back to MULTI_USER, RESTRICTED_USER stays RESTRICTED_USER',
    { skip },
    async () => {
      assert.equal(await access(), 'MULTI_USER');
      const entered = await agent.enterSingleUser({ terminate: true }, ctx());
      assert.equal(await access(), 'RESTRICTED_USER');
      assert.deepEqual(entered.notGuarded, []);
      await agent.exitSingleUser(entered.restoreState, ctx());
      assert.equal(await access(), 'MULTI_USER');
      await agent.executeScript(script(`ALTER DATABASE ${quoteIdent(db)} SET RESTRICTED_USER`, false), ctx());
      const again = await agent.enterSingleUser({ terminate: true }, ctx());
      const exited = await agent.exitSingleUser(again.restoreState, ctx());
      assert.equal(await access(), 'RESTRICTED_USER', 'a database restricted before entry stays restricted');
      assert.match(exited.restored[0], /stays RESTRICTED_USER/);
      await agent.exitSingleUser(null, ctx());
      assert.equal(await access(), 'MULTI_USER', 'a state stored before restore states existed means MULTI_USER');
    },
  );

  it('recovery model: SIMPLE reports the model before and goes back to it from the restore state', { skip }, async () => {
    await agent.executeScript(script(`ALTER DATABASE ${quoteIdent(db)} SET RECOVERY FULL`, false), ctx());
    const simple = await agent.setLoggingMode({ mode: 'minimal' }, ctx());
    assert.deepEqual([simple.previous, simple.current], ['FULL', 'SIMPLE']);
    const back = await agent.setLoggingMode({ restoreState: simple.restoreState! }, ctx());
    assert.deepEqual([back.previous, back.current], ['SIMPLE', 'FULL']);
    assert.match(back.note, /full or differential backup/);
  });
});
