import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SystemsModule } from '../systems/systems.module';
import { AgentOperationRunner } from './agent-operation.handler';
import { AgentOperationTaskHandler } from './agent-operation-task.handler';
import { Dispatcher } from './dispatcher';
import { RunControlsService } from './run-controls.service';
import { RunStreamService } from './run-stream.service';
import { RunSweeper } from './run-sweeper';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';
import { ScriptRunsService } from './script-runs.service';
import { ScriptTaskHandler } from './script.handler';
import { RunHooks, TaskHandlerRegistry } from './task-handler-registry';
import { TaskWorker } from './task-worker';

@Module({
  imports: [EventsModule, SystemsModule],
  controllers: [RunsController],
  providers: [
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
  exports: [RunsService, RunControlsService, Dispatcher, TaskHandlerRegistry, RunHooks, AgentOperationRunner],
})
export class RunsModule {}
