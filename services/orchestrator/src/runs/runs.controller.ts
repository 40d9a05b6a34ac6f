import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Sse, type MessageEvent } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { ApiEventStream, ApiProblems, PageQueryDto } from '@cutover/common';
import type { Caller } from '../auth/api-keys.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { RequireRole, Role } from '../auth/roles';
import { RunEventsRepository } from './run-events.repository';
import { RunControlsService } from './run-controls.service';
import {
  ControlDto,
  CreateScriptRunDto,
  EndTaskDto,
  EventsQueryDto,
  ListTasksQueryDto,
  RunDto,
  RunEventDto,
  RunPageDto,
  RunProgressEventDto,
  RunStreamErrorDto,
  TaskDto,
  TaskPageDto,
  UpdateRunDto,
} from './runs.dto';
import { RunStreamService } from './run-stream.service';
import { RunsService } from './runs.service';
import { ScriptRunsService } from './script-runs.service';

@ApiTags('runs')
@Controller('v1/runs')
export class RunsController {
  constructor(
    private readonly runs: RunsService,
    private readonly scriptRuns: ScriptRunsService,
    private readonly controls: RunControlsService,
    private readonly events: RunEventsRepository,
    private readonly streams: RunStreamService,
  ) {}

  /**
   * Start a run of ad-hoc SQL scripts across systems: a DAG of tasks, `threads` executing at once.
   * Admin only: the SQL is arbitrary, like a script package's, whose upload needs admin too.
   */
  @Post()
  @RequireRole(Role.Admin)
  @ApiProblems({ 404: 'A system the request names does not exist (`errors[]` lists each).' })
  create(@Body() dto: CreateScriptRunDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    return this.scriptRuns.createScriptRun(dto, caller.actor);
  }

  /** List the runs (paged). */
  @Get()
  @RequireRole(Role.Viewer)
  list(@Query() query: PageQueryDto): Promise<RunPageDto> {
    return this.runs.list(query);
  }

  /** Status, counts per task status, rows done/total, rows/s and ETA. */
  @Get(':id')
  @RequireRole(Role.Viewer)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RunDto> {
    return this.runs.get(id);
  }

  /** The tasks of a run (paged, filterable by status). */
  @Get(':id/tasks')
  @RequireRole(Role.Viewer)
  tasks(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListTasksQueryDto): Promise<TaskPageDto> {
    return this.runs.tasks(id, query);
  }

  /** One task of a run. */
  @Get(':id/tasks/:taskId')
  @RequireRole(Role.Viewer)
  task(@Param('id', ParseUUIDPipe) id: string, @Param('taskId', ParseUUIDPipe) taskId: string): Promise<TaskDto> {
    return this.runs.task(id, taskId);
  }

  /** Every status change and operator action, oldest first. */
  @Get(':id/events')
  @RequireRole(Role.Viewer)
  async listEvents(@Param('id', ParseUUIDPipe) id: string, @Query() query: EventsQueryDto): Promise<RunEventDto[]> {
    await this.runs.get(id);
    return this.events.list(id, query.after ?? 0, query.limit ?? 1000);
  }

  /**
   * The same events as a server-sent event stream (reconnects resume from Last-Event-ID), plus a
   * `progress` event every 2 s: rows done/total, rows/s over the last interval, ETA, task counts.
   */
  @Sse(':id/events/stream')
  @RequireRole(Role.Viewer)
  @ApiProduces('text/event-stream')
  @ApiEventStream(
    "The run's events as they happen, and its progress every 2 s. An unknown run is one `error` event, then the end: the stream's 200 headers are sent before the run is looked up.",
    { progress: RunProgressEventDto, error: RunStreamErrorDto, '*': RunEventDto },
  )
  stream(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: EventsQueryDto,
    @Headers('last-event-id') lastEventId?: string,
  ): Promise<Observable<MessageEvent>> {
    return this.streams.stream(id, Number(lastEventId ?? query.after ?? 0) || 0);
  }

  /** Change a running run: `threads` takes effect at the next admission (seed: add threads during the copy). Audited. */
  @Patch(':id')
  @RequireRole(Role.Operator)
  @ApiProblems(409)
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateRunDto, @CurrentCaller() caller: Caller): Promise<RunDto> {
    await this.controls.setThreads(id, dto.threads, { actor: caller.actor, reason: dto.reason });
    return this.runs.get(id);
  }

  /**
   * Declare a failed, paused or canceled task ended (admin, with a reason): its dependents proceed.
   * Audited; the data upgrade report shows a table whose verification was ended by hand as not verified.
   */
  @Post(':id/tasks/:taskId/end')
  @RequireRole(Role.Admin)
  @HttpCode(204)
  @ApiProblems(409)
  endTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: EndTaskDto,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    return this.controls.endTaskByHand(id, taskId, { actor: caller.actor, reason: dto.reason });
  }

  /** Pause one task: it will not start (204), or 409 because it already started. */
  @Post(':id/tasks/:taskId/pause')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  pauseTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: ControlDto,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    return this.controls.pauseTask(id, taskId, { actor: caller.actor, reason: dto.reason });
  }

  /** Resume a paused task: it may start again. */
  @Post(':id/tasks/:taskId/resume')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  resumeTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: ControlDto,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    return this.controls.resumeTask(id, taskId, { actor: caller.actor, reason: dto.reason });
  }

  /** Run a failed or canceled task again (a new attempt). */
  @Post(':id/tasks/:taskId/rerun')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  rerunTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: ControlDto,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    return this.controls.rerunTask(id, taskId, { actor: caller.actor, reason: dto.reason });
  }

  /** Pause every task that is not executing yet. */
  @Post(':id/pause')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  pauseAll(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ControlDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.controls.pauseAll(id, { actor: caller.actor, reason: dto.reason });
  }

  /** Resume every paused task of the run. */
  @Post(':id/resume')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  resumeAll(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ControlDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.controls.resumeAll(id, { actor: caller.actor, reason: dto.reason });
  }

  /** Run every failed task of the run again (new attempts). */
  @Post(':id/rerun-failed')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  rerunFailed(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ControlDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.controls.rerunFailed(id, { actor: caller.actor, reason: dto.reason });
  }

  /** Cancel the run: pending tasks are canceled, executing operations are canceled on their agents. */
  @Post(':id/cancel')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  cancel(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ControlDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.controls.cancel(id, { actor: caller.actor, reason: dto.reason });
  }

  /** Hold dispatch (AX: remove the AOS from the batch group): executing tasks finish, nothing new starts. */
  @Post(':id/hold')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  hold(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ControlDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.controls.hold(id, true, { actor: caller.actor, reason: dto.reason });
  }

  /** Release a hold: dispatch starts again. */
  @Post(':id/release')
  @RequireRole(Role.Operator)
  @HttpCode(204)
  @ApiProblems(409)
  release(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ControlDto, @CurrentCaller() caller: Caller): Promise<void> {
    return this.controls.hold(id, false, { actor: caller.actor, reason: dto.reason });
  }
}
