// vault.status (public): what the first screen should be — setup, recovery confirmation, lock, or app.
import type { VaultStatus } from '../contract/types';
import { sessionInfo } from './sessionInfo';
import { readKeyFile } from '../vault/keyfile';
import { Vault } from '../vault/vault';
import type { AppContext } from '../core/context';
import { checkNetwork } from './networkGuard';
import { readDemoMarker } from '../core/demo-mark';

export function vaultStatus(ctx: AppContext): VaultStatus {
  // every status is also a check of the offline guard (R-IT-1): the banner shows what is true now
  const network = checkNetwork(ctx);
  if (!Vault.exists(ctx.dir)) return { state: 'uninitialised', vaultId: null, recoveryPending: false, session: null, lastLogin: null, network, demo: null };
  const kf = readKeyFile(ctx.dir);
  const open = ctx.vault?.isOpen && ctx.session ? { vault: ctx.vault, session: ctx.session } : null;
  return {
    state: open ? 'unlocked' : 'locked',
    vaultId: kf.vaultId,
    recoveryPending: kf.recoveryPending,
    session: open ? sessionInfo(open.vault, open.session) : null,
    lastLogin: kf.lastLogin,
    network,
    demo: readDemoMarker(ctx.dir),
  };
}
