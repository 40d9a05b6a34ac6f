import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument, stableStringify } from '@cutover/common';
import { EngineKind } from '@cutover/contracts';
import { AGENT_API, createAgentApp } from '../services/transfer-agent/src/app';
import { agentConfig } from '../services/transfer-agent/src/config/agent.config';
import { createOrchestratorApp, ORCHESTRATOR_API } from '../services/orchestrator/src/app';
import { orchestratorConfig } from '../services/orchestrator/src/config/orchestrator.config';

/** Where the checked-in specs live, relative to the repository root. */
export const OPENAPI_FILES = {
  agent: 'openapi/transfer-agent.json',
  orchestrator: 'openapi/orchestrator.json',
  agentClientTypes: 'libs/agent-client/src/transfer-agent.schema.ts',
  orchestratorClientTypes: 'libs/orchestrator-client/src/orchestrator.schema.ts',
} as const;

/**
 * Builds both OpenAPI documents from the decorators, without a database or a listening port
 * (Nest's preview mode instantiates nothing). Key order is sorted so the output is stable.
 */
export async function generateOpenApi(): Promise<Record<keyof typeof OPENAPI_FILES, string>> {
  const placeholder = 'postgres://unused@127.0.0.1:1/unused';
  const agent = await createAgentApp(
    agentConfig({ engine: EngineKind.Postgres, databaseUrl: placeholder, token: 'x'.repeat(32), name: 'openapi' }),
    { preview: true, logger: false },
  );
  const orchestrator = await createOrchestratorApp(orchestratorConfig({ databaseUrl: placeholder, secretKey: 'x'.repeat(32) }), {
    preview: true,
    logger: false,
  });
  try {
    const agentDocument = stableStringify(buildOpenApiDocument(agent, AGENT_API));
    const orchestratorDocument = stableStringify(buildOpenApiDocument(orchestrator, ORCHESTRATOR_API));
    return {
      agent: agentDocument,
      orchestrator: orchestratorDocument,
      agentClientTypes: await clientTypes(JSON.parse(agentDocument) as object, OPENAPI_FILES.agent),
      orchestratorClientTypes: await clientTypes(JSON.parse(orchestratorDocument) as object, OPENAPI_FILES.orchestrator),
    };
  } finally {
    await Promise.all([agent.close(), orchestrator.close()]);
  }
}

/** TypeScript types for a generated client (the agent client, the orchestrator client), from its spec by openapi-typescript. */
async function clientTypes(document: object, specFile: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const header = `// Generated from ${specFile} by \`npm run openapi\`. Do not edit.\n`;
  return header + astToString(ast);
}

/** The repository root, from dist/scripts or scripts. */
export function repoRoot(): string {
  return join(__dirname, __dirname.includes(`${join('dist', 'scripts')}`) ? '../..' : '..');
}

async function main(): Promise<void> {
  const docs = await generateOpenApi();
  for (const key of Object.keys(OPENAPI_FILES) as (keyof typeof OPENAPI_FILES)[]) {
    writeFileSync(join(repoRoot(), OPENAPI_FILES[key]), docs[key]);
    console.log(`wrote ${OPENAPI_FILES[key]}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
