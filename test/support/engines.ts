import { after as nodeAfter, before as nodeBefore, it as nodeIt } from 'node:test';
import { EngineKind, type TableRef } from '@cutover/contracts';
import {
  mssqlDigestQuery,
  mssqlTestServer,
  postgresTestServer,
  type TestDatabases,
  type TestEngineKind,
  type TestServer,
} from '@cutover/testing';
import type { AgentConfig } from '../../services/transfer-agent/src/config/agent.config';
import { randomBytes } from 'node:crypto';
import { digest as postgresDigest } from './digest';
import {
  spawnTestAgent,
  startTestAgent,
  writeBeforeCutOff,
  type AgentProcess,
  type SpawnOptions,
  type TestAgent,
} from '@cutover/testing/services';
import { engineOnlySkip, MSSQL_SKIP } from './skip-reasons';

/** One text (or value) per engine, kept side by side so a suite stays one. */
export type ByEngine<T> = Record<TestEngineKind, T>;

export { MSSQL_SKIP };

/**
 * Rows 1..n as a derived table `s` with one column `g`, for T-SQL fixtures (PostgreSQL's
 * `generate_series(1, n) g`): TOP over a cross join of the catalog, a few million rows at most.
 */
export const tsqlSeries = (n: number): string =>
  `(SELECT TOP (${n}) CONVERT(bigint, ROW_NUMBER() OVER (ORDER BY (SELECT NULL))) AS g FROM sys.all_objects a CROSS JOIN sys.all_objects b) s`;

/** Content digest of a table, computed by the fixture layer (never by the agent under test). */
export interface Digest {
  rows: number;
  md5: string;
}

/**
 * The engine a parametrized e2e suite runs on: where its source, test and target databases live,
 * how its agents start, and the assertions that differ by engine. The orchestrator's own state
 * database is PostgreSQL on every engine.
 */
export interface TestEngine {
  kind: TestEngineKind;
  /** Why this engine's cases are reported as skipped; undefined when they run. */
  skip: string | undefined;
  /** `state` on PostgreSQL, the other roles on this engine's server; drop() drops them all. */
  databases<N extends string>(roles: readonly N[]): Promise<TestDatabases<'state' | N>>;
  /** Fixture SQL on a database of this engine (T-SQL: GO-separated batches). */
  sql<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string): Promise<T[]>;
  pick<T>(byEngine: ByEngine<T>): T;
  startAgent(databaseUrl: string, overrides?: Partial<AgentConfig>): Promise<TestAgent>;
  spawnAgent(databaseUrl: string, fixed?: { port?: number; token?: string } & SpawnOptions): Promise<AgentProcess>;
  digest(url: string, table: TableRef): Promise<Digest>;
  /**
   * Another login with every right on the server (PostgreSQL superuser, SQL Server sysadmin):
   * `as(url)` is a database's URL with its credentials; drop() removes it.
   */
  superLogin(name: string): Promise<{ name: string; as(url: string): string; drop(): Promise<void> }>;
  /** A write as another login while the single-user watchdog ends such sessions: retried until one attempt gets through. */
  writeBeforeCutOff(url: string, text: string): Promise<void>;
  /** Names of a schema's secondary indexes and check, unique and foreign-key constraints, sorted. */
  secondaryObjects(url: string, schema: string): Promise<string[]>;
}

const POSTGRES_OBJECTS = (schema: string) => `
  SELECT indexname AS name FROM pg_indexes WHERE schemaname = '${schema}' AND indexname NOT LIKE '%pkey'
  UNION SELECT conname FROM pg_constraint WHERE connamespace = '${schema}'::regnamespace AND contype IN ('c', 'u', 'f') ORDER BY 1`;

const MSSQL_OBJECTS = (schema: string) => `
  SELECT i.name FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id
    WHERE SCHEMA_NAME(t.schema_id) = N'${schema}' AND i.name IS NOT NULL AND i.is_primary_key = 0
  UNION SELECT name FROM sys.check_constraints WHERE SCHEMA_NAME(schema_id) = N'${schema}'
  UNION SELECT name FROM sys.key_constraints WHERE SCHEMA_NAME(schema_id) = N'${schema}' AND type = 'UQ'
  UNION SELECT name FROM sys.foreign_keys WHERE SCHEMA_NAME(schema_id) = N'${schema}'
  ORDER BY 1`;

function engineOf(server: TestServer | undefined, kind: TestEngineKind, skip: string | undefined): TestEngine {
  const on = (): TestServer => {
    if (!server) throw new Error(`the ${kind} engine is skipped here: ${skip}`);
    return server;
  };
  const postgres = postgresTestServer();
  const agentEngine = kind === 'mssql' ? EngineKind.Mssql : EngineKind.Postgres;
  return {
    kind,
    skip,
    databases: async <N extends string>(roles: readonly N[]) => {
      if (kind === 'postgres') return postgres.createDatabases<'state' | N>(['state', ...roles]);
      const [state, others] = [await postgres.createDatabases(['state'] as const), await on().createDatabases(roles)];
      return {
        urls: { ...others.urls, state: state.urls.state } as Record<'state' | N, string>,
        names: { ...others.names, state: state.names.state } as Record<'state' | N, string>,
        drop: async () => {
          await Promise.all([state.drop(), others.drop()]);
        },
      };
    },
    sql: (url, text) => on().run(url, text),
    pick: (byEngine) => byEngine[kind],
    startAgent: (url, overrides = {}) => startTestAgent(url, { engine: agentEngine, ...overrides }),
    spawnAgent: (url, fixed = {}) => spawnTestAgent(url, { ...fixed, env: { AGENT_ENGINE: kind, ...fixed.env } }),
    digest: async (url, table) => {
      if (kind === 'postgres') return postgresDigest(url, table);
      const [row] = await on().run<{ rows: number; md5: string }>(url, mssqlDigestQuery(table));
      return { rows: row.rows, md5: row.md5 };
    },
    superLogin: async (name) => {
      const password = `Pw-${randomBytes(9).toString('hex')}`;
      await on().createSuperLogin(name, password);
      const as = (url: string) => {
        const u = new URL(url);
        u.username = name;
        u.password = password;
        return u.toString();
      };
      return { name, as, drop: () => on().dropLogin(name) };
    },
    writeBeforeCutOff: (url, text) => (kind === 'postgres' ? writeBeforeCutOff(url, text) : retryCutOff(() => on().run(url, text))),
    secondaryObjects: async (url, schema) => {
      const rows = await on().run<{ name: string }>(url, kind === 'postgres' ? POSTGRES_OBJECTS(schema) : MSSQL_OBJECTS(schema));
      return rows.map((r) => r.name);
    },
  };
}

/** SQL Server's ways of saying a session was ended (KILL) under a statement. */
const CUT_OFF = /ECONNRESET|Connection lost|connection is closed|severe error|session is in the kill state|terminat/i;

async function retryCutOff(write: () => Promise<unknown>, attempts = 50): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await write();
      return;
    } catch (error) {
      if (i >= attempts || !CUT_OFF.test((error as Error).message)) throw error;
    }
  }
}

/** PostgreSQL always; SQL Server when MSSQL_URL is set, otherwise present and skipped with the reason. */
export function testEngines(): TestEngine[] {
  const mssqlUrl = process.env.MSSQL_URL;
  return [
    engineOf(postgresTestServer(), 'postgres', undefined),
    engineOf(mssqlUrl ? mssqlTestServer(mssqlUrl) : undefined, 'mssql', mssqlUrl ? undefined : MSSQL_SKIP),
  ];
}

/**
 * node:test's it/before/after for one engine's describe block: with the engine skipped, every case
 * is registered and reported as skipped with the reason, and the hooks do nothing.
 */
export function engineTest(engine: TestEngine): {
  it: (name: string, fn: () => Promise<void>) => void;
  /** A case that runs on some engines only; on the others it is reported as skipped with `why`. */
  itOn: (kinds: TestEngineKind[], why: string, name: string, fn: () => Promise<void>) => void;
  before: (fn: () => Promise<void>) => void;
  after: (fn: () => Promise<void>) => void;
} {
  const skipped = engine.skip !== undefined;
  return {
    it: (name, fn) => void nodeIt(name, skipped ? { skip: engine.skip } : {}, fn),
    itOn: (kinds, why, name, fn) => {
      const skip = engine.skip ?? (kinds.includes(engine.kind) ? undefined : engineOnlySkip(kinds, why));
      void nodeIt(name, skip ? { skip } : {}, fn);
    },
    before: (fn) => void nodeBefore(skipped ? async () => undefined : fn),
    after: (fn) => void nodeAfter(skipped ? async () => undefined : fn),
  };
}
