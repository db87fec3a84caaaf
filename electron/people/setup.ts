// First run: vault + first system administrator (三员分立: the first account administers
// accounts only) + recovery code. Shared by the app (vault.create) and the CLI (init, demo).
import { DomainError } from '../contract/result';
import { appendAudit } from '../audit/append';
import { createUser } from './users';
import { formatRecoveryCode } from '../vault/keyslots';
import { readKeyFile, updateKeyFile } from '../vault/keyfile';
import { Vault, vaultOptions, type VaultOptions } from '../vault/vault';
import type { AppContext } from '../core/context';
import { DEFAULT_SETTINGS, writeSettingsRows } from '../settings/settings';

export interface CreateVaultInput {
  adminLogin: string;
  adminName: string;
  orgName: string;
  password: string;
}

export interface CreatedVault {
  /** left OPEN for the caller (CLI demo seeding); close it when done */
  vault: Vault;
  /** formatted XXXX-XXXX-…, shown once */
  recoveryCode: string;
  adminId: number;
}

/**
 * Creates the vault and its first sysAdmin. keys.json keeps recoveryPending=true until the
 * code is typed back (confirmRecovery) unless `recoveryConfirmed` is set — the CLI prints the
 * code itself and the demo vault publishes it, so they have nothing to confirm.
 */
export async function createVaultWithAdmin(
  dir: string,
  input: CreateVaultInput,
  vaultOpts: VaultOptions,
  extra: { recoveryConfirmed?: boolean } = {},
): Promise<CreatedVault> {
  const { vault, recoveryCode } = await Vault.create(dir, vaultOpts);
  try {
    const clock = vaultOpts.clock;
    vault.write((w) => {
      writeSettingsRows(w, { ...DEFAULT_SETTINGS, orgName: input.orgName.trim() });
      appendAudit(w, clock, {
        actorId: null,
        actorName: null,
        action: 'vault.create',
        entity: 'vault',
        entityId: vault.vaultId,
        detail: { orgName: input.orgName.trim(), settings: { ...DEFAULT_SETTINGS, orgName: input.orgName.trim() } },
      });
    });
    const { id } = await createUser(
      vault,
      clock,
      { id: null, name: null },
      {
        login: input.adminLogin,
        displayName: input.adminName,
        roles: ['sysAdmin'],
        password: input.password,
      },
    );
    vault.updateKeyFile((kf) => {
      kf.maxFailedAttempts = DEFAULT_SETTINGS.maxFailedAttempts;
      if (extra.recoveryConfirmed) kf.recoveryPending = false;
    });
    return { vault, recoveryCode: formatRecoveryCode(recoveryCode), adminId: id };
  } catch (e) {
    vault.close();
    throw e;
  }
}

/** vault.create: the vault stays locked; the UI next asks for the recovery code, then sign-in. */
export async function createVault(ctx: AppContext, input: CreateVaultInput): Promise<{ recoveryCode: string }> {
  if (Vault.exists(ctx.dir)) throw new DomainError('VAULT_EXISTS', `a vault already exists in ${ctx.dir}`);
  const { vault, recoveryCode } = await createVaultWithAdmin(ctx.dir, input, vaultOptions(ctx));
  vault.close();
  return { recoveryCode };
}

/** Proves the operator wrote the code down: it must actually unwrap the recovery slot. */
export async function confirmRecovery(ctx: AppContext, code: string): Promise<void> {
  if (!Vault.exists(ctx.dir)) throw new DomainError('VAULT_MISSING', 'no vault');
  if (!readKeyFile(ctx.dir).recoveryPending) return;
  const vault = await Vault.unlockWithRecovery(ctx.dir, code, vaultOptions(ctx));
  if (!vault) throw new DomainError('WRONG_PASSWORD', 'recovery code does not open the vault');
  try {
    vault.tx((w) => appendAudit(w, ctx.clock, { actorId: null, actorName: null, action: 'vault.recoveryConfirmed', entity: 'vault', entityId: vault.vaultId }));
    updateKeyFile(ctx.dir, (kf) => {
      kf.recoveryPending = false;
    });
  } finally {
    vault.close();
  }
}
