// Handlers for the 'vault' part of the contract: first run, recovery confirmation, recovery.
import type { HandlerPart } from '../handlers';
import { DomainError } from '../../contract/result';
import { confirmRecovery, createVault } from '../../app/setup';
import { vaultStatus } from '../../app/status';
import { recoverAccount } from '../../auth/recover';

export const vaultHandlers: HandlerPart<'vault'> = {
  'vault.status': (_i, ctx) => vaultStatus(ctx),
  'vault.create': (i, ctx) => createVault(ctx, i),
  'vault.confirmRecovery': (i, ctx) => confirmRecovery(ctx, i.recoveryCode),
  // H2 wires electron/app/demo.ts here (it seeds with createVaultWithAdmin + createUser).
  'vault.createDemo': () => {
    throw new DomainError('INTERNAL', 'demo vault not available yet');
  },
  'vault.recover': (i, ctx) => recoverAccount(ctx, i),
};
