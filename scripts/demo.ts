/**
 * `npm start`: a self-contained demonstration on an embedded PostgreSQL (or the server in
 * DATABASE_URL). It creates an AX-like source database and an empty target, starts the
 * orchestrator and one transfer-agent per database, runs the whole upgrade through the
 * orchestrator (readiness, live, delta, single-user preprocessing, then the data upgrade: plan,
 * parallel split copy, verification report) and leaves everything running for Swagger UI.
 *
 *   npm start                       # default scale, keeps running until Ctrl-C
 *   npm start -- --rows 1000000     # larger INVENTTRANS
 *   npm start -- --exit             # stop at the end (used by the tests)
 *   npm start -- --port 0           # ephemeral ports instead of 7300, 7311, 7312
 *   npm start -- --with-state-transfer  # preprocess a restored test system and transfer its state (scripts/demo-state-transfer.ts)
 *   MSSQL_URL=mssql://user:pass@host:1433 npm start  # source, test and target on that SQL Server (scripts/demo-engine.ts)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeGracefully } from '@cutover/common';
import { EngineKind } from '@cutover/contracts';
import { checkoutDataDir, databaseUrl, EmbeddedPostgresError, sql, startEmbeddedPostgres } from '@cutover/testing';
import { startAgent } from '../services/transfer-agent/src/app';
import { agentConfig } from '../services/transfer-agent/src/config/agent.config';
import { startOrchestrator } from '../services/orchestrator/src/app';
import { orchestratorConfig } from '../services/orchestrator/src/config/orchestrator.config';
import { unwrap } from '@cutover/orchestrator-client';
import { demoApi, followRun, log, prepareForSingleUser, type Api, type DemoFlow, type RunStartBody } from './demo-api';
import { DEMO_PACKAGE } from './demo-package';
import { mssqlDemoDatabases, postgresDemoDatabases, type DemoDatabases } from './demo-engine';
import { demoStateTransfer } from './demo-state-transfer';
import { DemoStops } from './demo-stops';
import { dataUpgrade } from './demo-upgrade';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    threads: { type: 'string', default: '4' },
    exit: { type: 'boolean', default: false },
    prefix: { type: 'string', default: 'cutover_demo' },
    port: { type: 'string', default: '7300' },
    'with-state-transfer': { type: 'boolean', default: false },
  },
});

interface Agent {
  url: string;
  token: string;
}

const stops = new DemoStops();
let serving = false;

async function main(): Promise<void> {
  const scale = Number(args.rows);
  const threads = Math.max(1, Number(args.threads));
  stops.exitOnSignals(() => serving);
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await checkoutDataDir(process.cwd());
    log(`starting embedded PostgreSQL in ${dataDir}`);
    const server = await startEmbeddedPostgres({ dataDir, persistent: true });
    stops.add('database', () => server.stop());
    serverUrl = server.url;
  }
  // The orchestrator's state is PostgreSQL always; source, test and target are on SQL Server with MSSQL_URL.
  const mssqlUrl = process.env.MSSQL_URL;
  const dbs: DemoDatabases = mssqlUrl ? mssqlDemoDatabases(mssqlUrl) : postgresDemoDatabases(serverUrl);
  if (mssqlUrl) {
    log('source, test and target databases on the SQL Server in MSSQL_URL (agents on the mssql engine); dropped at the end');
    stops.add('database', () => dbs.dropCreated());
  }
  const state = `${args.prefix}_state`;
  await sql(serverUrl, `DROP DATABASE IF EXISTS "${state}" WITH (FORCE)`);
  await sql(serverUrl, `CREATE DATABASE "${state}"`);
  const urls = {
    state: databaseUrl(serverUrl, state),
    source: await dbs.create(`${args.prefix}_source`),
    target: await dbs.create(`${args.prefix}_target`),
  };

  log(`seeding an AX-like source (INVENTTRANS: ${scale.toLocaleString('en')} rows) and an empty target`);
  await dbs.seed(urls.source, urls.target, scale);

  const basePort = Number(args.port);
  const adminKey = randomBytes(24).toString('hex');
  const orchestrator = await startOrchestrator(
    orchestratorConfig({
      databaseUrl: urls.state,
      secretKey: randomBytes(24).toString('hex'),
      bootstrapAdminKey: adminKey,
      port: basePort,
      logLevel: 'warn',
      logFormat: 'pretty',
    }),
  );
  stops.add('orchestrator', () => closeGracefully(orchestrator.app));
  const started = await Promise.all(
    (['source', 'target'] as const).map(async (role, i) => {
      const token = randomBytes(24).toString('hex');
      const config = agentConfig({
        engine: dbs.engine,
        databaseUrl: urls[role],
        token,
        name: `demo-${role}`,
        port: basePort === 0 ? 0 : basePort + 11 + i,
        logLevel: 'warn',
        logFormat: 'pretty',
        // The source backs up for real wherever a pg_dump as new as the server is installed; on SQL
        // Server into MSSQL_BACKUP_DIR (a directory as the server sees it), when set.
        ...(role === 'source' ? sourceBackup(dbs.engine) : {}),
      });
      const { app, url } = await startAgent(config);
      stops.add('agents', () => closeGracefully(app));
      return { app, url, token };
    }),
  );
  const [source, target] = started;
  // Secrets go to a file only its owner reads, never to the console (which people paste into tickets).
  const credentials = join(process.cwd(), '.cutover', 'demo-credentials.json');
  mkdirSync(dirname(credentials), { recursive: true });
  writeFileSync(
    credentials,
    `${JSON.stringify({ orchestratorAdminKey: adminKey, sourceAgentToken: source.token, targetAgentToken: target.token }, null, 2)}\n`,
    { mode: 0o600 },
  );
  chmodSync(credentials, 0o600);
  log(`orchestrator      ${orchestrator.url}  (Swagger UI: ${orchestrator.url}/docs)`);
  log(`cockpit           ${orchestrator.url}/cockpit/  (sign in with the admin API key below)`);
  log(`source agent      ${source.url}  (Swagger UI: ${source.url}/docs)`);
  log(`target agent      ${target.url}  (Swagger UI: ${target.url}/docs)`);
  log(`the admin API key and the agent tokens for Authorize are in ${credentials} (readable by you only)`);

  const api = demoApi(orchestrator.url, adminKey);
  const stateTransfer = args['with-state-transfer']
    ? await demoStateTransfer({ api, dbs, prefix: args.prefix, production: source, target, productionUrl: urls.source, stops })
    : null;
  const flow = stateTransfer ?? (await preprocessing(api, dbs, source, target, urls.source));
  const start = await singleUser(api, dbs, flow, urls.source);
  await dataUpgrade(api, flow.upgradeId, flow.targetSystemId, threads, start);

  serving = true;
  if (args.exit) {
    await stops.stop();
    log('done');
    process.exit(0);
  }
  log('services keep running for Swagger UI; Ctrl-C stops them');
}

/**
 * The preprocessing flow through the orchestrator: register systems, create the upgrade, check
 * readiness, run live preprocessing while "business" keeps writing, reprocess the changes with a
 * delta run, enter single-user mode and run single-user preprocessing.
 */
async function preprocessing(api: Api, dbs: DemoDatabases, source: Agent, target: Agent, sourceUrl: string): Promise<DemoFlow> {
  const systems: Record<string, string> = {};
  for (const [name, role, agent] of [
    ['demo-production', 'production-source', source],
    ['demo-target', 'target', target],
  ] as const) {
    const a = unwrap(await api.POST('/v1/agents', { body: { name: `agent-${name}`, baseUrl: agent.url, token: agent.token } }));
    systems[name] = unwrap(await api.POST('/v1/systems', { body: { name, role, agentId: a.id } })).id;
  }
  const pkg = unwrap(await api.POST('/v1/packages', { body: DEMO_PACKAGE }));
  const upgrade = unwrap(
    await api.POST('/v1/upgrades', {
      body: {
        name: 'Demo AX 2009 to AX 2012',
        sourceSystemId: systems['demo-production'],
        targetSystemId: systems['demo-target'],
        packageId: pkg.id,
        threads: 4,
        // Split tables above 50,000 rows into key ranges (the default, 500,000, suits real sizes).
        rangeRows: 50_000,
      },
    }),
  );
  log(`orchestrator: upgrade created with package ${DEMO_PACKAGE.name} ${DEMO_PACKAGE.version} (${pkg.sha256.slice(0, 12)}…)`);
  const follow = async (
    label: string,
    path: '/v1/upgrades/{id}/readiness/runs' | '/v1/upgrades/{id}/live/runs' | '/v1/upgrades/{id}/delta/runs',
  ) => {
    const run = unwrap(await api.POST(path, { params: { path: { id: upgrade.id } }, body: {} }));
    await followRun(api, run.id, label);
  };
  await follow('readiness check', '/v1/upgrades/{id}/readiness/runs');
  const readiness = unwrap(await api.GET('/v1/upgrades/{id}/readiness', { params: { path: { id: upgrade.id } } }));
  for (const c of readiness.latest) log(`  [${c.status}] ${c.check}: ${c.message}`);
  await follow('live preprocessing', '/v1/upgrades/{id}/live/runs');
  log('business keeps working: 50 customers added, some renamed or moved, some deleted, vendors renamed');
  await dbs.businessWrites(sourceUrl);
  await follow('delta preprocessing', '/v1/upgrades/{id}/delta/runs');
  return { upgradeId: upgrade.id, sourceSystemId: systems['demo-production'], targetSystemId: systems['demo-target'] };
}

/** The source enters single-user mode (other logins' sessions ended) and single-user preprocessing runs. */
async function singleUser(api: Api, dbs: DemoDatabases, flow: DemoFlow, sourceUrl: string): Promise<RunStartBody> {
  const entered = unwrap(
    await api.POST('/v1/systems/{id}/single-user', { params: { path: { id: flow.sourceSystemId } }, body: { force: true } }),
  );
  log(`source system: ${entered.mode} mode (other logins' sessions ended, CONNECT revoked)`);
  const start = await prepareForSingleUser(api, flow.upgradeId);
  const run = unwrap(await api.POST('/v1/upgrades/{id}/single-user/runs', { params: { path: { id: flow.upgradeId } }, body: start }));
  await followRun(api, run.id, 'single-user preprocessing');
  const parties = await dbs.parties(sourceUrl);
  log(`shadow tables: ${parties.n.toLocaleString('en')} parties (${parties.numbered.toLocaleString('en')} numbered from CRM_1)`);
  const checklist = unwrap(await api.GET('/v1/upgrades/{id}/checklist', { params: { path: { id: flow.upgradeId } } }));
  for (const t of checklist) log(`  [${t.status === 'done' ? 'x' : ' '}] ${t.section}: ${t.title}`);
  return start;
}

function sourceBackup(engine: EngineKind): { backupDir?: string } {
  if (engine === EngineKind.Postgres) return { backupDir: backupDir() };
  return process.env.MSSQL_BACKUP_DIR ? { backupDir: process.env.MSSQL_BACKUP_DIR } : {};
}

function backupDir(): string {
  const dir = join(process.cwd(), '.cutover', 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}

main().catch(async (error: unknown) => {
  // A signal's stop closes the services under the running flow, which then fails: not news.
  if (stops.isStopping) return;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
    error instanceof EmbeddedPostgresError || process.env.DATABASE_URL
      ? `[demo] failed: ${message}`
      : `[demo] failed: ${message} (to use a PostgreSQL of your own, set DATABASE_URL)`,
  );
  await stops.stop().catch(() => undefined);
  process.exit(1);
});
