import {
  formatTableRef,
  keyRangeOf,
  type DeferredObjectShape,
  type KeyBounds,
  type KeyRange,
  type TableRef,
  type TransferFormat,
} from '@cutover/contracts';
import { rowsPerRange } from '../planning';
import type { TaskSpec } from '../runs/run-spec';

/** The copy task kinds: one table goes prepare → copy ranges → verify and finish. */
export enum CopyTaskKind {
  PrepareTable = 'prepare-table',
  CopyRange = 'copy-range',
  VerifyTable = 'verify-table',
  FinishTable = 'finish-table',
  /** A table's foreign keys, once it and every table they reference are loaded. */
  FinishForeignKeys = 'finish-foreign-keys',
}

/** One table to copy from one system to another, as planned. */
export interface TableCopy {
  sourceSystemId: string;
  targetSystemId: string;
  source: TableRef;
  target: TableRef;
  /** Columns copied and hashed, in order (the source's columns, all present on the target). */
  columns: string[];
  /** The copy key (maybe composite); empty: the table is copied whole, as one range. */
  keyColumns: string[];
  ranges: KeyBounds[];
  /** Estimated source rows, spread over the ranges for progress. */
  rows: number;
  priority: number;
  /** Keys of tasks in the same run the copy must wait for (source scripts writing the table). */
  waitsFor: string[];
  /** The target's secondary indexes and constraints before prepare-table dropped them. */
  objects: DeferredObjectShape[];
  /** Keys of tasks prepare-table must wait for (the state transfer creates a missing table first). */
  prepareAfter?: string[];
  /** Foreign keys recreated by their own task (data upgrade): finish-table leaves them out. */
  foreignKeysApart?: string[];
  /** Wire format when not the source engine's default (pg-text for values binary COPY cannot carry). */
  format?: TransferFormat | null;
}

export interface CopyRangePayload {
  sourceSystemId: string;
  sourceTable: TableRef;
  table: TableRef;
  columns: string[];
  range: KeyRange | null;
  /** How many ranges the table is copied in (the target's importer chooses its locking by it). */
  rangesInTable?: number;
  format?: TransferFormat;
}

export interface VerifyTablePayload {
  sourceSystemId: string;
  sourceTable: TableRef;
  table: TableRef;
  columns: string[];
  /** Empty: one range, the whole table. */
  keyColumns: string[];
  /** Ranges with the copy task each came from, to name the ones to rerun on a mismatch. */
  ranges: (KeyBounds & { copyKey: string })[];
}

export interface FinishTablePayload {
  table: TableRef;
  /** Snapshot taken at launch; merged with what prepare-table reported. */
  objects: DeferredObjectShape[];
  prepareKey: string;
  /** Foreign keys a finish-foreign-keys task recreates later instead (by name): this finish leaves them out. */
  foreignKeysApart?: string[];
}

export interface PrepareTablePayload {
  table: TableRef;
}

/**
 * Task keys are labels people read in the task grid, so they carry the display form: it is
 * injective (a part with a dot or quote is quoted), so two tables never share a key.
 */
export const copyTaskKeys = (target: TableRef) => {
  const t = formatTableRef(target);
  return {
    prepare: `prepare:${t}`,
    copy: (i: number) => `copy:${t}:${String(i + 1).padStart(4, '0')}`,
    verify: `verify:${t}`,
    finish: `finish:${t}`,
    foreignKeys: `foreign-keys:${t}`,
  };
};

/**
 * The tasks of one table: prepare-table on the target (truncate, drop secondary indexes and
 * constraints) → one copy-range per key range (parallel) → verify-table (checksums of both
 * sides) and finish-table (indexes and constraints rebuilt), side by side: neither needs the
 * other, and running them together shortens the table's critical path. A table is done when
 * both are (`doneKeys`), which is what later work (post-sync scripts) waits for.
 */
export function tableCopyTasks(t: TableCopy): { tasks: TaskSpec[]; doneKeys: string[] } {
  const keys = copyTaskKeys(t.target);
  const perRange = rowsPerRange(t.rows, t.ranges.length);
  const copies: TaskSpec[] = t.ranges.map((r, i) => ({
    key: keys.copy(i),
    kind: CopyTaskKind.CopyRange,
    systemId: t.targetSystemId,
    priority: t.priority,
    rowsTotal: perRange,
    dependsOn: [keys.prepare, ...t.waitsFor],
    payload: {
      sourceSystemId: t.sourceSystemId,
      sourceTable: t.source,
      table: t.target,
      columns: t.columns,
      range: keyRangeOf(t.keyColumns, r),
      rangesInTable: t.ranges.length,
      ...(t.format ? { format: t.format } : {}),
    } satisfies CopyRangePayload,
  }));
  const copyKeys = copies.map((c) => c.key);
  return {
    tasks: [
      // Preparing is cheap and unblocks the copies: it goes first among its table's tasks.
      {
        key: keys.prepare,
        kind: CopyTaskKind.PrepareTable,
        systemId: t.targetSystemId,
        priority: t.priority + 1,
        dependsOn: t.prepareAfter ?? [],
        payload: { table: t.target } satisfies PrepareTablePayload,
      },
      ...copies,
      {
        key: keys.verify,
        kind: CopyTaskKind.VerifyTable,
        systemId: t.targetSystemId,
        priority: t.priority,
        dependsOn: copyKeys,
        payload: {
          sourceSystemId: t.sourceSystemId,
          sourceTable: t.source,
          table: t.target,
          columns: t.columns,
          keyColumns: t.keyColumns,
          ranges: t.ranges.map((r, i) => ({ ...r, copyKey: copyKeys[i] })),
        } satisfies VerifyTablePayload,
      },
      {
        key: keys.finish,
        kind: CopyTaskKind.FinishTable,
        systemId: t.targetSystemId,
        priority: t.priority,
        dependsOn: copyKeys,
        payload: {
          table: t.target,
          objects: t.objects,
          prepareKey: keys.prepare,
          ...(t.foreignKeysApart ? { foreignKeysApart: t.foreignKeysApart } : {}),
        } satisfies FinishTablePayload,
      },
    ],
    doneKeys: [keys.verify, keys.finish],
  };
}

/** Deferred objects from several snapshots, one per name (the first wins). */
export function mergeObjects(...lists: DeferredObjectShape[][]): DeferredObjectShape[] {
  const byName = new Map<string, DeferredObjectShape>();
  for (const o of lists.flat()) if (!byName.has(`${o.kind}:${o.name}`)) byName.set(`${o.kind}:${o.name}`, o);
  return [...byName.values()];
}
