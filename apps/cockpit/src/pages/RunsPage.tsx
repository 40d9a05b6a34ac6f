import { useQuery } from '@tanstack/react-query';
import { allPages, unwrap, type RunView } from '@cutover/orchestrator-client';
import { Control, duration, ErrorBox, n, ProgressBar, Section } from '../components';
import { useSession } from '../session';
import { useRunStream } from '../useRunStream';
import { TaskGrid } from './TaskGrid';
import { formatTableRef, tableKey } from '../../../../libs/contracts/src/identifiers';

/** Runs, and for the chosen one: live progress from SSE, run controls, the task grid, the event log. */
export function RunsPage({ runId, onRun }: { runId: string | null; onRun(id: string): void }) {
  const { api } = useSession();
  const runs = useQuery({
    queryKey: ['runs'],
    queryFn: async () => unwrap(await api.GET('/v1/runs', { params: { query: { limit: 50 } } })).items,
    refetchInterval: 5000,
  });
  const chosen = runId ?? runs.data?.[0]?.id ?? null;
  return (
    <div className="runs">
      <Section title="Runs">
        <ErrorBox error={runs.error} />
        <ul className="run-list" data-testid="runs">
          {(runs.data ?? []).map((r) => (
            <li key={r.id}>
              <button type="button" className={r.id === chosen ? 'active' : ''} onClick={() => onRun(r.id)}>
                {r.kind} · {r.status}
                {r.hold ? ' (held)' : ''} · {r.counts.ended}/{r.counts.total}
                <small>{r.createdAt}</small>
              </button>
            </li>
          ))}
        </ul>
      </Section>
      {chosen && <RunDetail runId={chosen} />}
    </div>
  );
}

const RUN_CONTROLS = [
  ['Pause all', '/v1/runs/{id}/pause'],
  ['Resume all', '/v1/runs/{id}/resume'],
  ['Rerun failed', '/v1/runs/{id}/rerun-failed'],
  ['Hold', '/v1/runs/{id}/hold'],
  ['Release', '/v1/runs/{id}/release'],
  ['Cancel', '/v1/runs/{id}/cancel'],
] as const;

function RunDetail({ runId }: { runId: string }) {
  const { api } = useSession();
  const live = useRunStream(runId);
  const run = useQuery({
    queryKey: ['run', runId, 'run'],
    queryFn: async () => unwrap(await api.GET('/v1/runs/{id}', { params: { path: { id: runId } } })),
  });
  const tasks = useQuery({
    queryKey: ['run', runId, 'tasks'],
    queryFn: () =>
      allPages(async (offset) =>
        unwrap(await api.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { offset, limit: 1000 } } })),
      ),
  });
  const r: RunView | undefined = run.data;
  const p = live.progress;
  return (
    <div className="run-detail" data-testid="run-detail" data-run-id={runId}>
      <Section title={r ? `Run ${r.kind} — ${r.status}${r.hold ? ' (held)' : ''}` : 'Run'}>
        <ErrorBox error={run.error ?? live.error} />
        <ProgressBar
          label="overall"
          testId="overall-progress"
          done={p?.rowsDone ?? r?.progress.rowsDone ?? 0}
          total={p?.rowsTotal ?? r?.progress.rowsTotal ?? null}
        />
        <p data-testid="run-figures">
          {n(p?.rowsPerSecond ?? r?.progress.rowsPerSecond)} rows/s · ETA {duration(p?.etaSeconds ?? r?.progress.etaSeconds)} · tasks{' '}
          {Object.entries(p?.counts ?? r?.counts ?? {})
            .filter(([, v]) => v)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}
        </p>
        {r?.kind === 'data-upgrade' && r.upgradeId && <TableBars upgradeId={r.upgradeId} runId={runId} tick={p} />}
        <div className="controls">
          {RUN_CONTROLS.map(([label, path]) => (
            <Control
              key={label}
              label={label}
              needs="operator"
              testId={`run-${label.toLowerCase().replace(' ', '-')}`}
              confirm={label === 'Cancel' ? 'Cancel this run? Executing tasks are stopped.' : undefined}
              action={async () => unwrap(await api.POST(path, { params: { path: { id: runId } }, body: {} }))}
            />
          ))}
        </div>
      </Section>
      <Section title="Tasks">
        <ErrorBox error={tasks.error} />
        <TaskGrid runId={runId} tasks={tasks.data ?? []} />
      </Section>
      <Section title="Event log">
        <EventLog runId={runId} live={live.events.length} />
      </Section>
    </div>
  );
}

function TableBars({ upgradeId, runId, tick }: { upgradeId: string; runId: string; tick: unknown }) {
  const { api } = useSession();
  const progress = useQuery({
    queryKey: ['run', runId, 'tables', tick],
    queryFn: async () =>
      unwrap(await api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/progress', { params: { path: { id: upgradeId, runId } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <div className="table-bars" data-testid="table-progress">
      {(progress.data?.tables ?? []).map((t) => (
        <div key={tableKey(t.table)} className="table-bar">
          <ProgressBar label={`${formatTableRef(t.table)} (${t.phase})`} done={t.rowsDone} total={t.rowsTotal} />
          <small>
            {n(t.rowsPerSecond)} rows/s · ETA {duration(t.etaSeconds)} · ranges {t.rangesDone}/{t.ranges}
          </small>
        </div>
      ))}
    </div>
  );
}

function EventLog({ runId, live }: { runId: string; live: number }) {
  const { api } = useSession();
  const events = useQuery({
    queryKey: ['run', runId, 'events', live],
    queryFn: async () => unwrap(await api.GET('/v1/runs/{id}/events', { params: { path: { id: runId }, query: { limit: 1000 } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <table className="events" data-testid="events">
      <thead>
        <tr>
          <th>When</th>
          <th>Who</th>
          <th>What</th>
          <th>Task</th>
          <th>From → to</th>
          <th>Why</th>
        </tr>
      </thead>
      <tbody>
        {[...(events.data ?? [])].reverse().map((e) => (
          <tr key={e.id}>
            <td>{e.at}</td>
            <td>{e.actor}</td>
            <td>{e.type}</td>
            <td>{e.taskKey ?? ''}</td>
            <td>
              {e.fromStatus ?? ''} → {e.toStatus ?? ''}
            </td>
            <td>{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
