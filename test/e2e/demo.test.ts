import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { sql, testServerUrl } from '@cutover/testing';

describe('npm start (the demo)', () => {
  it('runs the upgrade end to end (preprocessing, data upgrade, verification report) and exits with --exit', async () => {
    const prefix = `t_demo_${process.pid}`;
    const script = join(__dirname, '..', '..', 'scripts', 'demo.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [script, '--exit', '--rows', '60000', '--prefix', prefix, '--port', '0'],
      {
        env: { ...process.env, DATABASE_URL: testServerUrl(), MSSQL_URL: '' },
        timeout: 120_000,
      },
    );
    assert.match(stdout, /data upgrade plan: 8\/8 tables ok/);
    assert.match(stdout, /\[ok\] dbo\.DIRPARTYTABLE_SHADOW → dbo\.DIRPARTYTABLE: ~[\d,]+ rows, 1 range\(s\)/);
    assert.match(
      stdout,
      /\[ok\] dbo\.INVENTTRANS: ~[\d,]+ rows, 2 range\(s\) on RECID \(primary key INVENTTRANS_pkey\)/,
      'split by the demo upgrade’s rangeRows (50,000)',
    );
    assert.match(
      stdout,
      /\[ok\] dbo\.SALESLINE: ~[\d,]+ rows, 2 range\(s\) on DATAAREAID, RECID \(unique index I_SALESLINE_RECID\)/,
      'the AX-shaped table (no primary key) splits on its composite key',
    );
    assert.match(stdout, /\[demo\] data upgrade ended/);
    assert.equal((stdout.match(/\[demo\] {3}OK {7}dbo\./g) ?? []).length, 8, stdout);
    assert.match(stdout, /OK {7}dbo\.SALESLINE: source 60,000 rows, target 60,000 rows/);
    assert.match(stdout, /OK {7}dbo\.INVENTTRANS: source 60,000 rows, target 60,000 rows/);
    assert.doesNotMatch(stdout, /MISMATCH/);
    assert.match(stdout, /Swagger UI: http:\/\/127\.0\.0\.1:\d+\/docs/);
    const file = /are in (\S+demo-credentials\.json) \(readable by you only\)/.exec(stdout)?.[1];
    assert.ok(file, 'the demo says where the credentials are');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const secrets = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
    assert.equal(secrets.length, 3);
    for (const secret of secrets) assert.ok(!stdout.includes(secret), 'no key or token on the console');
    assert.match(stdout, /\[demo\] done/);
    for (const step of ['readiness check', 'live preprocessing', 'delta preprocessing', 'single-user preprocessing']) {
      assert.match(stdout, new RegExp(`\\[demo\\] ${step} ended`), step);
    }
    assert.match(stdout, /\[x\] preprocess-in-single-user-mode: Run single-user mode preprocessing scripts/);
    const source = testServerUrl().replace(/\/postgres$/, `/${prefix}_source`);
    const [parties] = await sql<{ shadow: number; expected: number; unnumbered: number }>(
      source,
      `SELECT (SELECT count(*)::int FROM dbo."DIRPARTYTABLE_SHADOW") AS shadow,
              (SELECT count(*)::int FROM dbo."CUSTTABLE") + (SELECT count(*)::int FROM dbo."VENDTABLE") AS expected,
              (SELECT count(*)::int FROM dbo."DIRPARTYTABLE_SHADOW" WHERE "PARTYNUMBER" IS NULL) AS unnumbered`,
    );
    assert.equal(parties.shadow, parties.expected, 'one party per customer and vendor after live + delta');
    assert.equal(parties.unnumbered, 0);
    const target = testServerUrl().replace(/\/postgres$/, `/${prefix}_target`);
    const [row] = await sql(target, 'SELECT count(*)::int AS n FROM dbo."INVENTTRANS"');
    assert.equal(row.n, 60000);
    const indexes = await sql(target, `SELECT indexname FROM pg_indexes WHERE tablename = 'INVENTTRANS' ORDER BY 1`);
    assert.deepEqual(
      indexes.map((r) => r.indexname),
      ['INVENTTRANS_pkey', 'I_INVENTTRANS_ITEMIDX', 'I_INVENTTRANS_TRANSIDX'],
    );
    const salesline = await sql(target, `SELECT indexname FROM pg_indexes WHERE tablename = 'SALESLINE' ORDER BY 1`);
    assert.deepEqual(
      salesline.map((r) => r.indexname),
      ['I_SALESLINE_RECID', 'I_SALESLINE_SALESIDX'],
      'the unique index stayed, the other one is back',
    );
    const [links] = await sql<{ n: number; expected: number }>(
      target,
      `SELECT (SELECT count(*)::int FROM dbo."DIRPARTYLOCATION") AS n,
              (SELECT count(*)::int FROM dbo."DIRPARTYTABLE" p JOIN dbo."CUSTTABLE" c ON c."ACCOUNTNUM" = p."ACCOUNTNUM" AND p."KIND" = 'customer') AS expected`,
    );
    assert.ok(links.n > 0 && links.n === links.expected, 'the post-sync script linked every customer party on the target');
    const checks = await sql(target, `SELECT conname FROM pg_constraint WHERE conname = 'CK_DIRPARTYTABLE_KIND'`);
    assert.equal(checks.length, 1, 'the check constraint is back');
    for (const role of ['state', 'source', 'target'])
      await sql(testServerUrl(), `DROP DATABASE IF EXISTS "${prefix}_${role}" WITH (FORCE)`);
  });
});
