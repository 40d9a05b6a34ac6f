import { unwrap, type OrchestratorApi } from '@cutover/orchestrator-client';
import { startUpgradeFixture, waitForRun, type TestOrchestrator } from '@cutover/testing/services';

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
  const fx = await startUpgradeFixture({
    sql: { source: seed(options.rows ?? 60_000), target: TABLES },
    package: {
      name: 'operator-surfaces',
      version: '1',
      copyRules: { include: [{ schema: 'ax', name: '*' }] },
      scripts: [],
      manualTasks: [
        { key: 'inform-users', title: 'Tell the users the system goes down at 18:00', description: 'Mail and banner.', required: true },
      ],
    },
    upgrade: { name: 'Cockpit AX 2009 to AX 2012', threads: 2, rangeRows: options.rangeRows ?? 2000 },
  });
  const { o, systems } = fx;
  const admin = o.api;
  const key = async (role: 'operator' | 'viewer') => unwrap(await admin.POST('/v1/api-keys', { body: { name: role, role } })).key;
  const keys = { admin: o.adminKey, operator: await key('operator'), viewer: await key('viewer') };
  const upgrade = { id: fx.upgradeId };
  // Readiness, so that the manual checklist tasks (which wait for it) can be completed.
  const readiness = unwrap(await admin.POST('/v1/upgrades/{id}/readiness/runs', { params: { path: { id: upgrade.id } }, body: {} }));
  await waitForRun(o, readiness.id);
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
    operator: o.as(keys.operator),
    viewer: o.as(keys.viewer),
    keys,
    upgradeId: upgrade.id,
    systems,
    targetUrl: fx.dbs.urls.target,
    chainRun,
    close: () => fx.close(),
  };
}
