// Mutation testing of the pure modules (`npm run mutation`; not part of `npm test`): Stryker
// mutates the TypeScript, the project builds once with the mutants switchable, and each mutant
// runs the compiled unit tests that cover it (node:test through the TAP runner).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  buildCommand: 'npx nest build',
  // The unit tests of the mutated modules (the whole unit tier, T-SQL parsing included, does not
  // finish its instrumented dry run within Stryker's timeout on two cores).
  tap: {
    testFiles: [
      'dist/test/unit/grants.test.js',
      'dist/test/unit/identifiers.test.js',
      'dist/test/unit/sql-batches.test.js',
      'dist/test/unit/dag-manifest.test.js',
      'dist/test/unit/copy-tasks.test.js',
      'dist/test/unit/mssql-wire.test.js',
      'dist/test/unit/mssql-wire-codec.test.js',
      'dist/test/unit/binary-copy-counter.test.js',
    ],
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'libs/contracts/src/grants.ts',
    'libs/contracts/src/identifiers.ts',
    'libs/contracts/src/sql-batches.ts',
    'services/orchestrator/src/common/dag.ts',
    'services/orchestrator/src/copy/copy-tasks.ts',
    'services/orchestrator/src/packages/manifest.ts',
    'services/transfer-agent/src/engines/mssql/wire-codec.ts',
    'services/transfer-agent/src/engines/postgres/binary-copy-counter.ts',
  ],
  ignorePatterns: ['dist', '.stryker-tmp', 'reports', 'openapi', 'docs', 'bench'],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
