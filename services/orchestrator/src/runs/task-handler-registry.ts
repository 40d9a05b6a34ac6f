import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ON_TASK } from './on-task.decorator';
import type { AnyTaskHandler, TaskHandler } from './task-handler';
import { TASK_KINDS, type TaskKind } from './task-kinds';

/**
 * Task kinds → handlers, found at boot among the providers declared with `@OnTask(kind)`. The boot
 * fails naming any kind without a handler, or with two.
 */
@Injectable()
export class TaskHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, AnyTaskHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const kind = this.reflector.get<TaskKind | undefined>(ON_TASK, metatype as object as new () => unknown);
      if (!kind) continue;
      if (this.handlers.has(kind)) throw new Error(`task kind ${kind} has two handlers`);
      // The one place a kind's handler is taken for any task: the task row's kind chose it.
      this.handlers.set(kind, instance as TaskHandler as unknown as AnyTaskHandler);
    }
    const missing = TASK_KINDS.filter((kind) => !this.handlers.has(kind));
    if (missing.length > 0) throw new Error(`no handler for task kind(s) ${missing.join(', ')}: declare one with @OnTask(kind)`);
  }

  get(kind: string): AnyTaskHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`no handler for task kind ${kind}`);
    return handler;
  }
}
