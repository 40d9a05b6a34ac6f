export * from './agent-client';
export * from './agent-info';
export type { components as AgentComponents, paths as AgentPaths } from './transfer-agent.schema';
