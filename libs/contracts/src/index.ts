export * from './identifiers';
export * from './grants';
export * from './operations';
export * from './sql-batches';
export * from './deferred-objects';
export const CUTOVER_VERSION = '0.1.0';
export * from './backups';
export * from './type-names';
export * from './tls-errors';
