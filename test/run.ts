/**
 * `npm test`: starts one embedded PostgreSQL for the whole run when DATABASE_URL is unset (each
 * test file then creates its own fresh databases on it), runs every compiled test file with
 * Node's test runner, and stops the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VALIDATE_RESPONSES_ENV } from '@cutover/common';
import { EmbeddedPostgresError, startEmbeddedPostgres, type RunningPostgres } from '@cutover/testing';
import { reportResponseChecks } from './support/response-report';

async function main(): Promise<number> {
  // Node 20's test runner takes no glob patterns and says only "Could not find …".
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(`this is Node ${process.versions.node}; the tests need Node ≥ 22: run them with npm test, which uses the pinned Node 24`);
    return 1;
  }
  // Ctrl-C reaches the test runner too (same process group) and ends it; the server, in its own
  // group, is stopped below once the runner has exited. A signal sent to this process alone is
  // passed on; one that comes while the server starts ends the run once it has started.
  let child: ChildProcess | undefined;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      interrupted = true;
      child?.kill(signal);
    });
  }
  let server: RunningPostgres | undefined;
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    // Throwaway cluster (removed on stop): durability settings off for speed.
    server = await startEmbeddedPostgres({
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
    env.DATABASE_URL = server.url;
    console.log(`test harness: embedded PostgreSQL on port ${server.port}`);
  } else {
    console.log('test harness: using the PostgreSQL server in DATABASE_URL');
  }
  if (!env.MSSQL_URL) console.log('test harness: MSSQL_URL is unset, SQL Server tests will be reported as skipped');
  // Every response either service sends during the run is checked against openapi/*.json
  // (CUTOVER_VALIDATE_RESPONSES=off turns it off); the services append one line per response here.
  const checkDir = env[VALIDATE_RESPONSES_ENV] === 'off' ? undefined : mkdtempSync(join(tmpdir(), 'cutover-responses-'));
  if (checkDir) env[VALIDATE_RESPONSES_ENV] = join(checkDir, 'responses.jsonl');
  const root = join(__dirname, '..'); // dist/
  const patterns = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist/test/**/*.test.js'];
  try {
    if (interrupted) return 130;
    return await new Promise<number>((resolve) => {
      child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=300000', ...patterns], {
        env,
        cwd: join(root, '..'),
        stdio: 'inherit',
      });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    }).then((code) => {
      if (!checkDir) return code;
      const clean = reportResponseChecks(join(checkDir, 'responses.jsonl'));
      return code === 0 && !clean ? 1 : code;
    });
  } finally {
    await server?.stop();
    if (checkDir) rmSync(checkDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // One line saying what to do, never a stack trace.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(
      error instanceof EmbeddedPostgresError
        ? `npm test: ${message}`
        : `npm test: the embedded PostgreSQL could not start (${message}); set DATABASE_URL to a server of your own`,
    );
    process.exit(1);
  },
);
