/**
 * A second test reporter for test/run.ts: one line per event that Node's exit code does not
 * judge. `fail`: every `test:fail`, suites and hooks included (Node 24 counts a suite that times
 * out in its `after` hook as `fail 0` and exits 0). `skip` and `todo`: a test or suite that did not
 * run, with its reason, so that a test left skipped cannot pass unseen (see ledger-verdict).
 */
import type { LedgerLine } from './ledger-verdict';

interface TestEvent {
  type: string;
  data: {
    name?: string;
    file?: string;
    skip?: string | boolean;
    todo?: string | boolean;
    details?: { error?: { message?: string } };
  };
}

function lineOf(event: TestEvent): LedgerLine | undefined {
  const { name, file, skip, todo, details } = event.data;
  if (event.type !== 'test:pass' && event.type !== 'test:fail') return undefined;
  if (todo) return { kind: 'todo', name, file, reason: todo };
  if (event.type === 'test:fail') return { kind: 'fail', name, file, message: (details?.error?.message ?? '').split('\n')[0] };
  if (skip) return { kind: 'skip', name, file, reason: skip };
  return undefined;
}

async function* failureLedger(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  for await (const event of source) {
    const line = lineOf(event);
    if (line) yield `${JSON.stringify(line)}\n`;
  }
}

export = failureLedger;
