import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { Client } from 'pg';
import { createTestDatabases, sql, type TestDatabases, eventually } from '@cutover/testing';
import { runOperation, startOperation, startTestAgent, waitForOperation, type TestAgent } from '@cutover/testing/services';

const TABLE = (name: string) => ({ schema: 'ax', name });

describe('transfer-agent API (real PostgreSQL)', () => {
  let dbs: TestDatabases<'source'>;
  let agent: TestAgent;

  before(async () => {
    dbs = await createTestDatabases(['source']);
    await sql(
      dbs.urls.source,
      `CREATE SCHEMA ax;
       CREATE TABLE ax."CUSTTABLE" (recid bigint PRIMARY KEY, accountnum varchar(20) NOT NULL, name text,
         creditmax numeric(32,16) CHECK (creditmax >= 0), CONSTRAINT custtable_account UNIQUE (accountnum));
       CREATE INDEX custtable_name ON ax."CUSTTABLE" (name);
       INSERT INTO ax."CUSTTABLE" SELECT g, 'C' || g, 'Customer ' || g, g * 10 FROM generate_series(1, 500) g;
       CREATE TABLE public."odd ""name"".t" (id int PRIMARY KEY);
       CREATE TABLE public.exec_log (n int);
       ANALYZE;`,
    );
    agent = await startTestAgent(dbs.urls.source);
  });

  after(async () => {
    await agent?.close();
    await dbs?.drop();
  });

  it('answers /health without a token', async () => {
    const res = await request(agent.url).get('/health').expect(200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.info.database.status, 'up');
  });

  it('refuses a missing or wrong token with 401 problem+json', async () => {
    const missing = await request(agent.url).get('/v1/info').expect(401);
    assert.match(missing.headers['content-type'], /application\/problem\+json/);
    assert.match(missing.body.detail, /Bearer/);
    const wrong = await request(agent.url).get('/v1/info').set('Authorization', 'Bearer nope').expect(401);
    assert.match(wrong.body.detail, /not valid/);
    await request(agent.url).post('/v1/operations').send({}).expect(401);
  });

  it('reports engine, version, database and capabilities', async () => {
    const res = await request(agent.url).get('/v1/info').set(agent.auth).expect(200);
    assert.equal(res.body.engine, 'postgres');
    assert.match(res.body.serverVersion, /^\d+/);
    assert.equal(res.body.database, dbs.names.source);
    assert.deepEqual(
      res.body.capabilities.exportFormats,
      ['pg-binary', 'pg-text'],
      'text COPY for values binary COPY cannot carry between databases',
    );
    assert.ok(res.body.capabilities.operations.includes('copy-range'));
  });

  it('describes a table: columns, key, indexes, constraints, exact count on request', async () => {
    const list = await request(agent.url).get('/v1/catalog/tables').set(agent.auth).expect(200);
    assert.ok(list.body.some((t: { schema: string; name: string }) => t.schema === 'ax' && t.name === 'CUSTTABLE'));
    const res = await request(agent.url).get('/v1/catalog/tables/ax/CUSTTABLE').query({ exactCount: 'true' }).set(agent.auth).expect(200);
    const t = res.body;
    assert.deepEqual(
      t.columns.map((c: { name: string; dataType: string; nullable: boolean }) => [c.name, c.dataType, c.nullable]),
      [
        ['recid', 'bigint', false],
        ['accountnum', 'character varying(20)', false],
        ['name', 'text', true],
        ['creditmax', 'numeric(32,16)', true],
      ],
    );
    assert.deepEqual(t.primaryKey.columns, ['recid']);
    assert.equal(t.rowCount, 500);
    assert.equal(t.rowCountExact, true);
    assert.deepEqual(t.constraints.map((c: { kind: string }) => c.kind).sort(), ['check', 'unique']);
    assert.ok(t.indexes.some((i: { name: string; constraintBacked: boolean }) => i.name === 'custtable_name' && !i.constraintBacked));
  });

  it('quotes odd names correctly and 404s unknown tables, 400s malformed names', async () => {
    const odd = await request(agent.url)
      .get(`/v1/catalog/tables/public/${encodeURIComponent('odd "name".t')}`)
      .set(agent.auth)
      .expect(200);
    assert.equal(odd.body.name, 'odd "name".t');
    const missing = await request(agent.url).get('/v1/catalog/tables/ax/NOPE').set(agent.auth).expect(404);
    assert.match(missing.body.detail, /ax\.NOPE/);
    const bad = await request(agent.url)
      .get(`/v1/catalog/tables/ax/${encodeURIComponent('a\u0001b')}`)
      .set(agent.auth)
      .expect(400);
    assert.match(bad.body.detail, /control character/);
  });

  it('fingerprints tables: stable, changes with the definition, marks missing tables', async () => {
    const fp = () =>
      request(agent.url)
        .post('/v1/catalog/fingerprint')
        .send({ tables: [TABLE('CUSTTABLE'), TABLE('MISSING')] })
        .set(agent.auth)
        .expect(200);
    const first = (await fp()).body;
    assert.equal((await fp()).body.hash, first.hash);
    assert.equal(first.tables[1].exists, false);
    await sql(dbs.urls.source, 'ALTER TABLE ax."CUSTTABLE" ADD COLUMN extra int');
    const changed = (await fp()).body;
    assert.notEqual(changed.tables[0].hash, first.tables[0].hash);
    await sql(dbs.urls.source, 'ALTER TABLE ax."CUSTTABLE" DROP COLUMN extra');
    assert.equal((await fp()).body.tables[0].hash, first.tables[0].hash);
  });

  it('lists sessions, marking the agent’s own login and connections', async () => {
    // A foreign connection with a name of its own, and the pids PostgreSQL itself reports for the database.
    const other = new Client({ connectionString: dbs.urls.source, application_name: 'someone-else' });
    await other.connect();
    try {
      const otherPid = String((await other.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      const res = await request(agent.url).get('/v1/sessions').set(agent.auth).expect(200);
      const sessions = res.body as { sessionId: string; application: string | null; ownLogin: boolean; agentConnection: boolean }[];
      const foreign = sessions.find((s) => s.sessionId === otherPid);
      assert.ok(foreign, `the foreign connection ${otherPid} is listed`);
      assert.equal(foreign.application, 'someone-else');
      assert.equal(foreign.agentConnection, false, 'a connection the agent did not open is not one of its own');
      assert.equal(foreign.ownLogin, true, 'it logs in as the agent’s login (the test’s superuser)');
      const agentPids = await sql<{ pid: number }>(
        dbs.urls.source,
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cutover-transfer-agent'`,
      );
      const marked = sessions.filter((s) => s.agentConnection).map((s) => s.sessionId);
      assert.ok(marked.length >= 1);
      for (const pid of marked)
        assert.ok(
          agentPids.some((r) => String(r.pid) === pid),
          `session ${pid} marked as the agent’s is the agent’s`,
        );
    } finally {
      await other.end();
    }
  });

  it('executes a script: GO batches, repeat, messages, first result set with truncation', async () => {
    const op = await runOperation(agent, {
      id: 'script-1',
      type: 'execute-script',
      executeScript: {
        sql: [
          'insert into exec_log values (1)',
          'GO 3',
          "DO $$ BEGIN RAISE NOTICE 'hello from the script'; END $$;",
          'GO',
          'select recid, name from ax."CUSTTABLE" order by recid',
        ].join('\n'),
        maxRows: 5,
      },
    });
    const result = op.result!.executeScript as {
      batches: { line: number; rowsAffected: number }[];
      resultSet: { columns: string[]; rows: unknown[][]; truncated: boolean };
      messages: { message: string }[];
    };
    assert.deepEqual(
      result.batches.map((b) => b.line),
      [1, 3, 5],
    );
    assert.equal(result.batches[0].rowsAffected, 3);
    assert.deepEqual(result.resultSet.columns, ['recid', 'name']);
    assert.equal(result.resultSet.rows.length, 5);
    assert.equal(result.resultSet.truncated, true);
    assert.ok(result.messages.some((m) => m.message === 'hello from the script'));
    assert.equal((await sql(dbs.urls.source, 'select count(*)::int n from exec_log'))[0].n, 3);
  });

  it('rolls a failing script back whole and says which batch failed', async () => {
    const started = await startOperation(agent, {
      id: 'script-fails',
      type: 'execute-script',
      executeScript: { sql: 'insert into exec_log values (100)\nGO\nselect * from no_such_table' },
    });
    assert.equal(started.status, 202);
    const op = await waitForOperation(agent, 'script-fails');
    assert.equal(op.status, 'failed');
    assert.match(op.error!.message, /batch at line 3: relation "no_such_table" does not exist/);
    assert.equal((await sql(dbs.urls.source, 'select count(*)::int n from exec_log where n = 100'))[0].n, 0);
  });

  it('binds named parameters', async () => {
    const op = await runOperation(agent, {
      id: 'script-params',
      type: 'execute-script',
      executeScript: { sql: 'select name from ax."CUSTTABLE" where recid = :id', parameters: { id: 42 } },
    });
    assert.deepEqual((op.result!.executeScript as { resultSet: { rows: unknown[][] } }).resultSet.rows, [['Customer 42']]);
  });

  it('runs the same operation id once: 202 then 200 with the same operation, 409 for a different request', async () => {
    const body = { id: 'once-only', type: 'execute-script', executeScript: { sql: 'insert into exec_log values (7)' } };
    const [a, b] = await Promise.all([startOperation(agent, body), startOperation(agent, body)]);
    assert.deepEqual([a.status, b.status].sort(), [200, 202]);
    await waitForOperation(agent, 'once-only');
    const again = await startOperation(agent, body);
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'succeeded');
    assert.equal((await sql(dbs.urls.source, 'select count(*)::int n from exec_log where n = 7'))[0].n, 1);
    const conflict = await startOperation(agent, { ...body, executeScript: { sql: 'select 1' } });
    assert.equal(conflict.status, 409);
  });

  it('validates operation requests: bad identifiers, unknown fields, missing params → 400 naming the value', async () => {
    const badTable = await startOperation(agent, {
      id: 'bad-1',
      type: 'checksum-range',
      checksumRange: { table: { schema: 'ax', name: 'NOPE' } },
    });
    assert.equal(badTable.status, 400);
    assert.match(badTable.body.detail!, /ax\.NOPE/);
    const badColumn = await startOperation(agent, {
      id: 'bad-2',
      type: 'checksum-range',
      checksumRange: { table: { schema: 'ax', name: 'CUSTTABLE' }, columns: ['recid', 'x"; drop table y; --'] },
    });
    assert.equal(badColumn.status, 400);
    assert.match(badColumn.body.detail!, /drop table y/);
    const unknownField = await startOperation(agent, {
      id: 'bad-3',
      type: 'prepare-table',
      prepareTable: { table: { schema: 'ax', name: 'CUSTTABLE' } },
      extra: 1,
    });
    assert.equal(unknownField.status, 400);
    assert.match(unknownField.body.detail!, /extra/);
    const missing = await startOperation(agent, { id: 'bad-4', type: 'copy-range' });
    assert.equal(missing.status, 400);
    assert.match(missing.body.detail!, /copyRange/);
    const stray = await startOperation(agent, {
      id: 'bad-5',
      type: 'prepare-table',
      prepareTable: { table: { schema: 'ax', name: 'CUSTTABLE' } },
      finishTable: { table: { schema: 'ax', name: 'CUSTTABLE' }, objects: [] },
    });
    assert.equal(stray.status, 400);
    const badId = await startOperation(agent, {
      id: '../etc',
      type: 'prepare-table',
      prepareTable: { table: { schema: 'ax', name: 'CUSTTABLE' } },
    });
    assert.equal(badId.status, 400);
    const res = await fetch(`${agent.url}/v1/operations`, {
      method: 'POST',
      headers: { ...agent.auth, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { detail: string }).detail, /not valid JSON/);
    await request(agent.url).get('/v1/operations/never-started').set(agent.auth).expect(404);
  });

  it('prepare-table drops secondary indexes and constraints and truncates; finish-table recreates them', async () => {
    const before = (await request(agent.url).get('/v1/catalog/tables/ax/CUSTTABLE').set(agent.auth)).body;
    const prepared = await runOperation(agent, {
      id: 'prep-1',
      type: 'prepare-table',
      prepareTable: { table: { schema: 'ax', name: 'CUSTTABLE' } },
    });
    const objects = (prepared.result!.prepareTable as { objects: { kind: string; name: string }[] }).objects;
    assert.deepEqual(objects.map((o) => `${o.kind}:${o.name}`).sort(), [
      'check:CUSTTABLE_creditmax_check',
      'index:custtable_name',
      'unique:custtable_account',
    ]);
    const middle = (await request(agent.url).get('/v1/catalog/tables/ax/CUSTTABLE').query({ exactCount: 'true' }).set(agent.auth)).body;
    assert.equal(middle.rowCount, 0);
    assert.deepEqual(
      middle.indexes.map((i: { name: string }) => i.name),
      ['CUSTTABLE_pkey'],
    );
    assert.equal(middle.constraints.length, 0);
    await sql(dbs.urls.source, `INSERT INTO ax."CUSTTABLE" SELECT g, 'C' || g, 'Customer ' || g, g FROM generate_series(1, 50) g`);
    const finished = await runOperation(agent, {
      id: 'fin-1',
      type: 'finish-table',
      finishTable: { table: { schema: 'ax', name: 'CUSTTABLE' }, objects },
    });
    assert.equal((finished.result!.finishTable as { created: string[] }).created.length, 3);
    const after = (await request(agent.url).get('/v1/catalog/tables/ax/CUSTTABLE').set(agent.auth)).body;
    assert.deepEqual(after.indexes, before.indexes);
    assert.deepEqual(after.constraints, before.constraints);
    // Finishing twice is harmless: everything already exists.
    const again = await runOperation(agent, {
      id: 'fin-2',
      type: 'finish-table',
      finishTable: { table: { schema: 'ax', name: 'CUSTTABLE' }, objects },
    });
    assert.equal((again.result!.finishTable as { skipped: string[] }).skipped.length, 3);
  });

  it('finish-table fails with the database’s reason when a constraint does not hold', async () => {
    const objects = [{ kind: 'check', name: 'creditmax_small', definition: 'CHECK ((creditmax < (1)::numeric))' }];
    const started = await startOperation(agent, {
      id: 'fin-bad',
      type: 'finish-table',
      finishTable: { table: { schema: 'ax', name: 'CUSTTABLE' }, objects },
    });
    assert.equal(started.status, 202);
    const op = await waitForOperation(agent, 'fin-bad');
    assert.equal(op.status, 'failed');
    assert.match(op.error!.message, /creditmax_small/);
  });

  it('cancels a running script', async () => {
    const started = await startOperation(agent, { id: 'sleepy', type: 'execute-script', executeScript: { sql: 'select pg_sleep(30)' } });
    assert.equal(started.status, 202);
    const sleeping = () =>
      sql<{ pid: number }>(dbs.urls.source, `SELECT pid FROM pg_stat_activity WHERE query = 'select pg_sleep(30)' AND state = 'active'`);
    await eventually(async () => (await sleeping()).length === 1, { message: 'the script to be running in the database' });
    const canceled = await request(agent.url).post('/v1/operations/sleepy/cancel').set(agent.auth).expect(200);
    assert.equal(canceled.body.status, 'canceled');
    // Canceled in the database, not only in the agent's bookkeeping.
    await eventually(async () => (await sleeping()).length === 0, { message: 'the statement to leave pg_stat_activity', deadline: 5_000 });
    await request(agent.url).post('/v1/operations/sleepy/cancel').set(agent.auth).expect(409);
  });

  it('fails a script that runs past its timeout', async () => {
    await startOperation(agent, { id: 'slow', type: 'execute-script', executeScript: { sql: 'select pg_sleep(30)', timeoutSeconds: 1 } });
    const op = await waitForOperation(agent, 'slow');
    assert.equal(op.status, 'failed');
    assert.match(op.error!.message, /timed out after 1 s/);
  });
});
