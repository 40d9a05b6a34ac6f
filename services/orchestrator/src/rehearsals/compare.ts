import { formatTableRef, tableKey, type TableRef } from '@cutover/contracts';
import { rowsPerSecond } from '../progress/rates';
import { ForecastPhase } from './phases';
import type { ScriptMeasure, TableMeasure } from './measures';

export interface ComparedSide {
  /** Null: it did not end in this rehearsal. */
  seconds: number | null;
  rows: number;
  rowsPerSecond: number | null;
  failed: boolean;
}

export interface ComparisonItem {
  kind: 'table' | 'script';
  /** Display text: the target table (formatTableRef) or the script key. */
  name: string;
  table: TableRef | null;
  phase: ForecastPhase;
  /** Null: not part of that rehearsal. */
  base: ComparedSide | null;
  candidate: ComparedSide | null;
  /** Candidate minus base (positive: slower); null unless both ended. */
  changeSeconds: number | null;
  changePercent: number | null;
  /** Failed in the candidate, not in the base. */
  newFailure: boolean;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function side(m: { seconds: number | null; rows: number; failed: boolean } | undefined): ComparedSide | null {
  return m
    ? {
        seconds: m.seconds === null ? null : round(m.seconds),
        rows: m.rows,
        rowsPerSecond: rowsPerSecond(m.rows, m.seconds),
        failed: m.failed,
      }
    : null;
}

function item(
  kind: ComparisonItem['kind'],
  name: string,
  table: TableRef | null,
  phase: ForecastPhase,
  a: ComparedSide | null,
  b: ComparedSide | null,
) {
  const both = a?.seconds != null && b?.seconds != null;
  const changeSeconds = both ? round(b.seconds! - a.seconds!) : null;
  return {
    kind,
    name,
    table,
    phase,
    base: a,
    candidate: b,
    changeSeconds,
    changePercent: both && a.seconds! > 0 ? round(((b.seconds! - a.seconds!) / a.seconds!) * 100, 1) : null,
    newFailure: (b?.failed ?? false) && !(a?.failed ?? false),
  };
}

/**
 * Two rehearsals side by side, per table (span of its tasks, rows copied, rows/s) and per script:
 * new failures first, then the slowest movers (largest slowdown in seconds), then what did not
 * end in one of them, by name.
 */
export function compareRehearsals(
  base: { tables: TableMeasure[]; scripts: ScriptMeasure[] },
  candidate: { tables: TableMeasure[]; scripts: ScriptMeasure[] },
): ComparisonItem[] {
  const items: ComparisonItem[] = [];
  const tablesA = new Map(base.tables.map((t) => [tableKey(t.target), t]));
  const tablesB = new Map(candidate.tables.map((t) => [tableKey(t.target), t]));
  for (const key of new Set([...tablesA.keys(), ...tablesB.keys()])) {
    const [a, b] = [tablesA.get(key), tablesB.get(key)];
    const target = (a ?? b)!.target;
    const failed = (m?: TableMeasure) => (m ? { seconds: m.seconds, rows: m.rows, failed: m.failed.length > 0 } : undefined);
    items.push(item('table', formatTableRef(target), target, ForecastPhase.Copy, side(failed(a)), side(failed(b))));
  }
  const scriptsA = new Map(base.scripts.map((s) => [s.key, s]));
  const scriptsB = new Map(candidate.scripts.map((s) => [s.key, s]));
  for (const key of new Set([...scriptsA.keys(), ...scriptsB.keys()])) {
    const [a, b] = [scriptsA.get(key), scriptsB.get(key)];
    items.push(item('script', key, null, (a ?? b)!.phase, side(a), side(b)));
  }
  return items.sort(
    (x, y) =>
      Number(y.newFailure) - Number(x.newFailure) ||
      (y.changeSeconds ?? -Infinity) - (x.changeSeconds ?? -Infinity) ||
      (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
  );
}
