import assert from 'node:assert/strict';
import type { TableRef } from '@cutover/contracts';
import { describe, it } from 'node:test';
import type { PackageManifest } from '../../services/orchestrator/src/packages/manifest';
import { applicationTables, discoverTables } from '../../services/orchestrator/src/state-transfer/discovery';
import { unsafeType } from '@cutover/contracts';
import { createTableSql as mssqlCreateTable } from '../../services/transfer-agent/src/engines/mssql/create-table';
import { createTableSql as pgCreateTable } from '../../services/transfer-agent/src/engines/postgres/create-table';
import { parses } from '../support/tsql-parse';
import { larger } from '../../services/orchestrator/src/state-transfer/number-sequences.service';
import { script as packageScript } from '../support/packages';

const script = (key: string, phase: string, reads: TableRef[], writes: TableRef[]) =>
  packageScript(key, phase, reads, writes, 'SELECT 1') as PackageManifest['scripts'][number];

const manifest = (scripts: PackageManifest['scripts'], frameworkTables: TableRef[] = []): PackageManifest => ({
  name: 'p',
  version: '1',
  description: '',
  scripts,
  manualTasks: [],
  frameworkTables,
  numberSequences: [
    { key: 'CRM_1', description: '', table: { schema: 'ax', name: 'numberseq' }, keyColumn: 'seq', nextColumn: 'next', maxColumn: 'max' },
  ],
  copyRules: { include: [], exclude: [], rename: [] },
});

describe('state transfer: table discovery', () => {
  it('takes what live and delta scripts write plus framework tables; leaves out single-user output, sequences and the change log', () => {
    const d = discoverTables(
      manifest(
        [
          script(
            'live',
            'live',
            [{ schema: 'ax', name: 'cust' }],
            [
              { schema: 'ax', name: 'party_shadow' },
              { schema: 'ax', name: 'numberseq' },
            ],
          ),
          script('delta', 'delta', [{ schema: 'ax', name: 'cust' }], [{ schema: 'ax', name: 'party_shadow' }]),
          script('final', 'single-user', [{ schema: 'ax', name: 'party_shadow' }], [{ schema: 'ax', name: 'summary' }]),
        ],
        [
          { schema: 'cutover', name: 'change_log' },
          { schema: 'cutover', name: 'extra' },
        ],
      ),
    );
    assert.deepEqual(
      d.tables.map((t) => [t.table, t.reason, t.writtenBy]),
      [
        [{ schema: 'ax', name: 'party_shadow' }, 'written-by-script', ['live', 'delta']],
        [{ schema: 'cutover', name: 'extra' }, 'framework', []],
        [{ schema: 'cutover', name: 'script_status' }, 'framework', []],
      ],
    );
    assert.deepEqual(
      d.excluded.map((e) => e.table),
      [
        { schema: 'ax', name: 'numberseq' },
        { schema: 'cutover', name: 'change_log' },
      ],
    );
    assert.deepEqual(d.problems, []);
  });

  it('refuses a business table a live script writes in place, or one declared a framework table', () => {
    const d = discoverTables(
      manifest(
        [
          script('live', 'live', [{ schema: 'ax', name: 'cust' }], [{ schema: 'ax', name: 'cust' }]),
          script('delta', 'delta', [{ schema: 'ax', name: 'cust' }], []),
        ],
        [{ schema: 'ax', name: 'vend' }],
      ),
    );
    assert.equal(d.problems.length, 1);
    assert.match(d.problems[0], /ax\.cust is written by live but is business data production keeps changing/);
    const f = discoverTables(
      manifest([script('live', 'live', [{ schema: 'ax', name: 'vend' }], [{ schema: 'ax', name: 's' }])], [{ schema: 'ax', name: 'vend' }]),
    );
    assert.match(f.problems[0], /ax\.vend is declared a framework table but scripts only read it/);
  });

  it('application tables: what the scripts read and do not write, sequences, the copy set; not post-sync reads', () => {
    const m = manifest([
      script('live', 'live', [{ schema: 'ax', name: 'cust' }], [{ schema: 'ax', name: 's' }]),
      script('post', 'post-sync', [{ schema: 'ax', name: 'target_only' }], []),
    ]);
    assert.deepEqual(
      applicationTables(
        m,
        [
          { schema: 'ax', name: 'vend' },
          { schema: 'ax', name: 's' },
        ],
        [{ schema: 'ax', name: 's' }],
      ),
      [
        { schema: 'ax', name: 'cust' },
        { schema: 'ax', name: 'numberseq' },
        { schema: 'ax', name: 'vend' },
      ],
    );
  });
});

describe('state transfer: SQL', () => {
  const def = {
    schema: 'ax',
    name: 'we"ird',
    columns: [
      { name: 'b', dataType: 'numeric(32,16)', nullable: true, ordinal: 2, collation: null },
      { name: 'a"b', dataType: 'character varying(20)', nullable: false, ordinal: 1, collation: 'C' },
    ],
    primaryKey: { name: 'pk', columns: ['a"b'] },
    copyKey: { columns: ['a"b'], index: 'pk', reason: 'primary key pk' },
    indexes: [],
    constraints: [],
    rowCount: 0,
    rowCountExact: false,
    bytes: 0,
  };

  it('creates a missing table with quoted names, columns in order and its primary key', () => {
    assert.deepEqual(pgCreateTable(def), [
      'CREATE SCHEMA IF NOT EXISTS "ax"',
      'CREATE TABLE "ax"."we""ird" ("a""b" character varying(20) NOT NULL, "b" numeric(32,16) NULL, CONSTRAINT "pk" PRIMARY KEY ("a""b"))',
    ]);
    const tsql = mssqlCreateTable({
      ...def,
      name: 'x]y',
      columns: [{ name: 'a"b', dataType: 'nvarchar(20)', nullable: false, ordinal: 1 }],
    });
    assert.equal(tsql, 'CREATE TABLE [ax].[x]]y] ([a"b] nvarchar(20) NOT NULL, CONSTRAINT [pk] PRIMARY KEY ([a"b]))');
    // The parser's grammar lacks a named PRIMARY KEY constraint: parsed with it unnamed.
    parses(tsql.replace(/CONSTRAINT \[pk\] /, ''));
  });

  it('refuses a type that does not look like a type name', () => {
    for (const ok of ['text', 'timestamp(3) with time zone', 'text[]', '"char"', 'nvarchar(max)', 'numeric(32,16)'])
      assert.equal(unsafeType(ok), null, ok);
    for (const bad of ['int); DROP TABLE x; --', "text DEFAULT 'x'", 'int /* */']) assert.notEqual(unsafeType(bad), null, bad);
    assert.throws(() =>
      pgCreateTable({ ...def, columns: [{ name: 'x', dataType: 'int); DROP TABLE y; --', nullable: true, ordinal: 1 }] }),
    );
  });

  it('compares sequence values exactly, beyond 2^53', () => {
    assert.equal(larger('9007199254740993', '9007199254740992'), '9007199254740993');
    assert.equal(larger('510', '500'), '510');
  });
});
