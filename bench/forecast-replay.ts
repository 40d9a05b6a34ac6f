/**
 * Replays a `bench/forecast --dump` offline: the forecast from the dump's rehearsal (and the other
 * rehearsal runs in it, as the capacity fit would take them), at each measured thread count, for
 * the capacity rules named, against the windows the dump measured. No database, no services: for
 * studying the model.
 *
 *   npm run build && node dist/bench/forecast-replay.js /work/forecast-dump-F.json [--capacity fit,none,1.5,2] [--from least|<run id prefix>] [--kinds]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tableKey } from '@cutover/contracts';
import { fitCapacity, deflate, NO_CONTENTION, peakOf, type Capacity } from '../services/orchestrator/src/rehearsals/capacity';
import { meanConcurrency } from '../services/orchestrator/src/rehearsals/durations-source';
import { forecastModel } from '../services/orchestrator/src/rehearsals/forecast-model';
import { tableScalings, type Size } from '../services/orchestrator/src/rehearsals/forecast-scaling';
import { tablesOf } from '../services/orchestrator/src/rehearsals/measures';
import type { RecordedRun, RecordedTask } from '../services/orchestrator/src/rehearsals/rehearsals.repository';
import { simulate } from '../services/orchestrator/src/rehearsals/schedule';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    capacity: { type: 'string', default: 'fit' },
    /** Also print each kind's work in the model against the work it measured in the run at the fewest threads. */
    kinds: { type: 'boolean', default: false },
    /** The rehearsal run whose times are scaled: a prefix of its id, or `least` (the least contended, as the service picks); default: the dump's. */
    from: { type: 'string' },
  },
});

interface DumpTask {
  run_id: string;
  key: string;
  kind: string;
  status: string;
  priority: number;
  payload: Record<string, unknown>;
  dispatched_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  rows: string | null;
  bytes: string | null;
  depends_on: string[];
}
interface Dump {
  runs: { rehearsal: string; measured: Record<string, string>; forecasts: [number, { threads: number }][] };
  tasks: DumpTask[];
}

const date = (s: string | null) => (s ? new Date(s) : null);

function recorded(tasks: DumpTask[]): RecordedTask[] {
  return tasks.map((t) => ({
    runId: t.run_id,
    runKind: 'data-upgrade',
    key: t.key,
    kind: t.kind,
    status: t.status as RecordedTask['status'],
    priority: t.priority,
    dependsOn: t.depends_on,
    payload: t.payload,
    dispatchedAt: date(t.dispatched_at),
    startedAt: date(t.started_at),
    finishedAt: date(t.finished_at),
    rows: Number(t.rows ?? 0),
    bytes: Number(t.bytes ?? 0),
  }));
}

/** A run as recorded, from its tasks: created at its first dispatch, finished at its last task's end. */
function runOf(id: string, threads: number, tasks: RecordedTask[]): RecordedRun {
  const first = Math.min(...tasks.map((t) => t.dispatchedAt?.getTime() ?? Infinity));
  const last = Math.max(...tasks.map((t) => t.finishedAt?.getTime() ?? 0));
  return { id, upgradeId: null, kind: 'data-upgrade', status: 'ended', threads, createdAt: new Date(first), finishedAt: new Date(last) };
}

/** Rows and bytes copied per source table by a run: the catalog sizes the forecast would read. */
function sizesOf(tasks: RecordedTask[]): Map<string, Size> {
  const sizes = new Map<string, Size>();
  for (const t of tasks) {
    const source = tablesOf(t).source;
    if (t.kind !== 'copy-range' || !source) continue;
    const s = sizes.get(tableKey(source)) ?? { rows: 0, bytes: 0 };
    s.rows += t.rows;
    s.bytes += t.bytes;
    sizes.set(tableKey(source), s);
  }
  return sizes;
}

function main(): void {
  const dump = JSON.parse(readFileSync(positionals[0], 'utf8')) as Dump;
  if (args.from === 'least') {
    const runIds = [...new Set(dump.tasks.map((t) => t.run_id))].filter((id) => !Object.values(dump.runs.measured).includes(id));
    const concurrency = (id: string) => meanConcurrency(recorded(dump.tasks.filter((t) => t.run_id === id)));
    dump.runs.rehearsal = runIds.reduce((a, b) => (concurrency(b) < concurrency(a) ? b : a));
  } else if (args.from) dump.runs.rehearsal = dump.tasks.find((t) => t.run_id.startsWith(args.from!))!.run_id;
  const all = recorded(dump.tasks);
  const byRun = Map.groupBy(all, (t) => t.runId);
  const measuredRuns = new Map(Object.entries(dump.runs.measured).map(([n, id]) => [id, Number(n)]));
  const rehearsalThreads = peakOf(byRun.get(dump.runs.rehearsal)!);
  const rehearsalRuns = [...byRun.keys()].filter((id) => !measuredRuns.has(id));
  const own = byRun.get(dump.runs.rehearsal)!;
  const runs = [runOf(dump.runs.rehearsal, rehearsalThreads, own)];
  const windowOf = (id: string) => {
    const r = runOf(id, 0, byRun.get(id)!);
    return (r.finishedAt!.getTime() - r.createdAt.getTime()) / 1000;
  };
  const production = sizesOf(byRun.get([...measuredRuns.keys()][0])!);
  const scalings = tableScalings(own, sizesOf(own), production);
  // The dump does not hold the rehearsal runs' threads: their peak concurrency is taken for it.
  const fed = [dump.runs.rehearsal, ...rehearsalRuns.filter((id) => id !== dump.runs.rehearsal)].map((id) => ({
    runs: [runOf(id, peakOf(byRun.get(id)!), byRun.get(id)!)],
    tasks: byRun.get(id)!,
  }));
  const rules: Record<string, () => Capacity> = {
    fit: () => fitCapacity(fed),
    none: () => NO_CONTENTION,
  };
  const described = (id: string) => `${id.slice(0, 8)} ${windowOf(id).toFixed(1)} s, ${meanConcurrency(byRun.get(id)!).toFixed(2)} at once`;
  console.log(`rehearsal runs: ${rehearsalRuns.map(described).join('; ')}; durations from ${dump.runs.rehearsal.slice(0, 8)}`);
  for (const rule of args.capacity.split(',')) {
    const capacity = rules[rule]?.() ?? { tasks: Number(rule), basis: 'given' };
    const model = forecastModel({ runs, tasks: deflate(own, capacity), scalings, rangeRows: 50000, scriptTables: new Map() });
    const errors = [...measuredRuns].map(([id, n]) => {
      const forecast = simulate(model.tasks, n, capacity.tasks).windowSeconds;
      const measured = windowOf(id);
      return `${n} threads ${forecast.toFixed(1)}/${measured.toFixed(1)} s ${(((forecast - measured) / measured) * 100).toFixed(1)}%`;
    });
    console.log(`C=${capacity.tasks.toFixed(2)} (${rule}): ${errors.join('; ')}\n  ${capacity.basis}`);
    if (args.kinds) printKinds(model, measuredRuns, byRun);
  }
}

/** Each kind's work in the model against the work it measured in the run at the fewest threads (the least contended). */
function printKinds(model: ReturnType<typeof forecastModel>, measuredRuns: Map<string, number>, byRun: Map<string, RecordedTask[]>): void {
  const modelled = new Map<string, number>();
  for (const t of model.tasks) {
    const kind = model.info.get(t.id)!.kind;
    modelled.set(kind, (modelled.get(kind) ?? 0) + t.seconds);
  }
  const fewest = [...measuredRuns].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  const measuredWork = new Map<string, number>();
  for (const t of byRun.get(fewest)!)
    if (t.startedAt && t.finishedAt)
      measuredWork.set(t.kind, (measuredWork.get(t.kind) ?? 0) + (t.finishedAt.getTime() - t.startedAt.getTime()) / 1000);
  for (const [k, v] of modelled)
    console.log(`  ${k}: model ${v.toFixed(1)} s, measured at fewest threads ${(measuredWork.get(k) ?? 0).toFixed(1)} s`);
}

main();
