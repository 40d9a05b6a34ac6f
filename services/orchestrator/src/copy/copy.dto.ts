import { TableRefDto } from '@cutover/common';

/** One table of a copy run (data upgrade, state transfer): where it is. */
export enum TablePhase {
  Waiting = 'waiting',
  Preparing = 'preparing',
  Copying = 'copying',
  Finishing = 'finishing',
  Done = 'done',
  Error = 'error',
}

export class TableProgressDto {
  table: TableRefDto;
  sourceTable: TableRefDto;
  phase: TablePhase;
  /** @example 13 */
  ranges: number;
  /** @example 7 */
  rangesDone: number;
  /** @example 640000 */
  rowsDone: number;
  /** Estimated from the source's statistics at plan time. @example 1250000 */
  rowsTotal: number;
  /** @example 734003200 */
  bytes: number;
  /** Over the interval since the previous progress read (1 s to 1 min); otherwise the ranges copying now, each over its own running time. @example 48000 */
  rowsPerSecond: number;
  /** @example 1320 */
  etaSeconds: number | null;
}

export class TableReportDto {
  sourceTable: TableRefDto;
  table: TableRefDto;
  status: TablePhase;
  sourceRows: number | null;
  targetRows: number | null;
  /** Null until the table's verify-table task ended; null also when an admin ended it by hand (not verified). */
  checksumMatch: boolean | null;
  ranges: number;
  rowsCopied: number;
  bytes: number;
  /** First range started → last range ended. */
  copySeconds: number | null;
  rowsPerSecond: number | null;
  verifySeconds: number | null;
  finishSeconds: number | null;
  /** Indexes and constraints recreated by finish-table. */
  recreated: number;
  /** User triggers disabled for the load (none fired while it ran), enabled again by finish-table. */
  triggersDisabled: string[];
  /** Keys of this table's tasks an admin declared ended by hand (POST …/tasks/{taskId}/end): not verified by Cutover. */
  endedByHand: string[];
}
