import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { escapeIdentifier } from 'pg';
import { databaseUrl, sql, testServerUrl } from '@cutover/testing';

/** Rows as JSON without `drop` (a column later steps change), digested in a fixed order, by SQL the demo does not share. */
async function shadowDigest(url: string, table: string, drop: string | null): Promise<{ rows: number; md5: string }> {
  const [row] = await sql<{ rows: number; md5: string }>(
    url,
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(j::text, '|' ORDER BY j::text), '')) AS md5
       FROM (SELECT to_jsonb(t) - $1::text AS j FROM dbo.${escapeIdentifier(table)} t) x`,
    [drop ?? ''],
  );
  return row;
}

/**
 * The demo's verdict, recomputed: production's shadow tables (preprocessed on the test system and
 * transferred) hold what a direct live preprocessing of production's final data produced. The
 * single-user step ran on production afterwards and numbered the parties (PARTYNUMBER), which the
 * direct reference never did: that column is compared apart.
 */
async function verdictRecomputed(prefix: string): Promise<void> {
  const production = databaseUrl(testServerUrl(), `${prefix}_source`);
  const direct = databaseUrl(testServerUrl(), `${prefix}_direct`);
  for (const [table, drop] of [
    ['LOGISTICSPOSTALADDRESS_SHADOW', null],
    ['DIRPARTYTABLE_SHADOW', 'PARTYNUMBER'],
  ] as const) {
    const [p, d] = await Promise.all([shadowDigest(production, table, drop), shadowDigest(direct, table, drop)]);
    assert.ok(p.rows > 0, `${table} holds rows on production`);
    assert.deepEqual(p, d, `${table}: production equals a direct preprocessing`);
  }
  const [numbers] = await sql<{ numbered: number; direct: number }>(
    production,
    `SELECT count(*) FILTER (WHERE "PARTYNUMBER" IS NOT NULL)::int AS numbered, count(*)::int AS direct FROM dbo."DIRPARTYTABLE_SHADOW"`,
  );
  assert.equal(numbers.numbered, numbers.direct, 'single-user numbered every party on production');
}

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
      await verdictRecomputed(prefix);
    } finally {
      for (const role of ['state', 'source', 'target', 'test', 'direct'])
        await sql(testServerUrl(), `DROP DATABASE IF EXISTS "${prefix}_${role}" WITH (FORCE)`);
    }
  });
});
