// The unit tests Stryker runs against each mutant (npm run test:mutation): the whole unit suite
// minus what cannot see a mutant of the mutated folders or only costs time there — the crash
// test (it kills bundled children), the PDF print pipeline (Chromium + poppler), packaging and
// Electron start-up scripts.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/unit/crash.test.ts',
        'test/unit/print.test.ts',
        'test/unit/*-print.test.ts',
        'test/unit/scripts-*.test.ts',
        'test/unit/shell-*.test.ts',
        'test/unit/security-fuses.test.ts',
        'test/unit/security-native.test.ts',
        'node_modules/**',
      ],
    },
  }),
);
