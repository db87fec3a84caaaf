// R-GOV-1: the KDF calibration target of new slots is the policy value 'vault.kdfTargetMs' in
// force (changed through a GM-approved version), not the option the vault was opened with.
// Calibration runs real scrypt with a scripted timer: no wall-clock time is asserted.
import { afterEach, describe, expect, test } from 'vitest';
import { endSession } from '../../electron/people/session';
import { signIn } from '../../electron/people/signIn';
import { policyValue } from '../../electron/settings/policyValues';
import { KDF_FLOOR } from '../../electron/vault/kdf';
import { readKeyFile } from '../../electron/vault/keyfile';
import { KDF_TARGET_POLICY_KEY } from '../../electron/vault/vault';
import { PW } from './auth-helpers';
import { scriptedTimer } from './kdf-helpers';
import { vaultWith } from './kit';
import { changePolicy, POLICY_USERS } from './policy-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('R-GOV-1 KDF target as a policy value', () => {
  test('R-GOV-1 R-IT-1 after an approved change, a re-wrapped slot is calibrated to the new target (the opening option is ignored)', async () => {
    const v = await vaultWith([...POLICY_USERS, { login: 'op', roles: ['operator'] }, { login: 'op2', roles: ['operator'] }]);
    cleanup = v.cleanup;
    const slotOf = (login: string) => readKeyFile(v.dir).slots.find((s) => s.kind === 'user' && s.login === login)!;
    // Calibrated sign-in (test slots are below the floor, so signing in re-wraps them). The floor
    // "costs" 600 ms: enough for a 300 ms target, too little for 1000 ms (then N doubles once).
    const calibrated = async (login: string, durations: number[]) => {
      const ctx = { ...v.ctx, kdfParams: undefined, kdfTargetMs: 300, kdfNow: scriptedTimer(durations).now };
      await signIn(ctx, login, PW);
      const inForce = policyValue<number>(ctx.vault!.db, KDF_TARGET_POLICY_KEY);
      await endSession(ctx, 'signOut');
      return inForce;
    };

    expect(await calibrated('op', [600, 1200])).toBe(300);
    expect(slotOf('op').kdf.params).toEqual(KDF_FLOOR); // target in force: the default 300 ms

    await changePolicy(v, KDF_TARGET_POLICY_KEY, 1000);
    await endSession(v.ctx, 'signOut');

    // the option still says 300 ms; the value in force (1000 ms, applied at this sign-in) decides
    expect(await calibrated('op2', [600, 1200])).toBe(1000);
    expect(slotOf('op2').kdf.params).toEqual({ ...KDF_FLOOR, N: KDF_FLOOR.N * 2 });
    expect(slotOf('op').kdf.params).toEqual(KDF_FLOOR); // existing slots are left as they are
  });
});
