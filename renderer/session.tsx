// Session state shared by the screens: who is signed in, and the transitions the app shell owns
// (lock, sign-out, rules acknowledged).
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../electron/contract/types';

export interface SessionApi {
  session: SessionInfo;
  setSession: (s: SessionInfo) => void;
  lock: () => Promise<void>;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in screen');
  return s;
}
