import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@cutover/common';
import type { Response } from 'express';
import { GetOperationQueryDto, ListOperationsQueryDto, OperationDto, RenewGrantDto, StartOperationDto } from './operations.dto';
import { OperationsService } from './operations.service';

@ApiTags('operations')
@Controller('v1/operations')
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  /**
   * Start an operation. 202 when it is new; 200 with the existing operation when this id was
   * started before with the same request (idempotent); 409 when the id was used for another request.
   * `waitSeconds` waits for it to finish before answering (long-poll).
   */
  @Post()
  @ApiResponse({ status: 202, type: OperationDto, description: 'accepted and queued' })
  @ApiResponse({ status: 200, type: OperationDto, description: 'this id already exists: the existing operation' })
  @ApiProblems({
    409: 'This id is taken by an operation with a different request, or the work conflicts with the database state (the detail says which).',
  })
  async start(
    @Body() dto: StartOperationDto,
    @Query() query: GetOperationQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OperationDto> {
    const { created } = await this.operations.start(dto);
    res.status(created ? 202 : 200);
    // With waitSeconds, a short operation answers finished in the same round trip.
    return this.operations.get(dto.id, query.waitSeconds ?? 0);
  }

  /** Operations this agent knows (since it started), optionally by status. */
  @Get()
  list(@Query() query: ListOperationsQueryDto): OperationDto[] {
    return this.operations.list(query.status);
  }

  /** Status, progress, result or error of one operation; `waitSeconds` long-polls until it finishes. */
  @Get(':id')
  get(@Param('id') id: string, @Query() query: GetOperationQueryDto): Promise<OperationDto> {
    return this.operations.get(id, query.waitSeconds ?? 0);
  }

  /**
   * Replace the export grant of a queued copy-range (the orchestrator renews grants of copies that
   * wait longer than half a grant's life). 409 once the copy started: its export already used its grant.
   */
  @Put(':id/grant')
  @ApiProblems({ 409: 'The operation takes no grant, or no longer waits for one (its export started).' })
  renewGrant(@Param('id') id: string, @Body() body: RenewGrantDto): OperationDto {
    return this.operations.renewGrant(id, body.grant);
  }

  /** Cancel the running statement. A canceled copy leaves its range as it was before (empty on a first attempt). */
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiProblems({ 409: 'The operation has already finished: nothing to cancel.' })
  cancel(@Param('id') id: string): Promise<OperationDto> {
    return this.operations.cancel(id);
  }
}
