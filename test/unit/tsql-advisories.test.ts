import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageManifest } from '../../services/orchestrator/src/packages/manifest';
import { tsqlAdvisories } from '../../services/orchestrator/src/packages/tsql-advisories';

const manifest = (mssql: string, postgres = 'SELECT 1'): PackageManifest =>
  ({ scripts: [{ key: 's1', phase: 'live', sql: { mssql, postgres }, dependsOn: [], reads: [] }] }) as unknown as PackageManifest;

describe('T-SQL advisories at package upload', () => {
  it('names a USE, with its batch', () => {
    assert.deepEqual(tsqlAdvisories(manifest('SELECT 1\nGO\nUSE [OtherDb]\nSELECT 2')), [
      "script s1 (T-SQL), batch 2: USE moves the agent's connection to another database; qualify names instead",
    ]);
  });

  it('names a #temp table created in one batch and used in a later one', () => {
    const [advice] = tsqlAdvisories(
      manifest('SELECT recid INTO #keys FROM dbo.CUSTTABLE\nGO 2\nDELETE FROM dbo.X WHERE recid IN (SELECT recid FROM #Keys)'),
    );
    assert.match(advice, /#keys is created in batch 1 and used in batch 2/);
  });

  it('says nothing for a #temp table used in its own batch, words in strings and comments, or PostgreSQL-only scripts', () => {
    assert.deepEqual(tsqlAdvisories(manifest('CREATE TABLE #t (n int); INSERT INTO #t VALUES (1)\nGO\nSELECT 1')), []);
    assert.deepEqual(tsqlAdvisories(manifest("SELECT 'USE x' -- USE y\n/* USE z */\nGO\nSELECT [USE me] FROM dbo.T")), []);
    assert.deepEqual(tsqlAdvisories({ scripts: [{ key: 'p', sql: { postgres: 'USE x' } }] } as unknown as PackageManifest), []);
  });
});
