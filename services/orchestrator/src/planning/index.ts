/**
 * Copy planning, in one place and pure: which tables are copied (copy set), what keeps a table
 * from loading (column problems, mapping status), the columns and their order, the key ranges,
 * the priority, and the table structure a copy must respect. Callers ask the agents (list,
 * describe, split) and feed the answers in; readiness, the data upgrade plan, the state transfer
 * and the copy task builder all plan through here.
 */
export * from './columns';
export * from './copy-set';
export * from './key-ranges';
export * from './priority';
export * from './structure';
export * from './table-plan';
