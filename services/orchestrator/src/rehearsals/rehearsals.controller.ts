import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, PageQueryDto } from '@cutover/common';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { ForecastDto, ForecastQueryDto } from './forecast.dto';
import { ForecastService } from './forecast.service';
import {
  CompareRehearsalsQueryDto,
  CreateRehearsalDto,
  RehearsalComparisonDto,
  RehearsalDetailDto,
  RehearsalPageDto,
} from './rehearsals.dto';
import { RehearsalsService } from './rehearsals.service';

@ApiTags('rehearsals')
@Controller('v1/upgrades/:id')
export class RehearsalsController {
  constructor(
    private readonly rehearsals: RehearsalsService,
    private readonly forecasts: ForecastService,
  ) {}

  /**
   * Record a rehearsal (mock cutover): a label, the rehearsal system (a copy of production, maybe a
   * subset) and finished single-user preprocessing and/or data upgrade runs of this upgrade. The
   * rehearsal system's table sizes are read from its catalog now; timings stay in the runs' tasks.
   */
  @Post('rehearsals')
  @RequireRole(Role.Operator)
  @ApiOperation({ summary: 'Record a rehearsal from finished runs' })
  @ApiResponse({ status: 201, type: RehearsalDetailDto, description: 'recorded' })
  @ApiProblems({
    404: 'no such upgrade',
    409: 'a run is still running, or the label is taken',
    502: "the rehearsal system's agent did not list its tables",
  })
  create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateRehearsalDto,
    @CurrentCaller() caller: Caller,
  ): Promise<RehearsalDetailDto> {
    return this.rehearsals.create(id, dto, caller.actor);
  }

  /** The upgrade's rehearsals, oldest first, each with its runs and its window. */
  @Get('rehearsals')
  @RequireRole(Role.Viewer)
  @ApiOperation({ summary: "List the upgrade's rehearsals" })
  @ApiResponse({ status: 200, type: RehearsalPageDto })
  @ApiProblems({ 404: 'no such upgrade' })
  list(@Param('id', ParseUUIDPipe) id: string, @Query() query: PageQueryDto): Promise<RehearsalPageDto> {
    return this.rehearsals.list(id, query);
  }

  /**
   * Two rehearsals side by side, per table (span, rows, rows/s) and per script: change in seconds
   * and percent, new failures; new failures first, then the slowest movers.
   */
  @Get('rehearsals/compare')
  @RequireRole(Role.Viewer)
  @ApiOperation({ summary: 'Compare two rehearsals per table and script' })
  @ApiResponse({ status: 200, type: RehearsalComparisonDto })
  @ApiProblems({ 404: 'no such upgrade or rehearsal' })
  compare(@Param('id', ParseUUIDPipe) id: string, @Query() query: CompareRehearsalsQueryDto): Promise<RehearsalComparisonDto> {
    return this.rehearsals.compare(id, query.base, query.candidate);
  }

  /** One rehearsal with its per-table and per-script measures. */
  @Get('rehearsals/:rehearsalId')
  @RequireRole(Role.Viewer)
  @ApiOperation({ summary: 'Get a rehearsal with its per-table and per-script measures' })
  @ApiResponse({ status: 200, type: RehearsalDetailDto })
  @ApiProblems({ 404: 'no such upgrade or rehearsal' })
  get(@Param('id', ParseUUIDPipe) id: string, @Param('rehearsalId', ParseUUIDPipe) rehearsalId: string): Promise<RehearsalDetailDto> {
    return this.rehearsals.get(id, rehearsalId);
  }

  /**
   * Forecast production's single-user window from a rehearsal: each task's duration scaled to
   * production's current table sizes (its catalog), the runs' DAG scheduled with N threads by the
   * dispatcher's priorities. Answers the window, its critical path, a breakdown by phase, the
   * window at 1…16 threads, and the tasks that had no rehearsal measure with how they were estimated.
   */
  @Get('forecast')
  @RequireRole(Role.Viewer)
  @ApiOperation({ summary: "Forecast production's single-user window from a rehearsal" })
  @ApiResponse({ status: 200, type: ForecastDto })
  @ApiProblems({ 404: 'no such upgrade or rehearsal', 502: "production's agent did not give its table sizes" })
  forecast(@Param('id', ParseUUIDPipe) id: string, @Query() query: ForecastQueryDto): Promise<ForecastDto> {
    return this.forecasts.forecast(id, query);
  }
}
