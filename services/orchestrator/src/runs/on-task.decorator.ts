import { SetMetadata } from '@nestjs/common';
import type { TaskKind } from './task-kinds';

export const ON_TASK = Symbol('cutover:on-task');

/** Declares a provider as the handler of a task kind; the TaskHandlerRegistry finds it at boot. */
export const OnTask = (kind: TaskKind): ClassDecorator => SetMetadata(ON_TASK, kind);
