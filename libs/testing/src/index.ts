export * from './embedded-postgres';
export * from './eventually';
export * from './postgres-binaries';
export * from './postgres-user';
export * from './databases';
export * from './system-postgres';
export * from './test-server';
export * from './mssql-server';
