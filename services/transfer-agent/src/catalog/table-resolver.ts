import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { checkIdentifier, formatTableRef, IdentifierError, type KeyBounds, type TableRef } from '@cutover/contracts';
import type { Engine, KeyRange, TableDefinition } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';

/** Turns table references from requests into catalog objects, or a 400 that names the bad value. */
@Injectable()
export class TableResolver {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  /** Checks both parts' shape (path parameters do not pass through a DTO). */
  check(ref: TableRef, field: string): TableRef {
    try {
      return { schema: checkIdentifier(ref.schema, 'schema name'), name: checkIdentifier(ref.name, 'table name') };
    } catch (error) {
      if (error instanceof IdentifierError) throw new BadRequestException(`${field}: ${error.message}`);
      throw error;
    }
  }

  async find(ref: TableRef, field: string, exactCount = false): Promise<TableDefinition | undefined> {
    return this.engine.describeTable(this.check(ref, field), { exactCount });
  }

  async require(ref: TableRef, field: string, exactCount = false): Promise<TableDefinition> {
    const table = await this.find(ref, field, exactCount);
    if (!table) throw new BadRequestException(`${field}: table ${formatTableRef(ref)} does not exist in the ${this.engine.kind} database`);
    return table;
  }

  requireColumns(table: TableDefinition, columns: string[], field: string): void {
    const known = new Set(table.columns.map((c) => c.name));
    const missing = columns.filter((c) => !known.has(c));
    if (missing.length > 0) {
      throw new BadRequestException(
        `${field}: column(s) ${missing.map((c) => JSON.stringify(c)).join(', ')} do not exist on ${formatTableRef(table)}`,
      );
    }
    const dupes = columns.filter((c, i) => columns.indexOf(c) !== i);
    if (dupes.length > 0) throw new BadRequestException(`${field}: column(s) listed twice: ${dupes.join(', ')}`);
  }

  /**
   * A key range checked against the table: its key columns exist, once each, and each bound holds
   * one value per key column (`field`: where the range sits in the request, '' at the top). With `notNull` (where rows are read by range: splits and exports)
   * the key columns must also be NOT NULL: a row whose key is NULL falls in no range.
   */
  keyRange(table: TableDefinition, range: Pick<KeyRange, 'keyColumns'> & Partial<KeyBounds>, field: string, notNull = false): KeyRange {
    const at = field ? `${field}.` : '';
    if (range.keyColumns.length === 0) throw new BadRequestException(`${at}keyColumns: name at least one key column`);
    this.requireColumns(table, range.keyColumns, `${at}keyColumns`);
    const nullable = range.keyColumns.filter((c) => table.columns.find((x) => x.name === c)?.nullable);
    if (notNull && nullable.length > 0)
      throw new BadRequestException(
        `${at}keyColumns: ${nullable.join(', ')} ${nullable.length > 1 ? 'are' : 'is'} nullable on ${formatTableRef(table)}; rows where a key column is NULL would fall in no range`,
      );
    for (const side of ['from', 'to'] as const) {
      const bound = range[side];
      if (bound && bound.length !== range.keyColumns.length)
        throw new BadRequestException(
          `${at}${side}: ${bound.length} value(s) for ${range.keyColumns.length} key column(s) (${range.keyColumns.join(', ')}); a bound holds one value per key column`,
        );
    }
    return { keyColumns: range.keyColumns, from: range.from ?? null, to: range.to ?? null };
  }
}
