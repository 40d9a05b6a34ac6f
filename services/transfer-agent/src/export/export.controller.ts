import { ApiOwnSecurity } from '@cutover/common';
import { pipeline } from 'node:stream/promises';
import { BadRequestException, Controller, ForbiddenException, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formatTableRef, verifyGrant } from '@cutover/contracts';
import { Public } from '../auth/public.decorator';
import { TableResolver } from '../catalog/table-resolver';
import { AgentConfig } from '../config/agent.config';
import { NO_PROGRESS, type Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import { ExportQueryDto } from './export.dto';

@ApiTags('export')
@Controller('v1/export')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(AgentConfig) private readonly config: AgentConfig,
    private readonly tables: TableResolver,
  ) {}

  /**
   * The row stream another agent pulls for copy-range. Authorized by the `grant` (an HMAC over
   * table, key range and expiry keyed with this agent's token), not by the bearer token:
   * forged, expired or mismatched grants get 403.
   */
  @Get(':table')
  @Public()
  @ApiOwnSecurity('grant')
  @ApiProduces('application/octet-stream')
  async export(@Param('table') name: string, @Query() query: ExportQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ref = this.tables.parse(name, 'table');
    if ((query.from !== undefined || query.to !== undefined) && query.keyColumn === undefined) {
      throw new BadRequestException('from/to need keyColumn');
    }
    const check = verifyGrant(this.config.token, query.grant, {
      table: formatTableRef(ref),
      keyColumn: query.keyColumn ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
    });
    if (!check.ok) throw new ForbiddenException(`export refused: ${check.reason}`);
    const table = await this.tables.require(name, 'table');
    this.tables.requireColumns(table, query.columns, 'columns');
    if (query.keyColumn !== undefined) this.tables.requireColumns(table, [query.keyColumn], 'keyColumn');
    const controller = new AbortController();
    const stream = await this.engine.exportRange(
      {
        table,
        columns: query.columns,
        range: query.keyColumn === undefined ? null : { keyColumn: query.keyColumn, from: query.from ?? null, to: query.to ?? null },
      },
      query.format,
      { signal: controller.signal, progress: NO_PROGRESS },
    );
    res.status(200).type('application/octet-stream');
    res.setHeader('X-Cutover-Format', query.format);
    req.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      await pipeline(stream, res);
    } catch (error) {
      // The reader sees a cut stream and fails its copy; we only log.
      this.logger.warn(`export of ${formatTableRef(ref)} ended early: ${(error as Error).message}`);
    }
  }
}
