import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SystemsModule } from '../systems/systems.module';
import { AgentOperationRunner } from './agent-operation.handler';
import { Dispatcher } from './dispatcher';
import { RunControlsService } from './run-controls.service';
import { RunSweeper } from './run-sweeper';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';
import { ScriptTaskHandler } from './script.handler';
import { TASK_HANDLERS, type TaskHandler } from './task-handler';
import { TaskWorker } from './task-worker';

@Module({
  imports: [EventsModule, SystemsModule],
  controllers: [RunsController],
  providers: [
    Dispatcher,
    RunsService,
    RunControlsService,
    TaskWorker,
    RunSweeper,
    AgentOperationRunner,
    ScriptTaskHandler,
    { provide: TASK_HANDLERS, useFactory: (...handlers: TaskHandler[]) => handlers, inject: [ScriptTaskHandler] },
  ],
  exports: [RunsService, RunControlsService, Dispatcher],
})
export class RunsModule {}
