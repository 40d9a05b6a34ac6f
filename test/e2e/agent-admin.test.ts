import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { createTestDatabases, postgresForDumpTools, sql, testServerUrl, type TestDatabases } from '@cutover/testing';
import { runOperation, startOperation, startTestAgent, waitForOperation, type TestAgent } from '@cutover/testing/services';

/** Preprocessing operations against real PostgreSQL: change tracking and deltas, single-user mode, backup. */
describe('transfer-agent preprocessing administration (real PostgreSQL)', () => {
  let dbs: TestDatabases<'source'>;
  let agent: TestAgent;
  const tag = randomBytes(4).toString('hex');
  const clerk = `cutover_clerk_${tag}`;
  const intruder = `cutover_intruder_${tag}`;
  const password = `pw_${tag}`;
  let seq = 0;
  const id = (name: string) => `${name}-${++seq}`;
  const roleUrl = (role: string) => {
    const url = new URL(dbs.urls.source);
    url.username = role;
    url.password = password;
    return url.toString();
  };
  const result = <T>(op: { result: Record<string, unknown> | null }, field: string) => op.result![field] as T;

  before(async () => {
    dbs = await createTestDatabases(['source']);
    await sql(
      dbs.urls.source,
      `CREATE SCHEMA ax;
       CREATE TABLE ax."SALESLINE" (recid bigint PRIMARY KEY, qty int NOT NULL);
       CREATE TABLE ax."CUST" (company text, account text, name text, PRIMARY KEY (company, account));
       CREATE TABLE ax.nokey (n int);
       CREATE TABLE public.delta_seen (tbl text, k text, op text);
       INSERT INTO ax."SALESLINE" VALUES (100, 1);
       CREATE ROLE ${clerk} LOGIN PASSWORD '${password}';
       CREATE ROLE ${intruder} LOGIN PASSWORD '${password}';
       GRANT USAGE ON SCHEMA ax TO ${clerk};
       GRANT SELECT, INSERT, UPDATE, DELETE ON ax."SALESLINE" TO ${clerk};`,
    );
    agent = await startTestAgent(dbs.urls.source);
  });

  after(async () => {
    await agent?.close();
    await dbs?.drop();
    await sql(testServerUrl(), `DROP ROLE IF EXISTS ${clerk}; DROP ROLE IF EXISTS ${intruder}`).catch(() => undefined);
  });

  const delta = (since: string) =>
    runOperation(agent, {
      id: id('delta'),
      type: 'run-delta-script',
      runDeltaScript: {
        since,
        tables: [{ table: { schema: 'ax', name: 'SALESLINE' } }, { table: { schema: 'ax', name: 'CUST' } }],
        sql: [
          `insert into delta_seen select 'SALESLINE', recid::text, op from "delta_SALESLINE"`,
          'GO',
          `insert into delta_seen select 'CUST', company || '/' || account, op from "delta_CUST"`,
        ].join('\n'),
      },
    });
  const seen = async () =>
    (await sql<{ tbl: string; k: string; op: string }>(dbs.urls.source, 'SELECT * FROM delta_seen'))
      .map((r) => `${r.tbl}:${r.k}:${r.op}`)
      .sort();
  type DeltaResult = {
    watermark: string;
    noChanges: boolean;
    keys: { table: string; inserted: number; updated: number; deleted: number }[];
  };
  const watermark = async () =>
    result<{ watermark: string }>(await runOperation(agent, { id: id('wm'), type: 'current-watermark' }), 'currentWatermark').watermark;

  let w0 = '';

  it('current-watermark is null before tracking; enable-change-tracking is idempotent and returns a snapshot watermark', async () => {
    assert.equal(await watermark(), null);
    const body = {
      type: 'enable-change-tracking',
      enableChangeTracking: { tables: [{ table: { schema: 'ax', name: 'SALESLINE' } }, { table: { schema: 'ax', name: 'CUST' } }] },
    };
    const first = result<{ watermark: string; tables: { table: string; keyColumns: string[]; alreadyEnabled: boolean }[] }>(
      await runOperation(agent, { id: id('enable'), ...body }),
      'enableChangeTracking',
    );
    assert.match(first.watermark, /^\d+:\d+:/);
    assert.deepEqual(
      first.tables.map((t) => [t.table, t.keyColumns, t.alreadyEnabled]),
      [
        [{ schema: 'ax', name: 'SALESLINE' }, ['recid'], false],
        [{ schema: 'ax', name: 'CUST' }, ['company', 'account'], false],
      ],
    );
    const again = result<{ tables: { alreadyEnabled: boolean }[] }>(
      await runOperation(agent, { id: id('enable'), ...body }),
      'enableChangeTracking',
    );
    assert.deepEqual(
      again.tables.map((t) => t.alreadyEnabled),
      [true, true],
    );
    w0 = first.watermark;
    assert.match(await watermark(), /^\d+:\d+:/);
  });

  it('run-delta-script materializes the changed keys, collapsed to their last operation, and runs the script', async () => {
    await sql(
      dbs.urls.source,
      `INSERT INTO ax."SALESLINE" VALUES (1, 1), (2, 2), (3, 3);
       UPDATE ax."SALESLINE" SET qty = qty + 1 WHERE recid = 1;
       UPDATE ax."SALESLINE" SET qty = qty + 1 WHERE recid = 1;
       DELETE FROM ax."SALESLINE" WHERE recid IN (2, 100);
       UPDATE ax."SALESLINE" SET recid = 30 WHERE recid = 3;
       INSERT INTO ax."CUST" VALUES ('DAT', 'C1', 'One');
       UPDATE ax."CUST" SET name = 'Uno' WHERE account = 'C1';`,
    );
    const r = result<DeltaResult>(await delta(w0), 'runDeltaScript');
    assert.equal(r.noChanges, false);
    assert.deepEqual(
      r.keys.map((k) => [k.table, k.inserted, k.updated, k.deleted]),
      [
        [{ schema: 'ax', name: 'SALESLINE' }, 1, 1, 3],
        [{ schema: 'ax', name: 'CUST' }, 0, 1, 0],
      ],
    );
    assert.deepEqual(await seen(), [
      'CUST:DAT/C1:U',
      'SALESLINE:100:D',
      'SALESLINE:1:U',
      'SALESLINE:2:D',
      'SALESLINE:30:I',
      'SALESLINE:3:D',
    ]);
    assert.notEqual(r.watermark, w0);

    // Nothing changed since: zero keys, and the script saw empty staging tables.
    await sql(dbs.urls.source, 'TRUNCATE delta_seen');
    const empty = result<DeltaResult>(await delta(r.watermark), 'runDeltaScript');
    assert.equal(empty.noChanges, true);
    assert.deepEqual(
      empty.keys.map((k) => k.inserted + k.updated + k.deleted),
      [0, 0],
    );
    assert.deepEqual(await seen(), []);
  });

  it('a transaction that wrote before the watermark and committed after it is in the next delta (snapshot watermarks)', async () => {
    const late = new Client({ connectionString: dbs.urls.source });
    await late.connect();
    try {
      await late.query('BEGIN');
      await late.query(`INSERT INTO ax."SALESLINE" VALUES (500, 5)`);
      const w = await watermark();
      await late.query('COMMIT');
      await sql(dbs.urls.source, 'TRUNCATE delta_seen');
      const r = result<DeltaResult>(await delta(w), 'runDeltaScript');
      assert.deepEqual(await seen(), ['SALESLINE:500:I']);
      assert.equal(r.keys[0].inserted, 1);
    } finally {
      await late.end();
    }
  });

  it('a failing delta script rolls back whole: the caller keeps its watermark', async () => {
    await sql(dbs.urls.source, `TRUNCATE delta_seen; INSERT INTO ax."SALESLINE" VALUES (600, 6)`);
    const w = w0;
    const started = await startOperation(agent, {
      id: 'delta-fails',
      type: 'run-delta-script',
      runDeltaScript: {
        since: w,
        tables: [{ table: { schema: 'ax', name: 'SALESLINE' } }],
        sql: `insert into delta_seen select 'S', recid::text, op from "delta_SALESLINE"\nGO\nselect 1/0`,
      },
    });
    assert.equal(started.status, 202);
    const op = await waitForOperation(agent, 'delta-fails');
    assert.equal(op.status, 'failed');
    assert.match(op.error!.message, /batch at line 3: division by zero/);
    assert.deepEqual(await seen(), []);
  });

  it('validates delta and tracking requests: 400 naming the field', async () => {
    const badSince = await startOperation(agent, {
      id: id('bad'),
      type: 'run-delta-script',
      runDeltaScript: { since: 'yesterday', tables: [{ table: { schema: 'ax', name: 'SALESLINE' } }], sql: 'select 1' },
    });
    assert.equal(badSince.status, 400);
    assert.match(badSince.body.detail!, /runDeltaScript\.since/);
    const wrongEngine = await startOperation(agent, {
      id: id('bad'),
      type: 'run-delta-script',
      runDeltaScript: { since: '12345', tables: [{ table: { schema: 'ax', name: 'SALESLINE' } }], sql: 'select 1' },
    });
    assert.equal(wrongEngine.status, 400);
    assert.match(wrongEngine.body.detail!, /runDeltaScript\.since: "12345" is not a postgres change watermark/);
    const noKey = await startOperation(agent, {
      id: id('bad'),
      type: 'enable-change-tracking',
      enableChangeTracking: { tables: [{ table: { schema: 'ax', name: 'nokey' } }] },
    });
    assert.equal(noKey.status, 400);
    assert.match(noKey.body.detail!, /enableChangeTracking\.tables\[0\]: ax\.nokey has no primary key/);
    const badColumn = await startOperation(agent, {
      id: id('bad'),
      type: 'run-delta-script',
      runDeltaScript: { since: w0, tables: [{ table: { schema: 'ax', name: 'SALESLINE' }, keyColumns: ['nope'] }], sql: 'select 1' },
    });
    assert.equal(badColumn.status, 400);
    assert.match(badColumn.body.detail!, /runDeltaScript\.tables\[0\]\.keyColumns/);
    const dotted = await startOperation(agent, {
      id: id('bad'),
      type: 'enable-change-tracking',
      enableChangeTracking: { tables: [{ table: 'ax.SALESLINE' }] },
    });
    assert.equal(dotted.status, 400, 'a table is {schema, name}, never a dotted string');
    assert.match(dotted.body.detail!, /enableChangeTracking\.tables\.0\.table/);
    const missing = await startOperation(agent, { id: id('bad'), type: 'run-delta-script' });
    assert.equal(missing.status, 400);
    assert.match(missing.body.detail!, /runDeltaScript/);
    const stray = await startOperation(agent, { id: id('bad'), type: 'current-watermark', enterSingleUser: { force: true } });
    assert.equal(stray.status, 400);
    assert.match(stray.body.detail!, /takes no parameters/);
    const untrackedKeys = await startOperation(agent, {
      id: 'delta-untracked',
      type: 'run-delta-script',
      runDeltaScript: { since: w0, tables: [{ table: { schema: 'ax', name: 'CUST' }, keyColumns: ['company'] }], sql: 'select 1' },
    });
    assert.equal(untrackedKeys.status, 400, 'key columns that do not identify a row are refused up front');
    assert.match(
      untrackedKeys.body.detail!,
      /runDeltaScript\.tables\[0\]\.keyColumns: ax\.CUST: key columns company do not identify a row/,
    );
  });

  it('a write by another login is logged with its login; disable-change-tracking stops logging that table only', async () => {
    await sql(roleUrl(clerk), `INSERT INTO ax."SALESLINE" VALUES (701, 7), (702, 7); UPDATE ax."SALESLINE" SET qty = 8 WHERE recid = 701`);
    assert.deepEqual(
      await sql(
        dbs.urls.source,
        `SELECT login, count(*)::int AS n FROM cutover.change_log WHERE key->>'recid' IN ('701', '702') GROUP BY 1`,
      ),
      [{ login: clerk, n: 3 }],
      'a login with only INSERT/UPDATE on the table writes it, and each change is logged with that login',
    );
    const disabled = result<{ tables: { wasEnabled: boolean }[] }>(
      await runOperation(agent, {
        id: id('disable'),
        type: 'disable-change-tracking',
        disableChangeTracking: { tables: [{ schema: 'ax', name: 'CUST' }] },
      }),
      'disableChangeTracking',
    );
    assert.deepEqual(
      disabled.tables.map((t) => t.wasEnabled),
      [true],
    );
    const before = await sql<{ n: number }>(dbs.urls.source, 'SELECT count(*)::int AS n FROM cutover.change_log');
    await sql(dbs.urls.source, `INSERT INTO ax."CUST" VALUES ('DAT', 'C2', 'Two')`);
    const afterCount = await sql<{ n: number }>(dbs.urls.source, 'SELECT count(*)::int AS n FROM cutover.change_log');
    assert.equal(afterCount[0].n, before[0].n, 'an untracked table logs nothing');
  });

  it('enter-single-user refuses while another login is connected (409 listing it), force ends it, exit restores the ACL exactly', async () => {
    await sql(dbs.urls.source, `GRANT CONNECT ON DATABASE "${dbs.names.source}" TO ${intruder}`);
    const acl = async () =>
      (
        await sql<{ acl: string[] | null }>(
          dbs.urls.source,
          `SELECT datacl::text[] AS acl FROM pg_database WHERE datname = current_database()`,
        )
      )[0].acl;
    const aclBefore = await acl();
    assert.ok(aclBefore?.some((a) => a.startsWith(`${intruder}=c`)));
    const other = new Client({ connectionString: roleUrl(intruder) });
    const otherError = new Promise<Error>((resolve) => other.on('error', resolve));
    await other.connect();
    await other.query('SELECT 1');

    const refused = await startOperation(agent, { id: id('enter'), type: 'enter-single-user', enterSingleUser: { force: false } });
    assert.equal(refused.status, 409);
    const problem = refused.body as unknown as { detail: string; sessions: { login: string; host: string | null; since: string }[] };
    assert.match(problem.detail, new RegExp(`single-user mode refused: 1 session\\(s\\).*${intruder}`));
    assert.deepEqual(
      problem.sessions.map((s) => s.login),
      [intruder],
    );
    assert.ok(problem.sessions[0].since);
    assert.deepEqual(await acl(), aclBefore, 'a refusal changes nothing');

    const entered = result<{ restoreState: string; watermark: string | null; terminated: number; notGuarded: unknown[] }>(
      await runOperation(agent, { id: id('enter'), type: 'enter-single-user', enterSingleUser: { force: true } }),
      'enterSingleUser',
    );
    assert.equal(entered.terminated, 1);
    assert.match(entered.watermark ?? '', /^\d+:\d+:/);
    // Opaque to callers; on PostgreSQL it holds the database ACL before, as JSON.
    assert.deepEqual([...(JSON.parse(entered.restoreState) as string[])].sort(), [...aclBefore!].sort());
    assert.deepEqual(entered.notGuarded, []);
    assert.match((await otherError).message, /terminat/);
    await assert.rejects(sql(roleUrl(intruder), 'SELECT 1'), /permission denied for database|CONNECT privilege/);
    await assert.rejects(sql(roleUrl(clerk), 'SELECT 1'), /permission denied for database|CONNECT privilege/);
    // The agent itself still works.
    assert.match(await watermark(), /^\d+:\d+:/);

    const exited = result<{ restored: string[] }>(
      await runOperation(agent, { id: id('exit'), type: 'exit-single-user', exitSingleUser: { restoreState: entered.restoreState } }),
      'exitSingleUser',
    );
    assert.deepEqual(
      exited.restored.filter((t) => t.startsWith('CONNECT granted back to ')).sort(),
      [`CONNECT granted back to PUBLIC`, `CONNECT granted back to ${intruder}`].sort(),
    );
    assert.deepEqual(await acl(), aclBefore, 'the database ACL is exactly what it was');
    await sql(roleUrl(intruder), 'SELECT 1');
  });

  it('validates single-user requests', async () => {
    const missing = await startOperation(agent, { id: id('bad'), type: 'enter-single-user' });
    assert.equal(missing.status, 400);
    assert.match(missing.body.detail!, /enterSingleUser/);
    const notString = await startOperation(agent, { id: id('bad'), type: 'exit-single-user', exitSingleUser: { restoreState: ['x'] } });
    assert.equal(notString.status, 400);
    assert.match(notString.body.detail!, /exitSingleUser\.restoreState/);
    const absent = await startOperation(agent, { id: id('bad'), type: 'exit-single-user', exitSingleUser: {} });
    assert.equal(absent.status, 400);
    assert.match(absent.body.detail!, /restoreState is required/);
    // The state is opaque to the API; the engine refuses one that is not its own, and changes nothing.
    for (const [key, state, why] of [
      ['exit-null', null, /restoreState is required on PostgreSQL/],
      ['exit-junk', 'not json', /not what enter-single-user returned/],
      ['exit-object', '{"userAccess":"MULTI_USER"}', /not a list of aclitem texts/],
      ['exit-bad-acl', '["no equals sign"]', /not a valid PostgreSQL ACL/],
    ] as const) {
      assert.equal(
        (await startOperation(agent, { id: key, type: 'exit-single-user', exitSingleUser: { restoreState: state } })).status,
        202,
      );
      const op = await waitForOperation(agent, key);
      assert.equal(op.status, 'failed');
      assert.match(op.error!.message, why);
    }
  });

  it('set-recovery-simple says PostgreSQL has no recovery model', async () => {
    const r = result<{ applicable: boolean; note: string; restoreState: string | null }>(
      await runOperation(agent, { id: id('recovery'), type: 'set-recovery-simple' }),
      'setRecoverySimple',
    );
    assert.equal(r.applicable, false);
    assert.equal(r.restoreState, null);
    assert.match(r.note, /no per-database logging mode \(recovery model\)/);
    const back = result<{ applicable: boolean }>(
      await runOperation(agent, { id: id('recovery-back'), type: 'restore-recovery-model', restoreRecoveryModel: { restoreState: '{}' } }),
      'restoreRecoveryModel',
    );
    assert.equal(back.applicable, false);
  });

  describe('backup-database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cutover-backup-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const backup = async (overrides: Parameters<typeof startTestAgent>[1], name: string) => {
      const a = await startTestAgent(dbs.urls.source, overrides);
      try {
        await startOperation(a, { id: name, type: 'backup-database', backupDatabase: { directory: 'nightly' } });
        return await waitForOperation(a, name);
      } finally {
        await a.close();
      }
    };

    it('fails clearly without AGENT_BACKUP_DIR', async () => {
      const op = await backup({}, 'no-dir');
      assert.equal(op.status, 'failed');
      assert.match(op.error!.message, /AGENT_BACKUP_DIR is not set/);
    });

    it('fails clearly when AGENT_PG_DUMP does not exist', async () => {
      const op = await backup({ backupDir: dir, pgDump: '/nonexistent/bin/pg_dump' }, 'no-pg-dump');
      assert.equal(op.status, 'failed');
      assert.match(op.error!.message, /pg_dump not found: AGENT_PG_DUMP=\/nonexistent\/bin\/pg_dump is not an executable file/);
    });

    it('with the pg_dump on PATH: dumps when it is new enough, otherwise says it is too old or missing', async () => {
      const serverMajor = Math.floor(
        Number((await sql<{ v: string }>(dbs.urls.source, `SELECT current_setting('server_version_num') AS v`))[0].v) / 10000,
      );
      // The expectation from the shell and pg_dump itself, not from the agent's own lookup.
      const onPath = execFileSync('sh', ['-c', 'command -v pg_dump || true'], { encoding: 'utf8' }).trim();
      const op = await backup({ backupDir: dir }, 'path-pg-dump');
      if (!onPath) {
        assert.equal(op.status, 'failed');
        assert.match(op.error!.message, /pg_dump not found on PATH/);
      } else if (Number(/\(PostgreSQL\) (\d+)/.exec(execFileSync(onPath, ['--version'], { encoding: 'utf8' }))![1]) < serverMajor) {
        assert.equal(op.status, 'failed');
        assert.match(op.error!.message, new RegExp(`is version \\d+, older than the server \\(${serverMajor}\\)`));
      } else {
        assert.equal(op.status, 'succeeded', op.error?.message);
      }
    });

    it('writes a custom-format dump and its manifest with a compatible pg_dump (on a server of its version when needed)', async (t) => {
      const tools = await postgresForDumpTools();
      const server = tools.server;
      if (!server) return t.skip(tools.skip);
      const own = await createTestDatabases(['dumped'], server.url);
      try {
        await sql(own.urls.dumped, 'CREATE TABLE t (n int PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 100)');
        const a = await startTestAgent(own.urls.dumped, { backupDir: dir, pgDump: server.pgDump });
        let op;
        try {
          await startOperation(a, { id: 'real-dump', type: 'backup-database', backupDatabase: { directory: 'nightly' } });
          op = await waitForOperation(a, 'real-dump');
        } finally {
          await a.close();
        }
        assert.equal(op.status, 'succeeded', op.error?.message);
        const r = op.result!.backupDatabase as {
          file: string;
          name: string;
          bytes: number;
          manifest: { watermark: string | null; bytes: number };
        };
        assert.ok(r.file.startsWith(join(dir, 'nightly')));
        assert.equal(r.name, r.file.slice(dir.length + 1));
        assert.equal(statSync(r.file).size, r.bytes);
        assert.ok(r.bytes > 0);
        assert.equal(readFileSync(r.file).subarray(0, 5).toString(), 'PGDMP', 'custom format');
        assert.deepEqual(JSON.parse(readFileSync(`${r.file}.manifest.json`, 'utf8')), r.manifest);
        assert.equal(r.manifest.watermark, null, 'no change tracking on that database');
        t.diagnostic(`dumped ${server.origin} with ${server.pgDump}`);
      } finally {
        await own.drop();
        await server.stop();
      }
    });
  });
});
