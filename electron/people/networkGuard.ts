// Offline guard (R-IT-1): the archive room's rule is that secret material never goes over a
// public network, so the app notices when the workstation is connected. Each check lists the
// network interfaces (ctx.networkInterfaces: the app injects os.networkInterfaces), keeps the
// result on the context for vault.status (the renderer's banner), and writes one audit entry
// per change: into the trail while a vault is open, otherwise parked in keys.json and appended
// at the next unlock like the other events of a closed vault (signIn.ts replays pendingEvents).
import type { AppContext } from '../core/context';
import { connectedInterfaces, OFFLINE, type NetworkState } from '../core/network';
import { appendAudit } from '../audit/append';
import { updateKeyFile } from '../vault/keyfile';
import { Vault } from '../vault/vault';

/** how often the app checks (electron/main.ts) */
export const NETWORK_CHECK_MS = 2 * 60 * 1000;

/** The guard's state as vault.status reports it (no guard: offline). */
export function networkState(ctx: AppContext): NetworkState {
  return ctx.network ?? OFFLINE;
}

/**
 * One check. The first check of a process counts as a change only when the workstation is
 * connected (starting offline is the normal state); after that every change connected ↔ offline
 * is audited once. Without a networkInterfaces port there is no guard.
 */
export function checkNetwork(ctx: AppContext): NetworkState {
  if (!ctx.networkInterfaces) return networkState(ctx);
  let found;
  try {
    found = connectedInterfaces(ctx.networkInterfaces());
  } catch {
    found = null; // the OS would not say: keep the last state rather than claim offline
  }
  if (!found) return networkState(ctx);
  const before = ctx.network;
  const connected = found.length > 0;
  const now = ctx.clock.now().toISOString();
  const next: NetworkState = {
    connected,
    interfaces: found.map((i) => ({ name: i.name, address: i.address })),
    since: connected ? (before?.connected ? before.since : now) : null,
  };
  ctx.network = next;
  const changed = before ? before.connected !== connected : connected;
  if (changed)
    record(ctx, connected ? 'security.networkConnected' : 'security.networkDisconnected', now, { interfaces: connected ? found : (before?.interfaces ?? []) });
  return next;
}

function record(ctx: AppContext, action: 'security.networkConnected' | 'security.networkDisconnected', at: string, detail: Record<string, unknown>): void {
  const vault = ctx.vault;
  // nobody did it: the workstation's state, recorded without an actor
  const actor = { actorId: null, actorName: null };
  if (vault?.isOpen) {
    vault.tx((w) => appendAudit(w, ctx.clock, { ...actor, action, entity: 'workstation', entityId: null, detail, at }));
    return;
  }
  if (!Vault.exists(ctx.dir)) return; // before setup there is no trail to write to
  updateKeyFile(ctx.dir, (kf) => {
    kf.pendingEvents.push({ at, action, login: '', entity: 'workstation', entityId: null, detail });
  });
}
