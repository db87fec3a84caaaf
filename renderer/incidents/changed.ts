// The incident badge, banner and list recount at once when this window changed an incident, and
// every 30 s (another workstation's report, a deadline passing).
import { useEffect, useState } from 'react';

const listeners = new Set<() => void>();
const POLL_MS = 30_000;

export function incidentsChanged(): void {
  for (const l of listeners) l();
}

/** A number that grows on every incidentsChanged(), every 30 s and on window focus: put it in a useLoad's deps. */
export function useIncidentsVersion(): number {
  const [v, setV] = useState(0);
  useEffect(() => {
    const bump = () => setV((n) => n + 1);
    listeners.add(bump);
    const timer = setInterval(bump, POLL_MS);
    window.addEventListener('focus', bump);
    return () => {
      listeners.delete(bump);
      clearInterval(timer);
      window.removeEventListener('focus', bump);
    };
  }, []);
  return v;
}
