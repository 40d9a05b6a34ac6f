import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { StatePool } from '../database/state-pool';
import { RunEventsService } from '../events/run-events.service';
import { Dispatcher } from './dispatcher';
import { RunStatus, TaskStatus } from './statuses';
import type { TaskRow } from './task-handler';
import { TaskWorker } from './task-worker';

interface Control {
  actor: string;
  reason?: string;
}

/**
 * Operator controls. Each is one conditional UPDATE under the run's row lock, so it either
 * applies or says exactly why not (409), and each is recorded with who, when and why.
 */
@Injectable()
export class RunControlsService {
  private readonly logger = new Logger('RunControls');

  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsService,
    private readonly dispatcher: Dispatcher,
    private readonly worker: TaskWorker,
  ) {}

  /** Exact: wins (the task will not start) or 409 because it already started. */
  pauseTask(runId: string, taskId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, [taskId], [TaskStatus.Waiting, TaskStatus.Ready], TaskStatus.Paused, 'pause');
  }

  resumeTask(runId: string, taskId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, [taskId], [TaskStatus.Paused], TaskStatus.Waiting, 'resume');
  }

  rerunTask(runId: string, taskId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, [taskId], [TaskStatus.Error, TaskStatus.Canceled], TaskStatus.Waiting, 'rerun');
  }

  /** Everything not executing yet stops where it is. */
  pauseAll(runId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, null, [TaskStatus.Waiting, TaskStatus.Ready], TaskStatus.Paused, 'pause');
  }

  resumeAll(runId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, null, [TaskStatus.Paused], TaskStatus.Waiting, 'resume');
  }

  rerunFailed(runId: string, ctl: Control): Promise<void> {
    return this.transition(runId, ctl, null, [TaskStatus.Error], TaskStatus.Waiting, 'rerun');
  }

  /** AX's "take the AOS out of the batch group": nothing new starts; executing tasks finish. */
  async hold(runId: string, hold: boolean, ctl: Control): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled || run.status === RunStatus.Ended) throw new ConflictException(`run ${runId} is ${run.status}`);
      if (run.hold === hold) return;
      await c.query(`UPDATE run SET hold = $2 WHERE id = $1`, [runId, hold]);
      await this.events.record(c, [{ runId, actor: ctl.actor, type: hold ? 'hold' : 'release', reason: ctl.reason }]);
    });
    await this.dispatcher.admit(runId);
  }

  /** Seed: "add threads during the copy". Effective at the next admission, which runs now. */
  async setThreads(runId: string, threads: number, ctl: Control): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled || run.status === RunStatus.Ended) throw new ConflictException(`run ${runId} is ${run.status}`);
      if (run.threads === threads) return;
      await c.query(`UPDATE run SET threads = $2 WHERE id = $1`, [runId, threads]);
      await this.events.record(c, [
        { runId, actor: ctl.actor, type: 'threads', from: String(run.threads), to: String(threads), reason: ctl.reason },
      ]);
    });
    await this.dispatcher.admit(runId);
  }

  /**
   * An admin declares a failed, paused or canceled task ended (the work was done another way, or
   * may be skipped): its dependents proceed. The result says so, and reports show it (a table
   * whose verification was ended by hand is not verified).
   */
  async endTaskByHand(runId: string, taskId: string, ctl: Required<Control>): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled) throw new ConflictException(`run ${runId} is canceled`);
      const { rows } = await c.query<{ key: string; from: TaskStatus }>(
        `UPDATE task t SET status = 'ended', finished_at = clock_timestamp(), dispatch_token = NULL,
                result = jsonb_build_object('endedByHand', jsonb_build_object('by', $3::text, 'reason', $4::text, 'error', old.error))
           FROM task old WHERE old.id = t.id AND t.run_id = $1 AND t.id = $2 AND t.status IN ('error', 'paused', 'canceled')
         RETURNING t.key, old.status AS from`,
        [runId, taskId, ctl.actor, ctl.reason],
      );
      if (rows.length === 0) {
        const [t] = (await c.query<{ status: string }>(`SELECT status FROM task WHERE run_id = $1 AND id = $2`, [runId, taskId])).rows;
        if (!t) throw new NotFoundException(`run ${runId} has no task ${taskId}`);
        throw new ConflictException(
          `cannot end task ${taskId} by hand: it is ${t.status}; that applies to error, paused or canceled tasks`,
        );
      }
      await c.query(
        `UPDATE task t SET pending = t.pending - 1 FROM task_dependency d WHERE d.depends_on_id = $1 AND t.id = d.task_id AND t.status IN ('waiting', 'paused')`,
        [taskId],
      );
      await this.events.record(c, [
        {
          runId,
          taskId,
          taskKey: rows[0].key,
          actor: ctl.actor,
          type: 'end-by-hand',
          from: rows[0].from,
          to: TaskStatus.Ended,
          reason: ctl.reason,
        },
      ]);
      if (run.status !== RunStatus.Running) {
        await c.query(`UPDATE run SET status = 'running', finished_at = NULL WHERE id = $1`, [runId]);
        await this.events.record(c, [
          { runId, actor: ctl.actor, type: 'run-status', from: run.status, to: RunStatus.Running, reason: 'end-by-hand' },
        ]);
      }
      await this.dispatcher.promote(c, runId, null, ctl.actor);
    });
    await this.dispatcher.admit(runId);
    await this.dispatcher.settle(runId, ctl.actor);
  }

  /** Cancels what has not started and asks the agents to cancel what is executing. */
  async cancel(runId: string, ctl: Control): Promise<void> {
    const executing = await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Ended || run.status === RunStatus.Canceled)
        throw new ConflictException(`run ${runId} is already ${run.status}`);
      const stopped = await c.query<{ id: string; key: string; from: TaskStatus; had_token: boolean }>(
        `UPDATE task t SET status = 'canceled', dispatch_token = NULL, finished_at = clock_timestamp()
           FROM task old WHERE old.id = t.id AND t.run_id = $1 AND t.status IN ('waiting', 'ready', 'paused')
         RETURNING t.id, t.key, old.status AS from, old.dispatch_token IS NOT NULL AS had_token`,
        [runId],
      );
      const released = stopped.rows.filter((t) => t.had_token).length;
      await c.query(`UPDATE run SET status = 'canceled', active = greatest(active - $2, 0) WHERE id = $1`, [runId, released]);
      await this.events.record(c, [
        { runId, actor: ctl.actor, type: 'run-status', from: run.status, to: RunStatus.Canceled, reason: ctl.reason },
        ...stopped.rows.map((t) => ({
          runId,
          taskId: t.id,
          taskKey: t.key,
          actor: ctl.actor,
          type: 'status',
          from: t.from,
          to: TaskStatus.Canceled,
          reason: ctl.reason,
        })),
      ]);
      return (
        await c.query<TaskRow>(
          `SELECT id, run_id, key, kind, system_id, payload, attempt, status FROM task WHERE run_id = $1 AND status = 'executing'`,
          [runId],
        )
      ).rows;
    });
    for (const task of executing) {
      await this.worker
        .handlerFor(task.kind)
        .cancel(task)
        .catch((e: unknown) => this.logger.warn(`cancel ${task.key}: ${(e as Error).message}`));
    }
    await this.dispatcher.settle(runId, ctl.actor);
  }

  private async transition(
    runId: string,
    ctl: Control,
    taskIds: string[] | null,
    from: TaskStatus[],
    to: TaskStatus,
    verb: string,
  ): Promise<void> {
    const changed = await this.db.transaction(async (c) => {
      const run = await this.lockRun(c, runId);
      if (run.status === RunStatus.Canceled) throw new ConflictException(`run ${runId} is canceled`);
      if (taskIds) {
        const current = await c.query<{ id: string; status: TaskStatus }>(
          `SELECT id, status FROM task WHERE run_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`,
          [runId, taskIds],
        );
        if (current.rows.length !== taskIds.length) throw new NotFoundException(`run ${runId} has no task ${taskIds.join(', ')}`);
        const wrong = current.rows.filter((t) => !from.includes(t.status));
        if (wrong.length > 0) {
          const why = wrong[0].status === TaskStatus.Executing ? 'it already started (executing)' : `it is ${wrong[0].status}`;
          throw new ConflictException(`cannot ${verb} task ${wrong[0].id}: ${why}; ${verb} applies to ${from.join(' or ')} tasks`);
        }
      }
      const { rows } = await c.query<{ id: string; key: string; from: TaskStatus; had_token: boolean }>(
        `UPDATE task t SET status = $3, dispatch_token = NULL, dispatched_at = NULL ${to === TaskStatus.Waiting ? ', error = NULL, finished_at = NULL' : ''}
           FROM task old
          WHERE old.id = t.id AND t.run_id = $1 AND t.status = ANY($2::text[]) ${taskIds ? 'AND t.id = ANY($4::uuid[])' : ''}
          RETURNING t.id, t.key, old.status AS from, old.dispatch_token IS NOT NULL AS had_token`,
        taskIds ? [runId, from, to, taskIds] : [runId, from, to],
      );
      // A dispatched task that is paused gives its slot back (its job will find the token gone).
      const released = rows.filter((t) => t.had_token).length;
      if (released > 0) await c.query(`UPDATE run SET active = greatest(active - $2, 0) WHERE id = $1`, [runId, released]);
      await this.events.record(
        c,
        rows.map((t) => ({ runId, taskId: t.id, taskKey: t.key, actor: ctl.actor, type: verb, from: t.from, to, reason: ctl.reason })),
      );
      if (rows.length > 0 && run.status !== RunStatus.Running && to === TaskStatus.Waiting) {
        // A failed run comes back to life when something in it can move again.
        await c.query(`UPDATE run SET status = 'running', finished_at = NULL WHERE id = $1`, [runId]);
        await this.events.record(c, [
          { runId, actor: ctl.actor, type: 'run-status', from: run.status, to: RunStatus.Running, reason: verb },
        ]);
      }
      if (to === TaskStatus.Waiting)
        await this.dispatcher.promote(
          c,
          runId,
          rows.map((r) => r.id),
          ctl.actor,
        );
      return rows.length;
    });
    if (changed > 0) await this.dispatcher.admit(runId);
    await this.dispatcher.settle(runId, ctl.actor);
  }

  private async lockRun(c: PoolClient, runId: string): Promise<{ status: RunStatus; hold: boolean; threads: number }> {
    const run = (
      await c.query<{ status: RunStatus; hold: boolean; threads: number }>(
        `SELECT status, hold, threads FROM run WHERE id = $1 FOR UPDATE`,
        [runId],
      )
    ).rows[0];
    if (!run) throw new NotFoundException(`run ${runId} does not exist`);
    return run;
  }
}
