import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { OPENAPI_FILES, repoRoot } from '../../scripts/openapi';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string }; pointer: string }[];
}

/** What to change in the code (not in the generated JSON) when a rule fails. */
const HOW_TO_FIX: Record<string, string> = {
  'operation-summary':
    'give the controller method a JSDoc comment (/** What it does. */ above its decorators): the swagger plugin makes it the summary',
  'operation-tag-defined':
    "declare the controller's @ApiTags name in `tags` of ORCHESTRATOR_API / AGENT_API (the service's app.ts), with a description, and put it in one of `tagGroups`",
  'tag-description': 'give the tag a description in `tags` of ORCHESTRATOR_API / AGENT_API (app.ts)',
  'operation-4xx-response':
    'a route answers 400 at least (see addCommonProblems in libs/common/src/openapi-problems.ts); declare its other problems with @ApiProblems(404, 409, …)',
  'operation-4xx-problem-details-rfc7807':
    'declare error answers with @ApiProblems(…) (libs/common), not @ApiResponse: they are application/problem+json',
  'security-defined':
    'a route without credentials says so: @ApiOwnSecurity() (public) or @ApiOwnSecurity(<scheme>); a new scheme goes in `securitySchemes` of app.ts',
  'nullable-type-sibling': 'a property with `nullable: true` needs a `type` next to it (inside oneOf, put nullable on one branch)',
  struct: 'the swagger plugin produced an invalid schema: give the property an explicit @ApiProperty({ type, items, … })',
  'no-invalid-media-type-examples': 'an example does not match its schema: fix the example (or the schema) in the decorator',
  'operation-operationId-unique': 'two controller methods produce the same operationId (<Controller>_<method>): rename one',
};

const lint = promisify(execFile);

/** Runs Redocly CLI (a dev dependency, no network: telemetry and update checks off) with redocly.yaml. */
async function redoclyLint(file: string): Promise<{ totals: { errors: number; warnings: number }; problems: LintProblem[] }> {
  const cli = join(repoRoot(), 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  const args = [cli, 'lint', file, '--config', join(repoRoot(), 'redocly.yaml'), '--format=json'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' };
  const result = await lint(process.execPath, args, { cwd: repoRoot(), env, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`redocly lint did not run: ${error.stderr ?? String(error)}`);
      return { stdout: error.stdout };
    },
  );
  return JSON.parse(result.stdout) as { totals: { errors: number; warnings: number }; problems: LintProblem[] };
}

describe('OpenAPI documents (Redocly lint, recommended ruleset + redocly.yaml)', () => {
  for (const file of [OPENAPI_FILES.orchestrator, OPENAPI_FILES.agent]) {
    it(`${file}: 0 errors, 0 warnings`, async () => {
      const report = await redoclyLint(file);
      const lines = report.problems.map((p) => {
        const where = p.location[0]?.pointer ?? '';
        const fix = HOW_TO_FIX[p.ruleId] ?? 'see the rule’s page, then fix the decorators or scripts/openapi.ts and run `npm run openapi`';
        return `  ${p.severity} ${p.ruleId} at ${decodeURIComponent(where.replace(/~1/g, '/'))}: ${p.message}\n    → ${fix}`;
      });
      assert.equal(
        report.totals.errors + report.totals.warnings,
        0,
        `${file}: ${report.totals.errors} error(s), ${report.totals.warnings} warning(s). Change the code, then \`npm run openapi\`:\n${lines.join('\n')}`,
      );
    });
  }

  it('every schema property shows an example value (integrators read the rendered samples)', () => {
    interface Schema {
      type?: string;
      example?: unknown;
      $ref?: string;
      enum?: unknown[];
      allOf?: unknown[];
      oneOf?: unknown[];
      items?: Schema;
      properties?: Record<string, Schema>;
    }
    // A boolean's sample (`true`) and an enum's first value are real values already; a $ref shows its own schema's.
    const exempt = (s: Schema) =>
      s.example !== undefined || s.$ref || s.allOf || s.oneOf || s.enum || s.items?.$ref || s.items?.enum || s.type === 'boolean';
    for (const file of [OPENAPI_FILES.orchestrator, OPENAPI_FILES.agent]) {
      const doc = JSON.parse(readFileSync(join(repoRoot(), file), 'utf8')) as { components: { schemas: Record<string, Schema> } };
      const missing = Object.entries(doc.components.schemas).flatMap(([name, schema]) =>
        schema.example !== undefined
          ? []
          : Object.entries(schema.properties ?? {})
              .filter(([, property]) => !exempt(property))
              .map(([property]) => `${name}.${property}`),
      );
      assert.deepEqual(
        missing,
        [],
        `${file}: properties without an example; give each a realistic AX value in its DTO (JSDoc \`@example 'dat'\` or @ApiProperty({ example })), then \`npm run openapi\``,
      );
    }
  });

  it('put every tag in exactly one x-tagGroups group (Redoc hides the operations of an ungrouped tag)', () => {
    for (const file of [OPENAPI_FILES.orchestrator, OPENAPI_FILES.agent]) {
      const doc = JSON.parse(readFileSync(join(repoRoot(), file), 'utf8')) as {
        tags: { name: string }[];
        'x-tagGroups': { name: string; tags: string[] }[];
      };
      const grouped = doc['x-tagGroups'].flatMap((g) => g.tags);
      for (const { name } of doc.tags) {
        const count = grouped.filter((t) => t === name).length;
        assert.equal(
          count,
          1,
          `${file}: tag ${name} is in ${count} of tagGroups; put it in exactly one (tagGroups in the service's app.ts)`,
        );
      }
      for (const name of grouped)
        assert.ok(
          doc.tags.some((t) => t.name === name),
          `${file}: tagGroups names ${name}, which is not a declared tag`,
        );
    }
  });
});
