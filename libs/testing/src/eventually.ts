/** How long `eventually` polls, and what it says when that time is up. */
export interface EventuallyOptions<T> {
  /** Milliseconds from the call after which it fails (default 20 000). */
  deadline?: number;
  /**
   * What was awaited, for the failure: "timed out after N ms waiting for <message>". A function
   * receives the last value the probe returned (or the error it threw), to say where things stood.
   */
  message: string | ((last: T | undefined | false | Error) => string);
  /** Pause between probes (default 50 ms). */
  intervalMs?: number;
}

/**
 * Polls `fn` until it returns something other than undefined/false, and fails with `message` at
 * its own deadline: a wait never hangs until the runner's timeout, and never relies on a fixed
 * sleep being long enough on a loaded machine. Every `waitFor*` helper of the tests is built on it.
 * A probe that throws is tried again (the last error is named in the failure), except with
 * `GiveUp`: waiting longer cannot help (the process died), so that error ends the wait at once.
 */
export async function eventually<T>(
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  options: EventuallyOptions<T>,
): Promise<T> {
  const timeoutMs = options.deadline ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | false | Error;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > deadline) {
      const what = typeof options.message === 'function' ? options.message(last) : options.message;
      const detail = last instanceof Error && typeof options.message === 'string' ? `: ${last.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`, { cause: last instanceof Error ? last : undefined });
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 50));
  }
}

/** Thrown by a probe when waiting longer cannot help: `eventually` rethrows it at once. */
export class GiveUp extends Error {}
