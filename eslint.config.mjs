// Layering rules (VS Code style, lint-enforced):
//  - renderer/** never imports node or electron, and from electron/ only electron/contract/**
//  - domain code (electron/<domain>/**) never imports the electron package
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'stream', 'worker_threads', 'zlib', 'util'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test/output/**', 'test-results/**', 'build/native/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // regex, not a gitignore group: 'electron/*' also matched '../electron/contract'
            { regex: '^electron(/.*)?$', message: 'renderer must not import electron: use window.api' },
            { group: ['node:*', ...NODE_BUILTINS], message: 'renderer must not import node modules' },
            { group: ['**/electron/*', '!**/electron/contract', '!**/electron/contract/**'], message: 'renderer may import only electron/contract' },
            { group: ['better-sqlite3*'], message: 'renderer never touches the database' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*'], message: 'domain code never imports electron (only electron/main.ts, preload.ts and electron/shell/**)' }] },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*', 'node:*', ...NODE_BUILTINS, '../*/**', 'better-sqlite3*'], message: 'the contract is pure TS + zod: it is bundled into the renderer' }] },
      ],
    },
  },
);
