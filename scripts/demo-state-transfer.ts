/**
 * `npm start -- --with-state-transfer`: the preprocessing runs on a test system restored from
 * production, and its state moves back (issue #6, flow 7). Production is checked for readiness
 * (change tracking on) and its backup point recorded; the test database is then "restored" from
 * production; live preprocessing runs there while business keeps writing on production; the state
 * transfer copies the shadow and framework tables back; the number sequences are previewed and
 * applied; a delta on production catches up; and production's shadow tables are compared with a
 * direct preprocessing of a copy of production's final data.
 *
 * The test database is built with the demo's DDL and filled by the agents' own copy-range
 * operations (binary COPY, agent to agent), not with CREATE DATABASE … TEMPLATE: a template
 * database must have no other sessions, and production's agent (and anyone using production)
 * holds some. No business writes run during the copy, so the per-table copies form one state.
 */
import { randomBytes } from 'node:crypto';
import { AgentClient } from '@cutover/agent-client';
import { formatTableRef, mintGrant } from '@cutover/contracts';
import { startAgent } from '../services/transfer-agent/src/app';
import { agentConfig } from '../services/transfer-agent/src/config/agent.config';
import { unwrap } from '@cutover/orchestrator-client';
import { followRun, log, type Api, type DemoFlow } from './demo-api';
import { DEMO_PACKAGE } from './demo-package';
import type { DemoDatabases } from './demo-engine';
import type { DemoStops } from './demo-stops';

interface Agent {
  url: string;
  token: string;
}

export interface StateTransferDemo {
  api: Api;
  /** Where the test and reference databases are created (the engine of production's). */
  dbs: DemoDatabases;
  prefix: string;
  production: Agent;
  target: Agent;
  productionUrl: string;
  /** Stops the agent this flow starts with the demo's others. */
  stops: DemoStops;
}

/** The business tables a restore copies (what a backup of production would hold). */
const BUSINESS_TABLES = [
  { schema: 'dbo', name: 'CUSTTABLE' },
  { schema: 'dbo', name: 'VENDTABLE' },
  { schema: 'dbo', name: 'INVENTTRANS' },
  { schema: 'dbo', name: 'NUMBERSEQUENCETABLE' },
];

const SHADOWS = [
  { schema: 'dbo', name: 'DIRPARTYTABLE_SHADOW' },
  { schema: 'dbo', name: 'LOGISTICSPOSTALADDRESS_SHADOW' },
];

/** Runs the state-transfer flow; returns the upgrade for the next steps. */
export async function demoStateTransfer(d: StateTransferDemo): Promise<DemoFlow> {
  const { api } = d;
  type RunPath = '/v1/upgrades/{id}/readiness/runs' | '/v1/upgrades/{id}/live/runs' | '/v1/upgrades/{id}/delta/runs';
  const start = async (label: string, upgradeId: string, path: RunPath, body: { system?: 'production' | 'test' } = {}) =>
    followRun(api, unwrap(await api.POST(path, { params: { path: { id: upgradeId } }, body })).id, label);
  const registerSystem = async (name: string, role: 'production-source' | 'test-source' | 'target', agent: Agent) => {
    const a = unwrap(await api.POST('/v1/agents', { body: { name: `agent-${name}`, baseUrl: agent.url, token: agent.token } }));
    return unwrap(await api.POST('/v1/systems', { body: { name, role, agentId: a.id } })).id;
  };
  const upgradePath = (id: string) => ({ params: { path: { id } } });

  const database = async (role: string): Promise<{ url: string; agent: Agent }> => {
    const url = await d.dbs.create(`${d.prefix}_${role}`);
    await d.dbs.schema(url);
    const token = randomBytes(24).toString('hex');
    const { app, url: agentUrl } = await startAgent(
      agentConfig({ engine: d.dbs.engine, databaseUrl: url, token, name: `demo-${role}`, port: 0, logLevel: 'warn' }),
    );
    d.stops.add('agents', () => app.close());
    return { url, agent: { url: agentUrl, token } };
  };
  /** Copies production's business tables into another database, agent to agent. */
  const restore = async (into: Agent, tag: string): Promise<void> => {
    for (const name of BUSINESS_TABLES) {
      const id = `restore-${tag}-${name.name.toLowerCase()}-${Date.now()}`;
      const def = await new AgentClient(d.production.url, d.production.token).describeTable(name);
      const columns = [...(def?.columns ?? [])].sort((a, b) => a.ordinal - b.ordinal).map((c) => c.name);
      const grant = mintGrant(d.production.token, {
        table: name,
        keyColumns: null,
        from: null,
        to: null,
        columns,
        format: d.dbs.format,
        operation: id,
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      const op = await new AgentClient(into.url, into.token).runOperation({
        id,
        type: 'copy-range',
        copyRange: { table: name, columns, format: d.dbs.format, source: { url: d.production.url, grant } },
      });
      if (op.status !== 'succeeded') throw new Error(`restoring ${formatTableRef(name)}: ${op.error?.message ?? op.status}`);
    }
  };

  log('state transfer: preprocessing runs on a test system restored from production, then its state moves back');
  const test = await database('test');
  const systems: Record<string, string> = {};
  for (const [name, role, agent] of [
    ['demo-production', 'production-source', d.production],
    ['demo-test', 'test-source', test.agent],
    ['demo-target', 'target', d.target],
  ] as const) {
    systems[name] = await registerSystem(name, role, agent);
  }
  const pkg = unwrap(await api.POST('/v1/packages', { body: DEMO_PACKAGE }));
  const upgrade = unwrap(
    await api.POST('/v1/upgrades', {
      body: {
        name: 'Demo with state transfer',
        sourceSystemId: systems['demo-production'],
        targetSystemId: systems['demo-target'],
        testSystemId: systems['demo-test'],
        packageId: pkg.id,
        threads: 4,
        rangeRows: 50_000,
      },
    }),
  );
  await start('readiness check (production: enables change tracking)', upgrade.id, '/v1/upgrades/{id}/readiness/runs');
  const point = unwrap(await api.POST('/v1/upgrades/{id}/state-transfer/backup-point', upgradePath(upgrade.id)));
  log(`backup point recorded: production's watermark ${point.backupPoint?.watermark}`);
  await restore(test.agent, 'test');
  log('test database restored from production (agent-to-agent copies)');
  await start('readiness check (test system)', upgrade.id, '/v1/upgrades/{id}/readiness/runs', { system: 'test' });
  await start('live preprocessing on the test system', upgrade.id, '/v1/upgrades/{id}/live/runs', { system: 'test' });
  log('meanwhile, business keeps working on production: customers added, renamed, moved, deleted; vendors renamed');
  await d.dbs.businessWrites(d.productionUrl);

  const dry = unwrap(await api.POST('/v1/upgrades/{id}/state-transfer/runs', { ...upgradePath(upgrade.id), body: { dryRun: true } }));
  for (const t of dry.tables)
    log(
      `  to transfer: ${formatTableRef(t.table)}, ${t.rows.toLocaleString('en')} rows in ${t.ranges} range(s)${t.existsOnProduction ? '' : ', created on production'}`,
    );
  for (const e of dry.excluded) log(`  not copied: ${formatTableRef(e.table)} (${e.reason})`);
  // The demo fills the test system by agent-to-agent copies, not through the restore step: the orchestrator says it cannot check it.
  for (const a of dry.advisories) log(`  advisory: ${a}`);
  const transfer = unwrap(await api.POST('/v1/upgrades/{id}/state-transfer/runs', { ...upgradePath(upgrade.id), body: { threads: 4 } }));
  if (!transfer.run) throw new Error('the state transfer started no run');
  await followRun(api, transfer.run.id, 'state transfer run (test → production)');
  const status = unwrap(await api.GET('/v1/upgrades/{id}/state-transfer', upgradePath(upgrade.id)));
  log(`carried over: ${status.carried?.scripts.length ?? 0} script statuses; delta watermarks = backup point ${status.carried?.watermark}`);

  const seqs = unwrap(await api.GET('/v1/upgrades/{id}/state-transfer/number-sequences', upgradePath(upgrade.id)));
  for (const s of seqs.sequences)
    log(
      `  number sequence ${s.key} (${s.description}): test ${s.test?.next}, production ${s.production?.next} → set ${s.valueToSet?.next}`,
    );
  unwrap(
    await api.POST('/v1/upgrades/{id}/state-transfer/number-sequences/apply', {
      ...upgradePath(upgrade.id),
      body: {
        sequences: seqs.sequences.map((s) => ({
          key: s.key,
          productionNext: s.production?.next ?? '',
          productionMax: s.production?.max ?? '',
        })),
      },
    }),
  );
  const after = unwrap(await api.GET('/v1/upgrades/{id}/state-transfer', upgradePath(upgrade.id)));
  log(`number sequences applied on production; next: ${after.next.join(', ')}`);
  await start('delta preprocessing on production (changes since the backup point)', upgrade.id, '/v1/upgrades/{id}/delta/runs');

  // The reference: a direct live preprocessing of a copy of production's final data.
  const direct = await database('direct');
  await restore(direct.agent, 'direct');
  const directSystem = await registerSystem('demo-direct', 'production-source', direct.agent);
  const reference = unwrap(
    await api.POST('/v1/upgrades', {
      body: {
        name: 'Demo reference - direct preprocessing',
        sourceSystemId: directSystem,
        targetSystemId: systems['demo-target'],
        packageId: pkg.id,
      },
    }),
  );
  await start('reference: readiness', reference.id, '/v1/upgrades/{id}/readiness/runs');
  await start('reference: live preprocessing of production’s final data', reference.id, '/v1/upgrades/{id}/live/runs');
  for (const table of SHADOWS) {
    const [p, r] = await Promise.all([d.dbs.digest(d.productionUrl, table), d.dbs.digest(direct.url, table)]);
    const equal = p.n === r.n && p.md5 === r.md5;
    log(
      `  ${formatTableRef(table)}: production ${p.n.toLocaleString('en')} rows, direct preprocessing ${r.n.toLocaleString('en')} rows, content ${equal ? 'equal' : 'DIFFERENT'}`,
    );
    if (!equal) throw new Error(`${formatTableRef(table)} on production differs from a direct preprocessing of its data`);
  }
  log('state transfer: production holds exactly what preprocessing it directly would have produced, without running it');
  return {
    upgradeId: upgrade.id,
    sourceSystemId: systems['demo-production'],
    targetSystemId: systems['demo-target'],
  };
}
