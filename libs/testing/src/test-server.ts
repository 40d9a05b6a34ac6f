import { createTestDatabases, sql, testServerUrl, type TestDatabases } from './databases';

/** The database engines an agent can serve, as the tests name them. */
export type TestEngineKind = 'postgres' | 'mssql';

/**
 * A database server the tests create their source, test and target databases on: the harness's
 * PostgreSQL, or the SQL Server in MSSQL_URL. Fixtures are test setup; the agents under test reach
 * these databases through their own engines.
 */
export interface TestServer {
  readonly kind: TestEngineKind;
  /** Fresh databases with unique names; their URLs are what an agent of this engine is given. */
  createDatabases<N extends string>(roles: readonly N[]): Promise<TestDatabases<N>>;
  /**
   * Runs fixture SQL on one database and returns the rows of its last result set. PostgreSQL: one
   * multi-statement text. SQL Server: batches separated by lines holding only `GO`.
   */
  run<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string): Promise<T[]>;
  /**
   * A login other than the agents' with every right on the server (PostgreSQL: a SUPERUSER role;
   * SQL Server: a sysadmin login), for tests of what single-user mode does to other logins. Names
   * are the caller's, [a-z0-9_] only.
   */
  createSuperLogin(name: string, password: string): Promise<void>;
  dropLogin(name: string): Promise<void>;
}

const LOGIN_NAME = /^[a-z][a-z0-9_]*$/;
/** Login names and passwords go into fixture SQL as literals and identifiers: letters, digits, _ and - only. */
export function checkLogin(name: string, password: string): void {
  if (!LOGIN_NAME.test(name) || !/^[A-Za-z0-9_-]+$/.test(password)) throw new Error(`test login ${name}: unsafe name or password`);
}

/** The PostgreSQL server of the test run (DATABASE_URL, the embedded one under `npm test`). */
export function postgresTestServer(serverUrl = testServerUrl()): TestServer {
  return {
    kind: 'postgres',
    createDatabases: (roles) => createTestDatabases(roles, serverUrl),
    run: (url, text) => sql(url, text),
    createSuperLogin: async (name, password) => {
      checkLogin(name, password);
      await sql(serverUrl, `CREATE ROLE "${name}" LOGIN SUPERUSER PASSWORD '${password}'`);
    },
    dropLogin: async (name) => {
      checkLogin(name, 'x');
      await sql(serverUrl, `DROP ROLE IF EXISTS "${name}"`);
    },
  };
}
