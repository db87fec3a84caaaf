// Where the user was, kept across a lock (R-IT-1): after unlocking, the same user is back on the
// same screen with the same filters. Only the route and filter values are kept (in memory, never
// persisted); rows and details are loaded again through the vault, never cached here. Sign-out,
// or a different user signing in, forgets it.
import { useCallback, useState } from 'react';

const state = new Map<string, unknown>();
let owner: string | null = null;

/** At every sign-in / unlock: a different user starts from scratch. */
export function screenStateFor(login: string): void {
  if (owner !== login) state.clear();
  owner = login;
}

/** At sign-out (not at a lock). */
export function forgetScreenState(): void {
  state.clear();
  owner = null;
}

/** useState whose value survives a lock/unlock of the same user. */
export function useRestorable<T>(key: string, initial: T | (() => T)): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => (state.has(key) ? (state.get(key) as T) : typeof initial === 'function' ? (initial as () => T)() : initial));
  const set = useCallback(
    (v: T) => {
      state.set(key, v);
      setValue(v);
    },
    [key],
  );
  return [value, set];
}

/** A click-through (shell/navigate.ts): the target screen's filter values, read by its useRestorable on mount. */
export function presetScreenState(entries: Readonly<Record<string, unknown>>): void {
  for (const [k, v] of Object.entries(entries)) state.set(k, v);
}
