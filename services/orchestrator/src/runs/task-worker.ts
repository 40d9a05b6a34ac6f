import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { runWithContext } from '@cutover/contracts';
import { OrchestratorConfig } from '../config/orchestrator.config';
import { StatePool } from '../database/state-pool';
import { OrchestratorMetrics } from '../metrics/orchestrator-metrics';
import { QueueName, type TaskJob } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';
import { Dispatcher } from './dispatcher';
import { TaskStatus } from './statuses';
import { TaskCanceledError, TaskFailedError, type TaskHandler, type TaskOutcome, type TaskRow } from './task-handler';
import { TaskHandlerRegistry } from './task-handler-registry';

const TASK_COLUMNS =
  't.id, t.run_id, t.key, t.kind, t.system_id, t.payload, t.attempt, t.status, extract(epoch FROM clock_timestamp() - t.started_at)::float8 AS executing_seconds';

/**
 * The pg-boss worker for task jobs. A job only names a task and the dispatch token it was sent
 * with; the task row decides. Claiming is one conditional UPDATE (ready → executing, token
 * matching, run running and not held), which is what makes a pause exact: whichever of the
 * pause and the claim commits first wins, and the other sees the row changed. Claim and finish
 * are single statements (events included), so the hot path costs few round trips.
 */
@Injectable()
export class TaskWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('TaskWorker');

  constructor(
    private readonly db: StatePool,
    private readonly dispatcher: Dispatcher,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    private readonly handlers: TaskHandlerRegistry,
    @Inject(OrchestratorConfig) private readonly config: OrchestratorConfig,
    private readonly metrics: OrchestratorMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(QueueName.Tasks, this.config.workers, (job) => this.process(job.data, job.signal));
  }

  handlerFor(kind: string): TaskHandler {
    return this.handlers.get(kind);
  }

  async process(job: TaskJob, signal: AbortSignal): Promise<void> {
    const claim = await this.claim(job);
    if (!claim) return;
    const { task } = claim;
    if (!claim.resumed) this.metrics.taskClaimed(task.kind, claim.waited);
    // Log lines and agent calls of this execution carry the request that led to it, the run, task and attempt.
    await runWithContext({ requestId: job.requestId, runId: task.run_id, taskId: task.id, attempt: task.attempt }, () =>
      this.execute(task, claim.resumed, signal),
    );
  }

  private async execute(task: TaskRow, resumed: boolean, signal: AbortSignal): Promise<void> {
    let status: TaskStatus = TaskStatus.Ended;
    let error: string | null = null;
    let outcome: TaskOutcome | null = null;
    try {
      outcome = await this.handlerFor(task.kind).execute(task, {
        signal,
        resumed,
        progress: async (p) => {
          await this.db.query(
            `UPDATE task SET rows = $3, bytes = $4, rows_total = coalesce($5, rows_total) WHERE id = $1 AND attempt = $2`,
            [task.id, task.attempt, p.rows, p.bytes, p.rowsTotal ?? null],
          );
        },
        event: (reason) => this.retryEvent(task, reason),
        stillExecuting: async () =>
          (await this.db.query(`SELECT 1 FROM task WHERE id = $1 AND attempt = $2 AND status = 'executing'`, [task.id, task.attempt]))
            .length > 0,
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
    const promoted = await this.finish(task, status, outcome, error);
    if (promoted === null) return;
    await this.dispatcher.admitSoon(task.run_id);
    // The run's status can only change when a task did not end well, or when it readied nothing.
    if (status !== TaskStatus.Ended || promoted === 0) await this.dispatcher.settle(task.run_id);
  }

  private async retryEvent(task: TaskRow, reason: string): Promise<void> {
    await this.db
      .query(
        `INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         VALUES ($1, $2, $3, 'orchestrator', 'retry', 'executing', 'executing', $4)`,
        [task.run_id, task.id, task.key, `attempt ${task.attempt}, ${reason}`],
      )
      .catch((error: Error) => this.logger.warn(`task ${task.key}: could not record the event "${reason}": ${error.message}`));
  }

  /** ready → executing for this job's token; or resume an attempt this job already started. */
  private async claim(job: TaskJob): Promise<{ task: TaskRow; resumed: boolean; waited: number | null } | null> {
    const claimed = await this.db.query<TaskRow>(
      `WITH c AS (
         UPDATE task t SET status = 'executing', attempt = t.attempt + 1, started_at = clock_timestamp(), finished_at = NULL, error = NULL, rows = 0, bytes = 0
           FROM run r
          WHERE t.id = $1 AND t.dispatch_token = $2 AND t.status = 'ready' AND r.id = t.run_id AND r.status = 'running' AND NOT r.hold
          RETURNING ${TASK_COLUMNS}, extract(epoch FROM t.started_at - t.dispatched_at)::float8 AS waited),
       e AS (
         INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         SELECT run_id, id, key, 'orchestrator', 'status', 'ready', 'executing', 'attempt ' || attempt FROM c)
       SELECT * FROM c`,
      [job.taskId, job.token],
    );
    if (claimed[0]) return { task: claimed[0], resumed: false, waited: (claimed[0] as TaskRow & { waited: number | null }).waited };
    const current = (
      await this.db.query<TaskRow & { dispatch_token: string | null; hold: boolean }>(
        `SELECT ${TASK_COLUMNS}, t.dispatch_token, r.hold FROM task t JOIN run r ON r.id = t.run_id WHERE t.id = $1`,
        [job.taskId],
      )
    )[0];
    if (!current || current.dispatch_token !== job.token) return null; // stale job: paused, rerun or canceled since
    if (current.status === TaskStatus.Executing) return { task: current, resumed: true, waited: null }; // this job's attempt survived a crash
    if (current.status === TaskStatus.Ready && current.hold) {
      // Dispatch is held: give the slot back; release re-admits it.
      const given = await this.db.query(
        `UPDATE task SET dispatch_token = NULL, dispatched_at = NULL WHERE id = $1 AND dispatch_token = $2 AND status = 'ready' RETURNING run_id`,
        [current.id, job.token],
      );
      if (given.length > 0) await this.db.query(`UPDATE run SET active = greatest(active - 1, 0) WHERE id = $1`, [current.run_id]);
    }
    return null;
  }

  /**
   * executing → ended/error/canceled for this attempt, in one statement: an ended task's
   * dependents count one dependency less and those reaching zero become ready, and every change
   * is recorded as an event; then the run's active count goes down. Returns how many dependents became
   * ready, or null when someone else settled this attempt.
   */
  private async finish(task: TaskRow, status: TaskStatus, outcome: TaskOutcome | null, error: string | null): Promise<number | null> {
    const rows = await this.db.query<{ id: string; promoted: string; seconds: number | null; run_kind: string }>(
      `WITH f AS (
         UPDATE task SET status = $3, finished_at = clock_timestamp(), result = $4, error = $5,
                rows = coalesce($6, rows), bytes = coalesce($7, bytes), dispatch_token = NULL
          WHERE id = $1 AND attempt = $2 AND status = 'executing'
          RETURNING id, run_id, key, kind, extract(epoch FROM finished_at - started_at)::float8 AS seconds,
                    (SELECT r.kind FROM run r WHERE r.id = task.run_id) AS run_kind),
       d AS (
         UPDATE task t SET pending = t.pending - 1,
                status = CASE WHEN t.pending = 1 AND t.status = 'waiting' THEN 'ready' ELSE t.status END,
                ready_at = CASE WHEN t.pending = 1 AND t.status = 'waiting' THEN clock_timestamp() ELSE t.ready_at END
           FROM task_dependency dep, f
          WHERE $3 = 'ended' AND dep.depends_on_id = f.id AND t.id = dep.task_id
          RETURNING t.id, t.run_id, t.key, t.status),
       e AS (
         INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         SELECT run_id, id, key, 'orchestrator', 'status', 'executing', $3, $5 FROM f
         UNION ALL
         SELECT run_id, id, key, 'orchestrator', 'status', 'waiting', 'ready', NULL FROM d WHERE status = 'ready')
       SELECT id, seconds, run_kind, (SELECT count(*) FROM d WHERE status = 'ready') AS promoted FROM f`,
      [task.id, task.attempt, status, outcome?.result ?? null, error, outcome?.rows ?? null, outcome?.bytes ?? null],
    );
    if (!rows[0]) return null;
    const { seconds, run_kind: runKind } = rows[0];
    this.metrics.taskFinished({ kind: task.kind, runKind, status, seconds, rows: outcome?.rows ?? null, bytes: outcome?.bytes ?? null });
    this.logger.debug(`task ${task.key} (${task.kind}) ${status} after ${seconds?.toFixed(3) ?? '?'} s${error ? `: ${error}` : ''}`);
    // The slot is given back in its own statement: locking the run while holding the task row
    // would invert the lock order of the operator controls (run, then task) and could deadlock.
    await this.db.query(`UPDATE run SET active = greatest(active - 1, 0) WHERE id = $1`, [task.run_id]);
    return Number(rows[0].promoted);
  }
}
