import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { StatePool } from '../database/state-pool';
import { RunEventsService } from '../events/run-events.service';
import { QueueName, type TaskJob } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';
import { Dispatcher } from './dispatcher';
import { TaskStatus } from './statuses';
import { TASK_HANDLERS, TaskCanceledError, TaskFailedError, type TaskHandler, type TaskRow } from './task-handler';

/**
 * The pg-boss worker for task jobs. A job only names a task and the dispatch token it was sent
 * with; the task row decides. Claiming is one conditional UPDATE (ready → executing, token
 * matching, run running and not held), which is what makes a pause exact: whichever of the
 * pause and the claim commits first wins, and the other sees the row changed.
 */
@Injectable()
export class TaskWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('TaskWorker');
  private readonly handlers: Map<string, TaskHandler>;

  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsService,
    private readonly dispatcher: Dispatcher,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    @Inject(TASK_HANDLERS) handlers: TaskHandler[],
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
  ) {
    this.handlers = new Map(handlers.map((h) => [h.kind, h]));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueName.Tasks, this.config.workers, (job) => this.process(job.data, job.signal));
  }

  handlerFor(kind: string): TaskHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no handler for task kind ${kind}`);
    return handler;
  }

  async process(job: TaskJob, signal: AbortSignal): Promise<void> {
    const task = await this.claim(job);
    if (!task) return;
    let status: TaskStatus = TaskStatus.Ended;
    let error: string | null = null;
    let outcome: Awaited<ReturnType<TaskHandler['execute']>> | null = null;
    try {
      outcome = await this.handlerFor(task.kind).execute(task, {
        signal,
        progress: async (p) => {
          await this.db.query(
            `UPDATE task SET rows = $3, bytes = $4, rows_total = coalesce($5, rows_total) WHERE id = $1 AND attempt = $2`,
            [task.id, task.attempt, p.rows, p.bytes, p.rowsTotal ?? null],
          );
        },
      });
    } catch (e) {
      if (signal.aborted) throw e; // shutting down: the job is retried and resumes the same attempt
      if (e instanceof TaskCanceledError) status = TaskStatus.Canceled;
      else if (e instanceof TaskFailedError) status = TaskStatus.Error;
      else {
        // Infrastructure trouble (state database, agent 5xx): the job is retried and resumes.
        this.logger.warn(`task ${task.key}: ${(e as Error).message}; the job will be retried`);
        throw e;
      }
      error = (e as Error).message;
    }
    await this.finish(task, status, outcome, error);
  }

  /** ready → executing for this job's token; or resume an attempt this job already started. */
  private async claim(job: TaskJob): Promise<TaskRow | null> {
    return this.db.transaction(async (c) => {
      const claimed = await c.query<TaskRow>(
        `UPDATE task t SET status = 'executing', attempt = t.attempt + 1, started_at = clock_timestamp(), finished_at = NULL, error = NULL, rows = 0, bytes = 0
           FROM run r
          WHERE t.id = $1 AND t.dispatch_token = $2 AND t.status = 'ready'
            AND r.id = t.run_id AND r.status = 'running' AND NOT r.hold
          RETURNING t.id, t.run_id, t.key, t.kind, t.system_id, t.payload, t.attempt, t.status`,
        [job.taskId, job.token],
      );
      if (claimed.rows[0]) {
        const t = claimed.rows[0];
        await this.events.record(c, [
          {
            runId: t.run_id,
            taskId: t.id,
            taskKey: t.key,
            actor: 'orchestrator',
            type: 'status',
            from: TaskStatus.Ready,
            to: TaskStatus.Executing,
            reason: `attempt ${t.attempt}`,
          },
        ]);
        return t;
      }
      const current = (
        await c.query<TaskRow & { dispatch_token: string | null; hold: boolean }>(
          `SELECT t.id, t.run_id, t.key, t.kind, t.system_id, t.payload, t.attempt, t.status, t.dispatch_token, r.hold
             FROM task t JOIN run r ON r.id = t.run_id WHERE t.id = $1 FOR UPDATE OF t`,
          [job.taskId],
        )
      ).rows[0];
      if (!current || current.dispatch_token !== job.token) return null; // stale job: paused, rerun or canceled since
      if (current.status === TaskStatus.Executing) return current; // this job's attempt survived a crash: resume it
      if (current.status === TaskStatus.Ready && current.hold) {
        // Dispatch is held: give the slot back; release re-dispatches it.
        await c.query(`UPDATE task SET dispatch_token = NULL, dispatched_at = NULL WHERE id = $1`, [current.id]);
      }
      return null;
    });
  }

  private async finish(
    task: TaskRow,
    status: TaskStatus,
    outcome: { result: unknown; rows?: number; bytes?: number } | null,
    error: string | null,
  ): Promise<void> {
    const dependents = await this.db.transaction(async (c) => {
      const done = await c.query(
        `UPDATE task SET status = $3, finished_at = clock_timestamp(), result = $4, error = $5,
                rows = coalesce($6, rows), bytes = coalesce($7, bytes), dispatch_token = NULL
          WHERE id = $1 AND attempt = $2 AND status = 'executing'`,
        [task.id, task.attempt, status, outcome?.result ?? null, error, outcome?.rows ?? null, outcome?.bytes ?? null],
      );
      if (done.rowCount === 0) return null; // someone else settled this attempt
      await this.events.record(c, [
        {
          runId: task.run_id,
          taskId: task.id,
          taskKey: task.key,
          actor: 'orchestrator',
          type: 'status',
          from: TaskStatus.Executing,
          to: status,
          reason: error,
        },
      ]);
      const deps = await c.query<{ task_id: string }>(`SELECT task_id FROM task_dependency WHERE depends_on_id = $1`, [task.id]);
      return deps.rows.map((d) => d.task_id);
    });
    if (dependents) await this.dispatcher.advance(task.run_id, status === TaskStatus.Ended ? dependents : []);
  }
}
