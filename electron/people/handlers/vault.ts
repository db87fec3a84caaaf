// Handlers for the 'vault' part of the contract: first run, recovery confirmation, recovery.
import type { HandlerPart } from '../../core/handlers';
import { confirmRecovery, createVault } from '../setup';
import { vaultStatus } from '../status';
import { recoverAccount } from '../recover';

export const vaultHandlers: HandlerPart<'vault'> = {
  'vault.status': (_i, ctx) => vaultStatus(ctx),
  'vault.create': (i, ctx) => createVault(ctx, i),
  'vault.confirmRecovery': (i, ctx) => confirmRecovery(ctx, i.recoveryCode),
  // loaded on use: the demo runs every domain's seeder (electron/demo.ts → electron/domains.ts),
  // and a static import would close the cycle domains → people → this file → demo → domains
  'vault.createDemo': async (_i, ctx) => (await import('../../demo')).createDemoForApp(ctx),
  'vault.recover': (i, ctx) => recoverAccount(ctx, i),
};
