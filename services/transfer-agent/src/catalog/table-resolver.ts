import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { IdentifierError, parseTableRef, type TableRef } from '@cutover/contracts';
import type { Engine, TableDefinition } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';

/** Turns names from requests into catalog objects, or a 400 that names the bad value. */
@Injectable()
export class TableResolver {
  constructor(@Inject(ENGINE) private readonly engine: Engine) {}

  parse(text: string, field: string): TableRef {
    try {
      return parseTableRef(text);
    } catch (error) {
      if (error instanceof IdentifierError) throw new BadRequestException(`${field}: ${error.message}`);
      throw error;
    }
  }

  async find(text: string, field: string, exactCount = false): Promise<TableDefinition | undefined> {
    return this.engine.describeTable(this.parse(text, field), { exactCount });
  }

  async require(text: string, field: string, exactCount = false): Promise<TableDefinition> {
    const table = await this.find(text, field, exactCount);
    if (!table) throw new BadRequestException(`${field}: table ${JSON.stringify(text)} does not exist in the ${this.engine.kind} database`);
    return table;
  }

  requireColumns(table: TableDefinition, columns: string[], field: string): void {
    const known = new Set(table.columns.map((c) => c.name));
    const missing = columns.filter((c) => !known.has(c));
    if (missing.length > 0) {
      throw new BadRequestException(
        `${field}: column(s) ${missing.map((c) => JSON.stringify(c)).join(', ')} do not exist on ${table.schema}.${table.name}`,
      );
    }
    const dupes = columns.filter((c, i) => columns.indexOf(c) !== i);
    if (dupes.length > 0) throw new BadRequestException(`${field}: column(s) listed twice: ${dupes.join(', ')}`);
  }
}
