import { createTestDatabases, sql, type TestDatabases } from '@cutover/testing';
import { createOrchestratorClient, unwrap, type OrchestratorApi } from '@cutover/orchestrator-client';
import { startTestOrchestrator, type TestOrchestrator } from './orchestrator';
import { startTestAgent, type TestAgent } from './services';
import { eventually } from './wait';

/** One AX-like table to copy, split into many small key ranges so that a copy takes a few seconds. */
const TABLES = `CREATE SCHEMA ax;
  CREATE TABLE ax.inventtrans (recid bigint PRIMARY KEY, itemid text NOT NULL, qty numeric(32,16) NOT NULL, note text);
  CREATE TABLE ax.custtable (accountnum text PRIMARY KEY, name text NOT NULL);`;
const seed = (rows: number) => `${TABLES}
  INSERT INTO ax.inventtrans SELECT g, 'I' || (g % 97), (g % 1000) / 7.0, repeat('n', 40) || g FROM generate_series(1, ${rows}) g;
  INSERT INTO ax.custtable SELECT 'C' || g, 'customer ' || g FROM generate_series(1, 500) g;
  ANALYZE;`;

export interface OperatorFixture {
  o: TestOrchestrator;
  url: string;
  /** Clients of the generated orchestrator client, one per role. */
  admin: OrchestratorApi;
  operator: OrchestratorApi;
  viewer: OrchestratorApi;
  keys: { admin: string; operator: string; viewer: string };
  upgradeId: string;
  systems: { prod: string; target: string };
  /** The target database, for a test that must hold a lock on it. */
  targetUrl: string;
  /** A script run of `count` tasks, each waiting for the one before, each sleeping `seconds`: tasks to pause. */
  chainRun(count: number, seconds: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * What the operator surfaces (CLI, cockpit) are tested against: a real orchestrator and two real
 * agents over real databases, an upgrade with a package, and API keys for each role. Every call
 * goes through libs/orchestrator-client.
 */
export async function startOperatorFixture(options: { rows?: number; rangeRows?: number } = {}): Promise<OperatorFixture> {
  const dbs: TestDatabases<'state' | 'source' | 'target'> = await createTestDatabases(['state', 'source', 'target']);
  await Promise.all([sql(dbs.urls.source, seed(options.rows ?? 60_000)), sql(dbs.urls.target, TABLES)]);
  const [source, target]: TestAgent[] = await Promise.all([startTestAgent(dbs.urls.source), startTestAgent(dbs.urls.target)]);
  const o = await startTestOrchestrator(dbs.urls.state);
  const admin = createOrchestratorClient({ baseUrl: o.url, apiKey: o.adminKey });
  const key = async (role: 'operator' | 'viewer') => unwrap(await admin.POST('/v1/api-keys', { body: { name: role, role } })).key;
  const keys = { admin: o.adminKey, operator: await key('operator'), viewer: await key('viewer') };
  const system = async (name: string, role: 'production-source' | 'target', agent: TestAgent) => {
    const a = unwrap(await admin.POST('/v1/agents', { body: { name: `agent-${name}`, baseUrl: agent.url, token: agent.token } }));
    return unwrap(await admin.POST('/v1/systems', { body: { name, role, agentId: a.id } })).id;
  };
  const systems = { prod: await system('prod', 'production-source', source), target: await system('target', 'target', target) };
  const pkg = unwrap(
    await admin.POST('/v1/packages', {
      body: {
        name: 'operator-surfaces',
        version: '1',
        copyRules: { include: [{ schema: 'ax', name: '*' }] },
        scripts: [],
        manualTasks: [
          { key: 'inform-users', title: 'Tell the users the system goes down at 18:00', description: 'Mail and banner.', required: true },
        ],
      },
    }),
  );
  const upgrade = unwrap(
    await admin.POST('/v1/upgrades', {
      body: {
        name: 'Cockpit AX 2009 to AX 2012',
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
        threads: 2,
        rangeRows: options.rangeRows ?? 2000,
      },
    }),
  );
  // Readiness, so that the manual checklist tasks (which wait for it) can be completed.
  const readiness = unwrap(await admin.POST('/v1/upgrades/{id}/readiness/runs', { params: { path: { id: upgrade.id } }, body: {} }));
  await eventually('the readiness run to end', async () => {
    const run = unwrap(await admin.GET('/v1/runs/{id}', { params: { path: { id: readiness.id } } }));
    return ['ended', 'error', 'canceled'].includes(run.status) && run.counts.executing === 0 && run;
  });
  const chainRun = async (count: number, seconds: number) => {
    const tasks = Array.from({ length: count }, (_, i) => ({
      key: `t${i + 1}`,
      systemId: systems.prod,
      sql: `SELECT pg_sleep(${seconds})`,
      ...(i > 0 ? { dependsOn: [`t${i}`] } : {}),
    }));
    return unwrap(await admin.POST('/v1/runs', { body: { threads: 1, tasks } })).id;
  };
  return {
    o,
    url: o.url,
    admin,
    operator: createOrchestratorClient({ baseUrl: o.url, apiKey: keys.operator }),
    viewer: createOrchestratorClient({ baseUrl: o.url, apiKey: keys.viewer }),
    keys,
    upgradeId: upgrade.id,
    systems,
    targetUrl: dbs.urls.target,
    chainRun,
    close: async () => {
      await o.close();
      await Promise.all([source.close(), target.close()]);
      await dbs.drop();
    },
  };
}
