/**
 * The test runner behind `npm test`, `npm run test:unit` and `npm run test:e2e`.
 *
 * - `--tier unit`: test/unit/** — no database, no service; seconds.
 * - `--tier e2e`: every other test file (e2e, contract, operator, the drift tests) against real
 *   services: starts one embedded PostgreSQL for the run when DATABASE_URL is unset (each test
 *   file creates its own fresh databases on it), checks every response against openapi/*.json,
 *   and stops the server.
 * - no tier (`npm test`): the unit tier, then the e2e tier; fails if either fails.
 * - file arguments: those files only, as the e2e tier (e.g. `node dist/test/run.js dist/test/e2e/x.test.js`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VALIDATE_RESPONSES_ENV } from '@cutover/common';
import { EmbeddedPostgresError, startEmbeddedPostgres, type RunningPostgres } from '@cutover/testing';
import { ledgerVerdict, type LedgerLine } from './support/ledger-verdict';
import { reportResponseChecks } from './support/response-report';

const UNIT = 'dist/test/unit/**/*.test.js';
const E2E = ['dist/test/*.test.js', 'dist/test/e2e/**/*.test.js', 'dist/test/contract/**/*.test.js', 'dist/test/operator/**/*.test.js'];

async function main(): Promise<number> {
  // Node 20's test runner takes no glob patterns and says only "Could not find …".
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(`this is Node ${process.versions.node}; the tests need Node ≥ 22: run them with npm test, which uses the pinned Node 24`);
    return 1;
  }
  const args = process.argv.slice(2);
  const tierAt = args.indexOf('--tier');
  const tier = tierAt >= 0 ? args[tierAt + 1] : undefined;
  const files = args.filter((_, i) => tierAt < 0 || (i !== tierAt && i !== tierAt + 1));
  if (tier !== undefined && !['unit', 'e2e'].includes(tier)) {
    console.error(`--tier ${tier}: unit or e2e`);
    return 2;
  }
  if (files.length > 0) return e2e(files);
  if (tier === 'unit') return unit();
  if (tier === 'e2e') return e2e(E2E);
  const unitCode = await unit();
  const e2eCode = await e2e(E2E);
  console.log(`npm test: unit tier ${unitCode === 0 ? 'passed' : 'FAILED'}, e2e tier ${e2eCode === 0 ? 'passed' : 'FAILED'}`);
  return unitCode !== 0 ? unitCode : e2eCode;
}

/** The unit tier: no database, no services, no response check. */
async function unit(): Promise<number> {
  const started = Date.now();
  console.log('test harness: unit tier (test/unit, no database)');
  const env = { ...process.env };
  delete env.DATABASE_URL; // a unit test that reached for a database would fail here, not quietly use one
  const code = await runNodeTests([UNIT], env);
  console.log(`test harness: unit tier ${code === 0 ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

/**
 * Runs Node's test runner over `patterns`; Ctrl-C and signals reach it (same process group).
 * Its exit code alone is not trusted: a suite whose hook times out exits 0 with `fail 0`, and a
 * skipped test counts as passed, so every failure and skip is also written to a ledger: a failure
 * fails the run, and so does a skip whose reason is not the machine's (ledger-verdict.ts).
 */
async function runNodeTests(patterns: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const ledgerDir = mkdtempSync(join(tmpdir(), 'cutover-ledger-'));
  const ledger = join(ledgerDir, 'ledger.jsonl');
  try {
    const code = await new Promise<number>((resolve) => {
      child = spawn(
        process.execPath,
        [
          '--test',
          ...['--test-reporter=spec', '--test-reporter-destination=stdout'],
          ...[`--test-reporter=${join(__dirname, 'support', 'failure-ledger.js')}`, `--test-reporter-destination=${ledger}`],
          // Not --test-force-exit: with it, Node 24 ended files while their later suites ran (26 unit tests went unrun, silently).
          ...['--test-concurrency=2', '--test-timeout=300000', ...patterns],
        ],
        { env, cwd: join(__dirname, '..', '..'), stdio: 'inherit' },
      );
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
    return code !== 0 ? code : judgeLedger(ledger);
  } finally {
    rmSync(ledgerDir, { recursive: true, force: true });
  }
}

/** 0 when the ledger holds no failure and no unexplained skip; prints what it holds. */
function judgeLedger(ledger: string): number {
  let text: string;
  try {
    text = readFileSync(ledger, 'utf8');
  } catch {
    console.error('test harness: the ledger was not written, so the run cannot be trusted');
    return 1;
  }
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LedgerLine);
  const { ok, report } = ledgerVerdict(lines);
  for (const line of report) (ok ? console.log : console.error)(`test harness: ${line}`);
  return ok ? 0 : 1;
}

let child: ChildProcess | undefined;
let interrupted = false;

/** The e2e tier (or the files given): one PostgreSQL for the run, every response checked against the documents. */
async function e2e(patterns: string[]): Promise<number> {
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
  try {
    if (interrupted) return 130;
    return await runNodeTests(patterns, env).then((code) => {
      if (!checkDir) return code;
      const clean = reportResponseChecks(join(checkDir, 'responses.jsonl'));
      return code === 0 && !clean ? 1 : code;
    });
  } finally {
    await server?.stop();
    if (checkDir) rmSync(checkDir, { recursive: true, force: true });
  }
}

// Ctrl-C reaches the test runner too (same process group) and ends it; the server, in its own
// group, is stopped once the runner has exited. A signal sent to this process alone is passed
// on; one that comes while the server starts ends the run once it has started.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = true;
    child?.kill(signal);
  });
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
