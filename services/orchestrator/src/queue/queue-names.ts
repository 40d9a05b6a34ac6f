/** Every pg-boss queue Cutover uses. One queue per kind of job. */
export enum QueueName {
  /** Start a task's agent operation and follow it to the end. */
  Tasks = 'cutover.tasks',
}

export interface TaskJob {
  taskId: string;
  /** The task's dispatch token when the job was sent; a job whose token is stale does nothing. */
  token: string;
  /** The X-Request-Id of the request (or task) that led to this dispatch: the task's log lines and agent calls carry it. */
  requestId?: string;
}

export interface QueueJobData {
  [QueueName.Tasks]: TaskJob;
}
