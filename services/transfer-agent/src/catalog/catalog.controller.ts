import { createHash } from 'node:crypto';
import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import {
  DescribeTableQueryDto,
  FingerprintDto,
  FingerprintQueryDto,
  RangesDto,
  RangesQueryDto,
  TableDefinitionDto,
  TableSummaryDto,
} from './catalog.dto';
import { TableResolver } from './table-resolver';

@ApiTags('catalog')
@Controller('v1/catalog')
export class CatalogController {
  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    private readonly tables: TableResolver,
  ) {}

  /** User tables with estimated rows and size. */
  @Get('tables')
  list(): Promise<TableSummaryDto[]> {
    return this.engine.listTables();
  }

  /** A stable hash of the named tables' definitions, to compare two databases' schemas. */
  @Get('fingerprint')
  async fingerprint(@Query() query: FingerprintQueryDto): Promise<FingerprintDto> {
    const refs = query.tables.map((t, i) => this.tables.parse(t, `tables[${i}]`));
    const tables = await this.engine.fingerprint(refs);
    const hash = createHash('sha256')
      .update(JSON.stringify(tables.map((t) => [t.schema, t.name, t.hash])))
      .digest('hex');
    return { hash, tables };
  }

  /** Key-range bounds that split a table into parts of about equal rows (quantiles of the key). */
  @Get('tables/:table/ranges')
  async ranges(@Param('table') name: string, @Query() query: RangesQueryDto): Promise<RangesDto> {
    const table = await this.tables.find(name, 'table');
    if (!table) throw new NotFoundException(`table ${JSON.stringify(name)} does not exist in the ${this.engine.kind} database`);
    this.tables.requireColumns(table, [query.keyColumn], 'keyColumn');
    return { keyColumn: query.keyColumn, ...(await this.engine.splitRanges(table, query.keyColumn, query.parts)) };
  }

  /** Columns, keys, indexes, constraints, rows and size of one table (`schema.table`). */
  @Get('tables/:table')
  async describe(@Param('table') name: string, @Query() query: DescribeTableQueryDto): Promise<TableDefinitionDto> {
    const table = await this.tables.find(name, 'table', query.exactCount ?? false);
    if (!table) throw new NotFoundException(`table ${JSON.stringify(name)} does not exist in the ${this.engine.kind} database`);
    return table;
  }
}
