import { useQuery } from '@tanstack/react-query';
import { unwrap, type UpgradeView } from '@cutover/orchestrator-client';
import { Control, ErrorBox, n, Section } from '../components';
import { useSession } from '../session';
import { tableKey } from '../../../../libs/contracts/src/identifiers';

/** State transfer status, and the number-sequence preview with an explicit confirm before apply. */
export function StateTransferPage({ upgrade }: { upgrade: UpgradeView }) {
  const { api } = useSession();
  const status = useQuery({
    queryKey: ['state-transfer', upgrade.id],
    queryFn: async () => unwrap(await api.GET('/v1/upgrades/{id}/state-transfer', { params: { path: { id: upgrade.id } } })),
    refetchInterval: 5000,
  });
  const sequences = useQuery({
    queryKey: ['sequences', upgrade.id],
    queryFn: async () =>
      unwrap(await api.GET('/v1/upgrades/{id}/state-transfer/number-sequences', { params: { path: { id: upgrade.id } } })),
  });
  const toApply = (sequences.data?.sequences ?? []).filter((q) => q.production && !q.problem && !q.inSync);
  return (
    <>
      <Section title="State transfer">
        <ErrorBox error={status.error} />
        {status.data && (
          <>
            <p>Next: {status.data.next.join('; ') || 'nothing'}</p>
            <table className="grid">
              <tbody>
                {status.data.progress.map((p) => (
                  <tr key={tableKey(p.table)}>
                    <td>
                      {p.table.schema}.{p.table.name}
                    </td>
                    <td>{p.phase}</td>
                    <td>
                      ranges {p.rangesDone}/{p.ranges}
                    </td>
                    <td>
                      rows {n(p.rowsDone)}/{n(p.rowsTotal)}
                    </td>
                    <td>{p.checksumMatch === null ? '' : p.checksumMatch ? 'checksums match' : 'MISMATCH'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Section>
      <Section title="Number sequences">
        <ErrorBox error={sequences.error} />
        <table className="grid">
          <thead>
            <tr>
              <th>Sequence</th>
              <th>Test</th>
              <th>Production</th>
              <th>Value to set</th>
              <th>Problem</th>
            </tr>
          </thead>
          <tbody>
            {(sequences.data?.sequences ?? []).map((q) => (
              <tr key={`${q.key}:${JSON.stringify(q.scope)}`}>
                <td>{q.key}</td>
                <td>{JSON.stringify(q.test)}</td>
                <td>{JSON.stringify(q.production)}</td>
                <td>{q.inSync ? 'in sync' : JSON.stringify(q.valueToSet)}</td>
                <td>{q.problem ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Control
          label={`Apply ${toApply.length} sequence value(s)`}
          needs="operator"
          confirm={`Set ${toApply.length} number sequence(s) on production to the values shown? This cannot be undone from here.`}
          action={async () =>
            unwrap(
              await api.POST('/v1/upgrades/{id}/state-transfer/number-sequences/apply', {
                params: { path: { id: upgrade.id } },
                body: {
                  sequences: toApply.map((q) => {
                    const p = q.production as { next: string; max: string };
                    return { key: q.key, scope: q.scope, productionNext: p.next, productionMax: p.max };
                  }),
                },
              }),
            )
          }
        />
      </Section>
    </>
  );
}
