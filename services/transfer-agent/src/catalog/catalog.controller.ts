import { createHash } from 'node:crypto';
import { BadRequestException, Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { formatTableRef } from '@cutover/contracts';
import { ApiTags } from '@nestjs/swagger';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import {
  DescribeTableQueryDto,
  FingerprintDto,
  FingerprintRequestDto,
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

  /** A stable hash of the named tables' definitions, to compare two databases' schemas (a read: POST only to carry the list). */
  @Post('fingerprint')
  @HttpCode(200)
  async fingerprint(@Body() body: FingerprintRequestDto): Promise<FingerprintDto> {
    const refs = body.tables.map((t) => ({ schema: t.schema, name: t.name }));
    const tables = await this.engine.fingerprint(refs);
    const hash = createHash('sha256')
      .update(JSON.stringify(tables.map((t) => [t.schema, t.name, t.hash])))
      .digest('hex');
    return { hash, tables };
  }

  /** Key-range bounds that split a table into parts of about equal rows (quantiles of the key, by default its copy key; row values when composite). */
  @Get('tables/:schema/:table/ranges')
  async ranges(@Param('schema') schema: string, @Param('table') name: string, @Query() query: RangesQueryDto): Promise<RangesDto> {
    const table = await this.tables.find({ schema, name }, 'table');
    if (!table) throw new NotFoundException(`table ${formatTableRef({ schema, name })} does not exist in the ${this.engine.kind} database`);
    const keyColumns = query.keyColumns ?? table.copyKey.columns;
    if (keyColumns.length === 0)
      throw new BadRequestException(
        `keyColumns: ${formatTableRef(table)} has no copy key (${table.copyKey.reason}); name the columns to split on`,
      );
    this.tables.keyRange(table, { keyColumns }, '', true);
    return { keyColumns, ...(await this.engine.splitRanges(table, keyColumns, query.parts)) };
  }

  /** Columns, keys, indexes, constraints, rows and size of one table (schema and name each one path segment, URL-encoded). */
  @Get('tables/:schema/:table')
  async describe(
    @Param('schema') schema: string,
    @Param('table') name: string,
    @Query() query: DescribeTableQueryDto,
  ): Promise<TableDefinitionDto> {
    const table = await this.tables.find({ schema, name }, 'table', query.exactCount ?? false);
    if (!table) throw new NotFoundException(`table ${formatTableRef({ schema, name })} does not exist in the ${this.engine.kind} database`);
    return table;
  }
}
