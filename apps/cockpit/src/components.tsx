import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorText, refusal, useSession, type Role } from './session';

/** An error box with the problem+json detail. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="error" role="alert">
      {errorText(error)}
    </div>
  );
}

/**
 * A control that needs a role: disabled with the reason for a role that may not use it; when
 * clicked, runs `action`, refreshes every query, and shows the orchestrator's refusal if any.
 */
export function Control(props: {
  label: string;
  needs: Role;
  action: () => Promise<unknown>;
  testId?: string;
  confirm?: string;
  compact?: boolean;
}) {
  const session = useSession();
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const why = refusal(session, props.needs);
  const mutation = useMutation({
    mutationFn: props.action,
    onMutate: () => setError(null),
    onError: setError,
    onSettled: () => queries.invalidateQueries(),
  });
  const click = () => {
    if (props.confirm && !window.confirm(props.confirm)) return;
    mutation.mutate();
  };
  return (
    <span className="control">
      <button
        type="button"
        data-testid={props.testId}
        disabled={why !== null || mutation.isPending}
        title={why ?? props.label}
        onClick={click}
      >
        {props.label}
      </button>
      {why && !props.compact && <span className="why">{why}</span>}
      {error ? <ErrorBox error={error} /> : null}
    </span>
  );
}

export function ProgressBar({ done, total, label, testId }: { done: number; total: number | null; label: string; testId?: string }) {
  const pct = total ? Math.min(100, Math.floor((100 * done) / total)) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      data-testid={testId}
    >
      <div className="fill" style={{ width: `${pct}%` }} />
      <span>
        {label}: {pct}% ({n(done)}/{n(total)} rows)
      </span>
    </div>
  );
}

export const n = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x.toLocaleString('en'));

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '-';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
