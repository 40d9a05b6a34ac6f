import { Inject, Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import { ChecksumAlgorithm, formatTableRef, keyRangeOf, type KeyBounds, type TableRef } from '@cutover/contracts';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { AgentOperationRunner, operationId } from '../runs/agent-operation.runner';
import { TaskFailedError, type TaskContext, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';
import { SystemsService } from '../systems/systems.service';
import { copyRangeRequest } from './copy-range.handler';
import { CopyTaskKind, type VerifyTablePayload } from './copy-tasks';

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
  /** Copy tasks whose range differed at first and was copied again (delete first), then matched. */
  recopied: string[];
}

const same = (s: Checksum, t: Checksum) => s.rows === t.rows && s.checksum === t.checksum;

/**
 * `verify-table`: the same checksum on both sides at once (source and target agents work in
 * parallel), compared. The common case costs one scan per side. On a mismatch it checksums every
 * range, copies each range that differs once more (the copy deletes the range first, so nothing
 * else is touched) and checks it again: a range that still differs fails the task, named. Post-
 * sync scripts wait for this task, so nothing has built on the table yet; a change by another
 * login on the source is still caught by the run's single-user guard.
 */
@Injectable()
@OnTask(CopyTaskKind.VerifyTable)
export class VerifyTableHandler extends TaskHandler<'verify-table'> {
  constructor(
    protected override readonly operations: AgentOperationRunner,
    private readonly systems: SystemsService,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'verify-table'>>, ctx: TaskContext): Promise<TaskOutcome> {
    const p = task.payload;
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
      match: same(source, target),
      recopied: [],
    };
    // The rows checked are in the result; task rows stay 0 so the run's copy progress is not counted twice.
    if (result.match) return { result: { verifyTable: result } };
    const keyed = p.keyColumns.length > 0;
    const ranges = keyed ? p.ranges : [{ from: null, to: null, copyKey: p.ranges[0]?.copyKey ?? 'the whole table' }];
    const differing: string[] = [];
    for (const [i, r] of ranges.entries()) {
      const range = keyed ? r : null;
      if (same(...(await this.both(task, p, range, `r${i + 1}`, ctx, source.algorithm)))) continue;
      const part = `recopy-r${i + 1}`;
      const copy = {
        sourceSystemId: p.sourceSystemId,
        sourceTable: p.sourceTable,
        table: p.table,
        columns: p.columns,
        range: range && keyRangeOf(p.keyColumns, range),
      };
      const reissue = (operation: string) => copyRangeRequest(this.systems, copy, operation, this.config.grantTtlSeconds);
      const { request, grant } = await reissue(operationId(task, part));
      await this.operations.run(task, request, ctx, { part, progress: false, grant, reissue });
      const [s, t] = await this.both(task, p, range, `r${i + 1}-again`, ctx, source.algorithm);
      if (same(s, t)) result.recopied.push(r.copyKey);
      else differing.push(`${r.copyKey} (source ${s.rows} rows, target ${t.rows})`);
    }
    if (differing.length === 0) {
      const [s, t] = await this.both(task, p, null, 'all-again', ctx, source.algorithm);
      Object.assign(result, { sourceRows: s.rows, targetRows: t.rows, sourceChecksum: s.checksum, targetChecksum: t.checksum });
      result.match = same(s, t);
      if (result.match) return { result: { verifyTable: result } };
    }
    throw new TaskFailedError(
      `${formatTableRef(p.table)} differs from ${formatTableRef(p.sourceTable)}: source ${source.rows} rows, target ${target.rows} rows` +
        (differing.length > 0
          ? `; still different after copying them again: ${differing.join('; ')}. Is the source changing, or are the types lossy? Rerun this task once that is fixed.`
          : '; every range matches but the whole table does not. Rerun this task.'),
    );
  }

  override async cancel(task: TaskRow<TaskPayload<'verify-table'>>): Promise<void> {
    const p = task.payload;
    // The whole-table checksums are what runs for long; per-range ones follow only a mismatch.
    await Promise.all(
      ['all', 'all-text'].flatMap((part) => [
        this.operations.cancel(task, { systemId: p.sourceSystemId, part: `source-${part}` }),
        this.operations.cancel(task, { part: `target-${part}` }),
      ]),
    );
  }

  private async both(
    task: TaskRow<unknown>,
    p: VerifyTablePayload,
    range: KeyBounds | null,
    part: string,
    ctx: TaskContext,
    algorithm: ChecksumAlgorithm | undefined,
  ): Promise<[Checksum, Checksum]> {
    const request = (table: TableRef) => ({
      type: 'checksum-range' as const,
      checksumRange: {
        table,
        columns: p.columns,
        ...(algorithm ? { algorithm } : {}),
        ...(range && p.keyColumns.length > 0 ? { range: keyRangeOf(p.keyColumns, range)! } : {}),
      },
    });
    const checksum = async (table: TableRef, on: { systemId?: string; part: string }): Promise<Checksum> => {
      const outcome = await this.operations.run(task, request(table), ctx, { ...on, progress: false });
      const r = (outcome.result as { checksumRange?: Checksum } | null)?.checksumRange;
      if (!r) throw new TaskFailedError(`the checksum of ${formatTableRef(table)} returned no result`);
      return r;
    };
    return Promise.all([
      checksum(p.sourceTable, { systemId: p.sourceSystemId, part: `source-${part}` }),
      checksum(p.table, { part: `target-${part}` }),
    ]);
  }
}
