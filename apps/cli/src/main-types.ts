import type { Context } from './context';

/** A command's action: the context first, then commander's arguments (positionals, then options). */
export type Action = (ctx: Context, ...args: never[]) => Promise<void>;
export type Run = (action: Action) => (...args: unknown[]) => Promise<void>;
