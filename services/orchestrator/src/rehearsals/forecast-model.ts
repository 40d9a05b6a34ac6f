import { tableKey, type TableRef } from '@cutover/contracts';
import { copyTaskKeys, CopyTaskKind } from '../copy/copy-tasks';
import { fallbacks as fallbacksOf, rowCosts, type Fallbacks, type RowCost, type TableScaling } from './forecast-scaling';
import { measured, tablesOf } from './measures';
import { ForecastPhase, phaseOfKind } from './phases';
import type { RecordedRun, RecordedTask } from './rehearsals.repository';
import type { SimTask } from './schedule';

/** What the forecast knows about one simulated task. */
export interface ForecastTaskInfo {
  runKind: string;
  key: string;
  kind: string;
  /** How its duration was obtained: `measured`, `measured, scaled ×f (…)`, or an estimate saying from what. */
  method: string;
  /** No measure in the rehearsal: estimated. */
  estimated: boolean;
}

export interface ForecastModelInput {
  runs: readonly RecordedRun[];
  tasks: readonly RecordedTask[];
  /** By source tableKey. */
  scalings: ReadonlyMap<string, TableScaling>;
  /** Rows per key range of the upgrade: production's tables are split as a launch would split them. */
  rangeRows: number;
  /** Tables each script reads or writes (package manifest), by script key. */
  scriptTables: ReadonlyMap<string, readonly TableRef[]>;
}

/** Kinds whose work grows with the table's size: scaled. Others (prepare, guards, deltas: their work is the changes) are not. */
const SCALED = new Set<string>([
  CopyTaskKind.VerifyTable,
  CopyTaskKind.FinishTable,
  CopyTaskKind.FinishForeignKeys,
  'source-script',
  'script',
]);

/**
 * The DAG production's window would run, with durations: the rehearsal's runs one after the other
 * (each waits for the previous one to end, as an operator launches them), each task's measured
 * dispatch latency plus its run time scaled by its table's factor. A table's copy ranges are
 * re-split as production's size would split them, their total copy time scaled and shared out.
 */
export function forecastModel(input: ForecastModelInput): {
  tasks: SimTask[];
  info: Map<string, ForecastTaskInfo>;
  /** Per source table (tableKey): copy ranges in the rehearsal and in the forecast. */
  ranges: Map<string, { rehearsed: number; forecast: number }>;
} {
  const fb = fallbacksOf(input.tasks);
  const sim: SimTask[] = [];
  const info = new Map<string, ForecastTaskInfo>();
  const rangeCounts = new Map<string, { rehearsed: number; forecast: number }>();
  let previous: string[] = [];
  for (const [i, run] of input.runs.entries()) {
    const tasks = input.tasks.filter((t) => t.runId === run.id);
    const id = (key: string) => `${i}:${key}`;
    const barrier = previous.length > 0 ? [boundary(i, run.kind, previous, sim, info)] : [];
    const replaced = new Map<string, string[]>();
    const copies = tasks.filter((t) => t.kind === CopyTaskKind.CopyRange);
    // A copy range never depends on another one, so its dependencies are known before the re-split.
    const deps = (t: RecordedTask) => {
      const d = t.dependsOn.flatMap((k) => replaced.get(k) ?? [id(k)]);
      return d.length > 0 ? [...new Set(d)] : barrier;
    };
    for (const group of groupBy(copies, (t) => tableKey(tablesOf(t).table!))) {
      const ranges = resplit(group, input, fb);
      const source = tablesOf(group[0]).source;
      if (source) rangeCounts.set(tableKey(source), { rehearsed: group.length, forecast: ranges.length });
      const ids = ranges.map((r) => id(r.key));
      for (const t of group) replaced.set(t.key, ids);
      for (const r of ranges) {
        sim.push({
          id: id(r.key),
          key: r.key,
          seconds: r.seconds,
          priority: group[0].priority,
          phase: ForecastPhase.Copy,
          dependsOn: deps(group[0]),
        });
        info.set(id(r.key), { runKind: run.kind, key: r.key, kind: CopyTaskKind.CopyRange, method: r.method, estimated: r.estimated });
      }
    }
    for (const t of tasks.filter((x) => x.kind !== CopyTaskKind.CopyRange)) {
      const d = duration(t, input, fb);
      sim.push({ id: id(t.key), key: t.key, seconds: d.seconds, priority: t.priority, phase: phaseOfKind(t.kind), dependsOn: deps(t) });
      info.set(id(t.key), { runKind: run.kind, key: t.key, kind: t.kind, method: d.method, estimated: d.estimated });
    }
    previous = sim.filter((s) => s.id.startsWith(`${i}:`)).map((s) => s.id);
  }
  return { tasks: sim, info, ranges: rangeCounts };
}

/** A zero-length task between two runs: the next run starts once the previous one has ended. */
function boundary(i: number, kind: string, previous: string[], sim: SimTask[], info: Map<string, ForecastTaskInfo>): string {
  const key = `start of ${kind}`;
  sim.push({ id: `${i}:`, key, seconds: 0, priority: 0, phase: ForecastPhase.Other, dependsOn: previous });
  info.set(`${i}:`, { runKind: kind, key, kind: 'run-boundary', method: 'the previous run has ended', estimated: false });
  return `${i}:`;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): T[][] {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return [...m.values()];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const factorText = (s: TableScaling | undefined) =>
  s ? `×${round(s.factor)} by ${s.basis}` : '×1: no size for the table in the rehearsal';

/** The factor for a task: its table's; a script's: the largest among the tables it touches (1 if none is known). */
function factorOf(t: RecordedTask, input: ForecastModelInput, sourceOf: (target: TableRef) => TableRef): TableScaling | undefined {
  const tables = input.scriptTables.get(t.key);
  if (t.kind === 'source-script' || t.kind === 'delta-script' || t.kind === 'script') {
    const found = (tables ?? [])
      .flatMap((x) => [input.scalings.get(tableKey(x)), input.scalings.get(tableKey(sourceOf(x)))])
      .filter((s): s is TableScaling => s !== undefined);
    return found.sort((a, b) => b.factor - a.factor)[0];
  }
  const { table, source } = tablesOf(t);
  return input.scalings.get(tableKey(source ?? sourceOf(table ?? { schema: '', name: '' })));
}

function duration(t: RecordedTask, input: ForecastModelInput, fb: Fallbacks): { seconds: number; method: string; estimated: boolean } {
  const scaling = SCALED.has(t.kind) ? factorOf(t, input, sourceMap(input.tasks)) : undefined;
  const factor = scaling?.factor ?? 1;
  const m = measured(t);
  if (m) {
    if (!SCALED.has(t.kind)) return { seconds: m.latencySeconds + m.seconds, method: 'measured', estimated: false };
    const cost = costOf(input, t.kind);
    const added = addedRows(scaling);
    if (cost && added !== null)
      return {
        seconds: m.latencySeconds + Math.max(Math.min(m.seconds, cost.fixed), m.seconds + cost.perRow * added),
        method: `measured, ${costText(cost, added)}`,
        estimated: false,
      };
    return { seconds: m.latencySeconds + m.seconds * factor, method: `measured, scaled ${factorText(scaling)}`, estimated: false };
  }
  const median = fb.secondsOf(t.kind);
  if (!median)
    return { seconds: 0, method: `no measure (${t.status}) and no ${t.kind} task ended in the rehearsal: counted as 0 s`, estimated: true };
  return {
    seconds: fb.latencySeconds + median.seconds * factor,
    method: `no measure (${t.status}): median of ${median.of} ended ${t.kind} task(s)${SCALED.has(t.kind) ? `, scaled ${factorText(scaling)}` : ''}`,
    estimated: true,
  };
}

/** Rows production adds to (or takes from) the rehearsal's table; null when its size is unknown. */
const addedRows = (s: TableScaling | undefined) =>
  s && s.productionRows !== null && s.basis === 'rows' ? s.productionRows - s.rehearsalRows : null;
const costText = (c: RowCost, added: number) =>
  `plus ${added.toLocaleString('en')} rows at the rehearsal's ${round(c.perRow * 1e6)} s per million rows (fixed part ${round(c.fixed)} s)`;

const costCache = new WeakMap<readonly RecordedTask[], Map<string, RowCost>>();
/** A kind's cost per row (forecast-scaling's rowCosts), computed once per rehearsal. */
function costOf(input: ForecastModelInput, kind: string): RowCost | undefined {
  let m = costCache.get(input.tasks);
  if (!m) costCache.set(input.tasks, (m = rowCosts(input.tasks)));
  return m.get(kind);
}

const sourceMaps = new WeakMap<readonly RecordedTask[], (target: TableRef) => TableRef>();
/** Target table → source table, from the copy tasks that carry both. */
function sourceMap(tasks: readonly RecordedTask[]): (target: TableRef) => TableRef {
  let f = sourceMaps.get(tasks);
  if (!f) {
    const m = new Map<string, TableRef>();
    for (const t of tasks) {
      const { table, source } = tablesOf(t);
      if (table && source) m.set(tableKey(table), source);
    }
    f = (target) => m.get(tableKey(target)) ?? target;
    sourceMaps.set(tasks, f);
  }
  return f;
}

/**
 * A table's copy ranges for production: as many as a launch would cut (rows / rangeRows, when the
 * table has a copy key; one otherwise), sharing the rehearsal's copy time scaled by the factor.
 */
function resplit(
  group: RecordedTask[],
  input: ForecastModelInput,
  fb: Fallbacks,
): { key: string; seconds: number; method: string; estimated: boolean }[] {
  const target = tablesOf(group[0]).table!;
  const scaling = factorOf(group[0], input, sourceMap(input.tasks));
  const factor = scaling?.factor ?? 1;
  const keyed = group.some((t) => t.payload.range !== null && t.payload.range !== undefined);
  const rows = scaling?.productionRows ?? scaling?.rehearsalRows ?? 0;
  const count = keyed && rows > input.rangeRows ? Math.ceil(rows / input.rangeRows) : 1;
  const ms = group.map(measured);
  const ended = ms.filter((m) => m !== null);
  const perRange = ended.length
    ? ended.reduce((n, m) => n + m.seconds, 0) / ended.length
    : (fb.secondsOf(CopyTaskKind.CopyRange)?.seconds ?? 0);
  const latency = ended.length ? ended.reduce((n, m) => n + m.latencySeconds, 0) / ended.length : fb.latencySeconds;
  const cost = costOf(input, CopyTaskKind.CopyRange);
  const added = addedRows(scaling);
  const rehearsed = perRange * group.length;
  // By the rows added (and a fixed part per extra range) when the rehearsal gives a cost per row; else in proportion.
  const total =
    cost && added !== null
      ? Math.max(Math.min(rehearsed, cost.fixed * count), rehearsed + cost.perRow * added + cost.fixed * (count - group.length))
      : rehearsed * factor;
  const estimated = ended.length < group.length;
  const method = `${count} range(s) sharing ${ended.length} measured of ${group.length} rehearsed range(s), ${
    cost && added !== null ? costText(cost, added) : `scaled ${factorText(scaling)}`
  }${
    estimated
      ? ` (${group.length - ended.length} without a measure: taken as the table's average${ended.length ? '' : ', from every ended copy range'})`
      : ''
  }`;
  return Array.from({ length: count }, (_, j) => ({
    key: copyTaskKeys(target).copy(j),
    seconds: latency + total / count,
    method,
    estimated,
  }));
}
