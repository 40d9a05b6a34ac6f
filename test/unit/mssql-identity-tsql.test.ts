import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parses } from '../support/tsql-parse';
import { readIdentitySql, reseedIdentitySql } from '../../services/transfer-agent/src/engines/mssql/identity';

describe('mssql identity statements (read-table-sequences, set-table-sequences)', () => {
  it('reads IDENT_CURRENT with the table as a parameter: parses', () => {
    parses(readIdentitySql);
    assert.match(readIdentitySql, /IDENT_CURRENT\(@table\)/);
    assert.match(readIdentitySql, /OBJECT_ID\(@table\)/);
    assert.doesNotMatch(readIdentitySql, /\[/, 'no name is spliced into the text');
  });

  it('reseeds with DBCC CHECKIDENT only when the column is the identity: the parts the grammar has parse, DBCC is exact text', () => {
    const lines = reseedIdentitySql.split('\n').map((l) => l.trim());
    assert.deepEqual(lines, [
      'IF EXISTS (SELECT 1 FROM sys.identity_columns WHERE object_id = OBJECT_ID(@table) AND name = @column)',
      'BEGIN',
      'DECLARE @seed numeric(38, 0) = CONVERT(numeric(38, 0), @value);',
      'DBCC CHECKIDENT (@table, RESEED, @seed) WITH NO_INFOMSGS;',
      'SELECT CONVERT(nvarchar(40), IDENT_CURRENT(@table));',
      'END',
    ]);
    // IF/BEGIN/DECLARE/DBCC are outside node-sql-parser's transactsql grammar; the queries inside parse.
    parses(lines[0].replace(/^IF EXISTS \((.*)\)$/, '$1'));
    parses(lines[4].replace(/;$/, ''));
    parses(`SELECT CONVERT(numeric(38, 0), @value)`);
    assert.doesNotMatch(reseedIdentitySql, /\[/, 'table, column and value travel as parameters');
  });
});
