/** bench/copy's output: the table, the Cutover profile, the goals and one JSON line. */
import { formatTableRef } from '@cutover/contracts';
import type { CutoverResult } from './copy-cutover';

export interface Row {
  contender: string;
  includes: string;
  seconds: number;
  rows: number;
  /** CPU seconds of this bench's processes (PostgreSQL, the tools, the services, this one); NaN when not measured. */
  cpu: number;
}

export interface RunFacts {
  scale: number;
  jobs: number;
  seed: number;
  rangeRows: number;
  repeat: number;
  rows: number;
  mb: number;
  ranges: number;
  rawBytes: number;
  /** The source side of verify-table, every table, N at a time (median round); null when not measured. */
  checksum: { seconds: number; cpu: number } | null;
  problems: string[];
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Per contender, the round with the median wall time (the lower middle one for an even count), and every round's time. */
export function medians(rounds: Row[][]): (Row & { all: number[] })[] {
  const names = [...new Set(rounds.flat().map((r) => r.contender))];
  return names.map((name) => {
    const runs = rounds
      .flat()
      .filter((r) => r.contender === name)
      .sort((a, b) => a.seconds - b.seconds);
    return { ...runs[Math.floor((runs.length - 1) / 2)], all: runs.map((r) => r.seconds) };
  });
}

export function report(rows: (Row & { all: number[] })[], run: RunFacts, c: CutoverResult | undefined): void {
  const by = (name: string) => rows.find((r) => r.contender === name)?.seconds;
  const raw = by('raw COPY');
  const pgcopy = by('pgcopydb clone');
  const dump = by('pg_dump/pg_restore');
  const ratio = (s: number, ref: number | undefined) => (ref ? `${fmt(s / ref, 2)}×` : '–');
  console.log(
    `\nscale ${run.scale}, jobs ${run.jobs}, seed ${run.seed}: ${fmt(run.rows)} rows, ${fmt(run.mb)} MB of tables, ${run.ranges} ranges ` +
      `(range-rows ${fmt(run.rangeRows)}); ${run.repeat > 1 ? `median of ${run.repeat} rounds` : 'one round'}\n`,
  );
  console.log(
    '| contender | includes | wall s | rows | rows/s | MB/s | CPU s | time × raw COPY | time × pgcopydb | time × pg_dump/restore |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const wall = run.repeat > 1 ? `${fmt(r.seconds, 1)} (${r.all.map((s) => fmt(s, 1)).join(', ')})` : fmt(r.seconds, 1);
    console.log(
      `| ${r.contender} | ${r.includes} | ${wall} | ${fmt(r.rows)} | ${fmt(r.rows / r.seconds)} | ${fmt(run.mb / r.seconds, 1)} | ` +
        `${Number.isNaN(r.cpu) ? '–' : fmt(r.cpu, 1)} | ${ratio(r.seconds, raw)} | ${ratio(r.seconds, pgcopy)} | ${ratio(r.seconds, dump)} |`,
    );
  }
  if (run.checksum)
    console.log(
      `\nverify-table's checksums, the source side alone (the task does both sides at once): ${fmt(run.checksum.seconds, 1)} s, ` +
        `${fmt(run.checksum.cpu, 1)} CPU s, ${run.jobs} tables at a time`,
    );
  const goals: Record<string, { met: boolean; value: number; target: string }> = {};
  if (c) {
    const copy = c.kinds.find((k) => k.kind === 'copy-range');
    console.log(`\nCutover (its median round) tasks: span = first start → last finish; busy = sum of task durations`);
    for (const k of c.kinds) console.log(`  ${k.kind}: ${k.tasks} tasks, span ${fmt(k.span, 1)} s, busy ${fmt(k.busy, 1)} s`);
    for (const t of [...c.report].sort((a, b) => b.rowsCopied - a.rowsCopied).slice(0, 3))
      console.log(
        `  ${formatTableRef(t.table)}: ${t.ranges} ranges, copy ${fmt(t.copySeconds ?? NaN, 1)} s, verify ${fmt(t.verifySeconds ?? NaN, 1)} s, ` +
          `finish ${fmt(t.finishSeconds ?? NaN, 1)} s`,
      );
    const busy = c.kinds.reduce((n, k) => n + k.busy, 0);
    console.log(`  threads busy ${fmt((100 * busy) / (run.jobs * c.seconds))}% of the run (all task time / (${run.jobs} threads × wall))`);
    if (copy)
      console.log(
        `  copy work: ${fmt(copy.busy, 1)} task-s / ${run.jobs} threads = ${fmt(copy.busy / run.jobs, 1)} s of the run's capacity`,
      );
    console.log(
      `  services' CPU s: orchestrator ${fmt(c.cpu.orchestrator, 1)}, source agent ${fmt(c.cpu.sourceAgent, 1)}, target agent ${fmt(c.cpu.targetAgent, 1)}`,
    );
    console.log(`  copy-range wire bytes ${fmt(c.bytes / 1024 / 1024)} MB (raw COPY: ${fmt(run.rawBytes / 1024 / 1024)} MB)`);
    const total = by('Cutover total')!;
    const data = by('Cutover data phase')!;
    // Issue #17's goals: time against pgcopydb and pg_dump/restore, CPU against pgcopydb's.
    const cpuOf = (name: string) => rows.find((r) => r.contender === name)?.cpu;
    const [cutoverCpu, pgcopyCpu] = [cpuOf('Cutover total'), cpuOf('pgcopydb clone')];
    const verified = by('pgcopydb + verification');
    if (pgcopy) goals['total ≤ 0.85 × pgcopydb'] = { met: total <= 0.85 * pgcopy, value: total / pgcopy, target: '≤ 0.85×' };
    if (dump) goals['total ≤ 0.6 × pg_dump/restore'] = { met: total <= 0.6 * dump, value: total / dump, target: '≤ 0.60×' };
    if (cutoverCpu && pgcopyCpu)
      goals['CPU ≤ 1.2 × pgcopydb'] = { met: cutoverCpu <= 1.2 * pgcopyCpu, value: cutoverCpu / pgcopyCpu, target: '≤ 1.20×' };
    if (verified)
      goals['(like for like) total vs pgcopydb + verification'] = { met: total <= verified, value: total / verified, target: '≤ 1.00×' };
    if (raw) goals['data phase ≥ 0.9 × raw COPY throughput'] = { met: raw / data >= 0.9, value: raw / data, target: '≥ 0.90×' };
    console.log('\nGoals:');
    for (const [goal, g] of Object.entries(goals))
      console.log(`  ${goal}: ${fmt(g.value, 2)}× (${g.target}) → ${g.met ? 'met' : 'MISSED'}`);
  }
  for (const p of run.problems) console.log(`\n${p}`);
  console.log(
    JSON.stringify({
      bench: 'copy',
      date: new Date().toISOString(),
      ...run,
      cutover: c && {
        seconds: c.seconds,
        dataSeconds: c.dataSeconds,
        rows: c.rows,
        bytes: c.bytes,
        ranges: c.ranges,
        kinds: c.kinds,
        cpu: c.cpu,
      },
      results: rows.map((r) => ({ ...r, rowsPerSecond: r.rows / r.seconds, mbPerSecond: run.mb / r.seconds })),
      goals,
    }),
  );
}
