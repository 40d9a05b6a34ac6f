import { useQuery } from '@tanstack/react-query';
import { unwrap, type ChecklistTaskView, type UpgradeView } from '@cutover/orchestrator-client';
import { Control, ErrorBox, Section } from '../components';
import { useSession } from '../session';

/** The upgrade checklist by section (prerequisites, who/when, complete) and readiness with its history. */
export function UpgradePage({ upgrade }: { upgrade: UpgradeView }) {
  const { api } = useSession();
  const checklist = useQuery({
    queryKey: ['checklist', upgrade.id],
    queryFn: async () => unwrap(await api.GET('/v1/upgrades/{id}/checklist', { params: { path: { id: upgrade.id } } })),
    refetchInterval: 5000,
  });
  const sections = new Map<string, ChecklistTaskView[]>();
  for (const t of checklist.data ?? []) sections.set(t.section, [...(sections.get(t.section) ?? []), t]);
  return (
    <>
      <Section title={`Checklist — ${upgrade.name}`}>
        <ErrorBox error={checklist.error} />
        <div data-testid="checklist">
          {[...sections].map(([section, tasks]) => (
            <div key={section} className="checklist-section">
              <h3>{section}</h3>
              <table>
                <thead>
                  <tr>
                    <th>Status</th>
                    <th>Task</th>
                    <th>Prerequisites</th>
                    <th>Done by</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {tasks.map((t) => (
                    <tr key={t.key} data-key={t.key} className={`status-${t.status}`}>
                      <td>{t.status}</td>
                      <td title={t.description}>
                        {t.title} <code>{t.key}</code>
                        {t.status === 'blocked' && t.blockedReason ? <div className="why">{t.blockedReason}</div> : null}
                        {t.overrides.map((o) => (
                          <div key={o.at} className="why">
                            overridden by {o.by} at {o.at}: {o.reason}
                          </div>
                        ))}
                      </td>
                      <td>{t.prerequisites.join(', ') || '—'}</td>
                      <td>{t.completedBy ? `${t.completedBy}, ${t.completedAt}` : ''}</td>
                      <td>
                        {t.status !== 'done' && !t.automatic && (
                          <Control
                            label="Complete"
                            needs="operator"
                            action={async () =>
                              unwrap(
                                await api.POST('/v1/upgrades/{id}/checklist/{key}/complete', {
                                  params: { path: { id: upgrade.id, key: t.key } },
                                  body: {},
                                }),
                              )
                            }
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      </Section>
      <Readiness upgradeId={upgrade.id} />
    </>
  );
}

function Readiness({ upgradeId }: { upgradeId: string }) {
  const { api } = useSession();
  const readiness = useQuery({
    queryKey: ['readiness', upgradeId],
    queryFn: async () => unwrap(await api.GET('/v1/upgrades/{id}/readiness', { params: { path: { id: upgradeId } } })),
  });
  return (
    <Section title="Readiness">
      <ErrorBox error={readiness.error} />
      {readiness.data && (
        <>
          <p>{readiness.data.ready ? 'Ready.' : 'Not ready (or not checked yet).'}</p>
          <table>
            <tbody>
              {readiness.data.latest.map((r) => (
                <tr key={`${r.systemId}:${r.check}`} className={`status-${r.status}`}>
                  <td>{r.status}</td>
                  <td>{r.check}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>History</h3>
          <ul>
            {readiness.data.history.map((h) => (
              <li key={h.runId}>
                {h.createdAt}: {h.status}, {h.errors} error(s), {h.advisories} advisory(ies)
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
