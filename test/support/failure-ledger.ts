/**
 * A second test reporter for test/run.ts: one line per `test:fail` event, suites and hooks
 * included. Node 24 counts a suite that times out in its `after` hook as `fail 0` and exits 0;
 * the runner reads this ledger and fails the tier on any line in it.
 */
interface FailEvent {
  type: string;
  data: { name?: string; file?: string; todo?: unknown; details?: { error?: { message?: string } } };
}

async function* failureLedger(source: AsyncIterable<FailEvent>): AsyncGenerator<string> {
  for await (const event of source) {
    if (event.type !== 'test:fail' || event.data.todo) continue;
    const { name, file, details } = event.data;
    const message = (details?.error?.message ?? '').split('\n')[0];
    yield `${JSON.stringify({ name, file, message })}\n`;
  }
}

export = failureLedger;
