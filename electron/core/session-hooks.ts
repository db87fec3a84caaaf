// Domains that keep per-user state in main-process memory (e.g. validated import previews)
// declare `onSessionEnd` in their domain entry; electron/domains.ts registers it here and
// endSession runs them at lock / sign-out / idle so nothing read from the vault outlives the
// session. Registration instead of an import keeps people/ free of dependencies on later domains.
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';

type Cleanup = (userId: number) => void;
const cleanups = new Set<Cleanup>();

export function onSessionEnd(fn: Cleanup): void {
  cleanups.add(fn);
}

export function runSessionEndCleanups(userId: number): void {
  for (const fn of cleanups) {
    try {
      fn(userId);
    } catch (e) {
      console.error('[session] cleanup failed', e);
    }
  }
}

// Upkeep a later domain runs on the open vault at sign-in and before each signed-in call (the
// policy domain applies approved policy versions whose date has come, R-GOV-1). Registration,
// not an import, for the same reason as above. A failing upkeep is logged, never blocks the call.
type VaultUpkeep = (vault: Vault, clock: Clock) => void;
const upkeeps = new Set<VaultUpkeep>();

export function onVaultUse(fn: VaultUpkeep): void {
  upkeeps.add(fn);
}

export function runVaultUpkeep(vault: Vault, clock: Clock): void {
  for (const fn of upkeeps) {
    try {
      fn(vault, clock);
    } catch (e) {
      console.error('[vault] upkeep failed', e);
    }
  }
}
