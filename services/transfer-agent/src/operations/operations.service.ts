import { createHash } from 'node:crypto';
import { ConflictException, Inject, Injectable, Logger, NotFoundException, type OnApplicationShutdown } from '@nestjs/common';
import { currentContext, FINAL_OPERATION_STATUSES, newRequestId, OperationStatus, OperationType, runWithContext } from '@cutover/contracts';
import { AgentConfig } from '../config/agent.config';
import { EngineInputError } from '../engines/engine';
import { AgentMetrics } from '../metrics/agent-metrics';
import { OperationHandlers, type PreparedOperation } from './operation-handlers';
import { OperationRecord } from './operation-record';
import { isTransientFailure } from './transient-errors';
import type { OperationDto, StartOperationDto } from './operations.dto';

const KEEP_FINISHED = 2000;

/**
 * Runs operations with at most `maxOperations` at once. An id names one execution: starting it
 * again returns the same record, so a retried request from the orchestrator never runs twice.
 */
@Injectable()
export class OperationsService implements OnApplicationShutdown {
  private readonly logger = new Logger(OperationsService.name);
  private readonly operations = new Map<string, OperationRecord>();
  /** Starts whose validation is still under way, so a concurrent duplicate waits for the first. */
  private readonly starting = new Map<string, Promise<unknown>>();
  private readonly queue: { record: OperationRecord; work: PreparedOperation }[] = [];
  private running = 0;

  constructor(
    private readonly handlers: OperationHandlers,
    @Inject(AgentConfig) private readonly config: AgentConfig,
    private readonly metrics: AgentMetrics,
  ) {}

  async start(dto: StartOperationDto): Promise<{ created: boolean; operation: OperationDto }> {
    const requestHash = hashRequest(dto);
    for (;;) {
      const existing = this.operations.get(dto.id);
      if (existing) {
        if (existing.requestHash !== requestHash) {
          throw new ConflictException(`operation ${dto.id} already exists with a different request; choose a new id`);
        }
        // A repeated start (the orchestrator resuming) brings a fresh grant: a queued copy takes it.
        if (dto.copyRange && existing.status === OperationStatus.Queued) this.queued(existing)?.renewGrant?.(dto.copyRange.source.grant);
        return { created: false, operation: existing.toDto() };
      }
      const pending = this.starting.get(dto.id);
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    const creation = this.create(dto, requestHash);
    this.starting.set(dto.id, creation);
    try {
      const record = await creation;
      return { created: true, operation: record.toDto() };
    } finally {
      this.starting.delete(dto.id);
    }
  }

  private async create(dto: StartOperationDto, requestHash: string): Promise<OperationRecord> {
    const work = await this.handlers.prepare(dto);
    const record = new OperationRecord(dto.id, dto.type, requestHash);
    // The request's context (request id; run, task and attempt from the orchestrator's headers) follows the operation when it runs later.
    record.context = { ...currentContext(), requestId: currentContext()?.requestId ?? newRequestId(), operationId: dto.id };
    this.operations.set(dto.id, record);
    this.prune();
    this.queue.push({ record, work });
    this.pump();
    return record;
  }

  async get(id: string, waitSeconds = 0): Promise<OperationDto> {
    const record = this.require(id);
    if (waitSeconds > 0 && !FINAL_OPERATION_STATUSES.has(record.status)) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([record.settled, new Promise((r) => (timer = setTimeout(r, waitSeconds * 1000)))]);
      clearTimeout(timer);
    }
    return record.toDto();
  }

  list(status?: OperationStatus): OperationDto[] {
    return [...this.operations.values()].filter((o) => !status || o.status === status).map((o) => o.toDto());
  }

  /**
   * Replaces the export grant of a copy-range that has not started: grants live minutes, and a
   * copy can wait in this agent's queue longer. Once it runs, the export has already used its grant.
   */
  renewGrant(id: string, grant: string): OperationDto {
    const record = this.require(id);
    if (record.type !== OperationType.CopyRange) throw new ConflictException(`operation ${id} is a ${record.type}, which takes no grant`);
    const work = record.status === OperationStatus.Queued ? this.queued(record) : undefined;
    if (!work?.renewGrant) {
      throw new ConflictException(
        `operation ${id} is ${record.status}: it no longer waits for a grant (its export started with the one it had)`,
      );
    }
    work.renewGrant(grant);
    return record.toDto();
  }

  private queued(record: OperationRecord): PreparedOperation | undefined {
    return this.queue.find((q) => q.record === record)?.work;
  }

  /** Cancels a queued or running operation and waits briefly for it to stop. */
  async cancel(id: string): Promise<OperationDto> {
    const record = this.require(id);
    if (FINAL_OPERATION_STATUSES.has(record.status)) {
      throw new ConflictException(`operation ${id} has already ${record.status}; there is nothing to cancel`);
    }
    record.controller.abort(new CancelRequested());
    if (record.status === OperationStatus.Queued) {
      const at = this.queue.findIndex((q) => q.record === record);
      if (at >= 0) this.queue.splice(at, 1);
      record.finish(OperationStatus.Canceled, null, 'canceled before it started');
      this.metrics.operationFinished(record.type, record.status, false);
    }
    await Promise.race([record.settled, new Promise((r) => setTimeout(r, 5000).unref())]);
    return record.toDto();
  }

  onApplicationShutdown(): void {
    for (const record of this.operations.values()) {
      if (!FINAL_OPERATION_STATUSES.has(record.status)) record.controller.abort(new CancelRequested('agent shutting down'));
    }
  }

  private require(id: string): OperationRecord {
    const record = this.operations.get(id);
    if (!record) throw new NotFoundException(`operation ${id} is not known to this agent (agents forget operations when they restart)`);
    return record;
  }

  private pump(): void {
    while (this.running < this.config.maxOperations && this.queue.length > 0) {
      const next = this.queue.shift()!;
      this.running++;
      void runWithContext(next.record.context, () => this.execute(next.record, next.work)).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async execute(record: OperationRecord, work: PreparedOperation): Promise<void> {
    const { signal } = record.controller;
    const timer = work.timeoutMs ? setTimeout(() => record.controller.abort(new TimedOut(work.timeoutMs!)), work.timeoutMs) : undefined;
    record.status = OperationStatus.Running;
    record.startedAt = new Date();
    this.metrics.operationStarted(record.type);
    // A copy-range runs on the target: its rows and bytes are imported (the source counts its export).
    const imported = record.type === OperationType.CopyRange;
    try {
      const result = await work.run({
        signal,
        progress: {
          addRows: (n) => ((record.rows += n), imported && this.metrics.transferred('imported', n, 0)),
          addBytes: (n) => ((record.bytes += n), imported && this.metrics.transferred('imported', 0, n)),
        },
      });
      // A cancel that lands after the work finished does not undo it: report what happened.
      record.finish(OperationStatus.Succeeded, result, null);
    } catch (error) {
      const reason: unknown = signal.aborted ? signal.reason : undefined;
      if (reason instanceof CancelRequested) record.finish(OperationStatus.Canceled, null, reason.message);
      else if (reason instanceof TimedOut) record.finish(OperationStatus.Failed, null, reason.message);
      else {
        const message = describeError(error);
        if (!(error instanceof EngineInputError)) this.logger.warn(`operation ${record.id} (${record.type}) failed: ${message}`);
        record.finish(OperationStatus.Failed, null, message, isTransientFailure(error));
      }
    } finally {
      clearTimeout(timer);
      this.metrics.operationFinished(record.type, record.status, true);
      const ms = Date.now() - record.startedAt.getTime();
      this.logger.debug(`operation ${record.id} (${record.type}) ${record.status} in ${ms} ms: ${record.rows} rows, ${record.bytes} bytes`);
    }
  }

  private prune(): void {
    if (this.operations.size <= KEEP_FINISHED) return;
    for (const [id, record] of this.operations) {
      if (this.operations.size <= KEEP_FINISHED) break;
      if (FINAL_OPERATION_STATUSES.has(record.status)) this.operations.delete(id);
    }
  }
}

class CancelRequested extends Error {
  constructor(message = 'canceled on request') {
    super(message);
  }
}

class TimedOut extends Error {
  constructor(ms: number) {
    super(`timed out after ${Math.round(ms / 1000)} s and was canceled`);
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const pg = error as Error & { detail?: string; hint?: string };
  return [pg.message, pg.detail, pg.hint].filter(Boolean).join(' — ');
}

/** The request without its id and without a copy's grant: a fresh grant for the same copy is the same request. */
function hashRequest(dto: StartOperationDto): string {
  const { id: _id, ...rest } = dto;
  void _id;
  const copy = rest.copyRange ? { ...rest.copyRange, source: { ...rest.copyRange.source, grant: undefined } } : undefined;
  return createHash('sha256')
    .update(JSON.stringify({ ...rest, copyRange: copy }))
    .digest('hex');
}
