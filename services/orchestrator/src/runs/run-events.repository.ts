import { Injectable } from '@nestjs/common';
import type { RunEventDto } from './runs.dto';
import { StatePool, type Queryable } from '../database/state-pool';

export interface RunEventInput {
  runId: string;
  taskId?: string | null;
  taskKey?: string | null;
  actor: string;
  type: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
}

@Injectable()
export class RunEventsRepository {
  constructor(private readonly db: StatePool) {}

  /** Records events on the caller's connection, so they commit with the change they describe. */
  async record(q: Queryable, events: RunEventInput[]): Promise<void> {
    if (events.length === 0) return;
    await q.query(
      `INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
      [
        events.map((e) => e.runId),
        events.map((e) => e.taskId ?? null),
        events.map((e) => e.taskKey ?? null),
        events.map((e) => e.actor),
        events.map((e) => e.type),
        events.map((e) => e.from ?? null),
        events.map((e) => e.to ?? null),
        events.map((e) => e.reason ?? null),
      ],
    );
  }

  /** Records events on their own (not part of a change). */
  async add(events: RunEventInput[]): Promise<void> {
    await this.record(this.db.pool, events);
  }

  async list(runId: string, after = 0, limit = 1000): Promise<RunEventDto[]> {
    const rows = await this.db.query<{
      id: string;
      run_id: string;
      task_id: string | null;
      task_key: string | null;
      actor: string;
      type: string;
      from_status: string | null;
      to_status: string | null;
      reason: string | null;
      at: Date;
    }>(`SELECT * FROM run_event WHERE run_id = $1 AND id > $2 ORDER BY id LIMIT $3`, [runId, after, limit]);
    return rows.map((r) => ({
      id: Number(r.id),
      runId: r.run_id,
      taskId: r.task_id,
      taskKey: r.task_key,
      actor: r.actor,
      type: r.type,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      reason: r.reason,
      at: r.at.toISOString(),
    }));
  }
}
