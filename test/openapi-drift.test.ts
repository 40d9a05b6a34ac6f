import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateOpenApi, OPENAPI_FILES, repoRoot } from '../scripts/openapi';

describe('checked-in OpenAPI files', () => {
  it('match what the code generates', async () => {
    const generated = await generateOpenApi();
    for (const key of Object.keys(OPENAPI_FILES) as (keyof typeof OPENAPI_FILES)[]) {
      const file = OPENAPI_FILES[key];
      const onDisk = readFileSync(join(repoRoot(), file), 'utf8');
      assert.ok(onDisk === generated[key], `${file} is out of date with the code: run \`npm run openapi\` and commit the result`);
    }
  });

  it('give both generated clients every operation of their spec', () => {
    const pairs = [
      [OPENAPI_FILES.agent, OPENAPI_FILES.agentClientTypes],
      [OPENAPI_FILES.orchestrator, OPENAPI_FILES.orchestratorClientTypes],
    ] as const;
    for (const [spec, types] of pairs) {
      const paths = Object.keys((JSON.parse(readFileSync(join(repoRoot(), spec), 'utf8')) as { paths: object }).paths);
      const source = readFileSync(join(repoRoot(), types), 'utf8');
      assert.ok(paths.length > 10, `${spec} has paths`);
      for (const path of paths) assert.ok(source.includes(`"${path}": {`), `${types} lacks ${path}: run \`npm run openapi\``);
    }
  });
});
