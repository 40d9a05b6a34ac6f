import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AgentClient, AgentOperation, StartOperationRequest } from '@cutover/agent-client';
import { ProblemException } from '@cutover/common';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { AgentGateway, AgentGaveUpError, FINAL_OPERATION_STATUSES, POLL_SECONDS } from '../systems/agent-gateway';
import { forgottenVerdict, unknownOutcomeMessage } from './forgotten-operations';
import { isTransientError, isTransientMessage, MAX_RETRIES, RETRYABLE_OPERATIONS, retryDelayMs } from './transient-faults';
import { TaskCanceledError, TaskFailedError, type TaskContext, type TaskOutcome } from './task-handler';
import type { TaskRow } from './task-row';

/**
 * The operation id on the agent: one per task attempt (and part, for a task that runs several
 * operations), so a repeated start is idempotent.
 */
export const operationId = (task: Pick<TaskRow, 'id' | 'attempt'>, part?: string) => `${task.id}.${task.attempt}${part ? `.${part}` : ''}`;

/** Where an operation runs when it is not the task's own system, or one of several operations of a task. */
export interface OperationTarget {
  systemId?: string;
  part?: string;
  /** False when several operations run for one task at once: their progress would overwrite each other. */
  progress?: boolean;
  /** A copy-range's export grant: renewed while the operation waits in the agent's queue. */
  grant?: GrantRenewal;
  /** A copy-range's request and grant for another operation id (a retry): the grant names the operation. */
  reissue?: (operationId: string) => Promise<{ request: Omit<StartOperationRequest, 'id'>; grant: GrantRenewal }>;
}

/** The part of a task's operation id for the n-th retry (none for the first attempt). */
const retryPart = (part: string | undefined, retry: number): string | undefined =>
  retry === 0 ? part : [part, `r${retry}`].filter(Boolean).join('.');

/** How to mint a fresh export grant for a copy-range, and how long one lives. */
export interface GrantRenewal {
  ttlSeconds: number;
  mint(): Promise<string>;
}

/**
 * Executes a task as one agent operation and follows it to the end with long polls, through the
 * AgentGateway (ids by task attempt, grace, 4xx → the task fails). Used by every task kind whose
 * work is a single operation; the kind only decides the request.
 */
@Injectable()
export class AgentOperationRunner {
  private readonly logger = new Logger('AgentOperation');

  constructor(
    private readonly agents: AgentGateway,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {}

  /**
   * Runs the operation; when it fails for a transient reason (a component unreachable or
   * restarted, see transient-faults.ts) and its type is safe to run again, runs it again from the
   * start under a new id (`….r1`, `….r2`, …), with capped exponential backoff and jitter, until it
   * succeeds, fails for good, or the failures have lasted longer than AGENT_GRACE_SECONDS. Every
   * retry is a `retry` event of the task, with its reason.
   */
  async run(
    task: TaskRow<unknown>,
    request: Omit<StartOperationRequest, 'id'>,
    ctx: TaskContext,
    on: OperationTarget = {},
  ): Promise<TaskOutcome> {
    let current = { request, grant: on.grant };
    let failingSince: number | null = null;
    for (let retry = 0; ; retry++) {
      const part = retryPart(on.part, retry);
      if (retry > 0 && on.reissue) current = await on.reissue(operationId(task, part));
      const op = await this.follow(task, current.request, ctx, { ...on, part, grant: current.grant });
      if (op.status === 'succeeded')
        return { result: (op.result ?? null) as Record<string, unknown> | null, rows: op.progress.rows, bytes: op.progress.bytes };
      if (op.status === 'canceled') throw new TaskCanceledError(op.error?.message ?? 'canceled');
      const message = op.error?.message ?? 'the operation failed without a message';
      // The agent's flag (by error code) or, from agents without it, the message.
      const transient = op.error?.transient === true || isTransientMessage(message);
      if (!RETRYABLE_OPERATIONS.has(request.type) || !transient) throw new TaskFailedError(message);
      // An attempt that moved rows before it failed was healthy until then: the grace starts again.
      if (failingSince === null || op.progress.rows > 0) failingSince = Date.now();
      await this.beforeRetry(task, ctx, { retry: retry + 1, message, failingSince, operation: operationId(task, part) });
    }
  }

  /** Waits out the backoff before retry `retry`, recording why; throws when the task must fail instead. */
  private async beforeRetry(
    task: TaskRow<unknown>,
    ctx: TaskContext,
    r: { retry: number; message: string; failingSince: number; operation: string },
  ): Promise<void> {
    const grace = this.config.agentGraceSeconds;
    const failingFor = Math.round((Date.now() - r.failingSince) / 1000);
    if (r.retry > MAX_RETRIES || failingFor >= grace) {
      throw new TaskFailedError(
        `${r.message} (still failing after ${r.retry - 1} retries, ${failingFor} s; AGENT_GRACE_SECONDS is ${grace})`,
      );
    }
    const delay = retryDelayMs(r.retry);
    this.logger.warn(`task ${task.key}: operation ${r.operation} failed (${r.message}); retry ${r.retry} in ${delay} ms`);
    await ctx.event(`retry ${r.retry} in ${(delay / 1000).toFixed(1)} s: operation ${r.operation} failed: ${r.message}`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, delay);
      ctx.signal.addEventListener('abort', () => (clearTimeout(timer), reject(ctx.signal.reason as Error)), { once: true });
    });
    if (ctx.signal.aborted) throw ctx.signal.reason;
    // Paused, canceled or rerun while it waited: this attempt is no longer the task's.
    if (!(await ctx.stillExecuting())) throw new TaskCanceledError('the task was stopped while its retry waited');
  }

  /** Starts one operation (or finds it, resumed) and follows it to a final status with long polls. */
  private async follow(
    task: TaskRow<unknown>,
    request: Omit<StartOperationRequest, 'id'>,
    ctx: TaskContext,
    on: OperationTarget,
  ): Promise<AgentOperation> {
    const systemId = on.systemId ?? task.systemId;
    if (!systemId) throw new TaskFailedError(`task ${task.key} has no system to run on`);
    const client = await this.agents.client(systemId);
    const id = operationId(task, on.part);
    const body = { ...request, id } as StartOperationRequest;
    // Resuming after a crash, the operation may already exist (or even be finished); a fresh
    // attempt starts it and waits briefly, so short operations finish in one round trip.
    let op = ctx.resumed ? await this.tolerate(task, () => client.getOperation(id)) : null;
    // Resumed, the grant the agent holds is of unknown age: renew at once if the copy still waits.
    const renewal = on.grant ? { ...on.grant, mintedAt: op ? 0 : Date.now() } : null;
    const attempt = { since: Date.now() - (task.executingSeconds ?? 0) * 1000 };
    if (!op && ctx.resumed) op = await this.forgotten(task, client, body, ctx, false, attempt.since);
    if (!op) op = await this.startOnce(task, client, body, ctx, POLL_SECONDS, attempt.since);
    let lastProgress = 0;
    while (!FINAL_OPERATION_STATUSES.has(op.status)) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      if (renewal && op.status === 'queued') await this.renewGrant(task, client, body, renewal);
      const next = await this.tolerate(task, () => client.getOperation(id, POLL_SECONDS));
      // The agent restarted and forgot the operation: start it again under the same id (with a fresh grant) when that is safe.
      if (!next && renewal) await this.renewGrant(task, client, body, Object.assign(renewal, { mintedAt: 0 }), false);
      op =
        next ??
        (await this.forgotten(task, client, body, ctx, true, attempt.since)) ??
        (await this.startOnce(task, client, body, ctx, 0, attempt.since));
      if (on.progress !== false && Date.now() - lastProgress > 1000) {
        lastProgress = Date.now();
        await ctx.progress({ rows: op.progress.rows, bytes: op.progress.bytes });
      }
    }
    return op;
  }

  /**
   * The agent does not know the operation (it restarted, or never received it): null when it is to
   * be started (again); the operation as ended when the source's script status shows it committed;
   * throws when whether it took effect cannot be known (see forgotten-operations.ts).
   */
  private async forgotten(
    task: TaskRow<unknown>,
    client: AgentClient,
    body: StartOperationRequest,
    ctx: TaskContext,
    seenBefore: boolean,
    attemptSince: number,
  ): Promise<AgentOperation | null> {
    const uptime = seenBefore ? undefined : (await this.tolerate(task, () => client.info())).uptimeSeconds;
    const executingSeconds = (Date.now() - attemptSince) / 1000;
    const verdict = forgottenVerdict(body, { seenBefore, executingSeconds, agentUptimeSeconds: uptime });
    if (verdict === 'start-again') return null;
    if (verdict === 'unknown') throw new TaskFailedError(unknownOutcomeMessage(body.id, body.type, task.runId));
    const status = body.executeScript!.recordStatus!;
    const read = await this.tolerate(task, () =>
      client.runOperation({ id: `${body.id}.status-check.${Date.now()}`, type: 'read-script-status' }),
    );
    const rows = read.result?.readScriptStatus?.rows;
    if (read.status !== 'succeeded' || !rows)
      throw new TaskFailedError(
        `${unknownOutcomeMessage(body.id, body.type, task.runId)} (cutover.script_status could not be read: ${read.error?.message ?? read.status})`,
      );
    const committed = rows.some(
      (r) => r.scriptKey === status.scriptKey && r.packageSha256 === status.packageSha256 && r.runId === status.runId,
    );
    await ctx.event(
      committed
        ? `the agent forgot operation ${body.id}; cutover.script_status records ${status.scriptKey} as ended in this run: it committed and is not run again`
        : `the agent forgot operation ${body.id}; cutover.script_status does not record ${status.scriptKey} for this run: it did not commit, so it runs again`,
    );
    if (!committed) return null;
    const now = new Date().toISOString();
    return {
      id: body.id,
      type: body.type,
      status: 'succeeded',
      createdAt: now,
      startedAt: null,
      finishedAt: now,
      error: null,
      result: null,
      progress: { rows: 0, bytes: 0, rowsPerSecond: 0, bytesPerSecond: 0, elapsedSeconds: 0 },
    };
  }

  /** Cancels the task's operation: the first one and each retry the agent knows (retries are numbered without gaps). */
  async cancel(task: TaskRow<unknown>, on: OperationTarget = {}): Promise<void> {
    const systemId = on.systemId ?? task.systemId;
    if (!systemId) return;
    const client = await this.agents.client(systemId);
    for (let retry = 0; retry <= MAX_RETRIES; retry++) {
      const id = operationId(task, retryPart(on.part, retry));
      try {
        const op = retry === 0 ? true : await client.getOperation(id);
        if (!op) return;
        await client.cancelOperation(id);
      } catch (error) {
        this.logger.warn(`could not cancel ${id}: ${(error as Error).message}`);
        return;
      }
    }
  }

  /**
   * Past half its life, a queued copy's grant is replaced (in `body` too, for a restart): a copy may
   * wait in the agent's queue (AGENT_MAX_OPERATIONS) longer than a grant lives. Once the copy runs,
   * its export has started with the grant it had, and the agent answers that it needs none.
   */
  private async renewGrant(
    task: TaskRow<unknown>,
    client: AgentClient,
    body: StartOperationRequest,
    renewal: GrantRenewal & { mintedAt: number },
    push = true,
  ): Promise<void> {
    if (Date.now() - renewal.mintedAt < (renewal.ttlSeconds * 1000) / 2 || !body.copyRange) return;
    const grant = await renewal.mint();
    body.copyRange.source.grant = grant;
    renewal.mintedAt = Date.now();
    if (push) await this.tolerate(task, () => client.renewGrant(body.id, grant));
  }

  /**
   * Starts the operation. When the call fails on the way (agent unreachable, its answer lost), the
   * request may have reached the agent: ask for the operation before starting it again, and start
   * it again only when that is safe (see `forgotten`).
   */
  private async startOnce(
    task: TaskRow<unknown>,
    client: AgentClient,
    body: StartOperationRequest,
    ctx: TaskContext,
    waitSeconds: number,
    attemptSince: number,
  ): Promise<AgentOperation> {
    const deadline = Date.now() + this.config.agentGraceSeconds * 1000;
    for (let delay = 500; ; delay = Math.min(delay * 2, 5000)) {
      try {
        return await this.start(client, body, waitSeconds);
      } catch (error) {
        if (!isTransientError(error)) throw error;
        if (Date.now() > deadline)
          throw new TaskFailedError(`${(error as Error).message} (gave up after ${this.config.agentGraceSeconds} s)`);
        this.logger.warn(
          `task ${task.key}: starting ${body.id} failed (${(error as Error).message}); asking the agent before starting again`,
        );
        await new Promise((r) => setTimeout(r, delay));
        const known = await this.tolerate(task, () => client.getOperation(body.id));
        if (known) return known;
        const ended = await this.forgotten(task, client, body, ctx, false, attemptSince);
        if (ended) return ended;
      }
    }
  }

  /** Starts (or finds) the operation; the agent refusing the request (4xx) fails the task: another attempt would too. */
  private async start(client: AgentClient, body: StartOperationRequest, waitSeconds: number): Promise<AgentOperation> {
    try {
      return await this.agents.start(client, body, waitSeconds);
    } catch (error) {
      if (error instanceof ProblemException) throw new TaskFailedError(error.message);
      throw error;
    }
  }

  /** Rides out an agent that is briefly unreachable; past the grace the task fails. */
  private async tolerate<T>(task: TaskRow<unknown>, call: () => Promise<T>): Promise<T> {
    try {
      return await this.agents.tolerate(`task ${task.key}`, call);
    } catch (error) {
      if (error instanceof AgentGaveUpError) throw new TaskFailedError(error.message);
      throw error;
    }
  }
}
