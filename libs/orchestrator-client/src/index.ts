export * from './orchestrator-client';
export * from './run-stream';
export type { components as OrchestratorComponents, paths as OrchestratorPaths } from './orchestrator.schema';
