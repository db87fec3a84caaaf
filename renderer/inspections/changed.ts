// The badges and home alerts of the inspection, repair and environment screens recount when one of
// those screens changed something (and every minute, as time alone makes a plan due).
import { useEffect, useState } from 'react';

const listeners = new Set<() => void>();

/** Call after a change that may move a count (a reading, an action, a signature, a repair step). */
export function countsChanged(): void {
  for (const l of listeners) l();
}

/** A number that grows on every countsChanged() and every minute: put it in a useLoad's deps. */
export function useCountsVersion(): number {
  const [v, setV] = useState(0);
  useEffect(() => {
    const bump = () => setV((n) => n + 1);
    listeners.add(bump);
    const timer = setInterval(bump, 60_000);
    return () => {
      listeners.delete(bump);
      clearInterval(timer);
    };
  }, []);
  return v;
}
