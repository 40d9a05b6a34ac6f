import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { unwrap } from '@cutover/orchestrator-client';
import { launchChromium, noBrowserReason, TEST_OUTPUT } from '../support/browser';
import { startOperatorFixture, type OperatorFixture } from '../support/operator-fixture';
import { eventually } from '@cutover/testing';

const skip = noBrowserReason();

/** Signs in on a fresh page with a key; the page shows who it is. */
async function signIn(browser: Browser, f: OperatorFixture, key: string, who: RegExp): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${f.url}/cockpit/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('caller').filter({ hasText: who }).waitFor();
  return page;
}

describe('web cockpit in headless Chromium against real services', { skip: skip ?? false }, () => {
  let f: OperatorFixture;
  let browser: Browser;
  let admin: Page;

  before(async () => {
    [f, browser] = await Promise.all([startOperatorFixture({ rows: 16_000, rangeRows: 2000 }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await f?.close();
  });

  it('refuses a bad key with the problem detail, then signs in and shows the checklist by section', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${f.url}/cockpit/`);
    await page.getByLabel('API key').fill('not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'API key is not valid (unknown or revoked)' }).waitFor();
    await page.context().close();
    admin = await signIn(browser, f, f.keys.admin, /bootstrap-admin \(admin\)/);
    const checklist = admin.getByTestId('checklist');
    await checklist.locator('tr[data-key="manual:inform-users"]').waitFor();
    assert.ok(await checklist.getByRole('heading', { name: 'prepare-for-upgrade' }).isVisible());
    assert.match((await checklist.locator('tr[data-key="check-upgrade-readiness"]').textContent()) ?? '', /done/);
    await admin.screenshot({ path: join(TEST_OUTPUT, 'cockpit-checklist.png'), fullPage: true });
  });

  it('plans and launches a data upgrade, and its progress bar advances live from the SSE stream', async () => {
    for (const id of [f.systems.prod, f.systems.target]) {
      unwrap(await f.operator.POST('/v1/systems/{id}/single-user', { params: { path: { id } }, body: { force: true } }));
    }
    await admin.getByRole('button', { name: 'Data upgrade' }).click();
    await admin.getByTestId('compute-plan').click();
    await admin.getByTestId('plan-summary').filter({ hasText: '2/2 tables ok' }).waitFor();
    await admin.getByLabel('Threads').fill('2');
    await admin.getByTestId('override').fill('browser test: the earlier checklist steps are not under test');
    // The small table stays closed to writes on the target until the bar has shown a value between
    // 0 and 100, so the test sees the stream move the bar however fast this machine copies.
    const lock = new Client({ connectionString: f.targetUrl });
    await lock.connect();
    await lock.query('BEGIN; LOCK TABLE ax.custtable IN SHARE MODE');
    const seen: number[] = [];
    try {
      await admin.getByTestId('launch').click();
      const bar = admin.getByTestId('overall-progress');
      await bar.waitFor();
      const sample = async () => {
        const value = Number(await bar.getAttribute('aria-valuenow'));
        if (seen.at(-1) !== value) seen.push(value);
        return value;
      };
      await eventually(
        async () => {
          const value = await sample();
          return value > 0 && value < 100;
        },
        { message: 'the bar to show the large table copied and the locked one not' },
      );
      await admin.screenshot({ path: join(TEST_OUTPUT, 'cockpit-run.png'), fullPage: false });
      await lock.query('COMMIT');
      await eventually(
        async () => {
          const value = await sample();
          return /ended/.test((await admin.getByTestId('run-detail').getByRole('heading').first().textContent()) ?? '') && value === 100;
        },
        { message: 'the run to end in the cockpit', deadline: 120_000, intervalMs: 200 },
      );
    } finally {
      await lock.end();
    }
    assert.ok(
      seen.some((v) => v > 0 && v < 100) && seen.at(-1) === 100,
      `the bar advanced through intermediate values: ${seen.join(' → ')}`,
    );
    assert.deepEqual(
      [...seen].sort((a, b) => a - b),
      seen,
      `it only moves forward: ${seen.join(' → ')}`,
    );
    if (process.env.CUTOVER_UPDATE_DOCS_SCREENSHOT)
      copyFileSync(join(TEST_OUTPUT, 'cockpit-run.png'), join(__dirname, '..', '..', '..', 'docs', 'cockpit.png'));
    // The per-table bars and the event log came along.
    assert.ok((await admin.getByTestId('table-progress').getByRole('progressbar').count()) === 2);
    assert.match((await admin.getByTestId('events').textContent()) ?? '', /bootstrap-admin/);
  });

  it('records two rehearsals (the run above at 2 threads, another at 4), compares them and forecasts from one: the pages show the API’s figures', async () => {
    const { upgradeId, systems } = f;
    const runs = unwrap(await f.viewer.GET('/v1/runs', { params: { query: { limit: 1000 } } })).items;
    const first = runs.find((r) => r.upgradeId === upgradeId && r.kind === 'data-upgrade' && r.status === 'ended')!;
    // A second data upgrade copies into an emptied target, from a fresh plan.
    const target = new Client({ connectionString: f.targetUrl });
    await target.connect();
    await target.query('TRUNCATE ax.inventtrans, ax.custtable').finally(() => target.end());
    unwrap(await f.operator.POST('/v1/upgrades/{id}/data-upgrade/plan', { params: { path: { id: upgradeId } } }));
    const started = unwrap(
      await f.admin.POST('/v1/upgrades/{id}/data-upgrade/runs', {
        params: { path: { id: upgradeId } },
        body: { threads: 4, override: { reason: 'browser test: a second rehearsal' } },
      }),
    );
    await eventually(async () => unwrap(await f.viewer.GET('/v1/runs/{id}', { params: { path: { id: started.id } } })).status === 'ended', {
      message: 'the second data upgrade to end',
      deadline: 120_000,
    });
    const mocks = [];
    for (const [label, runId] of [
      ['mock 1', first.id],
      ['mock 2', started.id],
    ])
      mocks.push(
        unwrap(
          await f.operator.POST('/v1/upgrades/{id}/rehearsals', {
            params: { path: { id: upgradeId } },
            body: { label, systemId: systems.prod, runIds: [runId] },
          }),
        ),
      );
    // Rehearsals: both listed with their windows; mock 1 against mock 2, in the API's order.
    await admin.getByRole('button', { name: 'Rehearsals' }).click();
    for (const m of mocks)
      assert.equal(
        await admin.locator(`[data-testid="rehearsals"] tr[data-rehearsal="${m.id}"] td[data-seconds]`).getAttribute('data-seconds'),
        String(m.windowSeconds),
      );
    const cmp = unwrap(
      await f.viewer.GET('/v1/upgrades/{id}/rehearsals/compare', {
        params: { path: { id: upgradeId }, query: { base: mocks[0].id, candidate: mocks[1].id } },
      }),
    );
    const rows = admin.getByTestId('comparison').locator('tbody tr');
    await rows.first().waitFor();
    assert.deepEqual(
      await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-name'), tr.getAttribute('data-change')])),
      cmp.items.map((i) => [i.name, i.changeSeconds === null ? '' : String(i.changeSeconds)]),
      'every table and script, slowest movers first, with the API’s changes',
    );
    assert.ok(cmp.items.some((i) => i.name === 'ax.inventtrans'));
    assert.equal(await admin.locator('tr.new-failure').count(), cmp.items.filter((i) => i.newFailure).length);
    assert.match(
      (await admin.getByTestId('window-change').textContent()) ?? '',
      new RegExp(`mock 1 ${mocks[0].windowSeconds!.toFixed(1)} s → mock 2`),
    );
    await admin.screenshot({ path: join(TEST_OUTPUT, 'cockpit-rehearsals.png'), fullPage: true });
    // Forecast from mock 2 at 4 threads: the window, critical path, phases and curve are the API's.
    await admin.getByRole('button', { name: 'Forecast' }).click();
    await admin.getByLabel('Rehearsal').selectOption(mocks[1].id);
    await admin.getByLabel('Forecast threads').fill('4');
    const view = admin.locator(`[data-testid="forecast"][data-rehearsal="${mocks[1].id}"][data-threads="4"]`);
    await view.waitFor();
    const api = unwrap(
      await f.viewer.GET('/v1/upgrades/{id}/forecast', {
        params: { path: { id: upgradeId }, query: { rehearsal: mocks[1].id, threads: 4 } },
      }),
    );
    assert.ok(api.windowSeconds > 0);
    assert.equal(Number(await view.getByTestId('forecast-window').getAttribute('data-seconds')), api.windowSeconds);
    assert.equal(await view.getByTestId('forecast-window').textContent(), `${api.windowSeconds.toFixed(1)} s`);
    assert.deepEqual(
      await view
        .getByTestId('critical-path')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key'))),
      api.criticalPath.map((s) => s.key),
    );
    assert.deepEqual(
      await view
        .getByTestId('phases')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-phase'))),
      api.phases.map((p) => p.phase),
    );
    assert.deepEqual(
      await view.locator('[data-testid="threads-curve"] g').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-seconds')))),
      api.threadsCurve.map((p) => p.windowSeconds),
    );
    assert.match((await view.getByTestId('forecast-capacity').textContent()) ?? '', /Fit from mock 2 \(4 threads\), mock 1 \(2 threads\)/);
    assert.equal(await view.getByTestId('forecast-durations').textContent(), `Task times: ${api.durations.basis}.`);
    assert.match(
      (await view.getByTestId('estimated').textContent()) ?? '',
      api.estimated.length ? new RegExp(api.estimated[0].key) : /every task of the rehearsal has a measure/,
    );
    await admin.screenshot({ path: join(TEST_OUTPUT, 'cockpit-forecast.png'), fullPage: true });
  });

  it('pauses a waiting task from the grid, and the API agrees', async () => {
    const runId = await f.chainRun(6, 5);
    await admin.getByRole('button', { name: 'Runs' }).click();
    await admin
      .getByTestId('runs')
      .getByRole('button', { name: /scripts · running/ })
      .first()
      .click();
    await admin.locator(`[data-testid="run-detail"][data-run-id="${runId}"]`).waitFor();
    const row = admin.locator('tr[data-task="t3"]');
    await row.and(admin.locator('[data-status="waiting"]')).waitFor();
    await admin.getByTestId('pause-t3').click();
    await row.and(admin.locator('[data-status="paused"]')).waitFor();
    const task = unwrap(await f.viewer.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId }, query: { status: 'paused' } } }));
    assert.deepEqual(
      task.items.map((t) => t.key),
      ['t3'],
    );
    assert.match((await row.locator('.status').textContent()) ?? '', /^Paused$/);
  });

  it('a viewer’s pause is refused with the message shown, and the API refuses it the same way', async () => {
    const viewer = await signIn(browser, f, f.keys.viewer, /key:viewer \(viewer\)/);
    await viewer.getByRole('button', { name: 'Runs' }).click();
    await viewer
      .getByTestId('runs')
      .getByRole('button', { name: /scripts · running/ })
      .first()
      .click();
    const pause = viewer.getByTestId('pause-t4');
    await pause.waitFor();
    assert.equal(await pause.isDisabled(), true);
    const shown = 'this needs the operator role; the key key:viewer has viewer';
    assert.match((await viewer.getByTestId('task-controls-refused').textContent()) ?? '', new RegExp(shown));
    assert.equal(await viewer.getByTestId('run-pause-all').isDisabled(), true);
    const runId = (await viewer.getByTestId('run-detail').getAttribute('data-run-id'))!;
    const t4 = unwrap(await f.viewer.GET('/v1/runs/{id}/tasks', { params: { path: { id: runId } } })).items.find((t) => t.key === 't4')!;
    const refused = await f.viewer.POST('/v1/runs/{id}/tasks/{taskId}/pause', { params: { path: { id: runId, taskId: t4.id } }, body: {} });
    assert.equal(refused.response.status, 403);
    assert.equal((refused.error as unknown as { detail: string }).detail, shown);
    await viewer.screenshot({ path: join(TEST_OUTPUT, 'cockpit-viewer.png') });
    // An operator's control that the orchestrator refuses shows its problem detail.
    await admin.getByTestId('run-cancel').click();
    await admin.getByRole('heading', { name: /canceled/ }).waitFor();
    await admin.getByTestId('run-hold').click();
    await admin
      .getByRole('alert')
      .filter({ hasText: `run ${runId} is canceled` })
      .waitFor();
  });
});

if (skip) console.log(`# browser tests skipped: ${skip}`);
