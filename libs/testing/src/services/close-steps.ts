/**
 * A suite's teardown, step by step and in order. A step still running after `warnAfterMs` is
 * named on stderr with what keeps the process busy, so a hook that hangs says where; it is still
 * awaited (the test timeout and test/run.ts's failure ledger fail the suite).
 */
export async function closeSteps(
  steps: Array<[label: string, close: (() => Promise<unknown>) | undefined]>,
  warnAfterMs = 30_000,
): Promise<void> {
  let firstError: unknown;
  for (const [label, close] of steps) {
    if (!close) continue;
    const started = Date.now();
    const timer = setInterval(() => {
      const busy = process.getActiveResourcesInfo().filter((r) => r !== 'Timeout');
      process.stderr.write(
        `teardown: ${label} still running after ${Math.round((Date.now() - started) / 1000)} s; busy: ${summarize(busy)}\n`,
      );
    }, warnAfterMs);
    try {
      await close();
    } catch (error) {
      firstError ??= error;
    } finally {
      clearInterval(timer);
    }
  }
  if (firstError !== undefined) throw firstError;
}

/** "TCPSocketWrap ×3, FSReqCallback" from a list of resource names. */
function summarize(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', ') || 'nothing';
}
