export * from './problem-details';
export * from './config';
export * from './swagger';
export * from './http-app';
export * from './shutdown';
export * from './pagination';
export * from './redact';
export * from './table-ref.dto';
