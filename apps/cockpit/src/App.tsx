import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@cutover/orchestrator-client';
import { ErrorBox } from './components';
import { DataUpgradePage } from './pages/DataUpgradePage';
import { ForecastPage } from './pages/ForecastPage';
import { RehearsalsPage } from './pages/RehearsalsPage';
import { RunsPage } from './pages/RunsPage';
import { StateTransferPage } from './pages/StateTransferPage';
import { UpgradePage } from './pages/UpgradePage';
import { forgetKey, SessionContext, signIn, storedKey, useSession, type Session } from './session';

const PAGES = {
  upgrade: 'Upgrade & checklist',
  runs: 'Runs',
  'data-upgrade': 'Data upgrade',
  rehearsals: 'Rehearsals',
  forecast: 'Forecast',
  'state-transfer': 'State transfer',
} as const;
type Page = keyof typeof PAGES;

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const queries = useQueryClient();
  const signOut = () => {
    forgetKey();
    queries.clear();
    setSession(null);
  };
  const tryKey = async (key: string) => {
    setChecking(true);
    setError(null);
    try {
      setSession({ ...(await signIn(key)), signOut });
    } catch (e) {
      forgetKey();
      setError(e);
    } finally {
      setChecking(false);
    }
  };
  useEffect(() => {
    const key = storedKey();
    if (key) void tryKey(key);
  }, []);
  if (!session) return <SignIn onKey={tryKey} error={error} checking={checking} />;
  return (
    <SessionContext.Provider value={session}>
      <Shell />
    </SessionContext.Provider>
  );
}

function SignIn({ onKey, error, checking }: { onKey(key: string): void; error: unknown; checking: boolean }) {
  const [key, setKey] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onKey(key.trim());
  };
  return (
    <main className="signin">
      <h1>Cutover cockpit</h1>
      <form onSubmit={submit}>
        <label>
          API key
          <input type="password" name="apiKey" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} />
        </label>
        <button type="submit" disabled={!key.trim() || checking}>
          Sign in
        </button>
        <p className="hint">The key is kept for this browser tab only (sessionStorage).</p>
        <ErrorBox error={error} />
      </form>
    </main>
  );
}

function Shell() {
  const session = useSession();
  const [page, setPage] = useState<Page>('upgrade');
  const [upgradeId, setUpgradeId] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const upgrades = useQuery({
    queryKey: ['upgrades'],
    queryFn: async () => unwrap(await session.api.GET('/v1/upgrades', { params: { query: { limit: 1000 } } })).items,
  });
  const list = upgrades.data ?? [];
  const current = list.find((u) => u.id === upgradeId) ?? [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const openRun = (id: string) => {
    setRunId(id);
    setPage('runs');
  };
  return (
    <div className="shell">
      <header>
        <strong>Cutover cockpit</strong>
        <select aria-label="upgrade" value={current?.id ?? ''} onChange={(e) => setUpgradeId(e.target.value)}>
          {list.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <nav>
          {(Object.keys(PAGES) as Page[]).map((p) => (
            <button type="button" key={p} className={p === page ? 'active' : ''} onClick={() => setPage(p)}>
              {PAGES[p]}
            </button>
          ))}
        </nav>
        <span className="who" data-testid="caller">
          {session.actor} ({session.role})
        </span>
        <button type="button" onClick={session.signOut}>
          Sign out
        </button>
      </header>
      <ErrorBox error={upgrades.error} />
      <main>
        {page === 'runs' && <RunsPage runId={runId} onRun={setRunId} />}
        {!current && page !== 'runs' && <p>No upgrade yet: create one with POST /v1/upgrades.</p>}
        {current && page === 'upgrade' && <UpgradePage upgrade={current} />}
        {current && page === 'data-upgrade' && <DataUpgradePage upgrade={current} onRun={openRun} />}
        {current && page === 'rehearsals' && <RehearsalsPage key={current.id} upgrade={current} />}
        {current && page === 'forecast' && <ForecastPage key={current.id} upgrade={current} />}
        {current && page === 'state-transfer' && <StateTransferPage upgrade={current} />}
      </main>
    </div>
  );
}
