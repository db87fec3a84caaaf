// Child processes for the tests (the CLI, the crash children) run as ONE esbuild bundle in plain
// Node instead of through tsx: tsx transpiles the whole import graph at every start (about 2.3 s
// of CPU for the CLI on this machine, against 0.7 s for the bundle), and these tests start a
// child many times. The bundle is the same TypeScript with the types stripped, as tsx runs it;
// the native SQLCipher module stays external and is loaded from node_modules (NODE_PATH).
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export const ROOT = join(__dirname, '..', '..');

/** Bundles `entry` (relative to the repository root) into `outfile` as CommonJS for this Node. */
export function bundleForNode(entry: string, outfile: string): string {
  buildSync({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['better-sqlite3-multiple-ciphers'],
    logLevel: 'error',
  });
  return outfile;
}

/** The environment a bundled child needs to find node_modules from its temp folder. */
export const bundleEnv = (extra: Record<string, string> = {}) => ({ ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ...extra });
