// R-IT-1: the SQLCipher module is native code loaded into the main process from outside the asar
// (resources/native/better_sqlite3.node), so asar integrity never covers it — and asar integrity
// itself is enforced only on macOS and Windows. The packaged app therefore checks the module's
// SHA-256 against the value `npm run dist` computed when it built the module and baked into
// main.js (electron.vite.config.ts `define`), and refuses to load anything else. Pure (no `electron`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** null when the module may be loaded, else why not. Development (not packaged) is never checked. */
export function nativeModuleRefusal(path: string, expectedSha256: string, isPackaged: boolean, read: (p: string) => Uint8Array = readFileSync): string | null {
  if (!isPackaged) return null;
  if (!/^[0-9a-f]{64}$/.test(expectedSha256)) return 'this build carries no SHA-256 for the SQLCipher module (not built by npm run dist)';
  let bytes: Uint8Array;
  try {
    bytes = read(path);
  } catch (e) {
    return `cannot read ${path}: ${(e as Error).message}`;
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  return actual === expectedSha256 ? null : `${path} has SHA-256 ${actual}, this build expects ${expectedSha256}`;
}
