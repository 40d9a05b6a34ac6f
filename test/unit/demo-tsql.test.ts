import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBatches } from '@cutover/contracts';
import { mssqlDigestQuery, tsqlBatches } from '@cutover/testing';
import { parses } from '../support/tsql-parse';
import { DEMO_PACKAGE, demoTsqlScripts } from '../../scripts/demo-package';
import { demoSetupTsql } from '../../scripts/demo-engine';
import { PACKAGE as DATA_UPGRADE_PACKAGE } from '../support/data-upgrade-fixtures';
import { PACKAGE as PREPROCESSING_PACKAGE } from '../support/preprocessing-fixtures';
import { PACKAGE as STATE_TRANSFER_PACKAGE } from '../support/state-transfer-package';

/** Every batch of a script as the agent runs it (GO-separated, as splitBatches splits them). */
const batches = (sql: string) => splitBatches(sql).map((b) => b.sql);

const packages = [
  ['the demo', DEMO_PACKAGE],
  ['the preprocessing e2e suite', PREPROCESSING_PACKAGE],
  ['the state-transfer e2e suites', STATE_TRANSFER_PACKAGE],
  ['the data-upgrade-run e2e suite', DATA_UPGRADE_PACKAGE],
] as const;

describe('T-SQL of the demo package and of the e2e suites’ packages parses (node-sql-parser transactsql)', () => {
  for (const [name, pkg] of packages)
    it(`${name}: every script has a T-SQL body, and every batch of it parses`, () => {
      for (const s of pkg.scripts) {
        const tsql = (s.sql as { mssql?: string }).mssql;
        assert.ok(tsql, `${s.key} has no T-SQL body`);
        for (const batch of batches(tsql)) assert.doesNotThrow(() => parses(batch), `${s.key}: ${batch}`);
      }
    });

  it('demoTsqlScripts() lists one T-SQL body per demo script', () => {
    assert.deepEqual(
      demoTsqlScripts().map((s) => s.key),
      DEMO_PACKAGE.scripts.map((s) => s.key),
    );
  });

  it('the demo’s own setup T-SQL (schema, seed, business writes) parses', () => {
    const setup = demoSetupTsql();
    assert.ok(setup.length >= 4);
    for (const batch of setup) parses(stripComments(batch));
  });

  it('the fixture layer’s independent digest query parses, names quoted', () => {
    // node-sql-parser's grammar takes FOR XML RAW without the element name and BINARY BASE64 options.
    parses(mssqlDigestQuery({ schema: 'ax', name: 'odd ]name' }).replace("FOR XML RAW('r'), BINARY BASE64", 'FOR XML RAW'));
    assert.deepEqual(tsqlBatches('CREATE SCHEMA ax\nGO\n  go  \nSELECT 1\n'), ['CREATE SCHEMA ax', 'SELECT 1']);
  });
});

/** `--` line comments out (the fixtures document themselves; the grammar's comment support is not under test). */
function stripComments(sql: string): string {
  return sql.replace(/^\s*--.*$/gm, '');
}
