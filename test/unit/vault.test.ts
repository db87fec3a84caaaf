import { afterEach, describe, expect, test } from 'vitest';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('vault', () => {
  test('R-IT-1 create, add a user slot, reopen with the password and with the recovery code', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const opts = testVaultOptions();
    const { vault, recoveryCode } = await Vault.create(t.dir, opts);
    vault.tx(() => vault.db.prepare(`INSERT INTO settings(key, value_json) VALUES ('x', '"客户档案"')`).run());
    await vault.setUserSlot(1, 'Admin', 'correct horse 1');
    vault.close();

    expect(await Vault.unlockWithPassword(t.dir, 'admin', 'wrong password 1', opts)).toBeNull();
    const un = await Vault.unlockWithPassword(t.dir, 'admin', 'correct horse 1', opts);
    expect(un).not.toBeNull();
    expect(un!.vault.db.prepare(`SELECT value_json FROM settings WHERE key='x'`).pluck().get()).toBe('"客户档案"');
    un!.vault.close();

    const rv = await Vault.unlockWithRecovery(t.dir, recoveryCode.toLowerCase().replace(/(.{4})/g, '$1-'), opts);
    expect(rv).not.toBeNull();
    rv!.close();
  });
});
