import { Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import { sameTable, type TableRef } from '@cutover/contracts';
import { AgentOperationRunner } from '../runs/agent-operation.runner';
import { type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';

export const SYNC_SEQUENCES_KIND = 'sync-sequences';
export const SYNC_SEQUENCES_KEY = 'sync-sequences';

export interface SyncSequencesPayload {
  sourceSystemId: string;
  tables: { source: TableRef; target: TableRef }[];
  /** Sequence objects the package names: same schema and name on both sides. */
  sequences?: TableRef[];
}

/** A named sequence carried over: what the source had and what the target was set to. */
export interface NamedSequenceSync {
  sequence: TableRef;
  found: boolean;
  lastValue: string | null;
  value: string | null;
  set: boolean;
  reason?: string;
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
@OnTask(SYNC_SEQUENCES_KIND)
export class SyncSequencesHandler extends TaskHandler<'sync-sequences'> {
  constructor(protected override readonly operations: AgentOperationRunner) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'sync-sequences'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
    const read = await this.operations.run(
      task,
      { type: 'read-table-sequences', readTableSequences: { tables: p.tables.map((t) => t.source), named: p.sequences ?? [] } },
      ctx,
      { systemId: p.sourceSystemId, part: 'read', progress: false },
    );
    const answer = read.result?.readTableSequences as { sequences: SourceSequence[]; named?: SourceNamed[] } | undefined;
    const planned = (answer?.sequences ?? []).flatMap((s) => {
      const t = p.tables.find((x) => sameTable(x.source, s.table));
      return t ? [{ s, target: t.target }] : [];
    });
    const named = answer?.named ?? [];
    const toSet = named.filter((n) => n.found);
    if (planned.length === 0 && toSet.length === 0) return { result: { syncSequences: { sequences: [], named: namedSyncs(named, []) } } };
    const set = await this.operations.run(
      task,
      {
        type: 'set-table-sequences',
        setTableSequences: {
          values: planned.map(({ s, target }) => ({ table: target, column: s.column, lastValue: s.lastValue })),
          named: toSet.map((n) => ({ sequence: n.sequence, lastValue: n.lastValue })),
        },
      },
      ctx,
      { part: 'set', progress: false },
    );
    const answered = set.result?.setTableSequences as { results: TargetResult[]; named?: NamedResult[] } | undefined;
    const results = answered?.results ?? [];
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
    return { result: { syncSequences: { sequences, named: namedSyncs(named, answered?.named ?? []) } } };
  }

  override async cancel(task: TaskRow<TaskPayload<'sync-sequences'>>): Promise<void> {
    const p = task.payload;
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

interface SourceNamed {
  sequence: TableRef;
  lastValue: string | null;
  found: boolean;
}

interface NamedResult {
  sequence: TableRef;
  value: string | null;
  set: boolean;
  reason?: string;
}

/** What became of each named sequence: the source's answer joined with the target's (by name). */
function namedSyncs(read: SourceNamed[], set: NamedResult[]): NamedSequenceSync[] {
  return read.map((n) => {
    const r = set.find((x) => sameTable(x.sequence, n.sequence));
    if (!n.found) return { ...n, value: null, set: false, reason: 'no such sequence on the source' };
    return { ...n, value: r?.value ?? null, set: r?.set ?? false, ...(r?.reason ? { reason: r.reason } : {}) };
  });
}
