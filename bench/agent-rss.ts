/**
 * Peak memory of the transfer-agents while they copy a large table agent to agent.
 *
 *   npm run build && node dist/bench/agent-rss.js --rows 1000000,5000000 --ranges 4
 *
 * Each agent runs as its own process, so its peak RSS (VmHWM from /proc) is its own. The copy
 * streams binary COPY through both agents; a bounded RSS shows no range is ever buffered whole.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mintGrant } from '@cutover/contracts';

const COLUMNS = ['recid', 'itemid', 'qty', 'datephysical', 'note', 'guid'];
import { createTestDatabases, sql, startEmbeddedPostgres } from '@cutover/testing';
import { spawnTestAgent, type AgentProcess } from '@cutover/testing/services';

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '1000000,5000000' }, ranges: { type: 'string', default: '4' } },
});

/** Peak and current resident set of a process, in MiB, from /proc (Linux). */
function memory(pid: number): { peak: number; now: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

async function post(agent: AgentProcess, body: unknown): Promise<void> {
  const res = await fetch(`${agent.url}/v1/operations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${agent.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 202) throw new Error(`start failed: ${res.status} ${await res.text()}`);
}

async function wait(agent: AgentProcess, id: string): Promise<{ rows: number; bytes: number }> {
  for (;;) {
    const res = await fetch(`${agent.url}/v1/operations/${id}`, { headers: { Authorization: `Bearer ${agent.token}` } });
    const op = (await res.json()) as { status: string; error: { message: string } | null; progress: { rows: number; bytes: number } };
    if (op.status === 'succeeded') return op.progress;
    if (op.status === 'failed' || op.status === 'canceled') throw new Error(op.error?.message ?? op.status);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  let stop: (() => Promise<void>) | undefined;
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'cutover-bench-'));
    const server = await startEmbeddedPostgres({
      dataDir: dir,
      settings: { fsync: 'off', synchronous_commit: 'off', max_wal_size: '4GB' },
    });
    process.env.DATABASE_URL = server.url;
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const ranges = Number(args.ranges);
  console.log('| rows | ranges | data MB | seconds | rows/s | MB/s | source agent peak RSS MiB | target agent peak RSS MiB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const rows of args.rows.split(',').map(Number)) {
    const dbs = await createTestDatabases(['source', 'target']);
    const ddl = `CREATE TABLE public.inventtrans (recid bigint PRIMARY KEY, itemid varchar(20) NOT NULL, qty numeric(32,16) NOT NULL,
      datephysical timestamp, note text, guid uuid)`;
    await sql(dbs.urls.source, ddl);
    await sql(dbs.urls.target, ddl);
    await sql(
      dbs.urls.source,
      `INSERT INTO public.inventtrans SELECT g, 'ITEM-' || (g % 5000), g / 3.0, timestamp '2012-01-01' + g * interval '1 minute',
         'note ' || g || repeat('x', g % 60), md5(g::text)::uuid FROM generate_series(1, ${rows}) g`,
    );
    const source = await spawnTestAgent(dbs.urls.source);
    const target = await spawnTestAgent(dbs.urls.target);
    const table = { schema: 'public', name: 'inventtrans' };
    const step = Math.ceil(rows / ranges);
    const parts = Array.from({ length: ranges }, (_, i) => ({
      keyColumns: ['recid'],
      from: i === 0 ? null : [String(i * step + 1)],
      to: i === ranges - 1 ? null : [String((i + 1) * step + 1)],
    }));
    const t0 = process.hrtime.bigint();
    await Promise.all(
      parts.map((range, i) =>
        post(target, {
          id: `bench-${i}`,
          type: 'copy-range',
          copyRange: {
            table,
            columns: COLUMNS,
            range,
            source: {
              url: source.url,
              grant: mintGrant(source.token, {
                table,
                keyColumns: range.keyColumns,
                from: range.from,
                to: range.to,
                columns: COLUMNS,
                format: 'pg-binary',
                operation: `bench-${i}`,
                exp: Math.floor(Date.now() / 1000) + 3600,
              }),
            },
          },
        }),
      ),
    );
    const done = await Promise.all(parts.map((_, i) => wait(target, `bench-${i}`)));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const copied = done.reduce((n, d) => n + d.rows, 0);
    const bytes = done.reduce((n, d) => n + d.bytes, 0);
    if (copied !== rows) throw new Error(`copied ${copied} of ${rows} rows`);
    const mb = bytes / 1024 / 1024;
    const s = memory(source.child.pid!);
    const t = memory(target.child.pid!);
    console.log(
      `| ${rows.toLocaleString('en')} | ${ranges} | ${mb.toFixed(0)} | ${seconds.toFixed(1)} | ${Math.round(rows / seconds).toLocaleString('en')} | ${(mb / seconds).toFixed(1)} | ${s.peak.toFixed(0)} | ${t.peak.toFixed(0)} |`,
    );
    source.child.kill();
    target.child.kill();
    await dbs.drop();
  }
  await stop?.();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
