import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type OrchestratorSchemas, type UpgradeView } from '@cutover/orchestrator-client';
import { duration, ErrorBox, Section } from '../components';
import { useSession } from '../session';
import { formatTableRef } from '../../../../libs/contracts/src/identifiers';
import { rehearsalText, useRehearsals } from './RehearsalsPage';

type Forecast = OrchestratorSchemas['ForecastDto'];

const s1 = (s: number | null | undefined) => (s === null || s === undefined ? '-' : `${s.toFixed(1)} s`);

/** Production's single-user window forecast from a chosen rehearsal at a chosen thread count. */
export function ForecastPage({ upgrade }: { upgrade: UpgradeView }) {
  const { api } = useSession();
  const rehearsals = useRehearsals(upgrade.id);
  const list = rehearsals.data ?? [];
  const [picked, setPicked] = useState('');
  const [threads, setThreads] = useState(upgrade.threads);
  const rehearsal = picked || list.at(-1)?.id || '';
  const forecast = useQuery({
    queryKey: ['forecast', upgrade.id, rehearsal, threads],
    enabled: rehearsal !== '' && Number.isInteger(threads) && threads >= 1,
    queryFn: async () =>
      unwrap(await api.GET('/v1/upgrades/{id}/forecast', { params: { path: { id: upgrade.id }, query: { rehearsal, threads } } })),
  });
  return (
    <>
      <Section title={`Downtime forecast — ${upgrade.name}`}>
        <ErrorBox error={rehearsals.error} />
        {rehearsals.data && list.length === 0 && <p>No rehearsal yet: the forecast scales a rehearsal's timings.</p>}
        <div className="controls">
          <label>
            Rehearsal{' '}
            <select aria-label="Rehearsal" value={rehearsal} onChange={(e) => setPicked(e.target.value)}>
              {list.map((r) => (
                <option key={r.id} value={r.id}>
                  {rehearsalText(r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Threads{' '}
            <input
              aria-label="Forecast threads"
              type="number"
              min={1}
              max={256}
              value={threads}
              onChange={(e) => setThreads(Number(e.target.value))}
            />
          </label>
        </div>
        <ErrorBox error={forecast.error} />
        {forecast.isFetching && <p>Forecasting…</p>}
      </Section>
      {forecast.data && <ForecastView f={forecast.data} />}
    </>
  );
}

function ForecastView({ f }: { f: Forecast }) {
  return (
    <div data-testid="forecast" data-rehearsal={f.rehearsalId} data-threads={f.threads}>
      <Section title="Window">
        <p>
          Forecast window at {f.threads} threads:{' '}
          <strong data-testid="forecast-window" data-seconds={f.windowSeconds}>
            {s1(f.windowSeconds)}
          </strong>{' '}
          ({duration(f.windowSeconds)}); the rehearsal's own window {s1(f.rehearsalWindowSeconds)}; one thread {s1(f.workSeconds)};
          unlimited threads {s1(f.longestChainSeconds)}.
        </p>
        <p data-testid="forecast-capacity">
          Capacity: {f.capacity.tasks === null ? 'unbounded' : `${f.capacity.tasks} tasks at full speed`} — {f.capacity.basis}. Fit from{' '}
          {f.capacity.rehearsals.map((r) => `${r.label} (${r.threads.join('/')} threads)`).join(', ') || 'no rehearsal'}.
        </p>
        <p data-testid="forecast-durations">Task times: {f.durations.basis}.</p>
      </Section>
      <Section title="Threads curve">
        <ThreadsCurve f={f} />
      </Section>
      <Section title="Critical path">
        <table className="grid" data-testid="critical-path">
          <thead>
            <tr>
              <th>Step</th>
              <th>Phase</th>
              <th>Start</th>
              <th>End</th>
              <th>Duration</th>
              <th>Waited</th>
              <th>How</th>
            </tr>
          </thead>
          <tbody>
            {f.criticalPath.map((s) => (
              <tr key={`${s.runKind}:${s.key}`} data-key={s.key}>
                <td>
                  {s.key} <small>{s.runKind}</small>
                </td>
                <td>{s.phase}</td>
                <td>{s1(s.startSeconds)}</td>
                <td>{s1(s.endSeconds)}</td>
                <td>{s1(s.seconds)}</td>
                <td>{s1(s.waitedSeconds)}</td>
                <td className="why">{s.method}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Phases">
        <table className="grid" data-testid="phases">
          <thead>
            <tr>
              <th>Phase</th>
              <th>Tasks</th>
              <th>Work</th>
              <th>From</th>
              <th>To</th>
              <th>On the critical path</th>
            </tr>
          </thead>
          <tbody>
            {f.phases.map((p) => (
              <tr key={p.phase} data-phase={p.phase}>
                <td>{p.phase}</td>
                <td>{p.tasks}</td>
                <td>{s1(p.workSeconds)}</td>
                <td>{s1(p.startSeconds)}</td>
                <td>{s1(p.endSeconds)}</td>
                <td>{s1(p.criticalSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Without a rehearsal measure">
        <Estimated f={f} />
      </Section>
    </div>
  );
}

/** The window at 1…16 threads as an inline SVG bar chart; the chosen thread count highlighted. */
function ThreadsCurve({ f }: { f: Forecast }) {
  const max = Math.max(...f.threadsCurve.map((p) => p.windowSeconds), 1e-9);
  const [width, height, bar] = [560, 140, 30];
  return (
    <svg data-testid="threads-curve" role="img" aria-label="forecast window by threads" width={width} height={height + 30}>
      {f.threadsCurve.map((p, i) => {
        const h = Math.max(1, (p.windowSeconds / max) * height);
        return (
          <g key={p.threads} data-threads={p.threads} data-seconds={p.windowSeconds} className={p.threads === f.threads ? 'chosen' : ''}>
            <title>
              {p.threads} threads: {s1(p.windowSeconds)} (gain {s1(p.gainSeconds)})
            </title>
            <rect x={i * (bar + 4) + 4} y={height - h + 14} width={bar} height={h} fill={p.threads === f.threads ? '#1f3a5f' : '#8fa6c4'} />
            <text x={i * (bar + 4) + 4 + bar / 2} y={height - h + 11} fontSize="9" textAnchor="middle">
              {Math.round(p.windowSeconds)}
            </text>
            <text x={i * (bar + 4) + 4 + bar / 2} y={height + 26} fontSize="10" textAnchor="middle">
              {p.threads}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Estimated({ f }: { f: Forecast }) {
  return (
    <div data-testid="estimated">
      {f.estimated.length === 0 ? (
        <p>None: every task of the rehearsal has a measure.</p>
      ) : (
        <table className="grid">
          <tbody>
            {f.estimated.map((e) => (
              <tr key={`${e.runKind}:${e.key}`} data-key={e.key}>
                <td>{e.key}</td>
                <td>{e.kind}</td>
                <td>{s1(e.seconds)}</td>
                <td className="why">{e.method}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {f.notRehearsed.length > 0 && (
        <p data-testid="not-rehearsed">Not in the rehearsal (not forecast): {f.notRehearsed.map(formatTableRef).join(', ')}</p>
      )}
    </div>
  );
}
