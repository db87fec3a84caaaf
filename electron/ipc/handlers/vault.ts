// Handlers for the 'vault' part of the contract: first run, recovery confirmation, recovery.
import type { HandlerPart } from '../handlers';
import { createDemoForApp } from '../../app/demo';
import { confirmRecovery, createVault } from '../../app/setup';
import { vaultStatus } from '../../app/status';
import { recoverAccount } from '../../auth/recover';

export const vaultHandlers: HandlerPart<'vault'> = {
  'vault.status': (_i, ctx) => vaultStatus(ctx),
  'vault.create': (i, ctx) => createVault(ctx, i),
  'vault.confirmRecovery': (i, ctx) => confirmRecovery(ctx, i.recoveryCode),
  'vault.createDemo': (_i, ctx) => createDemoForApp(ctx),
  'vault.recover': (i, ctx) => recoverAccount(ctx, i),
};
