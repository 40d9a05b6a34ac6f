import { ApiOwnSecurity, ApiProblems, Public } from '@cutover/common';
import { pipeline } from 'node:stream/promises';
import { BadRequestException, Controller, ForbiddenException, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { redactUrl } from '@cutover/common';
import { formatTableRef, verifyGrant } from '@cutover/contracts';
import { TableResolver } from '../catalog/table-resolver';
import { AgentConfig } from '../config/agent.config';
import { NO_PROGRESS, type Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';
import { AgentMetrics } from '../metrics/agent-metrics';
import { exportCounter } from '../metrics/export-counter';
import { ExportQueryDto } from './export.dto';

@ApiTags('export')
@Controller('v1/export')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(
    @Inject(ENGINE) private readonly engine: Engine,
    @Inject(AgentConfig) private readonly config: AgentConfig,
    private readonly tables: TableResolver,
    private readonly metrics: AgentMetrics,
  ) {}

  /**
   * The row stream another agent pulls for copy-range. Authorized by the `grant` (an HMAC keyed
   * with this agent's token over table, key columns, bounds (row values: one `from` and one `to`
   * per key column), columns, format, the pulling operation's id and a short expiry), not by the
   * bearer token: forged, expired or mismatched grants get 403. A format this engine does not export is a 400 naming the ones it does.
   */
  @Get(':schema/:table')
  @Public()
  @ApiOwnSecurity('grant')
  @ApiProduces('application/octet-stream')
  @ApiResponse({
    status: 200,
    description: 'The rows of the granted range, in the requested `format`.',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems({ 403: 'The grant is forged, expired, or for another table, range, columns, format or operation.' })
  async export(
    @Param('schema') schema: string,
    @Param('table') name: string,
    @Query() query: ExportQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const ref = this.tables.check({ schema, name }, 'table');
    if ((query.from !== undefined || query.to !== undefined) && query.keyColumns === undefined) {
      throw new BadRequestException('from/to need keyColumns');
    }
    if (!this.engine.exportFormats.includes(query.format)) {
      throw this.refused(
        req,
        new BadRequestException(
          `format: this ${this.engine.kind} agent does not export ${query.format}; it exports ${this.engine.exportFormats.join(', ')}`,
        ),
      );
    }
    const check = verifyGrant(this.config.token, query.grant, {
      table: ref,
      keyColumns: query.keyColumns ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      columns: query.columns,
      format: query.format,
      operation: query.operation,
    });
    if (!check.ok) throw this.refused(req, new ForbiddenException(`export refused: ${check.reason}`));
    const table = await this.tables.require(ref, 'table');
    this.tables.requireColumns(table, query.columns, 'columns');
    const range = query.keyColumns === undefined ? null : this.tables.keyRange(table, { ...query, keyColumns: query.keyColumns }, '', true);
    // Listening before the stream exists: a reader gone while the export starts (its agent killed)
    // must still end it. The engine's stream holds a database session until it ends or is destroyed.
    const controller = new AbortController();
    req.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const stream = await this.engine.exportRange({ table, columns: query.columns, range }, query.format, {
      signal: controller.signal,
      progress: NO_PROGRESS,
    });
    if (res.destroyed || controller.signal.aborted) {
      stream.destroy();
      this.logger.warn(`export of ${formatTableRef(ref)} not sent: the reader went away while it started`);
      return;
    }
    res.status(200).type('application/octet-stream');
    res.setHeader('X-Cutover-Format', query.format);
    const closed = this.metrics.exportOpened();
    const counter = exportCounter(query.format, (rows, bytes) => this.metrics.transferred('exported', rows, bytes));
    try {
      await pipeline(stream, counter, res);
    } catch (error) {
      // pipeline() can reject without destroying its source (ERR_STREAM_UNABLE_TO_PIPE when the
      // response is already gone), and only destroying it gives the session back.
      stream.destroy();
      // The reader sees a cut stream and fails its copy; we only log.
      this.logger.warn(`export of ${formatTableRef(ref)} ended early: ${(error as Error).message}`);
    } finally {
      closed();
    }
  }

  /** A refused export is worth a line in the log (who asked for what), never with the grant in it. */
  private refused(req: Request, error: BadRequestException | ForbiddenException): Error {
    this.logger.warn(`${error.message}: GET ${redactUrl(req.originalUrl)} from ${req.ip ?? 'unknown address'}`);
    return error;
  }
}
