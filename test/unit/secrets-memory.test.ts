// R-IT-1 secrets leave memory: the data key, the KEKs and every unwrapped Ed25519 private key are
// overwritten once they are no longer needed (lock, sign-out, close, after signing). The test
// holds references to the very buffers and reads them afterwards. To see the transient buffers
// (an unwrapped slot, an opened private key) the two crypto helpers are wrapped by pass-through
// recorders: they call the real functions and return the real buffers, they only remember them.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { signRecord } from '../../electron/people/signatures';
import { recordVerification } from '../../electron/audit/verifications';
import { verifyOpenVault } from '../../electron/audit/verify';
import { ManualClock } from '../../electron/vault/clock';
import { Vault } from '../../electron/vault/vault';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { ADMIN_PW, PW, setupVault, signInMember } from './auth-helpers';
import { tempDir } from './helpers';

const seen = vi.hoisted(() => ({
  /** every private key opened (aead.open under a signing-key AAD) */
  privateKeys: [] as Buffer[],
  /** every slot unwrapped: its data key copy and its KEK */
  slots: [] as { dataKey: Buffer; kek: Buffer }[],
}));

vi.mock('../../electron/vault/aead', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/vault/aead')>();
  return {
    ...real,
    open: (key: Buffer, sealed: Parameters<typeof real.open>[1], aad: string) => {
      const out = real.open(key, sealed, aad);
      if (out && aad.startsWith('archive-room/signing-key/')) seen.privateKeys.push(out);
      return out;
    },
  };
});
vi.mock('../../electron/vault/keyslots', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/vault/keyslots')>();
  return {
    ...real,
    unwrapSlot: async (...args: Parameters<typeof real.unwrapSlot>) => {
      const out = await real.unwrapSlot(...args);
      if (out) seen.slots.push(out);
      return out;
    },
  };
});

const zeroed = (b: Buffer) => b.length > 0 && b.every((x) => x === 0);
/** a copy taken before the wipe: the buffer held a real (non-zero) secret */
const live = (b: Buffer) => Buffer.from(b);

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  seen.privateKeys.length = 0;
  seen.slots.length = 0;
});

const users = [
  { login: 'aud', roles: ['auditor' as const], name: '审计员甲' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '保密员乙' },
];

describe('R-IT-1 secrets leave memory', () => {
  test('R-IT-1 vault.close() overwrites the data key it holds (the very buffer withDataKey lends out)', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const { vault } = await Vault.create(t.dir, { clock: new ManualClock(), kdfParams: FAST_TEST_KDF_PARAMS });
    const held = vault.withDataKey((k) => k);
    const before = live(held);
    expect(held).toHaveLength(32);
    expect(zeroed(before)).toBe(false);
    vault.close();
    expect(zeroed(held)).toBe(true);
    expect(() => vault.withDataKey(() => 0)).toThrow(/locked/);
  });

  test.each(['signOut', 'lock', 'idle'] as const)('R-IT-1 %s wipes the vault data key and the session KEK', async (reason) => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    await signInMember(v.ctx, 'op');
    const dataKey = v.ctx.vault!.withDataKey((k) => k);
    const kek = v.ctx.session!.kek;
    expect([zeroed(dataKey), zeroed(kek)]).toEqual([false, false]);
    await endSession(v.ctx, reason);
    expect({ dataKey: zeroed(dataKey), kek: zeroed(kek) }).toEqual({ dataKey: true, kek: true });
  });

  test('R-IT-1 sign-in wipes the data key it unwrapped from the slot once the vault holds its own copy', async () => {
    const v = await setupVault([{ login: 'op', roles: ['operator'] }]);
    cleanup = v.cleanup;
    seen.slots.length = 0;
    await signIn(v.ctx, 'op', PW);
    expect(seen.slots).toHaveLength(1);
    const [slot] = seen.slots;
    expect(zeroed(slot!.dataKey)).toBe(true);
    // the KEK is the session's (it signs the checkpoint at sign-out), wiped then
    expect(slot!.kek).toBe(v.ctx.session!.kek);
    await endSession(v.ctx, 'signOut');
    expect(zeroed(slot!.kek)).toBe(true);
  });

  test('R-IT-1 signing at the machine wipes the signer’s unwrapped data key, KEK and private key (also when the signer is refused)', async () => {
    const v = await setupVault(users);
    cleanup = v.cleanup;
    await signInMember(v.ctx, 'aud');
    const report = verifyOpenVault(v.ctx.vault!, { clock: v.ctx.clock });
    const id = recordVerification(v.ctx.vault!, v.ctx.clock, { id: v.ids.aud!, name: '审计员甲' }, report, 'app');
    seen.slots.length = 0;
    seen.privateKeys.length = 0;

    const signed = await signRecord(v.ctx, { recordType: 'auditVerification', recordId: id, meaning: 'reviewed', signerLogin: 'sec', signerPassword: PW });
    expect(signed.valid).toBe(true);
    expect(seen.slots).toHaveLength(1);
    expect(seen.privateKeys).toHaveLength(1);
    expect({ dataKey: zeroed(seen.slots[0]!.dataKey), kek: zeroed(seen.slots[0]!.kek), privateKey: zeroed(seen.privateKeys[0]!) }).toEqual({
      dataKey: true,
      kek: true,
      privateKey: true,
    });

    // refused after the password was right (nobody witnesses their own run): same wipe
    seen.slots.length = 0;
    await expect(
      signRecord(v.ctx, { recordType: 'auditVerification', recordId: id, meaning: 'witnessed', signerLogin: 'aud', signerPassword: PW }),
    ).rejects.toMatchObject({
      code: 'SELF_APPROVAL',
    });
    expect(seen.slots).toHaveLength(1);
    expect({ dataKey: zeroed(seen.slots[0]!.dataKey), kek: zeroed(seen.slots[0]!.kek) }).toEqual({ dataKey: true, kek: true });
    // the operator's own session key is untouched by the signer's wipe
    expect(zeroed(v.ctx.session!.kek)).toBe(false);
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 the checkpoint at sign-out wipes the private key it opened to sign the head', async () => {
    const v = await setupVault([]);
    cleanup = v.cleanup;
    await signIn(v.ctx, 'admin', ADMIN_PW);
    seen.privateKeys.length = 0;
    await endSession(v.ctx, 'signOut');
    expect(seen.privateKeys).toHaveLength(1);
    expect(zeroed(seen.privateKeys[0]!)).toBe(true);
  });
});
