import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { unwrap } from '@cutover/orchestrator-client';
import { cutover, type CliResult } from '../support/cli';
import { startOperatorFixture, type OperatorFixture } from '../support/operator-fixture';
import { eventually } from '@cutover/testing';

const ESC = '\u001b';

describe('cutover CLI against real services: exit codes, JSON shape, a watch that ends', () => {
  let f: OperatorFixture;
  let env: (key: 'admin' | 'operator' | 'viewer') => Record<string, string>;
  const json = <T>(r: CliResult): T => {
    assert.equal(r.code, 0, `exit 0 expected; stderr: ${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  };

  before(async () => {
    f = await startOperatorFixture({ rows: 30_000, rangeRows: 5000 });
    env = (key) => ({ CUTOVER_URL: f.url, CUTOVER_API_KEY: f.keys[key] });
  });
  after(async () => {
    await f?.close();
  });

  it('says what is missing (exit 2) without a URL or key, and shows its exit codes in --help', async () => {
    const none = await cutover(['status'], {});
    assert.equal(none.code, 2);
    assert.match(none.stderr, /set CUTOVER_URL or pass --url/);
    const help = await cutover(['--help'], {});
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Exit codes: 0 ok, 1 failed .* 3 run ended in error, 4 run canceled/);
    assert.equal((await cutover(['runs', 'frobnicate'], env('viewer'))).code, 2);
  });

  it('status and checklist: JSON shape, and plain text with no escape codes without a TTY', async () => {
    const status = json<{ caller: { role: string }; upgrade: { id: string }; checklist: { done: number; total: number }; runs: unknown[] }>(
      await cutover(['--json', 'status'], env('viewer')),
    );
    assert.equal(status.caller.role, 'viewer');
    assert.equal(status.upgrade.id, f.upgradeId);
    assert.ok(status.checklist.total > 5 && status.checklist.done < status.checklist.total);
    const list = json<{ key: string; section: string; status: string; automatic: boolean }[]>(
      await cutover(['checklist', '--json'], env('viewer')),
    );
    const plain = await cutover(['checklist'], env('viewer'));
    assert.equal(plain.code, 0);
    assert.ok(!plain.stdout.includes(ESC), 'no escape codes when stdout is not a TTY');
    for (const t of list) assert.ok(plain.stdout.includes(`${t.key}: `), `plain checklist shows ${t.key}`);
    const manual = list.find((t) => !t.automatic && t.status === 'open');
    assert.ok(manual, 'a manual task is open');
    // A viewer is refused with the orchestrator's own detail; an operator completes it.
    const refused = await cutover(['checklist', 'complete', manual.key], env('viewer'));
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /this needs the operator role; the key key:viewer has viewer/);
    const done = json<{ key: string; status: string; completedBy: string }>(
      await cutover(['--json', 'checklist', 'complete', manual.key, '--notes', 'checked by hand'], env('operator')),
    );
    assert.deepEqual([done.key, done.status, done.completedBy], [manual.key, 'done', 'key:operator']);
  });

  it('plan, single-user enter, launch, a watch that ends with exit 0, the report as JSON and CSV', async () => {
    const plan = json<{ summary: { ok: number; tables: number; ranges: number }; tables: { status: string }[] }>(
      await cutover(['plan', '--json'], env('operator')),
    );
    assert.deepEqual([plan.summary.ok, plan.summary.tables], [2, 2]);
    assert.ok(plan.summary.ranges >= 6, `inventtrans split into ranges: ${plan.summary.ranges}`);
    for (const system of ['prod', 'target']) {
      const entered = await cutover(['single-user', 'enter', system, '--force'], env('operator'));
      assert.equal(entered.code, 0, entered.stderr);
      assert.match(entered.stdout, new RegExp(`${system}: single-user`));
    }
    const launched = json<{ id: string; kind: string }>(
      await cutover(
        ['launch', '--json', '--threads', '2', '--override', 'test: the earlier checklist steps are not under test'],
        env('admin'),
      ),
    );
    assert.equal(launched.kind, 'data-upgrade');
    const started = Date.now();
    const watch = await cutover(['runs', 'watch', launched.id], env('viewer'));
    assert.equal(watch.code, 0, `watch exits 0 when the run ends; stderr: ${watch.stderr}`);
    assert.ok(!watch.stdout.includes(ESC), 'plain lines without a TTY');
    assert.match(watch.stdout, /rows/);
    assert.match(watch.stdout, new RegExp(`run ${launched.id} ended: (\\d+)/\\1 tasks ended\\n$`));
    console.log(`# watch of a ${plan.summary.ranges}-range data upgrade ended in ${Date.now() - started} ms`);
    const report = json<{ tables: { checksumMatch: boolean; sourceRows: number; targetRows: number }[] }>(
      await cutover(['report', '--json'], env('viewer')),
    );
    assert.equal(report.tables.length, 2);
    for (const t of report.tables) assert.ok(t.checksumMatch && t.sourceRows === t.targetRows);
    const csv = await cutover(['report', launched.id, '--csv'], env('viewer'));
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout.trim().split('\n').length, 3, `a header and two rows: ${csv.stdout}`);
    const shown = json<{ run: { status: string }; tasks: { key: string; status: string }[] }>(
      await cutover(['runs', 'show', 'latest', '--json'], env('viewer')),
    );
    assert.equal(shown.run.status, 'ended');
    assert.ok(shown.tasks.every((t) => t.status === 'ended'));
  });

  it('tasks pause/resume by key, runs hold/release, and a canceled run’s watch exits 4', async () => {
    const runId = await f.chainRun(6, 5);
    const paused = json<{ key: string; status: string }>(
      await cutover(['--json', 'tasks', 'pause', runId, 't3', '--reason', 'check t2 first'], env('operator')),
    );
    assert.deepEqual([paused.key, paused.status], ['t3', 'paused']);
    const seen = unwrap(await f.viewer.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { status: 'paused' } } }));
    assert.deepEqual(
      seen.items.map((t) => t.key),
      ['t3'],
      'the API agrees',
    );
    const viewerPause = await cutover(['tasks', 'pause', runId, 't4'], env('viewer'));
    assert.equal(viewerPause.code, 1);
    assert.match(viewerPause.stderr, /needs the operator role/);
    assert.equal((await cutover(['tasks', 'resume', runId, 't3'], env('operator'))).code, 0);
    const held = json<{ hold: boolean }>(await cutover(['--json', 'runs', 'hold', runId], env('operator')));
    assert.equal(held.hold, true);
    assert.equal(json<{ hold: boolean }>(await cutover(['--json', 'runs', 'release', runId], env('operator'))).hold, false);
    const watching = cutover(['--json', 'runs', 'watch', runId], env('viewer'));
    await eventually(async () => (await cutover(['runs', 'show', runId], env('viewer'))).code === 0, {
      message: 'the watch to be following',
    });
    assert.equal((await cutover(['runs', 'cancel', runId, '--reason', 'test'], env('operator'))).code, 0);
    const watched = await watching;
    assert.equal(watched.code, 4, `a canceled run's watch exits 4: ${watched.stderr}`);
    const lines = watched.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type?: string; run?: { status: string }; error?: { message: string; exitCode: number } });
    assert.ok(
      lines.some((l) => l.type === 'progress'),
      'NDJSON progress events',
    );
    assert.deepEqual([lines.at(-2)?.type, lines.at(-2)?.run?.status], ['end', 'canceled']);
    assert.deepEqual(lines.at(-1)?.error, { message: `run ${runId} was canceled`, exitCode: 4 }, 'and the error as JSON last');
    assert.match(watched.stderr, /was canceled/);
  });
});
