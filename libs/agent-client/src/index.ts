export * from './agent-client';
export type { components as AgentComponents, paths as AgentPaths } from './transfer-agent.schema';
