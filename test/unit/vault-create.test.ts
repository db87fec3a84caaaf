// R-IT-1 first-run setup is crash-safe: vault.db appears (by rename) only after its keys.json
// is durable, so an interrupted setup never leaves a vault whose key exists nowhere.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { keyFilePath, readKeyFile, vaultFilePath } from '../../electron/vault/keyfile';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const dirOf = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('Vault.create', () => {
  test('R-IT-1 leaves exactly vault.db and keys.json, and the recovery code opens it', async () => {
    const dir = dirOf();
    const { vault, recoveryCode } = await Vault.create(dir, testVaultOptions());
    expect(
      readdirSync(dir)
        .filter((f) => !f.startsWith('vault.db-'))
        .sort(),
    ).toEqual(['keys.json', 'vault.db']);
    expect(vault.db.prepare(`SELECT value FROM meta WHERE key = 'vaultId'`).pluck().get()).toBe(vault.vaultId);
    vault.close();
    const again = await Vault.unlockWithRecovery(dir, recoveryCode, testVaultOptions());
    expect(again?.vaultId).toBe(readKeyFile(dir).vaultId);
    again!.close();
  });

  test('R-IT-1 a setup that died while building the database (staging files, no keys.json) can simply run again', async () => {
    const dir = dirOf();
    writeFileSync(join(dir, 'vault.db.creating'), Buffer.alloc(8192, 0xab));
    writeFileSync(join(dir, 'vault.db.creating-wal'), Buffer.alloc(4096, 0xcd));
    const { vault } = await Vault.create(dir, testVaultOptions());
    vault.close();
    expect(readdirSync(dir).sort()).toEqual(['keys.json', 'vault.db']);
  });

  test('R-IT-1 a setup that died after writing keys.json but before vault.db was renamed can run again', async () => {
    const dir = dirOf();
    const first = await Vault.create(dir, testVaultOptions());
    first.vault.close();
    const staleKeys = readFileSync(keyFilePath(dir), 'utf8');
    const t = dirOf();
    writeFileSync(keyFilePath(t), staleKeys); // keys.json present, vault.db never appeared
    const { vault, recoveryCode } = await Vault.create(t, testVaultOptions());
    vault.close();
    expect(readFileSync(keyFilePath(t), 'utf8')).not.toBe(staleKeys);
    const v = await Vault.unlockWithRecovery(t, recoveryCode, testVaultOptions());
    expect(v).not.toBeNull();
    v!.close();
  });

  test('R-IT-1 vault.db without keys.json is refused (VAULT_EXISTS) and left untouched', async () => {
    const dir = dirOf();
    const { vault } = await Vault.create(dir, testVaultOptions());
    vault.close();
    const bytes = readFileSync(vaultFilePath(dir));
    const lonely = dirOf();
    writeFileSync(vaultFilePath(lonely), bytes);
    await expect(Vault.create(lonely, testVaultOptions())).rejects.toMatchObject({
      code: 'VAULT_EXISTS',
      message: expect.stringMatching(/keys\.json is missing/),
    });
    expect(readFileSync(vaultFilePath(lonely)).equals(bytes)).toBe(true);
    expect(readdirSync(lonely)).toEqual(['vault.db']);
  });

  test('R-IT-1 an existing vault is never overwritten', async () => {
    const dir = dirOf();
    const { vault } = await Vault.create(dir, testVaultOptions());
    vault.close();
    const before = readFileSync(keyFilePath(dir));
    await expect(Vault.create(dir, testVaultOptions())).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    expect(readFileSync(keyFilePath(dir)).equals(before)).toBe(true);
  });
});
