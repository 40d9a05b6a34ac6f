import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AgentClient } from '@cutover/agent-client';
import type { DeferredObjectShape, KeyBounds, TableRef } from '@cutover/contracts';
import { StatePool } from '../database/state-pool';
import { ScriptPhase, type PackageManifest } from '../packages/manifest';
import { PackagesService } from '../packages/packages.service';
import { SystemMode, SystemRole, type SystemEntity } from '../systems/system.entity';
import { AgentGateway } from '../systems/agent-gateway';
import { SystemsService } from '../systems/systems.service';
import type { UpgradeEntity } from '../upgrades/upgrade.entity';
import { UpgradesService } from '../upgrades/upgrades.service';
import { RunRepository } from '../runs/run.repository';
import { discoverTables, type TransferTable } from './discovery';
import { StateTransferEntity } from './state-transfer.entities';
import { provenanceFindings, STATE_TRANSFER_RESTORE_RUN_KIND, type LastRun } from './provenance';
import { planTables, schemaProblems } from './table-checks';

export interface TransferContext {
  upgrade: UpgradeEntity;
  manifest: PackageManifest;
  sha256: string;
  production: SystemEntity;
  test: SystemEntity;
  state: StateTransferEntity | null;
}

/** A discovered table with what its copy tasks need. */
export interface PlannedTable extends TransferTable {
  columns: string[];
  keyRanges: KeyBounds[];
  objects: DeferredObjectShape[];
}

export interface Validation {
  problems: string[];
  /** What cannot be checked and the operator should make sure of (e.g. a test system restored by hand). */
  advisories: string[];
  tables: PlannedTable[];
  excluded: { table: TableRef; reason: string }[];
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/**
 * Everything that must hold before the state transfer copies anything (issue flow 7, seed "the
 * tool validates conditions in both the test system and the production system"). Every failed
 * condition is reported, not only the first, so one answer tells the operator all there is to fix.
 * Where the test system comes from is checked in provenance.ts.
 */
@Injectable()
export class StateTransferValidator {
  constructor(
    private readonly db: StatePool,
    private readonly upgrades: UpgradesService,
    private readonly packages: PackagesService,
    private readonly systems: SystemsService,
    private readonly runRows: RunRepository,
    private readonly agents: AgentGateway,
    @InjectRepository(StateTransferEntity) private readonly states: Repository<StateTransferEntity>,
  ) {}

  async context(upgradeId: string): Promise<TransferContext> {
    const upgrade = await this.upgrades.require(upgradeId);
    if (!upgrade.testSystemId)
      throw new ConflictException(
        `upgrade ${upgrade.name} has no test system: the state transfer moves the preprocessing state of a test-source system to production; create the upgrade with testSystemId`,
      );
    const pkg = await this.packages.require(upgrade.packageId);
    const [production, test] = await Promise.all([
      this.systems.require(upgrade.sourceSystemId),
      this.systems.require(upgrade.testSystemId),
    ]);
    const state = await this.states.findOneBy({ upgradeId });
    return { upgrade, manifest: pkg.manifest, sha256: pkg.sha256, production, test, state };
  }

  async validate(ctx: TransferContext): Promise<Validation> {
    const { production, test } = ctx;
    const problems: string[] = [];
    if (production.role !== SystemRole.ProductionSource)
      problems.push(`${production.name} has role ${production.role}, not production-source`);
    if (test.role !== SystemRole.TestSource) problems.push(`${test.name} has role ${test.role}, not test-source`);
    if (production.engine !== test.engine)
      problems.push(
        `production ${production.name} runs ${production.engine} but the test system ${test.name} runs ${test.engine}: both must use the same engine`,
      );
    const [prod, tst] = [await this.reach(production, problems), await this.reach(test, problems)];
    if (production.mode === SystemMode.SingleUser)
      problems.push(
        `production ${production.name} is in single-user mode: the state transfer runs while production is online, before single-user preprocessing`,
      );
    // The test system's script statuses in the orchestrator, read once for both checks below.
    const testScripts = await this.db.query<{ script_key: string; package_sha256: string }>(
      `SELECT script_key, package_sha256 FROM script_state WHERE upgrade_id = $1 AND system_id = $2 ORDER BY 1`,
      [ctx.upgrade.id, test.id],
    );
    const ended = new Set(testScripts.filter((s) => s.package_sha256 === ctx.sha256).map((s) => s.script_key));
    problems.push(...(await this.runningRuns(ctx)), ...this.liveEnded(ctx, testScripts, ended), ...(await this.tracking(ctx)));
    if (tst) problems.push(...(await this.frameworkPackage(ctx, ended)));
    if (prod) problems.push(...(await this.permissions(prod)));
    const provenance = provenanceFindings(production.engine, test.name, ctx.state, await this.lastRestore(ctx.upgrade.id));
    problems.push(...provenance.problems);
    const discovery = discoverTables(ctx.manifest);
    problems.push(...discovery.problems);
    let tables: PlannedTable[] = [];
    if (prod && tst) {
      tables = await planTables(ctx, discovery.tables, prod, tst, problems);
      problems.push(
        ...(await schemaProblems(
          ctx,
          prod,
          tst,
          discovery.tables.map((t) => t.table),
        )),
      );
    }
    return { problems, advisories: provenance.advisories, tables, excluded: discovery.excluded };
  }

  private async lastRestore(upgradeId: string): Promise<LastRun | null> {
    return this.runRows.latest(upgradeId, STATE_TRANSFER_RESTORE_RUN_KIND);
  }

  private async reach(system: SystemEntity, problems: string[]): Promise<AgentClient | null> {
    try {
      const client = await this.agents.client(system.id);
      await client.info();
      return client;
    } catch (error) {
      problems.push(`the agent of ${system.name} (${system.role}) is unreachable: ${(error as Error).message}`);
      return null;
    }
  }

  private async runningRuns({ production, test }: TransferContext): Promise<string[]> {
    const rows = await this.runRows.runningOn([production.id, test.id]);
    return rows.map(
      (r) =>
        `run ${r.id} (${r.kind}) is still running on ${r.systemId === production.id ? `production ${production.name}` : `the test system ${test.name}`}: wait for it or cancel it first`,
    );
  }

  /** The test system's live preprocessing ended, for the package this upgrade (and so production) has registered. */
  private liveEnded(
    { manifest, sha256, test }: TransferContext,
    testScripts: { script_key: string; package_sha256: string }[],
    ended: Set<string>,
  ): string[] {
    const problems: string[] = [];
    const pending = manifest.scripts.filter((s) => s.phase === ScriptPhase.Live && !ended.has(s.key)).map((s) => s.key);
    if (pending.length > 0)
      problems.push(
        `live preprocessing has not ended on the test system ${test.name} for package ${short(sha256)}: ${pending.join(', ')}; ` +
          'run it there first (POST /v1/upgrades/{id}/live/runs with system: test)',
      );
    const other = testScripts.filter((s) => s.package_sha256 !== sha256);
    if (other.length > 0)
      problems.push(
        `on the test system ${other.map((o) => o.script_key).join(', ')} ended for package ${short(other[0].package_sha256)}, not ${short(sha256)} which production has registered`,
      );
    return problems;
  }

  /** The framework table in the test database (what is actually copied) agrees: same package hash, live scripts recorded. */
  private async frameworkPackage({ manifest, sha256, test }: TransferContext, ended: Set<string>): Promise<string[]> {
    const op = await this.agents.run(test.id, { type: 'read-script-status' }, 'state-transfer');
    const status = op.result?.readScriptStatus?.rows;
    if (op.status !== 'succeeded' || !status)
      return [
        `cutover.script_status cannot be read on the test system ${test.name}: ${op.error?.message ?? op.status}; run the readiness check there`,
      ];
    const rows = status.map((r) => [r.scriptKey, r.packageSha256] as [string, string]);
    const problems: string[] = [];
    const foreign = rows.filter(([, sha]) => sha !== sha256);
    const bySha = new Map<string, string[]>();
    for (const [key, sha] of foreign) bySha.set(sha, [...(bySha.get(sha) ?? []), key]);
    for (const [sha, keys] of bySha)
      problems.push(
        `package hash mismatch: the test system's cutover.script_status records ${keys.join(', ')} as ended for package ${short(sha)}, ` +
          `but production has registered package ${short(sha256)}; preprocess the test system with the same package`,
      );
    const recorded = new Set(rows.filter(([, sha]) => sha === sha256).map(([key]) => key));
    const lost = manifest.scripts.filter((s) => s.phase === ScriptPhase.Live && ended.has(s.key) && !recorded.has(s.key)).map((s) => s.key);
    if (lost.length > 0)
      problems.push(
        `the test system's cutover.script_status does not record ${lost.join(', ')} as ended although the orchestrator saw them end: ` +
          'was the test database restored again since? Run live preprocessing there again',
      );
    return problems;
  }

  /** Production tracks changes since before the backup point, so the delta after the transfer sees every change made since. */
  private async tracking({ upgrade, manifest, production, state }: TransferContext): Promise<string[]> {
    const problems: string[] = [];
    if (!state?.backupWatermark || !state.backupAt)
      problems.push(
        'no backup point is recorded: record it (POST /v1/upgrades/{id}/state-transfer/backup-point) right before backing up production ' +
          'for the test system, so the delta after the transfer knows where production’s changes start',
      );
    const deltas = manifest.scripts.filter((s) => s.phase === ScriptPhase.Delta).map((s) => s.key);
    if (deltas.length === 0) return problems;
    const marks = new Set(
      (
        await this.db.query<{ script_key: string }>(`SELECT script_key FROM delta_watermark WHERE upgrade_id = $1 AND system_id = $2`, [
          upgrade.id,
          production.id,
        ])
      ).map((r) => r.script_key),
    );
    const untracked = deltas.filter((k) => !marks.has(k));
    if (untracked.length > 0)
      problems.push(
        `change tracking is not enabled on production ${production.name} for ${untracked.join(', ')}: run the readiness check on production ` +
          'before the backup point, otherwise the delta after the transfer would miss the changes made since the backup',
      );
    else if (state?.backupAt) {
      const first = await this.runRows.firstEndedAt(upgrade.id, 'readiness', production.id);
      if (!first || first > state.backupAt)
        problems.push(
          `change tracking on production started ${first ? `at ${first.toISOString()}, ` : ''}after the backup point (${state.backupAt.toISOString()}): ` +
            'its log does not reach back to the backup, so the delta after the transfer would miss the changes made in between; ' +
            'record the backup point again and restore the test system from a newer backup',
        );
    }
    return problems;
  }

  /** Production's agent login may create the tables it lacks and truncate the ones it loads. */
  private async permissions(client: AgentClient): Promise<string[]> {
    let may;
    try {
      may = await client.permissions();
    } catch (error) {
      return [`the permission probe on production failed: ${(error as Error).message}`];
    }
    return [
      ...(may.createTables
        ? []
        : [`production's agent login may not create tables (the transfer creates the shadow tables production lacks)`]),
      ...(may.ownDatabase
        ? []
        : [`production's agent login may not truncate and alter the tables the transfer loads (it must own the database)`]),
    ];
  }
}
