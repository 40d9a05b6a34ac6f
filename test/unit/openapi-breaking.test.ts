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
const read = (file: string) => JSON.parse(readFileSync(join(repoRoot(), file), 'utf8')) as { info: { version: string } };
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
      if (major(pkg) > major(released.version)) return; // a new major may break
      const [before, after] = [read(released.file), read(file)];
      if (isDeepStrictEqual({ ...before, info: {} }, { ...after, info: {} })) return; // unchanged: no need to diff
      const result = await diffSpecs({
        sourceSpec: { content: JSON.stringify(before), location: released.file, format: 'openapi3' },
        destinationSpec: { content: JSON.stringify(after), location: file, format: 'openapi3' },
      });
      const breaking = result.breakingDifferencesFound
        ? result.breakingDifferences.map(
            (d) => `  ${d.code}: ${d.sourceSpecEntityDetails[0]?.location ?? d.destinationSpecEntityDetails[0]?.location ?? ''}`,
          )
        : [];
      assert.deepEqual(
        breaking,
        [],
        `${file} breaks the contract of ${released.file} (${breaking.length} change(s)); keep the old shape, or raise the major version (package.json and CUTOVER_VERSION) and copy the document to openapi/released/ at release`,
      );
    });
  }
});
