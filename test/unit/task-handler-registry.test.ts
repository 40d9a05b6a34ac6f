import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { OnTask } from '../../services/orchestrator/src/runs/on-task.decorator';
import { TaskHandlerRegistry } from '../../services/orchestrator/src/runs/task-handler-registry';
import { TASK_KINDS, type TaskKind } from '../../services/orchestrator/src/runs/task-kinds';

/** A provider declared as the handler of `kind` (a distinct class each, as real handlers are). */
function handlerOf(kind: TaskKind): new () => { kind: TaskKind } {
  const named = {
    [`Handler_${kind}`]: class {
      readonly kind = kind;
    },
  };
  const cls = named[`Handler_${kind}`];
  OnTask(kind)(cls);
  return cls;
}

/** Boots a Nest module holding the registry and these handlers: the registry's check runs on init. */
async function boot(kinds: readonly TaskKind[]): Promise<TaskHandlerRegistry> {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [TaskHandlerRegistry, ...kinds.map(handlerOf)],
  }).compile();
  await module.init();
  return module.get(TaskHandlerRegistry);
}

describe('task handlers are found at boot, and a kind without one stops the boot', () => {
  it('maps every kind to the provider declared with @OnTask(kind)', async () => {
    const registry = await boot(TASK_KINDS);
    for (const kind of TASK_KINDS) assert.equal((registry.get(kind) as unknown as { kind: string }).kind, kind);
    assert.throws(() => registry.get('no-such-kind'), /no handler for task kind no-such-kind/);
  });

  it('refuses to boot naming each kind without a handler', async () => {
    const without = TASK_KINDS.filter((k) => k !== 'copy-range' && k !== 'sync-sequences');
    await assert.rejects(boot(without), /no handler for task kind\(s\) copy-range, sync-sequences: declare one with @OnTask\(kind\)/);
  });

  it('refuses to boot when a kind has two handlers', async () => {
    await assert.rejects(boot([...TASK_KINDS, 'verify-table']), /task kind verify-table has two handlers/);
  });
});
