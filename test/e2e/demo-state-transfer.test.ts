import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { sql, testServerUrl } from '@cutover/testing';

describe('npm start -- --with-state-transfer (the demo)', () => {
  it('preprocesses a restored test system, transfers its state, and production equals a direct preprocessing', async () => {
    const prefix = `t_demo_st_${process.pid}`;
    const script = join(__dirname, '..', '..', 'scripts', 'demo.js');
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [script, '--exit', '--with-state-transfer', '--rows', '20000', '--prefix', prefix, '--port', '0'],
        { env: { ...process.env, DATABASE_URL: testServerUrl(), MSSQL_URL: '' }, timeout: 180_000 },
      );
      for (const step of [
        'live preprocessing on the test system',
        'state transfer run \\(test → production\\)',
        'delta preprocessing on production',
      ])
        assert.match(stdout, new RegExp(`\\[demo\\] ${step}[^\\n]* ended`), step);
      assert.match(stdout, /to transfer: dbo\.DIRPARTYTABLE_SHADOW, [\d,]+ rows in \d+ range\(s\), created on production/);
      assert.match(stdout, /next: run-delta-preprocessing, enter-single-user-mode-source/);
      assert.match(stdout, /number sequence CRM_1 \(Party numbers\): test \d+, production \d+ → set \d+/);
      assert.equal((stdout.match(/direct preprocessing [\d,]+ rows, content equal/g) ?? []).length, 2, stdout);
      assert.match(stdout, /\[demo\] single-user preprocessing ended/);
      assert.match(stdout, /\[demo\] data upgrade ended/, 'the upgrade goes on to the data upgrade after the transfer');
      assert.doesNotMatch(stdout, /MISMATCH/);
      assert.match(stdout, /\[demo\] done/);
    } finally {
      for (const role of ['state', 'source', 'target', 'test', 'direct'])
        await sql(testServerUrl(), `DROP DATABASE IF EXISTS "${prefix}_${role}" WITH (FORCE)`);
    }
  });
});
