import { OperationStatus, type OperationType, type WorkContext } from '@cutover/contracts';
import type { OperationDto, OperationResultDto } from './operations.dto';

/** One operation in this agent's memory. Agents keep no other state: a restart forgets them. */
export class OperationRecord {
  status = OperationStatus.Queued;
  readonly createdAt = new Date();
  startedAt: Date | null = null;
  finishedAt: Date | null = null;
  rows = 0;
  bytes = 0;
  result: OperationResultDto | null = null;
  error: string | null = null;
  /** The failure came from a connection or component that went away (transient-errors.ts). */
  transient = false;
  readonly controller = new AbortController();
  /** The request that started it (and the run, task and attempt it serves): its log lines carry these. */
  context: WorkContext = { requestId: '' };
  /** Resolves when the operation reaches a final status. */
  readonly settled: Promise<void>;
  private settle!: () => void;

  constructor(
    readonly id: string,
    readonly type: OperationType,
    /** Hash of the request, to tell a repeated start from a conflicting one. */
    readonly requestHash: string,
  ) {
    this.settled = new Promise((resolve) => (this.settle = resolve));
  }

  finish(status: OperationStatus, result: OperationResultDto | null, error: string | null, transient = false): void {
    this.status = status;
    this.result = result;
    this.error = error;
    this.transient = transient;
    this.finishedAt = new Date();
    this.settle();
  }

  toDto(now = Date.now()): OperationDto {
    const end = this.finishedAt?.getTime() ?? now;
    const elapsed = this.startedAt ? Math.max((end - this.startedAt.getTime()) / 1000, 0) : 0;
    const rate = (n: number) => (elapsed > 0 ? Math.round(n / elapsed) : 0);
    return {
      id: this.id,
      type: this.type,
      status: this.status,
      createdAt: this.createdAt.toISOString(),
      startedAt: this.startedAt?.toISOString() ?? null,
      finishedAt: this.finishedAt?.toISOString() ?? null,
      progress: {
        rows: this.rows,
        bytes: this.bytes,
        rowsPerSecond: rate(this.rows),
        bytesPerSecond: rate(this.bytes),
        elapsedSeconds: Math.round(elapsed * 1000) / 1000,
      },
      result: this.result,
      error: this.error === null ? null : { message: this.error, ...(this.transient ? { transient: true } : {}) },
    };
  }
}
