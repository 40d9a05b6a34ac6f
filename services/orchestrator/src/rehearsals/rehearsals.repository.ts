import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StatePool } from '../database/state-pool';
import type { TaskStatus } from '../runs/statuses';
import { RehearsalEntity } from './rehearsal.entity';

/** A run a rehearsal includes, as recorded. */
export interface RecordedRun {
  id: string;
  upgradeId: string | null;
  kind: string;
  status: string;
  threads: number;
  createdAt: Date;
  finishedAt: Date | null;
}

/** One task of a recorded run, with what it measured. */
export interface RecordedTask {
  runId: string;
  runKind: string;
  key: string;
  kind: string;
  status: TaskStatus;
  priority: number;
  dependsOn: string[];
  payload: Record<string, unknown>;
  dispatchedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  rows: number;
  bytes: number;
}

/** The rehearsal rows, and reads of the runs and tasks they point to (the state database only). */
@Injectable()
export class RehearsalsRepository {
  constructor(
    @InjectRepository(RehearsalEntity) readonly rehearsals: Repository<RehearsalEntity>,
    private readonly db: StatePool,
  ) {}

  async runs(ids: string[]): Promise<RecordedRun[]> {
    const rows = await this.db.query<{
      id: string;
      upgrade_id: string | null;
      kind: string;
      status: string;
      threads: number;
      created_at: Date;
      finished_at: Date | null;
    }>(
      `SELECT id, upgrade_id, kind, status, threads, created_at, finished_at FROM run WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      upgradeId: r.upgrade_id,
      kind: r.kind,
      status: r.status,
      threads: r.threads,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    }));
  }

  /** Every task of the runs, with its dependencies by key (within its run). */
  async tasks(runIds: string[]): Promise<RecordedTask[]> {
    const rows = await this.db.query<{
      run_id: string;
      run_kind: string;
      key: string;
      kind: string;
      status: TaskStatus;
      priority: number;
      depends_on: string[];
      payload: Record<string, unknown>;
      dispatched_at: Date | null;
      started_at: Date | null;
      finished_at: Date | null;
      rows: string;
      bytes: string;
    }>(
      `SELECT t.run_id, r.kind AS run_kind, t.key, t.kind, t.status, t.priority, t.payload - 'sql' AS payload,
              t.dispatched_at, t.started_at, t.finished_at, t.rows, t.bytes,
              coalesce(array(SELECT p.key FROM task_dependency d JOIN task p ON p.id = d.depends_on_id WHERE d.task_id = t.id ORDER BY p.key), '{}') AS depends_on
         FROM task t JOIN run r ON r.id = t.run_id
        WHERE t.run_id = ANY($1::uuid[]) ORDER BY r.created_at, t.key`,
      [runIds],
    );
    return rows.map((t) => ({
      runId: t.run_id,
      runKind: t.run_kind,
      key: t.key,
      kind: t.kind,
      status: t.status,
      priority: t.priority,
      dependsOn: t.depends_on,
      payload: t.payload,
      dispatchedAt: t.dispatched_at,
      startedAt: t.started_at,
      finishedAt: t.finished_at,
      rows: Number(t.rows),
      bytes: Number(t.bytes),
    }));
  }
}
