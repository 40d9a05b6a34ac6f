import { formatTableRef, sameTable, type TableRef } from '@cutover/contracts';
import { columnProblems, type ColumnShape } from './columns';
import type { CopyMapping } from './copy-set';
import type { CopyPlan } from './key-ranges';
import type { TableStructure } from './structure';

/** Table mapping statuses, as AX's data upgrade cockpit shows them. */
export enum MappingStatus {
  Ok = 'ok',
  NoMapping = 'no-mapping',
  FieldError = 'field-error',
  MappingConflict = 'mapping-conflict',
  TargetNotEmpty = 'target-not-empty',
}

export interface TablePlan extends CopyPlan {
  source: TableRef;
  target: TableRef;
  status: MappingStatus;
  /** What is wrong, one line each (columns named); empty when ok. */
  problems: string[];
  rows: number;
  bytes: number;
  /** Columns copied and compared, in the source's order (all present on the target). */
  columns: string[];
  /** Columns the target computes (computed/generated): not copied, recomputed on the target. */
  recomputed: string[];
  /** Informational, as AX's advisories: what makes the copy slower or unusual (no usable key: one range). */
  advisories: string[];
  /** Higher starts first: large tables and tables at the end of long script chains. */
  priority: number;
  /** Source scripts that write the table: its copy waits for them. */
  waitsFor: string[];
  structure: TableStructure;
}

export interface DataUpgradePlan {
  tables: TablePlan[];
  summary: { tables: number; ok: number; notOk: number; rows: number; bytes: number; ranges: number; advisories: number };
}

/**
 * Whether a mapping can be copied, as AX's cockpit says it: another source maps onto the same
 * target (`conflictWith`: every source of that target), the target is missing, a column does not
 * fit, or the target already holds rows.
 */
export function mappingStatus(
  m: CopyMapping,
  sourceColumns: ColumnShape[],
  target: { columns: ColumnShape[]; rowCount: number } | null,
  conflictWith: TableRef[] | undefined,
): { status: MappingStatus; problems: string[] } {
  if (conflictWith) {
    const others = conflictWith.filter((x) => !sameTable(x, m.source)).map(formatTableRef);
    return { status: MappingStatus.MappingConflict, problems: [`${formatTableRef(m.target)} is also the target of ${others.join(', ')}`] };
  }
  if (!target) return { status: MappingStatus.NoMapping, problems: [`${formatTableRef(m.target)} does not exist on the target`] };
  const problems = columnProblems(sourceColumns, target.columns);
  if (problems.length > 0) return { status: MappingStatus.FieldError, problems };
  if (target.rowCount > 0)
    return {
      status: MappingStatus.TargetNotEmpty,
      problems: [`${formatTableRef(m.target)} already holds ${target.rowCount} row(s): empty it, or exclude the table from the copy`],
    };
  return { status: MappingStatus.Ok, problems: [] };
}

export function summarize(tables: TablePlan[]): DataUpgradePlan['summary'] {
  const ok = tables.filter((t) => t.status === MappingStatus.Ok);
  return {
    tables: tables.length,
    ok: ok.length,
    notOk: tables.length - ok.length,
    rows: tables.reduce((n, t) => n + t.rows, 0),
    bytes: tables.reduce((n, t) => n + t.bytes, 0),
    ranges: ok.reduce((n, t) => n + t.ranges.length, 0),
    advisories: tables.filter((t) => t.advisories.length > 0).length,
  };
}
