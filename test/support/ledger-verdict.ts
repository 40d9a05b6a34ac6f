import { isEnvironmentSkip } from './skip-reasons';

type FailLine = { kind: 'fail'; name?: string; file?: string; message: string };
type NotRunLine = { kind: 'skip' | 'todo'; name?: string; file?: string; reason: string | true };

/** One line of the ledger that test/support/failure-ledger.ts writes. */
export type LedgerLine = FailLine | NotRunLine;

export interface Verdict {
  ok: boolean;
  /** What to print: the failures and the unexplained skips first, then the skips counted by reason. */
  report: string[];
}

const where = (l: LedgerLine) => `${l.name ?? '?'} (${l.file ?? '?'})`;

/** A skip for what the machine lacks; never a `todo`. */
const forTheMachine = (l: NotRunLine) => l.kind === 'skip' && typeof l.reason === 'string' && isEnvironmentSkip(l.reason);

/**
 * Judges a tier's ledger: any failure fails it, and so does a test skipped for a reason that is
 * not the environment's (`it.skip`, `{ skip: true }`, a reason of the test's own) or left `todo`,
 * since a skipped test passes in Node's count and would hide a test that no longer runs.
 */
export function ledgerVerdict(lines: LedgerLine[]): Verdict {
  const report: string[] = [];
  const failures = lines.filter((l): l is FailLine => l.kind === 'fail');
  const notRun = lines.filter((l): l is NotRunLine => l.kind !== 'fail');
  const unexplained = notRun.filter((l) => !forTheMachine(l));
  if (failures.length > 0) {
    report.push(`${failures.length} failure(s) that Node's test runner did not count (a suite or hook):`);
    for (const l of failures) report.push(`  ✖ ${where(l)}: ${l.message}`);
  }
  if (unexplained.length > 0) {
    report.push(
      `${unexplained.length} test(s) skipped or todo for a reason that is not this machine's (see test/support/skip-reasons.ts):`,
    );
    for (const l of unexplained) report.push(`  ✖ ${l.kind} ${where(l)}: ${l.reason === true ? 'no reason given' : l.reason}`);
  }
  const byReason = new Map<string, number>();
  for (const l of notRun.filter(forTheMachine)) byReason.set(String(l.reason), (byReason.get(String(l.reason)) ?? 0) + 1);
  for (const [reason, n] of byReason) report.push(`skipped, for this machine: ${n} × ${reason}`);
  return { ok: failures.length === 0 && unexplained.length === 0, report };
}
