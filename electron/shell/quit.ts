// Ending the app with a session open = sign-out (checkpoint signed, key wiped, vault closed),
// exactly once, whichever comes first: 'before-quit' (quit, last window closed) or, on Windows,
// the window's 'session-end' (shutdown, restart, log-off), where Electron emits no before-quit.
// No `electron` import, so a test drives it with a fake context.
import type { AppContext } from '../core/context';

export interface SessionCloser {
  /** a session or an open vault is left to close */
  needed(): boolean;
  /**
   * Signs out once; every later call gets the same promise. signOut starts synchronously, so
   * endSession's work (audit entry, checkpoint, vault close — all synchronous) is done before
   * this returns: a 'session-end' handler cannot wait for a promise before Windows ends the process.
   */
  run(): Promise<void>;
}

export function sessionCloser(ctx: Pick<AppContext, 'vault' | 'session'>, signOut: () => Promise<void>): SessionCloser {
  let running: Promise<void> | null = null;
  const closeVault = () => {
    ctx.vault?.close();
    ctx.vault = null;
  };
  return {
    needed: () => !!(ctx.session || ctx.vault),
    run: () => {
      if (!running) {
        let first: Promise<void>;
        try {
          first = signOut();
        } catch (e) {
          first = Promise.reject(e);
        }
        running = first.catch((e) => console.error('[main] sign-out at quit failed', e)).finally(closeVault);
      }
      return running;
    },
  };
}
