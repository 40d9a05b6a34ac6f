import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type OrchestratorSchemas, type UpgradeView } from '@cutover/orchestrator-client';
import { duration, ErrorBox, n, Section } from '../components';
import { useSession } from '../session';

type Rehearsal = OrchestratorSchemas['RehearsalDto'];
type Item = OrchestratorSchemas['ComparisonItemDto'];

/** The upgrade's rehearsals, oldest first; the rehearsals a page lists (and the forecast chooses from). */
export function useRehearsals(upgradeId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['rehearsals', upgradeId],
    queryFn: async () =>
      unwrap(await api.GET('/v1/upgrades/{id}/rehearsals', { params: { path: { id: upgradeId }, query: { limit: 1000 } } })).items,
  });
}

export const rehearsalText = (r: Rehearsal) =>
  `${r.label} — ${r.runs.map((x) => `${x.kind} at ${x.threads} threads`).join(', ')}, window ${duration(r.windowSeconds)}`;

/** The rehearsals of the upgrade; two chosen side by side, per table and script, new failures and the slowest movers first. */
export function RehearsalsPage({ upgrade }: { upgrade: UpgradeView }) {
  const rehearsals = useRehearsals(upgrade.id);
  const list = rehearsals.data ?? [];
  const [chosen, setChosen] = useState<{ base?: string; candidate?: string }>({});
  const base = chosen.base ?? list.at(-2)?.id ?? '';
  const candidate = chosen.candidate ?? list.at(-1)?.id ?? '';
  const pick = (name: 'base' | 'candidate', label: string, value: string) => (
    <label>
      {label}{' '}
      <select aria-label={label} value={value} onChange={(e) => setChosen({ ...chosen, [name]: e.target.value })}>
        <option value="">(choose)</option>
        {list.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <Section title={`Rehearsals — ${upgrade.name}`}>
        <ErrorBox error={rehearsals.error} />
        {rehearsals.data && list.length === 0 && <p>No rehearsal yet: record one with POST /v1/upgrades/{'{id}'}/rehearsals.</p>}
        <table className="grid" data-testid="rehearsals">
          <thead>
            <tr>
              <th>Label</th>
              <th>Runs</th>
              <th>Window</th>
              <th>Recorded</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id} data-rehearsal={r.id}>
                <td>{r.label}</td>
                <td>{r.runs.map((x) => `${x.kind} (${x.threads} threads, ${duration(x.elapsedSeconds)})`).join(' → ')}</td>
                <td data-seconds={r.windowSeconds ?? ''}>{seconds(r.windowSeconds)}</td>
                <td>
                  {r.createdBy}, {r.createdAt}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Compare two rehearsals">
        <div className="controls">
          {pick('base', 'Base', base)}
          {pick('candidate', 'Candidate', candidate)}
        </div>
        {base && candidate && <Comparison upgradeId={upgrade.id} base={base} candidate={candidate} />}
      </Section>
    </>
  );
}

const seconds = (s: number | null | undefined) => (s === null || s === undefined ? '-' : `${s.toFixed(1)} s`);
const percent = (p: number | null) => (p === null ? '-' : `${p > 0 ? '+' : ''}${p.toFixed(1)}%`);

function Comparison({ upgradeId, base, candidate }: { upgradeId: string; base: string; candidate: string }) {
  const { api } = useSession();
  const cmp = useQuery({
    queryKey: ['rehearsal-compare', upgradeId, base, candidate],
    queryFn: async () =>
      unwrap(await api.GET('/v1/upgrades/{id}/rehearsals/compare', { params: { path: { id: upgradeId }, query: { base, candidate } } })),
  });
  if (cmp.error) return <ErrorBox error={cmp.error} />;
  if (!cmp.data) return <p>Comparing…</p>;
  const { data } = cmp;
  return (
    <div data-testid="comparison">
      <p data-testid="window-change">
        {data.base.label} {seconds(data.base.windowSeconds)} → {data.candidate.label} {seconds(data.candidate.windowSeconds)} (
        {percent(data.windowChangePercent)})
      </p>
      <table className="grid">
        <thead>
          <tr>
            <th>Table or script</th>
            <th>Phase</th>
            <th>Base</th>
            <th>Candidate</th>
            <th>Change</th>
            <th>Rows/s (base → candidate)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data.items.map((i) => (
            <ComparisonRow key={`${i.kind}:${i.name}`} item={i} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ComparisonRow({ item: i }: { item: Item }) {
  return (
    <tr data-name={i.name} data-change={i.changeSeconds ?? ''} className={i.newFailure ? 'new-failure' : ''}>
      <td>
        {i.name} <small>{i.kind}</small>
      </td>
      <td>{i.phase}</td>
      <td>{i.base ? seconds(i.base.seconds) : 'not in it'}</td>
      <td>{i.candidate ? seconds(i.candidate.seconds) : 'not in it'}</td>
      <td>
        {i.changeSeconds === null ? '-' : `${i.changeSeconds > 0 ? '+' : ''}${i.changeSeconds.toFixed(1)} s`} ({percent(i.changePercent)})
      </td>
      <td>
        {n(i.base?.rowsPerSecond)} → {n(i.candidate?.rowsPerSecond)}
      </td>
      <td>{i.newFailure ? <strong className="why">new failure</strong> : null}</td>
    </tr>
  );
}
