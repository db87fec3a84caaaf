// R-IT-1 key slots: each password (and the recovery code) wraps the one data key with
// AES-256-GCM bound to its vault and slot; changing a slot rewrites keys.json only, atomically.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { deriveKek, DEFAULT_KDF_PARAMS, FAST_TEST_KDF_PARAMS, newKdfSpec } from '../../electron/vault/kdf';
import { keyFilePath, readKeyFile, vaultFilePath, writeKeyFile, type KeySlot } from '../../electron/vault/keyfile';
import { formatRecoveryCode, makeSlot, newDataKey, unwrapSlot } from '../../electron/vault/keyslots';
import { Vault } from '../../electron/vault/vault';
import { tempDir, testVaultOptions } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const PW = 'correct horse 档案 1';

async function vaultWithUser(): Promise<{ dir: string; vault: Vault; recoveryCode: string }> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const { vault, recoveryCode } = await Vault.create(t.dir, testVaultOptions());
  await vault.setUserSlot(1, 'Admin', PW);
  return { dir: t.dir, vault, recoveryCode };
}

const sha256File = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const userSlot = (dir: string) => readKeyFile(dir).slots.find((s) => s.kind === 'user')!;

function flipBase64Byte(b64: string, i = 0): string {
  const b = Buffer.from(b64, 'base64');
  b[i]! ^= 0x01;
  return b.toString('base64');
}

describe('key slots', () => {
  test('R-IT-1 the right password unlocks; a wrong password or unknown login gives null', async () => {
    const { dir, vault } = await vaultWithUser();
    vault.close();
    const opts = testVaultOptions();
    expect(await Vault.unlockWithPassword(dir, 'admin', 'correct horse 档案 2', opts)).toBeNull();
    expect(await Vault.unlockWithPassword(dir, 'nobody', PW, opts)).toBeNull();
    const ok = await Vault.unlockWithPassword(dir, 'ADMIN', PW, opts);
    expect(ok?.userId).toBe(1);
    ok!.vault.close();
  });

  test('R-IT-1 an unknown login costs as much time as a wrong password (no login enumeration by timing)', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const opts = { clock: testVaultOptions().clock }; // default (≥ 250 ms) KDF cost on purpose
    const { vault } = await Vault.create(t.dir, opts);
    await vault.setUserSlot(1, 'admin', PW);
    vault.close();
    const timed = async (login: string) => {
      const t0 = performance.now();
      expect(await Vault.unlockWithPassword(t.dir, login, 'wrong password 9', opts)).toBeNull();
      return performance.now() - t0;
    };
    const wrongPassword = await timed('admin');
    const unknownLogin = await timed('nobody');
    expect(wrongPassword).toBeGreaterThanOrEqual(250);
    // same order of magnitude; without the dummy KDF an unknown login answers in ~1 ms
    expect(unknownLogin).toBeGreaterThan(wrongPassword / 3);
  });

  test('R-IT-1 a slot copied into another vault does not open there (AAD binds vault and slot)', async () => {
    const a = await vaultWithUser();
    const b = await vaultWithUser();
    const slotA = userSlot(a.dir);
    // Control: the slot opens in its own vault.
    expect(await unwrapSlot(a.vault.vaultId, slotA, PW)).not.toBeNull();
    expect(await unwrapSlot(b.vault.vaultId, slotA, PW)).toBeNull();
    // Same vault, slot re-labelled with another id: also refused.
    expect(await unwrapSlot(a.vault.vaultId, { ...slotA, id: userSlot(b.dir).id }, PW)).toBeNull();
    a.vault.close();
    b.vault.close();
    // End to end: B's keys.json with A's slot in place of B's own gives null (not an exception).
    const kf = readKeyFile(b.dir);
    kf.slots = kf.slots.filter((s) => s.kind !== 'user').concat(slotA);
    writeKeyFile(b.dir, kf);
    expect(await Vault.unlockWithPassword(b.dir, 'admin', PW, testVaultOptions())).toBeNull();
  });

  test.each<[string, (s: KeySlot) => KeySlot]>([
    ['ciphertext', (s) => ({ ...s, wrapped: { ...s.wrapped, ct: flipBase64Byte(s.wrapped.ct, 5) } })],
    ['tag', (s) => ({ ...s, wrapped: { ...s.wrapped, tag: flipBase64Byte(s.wrapped.tag) } })],
    ['iv', (s) => ({ ...s, wrapped: { ...s.wrapped, iv: flipBase64Byte(s.wrapped.iv) } })],
    ['KDF salt', (s) => ({ ...s, kdf: { ...s.kdf, salt: flipBase64Byte(s.kdf.salt) } })],
  ])('R-IT-1 a tampered wrapped key (%s) gives null', async (_what, tamper) => {
    const { vault, dir } = await vaultWithUser();
    const slot = userSlot(dir);
    expect(await unwrapSlot(vault.vaultId, slot, PW)).not.toBeNull();
    expect(await unwrapSlot(vault.vaultId, tamper(slot), PW)).toBeNull();
    vault.close();
  });

  test('R-IT-1 the recovery code works typed with hyphens, spaces and lower case; a wrong code does not', async () => {
    const { dir, vault, recoveryCode } = await vaultWithUser();
    vault.close();
    const opts = testVaultOptions();
    for (const typed of [recoveryCode, formatRecoveryCode(recoveryCode), formatRecoveryCode(recoveryCode).toLowerCase(), ` ${recoveryCode.toLowerCase().replace(/(.{4})/g, '$1 ')} `]) {
      const v = await Vault.unlockWithRecovery(dir, typed, opts);
      expect(v, typed).not.toBeNull();
      v!.close();
    }
    const wrong = (recoveryCode[0] === 'A' ? 'B' : 'A') + recoveryCode.slice(1);
    expect(await Vault.unlockWithRecovery(dir, wrong, opts)).toBeNull();
  });

  test('R-IT-1 changing a password rewrites only keys.json: vault.db is byte-identical, old password stops working', async () => {
    const { dir, vault } = await vaultWithUser();
    vault.tx(() => vault.db.prepare(`INSERT INTO settings(key, value_json) VALUES ('k', '1')`).run());
    vault.db.pragma('wal_checkpoint(TRUNCATE)');
    const wal = `${vaultFilePath(dir)}-wal`;
    const dbBefore = sha256File(vaultFilePath(dir));
    const keysBefore = sha256File(keyFilePath(dir));
    expect(statSync(wal).size).toBe(0);

    await vault.setUserSlot(1, 'admin', 'a new password 2');

    expect(sha256File(vaultFilePath(dir))).toBe(dbBefore);
    expect(statSync(wal).size).toBe(0);
    expect(sha256File(keyFilePath(dir))).not.toBe(keysBefore);
    expect(readKeyFile(dir).slots.filter((s) => s.kind === 'user')).toHaveLength(1);
    vault.close();

    const opts = testVaultOptions();
    expect(await Vault.unlockWithPassword(dir, 'admin', PW, opts)).toBeNull();
    const ok = await Vault.unlockWithPassword(dir, 'admin', 'a new password 2', opts);
    expect(ok).not.toBeNull();
    ok!.vault.close();
  });

  test('R-IT-1 keys.json is written atomically: no temp files left; a stale temp from a crashed write is ignored', async () => {
    const { dir, vault } = await vaultWithUser();
    await vault.setUserSlot(2, 'clerk', 'clerk password 3');
    vault.updateKeyFile((kf) => (kf.lastLogin = 'admin'));
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    vault.close();

    // A previous process died mid-write: its half-written temp file is still there.
    const stale = `${keyFilePath(dir)}.tmp-99999`;
    writeFileSync(stale, '{"version":1,"vaultId":"garbage","slots":[');
    const kf = readKeyFile(dir);
    expect(kf.lastLogin).toBe('admin');
    const un = await Vault.unlockWithPassword(dir, 'clerk', 'clerk password 3', testVaultOptions());
    expect(un).not.toBeNull();
    // Writing again still works and leaves no temp file of its own.
    await un!.vault.setUserSlot(2, 'clerk', 'clerk password 4');
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual(['keys.json.tmp-99999']);
    expect(() => JSON.parse(readFileSync(keyFilePath(dir), 'utf8'))).not.toThrow();
    un!.vault.close();
  });
});

describe('KDF', () => {
  test('R-IT-1 the default scrypt parameters cost at least 250 ms on this machine', async () => {
    const spec = newKdfSpec();
    expect(spec.params).toEqual(DEFAULT_KDF_PARAMS);
    const t0 = performance.now();
    await deriveKek('a password', spec);
    const ms = performance.now() - t0;
    console.log(`scrypt ${JSON.stringify(DEFAULT_KDF_PARAMS)}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeGreaterThanOrEqual(250);
  });

  test('R-IT-1 KDF parameters and salt are stored per slot and used when unwrapping', async () => {
    const dataKey = newDataKey();
    const other = { N: 1 << 11, r: 8, p: 2 };
    const a = await makeSlot('v', dataKey, 'pw', { kind: 'recovery' }, FAST_TEST_KDF_PARAMS, new Date());
    const b = await makeSlot('v', dataKey, 'pw', { kind: 'recovery' }, other, new Date());
    expect(a.slot.kdf.params).toEqual(FAST_TEST_KDF_PARAMS);
    expect(b.slot.kdf.params).toEqual(other);
    expect(a.slot.kdf.salt).not.toBe(b.slot.kdf.salt);
    expect((await unwrapSlot('v', a.slot, 'pw'))?.dataKey.equals(dataKey)).toBe(true);
    expect((await unwrapSlot('v', b.slot, 'pw'))?.dataKey.equals(dataKey)).toBe(true);
    // The stored parameters matter: unwrapping b's slot with a's parameters fails.
    expect(await unwrapSlot('v', { ...b.slot, kdf: { ...b.slot.kdf, params: { ...FAST_TEST_KDF_PARAMS } } }, 'pw')).toBeNull();
  });

  test('R-IT-1 a vault created without test parameters stores the default (≥ 250 ms) parameters in its slots', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { vault } = await Vault.create(t.dir, { clock: testVaultOptions().clock });
    vault.close();
    const raw = JSON.parse(readFileSync(join(t.dir, 'keys.json'), 'utf8')) as { slots: KeySlot[] };
    expect(raw.slots.map((s) => s.kdf.params)).toEqual([DEFAULT_KDF_PARAMS]);
  });
});
