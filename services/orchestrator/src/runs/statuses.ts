/** Task statuses, after the AX batch vocabulary (Withhold → paused). */
export enum TaskStatus {
  Waiting = 'waiting',
  Ready = 'ready',
  Executing = 'executing',
  Ended = 'ended',
  Error = 'error',
  Paused = 'paused',
  Canceled = 'canceled',
}

export enum RunStatus {
  Running = 'running',
  Ended = 'ended',
  Error = 'error',
  Canceled = 'canceled',
}
