// R-IT-1 key slots: each password (and the recovery code) wraps the one data key with
// AES-256-GCM bound to its vault and slot; changing a slot rewrites keys.json only, atomically.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  belowFloor,
  DEFAULT_KDF_TARGET_MS,
  deriveKek,
  deriveKekCalibrated,
  FAST_TEST_KDF_PARAMS,
  KDF_FLOOR,
  KDF_MAX_N,
  newKdfSpec,
  type KdfSpec,
} from '../../electron/vault/kdf';
import { keyFilePath, readKeyFile, vaultFilePath, writeKeyFile, type KeySlot } from '../../electron/vault/keyfile';
import { formatRecoveryCode, makeSlot, newDataKey, unwrapSlot } from '../../electron/vault/keyslots';
import { Vault } from '../../electron/vault/vault';
import { scriptedTimer } from './kdf-helpers';
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
    // No absolute time is asserted, only the two costs relative to each other within this run.
    // N=2^15 (32 MiB, tens of ms) makes the KDF dominate; without the dummy KDF an unknown
    // login answers in ~1 ms, i.e. 30–100× faster, far outside the bounds below.
    const opts = { clock: testVaultOptions().clock, kdfParams: { N: 1 << 15, r: 8, p: 1 } };
    const { vault } = await Vault.create(t.dir, opts);
    await vault.setUserSlot(1, 'admin', PW);
    vault.close();
    const timed = async (login: string) => {
      const t0 = performance.now();
      expect(await Vault.unlockWithPassword(t.dir, login, 'wrong password 9', opts)).toBeNull();
      return performance.now() - t0;
    };
    // interleaved, median of 5 each: one stall of a busy machine does not decide the outcome
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      wrong.push(await timed('admin'));
      unknown.push(await timed('nobody'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(1 / 4);
    expect(ratio).toBeLessThan(4);
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
    for (const typed of [
      recoveryCode,
      formatRecoveryCode(recoveryCode),
      formatRecoveryCode(recoveryCode).toLowerCase(),
      ` ${recoveryCode.toLowerCase().replace(/(.{4})/g, '$1 ')} `,
    ]) {
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

/** No real scrypt: records the parameters it was asked for. */
function fakeDerive() {
  const asked: KdfSpec['params'][] = [];
  const derive = async (_secret: string, spec: KdfSpec) => {
    asked.push({ ...spec.params });
    return Buffer.alloc(32, asked.length);
  };
  return { derive, asked };
}

describe('KDF calibration (injected timer, no real timing)', () => {
  test('R-IT-1 the floor is kept when one derivation there already costs the target', async () => {
    const timer = scriptedTimer([1000]);
    const { derive, asked } = fakeDerive();
    const r = await deriveKekCalibrated('pw', { kdfNow: timer.now, kdfTargetMs: 300 }, derive);
    expect(r.spec.params).toEqual(KDF_FLOOR);
    expect(asked).toEqual([KDF_FLOOR]); // one derivation: its KEK is the slot's KEK
    expect(r.ms).toBe(1000);
    expect(r.kek.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  test('R-IT-1 a fast machine raises N (power of two) until one derivation costs at least the target', async () => {
    // 2^17 costs 100 ms → linear estimate says ×3, i.e. the next power of two ×4 = 2^19 (400 ms)
    const timer = scriptedTimer([100, 400]);
    const { derive, asked } = fakeDerive();
    const r = await deriveKekCalibrated('pw', { kdfNow: timer.now, kdfTargetMs: 300 }, derive);
    expect(asked.map((p) => Math.log2(p.N))).toEqual([17, 19]);
    expect(r.spec.params).toEqual({ N: 1 << 19, r: 8, p: 1 });
    expect(r.trials).toEqual([
      { N: 1 << 17, ms: 100 },
      { N: 1 << 19, ms: 400 },
    ]);
    // the discarded trial's key is wiped, the kept one is the last derivation's
    expect(r.kek.equals(Buffer.alloc(32, 2))).toBe(true);
  });

  test('R-IT-1 an estimate that falls short doubles again; exactly the target is enough', async () => {
    const timer = scriptedTimer([160, 290, 300]);
    const { derive, asked } = fakeDerive();
    const r = await deriveKekCalibrated('pw', { kdfNow: timer.now, kdfTargetMs: 300 }, derive);
    expect(asked.map((p) => Math.log2(p.N))).toEqual([17, 18, 19]);
    expect(r.spec.params.N).toBe(1 << 19);
  });

  test('R-IT-1 never above N=2^20, however fast the machine (a timer that reports 0 ms)', async () => {
    const timer = scriptedTimer([0, 0, 0, 0]);
    const { derive, asked } = fakeDerive();
    const r = await deriveKekCalibrated('pw', { kdfNow: timer.now }, derive);
    expect(r.spec.params).toEqual({ N: KDF_MAX_N, r: 8, p: 1 });
    expect(asked.map((p) => p.N)).toEqual([KDF_FLOOR.N, KDF_MAX_N]);
    const slow = await deriveKekCalibrated('pw', { kdfNow: scriptedTimer([1, 1, 1, 1, 1]).now, kdfTargetMs: 1e9 }, fakeDerive().derive);
    expect(slow.spec.params.N).toBe(KDF_MAX_N);
    expect(slow.trials.at(-1)!.N).toBe(KDF_MAX_N);
  });

  test('R-IT-1 default target is 300 ms; the floor is OWASP scrypt N=2^17 r=8 p=1; weaker slots are below it', () => {
    expect(DEFAULT_KDF_TARGET_MS).toBe(300);
    expect(KDF_FLOOR).toEqual({ N: 1 << 17, r: 8, p: 1 });
    expect(belowFloor({ N: 1 << 16, r: 8, p: 1 })).toBe(true);
    expect(belowFloor({ N: 1 << 17, r: 4, p: 1 })).toBe(true);
    expect(belowFloor(FAST_TEST_KDF_PARAMS)).toBe(true);
    expect(belowFloor(KDF_FLOOR)).toBe(false);
    expect(belowFloor({ N: 1 << 19, r: 8, p: 1 })).toBe(false);
  });

  test('R-IT-1 a vault created without fixed parameters stores calibrated (≥ floor) parameters in its slot, and it opens', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    // the timer says every derivation costs 1 s: calibration keeps the floor after one real derivation
    const timer = scriptedTimer(Array(10).fill(1000));
    const { vault, recoveryCode } = await Vault.create(t.dir, { clock: testVaultOptions().clock, kdfNow: timer.now });
    vault.close();
    expect(timer.derivations).toBe(1);
    const raw = JSON.parse(readFileSync(join(t.dir, 'keys.json'), 'utf8')) as { slots: KeySlot[] };
    expect(raw.slots.map((s) => s.kdf.params)).toEqual([KDF_FLOOR]);
    // scrypt at the floor needs 128 MiB: maxmem is raised accordingly (Node's default 32 MiB would refuse)
    const v = await Vault.unlockWithRecovery(t.dir, recoveryCode, testVaultOptions());
    expect(v).not.toBeNull();
    v!.close();
  });

  test('R-IT-1 a recovery slot below the floor is re-wrapped when the code is used (calibrated mode); the event waits for the next sign-in', async () => {
    const { dir, vault, recoveryCode } = await vaultWithUser(); // explicit N=2^10
    vault.close();
    const before = readKeyFile(dir).slots.find((s) => s.kind === 'recovery')!;
    expect(before.kdf.params).toEqual(FAST_TEST_KDF_PARAMS);
    // fixed parameters: left alone
    (await Vault.unlockWithRecovery(dir, recoveryCode, testVaultOptions()))!.close();
    expect(readKeyFile(dir).slots.find((s) => s.kind === 'recovery')!.id).toBe(before.id);

    let t = 0;
    const v = await Vault.unlockWithRecovery(dir, recoveryCode, { clock: testVaultOptions().clock, kdfNow: () => (t += 1000) });
    expect(v).not.toBeNull();
    v!.close();
    const kf = readKeyFile(dir);
    const after = kf.slots.filter((s) => s.kind === 'recovery');
    expect(after).toHaveLength(1);
    expect(after[0]!.kdf.params).toEqual(KDF_FLOOR);
    expect(kf.slots.find((s) => s.kind === 'user')!.kdf.params).toEqual(FAST_TEST_KDF_PARAMS); // users: at their sign-in
    expect(kf.pendingEvents).toEqual([
      expect.objectContaining({ action: 'auth.kdfUpgrade', detail: { slot: 'recovery', from: FAST_TEST_KDF_PARAMS, to: KDF_FLOOR } }),
    ]);
    // the same code still opens it
    (await Vault.unlockWithRecovery(dir, recoveryCode, testVaultOptions()))!.close();
  });
});

describe('KDF', () => {
  test('R-IT-1 a spec without explicit parameters is at the floor; the same secret and salt give the same KEK', async () => {
    const spec = newKdfSpec();
    expect(spec.params).toEqual(KDF_FLOOR);
    const cheap = newKdfSpec(FAST_TEST_KDF_PARAMS);
    expect((await deriveKek('a password', cheap)).equals(await deriveKek('a password', { ...cheap }))).toBe(true);
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
});
