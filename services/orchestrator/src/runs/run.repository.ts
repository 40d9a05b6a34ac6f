import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { StatePool, type Queryable } from '../database/state-pool';
import type { RunSpec } from './run-spec';
import type { RunStatus } from './statuses';

/** A run as the orchestrator reads it. */
export interface RunRow {
  id: string;
  upgradeId: string | null;
  kind: string;
  status: RunStatus;
  threads: number;
  hold: boolean;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

/** The columns of a RunRow, named as its fields. */
const RUN_COLUMNS = `id, upgrade_id AS "upgradeId", kind, status, threads, hold, created_by AS "createdBy", created_at AS "createdAt", finished_at AS "finishedAt"`;

export interface LastRun {
  id: string;
  status: RunStatus;
}

/** Every statement on `run`, the one table of the runs module's four that is about runs as a whole. */
@Injectable()
export class RunRepository {
  constructor(private readonly db: StatePool) {}

  /** Inserts the run, its tasks and their dependencies (on the caller's transaction); returns the run's id. */
  async insert(c: PoolClient, spec: RunSpec): Promise<string> {
    const run = await c.query<{ id: string }>(
      `INSERT INTO run (upgrade_id, kind, status, threads, hold, created_by) VALUES ($1, $2, 'running', $3, $4, $5) RETURNING id`,
      [spec.upgradeId, spec.kind, spec.threads, spec.hold ?? false, spec.createdBy],
    );
    const id = run.rows[0].id;
    const inserted = await c.query<{ id: string; key: string }>(
      `INSERT INTO task (run_id, key, kind, system_id, payload, priority, status, rows_total, pending)
       SELECT $1, key, kind, system_id, payload, priority, 'waiting', rows_total, pending
         FROM unnest($2::text[], $3::text[], $4::uuid[], $5::jsonb[], $6::int[], $7::bigint[], $8::int[]) AS t(key, kind, system_id, payload, priority, rows_total, pending)
       RETURNING id, key`,
      [
        id,
        spec.tasks.map((t) => t.key),
        spec.tasks.map((t) => t.kind),
        spec.tasks.map((t) => t.systemId),
        spec.tasks.map((t) => JSON.stringify(t.payload)),
        spec.tasks.map((t) => t.priority ?? 0),
        spec.tasks.map((t) => t.rowsTotal ?? null),
        spec.tasks.map((t) => new Set(t.dependsOn ?? []).size),
      ],
    );
    const ids = new Map(inserted.rows.map((r) => [r.key, r.id]));
    const edges = spec.tasks.flatMap((t) => [...new Set(t.dependsOn ?? [])].map((d) => [ids.get(t.key)!, ids.get(d)!]));
    if (edges.length > 0) {
      await c.query(`INSERT INTO task_dependency (task_id, depends_on_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
        edges.map((e) => e[0]),
        edges.map((e) => e[1]),
      ]);
    }
    return id;
  }

  async find(id: string): Promise<RunRow | null> {
    const [row] = await this.db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM run WHERE id = $1`, [id]);
    return row ?? null;
  }

  async findMany(ids: string[]): Promise<RunRow[]> {
    return this.db.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM run WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`, [ids]);
  }

  async page(query: { limit: number; offset: number; upgradeId?: string }): Promise<{ rows: RunRow[]; total: number }> {
    const where = query.upgradeId ? 'WHERE upgrade_id = $3' : '';
    const rows = await this.db.query<RunRow>(
      `SELECT ${RUN_COLUMNS} FROM run ${where} ORDER BY created_at DESC LIMIT $1 OFFSET $2`,
      query.upgradeId ? [query.limit, query.offset, query.upgradeId] : [query.limit, query.offset],
    );
    const [count] = await this.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM run ${where.replace('$3', '$1')}`,
      query.upgradeId ? [query.upgradeId] : [],
    );
    return { rows, total: Number(count.n) };
  }

  /** Runs by kind and status (the metrics' gauge). */
  async countsByKind(): Promise<{ kind: string; status: RunStatus; n: number }[]> {
    const rows = await this.db.query<{ kind: string; status: RunStatus; n: string }>(
      `SELECT kind, status, count(*) AS n FROM run GROUP BY kind, status`,
    );
    return rows.map((r) => ({ kind: r.kind, status: r.status, n: Number(r.n) }));
  }

  /** The upgrade's latest run of a kind. */
  async latest(upgradeId: string, kind: string): Promise<LastRun | null> {
    const [run] = await this.db.query<LastRun>(
      `SELECT id, status FROM run WHERE upgrade_id = $1 AND kind = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [upgradeId, kind],
    );
    return run ?? null;
  }

  /** The upgrade's runs of a kind still running. */
  async running(upgradeId: string, kind: string): Promise<{ id: string }[]> {
    return this.db.query<{ id: string }>(`SELECT id FROM run WHERE upgrade_id = $1 AND kind = $2 AND status = 'running'`, [
      upgradeId,
      kind,
    ]);
  }

  async runningIds(): Promise<string[]> {
    return (await this.db.query<{ id: string }>(`SELECT id FROM run WHERE status = 'running'`)).map((r) => r.id);
  }

  /** Running runs with a task on one of the systems (one row per run and system). */
  async runningOn(systemIds: string[]): Promise<{ id: string; kind: string; systemId: string }[]> {
    const rows = await this.db.query<{ id: string; kind: string; system_id: string }>(
      `SELECT DISTINCT r.id, r.kind, t.system_id FROM run r JOIN task t ON t.run_id = r.id
        WHERE r.status = 'running' AND t.system_id = ANY($1::uuid[]) ORDER BY r.id`,
      [systemIds],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, systemId: r.system_id }));
  }

  /** The upgrade's runs of a kind with a task on the system, newest first. */
  async withTaskOn(upgradeId: string, kind: string, systemId: string): Promise<RunRow[]> {
    return this.db.query<RunRow>(
      `SELECT ${RUN_COLUMNS} FROM run r WHERE r.upgrade_id = $1 AND r.kind = $2 AND EXISTS (SELECT 1 FROM task t WHERE t.run_id = r.id AND t.system_id = $3)
        ORDER BY r.created_at DESC`,
      [upgradeId, kind, systemId],
    );
  }

  /** Did a run of the kind with a task on the system end (created after `since`, when given)? */
  async endedOn(upgradeId: string, kind: string, systemId: string, since: Date | null = null): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT 1 FROM run r WHERE r.upgrade_id = $1 AND r.kind = $2 AND r.status = 'ended' AND ($4::timestamptz IS NULL OR r.created_at > $4)
          AND EXISTS (SELECT 1 FROM task t WHERE t.run_id = r.id AND t.system_id = $3) LIMIT 1`,
      [upgradeId, kind, systemId, since],
    );
    return !!row;
  }

  /** When the first run of the kind with a task on the system ended. */
  async firstEndedAt(upgradeId: string, kind: string, systemId: string): Promise<Date | null> {
    const [first] = await this.db.query<{ at: Date | null }>(
      `SELECT min(r.finished_at) AS at FROM run r WHERE r.upgrade_id = $1 AND r.kind = $2 AND r.status = 'ended'
          AND EXISTS (SELECT 1 FROM task t WHERE t.run_id = r.id AND t.system_id = $3)`,
      [upgradeId, kind, systemId],
    );
    return first?.at ?? null;
  }

  /** Did a run of the kind end since the system last entered single-user mode? */
  async endedSinceSingleUser(upgradeId: string, kind: string, systemId: string): Promise<boolean> {
    const [done] = await this.db.query<{ id: string }>(
      `SELECT r.id FROM run r JOIN system s ON s.id = $2
        WHERE r.upgrade_id = $1 AND r.kind = $3 AND r.status = 'ended' AND r.created_at >= s.single_user_since LIMIT 1`,
      [upgradeId, systemId, kind],
    );
    return !!done;
  }

  /** Locks the run's row for the caller's transaction. */
  async lock(c: PoolClient, runId: string): Promise<{ status: RunStatus; hold: boolean; threads: number } | null> {
    const { rows } = await c.query<{ status: RunStatus; hold: boolean; threads: number }>(
      `SELECT status, hold, threads FROM run WHERE id = $1 FOR UPDATE`,
      [runId],
    );
    return rows[0] ?? null;
  }

  async setHold(c: PoolClient, runId: string, hold: boolean): Promise<void> {
    await c.query(`UPDATE run SET hold = $2 WHERE id = $1`, [runId, hold]);
  }

  async setThreads(c: PoolClient, runId: string, threads: number): Promise<void> {
    await c.query(`UPDATE run SET threads = $2 WHERE id = $1`, [runId, threads]);
  }

  /** A run in error (or ended) runs again: something in it can move. */
  async reopen(c: PoolClient, runId: string): Promise<void> {
    await c.query(`UPDATE run SET status = 'running', finished_at = NULL WHERE id = $1`, [runId]);
  }

  /** Canceled, giving back the slots of `released` dispatched tasks. */
  async cancel(c: PoolClient, runId: string, released: number): Promise<void> {
    await c.query(`UPDATE run SET status = 'canceled', active = greatest(active - $2, 0) WHERE id = $1`, [runId, released]);
  }

  /** Gives back admission slots (dispatched or executing tasks that stopped). */
  async releaseSlots(runId: string, count = 1, q: Queryable = this.db.pool): Promise<void> {
    if (count > 0) await q.query(`UPDATE run SET active = greatest(active - $2, 0) WHERE id = $1`, [runId, count]);
  }

  /** The status from `from` to `to` (finished now when final); false when it was not `from` anymore. */
  async changeStatus(runId: string, from: RunStatus, to: RunStatus, final: boolean): Promise<boolean> {
    const changed = await this.db.query(
      `UPDATE run SET status = $3, finished_at = ${final ? 'clock_timestamp()' : 'NULL'} WHERE id = $1 AND status = $2 RETURNING id`,
      [runId, from, to],
    );
    return changed.length > 0;
  }

  /** A canceled run whose last task stopped: its end time. */
  async markFinished(runId: string): Promise<void> {
    await this.db.query(`UPDATE run SET finished_at = coalesce(finished_at, clock_timestamp()) WHERE id = $1`, [runId]);
  }

  /**
   * Recomputes `active` from the tasks (on the caller's transaction, the run locked), unless a task
   * of the run ended in the last `quietSeconds`: an ended task's slot is given back by the next
   * admission of the process that ran it, and a recount landing in between would count it out twice
   * and let one task more than `threads` run. A slot truly lost (a process died in between) is
   * recounted once the run has been quiet that long. Returns whether it recounted.
   */
  async recountActive(c: PoolClient, runId: string, quietSeconds: number): Promise<boolean> {
    const { rowCount } = await c.query(
      `UPDATE run SET active = (SELECT count(*) FROM task WHERE run_id = $1 AND (status = 'executing' OR (status = 'ready' AND dispatch_token IS NOT NULL)))
        WHERE id = $1
          AND NOT EXISTS (SELECT 1 FROM task WHERE run_id = $1 AND finished_at > clock_timestamp() - make_interval(secs => $2))`,
      [runId, quietSeconds],
    );
    return (rowCount ?? 0) > 0;
  }
}
