import { after, before } from 'node:test';
import { unwrap, type OrchestratorSchemas } from '@cutover/orchestrator-client';
import type { AgentConfig } from '../../../../services/transfer-agent/src/config/agent.config';
import type { OrchestratorConfig } from '../../../../services/orchestrator/src/config/orchestrator.config';
import { createTestDatabases, sql, type TestDatabases } from '../databases';
import { spawnTestAgent, startTestAgent, type AgentProcess, type TestAgent } from './agents';
import { closeSteps } from './close-steps';
import { startTestOrchestrator, type TestOrchestrator } from './orchestrator';
import { registerSystems } from './runs';
import type { SpawnOptions } from './spawn';

/** Where a fixture's databases live and how its agents start: PostgreSQL by default, or a test engine (test/support/engines.ts). */
export interface FixtureEngine {
  /** `state` on PostgreSQL and the other roles on this engine; drop() drops them all. */
  databases<N extends string>(roles: readonly N[]): Promise<TestDatabases<'state' | N>>;
  sql(url: string, text: string): Promise<unknown>;
  startAgent(databaseUrl: string, overrides?: Partial<AgentConfig>): Promise<TestAgent>;
  spawnAgent(databaseUrl: string, fixed?: SpawnOptions): Promise<AgentProcess>;
}

export const postgresFixtureEngine: FixtureEngine = {
  databases: (roles) => createTestDatabases(['state', ...roles]),
  sql: (url, text) => sql(url, text),
  startAgent: (url, overrides) => startTestAgent(url, overrides),
  spawnAgent: (url, fixed) => spawnTestAgent(url, fixed),
};

type Side = 'source' | 'target';

/** How one side's agent runs: in this process (default, with config overrides) or as its own process (`spawn`), which can be killed and restarted. */
export type AgentMode = { overrides?: Partial<AgentConfig> } | { spawn: SpawnOptions };

export interface UpgradeFixtureOptions {
  engine?: FixtureEngine;
  /** Fixture SQL for the source and target databases, run before the agents start. */
  sql?: Partial<Record<Side, string>>;
  agents?: Partial<Record<Side, AgentMode>>;
  orchestrator?: Partial<OrchestratorConfig>;
  /** A package (the body of POST /v1/packages) and an upgrade from `prod` to `target` over it. */
  package?: OrchestratorSchemas['UploadPackageDto'];
  upgrade?: Partial<Omit<OrchestratorSchemas['CreateUpgradeDto'], 'sourceSystemId' | 'targetSystemId' | 'packageId'>>;
  /** Puts both systems in single-user mode (force), as the data upgrade requires. */
  singleUser?: boolean;
  /** Runs once the databases hold their fixture SQL, before any service starts (e.g. to note the target's objects). */
  seeded?(dbs: TestDatabases<'state' | Side>): Promise<void>;
}

/** A service the fixture started: in process (TestAgent) or spawned (AgentProcess). */
export type FixtureAgent = Pick<TestAgent, 'url' | 'token' | 'auth'> & { process?: AgentProcess };

export interface UpgradeFixture {
  dbs: TestDatabases<'state' | Side>;
  o: TestOrchestrator;
  source: FixtureAgent;
  target: FixtureAgent;
  /** System ids: `prod` (production-source) and `target`. */
  systems: { prod: string; target: string };
  /** The upgrade's id (with `package` given; empty otherwise). */
  upgradeId: string;
  /** SIGKILLs a spawned agent and starts it again on the same port, token and database. */
  restart(side: Side): Promise<void>;
  /** SIGKILLs a spawned agent (it stays down until restart). */
  kill(side: Side): Promise<void>;
  close(): Promise<void>;
}

/**
 * The e2e suites' usual world: state, source and target databases, two agents, an orchestrator,
 * the `prod` and `target` systems and, with a package, an upgrade over them. Everything the
 * fixture starts, close() stops (also after a failed start).
 */
export async function startUpgradeFixture(options: UpgradeFixtureOptions = {}): Promise<UpgradeFixture> {
  const engine = options.engine ?? postgresFixtureEngine;
  const closers: [string, () => Promise<unknown>][] = [];
  // Last started, first stopped. A step's error is not the suite's (a test may have stopped it
  // already); a step that hangs fails the teardown, naming it (closeSteps).
  const close = () =>
    closeSteps(
      closers
        .splice(0)
        .reverse()
        .map(([label, c]): [string, () => Promise<unknown>] => [label, () => c().catch(() => undefined)]),
    );
  try {
    const dbs = await engine.databases(['source', 'target'] as const);
    closers.push(['the databases', () => dbs.drop()]);
    await Promise.all((['source', 'target'] as const).map((side) => options.sql?.[side] && engine.sql(dbs.urls[side], options.sql[side])));
    await options.seeded?.(dbs);
    const agents: Record<Side, { agent: FixtureAgent; stop(): Promise<void> }> = Object.fromEntries(
      await Promise.all(
        (['source', 'target'] as const).map(async (side) => {
          const mode = options.agents?.[side];
          if (mode && 'spawn' in mode) {
            const process = await engine.spawnAgent(dbs.urls[side], mode.spawn);
            const holder = { agent: { url: process.url, token: process.token, auth: process.auth, process } as FixtureAgent };
            return [side, { ...holder, stop: () => holder.agent.process!.kill() }];
          }
          const agent = await engine.startAgent(dbs.urls[side], mode?.overrides);
          return [side, { agent, stop: () => agent.close() }];
        }),
      ),
    ) as never;
    closers.push(['the agents', () => Promise.all([agents.source.stop(), agents.target.stop()])]);
    const o = await startTestOrchestrator(dbs.urls.state, options.orchestrator);
    closers.push(['the orchestrator', () => o.close()]);
    const ids = await registerSystems(o, [
      { name: 'prod', role: 'production-source', agent: agents.source.agent },
      { name: 'target', role: 'target', agent: agents.target.agent },
    ]);
    const systems = { prod: ids.prod, target: ids.target };
    if (options.singleUser) {
      for (const id of Object.values(systems)) {
        unwrap(await o.api.POST('/v1/systems/{id}/single-user', { params: { path: { id } }, body: { force: true } }));
      }
    }
    const upgradeId = options.package ? await createUpgrade(o, systems, options) : '';
    const processOf = (side: Side): AgentProcess => {
      const p = fixture[side].process;
      if (!p) throw new Error(`the ${side} agent runs in this process: give agents.${side} = { spawn: {} } to kill or restart it`);
      return p;
    };
    const fixture: UpgradeFixture = {
      dbs,
      o,
      source: agents.source.agent,
      target: agents.target.agent,
      systems,
      upgradeId,
      kill: (side) => processOf(side).kill(),
      restart: async (side) => {
        const p = processOf(side);
        await p.kill();
        const next = await p.restart();
        fixture[side].process = next; // the same object the close stops
      },
      close,
    };
    return fixture;
  } catch (error) {
    await close();
    throw error;
  }
}

async function createUpgrade(
  o: TestOrchestrator,
  systems: { prod: string; target: string },
  options: UpgradeFixtureOptions,
): Promise<string> {
  const pkg = unwrap(await o.api.POST('/v1/packages', { body: options.package! }));
  const upgrade = unwrap(
    await o.api.POST('/v1/upgrades', {
      body: {
        name: options.package!.name,
        ...options.upgrade,
        sourceSystemId: systems.prod,
        targetSystemId: systems.target,
        packageId: pkg.id,
      },
    }),
  );
  return upgrade.id;
}

/** The suite hooks the fixture registers on: node:test's, or an engine suite's (engineTest: nothing runs on a skipped engine). */
export interface SuiteHooks {
  before: (fn: () => Promise<void>) => void;
  after: (fn: () => Promise<void>) => void;
}

/**
 * `startUpgradeFixture` in a suite's `before`, and its close in `after`: the returned object's
 * fields are there from the first test on.
 */
export function upgradeFixture(options: UpgradeFixtureOptions = {}, hooks: SuiteHooks = { before, after }): UpgradeFixture {
  const fixture = {} as UpgradeFixture;
  hooks.before(async () => {
    Object.assign(fixture, await startUpgradeFixture(options));
  });
  hooks.after(async () => {
    await fixture.close?.();
  });
  return fixture;
}
