/**
 * Issue #17's downtime goal: the single-user window of a realistic cutover, with and without the
 * DAG overlap. The source has single-user scripts (mass UPDATEs of two tables) that take about as
 * long as the copy of the tables they do not touch, then the data upgrade.
 *
 *   npm run build && node dist/bench/downtime.js --scale 0.5 --threads 4 --repeat 3
 *
 * - **one after the other**: the single-user preprocessing run (the scripts and the guard), then the
 *   data upgrade run (copy, verify, indexes), as an operator runs them step by step. Window = the
 *   first run's creation → the second's finish.
 * - **overlap**: the data upgrade run alone, which takes the pending single-user scripts into its DAG:
 *   a table's copy waits only for the scripts writing it (the seed: they run concurrently).
 * - **alone**: the scripts' run and the copy's run of the first mode, each on its own.
 * Goal: overlap ≤ 1.15 × the longer of the two alone.
 *
 * One embedded PostgreSQL (fsync off) holds the orchestrator's state, the source and the target;
 * the orchestrator and both agents are their own processes (bench/copy-cutover). Every window is
 * read from the runs' own timestamps (the orchestrator's clock).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createTestDatabases, sql, startEmbeddedPostgres } from '@cutover/testing';
import { unwrap } from '@cutover/orchestrator-client';
import { treeCpu } from './copy-cluster';
import { startCutover, type BenchScript, type Cutover } from './copy-cutover';
import { benchTables, deferredDdl, measure, qualified, seedSource, tablesDdl } from './copy-dataset';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.5' },
    seed: { type: 'string', default: '1' },
    'range-rows': { type: 'string', default: '250000' },
    threads: { type: 'string', default: '4' },
    repeat: { type: 'string', default: '3' },
    /** UPDATE passes (or seconds waited) per script; by default calibrated so the scripts take about as long as the untouched tables' copy. */
    passes: { type: 'string' },
    /**
     * What a script does: `update` (mass UPDATEs: CPU on the source, as AX's scripts on one shared
     * box) or `wait` (pg_sleep: a script whose time goes to I/O or locks, not to the CPUs the copy
     * needs; it isolates the DAG's overlap from CPU contention on this 2-core machine).
     */
    work: { type: 'string', default: 'update' },
  },
});

if (args.work !== 'update' && args.work !== 'wait') {
  console.error(`--work must be update or wait, not ${JSON.stringify(args.work)}`);
  process.exit(2);
}

/** The tables the single-user scripts rewrite: their copies must wait for them. */
const TOUCHED = ['custinvoicetrans', 'salesline_pk'];
const log = (line: string) => console.log(`[downtime] ${line}`);
const fmt = (x: number, digits = 2) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A mass UPDATE of one table, as many passes as the source's `bench.control` says (a single-user
 * script rewriting a column, as AX's do). The count lives on the source, outside the copied schema,
 * so one package serves the calibration and the rounds.
 */
function script(table: string, work: string): BenchScript {
  const update = `UPDATE "ax"."${table}" SET "name" = left(md5("name") || "name", 200)`;
  const body =
    work === 'wait'
      ? `DO $$ BEGIN PERFORM pg_sleep((SELECT passes FROM bench.control)); END $$`
      : `DO $$ BEGIN FOR i IN 1..(SELECT passes FROM bench.control) LOOP ${update}; END LOOP; END $$`;
  return {
    key: `single-user.${table}`,
    phase: 'single-user',
    description:
      work === 'wait'
        ? `Waits bench.control.passes seconds, standing for I/O-bound work on ax.${table}`
        : `Rewrites ax.${table}.name, bench.control.passes times`,
    dependsOn: [],
    reads: [{ schema: 'ax', name: table }],
    writes: [{ schema: 'ax', name: table }],
    sql: { postgres: body },
  };
}

interface Round {
  scripts: number;
  copy: number;
  sequential: number;
  overlap: number;
  /** CPU seconds of the bench's process tree (PostgreSQL, the services, the bench) during each run. */
  cpu: { scripts: number; copy: number; overlap: number };
}

/** Every process of this bench is a descendant of it: the embedded PostgreSQL, the orchestrator, the agents. */
const cpu = () => treeCpu([process.pid]);
const CORES = availableParallelism();

async function window(c: Cutover, firstRun: string, lastRun: string): Promise<number> {
  const get = async (id: string) => unwrap(await c.api.GET('/v1/runs/{id}', { params: { path: { id } } }));
  const [first, last] = [await get(firstRun), await get(lastRun)];
  return (Date.parse(last.finishedAt!) - Date.parse(first.createdAt)) / 1000;
}

async function exitSingleUser(c: Cutover): Promise<void> {
  for (const id of c.systems) unwrap(await c.api.POST('/v1/systems/{id}/single-user/exit', { params: { path: { id } } }));
}

/** The single-user preprocessing run alone (the systems already in single-user mode); its run id. */
async function runScripts(c: Cutover): Promise<string> {
  const run = unwrap(
    await c.api.POST('/v1/upgrades/{id}/single-user/runs', {
      params: { path: { id: c.upgradeId } },
      body: { override: { reason: 'downtime benchmark' } },
    }),
  );
  const status = await c.waitRun(run.id);
  if (status !== 'ended') {
    const page = unwrap(await c.api.GET('/v1/runs/{id}/tasks', { params: { path: { id: run.id }, query: { status: 'error' } } }));
    throw new Error(`single-user preprocessing run ${run.id} ${status}: ${page.items.map((t) => `${t.key}: ${t.error}`).join('; ')}`);
  }
  return run.id;
}

/** One round: the two runs one after the other, then the data upgrade with the scripts in its DAG. */
async function round(c: Cutover, threads: number, reset: () => Promise<void>, n: number): Promise<Round> {
  await freshUpgrade(c, `downtime ${n} one after the other`);
  await reset();
  await c.enterSingleUser();
  const cpu0 = cpu();
  const scriptsRun = await runScripts(c);
  const cpu1 = cpu();
  await c.run(threads, { entered: true });
  const cpu2 = cpu();
  const copyRun = c.lastRunId()!;
  await exitSingleUser(c);
  const scripts = await window(c, scriptsRun, scriptsRun);
  const copy = await window(c, copyRun, copyRun);
  const sequential = await window(c, scriptsRun, copyRun);

  await freshUpgrade(c, `downtime ${n} overlap`);
  await reset();
  await c.enterSingleUser();
  const cpu3 = cpu();
  await c.run(threads, { entered: true });
  const overlapCpu = cpu() - cpu3;
  const overlapRun = c.lastRunId()!;
  await exitSingleUser(c);
  const kinds = await tasksKinds(c, overlapRun);
  if (!kinds.has('source-script')) throw new Error(`the overlapping run ${overlapRun} ran no single-user script`);
  const cpuSeconds = { scripts: cpu1 - cpu0, copy: cpu2 - cpu1, overlap: overlapCpu };
  return { scripts, copy, sequential, overlap: await window(c, overlapRun, overlapRun), cpu: cpuSeconds };
}

/**
 * Scripts run once per upgrade and package, so each mode runs in a fresh upgrade of the same
 * systems and package, with its readiness check passed (single-user work requires it).
 */
async function freshUpgrade(c: Cutover, name: string): Promise<void> {
  await c.anotherUpgrade(name);
  const readiness = unwrap(await c.api.POST('/v1/upgrades/{id}/readiness/runs', { params: { path: { id: c.upgradeId } }, body: {} }));
  if ((await c.waitRun(readiness.id)) !== 'ended') throw new Error(`readiness run ${readiness.id} did not end`);
}

async function tasksKinds(c: Cutover, runId: string): Promise<Set<string>> {
  const page = unwrap(await c.api.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { limit: 1000 } } }));
  return new Set(page.items.map((t) => t.kind));
}

/** Passes so that the scripts take about as long as the copy of the tables they do not touch. */
async function calibrate(c: Cutover, threads: number, reset: () => Promise<void>, rows: Map<string, number>): Promise<number> {
  await freshUpgrade(c, 'downtime calibration');
  await reset();
  await c.enterSingleUser();
  const one = await window(c, ...(await runScripts(c).then((id) => [id, id] as const)));
  const copy = await c.run(threads, { entered: true });
  await exitSingleUser(c);
  const total = [...rows.values()].reduce((a, b) => a + b, 0);
  const untouched = total - TOUCHED.reduce((n, t) => n + (rows.get(t) ?? 0), 0);
  const target = copy.seconds * (untouched / total);
  const passes = Math.max(1, Math.round(target / one));
  log(`calibration: one pass ${fmt(one)} s; copy ${fmt(copy.seconds)} s, untouched share ${fmt(target)} s → ${passes} passes`);
  return passes;
}

async function main(): Promise<void> {
  const scale = Number(args.scale);
  const threads = Number(args.threads);
  const repeat = Number(args.repeat);
  const tables = benchTables(scale, Number(args.seed));
  const rows = new Map(tables.map((t) => [t.name, t.rows]));
  const pg = await startEmbeddedPostgres({ settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  const dbs = await createTestDatabases(['state', 'source', 'target'], pg.url);
  const cleanups: (() => Promise<void>)[] = [];
  try {
    await seedSource(dbs.urls.source, tables);
    await sql(dbs.urls.target, [tablesDdl(tables), ...deferredDdl(tables)].join(';\n'));
    const size = await measure(dbs.urls.source);
    log(`dataset (scale ${scale}): ${size.rows.toLocaleString('en')} rows, ${fmt(size.bytes / 2 ** 20, 0)} MB`);
    // Before each run: the target empty (the plan refuses a non-empty one) and the scripts' dead rows vacuumed.
    const reset = async () => {
      await sql(dbs.urls.target, `TRUNCATE ${tables.map(qualified).join(', ')}`);
      await sql(dbs.urls.source, `VACUUM (ANALYZE) ${TOUCHED.map((t) => `"ax"."${t}"`).join(', ')}`);
    };
    const setPasses = (n: number) => sql(dbs.urls.source, `UPDATE bench.control SET passes = ${Math.trunc(n)}`);
    await sql(
      dbs.urls.source,
      'CREATE SCHEMA bench; CREATE TABLE bench.control (passes integer NOT NULL); INSERT INTO bench.control VALUES (1)',
    );
    const cutover = await startCutover(
      dbs.urls,
      threads,
      Number(args['range-rows']),
      undefined,
      TOUCHED.map((t) => script(t, args.work)),
    );
    cleanups.push(() => cutover.stop());
    const passes = args.passes ? Number(args.passes) : await calibrate(cutover, threads, reset, rows);
    await setPasses(passes);
    const rounds: Round[] = [];
    for (let i = 0; i < repeat; i++) {
      const r = await round(cutover, threads, reset, i + 1);
      rounds.push(r);
      log(
        `round ${i + 1}: scripts ${fmt(r.scripts)} s, copy ${fmt(r.copy)} s, one after the other ${fmt(r.sequential)} s, overlap ${fmt(r.overlap)} s (${fmt(r.overlap / Math.max(r.scripts, r.copy), 2)}× the longer alone); CPU s ${fmt(r.cpu.scripts)} + ${fmt(r.cpu.copy)} one after the other, ${fmt(r.cpu.overlap)} overlapping`,
      );
    }
    report(rounds, threads, passes);
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    await dbs.drop().catch(() => undefined);
    await pg.stop();
  }
}

function report(rounds: Round[], threads: number, passes: number): void {
  const col = (f: (r: Round) => number) => `${fmt(median(rounds.map(f)))} (${rounds.map((r) => fmt(f(r))).join(', ')})`;
  const ratio = (r: Round) => r.overlap / Math.max(r.scripts, r.copy);
  console.log(
    [
      '',
      `threads ${threads}, ${args.work === 'wait' ? `scripts waiting ${passes} s` : `${passes} UPDATE passes per script`}, median of ${rounds.length} (every round in brackets):`,
      '',
      '| measure | seconds |',
      '| --- | ---: |',
      `| single-user scripts alone | ${col((r) => r.scripts)} |`,
      `| data upgrade alone | ${col((r) => r.copy)} |`,
      `| one after the other | ${col((r) => r.sequential)} |`,
      `| overlap (one DAG) | ${col((r) => r.overlap)} |`,
      `| overlap ÷ the longer alone | ${col(ratio)} |`,
      `| overlap ÷ one after the other | ${col((r) => r.overlap / r.sequential)} |`,
      `| CPU s: scripts / data upgrade / overlap | ${col((r) => r.cpu.scripts)} / ${col((r) => r.cpu.copy)} / ${col((r) => r.cpu.overlap)} |`,
      `| CPU floor of the overlap (its CPU s ÷ ${CORES} cores) | ${col((r) => r.cpu.overlap / CORES)} |`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
