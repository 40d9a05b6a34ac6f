import { formatTableRef, sameTable } from '@cutover/contracts';
import { unwrap, type TableRefLike } from '@cutover/orchestrator-client';
import { followRun, log, type Api, type RunStartBody } from './demo-api';

interface TableReport {
  table: TableRefLike;
  sourceRows: number;
  targetRows: number;
  checksumMatch: boolean;
  rowsPerSecond: number | null;
  recreated: number;
}

const n = (x: number) => x.toLocaleString('en');

/**
 * The data upgrade (flow 6) through the orchestrator: the target enters single-user mode, the
 * plan is printed, the run is launched and followed with a compact live view, and the
 * comparison report is printed. The source is already in single-user mode.
 */
/** `start` carries the override of prerequisites the demo could not meet (its backup), if any. */
export async function dataUpgrade(
  api: Api,
  upgradeId: string,
  targetSystemId: string,
  threads: number,
  start: RunStartBody,
): Promise<void> {
  unwrap(await api.POST('/v1/systems/{id}/single-user', { params: { path: { id: targetSystemId } }, body: { force: true } }));
  log('target system: single-user mode');
  const plan = unwrap(await api.POST('/v1/upgrades/{id}/data-upgrade/plan', { params: { path: { id: upgradeId } } }));
  log(
    `data upgrade plan: ${plan.summary.ok}/${plan.summary.tables} tables ok, ${n(plan.summary.rows)} rows in ${plan.summary.ranges} ranges`,
  );
  for (const t of plan.tables) {
    const rename = sameTable(t.source, t.target) ? formatTableRef(t.source) : `${formatTableRef(t.source)} → ${formatTableRef(t.target)}`;
    const key = t.keyColumns.length > 0 ? ` on ${t.keyColumns.join(', ')} (${t.keyReason})` : '';
    log(`  [${t.status}] ${rename}: ~${n(t.rows)} rows, ${t.ranges.length} range(s)${key}`);
    for (const a of t.advisories) log(`      advisory: ${a}`);
  }
  const run = unwrap(
    await api.POST('/v1/upgrades/{id}/data-upgrade/runs', { params: { path: { id: upgradeId } }, body: { threads, ...start } }),
  );
  const started = Date.now();
  await followRun(api, run.id, 'data upgrade', async () => {
    const p = unwrap(
      await api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/progress', { params: { path: { id: upgradeId, runId: run.id } } }),
    );
    const active = p.tables
      .filter((t) => t.phase !== 'done' && t.phase !== 'waiting')
      .map((t) => `${t.table.name} ${t.phase} ${t.rangesDone}/${t.ranges}`);
    const done = p.tables.filter((t) => t.phase === 'done').length;
    const eta = p.totals.etaSeconds === null ? '' : `, ETA ${p.totals.etaSeconds} s`;
    return `${n(p.totals.rowsDone)}/${n(p.totals.rowsTotal)} rows, ${n(p.totals.rowsPerSecond)} rows/s${eta}; ${done}/${p.tables.length} tables done${active.length ? `; ${active.join(', ')}` : ''}`;
  });
  // The report's JSON (or CSV with ?format=csv) has no schema in the document: its shape is named here.
  const report = unwrap(
    await api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', { params: { path: { id: upgradeId, runId: run.id } } }),
  ) as { tables: TableReport[] };
  log(
    `verification report (${((Date.now() - started) / 1000).toFixed(1)} s; CSV: GET /v1/upgrades/${upgradeId}/data-upgrade/runs/${run.id}/report?format=csv)`,
  );
  for (const t of report.tables) {
    const rate = t.rowsPerSecond ? `, ${n(t.rowsPerSecond)} rows/s` : '';
    log(
      `  ${t.checksumMatch ? 'OK      ' : 'MISMATCH'} ${formatTableRef(t.table)}: source ${n(t.sourceRows)} rows, target ${n(t.targetRows)} rows${rate}, ${t.recreated} index(es)/constraint(s) recreated`,
    );
  }
  if (!report.tables.every((t) => t.checksumMatch)) throw new Error('the data upgrade report shows differences');
}
