import { prepared } from '../database/state-pool';
import { dispatchOrderSql } from './dispatch-order';
import type { TaskStatus } from './statuses';
import { TASK_COLUMNS, type TaskRow } from './task-row';

/*
 * The statements every task runs, prepared (see `prepared`): admission, claim and finish. Their
 * texts are constants, so each is one prepared statement per connection.
 */
export const ADMIT = prepared(
  `WITH r AS (
         SELECT id, status, hold, threads, greatest(active - $2, 0) AS active FROM run WHERE id = $1 FOR UPDATE),
       pick AS (
         SELECT t.id FROM task t, r
          WHERE t.run_id = r.id AND r.status = 'running' AND NOT r.hold AND r.active < r.threads
            AND t.status = 'ready' AND t.dispatch_token IS NULL
          ORDER BY ${dispatchOrderSql('t')}
          LIMIT coalesce((SELECT greatest(threads - active, 0) FROM r), 0) FOR UPDATE OF t SKIP LOCKED),
       upd AS (
         UPDATE task t SET dispatch_token = gen_random_uuid(), dispatched_at = clock_timestamp()
           FROM pick WHERE t.id = pick.id RETURNING t.id, t.dispatch_token, t.priority),
       act AS (
         UPDATE run SET active = (SELECT active FROM r) + (SELECT count(*) FROM upd)
          WHERE id = (SELECT id FROM r) AND ($2 > 0 OR EXISTS (SELECT 1 FROM upd)) RETURNING active),
       -- Jobs beyond the slots the admitting process holds ($5) wake the other processes.
       n AS (SELECT pg_notify($3, $4) FROM (SELECT 1 FROM upd LIMIT 1) AS one WHERE (SELECT count(*) FROM upd) > $5)
       -- "woken" makes n run (a SELECT in WITH runs only when referenced) and tells the caller whether it notified.
       SELECT coalesce((SELECT active FROM act), (SELECT active FROM r)) AS active,
              coalesce((SELECT json_agg(upd) FROM upd), '[]') AS tasks, (SELECT count(*) FROM n) AS woken`,
);

/*
 * The jobs come as jsonb, as the finishes do: PostgreSQL estimates an unnest of array parameters
 * from the arrays it is given, so a custom plan always looked cheaper than the generic one and the
 * claim was planned on every call (0.7 ms, pg_stat_statements); a jsonb recordset has one estimate.
 */
const claimSql = (skipLocked: string) =>
  `WITH j AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS j(id uuid, token uuid)),
       l AS (
         SELECT t.id FROM task t JOIN j ON j.id = t.id AND t.dispatch_token = j.token
          WHERE t.status = 'ready' FOR UPDATE OF t ${skipLocked}),
       c AS (
         UPDATE task t SET status = 'executing', attempt = t.attempt + 1, started_at = clock_timestamp(), finished_at = NULL, error = NULL, rows = 0, bytes = 0
           FROM run r, j
          WHERE t.id IN (SELECT id FROM l) AND j.id = t.id AND t.dispatch_token = j.token AND t.status = 'ready'
            AND r.id = t.run_id AND r.status = 'running' AND NOT r.hold
          RETURNING ${TASK_COLUMNS}, extract(epoch FROM t.started_at - t.dispatched_at)::float8 AS waited),
       e AS (
         INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         SELECT run_id, id, key, 'orchestrator', 'status', 'ready', 'executing', 'attempt ' || attempt FROM c)
       SELECT * FROM c`;
export const CLAIM = prepared(claimSql(''));
/** With several jobs: rows another transaction holds are skipped (see claim). */
export const CLAIM_SKIPPING = prepared(claimSql('SKIP LOCKED'));

/*
 * Finishes of several tasks in one statement. Each task's dependents count its end once: `n`
 * counts, per dependent, how many of the batch's ended tasks it waits on, so two tasks of one
 * batch ending under the same dependent take 2 from its `pending` (an UPDATE … FROM joined twice
 * to one row would update it once). Rows are locked in id order, finishing tasks first, then
 * dependents, so two batches (two replicas) cannot deadlock on each other.
 */
export const FINISH = prepared(
  `WITH j AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS j(id uuid, attempt int, status text, result jsonb, error text, rows bigint, bytes bigint)),
       lf AS (
         SELECT t.id FROM task t JOIN j ON j.id = t.id AND j.attempt = t.attempt
          WHERE t.status = 'executing' ORDER BY t.id FOR UPDATE OF t),
       f AS (
         UPDATE task t SET status = j.status, finished_at = clock_timestamp(), result = j.result, error = j.error,
                rows = coalesce(j.rows, t.rows), bytes = coalesce(j.bytes, t.bytes), dispatch_token = NULL
           FROM j WHERE t.id = j.id AND t.id IN (SELECT id FROM lf) AND t.attempt = j.attempt AND t.status = 'executing'
          RETURNING t.id, t.attempt, t.run_id, t.key, t.status, t.error, extract(epoch FROM t.finished_at - t.started_at)::float8 AS seconds,
                    (SELECT r.kind FROM run r WHERE r.id = t.run_id) AS run_kind),
       n AS (
         SELECT dep.task_id AS id, count(*)::int AS n FROM task_dependency dep JOIN f ON f.id = dep.depends_on_id
          WHERE f.status = 'ended' AND dep.task_id NOT IN (SELECT id FROM f) GROUP BY dep.task_id),
       ld AS (SELECT t.id FROM task t JOIN n ON n.id = t.id ORDER BY t.id FOR UPDATE OF t),
       d AS (
         UPDATE task t SET pending = t.pending - n.n,
                status = CASE WHEN t.pending = n.n AND t.status = 'waiting' THEN 'ready' ELSE t.status END,
                ready_at = CASE WHEN t.pending = n.n AND t.status = 'waiting' THEN clock_timestamp() ELSE t.ready_at END
           FROM n WHERE t.id = n.id AND t.id IN (SELECT id FROM ld)
          RETURNING t.id, t.run_id, t.key, t.status),
       e AS (
         INSERT INTO run_event (run_id, task_id, task_key, actor, type, from_status, to_status, reason)
         SELECT run_id, id, key, 'orchestrator', 'status', 'executing', status, error FROM f
         UNION ALL
         SELECT run_id, id, key, 'orchestrator', 'status', 'waiting', 'ready', NULL FROM d WHERE status = 'ready')
       SELECT f.id, f.attempt, f.seconds, f.run_kind,
              (SELECT count(*) FROM task_dependency dep JOIN d ON d.id = dep.task_id AND d.status = 'ready'
                WHERE dep.depends_on_id = f.id) AS promoted
         FROM f`,
);

/** How a task's attempt ends (see TaskTransitionsRepository.finish). */
export interface Finish {
  task: Pick<TaskRow, 'id' | 'attempt'>;
  status: TaskStatus;
  result: Record<string, unknown> | null;
  error: string | null;
  rows: number | null;
  bytes: number | null;
}

export interface Finished {
  /** Dependents of this task that became ready (one readied by two tasks of a batch counts for both). */
  promoted: number;
  seconds: number | null;
  runKind: string;
}
