// The audit-trail part of the mutation run (issue 13): Stryker mutates
// electron/audit/{canonical,append,checkpoint}.ts and runs only the unit files that exercise the
// chain, its checkpoints and the rollback check — minutes instead of the whole suite's hours:
//   npx stryker run stryker.audit.config.mjs
// (results and the equivalent survivors: docs/mutation.md)
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// not mergeConfig: it would append this list to the base's include (the whole suite)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // MUTATION_TESTS=a.test.ts,b.test.ts narrows it further (a first pass with the fast files)
    include: process.env.MUTATION_TESTS?.split(',').map((f) => `test/unit/${f}`) ?? [
      'test/unit/tamper-matrix.test.ts',
      'test/unit/tamper-scenarios.test.ts',
      'test/unit/checkpoint.test.ts',
      'test/unit/verify.test.ts',
      'test/unit/archive-audit.test.ts',
      'test/unit/audit-query.test.ts',
      'test/unit/auth.test.ts',
      'test/unit/audit-chain.test.ts',
    ],
  },
});
