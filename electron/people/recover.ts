// Lost password: the recovery code unwraps the data key through its own slot; the user gets a
// new slot and a new signing key (the old one stays sealed under the forgotten password).
import type { AppContext } from '../core/context';
import { DomainError } from '../contract/result';
import { updateKeyFile } from '../vault/keyfile';
import { Vault, vaultOptions } from '../vault/vault';
import { findUserByLogin, rekeyUser } from './users';

export async function recoverAccount(ctx: AppContext, input: { recoveryCode: string; login: string; password: string }): Promise<void> {
  if (!Vault.exists(ctx.dir)) throw new DomainError('VAULT_MISSING', 'no vault');
  const vault = await Vault.unlockWithRecovery(ctx.dir, input.recoveryCode, vaultOptions(ctx));
  if (!vault) {
    updateKeyFile(ctx.dir, (kf) => {
      kf.pendingEvents.push({ at: ctx.clock.now().toISOString(), action: 'auth.recoverFailed', login: input.login.trim().toLowerCase(), detail: {} });
    });
    throw new DomainError('WRONG_PASSWORD', 'recovery code does not open the vault');
  }
  try {
    const user = findUserByLogin(vault.db, input.login);
    if (!user) throw new DomainError('NOT_FOUND', `no user ${input.login}`);
    await rekeyUser(vault, ctx.clock, user.id, input.password, {
      actor: { id: null, name: null },
      action: 'auth.recover',
      mustChangePassword: false,
    });
    vault.updateKeyFile((kf) => {
      delete kf.attempts[user.login.toLowerCase()];
    });
  } finally {
    vault.close();
  }
}
