import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { TableResolver } from '../catalog/table-resolver';
import { ENGINE } from '../engines/engine.provider';
import { EngineInputError, type Engine, type SequenceColumns } from '../engines/engine';
import type { PreparedOperation } from './operation-handlers';
import { unsafeType } from '../engines/create-table';
import type { CreateTableParamsDto } from './create-table.dto';
import type { ReadTableSequencesParamsDto, SetTableSequencesParamsDto } from './table-sequences.dto';
import type { ReadNumberSequencesParamsDto, SequenceColumnsDto, SetNumberSequenceParamsDto } from './sequences.dto';

/**
 * Operations on the state a preprocessing leaves in a database (script status, number sequences), so the
 * orchestrator reads and writes it without building SQL. Each is checked against the catalog first.
 */
@Injectable()
export class StateOperationHandlers {
  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    private readonly tables: TableResolver,
  ) {}

  /** Names checked as identifiers, types as type names (they become DDL text): 400 otherwise. */
  createTable(p: CreateTableParamsDto): PreparedOperation {
    this.tables.check({ schema: p.schema, name: p.name }, 'createTable');
    const unsafe = p.columns.flatMap((c) => (unsafeType(c.dataType) ? [`${c.name}: ${unsafeType(c.dataType)}`] : []));
    if (unsafe.length > 0) throw new BadRequestException(`createTable.columns: not a type name: ${unsafe.join('; ')}`);
    const names = new Set(p.columns.map((c) => c.name));
    const stray = (p.primaryKey?.columns ?? []).filter((c) => !names.has(c));
    if (stray.length > 0) throw new BadRequestException(`createTable.primaryKey: ${stray.join(', ')} is not one of the columns`);
    const def = { schema: p.schema, name: p.name, columns: p.columns, primaryKey: p.primaryKey ?? null };
    return { timeoutMs: null, run: async (ctx) => ({ createTable: { created: await this.engine.createTable(def, ctx) } }) };
  }

  ensureScriptStatus(): PreparedOperation {
    return { timeoutMs: null, run: async (ctx) => (await this.engine.ensureScriptStatus(ctx), { ensureScriptStatus: { ready: true } }) };
  }

  /** 409-like failure when readiness never created the table: the caller says what to do. */
  readScriptStatus(): PreparedOperation {
    return {
      timeoutMs: null,
      run: async (ctx) => {
        const rows = await this.engine.readScriptStatus(ctx);
        if (!rows) throw new EngineInputError('cutover.script_status does not exist in this database: run the readiness check here first');
        return { readScriptStatus: { rows } };
      },
    };
  }

  async readNumberSequences(p: ReadNumberSequencesParamsDto): Promise<PreparedOperation> {
    const sequence = await this.sequence(p.sequence, 'readNumberSequences.sequence');
    const stray = p.match.filter((m) => !sequence.keyColumns.includes(m.column));
    if (stray.length > 0)
      throw new BadRequestException(
        `readNumberSequences.match: ${stray.map((m) => m.column).join(', ')} is not a key column (${sequence.keyColumns.join(', ')})`,
      );
    return {
      timeoutMs: null,
      run: async (ctx) => ({ readNumberSequences: { rows: await this.engine.readSequences(sequence, p.match, ctx) } }),
    };
  }

  async setNumberSequence(p: SetNumberSequenceParamsDto): Promise<PreparedOperation> {
    const sequence = await this.sequence(p.sequence, 'setNumberSequence.sequence');
    if (p.key.length !== sequence.keyColumns.length)
      throw new BadRequestException(
        `setNumberSequence.key: ${p.key.length} value(s) for ${sequence.keyColumns.length} key column(s) (${sequence.keyColumns.join(', ')})`,
      );
    const request = {
      sequence,
      key: p.key,
      values: { next: p.next, max: p.max },
      expected: { next: p.expectedNext, max: p.expectedMax },
    };
    return { timeoutMs: null, run: async (ctx) => ({ setNumberSequence: { updated: await this.engine.setSequence(request, ctx) } }) };
  }

  /** The tables must exist (400 otherwise); what their columns own is read when the operation runs. */
  async readTableSequences(p: ReadTableSequencesParamsDto): Promise<PreparedOperation> {
    const tables = await Promise.all(p.tables.map((t, i) => this.tables.require(t, `readTableSequences.tables[${i}]`)));
    const refs = tables.map((t) => ({ schema: t.schema, name: t.name }));
    const named = (p.named ?? []).map((s) => ({ schema: s.schema, name: s.name }));
    return {
      timeoutMs: null,
      run: async (ctx) => ({
        readTableSequences: {
          sequences: refs.length > 0 ? await this.engine.readTableSequences(refs, ctx) : [],
          named: named.length > 0 ? await this.engine.readNamedSequences(named, ctx) : [],
        },
      }),
    };
  }

  async setTableSequences(p: SetTableSequencesParamsDto): Promise<PreparedOperation> {
    const values = await Promise.all(
      p.values.map(async (v, i) => {
        const table = await this.tables.require(v.table, `setTableSequences.values[${i}].table`);
        this.tables.requireColumns(table, [v.column], `setTableSequences.values[${i}].column`);
        return { table: { schema: table.schema, name: table.name }, column: v.column, lastValue: v.lastValue ?? null };
      }),
    );
    const named = (p.named ?? []).map((n) => ({
      sequence: { schema: n.sequence.schema, name: n.sequence.name },
      lastValue: n.lastValue ?? null,
    }));
    return {
      timeoutMs: null,
      run: async (ctx) => ({
        setTableSequences: {
          results: values.length > 0 ? await this.engine.setTableSequences(values, ctx) : [],
          named: named.length > 0 ? await this.engine.setNamedSequences(named, ctx) : [],
        },
      }),
    };
  }

  private async sequence(s: SequenceColumnsDto, field: string): Promise<SequenceColumns> {
    const table = await this.tables.require(s.table, `${field}.table`);
    this.tables.requireColumns(table, [...s.keyColumns, s.nextColumn, s.maxColumn], field);
    return {
      table: { schema: table.schema, name: table.name },
      keyColumns: s.keyColumns,
      nextColumn: s.nextColumn,
      maxColumn: s.maxColumn,
    };
  }
}
