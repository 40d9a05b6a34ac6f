import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { escapeIdentifier } from 'pg';
import { formatTableRef, mintGrant, tableKey, type TableRef } from '@cutover/contracts';
import { createTestDatabases, sql, type TestDatabases, eventually } from '@cutover/testing';
import { digest } from '../support/digest';
import {
  registerSystems,
  runTasks,
  SKIP_CHECKLIST,
  spawnOrchestrator,
  waitForRun,
  type OrchestratorClient,
  runOperation,
  spawnTestAgent,
  type AgentProcess,
  type TestAgent,
} from '@cutover/testing/services';

/** Names that need quoting, in a schema that needs quoting too; one table large enough to split into ranges. */
const SCHEMA = 'weird schema';
const LONG = `t${'x'.repeat(61)}9`;
const NAMES = ["O'Brien", 'tab"le; drop', 'a.b', 'Ünïcode Table', LONG];
const TABLES: TableRef[] = NAMES.map((name) => ({ schema: SCHEMA, name }));
const q = (t: TableRef) => `${escapeIdentifier(t.schema)}.${escapeIdentifier(t.name)}`;
const ROWS = (t: TableRef) => (t.name === "O'Brien" ? 5000 : 300);
/** Grants live 6 s (the minimum) and every copy waits ~14 s in the target agent's queue: each is renewed twice. */
const GRANT_TTL_SECONDS = 6;
const QUEUE_BLOCK_SECONDS = 14;

const ddl = (withIndexes: boolean) =>
  [
    `CREATE SCHEMA ${escapeIdentifier(SCHEMA)}`,
    ...TABLES.flatMap((t, i) => [
      `CREATE TABLE ${q(t)} ("Id" bigint PRIMARY KEY, "Näme" text NOT NULL, "a.b" numeric(12,2))`,
      ...(withIndexes ? [`CREATE INDEX ${escapeIdentifier(`ix ${i} "odd"`)} ON ${q(t)} ("Näme")`] : []),
    ]),
  ].join(';\n');

const fill = TABLES.map(
  (t) => `INSERT INTO ${q(t)} SELECT g * 3, 'näme ' || g || ' ''"', g / 7.0 FROM generate_series(1, ${ROWS(t)}) g`,
).join(';\n');

/** Parses RFC 4180 CSV (quoted cells with doubled quotes, CRLF lines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('tables whose names need quoting: planned, copied exactly, verified, finished; grants renewed, nothing secret logged', () => {
  let dbs: TestDatabases<'state' | 'source' | 'target'>;
  let source: AgentProcess;
  let target: AgentProcess;
  let orchestrator: ChildProcess;
  let o: OrchestratorClient;
  let upgradeId: string;
  let runId: string;
  const logs: string[] = [];
  const adminKey = randomBytes(24).toString('hex');

  before(async () => {
    dbs = await createTestDatabases(['state', 'source', 'target']);
    await Promise.all([sql(dbs.urls.source, `${ddl(false)};\n${fill}; ANALYZE`), sql(dbs.urls.target, ddl(true))]);
    const env = { LOG_LEVEL: 'debug' };
    // One operation at a time on the target: a blocking script ahead of the copies makes them wait in its queue.
    [source, target] = await Promise.all([
      spawnTestAgent(dbs.urls.source, { env, logs }),
      spawnTestAgent(dbs.urls.target, { env: { ...env, AGENT_MAX_OPERATIONS: '1' }, logs }),
    ]);
    const spawned = await spawnOrchestrator(dbs.urls.state, randomBytes(24).toString('hex'), adminKey, {
      env: { ...env, GRANT_TTL_SECONDS: String(GRANT_TTL_SECONDS) },
      logs,
    });
    orchestrator = spawned.child;
    o = spawned.client;
    const systems = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: source as unknown as TestAgent },
      { name: 'target', role: 'target', agent: target as unknown as TestAgent },
    ]);
    const pkg = await o.call<{ id: string }>('POST', '/v1/packages', {
      name: 'weird-names',
      version: '1',
      scripts: [],
      copyRules: { include: [{ schema: SCHEMA, name: '*' }] },
    });
    upgradeId = (
      await o.call<{ id: string }>('POST', '/v1/upgrades', {
        name: 'weird',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        rangeRows: 1000,
        threads: 8,
      })
    ).id;
    for (const id of Object.values(systems)) await o.call('POST', `/v1/systems/${id}/single-user`, { force: true });
  });

  after(async () => {
    if (orchestrator?.exitCode === null) orchestrator.kill('SIGKILL');
    await Promise.all([source?.kill(), target?.kill()]);
    await dbs?.drop();
  });

  it('plans every table as ok, names as {schema, name}, the large one split into key ranges', async () => {
    const plan = await o.call<{ tables: { source: TableRef; target: TableRef; status: string; ranges: unknown[]; problems: string[] }[] }>(
      'POST',
      `/v1/upgrades/${upgradeId}/data-upgrade/plan`,
    );
    assert.deepEqual(plan.tables.map((t) => tableKey(t.source)).sort(), TABLES.map(tableKey).sort());
    for (const t of plan.tables) {
      assert.equal(t.status, 'ok', `${formatTableRef(t.source)}: ${t.problems.join('; ')}`);
      assert.deepEqual(t.target, t.source);
    }
    assert.equal(plan.tables.find((t) => t.source.name === "O'Brien")!.ranges.length, 5);
  });

  it('copies after every first grant expired (renewed while queued), verifies and finishes every table', async () => {
    // Held at launch, so the copies can be paused until every prepare-table ran.
    runId = (
      await o.call<{ id: string }>('POST', `/v1/upgrades/${upgradeId}/data-upgrade/runs`, { threads: 16, hold: true, ...SKIP_CHECKLIST })
    ).id;
    const copies = (await runTasks(o, runId)).filter((t) => t.key.startsWith('copy:'));
    assert.equal(copies.length, 9, '5 ranges of the large table and one each for the others');
    for (const c of copies) await o.call('POST', `/v1/runs/${runId}/tasks/${c.id}/pause`, {}, { expect: 204 });
    await o.call('POST', `/v1/runs/${runId}/release`, {}, { expect: 204 });
    await eventually(
      async () => (await runTasks(o, runId)).filter((t) => t.key.startsWith('prepare:')).every((t) => t.status === 'ended'),
      { message: 'every prepare task to end', deadline: 60_000 },
    );
    // Occupy the target agent's only slot: every copy queued behind it outlives its first grant.
    const blocker = runOperation(target as unknown as TestAgent, {
      id: 'queue-blocker',
      type: 'execute-script',
      executeScript: { sql: `SELECT pg_sleep(${QUEUE_BLOCK_SECONDS})`, transaction: false },
    });
    await eventually(
      async () =>
        (await sql(dbs.urls.target, `SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(%' AND state = 'active'`)).length ===
        1,
      { message: 'the blocker to occupy the target' },
    );
    for (const c of copies) await o.call('POST', `/v1/runs/${runId}/tasks/${c.id}/resume`, {}, { expect: 204 });
    await blocker;
    const freed = Date.now();
    const done = await waitForRun(o, runId, ['ended', 'error'], 240_000);
    const tasks = await runTasks(o, runId);
    assert.equal(done.status, 'ended', tasks.map((t) => `${t.key}: ${t.error ?? t.status}`).join('; '));
    const copied = tasks.filter((t) => t.key.startsWith('copy:'));
    for (const c of copied) {
      assert.equal(c.attempt, 1, `${c.key} needed no second attempt`);
      const waited = freed - Date.parse(c.startedAt!);
      assert.ok(waited > GRANT_TTL_SECONDS * 1000, `${c.key} waited ${waited} ms in the queue: longer than a grant lives`);
    }
    for (const t of TABLES) {
      const [s, d] = await Promise.all([digest(dbs.urls.source, t), digest(dbs.urls.target, t)]);
      assert.equal(s.rows, ROWS(t));
      assert.deepEqual(d, s, `${formatTableRef(t)} copied exactly`);
    }
    const indexes = await sql<{ n: number }>(
      dbs.urls.target,
      `SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE 'ix %'`,
      [SCHEMA],
    );
    assert.equal(indexes[0].n, TABLES.length, 'finish-table recreated every secondary index');
  });

  it('reports every table verified; the CSV quotes the names so they parse back', async () => {
    const report = await o.call<{ tables: { table: TableRef; sourceTable: TableRef; checksumMatch: boolean; recreated: number }[] }>(
      'GET',
      `/v1/upgrades/${upgradeId}/data-upgrade/runs/${runId}/report`,
    );
    assert.deepEqual(report.tables.map((t) => tableKey(t.table)).sort(), TABLES.map(tableKey).sort());
    for (const t of report.tables) {
      assert.equal(t.checksumMatch, true, `${formatTableRef(t.table)} verified`);
      assert.equal(t.recreated, 1);
    }
    const csv = await o.api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', {
      params: { path: { id: upgradeId, runId }, query: { format: 'csv' } },
      parseAs: 'text',
    });
    const rows = parseCsv(String(csv.data));
    assert.equal(rows[0][0], 'sourceTable');
    assert.deepEqual(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
      TABLES.map(formatTableRef).sort(),
      'the table column parses back to each name',
    );
    assert.ok(rows.slice(1).every((r) => r.length === rows[0].length && r[5] === 'true'));
    assert.ok(rows.some((r) => r[1] === `"${SCHEMA}"."tab""le; drop"`));
  });

  it('a refused export is logged with its URL, and no token, API key or grant appears in any log', async () => {
    // An export with a real grant for another operation: refused, and logged.
    const t = TABLES[0];
    const grant = mintGrant(source.token, {
      table: t,
      keyColumns: null,
      from: null,
      to: null,
      columns: ['Id'],
      format: 'pg-binary',
      operation: 'someone-else',
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    const path = `/v1/export/${encodeURIComponent(t.schema)}/${encodeURIComponent(t.name)}`;
    const refused = await fetch(`${source.url}${path}?format=pg-binary&operation=mine&columns=Id&grant=${encodeURIComponent(grant)}`);
    assert.equal(refused.status, 403);
    const problem = (await refused.json()) as { detail: string; instance: string };
    assert.match(problem.detail, /operation differs/);
    assert.ok(!problem.instance.includes(grant), 'the problem document does not echo the grant');
    const text = await eventually(
      () => {
        const logged = logs.join('');
        return logged.includes('(operation differs)') ? logged : undefined;
      },
      { message: 'the refusal to be logged' },
    );
    assert.match(text, /export refused: grant does not cover this request \(operation differs\): GET \/v1\/export\/.*grant=REDACTED/);
    const secrets = { 'source token': source.token, 'target token': target.token, 'admin key': adminKey, 'the refused grant': grant };
    for (const [what, value] of Object.entries(secrets)) assert.ok(!text.includes(value), `${what} appears in a log`);
    // Every grant's payload starts with the base64 of {"table":{"schema": — none may be in a log.
    const grantPrefix = Buffer.from('{"table":{"schema":').toString('base64url').slice(0, 24);
    assert.ok(!text.includes(grantPrefix), 'a grant appears in a log');
  });
});
