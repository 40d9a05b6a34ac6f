/**
 * Issue #19's goal: rehearse the bench dataset at a quarter of its size, forecast the full size at
 * 2, 4 and 8 threads, then run the full data upgrade at each and report the forecast's error.
 *
 *   npm run build && node dist/bench/forecast.js --scale 0.2 --threads 2,4,8 [--rehearse-threads 4,2]
 *
 * `--rehearse-threads` may list several thread counts: the quarter dataset is rehearsed at each (a
 * rehearsal apiece, same system), the forecast is asked from the first, and its capacity is fitted
 * from all of them jointly (rehearsals/capacity.ts) and bounded by the agents' cores.
 *
 * One embedded PostgreSQL (fsync off) holds the orchestrator's state, the source and the target;
 * the orchestrator and both agents are their own processes (bench/copy-cutover). The measured
 * window is the run's own elapsed time (created → finished, the orchestrator's clock), the same
 * measure a rehearsal's window is.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createTestDatabases, sql, startEmbeddedPostgres } from '@cutover/testing';
import { unwrap } from '@cutover/orchestrator-client';
import { startCutover } from './copy-cutover';
import { benchTables, deferredDdl, measure, qualified, seedSource, tablesDdl, type BenchTable } from './copy-dataset';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '1' },
    'range-rows': { type: 'string', default: '50000' },
    threads: { type: 'string', default: '2,4,8' },
    /** One or more thread counts: a rehearsal of the quarter dataset at each; the forecast scales the first. */
    'rehearse-threads': { type: 'string', default: '4' },
    /** Writes every run's task timings (rehearsal and measured runs) here, to study the model offline. */
    dump: { type: 'string' },
  },
});

const log = (line: string) => console.log(`[forecast] ${line}`);
const fmt = (x: number, digits = 0) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

interface Forecast {
  windowSeconds: number;
  criticalPath: { key: string; phase: string; seconds: number; waitedSeconds: number }[];
  criticalPathSeconds: number;
  longestChainSeconds: number;
  workSeconds: number;
  threadsCurve: { threads: number; windowSeconds: number }[];
  tables: { source: { name: string }; factor: number; rangesRehearsed: number; rangesForecast: number }[];
  estimated: unknown[];
  capacity: { tasks: number | null; basis: string; fittedTasks: number | null; rehearsals: { label: string }[] };
  durations: { label: string; meanConcurrency: number; basis: string };
}

async function loadFresh(source: string, target: string, tables: BenchTable[]): Promise<void> {
  for (const url of [source, target]) await sql(url, 'DROP SCHEMA IF EXISTS "ax" CASCADE');
  await seedSource(source, tables);
  await sql(target, [tablesDdl(tables), ...deferredDdl(tables)].join(';\n'));
}

async function main(): Promise<void> {
  const scale = Number(args.scale);
  const seed = Number(args.seed);
  const rangeRows = Number(args['range-rows']);
  const threads = args.threads.split(',').map(Number);
  const rehearseThreads = args['rehearse-threads'].split(',').map(Number);
  const pg = await startEmbeddedPostgres({ settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  const dbs = await createTestDatabases(['state', 'source', 'target'], pg.url);
  const cutover = await startCutover(dbs.urls, Math.max(...threads, ...rehearseThreads), rangeRows);
  const exitSingleUser = async () => {
    for (const id of cutover.systems) unwrap(await cutover.api.POST('/v1/systems/{id}/single-user/exit', { params: { path: { id } } }));
  };
  const runWindow = async (): Promise<number> => {
    const r = unwrap(await cutover.api.GET('/v1/runs/{id}', { params: { path: { id: cutover.lastRunId()! } } }));
    return (Date.parse(r.finishedAt!) - Date.parse(r.createdAt)) / 1000;
  };
  try {
    const quarter = benchTables(scale / 4, seed);
    let t0 = performance.now();
    await loadFresh(dbs.urls.source, dbs.urls.target, quarter);
    const small = await measure(dbs.urls.source);
    log(
      `rehearsal dataset (scale ${scale / 4}): ${fmt(small.rows)} rows, ${fmt(small.bytes / 2 ** 20)} MB, seeded in ${fmt((performance.now() - t0) / 1000, 1)} s`,
    );
    const rehearsals: { id: string; run: string; window: number }[] = [];
    for (const [i, k] of rehearseThreads.entries()) {
      if (i > 0) await sql(dbs.urls.target, `TRUNCATE ${quarter.map(qualified).join(', ')}`);
      await cutover.run(k);
      const window = await runWindow();
      const run = cutover.lastRunId()!;
      const recorded = unwrap(
        await cutover.api.POST('/v1/upgrades/{id}/rehearsals', {
          params: { path: { id: cutover.upgradeId } },
          body: { label: `quarter ${scale / 4} at ${k} threads`, systemId: cutover.systems[0], runIds: [run] },
        }),
      );
      rehearsals.push({ id: recorded.id, run, window });
      log(`rehearsal at ${k} threads: ${fmt(window, 1)} s`);
      if (i < rehearseThreads.length - 1) await exitSingleUser();
    }
    const [rehearsal] = rehearsals;
    const rehearsalRun = rehearsal.run;
    await exitSingleUser();

    t0 = performance.now();
    await loadFresh(dbs.urls.source, dbs.urls.target, benchTables(scale, seed));
    const full = await measure(dbs.urls.source);
    log(
      `full dataset (scale ${scale}): ${fmt(full.rows)} rows, ${fmt(full.bytes / 2 ** 20)} MB, seeded in ${fmt((performance.now() - t0) / 1000, 1)} s`,
    );
    const forecasts = new Map<number, Forecast>();
    for (const n of threads) {
      const query = { rehearsal: rehearsal.id, threads: n };
      const f = unwrap(await cutover.api.GET('/v1/upgrades/{id}/forecast', { params: { path: { id: cutover.upgradeId }, query } }));
      forecasts.set(n, f);
      log(
        `forecast at ${n} threads: ${fmt(f.windowSeconds, 1)} s (critical path ${fmt(f.criticalPathSeconds, 1)} s over ${f.criticalPath.length} steps, longest chain ${fmt(f.longestChainSeconds, 1)} s, work ${fmt(f.workSeconds, 1)} s)`,
      );
    }
    const f4 = forecasts.get(threads[0])!;
    log(`scaling: ${f4.tables.map((t) => `${t.source.name} ×${t.factor} (${t.rangesRehearsed}→${t.rangesForecast} ranges)`).join(', ')}`);
    log(`critical path at ${threads[0]} threads: ${f4.criticalPath.map((s) => `${s.key} ${fmt(s.seconds, 1)}s`).join(' → ')}`);
    log(
      `capacity: ${f4.capacity.tasks ?? 'no contention'} (fit ${f4.capacity.fittedTasks ?? 'none'} from ${f4.capacity.rehearsals.map((r) => r.label).join(', ')}; ${f4.capacity.basis})`,
    );
    log(`task times: ${f4.durations.basis}`);
    log(`threads curve: ${f4.threadsCurve.map((p) => `${p.threads}:${fmt(p.windowSeconds, 1)}`).join(' ')}`);

    const rows: string[] = [];
    const measuredRuns: Record<number, string> = {};
    for (const n of threads) {
      await sql(dbs.urls.target, `TRUNCATE ${quarter.map(qualified).join(', ')}`);
      await cutover.run(n);
      const measured = await runWindow();
      measuredRuns[n] = cutover.lastRunId()!;
      await exitSingleUser();
      const forecast = forecasts.get(n)!.windowSeconds;
      const error = ((forecast - measured) / measured) * 100;
      log(
        `measured at ${n} threads: ${fmt(measured, 1)} s; forecast ${fmt(forecast, 1)} s; error ${error > 0 ? '+' : ''}${fmt(error, 1)}%`,
      );
      rows.push(`| ${n} | ${fmt(forecast, 1)} | ${fmt(measured, 1)} | ${error > 0 ? '+' : ''}${fmt(error, 1)}% |`);
    }
    if (args.dump)
      await dumpTasks(args.dump, dbs.urls.state, { rehearsal: rehearsalRun, measured: measuredRuns, forecasts: [...forecasts] });
    console.log(['', '| threads | forecast s | measured s | error |', '| ------: | ---------: | ---------: | ----: |', ...rows].join('\n'));
  } finally {
    await cutover.stop();
    await dbs.drop().catch(() => undefined);
    await pg.stop();
  }
}

/** The runs' tasks as the forecast reads them (rehearsals.repository), with what each measured. */
async function dumpTasks(file: string, state: string, runs: Record<string, unknown>): Promise<void> {
  const tasks = await sql(
    state,
    `SELECT t.run_id, t.key, t.kind, t.status, t.priority, t.payload - 'sql' AS payload, t.dispatched_at, t.started_at, t.finished_at, t.rows, t.bytes,
            coalesce(array(SELECT p.key FROM task_dependency d JOIN task p ON p.id = d.depends_on_id WHERE d.task_id = t.id ORDER BY p.key), '{}') AS depends_on
       FROM task t ORDER BY t.run_id, t.key`,
  );
  await writeFile(file, JSON.stringify({ runs, tasks }, null, 1));
  log(`task timings of ${tasks.length} tasks written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
