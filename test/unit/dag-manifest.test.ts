import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCycles, graphProblems } from '../../services/orchestrator/src/common/dag';
import {
  manifestHash,
  missingSqlFor,
  ScriptPhase,
  validateManifest,
  type PackageManifest,
  type ScriptDefinition,
} from '../../services/orchestrator/src/packages/manifest';

const node = (key: string, ...dependsOn: string[]) => ({ key, dependsOn });

describe('dependency graphs: cycles and unknown dependencies', () => {
  it('a graph without cycles has none, whatever its order', () => {
    assert.deepEqual(findCycles([node('c', 'b'), node('b', 'a'), node('a'), node('d', 'a', 'c')]), []);
  });

  it('each cycle once, as the path that closes it; a self-dependency is a cycle', () => {
    assert.deepEqual(findCycles([node('a', 'b'), node('b', 'c'), node('c', 'a')]), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(findCycles([node('s', 's')]), [['s', 's']]);
    // Two separate cycles, and a tail into one of them that is not itself a cycle.
    assert.deepEqual(findCycles([node('x', 'a'), node('a', 'b'), node('b', 'a'), node('p', 'q'), node('q', 'p')]), [
      ['a', 'b', 'a'],
      ['p', 'q', 'p'],
    ]);
  });

  it('a cycle reached from two entry points is reported once', () => {
    assert.equal(findCycles([node('e1', 'a'), node('e2', 'b'), node('a', 'b'), node('b', 'a')]).length, 1);
  });

  it('duplicate keys merge their dependencies, so a cycle cannot hide behind one', () => {
    assert.deepEqual(findCycles([node('a'), node('b', 'a'), node('a', 'b')]), [['a', 'b', 'a']]);
  });

  it('a cycle path holds only the nodes on it, not siblings visited before', () => {
    // a → b is explored (and finished) before a → c → a closes: b is not on the cycle.
    assert.deepEqual(findCycles([node('a', 'b', 'c'), node('b'), node('c', 'a')]), [['a', 'c', 'a']]);
  });

  it('a dependency listed twice closes its cycle once', () => {
    assert.deepEqual(findCycles([node('a', 'b'), node('b', 'a', 'a')]), [['a', 'b', 'a']]);
  });

  it('two cycles through the same node are both reported', () => {
    assert.deepEqual(findCycles([node('a', 'b', 'c'), node('b', 'a'), node('c', 'a')]), [
      ['a', 'b', 'a'],
      ['a', 'c', 'a'],
    ]);
  });

  it('cycles whose keys run together alike (a+bc, ab+c) are told apart', () => {
    assert.deepEqual(findCycles([node('a', 'bc'), node('bc', 'a'), node('ab', 'c'), node('c', 'ab')]), [
      ['a', 'bc', 'a'],
      ['ab', 'c', 'ab'],
    ]);
  });

  it('each node is explored once: 60 layers of diamonds (2^60 paths) are checked at once', () => {
    // Layer i's two tasks both depend on both tasks of layer i + 1, as copy ranges wait on scripts.
    const nodes = Array.from({ length: 60 }, (_, i) => [
      node(`l${i}a`, ...(i < 59 ? [`l${i + 1}a`, `l${i + 1}b`] : [])),
      node(`l${i}b`, ...(i < 59 ? [`l${i + 1}a`, `l${i + 1}b`] : [])),
    ]).flat();
    const started = performance.now();
    assert.deepEqual(findCycles(nodes), []);
    assert.ok(performance.now() - started < 1000, 'findCycles must not walk a finished node again');
  });

  it('unknown dependencies are not cycles; graphProblems names them, duplicates and cycles', () => {
    assert.deepEqual(findCycles([node('a', 'ghost')]), []);
    assert.deepEqual(graphProblems([node('a', 'ghost'), node('b', 'c'), node('c', 'b'), node('a')], 'script'), [
      'duplicate script key a',
      'script a depends on unknown script ghost',
      'dependency cycle: b → c → b',
    ]);
    assert.deepEqual(graphProblems([node('t1'), node('t2', 't1')]), []);
    assert.deepEqual(graphProblems([node('t2', 't9')]), ['task t2 depends on unknown task t9']);
  });
});

const script = (key: string, phase: ScriptPhase, dependsOn: string[] = [], sql: ScriptDefinition['sql'] = { postgres: 'SELECT 1' }) =>
  ({ key, phase, description: key, dependsOn, reads: [], writes: [], sql }) satisfies ScriptDefinition;

const manifest = (over: Partial<PackageManifest> = {}): PackageManifest => ({
  name: 'p',
  version: '1',
  description: '',
  scripts: [],
  manualTasks: [],
  frameworkTables: [],
  numberSequences: [],
  copyRules: { include: [], exclude: [], rename: [] },
  ...over,
});

const sequence = (key: string, keyColumn: string, keyColumns?: string[]) => ({
  key,
  description: key,
  table: { schema: 'dbo', name: 'NUMBERSEQUENCETABLE' },
  keyColumn,
  ...(keyColumns ? { keyColumns } : {}),
  nextColumn: 'NEXTREC',
  maxColumn: 'HIGHEST',
});

describe('package manifests: every problem named at once', () => {
  it('a valid manifest has no problems; a script may depend on its own phase or an earlier one', () => {
    const ok = manifest({
      scripts: [
        script('live-1', ScriptPhase.Live),
        script('delta-1', ScriptPhase.Delta, ['live-1']),
        script('su-1', ScriptPhase.SingleUser, ['delta-1', 'live-1']),
        script('post-1', ScriptPhase.PostSync, ['su-1']),
        script('post-2', ScriptPhase.PostSync, ['post-1'], { mssql: 'SELECT 1' }),
      ],
      manualTasks: [{ key: 'm1', title: 't', description: 'd', required: true }],
      numberSequences: [sequence('CRM_1', 'NUMBERSEQUENCE', ['DATAAREAID', 'NUMBERSEQUENCE']), sequence('CRM_2', 'NUMBERSEQUENCE')],
    });
    assert.deepEqual(validateManifest(ok), []);
  });

  it('names duplicates, unknown and later-phase dependencies, scripts without SQL, and cycles', () => {
    const bad = manifest({
      scripts: [
        script('a', ScriptPhase.Live, ['b']),
        script('a', ScriptPhase.Live),
        script('b', ScriptPhase.Delta, ['ghost']),
        script('c', ScriptPhase.SingleUser, ['d']),
        script('d', ScriptPhase.SingleUser, ['c'], {}),
      ],
      manualTasks: [
        { key: 'm', title: 't', description: 'd', required: true },
        { key: 'm', title: 't', description: 'd', required: false },
      ],
      numberSequences: [
        sequence('S', 'NUMBERSEQUENCE'),
        sequence('S', 'NUMBERSEQUENCE'),
        sequence('T', 'NUMBERSEQUENCE', ['DATAAREAID']),
        sequence('U', 'NUMBERSEQUENCE', ['NUMBERSEQUENCE', 'NUMBERSEQUENCE']),
      ],
      // Named sequences: the same one twice is refused; another schema's of the same name is another sequence.
      sequences: [
        { schema: 'dbo', name: 'SEQ_A' },
        { schema: 'app', name: 'SEQ_A' },
        { schema: 'dbo', name: 'SEQ_A' },
      ],
    });
    assert.deepEqual(validateManifest(bad), [
      'duplicate script key a',
      'script a (live) depends on b, which runs in the later phase delta',
      'script b depends on unknown script ghost',
      'script d has no SQL for any engine',
      'dependency cycle: c → d → c',
      'duplicate manual task key m',
      'duplicate number sequence S',
      'number sequence T: keyColumns (DATAAREAID) must contain keyColumn NUMBERSEQUENCE',
      'number sequence U: keyColumns name a column twice',
      'duplicate sequence dbo.SEQ_A',
    ]);
  });

  it('names each script without SQL for an engine the upgrade uses', () => {
    const m = manifest({ scripts: [script('pg', ScriptPhase.Live), script('both', ScriptPhase.Live, [], { postgres: 'x', mssql: 'y' })] });
    assert.deepEqual(missingSqlFor(m, ['postgres']), []);
    assert.deepEqual(missingSqlFor(m, ['postgres', 'mssql']), ['script pg has no SQL for mssql']);
  });

  it('the hash ignores key order and formatting, and changes with any content', () => {
    const a = manifest({ scripts: [script('s', ScriptPhase.Live)] });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as PackageManifest;
    assert.equal(manifestHash(a), manifestHash(reordered));
    assert.match(manifestHash(a), /^[0-9a-f]{64}$/);
    assert.notEqual(manifestHash(a), manifestHash({ ...a, version: '2' }));
    assert.notEqual(manifestHash(a), manifestHash(manifest({ scripts: [script('s', ScriptPhase.Live, [], { postgres: 'SELECT 2' })] })));
    assert.notEqual(
      manifestHash(manifest({ scripts: [script('a', ScriptPhase.Live), script('b', ScriptPhase.Live)] })),
      manifestHash(manifest({ scripts: [script('b', ScriptPhase.Live), script('a', ScriptPhase.Live)] })),
      'script order is content (it is the order a person wrote them in)',
    );
  });
});
