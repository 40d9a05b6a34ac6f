import { formatTableRef, type TableRef } from '@cutover/contracts';
import { tableCopyTasks } from '../copy/copy-tasks';
import { priorityOf } from '../planning';
import type { TaskSpec } from '../runs/run-spec';
import type { PlannedTable } from './state-transfer.validator';

export const STATE_TRANSFER_RUN_KIND = 'state-transfer';
export const ENSURE_TABLE_KIND = 'ensure-table';

export interface EnsureTablePayload {
  /** The test system, whose definition a missing table is created from. */
  sourceSystemId: string;
  table: TableRef;
}

/**
 * One run, per table: ensure-table on production (create it from the test system's definition
 * when production lacks it) → prepare-table (truncate) → copy-range per key range, test →
 * production, in parallel → verify-table (checksums of both sides) and finish-table. The same
 * copy machinery as the data upgrade, so its tasks are watched, paused and rerun the same way.
 */
export function stateTransferTasks(tables: PlannedTable[], testSystemId: string, productionSystemId: string): TaskSpec[] {
  return tables.flatMap((t) => {
    const priority = priorityOf(t.rows, 0);
    const ensureKey = `ensure:${formatTableRef(t.table)}`;
    const built = tableCopyTasks({
      sourceSystemId: testSystemId,
      targetSystemId: productionSystemId,
      source: t.table,
      target: t.table,
      columns: t.columns,
      keyColumns: t.keyColumns,
      ranges: t.keyRanges,
      rows: t.rows,
      priority,
      waitsFor: [],
      objects: t.objects,
      prepareAfter: [ensureKey],
    });
    const ensure: TaskSpec = {
      key: ensureKey,
      kind: ENSURE_TABLE_KIND,
      systemId: productionSystemId,
      priority: priority + 2,
      payload: { sourceSystemId: testSystemId, table: t.table } satisfies EnsureTablePayload,
    };
    return [ensure, ...built.tasks];
  });
}
