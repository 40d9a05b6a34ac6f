import { Injectable } from '@nestjs/common';
import { formatTableRef, tableKey, type TableRef } from '@cutover/contracts';
import { etaSeconds, RateSampler, rowsPerSecond, runningRate } from '../progress/rates';
import { TaskStatus } from '../runs/statuses';
import type { TaskRow } from '../runs/task-row';
import { TaskRepository } from '../runs/task.repository';
import { CopyTaskKind } from './copy-tasks';
import { TablePhase, type TableProgressDto as TableProgress, type TableReportDto as TableReport } from './copy.dto';
import type { VerifyTableResult } from './verify-table.handler';
import { SYNC_SEQUENCES_KIND, type NamedSequenceSync, type SequenceSync } from './sync-sequences.handler';

/** A copy task with the table it works on (and the source table of a copy-range). */
type CopyTaskRow = TaskRow & { table: TableRef; sourceTable: TableRef | null };

const seconds = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, (to.getTime() - from.getTime()) / 1000) : null);

/** Per-table progress and the comparison report, read from the copy tasks of a run (data upgrade, state transfer). */
@Injectable()
export class CopyReportService {
  /** Per run, rows done per table: the rate over the interval since the previous sample (1 s to a minute old). */
  private readonly rates = new RateSampler({ minMs: 1000, maxMs: 60_000, forgetMs: 600_000 });

  constructor(private readonly tasks: TaskRepository) {}

  /**
   * Per-table progress. The rate is over the interval since the previous sample of this run (at
   * least 1 s old, at most a minute); without one, it is the ranges copying now, each over its
   * own running time. Samples live in this process: enough for an operator's screen and the demo.
   */
  async progress(runId: string): Promise<TableProgress[]> {
    return this.progressOf(runId, await this.byTable(runId));
  }

  async report(runId: string): Promise<TableReport[]> {
    return this.reportOf(await this.byTable(runId));
  }

  /** Both, from one read of the run's tasks. */
  async progressAndReport(runId: string): Promise<{ progress: TableProgress[]; report: TableReport[] }> {
    const byTable = await this.byTable(runId);
    return { progress: this.progressOf(runId, byTable), report: this.reportOf(byTable) };
  }

  private progressOf(runId: string, byTable: Map<string, CopyTaskRow[]>): TableProgress[] {
    const tables = [...byTable.values()].map((tasks) => {
      const { copies, rows: rowsDone, bytes } = copiesOf(tasks);
      const rowsTotal = Math.max(
        rowsDone,
        copies.reduce((n, t) => n + (t.rowsTotal ?? 0), 0),
      );
      return { tasks, copies, rowsDone, rowsTotal, bytes };
    });
    const sampled = this.rates.take(runId, new Map(tables.map((t) => [tableKey(t.tasks[0].table), t.rowsDone])));
    return tables.map(({ tasks, copies, rowsDone, rowsTotal, bytes }) => {
      const running = copies
        .filter((t) => t.status === TaskStatus.Executing)
        .map((t) => ({ rows: Number(t.rows), elapsedSeconds: t.executingSeconds ?? 0 }));
      const rate = sampled.get(tableKey(tasks[0].table)) ?? Math.round(runningRate(running));
      return {
        table: tasks[0].table,
        sourceTable: copies[0]?.sourceTable ?? tasks[0].table,
        phase: phaseOf(tasks),
        ranges: copies.length,
        rangesDone: copies.filter((t) => t.status === TaskStatus.Ended).length,
        rowsDone,
        rowsTotal,
        bytes,
        rowsPerSecond: rate,
        etaSeconds: etaSeconds(rowsDone, rowsTotal, rate),
      };
    });
  }

  private reportOf(byTable: Map<string, CopyTaskRow[]>): TableReport[] {
    return [...byTable.values()].map((tasks) => {
      const { copies, rows: rowsCopied, bytes } = copiesOf(tasks);
      const verify = tasks.find((t) => t.kind === CopyTaskKind.VerifyTable);
      const finish = tasks.find((t) => t.kind === CopyTaskKind.FinishTable);
      const v = verify?.status === TaskStatus.Ended ? (verify.result?.verifyTable as VerifyTableResult | undefined) : undefined;
      const allCopied = copies.length > 0 && copies.every((t) => t.status === TaskStatus.Ended);
      const starts = copies.map((t) => t.startedAt).filter((d): d is Date => d !== null);
      const ends = copies.map((t) => t.finishedAt).filter((d): d is Date => d !== null);
      const copySeconds = allCopied ? seconds(new Date(Math.min(...starts.map(Number))), new Date(Math.max(...ends.map(Number)))) : null;
      const created = (finish?.result?.finishTable as { created?: string[] } | undefined)?.created ?? [];
      return {
        sourceTable: copies[0]?.sourceTable ?? tasks[0].table,
        table: tasks[0].table,
        status: phaseOf(tasks),
        sourceRows: v?.sourceRows ?? null,
        targetRows: v?.targetRows ?? null,
        checksumMatch: v ? v.match : null,
        ranges: copies.length,
        rowsCopied,
        bytes,
        copySeconds,
        rowsPerSecond: rowsPerSecond(rowsCopied, copySeconds),
        verifySeconds: verify?.status === TaskStatus.Ended ? seconds(verify.startedAt, verify.finishedAt) : null,
        finishSeconds: finish?.status === TaskStatus.Ended ? seconds(finish.startedAt, finish.finishedAt) : null,
        recreated: created.length,
        triggersDisabled: triggersOf(tasks),
        endedByHand: tasks.filter((t) => t.result?.endedByHand).map((t) => t.key),
      };
    });
  }

  /** The identity, serial and named sequences the run's sync-sequences task carried over (empty before it ended). */
  async sequences(runId: string): Promise<{ sequences: SequenceSync[]; named: NamedSequenceSync[] }> {
    const [row] = await this.tasks.ofKinds(runId, [SYNC_SEQUENCES_KIND], TaskStatus.Ended);
    const synced = row?.result?.syncSequences as { sequences: SequenceSync[]; named?: NamedSequenceSync[] } | undefined;
    return { sequences: synced?.sequences ?? [], named: synced?.named ?? [] };
  }

  private async byTable(runId: string): Promise<Map<string, CopyTaskRow[]>> {
    const rows = (await this.tasks.ofKinds(runId, Object.values(CopyTaskKind))).map((t) => ({
      ...t,
      table: t.payload.table as TableRef,
      sourceTable: (t.payload.sourceTable as TableRef | undefined) ?? null,
    }));
    const byTable = new Map<string, CopyTaskRow[]>();
    for (const r of rows) byTable.set(tableKey(r.table), [...(byTable.get(tableKey(r.table)) ?? []), r]);
    return byTable;
  }
}

/** The user triggers the table's prepare disabled for the load (its finish enabled them again). */
function triggersOf(tasks: CopyTaskRow[]): string[] {
  const prepare = tasks.find((t) => t.kind === CopyTaskKind.PrepareTable);
  const objects = (prepare?.result?.prepareTable as { objects?: { kind: string; name: string }[] } | undefined)?.objects ?? [];
  return objects.filter((o) => o.kind === 'trigger').map((o) => o.name);
}

/** A table's copy-range tasks and the rows and bytes they moved. */
function copiesOf(tasks: CopyTaskRow[]): { copies: CopyTaskRow[]; rows: number; bytes: number } {
  const copies = tasks.filter((t) => t.kind === CopyTaskKind.CopyRange);
  return { copies, rows: copies.reduce((n, t) => n + t.rows, 0), bytes: copies.reduce((n, t) => n + t.bytes, 0) };
}

function phaseOf(tasks: CopyTaskRow[]): TablePhase {
  if (tasks.some((t) => t.status === TaskStatus.Error || t.status === TaskStatus.Canceled)) return TablePhase.Error;
  if (tasks.every((t) => t.status === TaskStatus.Ended)) return TablePhase.Done;
  const copies = tasks.filter((t) => t.kind === CopyTaskKind.CopyRange);
  const prepare = tasks.find((t) => t.kind === CopyTaskKind.PrepareTable);
  if (copies.length > 0 && copies.every((t) => t.status === TaskStatus.Ended)) return TablePhase.Finishing;
  if (copies.some((t) => t.status !== TaskStatus.Waiting && t.status !== TaskStatus.Ready)) return TablePhase.Copying;
  if (prepare && prepare.status !== TaskStatus.Waiting && prepare.status !== TaskStatus.Ready) return TablePhase.Preparing;
  return TablePhase.Waiting;
}

/** The report as CSV, one line per table, for spreadsheets and sign-off sheets. */
export function reportCsv(rows: TableReport[]): string {
  const columns: (keyof TableReport)[] = [
    'sourceTable',
    'table',
    'status',
    'sourceRows',
    'targetRows',
    'checksumMatch',
    'ranges',
    'rowsCopied',
    'bytes',
    'copySeconds',
    'rowsPerSecond',
    'verifySeconds',
    'finishSeconds',
    'recreated',
    'endedByHand',
  ];
  // Tables in their display form (quoted where a part needs it), then CSV-quoted like any cell.
  const text = (v: unknown) => (v && typeof v === 'object' && 'schema' in v ? formatTableRef(v as TableRef) : String(v));
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : text(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
