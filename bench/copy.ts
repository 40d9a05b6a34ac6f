/**
 * The data-upgrade copy benchmark (issue #5): one AX-like source database, and on the same
 * PostgreSQL 15 server, one fresh target database per contender, all with the same parallelism:
 *
 *   raw       N workers streaming binary COPY … TO STDOUT into COPY … FROM STDIN over Cutover's
 *             own key ranges, into tables with their primary keys only (the physical reference);
 *             then the secondary indexes, CHECK constraints and ANALYZE, N at a time
 *   pg_dump   pg_dump -Fd -j N, then pg_restore -j N into an empty database (creates the schema)
 *   pgcopydb  pgcopydb clone --table-jobs N --index-jobs N into an empty database (creates the schema)
 *   cutover   a real orchestrator and two transfer-agents (separate processes) running the data
 *             upgrade: prepare-table, copy-range, verify-table (checksums), finish-table
 *
 *   npm run build && node dist/bench/copy.js [--scale 1] [--jobs 4] [--seed 1] [--range-rows 250000]
 *                                           [--contenders raw,pg_dump,pgcopydb,cutover] [--pgcopydb-split 60MB]
 *
 * One-time prerequisite (Debian): apt-get install -y pgcopydb postgresql-15
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from '@cutover/testing';
import { requireBinaries, startCluster, type Cluster } from './copy-cluster';
import { pgcopydb, pgDumpRestore, rawCopy, rawIndexes, type RangeWork } from './copy-contenders';
import { startCutover, type CutoverResult, type PlannedTable } from './copy-cutover';
import { benchTables, deferredDdl, measure, seedSource, tablesDdl } from './copy-dataset';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    'range-rows': { type: 'string', default: '250000' },
    contenders: { type: 'string', default: 'raw,pg_dump,pgcopydb,cutover' },
    /** pgcopydb's --split-tables-larger-than (e.g. 60MB); 0.10 fails on AX-like key spans, see copy-contenders.ts. */
    'pgcopydb-split': { type: 'string' },
  },
});

const SERVER_SETTINGS = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  shared_buffers: '2GB',
  max_wal_size: '16GB',
  checkpoint_timeout: '30min',
  // The transfer-agent builds indexes with 256MB (AGENT_MAINTENANCE_WORK_MEM's default):
  // give pg_restore, pgcopydb and the raw index phase the same.
  maintenance_work_mem: '256MB',
};

interface Row {
  contender: string;
  includes: string;
  seconds: number;
  rows: number;
}

const log = (line: string) => console.error(`[copy] ${line}`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Counts the copied rows of a target and drops it, so no autovacuum of a finished contender runs during the next one. */
async function verifyAndDrop(cluster: Cluster, name: string, expected: number): Promise<void> {
  const got = await measure(cluster.db(name));
  if (got.rows !== expected) throw new Error(`${name}: ${got.rows} rows on the target, ${expected} on the source`);
  await sql(cluster.url, `DROP DATABASE "${name}" WITH (FORCE)`);
  await sql(cluster.url, 'CHECKPOINT');
}

/** Cutover's ranges as raw COPY work, largest tables first (the plan's order). */
function workFromPlan(plan: PlannedTable[]): RangeWork[] {
  return plan
    .filter((t) => t.status === 'ok')
    .flatMap((t) => t.ranges.map((r) => ({ table: t.target, keyColumn: t.keyColumn, from: r.from, to: r.to })));
}

async function main(): Promise<void> {
  const scale = Number(args.scale);
  const jobs = Number(args.jobs);
  const seed = Number(args.seed);
  const rangeRows = Number(args['range-rows']);
  const contenders = new Set(args.contenders.split(','));
  for (const c of contenders) if (!['raw', 'pg_dump', 'pgcopydb', 'cutover'].includes(c)) throw new Error(`unknown contender ${c}`);
  const bins = requireBinaries();
  const cluster = await startCluster(SERVER_SETTINGS);
  const rows: Row[] = [];
  const problems: string[] = [];
  let cutover: CutoverResult | undefined;
  let rawBytes = 0;
  try {
    const [version] = await sql<{ v: string }>(cluster.url, `SELECT current_setting('server_version') AS v`);
    const tables = benchTables(scale, seed);
    log(`PostgreSQL ${version.v}; seeding ${tables.length} tables (scale ${scale}, seed ${seed})`);
    const source = await cluster.createDatabase('copy_source');
    const t0 = performance.now();
    await seedSource(source, tables);
    const size = await measure(source);
    const mb = size.bytes / 1024 / 1024;
    log(`source: ${fmt(size.rows)} rows, ${fmt(mb)} MB of tables (no indexes), seeded in ${fmt((performance.now() - t0) / 1000, 1)} s`);

    // Cutover's plan gives the key ranges (quantiles of each key) the raw contender copies too.
    const planTarget = await cluster.createDatabase('copy_plan_target');
    await sql(planTarget, [tablesDdl(tables), ...deferredDdl(tables)].join(';\n'));
    const planner = await startCutover(
      { state: await cluster.createDatabase('copy_plan_state'), source, target: planTarget },
      jobs,
      rangeRows,
    );
    const plan = await planner.plan().finally(() => planner.stop());
    const work = workFromPlan(plan);
    const notOk = plan.filter((t) => t.status !== 'ok');
    if (notOk.length > 0) throw new Error(`plan has tables not ok: ${notOk.map((t) => `${t.source} ${t.status}`).join(', ')}`);
    const largest = plan[0];
    log(`plan: ${plan.length} tables, ${work.length} ranges (${largest.source}: ${largest.ranges.length})`);

    if (contenders.has('raw')) {
      log('raw: parallel binary COPY');
      const target = await cluster.createDatabase('copy_raw');
      await sql(target, tablesDdl(tables));
      await sql(cluster.url, 'CHECKPOINT');
      const data = await rawCopy(source, target, work, jobs);
      const idx = await rawIndexes(
        target,
        deferredDdl(tables),
        tables.map((t) => `ax.${t.name}`),
        jobs,
      );
      rawBytes = data.bytes;
      rows.push({ contender: 'raw COPY', includes: 'data', seconds: data.seconds, rows: size.rows });
      rows.push({
        contender: 'raw COPY + indexes',
        includes: 'data, indexes, checks, ANALYZE',
        seconds: data.seconds + idx.seconds,
        rows: size.rows,
      });
      await verifyAndDrop(cluster, 'copy_raw', size.rows);
    }
    if (contenders.has('pg_dump')) {
      log('pg_dump -Fd | pg_restore');
      await cluster.createDatabase('copy_pg_dump');
      const r = await pgDumpRestore(bins, source, cluster.db('copy_pg_dump'), jobs);
      log(`  dump ${fmt(r.dump, 1)} s, restore ${fmt(r.restore, 1)} s`);
      rows.push({ contender: 'pg_dump/pg_restore', includes: 'schema, data, indexes, checks', seconds: r.seconds, rows: size.rows });
      await verifyAndDrop(cluster, 'copy_pg_dump', size.rows);
    }
    if (contenders.has('pgcopydb')) {
      const splitAbove = args['pgcopydb-split'];
      log(`pgcopydb clone${splitAbove ? ` --split-tables-larger-than ${splitAbove}` : ''}`);
      await cluster.createDatabase('copy_pgcopydb');
      const r = await pgcopydb(bins.pgcopydb, source, cluster.db('copy_pgcopydb'), jobs, splitAbove);
      rows.push({
        contender: 'pgcopydb clone',
        includes: 'schema, data, indexes, checks, VACUUM ANALYZE',
        seconds: r.seconds,
        rows: size.rows,
      });
      await verifyAndDrop(cluster, 'copy_pgcopydb', size.rows);
    }
    if (contenders.has('cutover')) {
      log('cutover: orchestrator + 2 transfer-agents, data upgrade run');
      const target = await cluster.createDatabase('copy_cutover');
      await sql(target, [tablesDdl(tables), ...deferredDdl(tables)].join(';\n'));
      const state = await cluster.createDatabase('copy_cutover_state');
      try {
        const services = await startCutover({ state, source, target }, jobs, rangeRows);
        try {
          await services.plan();
          await sql(cluster.url, 'CHECKPOINT');
          cutover = await services.run(jobs);
        } finally {
          await services.stop();
        }
        rows.push({ contender: 'Cutover data phase', includes: 'copy-range tasks', seconds: cutover.dataSeconds, rows: cutover.rows });
        rows.push({
          contender: 'Cutover total',
          includes: 'prepare, data, checksums, indexes, checks, ANALYZE',
          seconds: cutover.seconds,
          rows: size.rows,
        });
        await verifyAndDrop(cluster, 'copy_cutover', size.rows);
      } catch (error) {
        problems.push(`cutover not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    report(rows, { scale, jobs, seed, rangeRows, rows: size.rows, mb, ranges: work.length, rawBytes, cutover, problems });
  } finally {
    await cluster.stop();
  }
  if (problems.length > 0) process.exit(1);
}

function report(
  rows: Row[],
  run: {
    scale: number;
    jobs: number;
    seed: number;
    rangeRows: number;
    rows: number;
    mb: number;
    ranges: number;
    rawBytes: number;
    cutover: CutoverResult | undefined;
    problems: string[];
  },
): void {
  const by = (name: string) => rows.find((r) => r.contender === name)?.seconds;
  const raw = by('raw COPY');
  const pgcopy = by('pgcopydb clone');
  const dump = by('pg_dump/pg_restore');
  const ratio = (s: number, ref: number | undefined) => (ref ? `${fmt(s / ref, 2)}×` : '–');
  console.log(
    `\nscale ${run.scale}, jobs ${run.jobs}, seed ${run.seed}: ${fmt(run.rows)} rows, ${fmt(run.mb)} MB of tables, ${run.ranges} ranges (range-rows ${fmt(run.rangeRows)})\n`,
  );
  console.log('| contender | includes | wall s | rows | rows/s | MB/s | time × raw COPY | time × pgcopydb | time × pg_dump/restore |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.contender} | ${r.includes} | ${fmt(r.seconds, 1)} | ${fmt(r.rows)} | ${fmt(r.rows / r.seconds)} | ${fmt(run.mb / r.seconds, 1)} | ${ratio(r.seconds, raw)} | ${ratio(r.seconds, pgcopy)} | ${ratio(r.seconds, dump)} |`,
    );
  }
  const goals: Record<string, { met: boolean; value: number; target: string }> = {};
  const c = run.cutover;
  if (c) {
    console.log(`\nCutover tasks (span = first start → last finish; busy = sum of task durations):`);
    for (const k of c.kinds) console.log(`  ${k.kind}: ${k.tasks} tasks, span ${fmt(k.span, 1)} s, busy ${fmt(k.busy, 1)} s`);
    console.log(`  copy-range wire bytes ${fmt(c.bytes / 1024 / 1024)} MB (raw COPY: ${fmt(run.rawBytes / 1024 / 1024)} MB)`);
    if (pgcopy) goals['total ≤ pgcopydb'] = { met: c.seconds <= pgcopy, value: c.seconds / pgcopy, target: '≤ 1.00×' };
    if (dump) goals['total ≤ 0.7 × pg_dump/restore'] = { met: c.seconds <= 0.7 * dump, value: c.seconds / dump, target: '≤ 0.70×' };
    if (raw)
      goals['data phase ≥ 0.9 × raw COPY throughput'] = { met: raw / c.dataSeconds >= 0.9, value: raw / c.dataSeconds, target: '≥ 0.90×' };
    console.log('\nGoals:');
    for (const [goal, g] of Object.entries(goals))
      console.log(`  ${goal}: ${fmt(g.value, 2)}× (${g.target}) → ${g.met ? 'met' : 'MISSED'}`);
  }
  for (const p of run.problems) console.log(`\n${p}`);
  console.log(
    JSON.stringify({
      bench: 'copy',
      date: new Date().toISOString(),
      ...run,
      cutover: c && { seconds: c.seconds, dataSeconds: c.dataSeconds, rows: c.rows, bytes: c.bytes, ranges: c.ranges, kinds: c.kinds },
      results: rows.map((r) => ({ ...r, rowsPerSecond: r.rows / r.seconds, mbPerSecond: run.mb / r.seconds })),
      goals,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
