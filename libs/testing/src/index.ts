export * from './embedded-postgres';
export * from './postgres-binaries';
export * from './postgres-user';
export * from './databases';
export * from './system-postgres';
