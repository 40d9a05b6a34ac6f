/**
 * bench/copy's key comparison (issue #12): the AX-shaped ax.salesline (no primary key; its copy
 * key is the unique index on (dataareaid, recid), split into row-value ranges) against
 * ax.salesline_pk (the same rows, recid as the primary key). Each table is copied alone, into a
 * fresh target on the bench's cluster, the same N at a time, two ways:
 *
 *   agents   the target transfer-agent pulls the table's ranges (Cutover's plan) from the source
 *            agent as copy-range operations, into the table with its key index only
 *   Cutover  a real orchestrator and two agents run the data upgrade of that one table: prepare,
 *            copy ranges, verify (checksums), finish (the deferred index and CHECK rebuilt)
 *
 * The two tables alternate which goes first from round to round.
 */
import { sql } from '@cutover/testing';
import { agentPath } from './copy-agents';
import type { Cluster } from './copy-cluster';
import type { RangeWork } from './copy-contenders';
import { startCutover } from './copy-cutover';
import { deferredDdl, qualified, tablesDdl, type BenchTable } from './copy-dataset';
import { fmt, medians, type Row } from './copy-report';

export const KEY_TABLES = { ax: 'salesline', pk: 'salesline_pk' } as const;

const LABEL: Record<string, string> = {
  [KEY_TABLES.pk]: 'ax.salesline_pk (primary key recid)',
  [KEY_TABLES.ax]: 'ax.salesline (unique (dataareaid, recid))',
};

const count = async (url: string, t: BenchTable) =>
  Number((await sql<{ n: string }>(url, `SELECT count(*) AS n FROM ${qualified(t)}`))[0].n);

async function fresh(cluster: Cluster, name: string): Promise<string> {
  await sql(cluster.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return cluster.createDatabase(name);
}

/** One round: both tables, both ways; rows named `<table label>, agents copy` and `…, Cutover data phase` / `…, Cutover total`. */
export async function keyRound(
  cluster: Cluster,
  source: string,
  tables: BenchTable[],
  work: RangeWork[],
  jobs: number,
  rangeRows: number,
  round: number,
  cpu: () => number,
): Promise<Row[]> {
  const rows: Row[] = [];
  const order = round % 2 === 1 ? [KEY_TABLES.pk, KEY_TABLES.ax] : [KEY_TABLES.ax, KEY_TABLES.pk];
  for (const name of order) {
    const t = tables.find((x) => x.name === name)!;
    const ref = { schema: 'ax', name };
    const ranges = work.filter((w) => w.table.name === name);
    const agentsDb = await fresh(cluster, 'copy_keys_agents');
    await sql(agentsDb, tablesDdl([t]));
    await sql(cluster.url, 'CHECKPOINT');
    const a = await agentPath({ source, target: agentsDb }, ranges, [ref], jobs, cpu);
    if (a.rows !== t.rows || (await count(agentsDb, t)) !== t.rows)
      throw new Error(`${name}: the agents copied ${a.rows} rows, not ${t.rows}`);
    rows.push({
      contender: `${LABEL[name]}, agents copy`,
      includes: `${ranges.length} ranges`,
      seconds: a.copySeconds,
      rows: t.rows,
      cpu: a.copyCpu,
    });
    await sql(cluster.url, `DROP DATABASE "copy_keys_agents" WITH (FORCE)`);

    const target = await fresh(cluster, 'copy_keys_cutover');
    await sql(target, [tablesDdl([t]), ...deferredDdl([t])].join(';\n'));
    const state = await fresh(cluster, 'copy_keys_state');
    const services = await startCutover({ state, source, target }, jobs, rangeRows, [ref]);
    try {
      await sql(cluster.url, 'CHECKPOINT');
      const cpu0 = cpu();
      const c = await services.run(jobs);
      const used = cpu() - cpu0;
      if (c.report.length !== 1 || c.rows !== t.rows)
        throw new Error(`${name}: Cutover copied ${c.rows} rows in ${c.report.length} tables`);
      rows.push({
        contender: `${LABEL[name]}, Cutover data phase`,
        includes: `${c.ranges} copy-range tasks`,
        seconds: c.dataSeconds,
        rows: t.rows,
        cpu: NaN,
      });
      rows.push({
        contender: `${LABEL[name]}, Cutover total`,
        includes: 'prepare, copy, verify, finish',
        seconds: c.seconds,
        rows: t.rows,
        cpu: used,
      });
    } finally {
      await services.stop();
    }
    await sql(cluster.url, `DROP DATABASE "copy_keys_cutover" WITH (FORCE)`);
    await sql(cluster.url, `DROP DATABASE "copy_keys_state" WITH (FORCE)`);
  }
  return rows;
}

/** The comparison table (median rounds) and the goal: the AX-shaped table at ≥ 0.9× the primary-key table's throughput. */
export function keyReport(rounds: Row[][]): Record<string, { met: boolean; value: number; target: string }> {
  const rows = medians(rounds);
  console.log(`\nAX key vs primary key: the same ${fmt(rows[0]?.rows ?? 0)} rows, each table alone; median of ${rounds.length} round(s)\n`);
  console.log('| table, how | ranges / tasks | wall s | rows/s | CPU s |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const r of rows) {
    const wall = rounds.length > 1 ? `${fmt(r.seconds, 2)} (${r.all.map((s) => fmt(s, 2)).join(', ')})` : fmt(r.seconds, 2);
    console.log(`| ${r.contender} | ${r.includes} | ${wall} | ${fmt(r.rows / r.seconds)} | ${Number.isNaN(r.cpu) ? '–' : fmt(r.cpu, 1)} |`);
  }
  // Each round copies both tables back to back, so a ratio within one round sees the same
  // neighbours' load on the machine: the goal reads the median of those paired ratios.
  const goals: Record<string, { met: boolean; value: number; target: string }> = {};
  for (const how of ['agents copy', 'Cutover data phase', 'Cutover total']) {
    const of = (round: Row[], table: string) => round.find((r) => r.contender === `${LABEL[table]}, ${how}`);
    const ratios = rounds
      .map((round) => [of(round, KEY_TABLES.pk), of(round, KEY_TABLES.ax)] as const)
      .filter((pair): pair is readonly [Row, Row] => !!pair[0] && !!pair[1])
      .map(([pk, ax]) => pk.seconds / ax.seconds)
      .sort((a, b) => a - b);
    if (ratios.length === 0) continue;
    const value = ratios[Math.floor((ratios.length - 1) / 2)];
    console.log(`  ${how}: AX ÷ primary-key throughput per round ${ratios.map((r) => fmt(r, 2)).join(', ')}; median ${fmt(value, 2)}`);
    goals[`AX-shaped throughput ≥ 0.9 × primary key (${how})`] = { met: value >= 0.9, value, target: '≥ 0.90×' };
  }
  console.log('\nAX key goals (median of the per-round ratios):');
  for (const [goal, g] of Object.entries(goals)) console.log(`  ${goal}: ${fmt(g.value, 2)}× (${g.target}) → ${g.met ? 'met' : 'MISSED'}`);
  return goals;
}
