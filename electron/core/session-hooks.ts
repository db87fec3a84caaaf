// Domains that keep per-user state in main-process memory (e.g. validated import previews)
// declare `onSessionEnd` in their domain entry; electron/domains.ts registers it here and
// endSession runs them at lock / sign-out / idle so nothing read from the vault outlives the
// session. Registration instead of an import keeps people/ free of dependencies on later domains.
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
