import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@cutover/common';
import { formatTableRef, OperationType, splitBatches, tableKey } from '@cutover/contracts';
import { ENGINE } from '../engines/engine.provider';
import type { Engine, TableDefinition, TrackedTable } from '../engines/engine';
import { TableResolver } from '../catalog/table-resolver';
import { requireRowKey } from '../engines/copy-key';
import { SingleUserWatchdog } from '../sessions/single-user-watchdog';
import type { BlockingSessionDto, TrackedTableDto } from './admin.dto';
import { BackupOperationHandlers } from './backup-handlers';
import type { PreparedOperation } from './operation-handlers';
import type { StartOperationDto } from './operations.dto';
import { scriptParameters } from './script-params';

type Params<K extends keyof StartOperationDto> = NonNullable<StartOperationDto[K]>;

/**
 * The preprocessing operations on the source database: change tracking and delta scripts,
 * single-user mode, backup and restore (backup-handlers.ts) and recovery model. Like the others, each checks its request before it
 * is accepted (400 naming the field; 409 when single-user mode is blocked by other sessions).
 */
@Injectable()
export class AdminOperationHandlers {
  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    private readonly tables: TableResolver,
    private readonly watchdog: SingleUserWatchdog,
    private readonly backups: BackupOperationHandlers,
  ) {}

  prepare(dto: StartOperationDto): Promise<PreparedOperation> | PreparedOperation {
    switch (dto.type) {
      case OperationType.EnableChangeTracking:
        return this.enableChangeTracking(dto.enableChangeTracking!);
      case OperationType.DisableChangeTracking:
        return this.disableChangeTracking(dto.disableChangeTracking!);
      case OperationType.CurrentWatermark:
        return simple(async (ctx) => ({ currentWatermark: { watermark: await this.engine.currentWatermark(ctx) } }));
      case OperationType.CheckWatermark:
        return this.checkWatermark(dto.checkWatermark!);
      case OperationType.RunDeltaScript:
        return this.runDeltaScript(dto.runDeltaScript!);
      case OperationType.EnterSingleUser:
        return this.enterSingleUser(dto.enterSingleUser!);
      case OperationType.ExitSingleUser: {
        const restoreState = dto.exitSingleUser!.restoreState;
        return simple(async (ctx) => {
          const exited = await this.engine.exitSingleUser(restoreState, ctx);
          this.watchdog.disarm();
          return { exitSingleUser: exited };
        });
      }
      case OperationType.BackupDatabase:
        return this.backups.backup(dto.backupDatabase?.directory);
      case OperationType.RestoreDatabase:
        return this.backups.restore(dto.restoreDatabase!);
      case OperationType.SetRecoverySimple:
        return simple(async (ctx) => ({ setRecoverySimple: await this.engine.setLoggingMode({ mode: 'minimal' }, ctx) }));
      case OperationType.RestoreRecoveryModel: {
        const restoreState = dto.restoreRecoveryModel!.restoreState;
        return simple(async (ctx) => ({ restoreRecoveryModel: await this.engine.setLoggingMode({ restoreState }, ctx) }));
      }
      default:
        throw new Error(`operation type ${dto.type} is not an administration operation`);
    }
  }

  private async enableChangeTracking(p: Params<'enableChangeTracking'>): Promise<PreparedOperation> {
    const tracked = await this.trackedTables(p.tables, 'enableChangeTracking.tables');
    const options = { retentionDays: p.retentionDays };
    return simple(async (ctx) => ({ enableChangeTracking: await this.engine.enableChangeTracking(tracked, options, ctx) }));
  }

  private checkWatermark(p: Params<'checkWatermark'>): PreparedOperation {
    this.requireWatermark(p.since, 'checkWatermark.since');
    const refs = p.tables.map((t, i) => this.tables.check(t, `checkWatermark.tables[${i}]`));
    return simple(async (ctx) => ({ checkWatermark: await this.engine.checkWatermark(p.since, refs, ctx) }));
  }

  private disableChangeTracking(p: Params<'disableChangeTracking'>): PreparedOperation {
    const refs = p.tables.map((t, i) => this.tables.check(t, `disableChangeTracking.tables[${i}]`));
    return simple(async (ctx) => ({ disableChangeTracking: await this.engine.disableChangeTracking(refs, ctx) }));
  }

  private async runDeltaScript(p: Params<'runDeltaScript'>): Promise<PreparedOperation> {
    const batches = splitBatches(p.sql);
    if (batches.length === 0) throw new BadRequestException('runDeltaScript.sql holds no statements');
    const parameters = scriptParameters(p.parameters, 'runDeltaScript.parameters');
    this.requireWatermark(p.since, 'runDeltaScript.since');
    const tracked = await this.trackedTables(p.tables, 'runDeltaScript.tables');
    // Each table's keys are in a temporary table named after the table alone: names must differ.
    const byName = new Map<string, string>();
    for (const { table } of tracked) {
      const other = byName.get(table.name);
      if (other) {
        throw new BadRequestException(
          `runDeltaScript.tables: ${other} and ${formatTableRef(table)} would share the staging table delta_${table.name}; run them in separate deltas`,
        );
      }
      byName.set(table.name, formatTableRef(table));
    }
    const script = { batches, parameters, transaction: true, maxRows: p.maxRows ?? 100 };
    return {
      timeoutMs: p.timeoutSeconds ? p.timeoutSeconds * 1000 : null,
      run: async (ctx) => {
        // Describe again at run time: the key columns' types are those of the table now.
        const current = await Promise.all(
          tracked.map(async (t) => ({ ...t, table: await this.tables.require(t.table, 'runDeltaScript.tables') })),
        );
        return { runDeltaScript: await this.engine.runDeltaScript({ tables: current, since: p.since, script }, ctx) };
      },
    };
  }

  /** Refuses up front (409, with the sessions) unless forced; the engine checks again once the database is restricted. */
  private async enterSingleUser(p: Params<'enterSingleUser'>): Promise<PreparedOperation> {
    const others = (await this.engine.listSessions()).filter((s) => !s.ownLogin);
    if (others.length > 0 && !p.force) {
      const sessions: BlockingSessionDto[] = others.map((s) => ({
        sessionId: s.sessionId,
        login: s.login,
        host: s.host,
        application: s.application,
        since: s.since,
      }));
      const list = sessions.map(
        (s) => `${s.login} from ${s.host ?? '?'} (${s.application ?? 'no application name'}, since ${s.since ?? '?'})`,
      );
      throw new ProblemException(
        409,
        `single-user mode refused: ${others.length} session(s) of other logins are connected: ${list.join('; ')}. End them, or start again with force to terminate them`,
        { sessions },
      );
    }
    return simple(async (ctx) => {
      const entered = await this.engine.enterSingleUser({ terminate: p.force }, ctx);
      this.watchdog.arm();
      return { enterSingleUser: entered };
    });
  }

  private requireWatermark(text: string, field: string): void {
    if (!this.engine.isWatermark(text)) {
      throw new BadRequestException(`${field}: ${JSON.stringify(text.slice(0, 80))} is not a ${this.engine.kind} change watermark`);
    }
  }

  /** Resolves tables and their key columns (default: the primary key); 400 naming the entry otherwise. */
  private async trackedTables(entries: Pick<TrackedTableDto, 'table' | 'keyColumns'>[], field: string): Promise<TrackedTable[]> {
    const seen = new Set<string>();
    const result: TrackedTable[] = [];
    for (const [i, entry] of entries.entries()) {
      const at = `${field}[${i}]`;
      const table: TableDefinition = await this.tables.require(entry.table, at);
      const name = formatTableRef(table);
      if (seen.has(tableKey(table))) throw new BadRequestException(`${at}: ${name} is listed twice`);
      seen.add(tableKey(table));
      const keyColumns = entry.keyColumns ?? table.copyKey.columns;
      if (!keyColumns || keyColumns.length === 0) {
        throw new BadRequestException(`${at}: ${name} has no primary key and no unique index over NOT NULL columns; name its key columns`);
      }
      this.tables.requireColumns(table, keyColumns, `${at}.keyColumns`);
      try {
        requireRowKey(table, keyColumns);
      } catch (error) {
        throw new BadRequestException(`${at}.keyColumns: ${(error as Error).message}`);
      }
      result.push({ table, keyColumns });
    }
    return result;
  }
}

function simple(run: PreparedOperation['run']): PreparedOperation {
  return { timeoutMs: null, run };
}
