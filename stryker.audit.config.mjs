// The audit-trail slice of the mutation run (issue 13, R-IT-1): the hash chain, its canonical
// form and the signed checkpoints / rollback check, against the unit files that exercise them
// (vitest.mutation-audit.config.mjs). `npx stryker run stryker.audit.config.mjs`; with
// MUTATION_TESTS=audit-chain.test.ts (that file alone) it took 18 min on the shared machine and
// killed 131 of 131 mutants. Results and how to read them: docs/mutation.md.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['electron/audit/canonical.ts', 'electron/audit/append.ts', 'electron/audit/checkpoint.ts'],
  vitest: { configFile: 'vitest.mutation-audit.config.mjs', related: false },
  checkers: [],
  concurrency: 1,
  // the machine is shared: the instrumented first run of these files can take minutes
  dryRunTimeoutMinutes: 20,
  htmlReporter: { fileName: 'test/output/mutation-audit/index.html' },
  jsonReporter: { fileName: 'test/output/mutation-audit/report.json' },
};
