import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBatches } from '@cutover/contracts';
import * as guard from '../../services/transfer-agent/src/engines/mssql/write-guard-sql';
import { parses, skeleton } from '../support/tsql-parse';

const table = { schema: 'ax schema', name: "INVENT]TRANS'x" };

describe('mssql write guard T-SQL', () => {
  it('the catalog reads, the log and its grant parse', () => {
    for (const sql of [
      guard.writeGuardLogExistsSql,
      guard.guardableTablesSql,
      guard.guardTriggersSql,
      guard.guardedWritesSql,
      guard.guardedWriteHostsSql,
      guard.grantWriteGuardLogSql,
      guard.clearWriteGuardLogSql,
    ])
      parses(sql);
    // IDENTITY(1, 1) is outside the parser's grammar: parsed without it, the rest as is.
    parses(guard.createWriteGuardLogSql.replace(' IDENTITY(1, 1)', ''));
  });

  it('the trigger: one batch, named by object id, names and login as N-literals, no DMV', () => {
    const trigger = guard.createGuardTriggerSql(table, 123456, "agent'login");
    assert.equal(splitBatches(trigger).length, 1, 'CREATE TRIGGER is alone in its batch');
    assert.ok(
      trigger.startsWith(
        "CREATE TRIGGER [ax schema].[cutover_guard_123456] ON [ax schema].[INVENT]]TRANS'x] AFTER INSERT, UPDATE, DELETE AS",
      ),
    );
    assert.match(trigger, /ORIGINAL_LOGIN\(\) <> N'agent''login'/);
    assert.match(trigger, /VALUES \(N'ax schema', N'INVENT]TRANS''x', ORIGINAL_LOGIN\(\)/);
    assert.doesNotMatch(trigger, /sys\.dm_/i, 'no DMV: writers lack VIEW SERVER STATE');
    assert.deepEqual(skeleton(trigger).names.slice(0, 4), ['ax schema', 'cutover_guard_123456', 'ax schema', "INVENT]TRANS'x"]);
    // The body's statements, one by one (the parser has no CREATE TRIGGER).
    const body = trigger.slice(trigger.indexOf('BEGIN') + 5, trigger.lastIndexOf('END'));
    const [declare, , insert] = body.split(';').map((s) => s.trim());
    assert.equal(declare, 'DECLARE @rows bigint = ROWCOUNT_BIG()', 'the row count is read first, before SET resets it');
    parses(insert.replace(/^IF .*?\n\s*INSERT/s, 'INSERT').replace(/CASE WHEN NOT EXISTS .*? END/s, "N'x'"));
  });

  it('drop uses the names the catalog gave', () => {
    assert.equal(guard.dropGuardTriggerSql('ax]s', 'cutover_guard_1'), 'DROP TRIGGER [ax]]s].[cutover_guard_1]');
    // The parser's grammar has no DROP TRIGGER: the two-part name is checked as DROP TABLE's.
    parses(guard.dropGuardTriggerSql('dbo', 'cutover_guard_1').replace('DROP TRIGGER', 'DROP TABLE'));
  });
});
