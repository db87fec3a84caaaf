// Idle lock: the main process (not the renderer) decides, every 15 s, whether the signed-in user
// has been idle longer than the setting; checkIdle then ends the session (checkpoint signed, key
// wiped, vault closed) and ctx.onSessionEnded reloads the window (see main.ts).
import type { AppContext } from '../core/context';
import { checkIdle } from '../people/session';

export const IDLE_CHECK_INTERVAL_MS = 15_000;

export function startIdleLock(ctx: AppContext, intervalMs = IDLE_CHECK_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkIdle(ctx)
      .catch((e) => console.error('[idle-lock] check failed', e))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
