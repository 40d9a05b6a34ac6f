export interface CloseStepsOptions {
  /** A step still running after this is named on stderr, with what keeps the process busy (default 30 s). */
  warnAfterMs?: number;
  /** A step still running after this is left behind and fails the teardown (default 120 s). */
  giveUpAfterMs?: number;
}

/**
 * A suite's teardown, step by step and in order. A step that hangs says where (on stderr, every
 * `warnAfterMs`, with the process's busy resources); after `giveUpAfterMs` it is left behind, the
 * later steps still run, and the teardown fails naming it. A stuck close is a defect: the source
 * agent's close waiting forever on an export session nobody gave back was found this way.
 */
export async function closeSteps(
  steps: Array<[label: string, close: (() => Promise<unknown>) | undefined]>,
  options: CloseStepsOptions = {},
): Promise<void> {
  const { warnAfterMs = 30_000, giveUpAfterMs = 120_000 } = options;
  let firstError: unknown;
  for (const [label, close] of steps) {
    if (!close) continue;
    const started = Date.now();
    const say = (what: string) => `teardown: ${label} ${what} after ${Math.round((Date.now() - started) / 1000)} s; busy: ${busy()}`;
    const warn = setInterval(() => process.stderr.write(`${say('still running')}\n`), warnAfterMs);
    let giveUp: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'gave up'>((resolve) => (giveUp = setTimeout(() => resolve('gave up'), giveUpAfterMs)));
    try {
      if ((await Promise.race([close(), gaveUp])) === 'gave up') firstError ??= new Error(say('left behind, unfinished'));
    } catch (error) {
      firstError ??= error;
    } finally {
      clearInterval(warn);
      clearTimeout(giveUp);
    }
  }
  if (firstError !== undefined) throw firstError;
}

/** What keeps the event loop busy, counted: "TCPSocketWrap ×3, FSReqCallback". */
function busy(): string {
  const counts = new Map<string, number>();
  for (const n of process.getActiveResourcesInfo()) if (n !== 'Timeout') counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', ') || 'nothing';
}
