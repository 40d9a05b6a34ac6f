import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { splitBatches } from '@cutover/contracts';
import { parseTsqlBatch, shapeOf } from '../support/tsql-check';
import { NOT_TSQL, TSQL_BUILDERS } from '../../services/transfer-agent/src/engines/mssql/tsql-registry';
import * as demo from '../../scripts/demo-package';

/**
 * Every T-SQL text the agent can emit parses (issue #11 item 6): the builders come from the
 * registry (engines/mssql/tsql-registry), which this test checks against the compiled modules of
 * engines/mssql, so a builder missing from the registry fails here.
 */
const MSSQL_DIST = join(__dirname, '../../services/transfer-agent/src/engines/mssql');
const MSSQL_SRC = join(__dirname, '../../../services/transfer-agent/src/engines/mssql');
const isBuilderModule = (module: string) => module === 'tsql' || module.endsWith('-sql');

/** Keys the CommonJS interop of a dynamic import adds to a module's exports. */
const INTEROP = new Set(['__esModule', 'default', 'module.exports']);

/** Every export of every compiled module of engines/mssql, as `<module>.<export>`. */
async function mssqlExports(): Promise<{ name: string; module: string; exportName: string }[]> {
  const files = readdirSync(MSSQL_DIST).filter((f) => f.endsWith('.js'));
  const modules = await Promise.all(files.map(async (f) => [f.slice(0, -3), (await import(join(MSSQL_DIST, f))) as object] as const));
  return modules.flatMap(([module, exports]) =>
    Object.keys(exports)
      .filter((k) => !INTEROP.has(k))
      .map((exportName) => ({ name: `${module}.${exportName}`, module, exportName })),
  );
}

const HOSTILE = ['x]; DROP TABLE t; --', "x'; DROP TABLE t; --", 'x"; DROP TABLE t; --', 'x]]; SELECT 1 --[', 'Ünïcödé表]'];
const BENIGN = 'benign_name';

describe('T-SQL registry: every builder of engines/mssql', () => {
  it('registers every export that produces T-SQL (builder modules: every export is registered or declared not T-SQL)', async () => {
    const exported = await mssqlExports();
    const registered = TSQL_BUILDERS.map((b) => b.name);
    assert.deepEqual(
      registered.filter((n, i) => registered.indexOf(n) !== i),
      [],
      'registry names are unique',
    );
    const names = new Set(exported.map((e) => e.name));
    assert.deepEqual(
      [...registered, ...Object.keys(NOT_TSQL)].filter((n) => !names.has(n)),
      [],
      'every registry name (and NOT_TSQL name) is an export of engines/mssql',
    );
    const missing = exported
      .filter((e) => (isBuilderModule(e.module) ? !(e.name in NOT_TSQL) : /sql$/i.test(e.exportName)))
      .filter((e) => !registered.includes(e.name))
      .map((e) => e.name);
    assert.deepEqual(
      missing,
      [],
      'exports producing T-SQL that are not in the registry (services/transfer-agent/src/engines/mssql/tsql-registry)',
    );
    assert.ok(exported.filter((e) => isBuilderModule(e.module)).length >= 60, 'the builder modules were found in dist');
  });

  it('engine code passes no inline SQL text to query/run: every statement comes from a registered builder', () => {
    const inline = /\b(query|queryCount|run|single|queryNamed)(<[^>()]*>)?\(\s*[\w.]+,\s*[`'"]/g;
    const found = readdirSync(MSSQL_SRC)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(MSSQL_SRC, f), 'utf8').matchAll(inline)].map((m) => `${f}: ${m[0]}`));
    assert.deepEqual(found, []);
  });

  for (const builder of TSQL_BUILDERS) {
    it(`${builder.name}: every example text parses`, () => {
      const cases = builder.cases();
      assert.ok(cases.length > 0, 'at least one case');
      for (const c of cases) {
        try {
          parseTsqlBatch(c.sql);
        } catch (error) {
          assert.fail(`${builder.name} (${c.label}) does not parse: ${(error as Error).message}\n--- text ---\n${c.sql}`);
        }
      }
    });
  }
});

describe('T-SQL registry: injection through identifiers stays inside one quoted identifier', () => {
  const named = TSQL_BUILDERS.filter((b) => b.named);
  it('builders taking identifiers are covered', () => assert.ok(named.length >= 40, `${named.length} builders take identifiers`));
  for (const builder of named) {
    it(`${builder.name}: a hostile name changes only the quoted names and literals`, () => {
      const benign = builder.named!(BENIGN);
      const statements = parseTsqlBatch(benign);
      const expected = shapeOf(benign);
      assert.ok(
        expected.values.some((v) => v.includes(BENIGN)),
        'the name reaches the text',
      );
      for (const hostile of HOSTILE) {
        const sql = builder.named!(hostile);
        assert.equal(parseTsqlBatch(sql), statements, `${hostile}: as many statements as with a benign name\n${sql}`);
        const shape = shapeOf(sql);
        assert.equal(shape.text, expected.text, `${hostile}: the same text outside quoted names and literals`);
        assert.deepEqual(
          shape.values,
          expected.values.map((v) => v.split(BENIGN).join(hostile)),
          `${hostile}: every quoted name and literal round-trips`,
        );
      }
    });
  }
});

/** Every `mssql` text anywhere in the demo package module (scripts' sql.mssql, whatever the shape). */
function demoTsql(value: unknown, path: string, out: { path: string; sql: string }[]): void {
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'mssql' && typeof v === 'string') out.push({ path: `${path}.${k}`, sql: v });
    else demoTsql(v, `${path}.${k}`, out);
  }
}

describe("T-SQL registry: the demo package's T-SQL", () => {
  it('every batch of every T-SQL script of scripts/demo-package.ts parses', (t) => {
    const scripts: { path: string; sql: string }[] = [];
    demoTsql(demo, 'demo-package', scripts);
    if (scripts.length === 0) t.diagnostic('the demo package carries no T-SQL script yet (only sql.postgres)');
    for (const s of scripts)
      for (const batch of splitBatches(s.sql))
        try {
          parseTsqlBatch(batch.sql);
        } catch (error) {
          assert.fail(`${s.path} (batch at line ${batch.line}) does not parse: ${(error as Error).message}`);
        }
  });
});

describe('T-SQL registry: the checks themselves reject what they must', () => {
  it('a broken text does not parse', () => {
    for (const bad of [
      'SELECT 1 FROM [a]b]', // stray ] (a name quoted without doubling)
      'SELECT FROM [t]',
      'ALTER DATABASE [x] SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 7)',
      'ALTER TABLE [s].[t] ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS = OFF)',
      'CREATE TRIGGER [s].[t] ON [s].[u] AFTER INSERT AS\nBEGIN\n  SET NOCOUNT ON;\n',
      "IF 1 = 1 EXEC(N'CREATE SCHEMA [a]b]')",
      'BACKUP DATABASE [x] TO DISK = @p WITH NOPE',
    ])
      assert.throws(() => parseTsqlBatch(bad), Error, bad);
  });

  it('a name concatenated without quoting changes the shape', () => {
    const naive = (n: string) => `DROP TABLE [${n}]`;
    const hostile = shapeOf(naive(HOSTILE[0]));
    assert.notEqual(hostile.text, shapeOf(naive(BENIGN)).text);
  });
});
