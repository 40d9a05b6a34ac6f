/**
 * `npm test`: starts one embedded PostgreSQL for the whole run when DATABASE_URL is unset (each
 * test file then creates its own fresh databases on it), runs every compiled test file with
 * Node's test runner, and stops the server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '@cutover/testing';

async function main(): Promise<number> {
  // Node 20's test runner takes no glob patterns and says only "Could not find …".
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(`this is Node ${process.versions.node}; the tests need Node ≥ 22: run them with npm test, which uses the pinned Node 24`);
    return 1;
  }
  let server: RunningPostgres | undefined;
  let dataDir: string | undefined;
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    dataDir = mkdtempSync(join(tmpdir(), 'cutover-test-pg-'));
    // Throwaway cluster: durability settings off for speed.
    server = await startEmbeddedPostgres({
      dataDir,
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
    env.DATABASE_URL = server.url;
    console.log(`test harness: embedded PostgreSQL on port ${server.port}`);
  } else {
    console.log('test harness: using the PostgreSQL server in DATABASE_URL');
  }
  if (!env.MSSQL_URL) console.log('test harness: MSSQL_URL is unset, SQL Server tests will be reported as skipped');
  const root = join(__dirname, '..'); // dist/
  const patterns = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist/test/**/*.test.js'];
  try {
    return await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=300000', ...patterns],
        {
          env,
          cwd: join(root, '..'),
          stdio: 'inherit',
        },
      );
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
