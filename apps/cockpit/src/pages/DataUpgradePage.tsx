import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { OrchestratorRequestError, problemOf, unwrap, type DataUpgradePlanView, type UpgradeView } from '@cutover/orchestrator-client';

type TablePlan = DataUpgradePlanView['tables'][number];
import { Control, ErrorBox, n, Section } from '../components';
import { errorText, useSession } from '../session';
import { formatTableRef } from '../../../../libs/contracts/src/identifiers';

const ref = (t: { schema: string; name: string }) => formatTableRef(t);

/** The data-upgrade plan (mapping status, rows, ranges, problems), launch, and the verification report with CSV. */
export function DataUpgradePage({ upgrade, onRun }: { upgrade: UpgradeView; onRun(id: string): void }) {
  const session = useSession();
  const { api } = session;
  const [threads, setThreads] = useState(upgrade.threads);
  const [override, setOverride] = useState('');
  const plan = useQuery({
    queryKey: ['plan', upgrade.id],
    queryFn: async () => {
      const res = await api.GET('/v1/upgrades/{id}/data-upgrade/plan', { params: { path: { id: upgrade.id } } });
      return res.response.status === 404 ? null : unwrap(res);
    },
  });
  const runs = useQuery({
    queryKey: ['runs', 'data-upgrade', upgrade.id],
    queryFn: async () =>
      unwrap(await api.GET('/v1/runs', { params: { query: { limit: 1000 } } })).items.filter(
        (r) => r.kind === 'data-upgrade' && r.upgradeId === upgrade.id,
      ),
  });
  const latest = runs.data?.[0];
  return (
    <>
      <Section title="Data upgrade plan">
        <ErrorBox error={plan.error} />
        <div className="controls">
          <Control
            label="Compute plan"
            needs="operator"
            testId="compute-plan"
            action={async () => unwrap(await api.POST('/v1/upgrades/{id}/data-upgrade/plan', { params: { path: { id: upgrade.id } } }))}
          />
          <label>
            Threads{' '}
            <input type="number" min={1} value={threads} onChange={(e) => setThreads(Number(e.target.value))} style={{ width: '4em' }} />
          </label>
          {session.role === 'admin' && (
            <label title="Admin only: launch despite open checklist prerequisites; recorded on the checklist and in the run's events">
              Override open prerequisites, reason{' '}
              <input data-testid="override" value={override} onChange={(e) => setOverride(e.target.value)} placeholder="(none)" />
            </label>
          )}
          <Control
            label="Launch data upgrade"
            needs="operator"
            testId="launch"
            confirm="Launch the data upgrade now?"
            action={async () => {
              const run = unwrap(
                await api.POST('/v1/upgrades/{id}/data-upgrade/runs', {
                  params: { path: { id: upgrade.id } },
                  body: { threads, ...(override.trim() ? { override: { reason: override.trim() } } : {}) },
                }),
              );
              onRun(run.id);
            }}
          />
        </div>
        {plan.data === null && <p>No plan yet: compute one.</p>}
        {plan.data && (
          <>
            <p data-testid="plan-summary">
              {plan.data.summary.ok}/{plan.data.summary.tables} tables ok, {n(plan.data.summary.rows)} rows in {plan.data.summary.ranges}{' '}
              ranges
              {plan.data.summary.notOk ? `, ${plan.data.summary.notOk} not ok` : ''} (planned {plan.data.createdAt} by {plan.data.createdBy}
              )
            </p>
            <PlanTable tables={plan.data.tables} />
          </>
        )}
      </Section>
      <Section title="Verification report">
        {latest ? <Report upgradeId={upgrade.id} runId={latest.id} /> : <p>No data upgrade run yet.</p>}
      </Section>
    </>
  );
}

function Report({ upgradeId, runId }: { upgradeId: string; runId: string }) {
  const { api } = useSession();
  const [csvError, setCsvError] = useState<string | null>(null);
  const report = useQuery({
    queryKey: ['report', runId],
    queryFn: async () =>
      unwrap(
        await api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', { params: { path: { id: upgradeId, runId } } }),
      ) as unknown as {
        tables: {
          table: { schema: string; name: string };
          sourceRows: number;
          targetRows: number;
          checksumMatch: boolean;
          rowsPerSecond: number | null;
        }[];
      },
  });
  const download = async () => {
    setCsvError(null);
    const res = await api.GET('/v1/upgrades/{id}/data-upgrade/runs/{runId}/report', {
      params: { path: { id: upgradeId, runId }, query: { format: 'csv' } },
      parseAs: 'blob',
    });
    if (!res.response.ok) {
      const problem = problemOf(res.error, res.response);
      setCsvError(errorText(new OrchestratorRequestError(res.response.status, String(problem.detail ?? ''), problem)));
      return;
    }
    const url = URL.createObjectURL(res.data as Blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `verification-${runId}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <ErrorBox error={report.error} />
      <button type="button" data-testid="report-csv" onClick={() => void download()}>
        Download CSV
      </button>
      {csvError && <div className="error">{csvError}</div>}
      <table className="grid" data-testid="report">
        <tbody>
          {(report.data?.tables ?? []).map((t) => (
            <tr key={ref(t.table)} className={t.checksumMatch ? 'status-ended' : 'status-error'}>
              <td>{t.checksumMatch ? 'OK' : 'MISMATCH'}</td>
              <td>{ref(t.table)}</td>
              <td>source {n(t.sourceRows)}</td>
              <td>target {n(t.targetRows)}</td>
              <td>{n(t.rowsPerSecond)} rows/s</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PlanTable({ tables }: { tables: TablePlan[] }) {
  return (
    <table className="grid" data-testid="plan">
      <thead>
        <tr>
          <th>Status</th>
          <th>Table</th>
          <th>Rows</th>
          <th>Ranges</th>
          <th>Key</th>
          <th>Problems / advisories</th>
        </tr>
      </thead>
      <tbody>
        {tables.map((t) => (
          <tr key={ref(t.source)} className={`status-${t.status}`}>
            <td>{t.status}</td>
            <td>{ref(t.source) === ref(t.target) ? ref(t.source) : `${ref(t.source)} → ${ref(t.target)}`}</td>
            <td>{n(t.rows)}</td>
            <td>{t.ranges.length}</td>
            <td>{t.keyColumns.join(', ') || '—'}</td>
            <td>{[...t.problems, ...t.advisories].join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
