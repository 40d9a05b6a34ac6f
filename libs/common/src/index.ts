export * from './problem-details';
export * from './config';
export * from './swagger';
export * from './http-app';
export * from './http-input';
export * from './pagination';
