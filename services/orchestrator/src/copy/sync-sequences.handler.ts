import { Injectable } from '@nestjs/common';
import { sameTable, type TableRef } from '@cutover/contracts';
import { AgentOperationRunner } from '../runs/agent-operation.handler';
import type { TaskContext, TaskHandler, TaskOutcome, TaskRow } from '../runs/task-handler';
import { TaskHandlerRegistry } from '../runs/task-handler-registry';

export const SYNC_SEQUENCES_KIND = 'sync-sequences';
export const SYNC_SEQUENCES_KEY = 'sync-sequences';

export interface SyncSequencesPayload {
  sourceSystemId: string;
  tables: { source: TableRef; target: TableRef }[];
}

/** One column's sequence carried over: what the source had and what the target was set to. */
export interface SequenceSync {
  source: TableRef;
  table: TableRef;
  column: string;
  sourceSequence: string;
  /** The source's last value; null when it handed none out yet. */
  lastValue: string | null;
  targetSequence: string | null;
  value: string | null;
  set: boolean;
  reason?: string;
}

/**
 * `sync-sequences`: after the copy, every identity and serial sequence (IDENTITY on SQL Server) owned
 * by a copied column is read on the source and set on the target to the same last value, as pgcopydb
 * does, so the target's next value follows the copied maximum. Two operations: read (source), set (target).
 */
@Injectable()
export class SyncSequencesHandler implements TaskHandler {
  readonly kind = SYNC_SEQUENCES_KIND;

  constructor(
    private readonly operations: AgentOperationRunner,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  async execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as SyncSequencesPayload;
    const read = await this.operations.run(
      task,
      { type: 'read-table-sequences', readTableSequences: { tables: p.tables.map((t) => t.source) } },
      ctx,
      { systemId: p.sourceSystemId, part: 'read', progress: false },
    );
    const found = (read.result?.readTableSequences as { sequences: SourceSequence[] } | undefined)?.sequences ?? [];
    const planned = found.flatMap((s) => {
      const t = p.tables.find((x) => sameTable(x.source, s.table));
      return t ? [{ s, target: t.target }] : [];
    });
    if (planned.length === 0) return { result: { syncSequences: { sequences: [] } } };
    const set = await this.operations.run(
      task,
      {
        type: 'set-table-sequences',
        setTableSequences: { values: planned.map(({ s, target }) => ({ table: target, column: s.column, lastValue: s.lastValue })) },
      },
      ctx,
      { part: 'set', progress: false },
    );
    const results = (set.result?.setTableSequences as { results: TargetResult[] } | undefined)?.results ?? [];
    const sequences: SequenceSync[] = planned.map(({ s, target }, i) => ({
      source: s.table,
      table: target,
      column: s.column,
      sourceSequence: s.sequence,
      lastValue: s.lastValue,
      targetSequence: results[i]?.sequence ?? null,
      value: results[i]?.value ?? null,
      set: results[i]?.set ?? false,
      ...(results[i]?.reason ? { reason: results[i].reason } : {}),
    }));
    return { result: { syncSequences: { sequences } } };
  }

  async cancel(task: TaskRow): Promise<void> {
    const p = task.payload as unknown as SyncSequencesPayload;
    await this.operations.cancel(task, { systemId: p.sourceSystemId, part: 'read' });
    await this.operations.cancel(task, { part: 'set' });
  }
}

interface SourceSequence {
  table: TableRef;
  column: string;
  sequence: string;
  lastValue: string | null;
}

interface TargetResult {
  sequence: string | null;
  value: string | null;
  set: boolean;
  reason?: string;
}
