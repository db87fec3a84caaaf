import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../electron/vault/clock';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';

/** A fresh temp folder per test; removed by the returned cleanup. */
export function tempDir(prefix = 'ar-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testVaultOptions(clock = new ManualClock()) {
  return { clock, kdfParams: FAST_TEST_KDF_PARAMS };
}
