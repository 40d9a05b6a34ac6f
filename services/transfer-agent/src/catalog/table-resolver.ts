import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { checkIdentifier, formatTableRef, IdentifierError, type TableRef } from '@cutover/contracts';
import type { Engine, TableDefinition } from '../engines/engine';
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
}
