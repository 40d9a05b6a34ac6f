import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diffSpecs } from 'openapi-diff';
import { CUTOVER_VERSION } from '@cutover/contracts';
import { OPENAPI_FILES, repoRoot } from '../../scripts/openapi';

/**
 * The published contract: each document's info.version is the package's version, and against the
 * previous release's document (openapi/released/<service>-<version>.json, copied there at each
 * release) it has no breaking change (removed operation or field, narrowed type, new required
 * input…, as openapi-diff classifies them) unless the major version was raised.
 */
type Document = { info: { title?: string; version: string } } & Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(join(repoRoot(), file), 'utf8')) as Document;
const major = (version: string) => Number(version.split('.')[0]);
const semverOrder = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

function previousRelease(service: string): { version: string; file: string } {
  const versions = readdirSync(join(repoRoot(), 'openapi', 'released'))
    .map((f) => new RegExp(`^${service}-(\\d+\\.\\d+\\.\\d+)\\.json$`).exec(f)?.[1])
    .filter((v): v is string => v !== undefined)
    .sort(semverOrder);
  assert.ok(versions.length > 0, `openapi/released/ has no ${service}-<version>.json: copy the last released document there`);
  const version = versions[versions.length - 1];
  return { version, file: `openapi/released/${service}-${version}.json` };
}

/**
 * The check itself: what in `after` breaks a client of `before` (openapi-diff's breaking
 * differences, one line each), or nothing when `after`'s major version is higher than `before`'s
 * (a new major may break). The checked-in documents and the synthetic pair below go through it alike.
 */
async function breakingChanges(before: Document, after: Document, names = { before: 'before', after: 'after' }): Promise<string[]> {
  if (major(after.info.version) > major(before.info.version)) return []; // a new major may break
  if (isDeepStrictEqual({ ...before, info: {} }, { ...after, info: {} })) return []; // unchanged: no need to diff
  const result = await diffSpecs({
    sourceSpec: { content: JSON.stringify(before), location: names.before, format: 'openapi3' },
    destinationSpec: { content: JSON.stringify(after), location: names.after, format: 'openapi3' },
  });
  return result.breakingDifferencesFound
    ? result.breakingDifferences.map(
        (d) => `  ${d.code}: ${d.sourceSpecEntityDetails[0]?.location ?? d.destinationSpecEntityDetails[0]?.location ?? ''}`,
      )
    : [];
}

describe('published OpenAPI contract', () => {
  const pkg = (JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version;

  it('info.version of both documents is the package version', () => {
    assert.equal(CUTOVER_VERSION, pkg, "CUTOVER_VERSION (libs/contracts) must be package.json's version: change both together");
    for (const file of [OPENAPI_FILES.orchestrator, OPENAPI_FILES.agent])
      assert.equal(read(file).info.version, pkg, `${file}: run \`npm run openapi\``);
  });

  for (const [service, file] of [
    ['orchestrator', OPENAPI_FILES.orchestrator],
    ['transfer-agent', OPENAPI_FILES.agent],
  ] as const) {
    it(`${file} breaks nothing of the previous release unless the major version was raised`, async () => {
      const released = previousRelease(service);
      // The document's info.version is the package's (the test above): its major is the one compared.
      const breaking = await breakingChanges(read(released.file), read(file), { before: released.file, after: file });
      assert.deepEqual(
        breaking,
        [],
        `${file} breaks the contract of ${released.file} (${breaking.length} change(s)); keep the old shape, or raise the major version (package.json and CUTOVER_VERSION) and copy the document to openapi/released/ at release`,
      );
    });
  }
});

describe('the breaking-change check fails on a breaking change (a small synthetic release pair)', () => {
  /** A released document: one run resource with a required `status`, and a cancel operation. */
  const released = (): Document => ({
    openapi: '3.0.0',
    info: { title: 'Cutover orchestrator', version: '0.1.0' },
    paths: {
      '/v1/runs/{id}': {
        get: {
          operationId: 'RunsController_get',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            '200': { description: 'The run.', content: { 'application/json': { schema: { $ref: '#/components/schemas/RunDto' } } } },
          },
        },
      },
      '/v1/runs/{id}/cancel': {
        post: {
          operationId: 'RunsController_cancel',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            '200': { description: 'The run.', content: { 'application/json': { schema: { $ref: '#/components/schemas/RunDto' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        RunDto: {
          type: 'object',
          required: ['id', 'status'],
          properties: { id: { type: 'string', format: 'uuid' }, status: { type: 'string', enum: ['running', 'ended'] } },
        },
      },
    },
  });
  const withVersion = (doc: Document, version: string): Document => ({ ...doc, info: { ...doc.info, version } });
  const withoutCancel = (): Document => {
    const doc = released();
    delete (doc.paths as Record<string, unknown>)['/v1/runs/{id}/cancel'];
    return doc;
  };
  const withoutStatus = (): Document => {
    const doc = released();
    const run = (doc.components as { schemas: { RunDto: { required: string[]; properties: Record<string, unknown> } } }).schemas.RunDto;
    run.required = ['id'];
    delete run.properties.status;
    return doc;
  };

  it('an unchanged document passes', async () => {
    assert.deepEqual(await breakingChanges(released(), withVersion(released(), '0.2.0')), []);
  });

  it('a removed operation fails the check, naming it', async () => {
    const breaking = await breakingChanges(released(), withVersion(withoutCancel(), '0.2.0'));
    assert.ok(breaking.length > 0, 'removing POST /v1/runs/{id}/cancel must be a breaking change');
    assert.match(breaking.join('\n'), /\/v1\/runs\/\{id\}\/cancel/);
  });

  it('a removed required response field fails the check', async () => {
    const breaking = await breakingChanges(released(), withVersion(withoutStatus(), '0.1.1'));
    assert.ok(breaking.length > 0, 'removing the required RunDto.status from a response must be a breaking change');
  });

  it('both pass once the major version is raised', async () => {
    assert.deepEqual(await breakingChanges(released(), withVersion(withoutCancel(), '1.0.0')), []);
    assert.deepEqual(await breakingChanges(released(), withVersion(withoutStatus(), '1.0.0')), []);
  });
});
