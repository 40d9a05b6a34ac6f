/**
 * `npm run faults`: the fault matrix of issue #23. Each run is a data upgrade (≥ 1M rows in ≥ 20
 * ranges, one post-sync script) with one fault injected at a random moment mid-copy; afterwards
 * every table is compared with the source by an independent digest and the script's log must hold
 * exactly one row. Prints one line per run and the matrix (kind × runs × exact × median recovery).
 *
 *   npm run faults -- --runs 2 --kinds source-agent,network --seed 7 --rows 1000000 --ranges 20
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createTestDatabases, sql } from '@cutover/testing';
import { FAULT_KINDS, type FaultKind } from './kinds';
import { createNetwork, netnsUnavailable, removeNetwork } from './network';
import { LIVE } from './processes';
import { faultRun, sourceSql, type Outcome, type Suite } from './scenario';
import { PgServer, SmallDisk } from './servers';

/** mulberry32: a seeded random source, so a matrix can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function matrix(outcomes: Outcome[], baseline: number, skipped: Map<string, string>): string {
  const lines = [
    `| fault | runs | exact | human actions | retries (events) | median run s | median recovery s (run − baseline ${baseline.toFixed(1)} s) | max recovery s | harness errors (not counted) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of [...new Set(outcomes.map((o) => o.kind))]) {
    const of = outcomes.filter((o) => o.kind === kind && !o.harnessError);
    const harness = outcomes.filter((o) => o.kind === kind && o.harnessError).length;
    const recovery = of.map((o) => o.seconds - baseline);
    lines.push(
      `| ${kind} | ${of.length} | ${of.filter((o) => o.exact).length} | ${of.reduce((n, o) => n + o.humanActions, 0)} | ${of.reduce((n, o) => n + o.retries, 0)} | ${median(of.map((o) => o.seconds)).toFixed(1)} | ${median(recovery).toFixed(1)} | ${Math.max(...recovery).toFixed(1)} | ${harness} |`,
    );
  }
  for (const [kind, why] of skipped) lines.push(`| ${kind} | skipped: ${why} | | | | | | | |`);
  return lines.join('\n');
}

/** A run whose set-up failed before any fault: recorded (and shown) but not counted as a result. */
function harnessFailure(kind: FaultKind, error: Error): Outcome {
  const empty = { status: 'harness', exact: false, seconds: 0, atRange: '-', retries: 0, humanActions: 0, crashes: 0, scriptRuns: 0 };
  return { kind, ...empty, note: `harness error: ${error.message}`, harnessError: true, reasons: [] };
}

async function main(): Promise<Outcome[]> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      kinds: { type: 'string', default: FAULT_KINDS.join(',') },
      seed: { type: 'string', default: String(Date.now() % 100000) },
      rows: { type: 'string', default: '1000000' },
      ranges: { type: 'string', default: '20' },
      'small-disk-mb': { type: 'string', default: '48' },
      out: { type: 'string' },
      /** Starts no new run after this many minutes; the matrix holds what ran. */
      'max-minutes': { type: 'string', default: '0' },
    },
  });
  const kinds = values.kinds.split(',').filter(Boolean) as FaultKind[];
  for (const k of kinds)
    if (!FAULT_KINDS.includes(k as (typeof FAULT_KINDS)[number]))
      throw new Error(`unknown fault kind ${k}; kinds: ${FAULT_KINDS.join(', ')}`);
  const skipped = new Map<string, string>();
  const netnsWhy = await netnsUnavailable();
  if (netnsWhy && kinds.includes('network')) skipped.set('network', netnsWhy);
  if (process.getuid?.() !== 0 && kinds.includes('disk')) skipped.set('disk', 'not root: mounting a tmpfs tablespace needs root');
  const active = kinds.filter((k) => !skipped.has(k));
  const seed = Number(values.seed);
  console.log(
    `faults: seed ${seed}, ${values.rows} rows in ${values.ranges} ranges, kinds ${active.join(', ')}; agents in network namespaces: ${netnsWhy ? `no (${netnsWhy})` : 'yes'}`,
  );

  const listen = netnsWhy ? '127.0.0.1' : '*';
  const servers = { state: new PgServer('state', listen), source: new PgServer('source', listen), target: new PgServer('target', listen) };
  const disk = active.includes('disk') ? new SmallDisk() : null;
  const cleanup = async () => {
    await Promise.all([...LIVE].map((s) => s.stop('SIGKILL').catch(() => undefined)));
    await Promise.all(Object.values(servers).map((s) => s.destroy().catch(() => undefined)));
    await disk?.unmount();
    if (!netnsWhy) await removeNetwork();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));
  const outcomes: Outcome[] = [];
  try {
    if (!netnsWhy) await createNetwork();
    await Promise.all(Object.values(servers).map((s) => s.start()));
    const source = await createTestDatabases(['source'], servers.source.url);
    await sql(source.urls.source, sourceSql(Number(values.rows)));
    if (disk) {
      await disk.mount(Number(values['small-disk-mb']));
      await sql(servers.target.url, `CREATE TABLESPACE cutf_small LOCATION '${disk.path}'`);
    }
    const suite: Suite = {
      ...servers,
      sourceDb: source.urls.source,
      disk,
      netns: !netnsWhy,
      rows: Number(values.rows),
      ranges: Number(values.ranges),
      random: seeded(seed),
    };
    const report = (o: Outcome) =>
      console.log(
        `${o.kind.padEnd(13)} ${o.exact ? 'EXACT' : 'NOT EXACT'} ${o.status.padEnd(7)} ${o.seconds.toFixed(1)} s, fault at range ${o.atRange}, ${o.retries} retries, ${o.humanActions} human actions, ${o.crashes} crash restarts, script ran ${o.scriptRuns}×${o.note ? `; ${o.note}` : ''}${o.reasons.length ? `; retried after: ${o.reasons.join(' | ')}` : ''}`,
      );
    const base = await faultRun(suite, 'none');
    report(base);
    const stopAt = Number(values['max-minutes']) > 0 ? Date.now() + Number(values['max-minutes']) * 60_000 : Infinity;
    for (let r = 0; r < Number(values.runs); r++) {
      for (const kind of active) {
        if (Date.now() > stopAt) break;
        if (kind === 'disk') await disk!.resize(Number(values['small-disk-mb']));
        const o = await faultRun(suite, kind).catch((error: Error) => harnessFailure(kind, error));
        outcomes.push(o);
        report(o);
      }
    }
    const table = matrix(outcomes, base.seconds, skipped);
    console.log(`\n${table}`);
    if (values.out)
      await writeFile(
        values.out,
        JSON.stringify({ seed, rows: values.rows, ranges: values.ranges, baseline: base, outcomes, table }, null, 2),
      );
  } finally {
    await cleanup();
  }
  return outcomes;
}

/**
 * The exit code says what the matrix says: 1 when a counted run was not exact, 3 when a harness
 * error left runs uncounted (the matrix is incomplete), 0 otherwise. A kind whose every run was a
 * harness error once printed an empty row and exited 0.
 */
function verdict(outcomes: Outcome[]): number {
  const counted = outcomes.filter((o) => !o.harnessError);
  const wrong = counted.filter((o) => !o.exact).length;
  const harness = outcomes.length - counted.length;
  console.log(
    `faults: ${counted.length - wrong} of ${counted.length} counted runs exact` +
      (harness > 0 ? `; ${harness} harness error(s), not counted: the matrix is incomplete` : ''),
  );
  return wrong > 0 ? 1 : harness > 0 ? 3 : 0;
}

main().then(
  (outcomes) => process.exit(verdict(outcomes)),
  (error: unknown) => {
    console.error(`faults: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
