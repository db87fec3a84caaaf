// Layering rules (VS Code style, lint-enforced):
//  - renderer/** never imports node or electron, and from electron/ only contract parts
//    (electron/contract/** and electron/<domain>/contract/**)
//  - domain code (electron/<domain>/**) never imports the electron package
//  - contract parts are pure: zod and other contract parts only (the renderer bundles them)
//  - domains import each other only down DOMAIN_ORDER, and a later domain only through the
//    earlier one's public entry (electron/<domain>/index.ts) or its contract part
import { DOMAIN_ORDER, FOUNDATION } from './eslint.domains.mjs';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'stream', 'worker_threads', 'zlib', 'util'];
const CONTRACT_PURE = [
  {
    group: ['electron', 'electron/*', 'node:*', ...NODE_BUILTINS, 'better-sqlite3*'],
    message: 'the contract is pure TS + zod: it is bundled into the renderer',
  },
  // leaving the folder is allowed only into another contract part
  {
    regex: '^(\\.\\./)+(?!\\.\\./)(?!([a-z]+/)?contract(/|$))',
    message: 'a contract part imports only other contract parts (it is bundled into the renderer)',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test/output/**', 'test-results/**', 'build/native/**', '.stryker-tmp/**'] },
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
            {
              regex: '(^|/)electron/(?!contract(/|$)|[a-z]+/contract(/|$))',
              message: 'renderer may import only contract parts (electron/contract, electron/<domain>/contract)',
            },
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
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'domain code never imports electron (only electron/main.ts, preload.ts and electron/shell/**)' },
          ],
        },
      ],
    },
  },
  { files: ['electron/contract/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: CONTRACT_PURE }] } },
  ...domainOrderRules(),
  { files: ['**/*.{ts,tsx}'], rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] } },
);

/** Rule blocks per domain: no imports of later domains; earlier business domains only via their
 *  entry or contract part; a domain's contract part stays pure. (Flat config replaces a rule's
 *  options per block, so each block carries every pattern that applies to its files.)
 *  The rule sees only the import string, so the blocks go by folder depth: from electron/archive/
 *  '../policy' is the policy domain, from electron/archive/handlers/ it is archive's own policy.ts. */
function domainOrderRules() {
  const electronPkg = {
    group: ['electron', 'electron/*'],
    message: 'domain code never imports electron (only electron/main.ts, preload.ts and electron/shell/**)',
  };
  const DEPTHS = [0, 1, 2, 3];
  return DOMAIN_ORDER.flatMap((d, i) => {
    const later = DOMAIN_ORDER.slice(i + 1).filter((l) => !(FOUNDATION.includes(d) && FOUNDATION.includes(l)));
    const earlierBusiness = DOMAIN_ORDER.slice(0, i).filter((e) => !FOUNDATION.includes(e));
    /** the patterns for a file `depth` folders below electron/<d>/: what climbs exactly to electron/ */
    const order = (depth) => {
      const up = `^(\\./)?(\\.\\./){${depth + 1}}`;
      return [
        ...later.map((l) => ({
          regex: `${up}${l}(/|$)`,
          message: `${d} comes before ${l} in DOMAIN_ORDER (eslint.domains.mjs): it may not import it`,
        })),
        ...earlierBusiness.map((e) => ({
          regex: `${up}${e}/(?!contract(/|$)|index$)`,
          message: `import ${e} only through its public entry (../${e}) or its contract part`,
        })),
      ];
    };
    const below = (depth) => '*/'.repeat(depth);
    return DEPTHS.flatMap((depth) => [
      { files: [`electron/${d}/${below(depth)}*.ts`], rules: { 'no-restricted-imports': ['error', { patterns: [electronPkg, ...order(depth)] }] } },
      ...(depth >= 1
        ? [
            {
              files: [`electron/${d}/contract/${below(depth - 1)}*.ts`],
              rules: { 'no-restricted-imports': ['error', { patterns: [...CONTRACT_PURE, ...order(depth)] }] },
            },
          ]
        : []),
    ]);
  });
}
