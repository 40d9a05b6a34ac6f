import { useQuery } from '@tanstack/react-query';
import { unwrap, type TaskView } from '@cutover/orchestrator-client';
import { Control, duration, n } from '../components';
import { refusal, useSession } from '../session';

/** AX's cockpit vocabulary: the statuses as its upgrade forms spell them. */
const AX_STATUS: Record<string, string> = {
  waiting: 'Waiting',
  ready: 'Ready',
  executing: 'Executing',
  ended: 'Ended',
  error: 'Error',
  paused: 'Paused',
  canceled: 'Canceled',
};

/** Like AX's data upgrade cockpit: task, system, status, attempt, start, duration, rows, rows/s (the last two as the server computes them), and its controls. */
export function TaskGrid({ runId, tasks }: { runId: string; tasks: TaskView[] }) {
  const session = useSession();
  const { api } = session;
  const why = refusal(session, 'operator');
  const systems = useQuery({
    queryKey: ['systems'],
    queryFn: async () => unwrap(await api.GET('/v1/systems', { params: { query: { limit: 1000 } } })).items,
  });
  const systemName = (id: string | null) => systems.data?.find((s) => s.id === id)?.name ?? id ?? '—';
  const control = (
    label: string,
    path: '/v1/runs/{id}/tasks/{taskId}/pause' | '/v1/runs/{id}/tasks/{taskId}/resume' | '/v1/runs/{id}/tasks/{taskId}/rerun',
    t: TaskView,
  ) => (
    <Control
      label={label}
      needs="operator"
      compact
      testId={`${label.toLowerCase()}-${t.key}`}
      action={async () => unwrap(await api.POST(path, { params: { path: { id: runId, taskId: t.id } }, body: {} }))}
    />
  );
  return (
    <>
      {why && (
        <p className="why" data-testid="task-controls-refused">
          Task controls are disabled: {why}
        </p>
      )}
      <table className="grid" data-testid="task-grid">
        <thead>
          <tr>
            <th>Task</th>
            <th>System</th>
            <th>Status</th>
            <th>Attempt</th>
            <th>Start</th>
            <th>Duration</th>
            <th>Rows</th>
            <th>Rows/s</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id} data-task={t.key} data-status={t.status} className={`status-${t.status}`}>
              <td title={t.error ?? undefined}>
                {t.key}
                {t.error ? <div className="why">{t.error}</div> : null}
              </td>
              <td>{systemName(t.systemId)}</td>
              <td className="status">{AX_STATUS[t.status] ?? t.status}</td>
              <td>{t.attempt}</td>
              <td>{t.startedAt ? new Date(t.startedAt).toLocaleTimeString() : ''}</td>
              <td>{duration(t.seconds)}</td>
              <td>{n(t.rows)}</td>
              <td>{t.rows && t.rowsPerSecond !== null ? n(t.rowsPerSecond) : ''}</td>
              <td className="task-controls">
                {(t.status === 'waiting' || t.status === 'ready') && control('Pause', '/v1/runs/{id}/tasks/{taskId}/pause', t)}
                {t.status === 'paused' && control('Resume', '/v1/runs/{id}/tasks/{taskId}/resume', t)}
                {(t.status === 'error' || t.status === 'canceled') && control('Rerun', '/v1/runs/{id}/tasks/{taskId}/rerun', t)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
