export * from './http-observe';
export * from './logger';
export * from './metrics';
