/**
 * Latency of one small-table copy through the agents, step by step (no orchestrator):
 *
 *   npm run build && node dist/bench/copy-latency.js --rows 2000 --repeat 10
 *
 * Small tables are many in an ERP copy set; their fixed cost per table decides the tail of a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabases, sql, startEmbeddedPostgres } from '@cutover/testing';
import { AgentClient, type StartOperationRequest } from '@cutover/agent-client';
import { grantFor, startTestAgent, type TestAgent } from '@cutover/testing/services';

/** Start-and-wait with the agent's long poll, as the orchestrator does. */
async function runOperation(agent: TestAgent, body: Record<string, unknown>) {
  const op = await new AgentClient(agent.url, agent.token).runOperation(body as StartOperationRequest, 10);
  if (op.status !== 'succeeded') throw new Error(`${String(body.id)}: ${op.error?.message}`);
  return op as { result: Record<string, Record<string, unknown>> };
}

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '2000' }, repeat: { type: 'string', default: '10' } } });

const T = { schema: 'public', name: 't' };

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cutover-bench-'));
  const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: dir, settings: { fsync: 'off' } });
  if (server) process.env.DATABASE_URL = server.url;
  const dbs = await createTestDatabases(['source', 'target']);
  const ddl = `CREATE TABLE t (id bigint PRIMARY KEY, a text, b numeric(32,16)); CREATE INDEX t_a ON t (a);`;
  await sql(dbs.urls.source, `${ddl} INSERT INTO t SELECT g, 'x' || g, g / 7.0 FROM generate_series(1, ${Number(args.rows)}) g; ANALYZE t`);
  await sql(dbs.urls.target, ddl);
  const [source, target] = await Promise.all([startTestAgent(dbs.urls.source), startTestAgent(dbs.urls.target)]);
  const timings: Record<string, number[]> = { prepare: [], copy: [], checksumBoth: [], finish: [] };
  const time = async (label: string, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    timings[label].push(performance.now() - t0);
  };
  for (let i = 0; i < Number(args.repeat); i++) {
    let objects: unknown[] = [];
    await time('prepare', async () => {
      const op = await runOperation(target, {
        id: `p${i}`,
        type: 'prepare-table',
        prepareTable: { table: { schema: 'public', name: 't' } },
      });
      objects = (op.result!.prepareTable as { objects: unknown[] }).objects;
    });
    await time('copy', () =>
      runOperation(target, {
        id: `c${i}`,
        type: 'copy-range',
        copyRange: {
          table: T,
          columns: ['id', 'a', 'b'],
          source: { url: source.url, grant: grantFor(source, T, null, { columns: ['id', 'a', 'b'], operation: `c${i}` }) },
        },
      }),
    );
    await time('checksumBoth', () =>
      Promise.all(
        [source, target].map((a) =>
          runOperation(a, { id: `s${i}`, type: 'checksum-range', checksumRange: { table: { schema: 'public', name: 't' } } }),
        ),
      ),
    );
    await time('finish', () =>
      runOperation(target, { id: `f${i}`, type: 'finish-table', finishTable: { table: { schema: 'public', name: 't' }, objects } }),
    );
  }
  for (const [label, ms] of Object.entries(timings)) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      `${label.padEnd(14)} p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
    );
  }
  await Promise.all([source.close(), target.close()]);
  await dbs.drop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

void main();
