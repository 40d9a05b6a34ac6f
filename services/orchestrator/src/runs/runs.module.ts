import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { SystemsModule } from '../systems/systems.module';
import { AgentOperationRunner } from './agent-operation.runner';
import { AgentOperationTaskHandler } from './agent-operation-task.handler';
import { Dispatcher } from './dispatcher';
import { RunControlsService } from './run-controls.service';
import { RunStreamService } from './run-stream.service';
import { RunEventsRepository } from './run-events.repository';
import { RunRepository } from './run.repository';
import { RunSweeper } from './run-sweeper';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';
import { ScriptRunsService } from './script-runs.service';
import { ScriptTaskHandler } from './script.handler';
import { RunHooks } from './run-hooks';
import { TaskHandlerRegistry } from './task-handler-registry';
import { TaskTransitionsRepository } from './task-transitions.repository';
import { TaskWorker } from './task-worker';
import { TaskRepository } from './task.repository';

@Module({
  imports: [DiscoveryModule, SystemsModule],
  controllers: [RunsController],
  providers: [
    RunRepository,
    TaskRepository,
    TaskTransitionsRepository,
    RunEventsRepository,
    ScriptRunsService,
    Dispatcher,
    RunsService,
    RunControlsService,
    RunStreamService,
    TaskWorker,
    RunSweeper,
    AgentOperationRunner,
    ScriptTaskHandler,
    AgentOperationTaskHandler,
    TaskHandlerRegistry,
    RunHooks,
  ],
  exports: [
    RunRepository,
    TaskRepository,
    RunEventsRepository,
    RunsService,
    RunControlsService,
    Dispatcher,
    TaskHandlerRegistry,
    RunHooks,
    AgentOperationRunner,
  ],
})
export class RunsModule {}
