import { Injectable } from '@nestjs/common';
import { ChecksumAlgorithm } from '@cutover/contracts';
import { AgentOperationRunner } from '../runs/agent-operation.handler';
import { TaskFailedError, type TaskContext, type TaskHandler, type TaskOutcome, type TaskRow } from '../runs/task-handler';
import { TaskHandlerRegistry } from '../runs/task-handler-registry';
import { CopyTaskKind, type KeyRange, type VerifyTablePayload } from './copy-tasks';

export interface Checksum {
  rows: number;
  checksum: string;
  algorithm: ChecksumAlgorithm;
}

export interface VerifyTableResult {
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  algorithm: ChecksumAlgorithm;
  match: boolean;
}

/**
 * `verify-table`: the same checksum on both sides at once (source and target agents work in
 * parallel), compared. The common case costs one scan per side. On a mismatch it checksums
 * every range to name the copy tasks to rerun, so the operator reruns those ranges, not the table.
 */
@Injectable()
export class VerifyTableHandler implements TaskHandler {
  readonly kind = CopyTaskKind.VerifyTable;

  constructor(
    private readonly operations: AgentOperationRunner,
    registry: TaskHandlerRegistry,
  ) {
    registry.register(this);
  }

  async execute(task: TaskRow, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload as unknown as VerifyTablePayload;
    let [source, target] = await this.both(task, p, null, 'all', ctx, undefined);
    // Each side picks its fastest algorithm for its column types; if they picked differently
    // (a type with hash support on one side only), both compute the text-based one again.
    if (source.algorithm !== target.algorithm)
      [source, target] = await this.both(task, p, null, 'all-text', ctx, ChecksumAlgorithm.PgMd5Text);
    const result: VerifyTableResult = {
      sourceRows: source.rows,
      targetRows: target.rows,
      sourceChecksum: source.checksum,
      targetChecksum: target.checksum,
      algorithm: source.algorithm,
      match: source.rows === target.rows && source.checksum === target.checksum,
    };
    // The rows checked are in the result; task rows stay 0 so the run's copy progress is not counted twice.
    if (result.match) return { result: { verifyTable: result } };
    const differing: string[] = [];
    if (p.keyColumn) {
      for (const [i, r] of p.ranges.entries()) {
        const [s, t] = await this.both(task, p, r, `r${i + 1}`, ctx, source.algorithm);
        if (s.rows !== t.rows || s.checksum !== t.checksum) differing.push(`${r.copyKey} (source ${s.rows} rows, target ${t.rows})`);
      }
    }
    throw new TaskFailedError(
      `${p.table} differs from ${p.sourceTable}: source ${source.rows} rows, target ${target.rows} rows, checksums ` +
        `${result.sourceChecksum} vs ${result.targetChecksum}. ` +
        (differing.length > 0
          ? `Ranges that differ: ${differing.join('; ')}. Rerun those copy tasks, then this one.`
          : 'Rerun the table’s copy tasks, then this one.'),
    );
  }

  async cancel(task: TaskRow): Promise<void> {
    const p = task.payload as unknown as VerifyTablePayload;
    // The whole-table checksums are what runs for long; per-range ones follow only a mismatch.
    await Promise.all(
      ['all', 'all-text'].flatMap((part) => [
        this.operations.cancel(task, { systemId: p.sourceSystemId, part: `source-${part}` }),
        this.operations.cancel(task, { part: `target-${part}` }),
      ]),
    );
  }

  private async both(
    task: TaskRow,
    p: VerifyTablePayload,
    range: KeyRange | null,
    part: string,
    ctx: TaskContext,
    algorithm: ChecksumAlgorithm | undefined,
  ): Promise<[Checksum, Checksum]> {
    const request = (table: string) => ({
      type: 'checksum-range' as const,
      checksumRange: {
        table,
        columns: p.columns,
        ...(algorithm ? { algorithm } : {}),
        ...(range && p.keyColumn ? { range: { keyColumn: p.keyColumn, from: range.from, to: range.to } } : {}),
      },
    });
    const checksum = async (table: string, on: { systemId?: string; part: string }): Promise<Checksum> => {
      const outcome = await this.operations.run(task, request(table), ctx, { ...on, progress: false });
      const r = (outcome.result as { checksumRange?: Checksum } | null)?.checksumRange;
      if (!r) throw new TaskFailedError(`the checksum of ${table} returned no result`);
      return r;
    };
    return Promise.all([
      checksum(p.sourceTable, { systemId: p.sourceSystemId, part: `source-${part}` }),
      checksum(p.table, { part: `target-${part}` }),
    ]);
  }
}
