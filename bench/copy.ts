/**
 * The data-upgrade copy benchmark (issue #5): one AX-like source database, and on the same
 * PostgreSQL 15 server, one fresh target database per contender, all with the same parallelism:
 *
 *   raw       N workers streaming binary COPY … TO STDOUT into COPY … FROM STDIN over Cutover's
 *             own key ranges, into tables with their primary keys only (the physical reference);
 *             then the secondary indexes, CHECK constraints and ANALYZE, N at a time
 *   agents    Cutover's data path alone: the target transfer-agent pulls the same ranges from the
 *             source agent, N copy-range operations at a time, no orchestrator (a profile of
 *             Cutover rather than a contender); then the source side of verify-table's checksums
 *   pg_dump   pg_dump -Fd -j N, then pg_restore -j N into an empty database (creates the schema)
 *   pgcopydb  pgcopydb clone --table-jobs N --index-jobs N into an empty database (creates the schema)
 *   cutover   a real orchestrator and two transfer-agents (separate processes) running the data
 *             upgrade: prepare-table, copy-range, verify-table (checksums), finish-table
 *   keys      the AX-shaped ax.salesline (no primary key, copy key (dataareaid, recid)) against
 *             ax.salesline_pk (the same rows, primary key recid), each copied alone by the agents
 *             and by a Cutover run (bench/copy-keys.ts)
 *
 *   npm run build && node dist/bench/copy.js [--scale 1] [--jobs 4] [--seed 1] [--range-rows 250000] [--repeat 1]
 *                                           [--contenders raw,agents,pg_dump,pgcopydb,cutover,keys] [--pgcopydb-split 60MB]
 *
 * With --repeat R every contender runs R times (in rounds, one contender after the other) and the
 * table shows the median round and every round's wall time: this machine has neighbours.
 *
 * One-time prerequisite (Debian): apt-get install -y pgcopydb postgresql-15
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { formatTableRef } from '@cutover/contracts';
import { sql } from '@cutover/testing';
import { requireBinaries, startCluster, treeCpu, type Cluster } from './copy-cluster';
import { agentPath, verifyPass } from './copy-agents';
import { pgcopydb, pgDumpRestore, rawCopy, rawIndexes, type RangeWork } from './copy-contenders';
import { startCutover, type CutoverResult, type PlannedTable } from './copy-cutover';
import { PG_SCHEMAS_DDL, pgSchemasDigests, pgSchemasObjects } from './pg-schemas-dataset';
import { benchTables, deferredDdl, measure, seedSource, tablesDdl, type BenchTable } from './copy-dataset';
import { keyReport, keyRound } from './copy-keys';
import { fmt, medians, report, type Row } from './copy-report';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    'range-rows': { type: 'string', default: '250000' },
    repeat: { type: 'string', default: '1' },
    /** Cutover's run threads (default: --jobs); pgcopydb's budget is --jobs table jobs plus --jobs index jobs. */
    'cutover-threads': { type: 'string' },
    contenders: { type: 'string', default: 'raw,agents,pg_dump,pgcopydb,cutover,keys' },
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

const log = (line: string) => console.error(`[copy] ${line}`);

/** Cutover copies schema ax and issue #22's schema app (pg_dump and pgcopydb copy the whole database). */
const INCLUDE = [
  { schema: 'ax', name: '*' },
  { schema: 'app', name: '*' },
];

/** Indexes and CHECK constraints of schema ax, by name, as one string to compare. */
async function schemaObjects(url: string): Promise<string> {
  const rows = await sql<{ name: string }>(
    url,
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'ax'
     UNION ALL SELECT conname FROM pg_constraint WHERE connamespace = 'ax'::regnamespace AND contype = 'c' ORDER BY 1`,
  );
  return rows.map((r) => r.name).join(',');
}

/**
 * Checks a target's rows, indexes and constraints against the source, then drops it, so no
 * autovacuum of a finished contender runs during the next one.
 */
async function verifyAndDrop(cluster: Cluster, name: string, expected: number, dataOnly = false, app = false): Promise<void> {
  const got = await measure(cluster.db(name));
  if (got.rows !== expected) throw new Error(`${name}: ${got.rows} rows on the target, ${expected} on the source`);
  const [objects, want] = await Promise.all([cluster.db(name), cluster.db('copy_source')].map(schemaObjects));
  if (!dataOnly && objects !== want) throw new Error(`${name}: indexes and constraints differ from the source's:\n  ${objects}\n  ${want}`);
  // Issue #22's schema app: every table's digest, and every index and constraint back and valid.
  if (app)
    for (const check of [pgSchemasDigests, pgSchemasObjects]) {
      const [t, s] = await Promise.all([cluster.db(name), cluster.db('copy_source')].map(check));
      if (t !== s) throw new Error(`${name}: schema app differs from the source's (${check.name}):\n  ${t}\n  ${s}`);
    }
  await sql(cluster.url, `DROP DATABASE "${name}" WITH (FORCE)`);
  await sql(cluster.url, 'CHECKPOINT');
}

/** Cutover's ranges as raw COPY work, largest tables first (the plan's order). */
function workFromPlan(plan: PlannedTable[]): RangeWork[] {
  return plan
    .filter((t) => t.status === 'ok' && t.source.schema === 'ax')
    .flatMap((t) => t.ranges.map((r) => ({ table: t.target, keyColumns: t.keyColumns, from: r.from, to: r.to })));
}

interface Setup {
  cluster: Cluster;
  bins: ReturnType<typeof requireBinaries>;
  tables: BenchTable[];
  source: string;
  rows: number;
  work: RangeWork[];
  jobs: number;
  rangeRows: number;
}

/** One round: every chosen contender once, each into a fresh target database. */
async function round(
  s: Setup,
  contenders: Set<string>,
  n: number,
): Promise<{ rows: Row[]; keys: Row[]; cutover?: CutoverResult; rawBytes: number; checksum?: { seconds: number; cpu: number } }> {
  const { cluster, source, jobs } = s;
  const cpu = () => treeCpu([process.pid, cluster.pid]);
  const rows: Row[] = [];
  let cutover: CutoverResult | undefined;
  let rawBytes = 0;
  if (contenders.has('raw')) {
    log(`round ${n}: raw parallel binary COPY`);
    const target = await cluster.createDatabase('copy_raw');
    await sql(target, tablesDdl(s.tables));
    await sql(cluster.url, 'CHECKPOINT');
    const cpu0 = cpu();
    const data = await rawCopy(source, target, s.work, jobs);
    const cpu1 = cpu();
    const idx = await rawIndexes(
      target,
      deferredDdl(s.tables),
      s.tables.map((t) => ({ schema: 'ax', name: t.name })),
      jobs,
    );
    rawBytes = data.bytes;
    rows.push({ contender: 'raw COPY', includes: 'data', seconds: data.seconds, rows: s.rows, cpu: cpu1 - cpu0 });
    const all = { seconds: data.seconds + idx.seconds, rows: s.rows, cpu: cpu() - cpu0 };
    rows.push({ contender: 'raw COPY + indexes', includes: 'data, indexes, checks, ANALYZE', ...all });
    await verifyAndDrop(cluster, 'copy_raw', s.rows);
  }
  let checksum: { seconds: number; cpu: number } | undefined;
  if (contenders.has('agents')) {
    log(`round ${n}: Cutover's agents alone: copy-range operations, then source checksums`);
    const target = await cluster.createDatabase('copy_agents');
    await sql(target, tablesDdl(s.tables));
    await sql(cluster.url, 'CHECKPOINT');
    const names = s.tables.map((t) => ({ schema: 'ax', name: t.name }));
    const r = await agentPath({ source, target }, s.work, names, jobs, cpu);
    checksum = { seconds: r.checksumSeconds, cpu: r.checksumCpu };
    log(`  the agents' own CPU s during the copy: source ${fmt(r.agentsCpu.source, 1)}, target ${fmt(r.agentsCpu.target, 1)}`);
    const includes = 'data: copy-range operations, no orchestrator';
    rows.push({ contender: 'Cutover agents, copy only', includes, seconds: r.copySeconds, rows: r.rows, cpu: r.copyCpu });
    await verifyAndDrop(cluster, 'copy_agents', s.rows, true);
  }
  if (contenders.has('pg_dump')) {
    log(`round ${n}: pg_dump -Fd | pg_restore`);
    await cluster.createDatabase('copy_pg_dump');
    const cpu0 = cpu();
    const r = await pgDumpRestore(s.bins, source, cluster.db('copy_pg_dump'), jobs);
    log(`  dump ${fmt(r.dump, 1)} s, restore ${fmt(r.restore, 1)} s`);
    const includes = 'schema, data, indexes, checks';
    rows.push({ contender: 'pg_dump/pg_restore', includes, seconds: r.seconds, rows: s.rows, cpu: cpu() - cpu0 });
    await verifyAndDrop(cluster, 'copy_pg_dump', s.rows, false, true);
  }
  if (contenders.has('pgcopydb')) {
    const splitAbove = args['pgcopydb-split'];
    log(`round ${n}: pgcopydb clone${splitAbove ? ` --split-tables-larger-than ${splitAbove}` : ''}`);
    await cluster.createDatabase('copy_pgcopydb');
    const cpu0 = cpu();
    const r = await pgcopydb(s.bins.pgcopydb, source, cluster.db('copy_pgcopydb'), jobs, splitAbove);
    const includes = 'schema, data, indexes, checks, VACUUM ANALYZE';
    const cloneCpu = cpu() - cpu0;
    rows.push({ contender: 'pgcopydb clone', includes, seconds: r.seconds, rows: s.rows, cpu: cloneCpu });
    // Like for like: the clone, then a verification pass of verify-table's strength (both sides' checksums).
    const names = s.tables.map((t) => ({ schema: 'ax', name: t.name }));
    const v = await verifyPass({ source, target: cluster.db('copy_pgcopydb') }, names, jobs, cpu);
    if (v.mismatched.length > 0) throw new Error(`pgcopydb's copy differs from the source: ${v.mismatched.join(', ')}`);
    log(`  verification pass after pgcopydb: ${fmt(v.seconds, 1)} s, ${fmt(v.cpu, 1)} CPU s`);
    rows.push({
      contender: 'pgcopydb + verification',
      includes: 'the clone, then checksums of both sides',
      seconds: r.seconds + v.seconds,
      rows: s.rows,
      cpu: cloneCpu + v.cpu,
    });
    await verifyAndDrop(cluster, 'copy_pgcopydb', s.rows, false, true);
  }
  if (contenders.has('cutover')) {
    log(`round ${n}: Cutover data upgrade (orchestrator + 2 transfer-agents)`);
    const target = await cluster.createDatabase('copy_cutover');
    await sql(target, [tablesDdl(s.tables), ...deferredDdl(s.tables), PG_SCHEMAS_DDL].join(';\n'));
    const state = await cluster.createDatabase('copy_cutover_state');
    const services = await startCutover({ state, source, target }, jobs, s.rangeRows, INCLUDE);
    let used: number;
    try {
      await sql(cluster.url, 'CHECKPOINT');
      const cpu0 = cpu();
      cutover = await services.run(Number(args['cutover-threads'] ?? jobs));
      used = cpu() - cpu0;
    } finally {
      await services.stop();
    }
    const span = 'first copy-range start → last copy-range end';
    rows.push({ contender: 'Cutover data phase', includes: span, seconds: cutover.dataSeconds, rows: cutover.rows, cpu: NaN });
    const includes = 'prepare, data, checksums, indexes, checks, ANALYZE';
    rows.push({ contender: 'Cutover total', includes, seconds: cutover.seconds, rows: s.rows, cpu: used });
    await verifyAndDrop(cluster, 'copy_cutover', s.rows, false, true);
    await sql(cluster.url, `DROP DATABASE "copy_cutover_state" WITH (FORCE)`);
  }
  let keys: Row[] = [];
  if (contenders.has('keys')) {
    log(`round ${n}: AX key vs primary key (ax.salesline, ax.salesline_pk), each alone: agents, then Cutover`);
    keys = await keyRound(cluster, source, s.tables, s.work, jobs, s.rangeRows, n, cpu);
  }
  return { rows, keys, cutover, rawBytes, checksum };
}

async function main(): Promise<void> {
  const scale = Number(args.scale);
  const jobs = Number(args.jobs);
  const seed = Number(args.seed);
  const rangeRows = Number(args['range-rows']);
  const repeat = Math.max(1, Number(args.repeat));
  const contenders = new Set(args.contenders.split(','));
  for (const c of contenders)
    if (!['raw', 'agents', 'pg_dump', 'pgcopydb', 'cutover', 'keys'].includes(c)) throw new Error(`unknown contender ${c}`);
  const bins = requireBinaries({ pgDump: contenders.has('pg_dump'), pgcopydb: contenders.has('pgcopydb') });
  const cluster = await startCluster(SERVER_SETTINGS);
  const problems: string[] = [];
  try {
    const [version] = await sql<{ v: string }>(cluster.url, `SELECT current_setting('server_version') AS v`);
    const tables = benchTables(scale, seed);
    log(`PostgreSQL ${version.v}; seeding ${tables.length} tables (scale ${scale}, seed ${seed})`);
    const source = await cluster.createDatabase('copy_source');
    const t0 = performance.now();
    await seedSource(source, tables, scale);
    const size = await measure(source);
    const mb = size.bytes / 1024 / 1024;
    log(`source: ${fmt(size.rows)} rows, ${fmt(mb)} MB of tables (no indexes), seeded in ${fmt((performance.now() - t0) / 1000, 1)} s`);

    // Cutover's plan gives the key ranges (quantiles of each key) the raw contender copies too.
    const planTarget = await cluster.createDatabase('copy_plan_target');
    await sql(planTarget, [tablesDdl(tables), ...deferredDdl(tables), PG_SCHEMAS_DDL].join(';\n'));
    const planState = await cluster.createDatabase('copy_plan_state');
    const planner = await startCutover({ state: planState, source, target: planTarget }, jobs, rangeRows, INCLUDE);
    const plan = await planner.plan().finally(() => planner.stop());
    const notOk = plan.filter((t) => t.status !== 'ok');
    if (notOk.length > 0)
      throw new Error(`plan has tables not ok: ${notOk.map((t) => `${formatTableRef(t.source)} ${t.status}`).join(', ')}`);
    const work = workFromPlan(plan);
    log(`plan: ${plan.length} tables, ${work.length} ranges (${formatTableRef(plan[0].source)}: ${plan[0].ranges.length})`);
    await sql(cluster.url, `DROP DATABASE "copy_plan_target" WITH (FORCE)`);
    await sql(cluster.url, `DROP DATABASE "copy_plan_state" WITH (FORCE)`);

    const setup: Setup = { cluster, bins, tables, source, rows: size.rows, work, jobs, rangeRows };
    const rounds: Row[][] = [];
    const keyRounds: Row[][] = [];
    const cutovers: CutoverResult[] = [];
    let rawBytes = 0;
    const checksums: { seconds: number; cpu: number }[] = [];
    for (let n = 1; n <= repeat; n++) {
      try {
        const r = await round(setup, contenders, n);
        rounds.push(r.rows);
        if (r.keys.length > 0) keyRounds.push(r.keys);
        if (r.cutover) cutovers.push(r.cutover);
        rawBytes = r.rawBytes || rawBytes;
        if (r.checksum) checksums.push(r.checksum);
      } catch (error) {
        problems.push(`round ${n} failed: ${error instanceof Error ? error.message : String(error)}`);
        break;
      }
    }
    const rows = medians(rounds);
    const total = rows.find((r) => r.contender === 'Cutover total')?.seconds;
    const checksum = checksums.sort((a, b) => a.seconds - b.seconds)[Math.floor((checksums.length - 1) / 2)] ?? null;
    const facts = { scale, jobs, seed, rangeRows, repeat, rows: size.rows, mb, ranges: work.length, rawBytes, checksum, problems };
    if (rows.length > 0)
      report(
        rows,
        facts,
        cutovers.find((c) => c.seconds === total),
      );
    if (keyRounds.length > 0) {
      const goals = keyReport(keyRounds);
      const results = medians(keyRounds).map((r) => ({ ...r, rowsPerSecond: r.rows / r.seconds }));
      console.log(
        JSON.stringify({ bench: 'copy-keys', date: new Date().toISOString(), scale, jobs, seed, rangeRows, repeat, results, goals }),
      );
    }
    for (const p of rows.length > 0 ? [] : problems) console.log(p);
  } finally {
    await cluster.stop();
  }
  if (problems.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
