// Mutation testing (npm run test:mutation; not part of npm test or CI): Stryker mutates the
// security code and runs the unit tests that cover each mutant. A surviving mutant is a change
// to that code that no test notices. Scope: the vault, the audit trail, people (sign-in,
// sessions, accounts, signatures) and the authorisation rules (dispatcher role check, every
// domain's contract access lists). A full run takes hours on two cores: narrow it with
// `npm run test:mutation -- --mutate "electron/audit/**/*.ts"` (see README, Testing notes).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json', // the main process and its tests (the renderer is not mutated)
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'electron/vault/**/*.ts',
    'electron/audit/**/*.ts',
    '!electron/audit/verifyMessages.ts', // message tables: wording, not checks
    'electron/people/**/*.ts',
    '!electron/people/**/strings*.ts',
    'electron/core/dispatch.ts',
    'electron/*/contract/calls.ts',
  ],
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test/output/mutation/index.html' },
  jsonReporter: { fileName: 'test/output/mutation/report.json' },
  // the sandbox copy: git-ignored, and outside every lint / tsc / vitest / prettier glob
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['out', 'build', 'release', 'dist', 'test/output', 'test-results', '.vault-dev'],
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
