import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBatches } from '@cutover/contracts';
import type { TableDefinition } from '../../services/transfer-agent/src/engines/engine';
import * as capture from '../../services/transfer-agent/src/engines/mssql/capture-sql';
import * as mssqlScriptStatus from '../../services/transfer-agent/src/engines/mssql/script-status';
import * as mssqlSequences from '../../services/transfer-agent/src/engines/mssql/sequences';
import * as pgSequences from '../../services/transfer-agent/src/engines/postgres/sequences';
import { MSSQL_PERMISSIONS_SQL, permissionsFrom } from '../../services/transfer-agent/src/engines/permissions';
import { requireRowKey } from '../../services/transfer-agent/src/engines/copy-key';
import { parses, skeleton } from '../support/tsql-parse';

/** AX 2009 shape: no primary key; a unique index on (DATAAREAID, RECID); an odd name to check quoting. */
const table: TableDefinition = {
  schema: 'dbo',
  name: "INVENT]TRANS'",
  columns: [
    { name: 'DATAAREAID', dataType: 'nvarchar(4)', nullable: false, ordinal: 1, collation: null },
    { name: 'RECID', dataType: 'bigint', nullable: false, ordinal: 2, collation: null },
    { name: 'QTY', dataType: 'numeric(28,12)', nullable: true, ordinal: 3, collation: null },
  ],
  primaryKey: null,
  copyKey: { columns: ['DATAAREAID', 'RECID'], index: 'I_RECID', reason: 'unique index I_RECID (holds RECID)' },
  indexes: [
    { name: 'I_QTY', columns: ['QTY'], unique: true, primaryKey: false, constraintBacked: false, definition: '' },
    { name: 'I_ITEM', columns: ['DATAAREAID'], unique: false, primaryKey: false, constraintBacked: false, definition: '' },
    { name: 'I_RECID', columns: ['DATAAREAID', 'RECID'], unique: true, primaryKey: false, constraintBacked: false, definition: '' },
  ],
  constraints: [],
  rowCount: 0,
  rowCountExact: false,
  bytes: 0,
};
const keys = ['DATAAREAID', 'RECID'];

describe('key columns that identify a row', () => {
  it('the primary key, or a unique index over NOT NULL columns (any order); not a nullable or non-unique one', () => {
    requireRowKey(table, ['RECID', 'DATAAREAID']);
    requireRowKey({ ...table, primaryKey: { name: 'PK', columns: ['RECID'] } }, ['RECID']);
    assert.throws(() => requireRowKey(table, ['DATAAREAID']), /do not identify a row/);
    assert.throws(() => requireRowKey(table, ['QTY']), /do not identify a row/);
  });
});

describe('mssql trigger capture T-SQL', () => {
  it('the capture table: id, the key typed as the table, the operation; Change Tracking on it; INSERT for public', () => {
    const create = capture.createCaptureTableSql(table, keys, 42);
    assert.equal(
      create,
      'CREATE TABLE [cutover].[capture_42] (capture_id bigint IDENTITY(1, 1) NOT NULL CONSTRAINT [PK_capture_42] PRIMARY KEY, [DATAAREAID] nvarchar(4) NOT NULL, [RECID] bigint NOT NULL, capture_op nchar(1) NOT NULL)',
    );
    // IDENTITY and a named constraint are outside the parser's grammar: parsed without them.
    parses(create.replace(' IDENTITY(1, 1)', '').replace(/ CONSTRAINT \[[^\]]+\] PRIMARY KEY/, ' PRIMARY KEY'));
    assert.equal(
      capture.trackCaptureTableSql(42),
      'ALTER TABLE [cutover].[capture_42] ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = OFF)',
    );
    parses(capture.grantCaptureTableSql(42));
    parses(capture.objectIdSql);
    parses(capture.captureKeyColumnsSql);
    parses(capture.captureTriggerExistsSql);
    parses(capture.dropCaptureTableSql(42));
    parses(capture.dropCaptureTriggerSql(table, 42).replace('DROP TRIGGER', 'DROP TABLE'));
  });

  it('the trigger: one batch, I/D/U by key, a key change is D + I, no DMV', () => {
    const trigger = capture.createCaptureTriggerSql(table, keys, 42);
    assert.equal(splitBatches(trigger).length, 1);
    assert.ok(trigger.startsWith("CREATE TRIGGER [dbo].[cutover_capture_42] ON [dbo].[INVENT]]TRANS'] AFTER INSERT, UPDATE, DELETE AS"));
    assert.doesNotMatch(trigger, /sys\.dm_|CURRENT_TRANSACTION_ID/i, 'nothing a writer lacks permission for');
    skeleton(trigger);
    const inserts = trigger.split('\n').filter((l) => l.trim().startsWith('INSERT INTO'));
    assert.equal(inserts.length, 4);
    for (const insert of inserts) parses(insert.trim().replace(/;$/, ''));
    assert.match(
      inserts[2],
      /N'D' FROM deleted AS d WHERE NOT EXISTS \(SELECT 1 FROM inserted AS i WHERE i\.\[DATAAREAID\] = d\.\[DATAAREAID\] AND i\.\[RECID\] = d\.\[RECID\]\)/,
    );
    assert.throws(() => capture.createCaptureTriggerSql(table, [], 42), /needs key columns/);
  });

  it('the delta reads CHANGETABLE of the capture table: last operation per key, versions as parameters', () => {
    const text = capture.insertCapturedDeltaSql('#delta_X', keys, 42);
    const [declare, ...rest] = text.split('\n');
    assert.equal(declare, 'DECLARE @sinceVersion bigint = CAST(@since AS bigint);');
    assert.doesNotMatch(text, /@until|SYS_CHANGE_VERSION <=/, 'the SNAPSHOT transaction bounds the read, not a version filter');
    assert.match(text, /CHANGETABLE\(CHANGES \[cutover\]\.\[capture_42\], @sinceVersion\)/);
    assert.match(text, /ORDER BY ct\.SYS_CHANGE_VERSION DESC, c\.capture_id DESC/);
    parses(rest.join('\n').replace(/CHANGETABLE\(CHANGES [^)]*\)/, '[ct_source]'));
  });
});

describe('number sequence SQL on both engines', () => {
  const seq = {
    table: { schema: 'ax', name: "NUMBER]SEQ'" },
    keyColumns: ['DATAAREAID', 'NUMBER SEQUENCE'],
    nextColumn: 'NEXTREC',
    maxColumn: 'HIGHEST',
  };

  it('SQL Server: read by parameters, compare-and-set by parameters, every name quoted', () => {
    const read = mssqlSequences.readSequencesSql(seq, [{ column: 'NUMBER SEQUENCE', value: "x'" }]);
    assert.equal(
      read,
      "SELECT CAST([DATAAREAID] AS nvarchar(64)), CAST([NUMBER SEQUENCE] AS nvarchar(64)), CAST([NEXTREC] AS nvarchar(64)), CAST([HIGHEST] AS nvarchar(64)) FROM [ax].[NUMBER]]SEQ'] WHERE [NUMBER SEQUENCE] = @m0 ORDER BY [DATAAREAID], [NUMBER SEQUENCE]",
    );
    parses(read);
    const write = mssqlSequences.setSequenceSql(seq);
    assert.match(
      write,
      /WHERE \[DATAAREAID\] = @k0 AND \[NUMBER SEQUENCE\] = @k1 AND \[NEXTREC\] = @expectedNext AND \[HIGHEST\] = @expectedMax$/,
    );
    parses(write);
  });

  it('PostgreSQL: the same shape with positional parameters', () => {
    assert.equal(
      pgSequences.readSequencesSql(seq, []),
      `SELECT CAST("DATAAREAID" AS text), CAST("NUMBER SEQUENCE" AS text), CAST("NEXTREC" AS text), CAST("HIGHEST" AS text) FROM "ax"."NUMBER]SEQ'" ORDER BY "DATAAREAID", "NUMBER SEQUENCE"`,
    );
    assert.equal(
      pgSequences.setSequenceSql(seq),
      `UPDATE "ax"."NUMBER]SEQ'" SET "NEXTREC" = $3, "HIGHEST" = $4\n WHERE "DATAAREAID" = $1 AND "NUMBER SEQUENCE" = $2 AND "NEXTREC" = $5 AND "HIGHEST" = $6`,
    );
  });
});

describe('the permission probe', () => {
  it('parses on SQL Server and reads 1/0, t/f and booleans alike', () => {
    parses(MSSQL_PERMISSIONS_SQL);
    assert.deepEqual(permissionsFrom([0, 1, 0, 1, 0]), {
      superuser: false,
      createTables: false,
      ownDatabase: true,
      readSessions: true,
      endSessions: false,
    });
    assert.equal(permissionsFrom(['t', false, false, false, false]).createTables, true, 'a superuser may create tables');
  });
});

describe('the framework table cutover.script_status', () => {
  it('SQL Server: create, update-then-insert by parameters, read', () => {
    parses(mssqlScriptStatus.CREATE_SCRIPT_STATUS_SQL.replace(/^IF OBJECT_ID\(N'cutover\.script_status'\) IS NULL /, ''));
    parses(mssqlScriptStatus.UPDATE_SCRIPT_STATUS_SQL);
    // Two concurrent upserts of one key: the UPDATE's UPDLOCK, HOLDLOCK holds the (absent) key's range
    // until commit, so the second waits and then updates instead of inserting a duplicate (#21 item 12).
    assert.match(mssqlScriptStatus.UPDATE_SCRIPT_STATUS_SQL, /^UPDATE cutover\.script_status WITH \(UPDLOCK, HOLDLOCK\) SET /);
    parses(mssqlScriptStatus.INSERT_SCRIPT_STATUS_SQL);
    assert.equal(
      mssqlScriptStatus.RECORD_SCRIPT_STATUS_SQL,
      `${mssqlScriptStatus.UPDATE_SCRIPT_STATUS_SQL};\nIF @@ROWCOUNT = 0 ${mssqlScriptStatus.INSERT_SCRIPT_STATUS_SQL};`,
    );
    assert.doesNotMatch(mssqlScriptStatus.RECORD_SCRIPT_STATUS_SQL, /'[0-9a-f-]{36}'/, 'values are parameters, never spliced');
    parses(mssqlScriptStatus.SCRIPT_STATUS_EXISTS_SQL);
    parses(mssqlScriptStatus.READ_SCRIPT_STATUS_SQL);
  });
});
