// Handlers for the 'vault' part of the contract: first run, recovery confirmation, recovery.
import type { HandlerPart } from '../../core/handlers';
import { createDemoForApp, setDemoAsideForApp } from '../../demo';
import { confirmRecovery, createVault } from '../setup';
import { vaultStatus } from '../status';
import { recoverAccount } from '../recover';

export const vaultHandlers: HandlerPart<'vault'> = {
  'vault.status': (_i, ctx) => vaultStatus(ctx),
  'vault.create': (i, ctx) => createVault(ctx, i),
  'vault.confirmRecovery': (i, ctx) => confirmRecovery(ctx, i.recoveryCode),
  'vault.createDemo': (_i, ctx) => createDemoForApp(ctx),
  'vault.demoSetAside': (_i, ctx) => setDemoAsideForApp(ctx),
  'vault.recover': (i, ctx) => recoverAccount(ctx, i),
};
