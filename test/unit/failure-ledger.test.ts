import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ledgerVerdict, type LedgerLine } from '../support/ledger-verdict';
import { engineOnlySkip, MSSQL_SKIP } from '../support/skip-reasons';

/** Runs Node's test runner on one fixture file with the ledger reporter; answers the ledger's lines. */
function ledgerOf(dir: string, fixture: string): LedgerLine[] {
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
    .map((l) => JSON.parse(l) as LedgerLine);
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
    assert.match(lines[0].kind === 'fail' ? lines[0].message : '', /after hook/);
    assert.equal(ledgerVerdict(lines).ok, false);
  });

  it('records a failed test, every skip and todo with its reason, and nothing for a passing one', () => {
    const lines = ledgerOf(
      dir,
      `import { describe, it } from 'node:test';
       it('fails', () => { throw new Error('boom'); });
       it('passes', () => {});
       it('skipped', { skip: 'no server' }, () => {});
       it.skip('skipped bare', () => {});
       describe('suite skipped', { skip: '${MSSQL_SKIP}' }, () => { it('inside', () => {}); });
       it('skipped inside', (t) => { t.skip('${MSSQL_SKIP}'); });
       it('todo that fails', { todo: true }, () => { throw new Error('later'); });`,
    );
    assert.deepEqual(
      lines.map((l) => [l.kind, l.name, l.kind === 'fail' ? l.message : l.reason]),
      [
        ['fail', 'fails', 'boom'],
        ['skip', 'skipped', 'no server'],
        ['skip', 'skipped bare', true],
        ['skip', 'suite skipped', MSSQL_SKIP],
        ['skip', 'skipped inside', MSSQL_SKIP],
        ['todo', 'todo that fails', true],
      ],
    );
  });
});

describe('the ledger verdict', () => {
  const skip = (reason: string | true, kind: 'skip' | 'todo' = 'skip'): LedgerLine => ({ kind, name: 'a test', file: 'f.js', reason });

  it('passes skips for what the machine lacks, and counts them by reason', () => {
    const verdict = ledgerVerdict([
      skip(MSSQL_SKIP),
      skip(MSSQL_SKIP),
      skip('no Chromium at /usr/bin/chromium: apt-get install chromium'),
      skip(engineOnlySkip(['postgres'], 'its fixture is PostgreSQL roles')),
      skip('no pg_dump on PATH: install the PostgreSQL client tools'),
      skip('FUZZ_ONLY=agents leaves it out'),
      skip('no Docker daemon answers: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'),
      skip('wine64 is not installed here: the Windows executable is built by `npm run package` but not run'),
    ]);
    assert.equal(verdict.ok, true, verdict.report.join('\n'));
    assert.ok(verdict.report.includes(`skipped, for this machine: 2 × ${MSSQL_SKIP}`), verdict.report.join('\n'));
  });

  it('fails a skip with no reason or a reason of its own, and a todo, naming each', () => {
    for (const line of [skip(true), skip('flaky, see later'), skip(`${MSSQL_SKIP} yet`), skip(true, 'todo')]) {
      const verdict = ledgerVerdict([skip(MSSQL_SKIP), line]);
      assert.equal(verdict.ok, false, JSON.stringify(line));
      assert.ok(
        verdict.report.some((r) => r.includes(`${line.kind} a test (f.js)`)),
        verdict.report.join('\n'),
      );
    }
  });

  it('fails on a failure, and an empty ledger passes', () => {
    assert.equal(ledgerVerdict([{ kind: 'fail', name: 'x', file: 'f.js', message: 'after hook timed out' }]).ok, false);
    assert.deepEqual(ledgerVerdict([]), { ok: true, report: [] });
  });
});
