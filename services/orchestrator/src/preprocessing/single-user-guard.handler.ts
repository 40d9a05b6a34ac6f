import { Injectable } from '@nestjs/common';
import { OnTask } from '../runs/on-task.decorator';
import type { TaskPayload } from '../runs/task-kinds';
import { formatTableRef } from '@cutover/contracts';
import type { TaskSpec } from '../runs/run-spec';
import { TaskFailedError, TaskHandler, type TaskOutcome } from '../runs/task-handler';
import type { TaskRow } from '../runs/task-row';
import { SingleUserService } from '../systems/single-user.service';

/**
 * The guard as the last task of a run: after every other task, on one system in single-user mode
 * (`key` tells the source's guard from the target's in a data upgrade).
 */
export function singleUserGuardTask(upgradeId: string, systemId: string, after: string[], key = 'verify-single-user'): TaskSpec {
  return { key, kind: 'single-user-guard', systemId, payload: { upgradeId }, dependsOn: after };
}

/**
 * `single-user-guard`: the last task of a run that depends on a system being in single-user mode.
 * A change by any other login to any table since entry invalidates the upgrade (seed), so the run
 * does not end successfully and says which tables, which logins and how many rows.
 */
@Injectable()
@OnTask('single-user-guard')
export class SingleUserGuardHandler extends TaskHandler<'single-user-guard'> {
  constructor(private readonly singleUser: SingleUserService) {
    super();
  }

  async execute(task: TaskRow<TaskPayload<'single-user-guard'>>): Promise<TaskOutcome> {
    let report;
    try {
      report = await this.singleUser.violations(task.systemId!);
    } catch (error) {
      throw new TaskFailedError(`cannot verify single-user mode: ${(error as Error).message}`);
    }
    if (report.changes.length > 0) {
      const list = report.changes
        .map((c) => `${formatTableRef(c.table)}: ${c.changes} row(s)${c.truncated ? ' and a TRUNCATE' : ''} changed by ${c.login}`)
        .join('; ');
      throw new TaskFailedError(`other logins changed data after single-user mode was entered, which invalidates the upgrade: ${list}`);
    }
    if (report.guardedTables === 0) throw new TaskFailedError('the write guard is not installed: exit and enter single-user mode again');
    return { result: { violations: 0, guardedTables: report.guardedTables, attempts: report.attempts.length } };
  }

  override async cancel(): Promise<void> {
    // A short check inside the orchestrator: nothing to cancel on an agent.
  }
}
