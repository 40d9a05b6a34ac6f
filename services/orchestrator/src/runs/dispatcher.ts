import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { RunEventsService, type RunEventInput } from '../events/run-events.service';
import { StatePool } from '../database/state-pool';
import { QueueName } from '../queue/queue-names';
import { QUEUE_DRIVER, type QueueDriver } from '../queue/queue.driver';
import { RunStatus, TaskStatus } from './statuses';

export type StatusCounts = Record<TaskStatus, number>;

/** A run's status follows from its tasks' statuses (a canceled run stays canceled). */
export function deriveRunStatus(counts: StatusCounts): RunStatus {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (counts.ended === total) return RunStatus.Ended;
  const moving = counts.executing + counts.ready;
  // Nothing can move without an operator (rerun, resume), and something failed: the run is in error.
  if (moving === 0 && counts.error + counts.canceled > 0) return RunStatus.Error;
  return RunStatus.Running;
}

export function emptyCounts(): StatusCounts {
  return { waiting: 0, ready: 0, executing: 0, ended: 0, error: 0, paused: 0, canceled: 0 };
}

/**
 * Moves a run forward, under a lock on the run row so that replicas never interleave: tasks
 * whose dependencies all ended become ready; ready tasks are handed to the queue while fewer
 * than `threads` are dispatched or executing (highest priority first), in the same transaction
 * as the status change; the run's status follows.
 */
@Injectable()
export class Dispatcher {
  constructor(
    private readonly db: StatePool,
    private readonly events: RunEventsService,
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
  ) {}

  /** `candidates`: the only tasks that may have become ready (dependents of a finished task); all when absent. */
  async advance(runId: string, candidates?: string[], actor = 'orchestrator'): Promise<void> {
    await this.db.transaction(async (c) => {
      const run = (
        await c.query<{ status: RunStatus; threads: number; hold: boolean }>(
          `SELECT status, threads, hold FROM run WHERE id = $1 FOR UPDATE`,
          [runId],
        )
      ).rows[0];
      if (!run) return;
      const events: RunEventInput[] = [];
      if (run.status !== RunStatus.Canceled) {
        await this.promote(c, runId, candidates, events, actor);
        if (!run.hold) await this.admit(c, runId, run.threads);
      }
      await this.settle(c, runId, run.status, events, actor);
      await this.events.record(c, events);
    });
  }

  private async promote(
    c: PoolClient,
    runId: string,
    candidates: string[] | undefined,
    events: RunEventInput[],
    actor: string,
  ): Promise<void> {
    if (candidates && candidates.length === 0) return;
    const { rows } = await c.query<{ id: string; key: string }>(
      `UPDATE task t SET status = 'ready', ready_at = clock_timestamp()
        WHERE t.run_id = $1 AND t.status = 'waiting' ${candidates ? 'AND t.id = ANY($2::uuid[])' : ''}
          AND NOT EXISTS (SELECT 1 FROM task_dependency d JOIN task p ON p.id = d.depends_on_id
                           WHERE d.task_id = t.id AND p.status <> 'ended')
        RETURNING t.id, t.key`,
      candidates ? [runId, candidates] : [runId],
    );
    for (const t of rows)
      events.push({ runId, taskId: t.id, taskKey: t.key, actor, type: 'status', from: TaskStatus.Waiting, to: TaskStatus.Ready });
  }

  private async admit(c: PoolClient, runId: string, threads: number): Promise<void> {
    const busy = Number(
      (
        await c.query<{ n: string }>(
          `SELECT count(*) AS n FROM task WHERE run_id = $1 AND (status = 'executing' OR (status = 'ready' AND dispatch_token IS NOT NULL))`,
          [runId],
        )
      ).rows[0].n,
    );
    const slots = threads - busy;
    if (slots <= 0) return;
    const { rows } = await c.query<{ id: string; dispatch_token: string; priority: number }>(
      `UPDATE task SET dispatch_token = gen_random_uuid(), dispatched_at = clock_timestamp()
        WHERE id IN (SELECT id FROM task WHERE run_id = $1 AND status = 'ready' AND dispatch_token IS NULL
                      ORDER BY priority DESC, ready_at, key LIMIT $2)
        RETURNING id, dispatch_token, priority`,
      [runId, slots],
    );
    const db = { executeSql: (text: string, values?: unknown[]) => c.query(text, values) };
    for (const t of rows) await this.queue.send(QueueName.Tasks, { taskId: t.id, token: t.dispatch_token }, { priority: t.priority, db });
  }

  private async settle(c: PoolClient, runId: string, current: RunStatus, events: RunEventInput[], actor: string): Promise<void> {
    const counts = emptyCounts();
    const { rows } = await c.query<{ status: TaskStatus; n: string }>(
      `SELECT status, count(*) AS n FROM task WHERE run_id = $1 GROUP BY status`,
      [runId],
    );
    for (const r of rows) counts[r.status] = Number(r.n);
    if (current === RunStatus.Canceled) {
      if (counts.executing === 0) await c.query(`UPDATE run SET finished_at = coalesce(finished_at, now()) WHERE id = $1`, [runId]);
      return;
    }
    const next = deriveRunStatus(counts);
    if (next === current) return;
    const final = next === RunStatus.Ended || next === RunStatus.Error;
    await c.query(`UPDATE run SET status = $2, finished_at = ${final ? 'now()' : 'NULL'} WHERE id = $1`, [runId, next]);
    events.push({ runId, actor, type: 'run-status', from: current, to: next });
  }
}
