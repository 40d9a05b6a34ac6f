import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

/** Runs Node's test runner on one fixture file with the ledger reporter; answers the ledger's lines. */
function ledgerOf(dir: string, fixture: string): Array<{ name: string; message: string }> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.test.mjs`);
  const ledger = `${file}.ledger`;
  writeFileSync(file, fixture);
  const reporter = join(__dirname, '..', 'support', 'failure-ledger.js');
  // Without NODE_TEST_CONTEXT the child is a runner of its own, not a subtest of this one.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const run = spawnSync(process.execPath, ['--test', `--test-reporter=${reporter}`, `--test-reporter-destination=${ledger}`, file], {
    encoding: 'utf8',
    env,
  });
  assert.ok(run.status !== null, `the child runner ended by ${run.signal}`);
  return readFileSync(ledger, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { name: string; message: string });
}

describe('the failure ledger behind test/run.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-ledger-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('records a suite whose after hook times out, though its tests all passed', () => {
    const lines = ledgerOf(
      dir,
      `import { after, describe, it } from 'node:test';
       describe('waits in after', () => {
         after(() => new Promise((r) => setTimeout(r, 600)), { timeout: 100 });
         it('passes', () => {});
       });`,
    );
    assert.deepEqual(
      lines.map((l) => l.name),
      ['waits in after'],
    );
    assert.match(lines[0].message, /after hook/);
  });

  it('records a failed test, and nothing for a passing or skipped one', () => {
    const lines = ledgerOf(
      dir,
      `import { it } from 'node:test';
       it('fails', () => { throw new Error('boom'); });
       it('passes', () => {});
       it('skipped', { skip: 'no server' }, () => {});
       it('todo that fails', { todo: true }, () => { throw new Error('later'); });`,
    );
    assert.deepEqual(
      lines.map((l) => [l.name, l.message]),
      [['fails', 'boom']],
    );
  });
});
