export * from './service-config';
export * from './service-app';
export * from './service-main';
export * from './health.controller';
export * from './metrics.controller';
