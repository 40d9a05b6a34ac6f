import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { followRunStream, unwrap, type RunProgressEvent, type RunStreamEvent } from '@cutover/orchestrator-client';
import { CliError, duration, EXIT, n, type Context } from './context';
import { formatTableRef } from '@cutover/contracts';

interface TableLine {
  name: string;
  phase: string;
  rowsDone: number;
  rowsTotal: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

/**
 * Follows a run's SSE stream until it ends. On a terminal: progress bars (overall and, for a data
 * upgrade, one per table) drawn by cli-progress. Without a TTY: one plain line per progress event,
 * no escape codes. With --json: one JSON object per event (NDJSON). Exit 0 ended, 3 error, 4 canceled.
 */
export async function watchRun(ctx: Context, runId: string): Promise<void> {
  const run = unwrap(await ctx.api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
  const perTable = run.kind === 'data-upgrade' && run.upgradeId ? run.upgradeId : null;
  const view = !ctx.json && process.stdout.isTTY ? new BarsView() : null;
  let pending: Promise<void> = Promise.resolve();
  const onEvent = (event: RunStreamEvent) => {
    if (ctx.json) {
      process.stdout.write(`${JSON.stringify(event)}\n`);
      return;
    }
    if (event.type !== 'progress') {
      const e = event.data as { taskKey?: string | null; fromStatus?: string | null; toStatus?: string | null; actor?: string };
      if (!view && e.taskKey && (e.toStatus === 'error' || event.type !== 'status')) {
        process.stdout.write(`${event.type}: ${e.taskKey} ${e.fromStatus ?? ''} → ${e.toStatus ?? ''} (${e.actor ?? ''})\n`);
      }
      return;
    }
    const p = event.data as RunProgressEvent;
    // Per-table figures come from the progress endpoint; one request at a time, in order.
    pending = pending.then(async () => {
      const tables = perTable ? await tableLines(ctx, perTable, runId) : [];
      if (view) view.update(p, tables);
      else process.stdout.write(`${plainLine(p)}\n`);
    });
  };
  let final: string | null;
  try {
    final = await followRunStream({ baseUrl: ctx.baseUrl, apiKey: ctx.apiKey, runId, onEvent, fetch: ctx.fetch });
    await pending;
  } finally {
    view?.stop();
  }
  const ended = unwrap(await ctx.api.GET('/v1/runs/{id}', { params: { path: { id: runId } } }));
  if (ctx.json) process.stdout.write(`${JSON.stringify({ type: 'end', run: ended })}\n`);
  else process.stdout.write(`run ${runId} ${final ?? ended.status}: ${ended.counts.ended}/${ended.counts.total} tasks ended\n`);
  if (ended.status === 'error') throw new CliError(`run ${runId} ended in error: ${ended.counts.error} task(s) in error`, EXIT.runError);
  if (ended.status === 'canceled') throw new CliError(`run ${runId} was canceled`, EXIT.runCanceled);
}

function plainLine(p: RunProgressEvent): string {
  const pct = p.rowsTotal ? ` (${Math.floor((100 * p.rowsDone) / p.rowsTotal)}%)` : '';
  const c = p.counts;
  return `${p.status}: ${n(p.rowsDone)}/${n(p.rowsTotal)} rows${pct}, ${n(p.rowsPerSecond)} rows/s, ETA ${duration(p.etaSeconds)}; tasks ${c.ended}/${c.total} ended, ${c.executing} executing${c.error ? `, ${c.error} error` : ''}${c.paused ? `, ${c.paused} paused` : ''}`;
}

async function tableLines(ctx: Context, upgradeId: string, runId: string): Promise<TableLine[]> {
  const progress = unwrap(
    await ctx.api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/progress', { params: { path: { id: upgradeId, runId } } }),
  );
  return progress.tables.map((t) => ({
    name: formatTableRef(t.table),
    phase: t.phase,
    rowsDone: t.rowsDone,
    rowsTotal: t.rowsTotal,
    rowsPerSecond: t.rowsPerSecond,
    etaSeconds: t.etaSeconds ?? null,
  }));
}

/** cli-progress bars, for a terminal only. */
class BarsView {
  private readonly multi = new MultiBar(
    {
      format: '{label} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_text} | {info}',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  private overall: SingleBar | null = null;
  private readonly tables = new Map<string, SingleBar>();

  update(p: RunProgressEvent, tables: TableLine[]): void {
    const total = Math.max(1, p.rowsTotal ?? p.rowsDone);
    const info = `${p.status}, tasks ${p.counts.ended}/${p.counts.total} ended`;
    const payload = { label: 'overall'.padEnd(24), rate: n(p.rowsPerSecond), eta_text: duration(p.etaSeconds), info };
    if (!this.overall) this.overall = this.multi.create(total, p.rowsDone, payload);
    this.overall.setTotal(total);
    this.overall.update(p.rowsDone, payload);
    for (const t of tables) {
      const tp = { label: t.name.slice(0, 24).padEnd(24), rate: n(t.rowsPerSecond), eta_text: duration(t.etaSeconds), info: t.phase };
      let bar = this.tables.get(t.name);
      if (!bar) this.tables.set(t.name, (bar = this.multi.create(Math.max(1, t.rowsTotal), t.rowsDone, tp)));
      bar.setTotal(Math.max(1, t.rowsTotal));
      bar.update(t.rowsDone, tp);
    }
  }

  stop(): void {
    this.multi.stop();
  }
}
