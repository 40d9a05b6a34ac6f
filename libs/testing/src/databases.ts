import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server tests run against: the harness's embedded one, or the user's via DATABASE_URL. */
export function testServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: run tests with `npm test`, which starts an embedded PostgreSQL when it is unset');
  }
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface TestDatabases<N extends string> {
  urls: Record<N, string>;
  names: Record<N, string>;
  drop(): Promise<void>;
}

/**
 * Fresh databases for one test file, e.g. createTestDatabases(['state', 'source', 'target']).
 * Names are random so files can run in parallel against one server.
 */
export async function createTestDatabases<N extends string>(roles: readonly N[], serverUrl = testServerUrl()): Promise<TestDatabases<N>> {
  const tag = randomBytes(4).toString('hex');
  const names = Object.fromEntries(roles.map((r) => [r, `t_${tag}_${r.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`])) as Record<N, string>;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const name of Object.values<string>(names)) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const urls = Object.fromEntries(roles.map((r) => [r, databaseUrl(serverUrl, names[r])])) as Record<N, string>;
  return {
    urls,
    names,
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        for (const name of Object.values<string>(names)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Runs SQL on a database and closes the connection. */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}
