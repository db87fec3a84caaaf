// Idle tracking in the renderer: mouse/keyboard activity is reported to main with auth.touch
// (at most every 30 s, so the main-process idle timer restarts), and when the operator has been
// idle for the policy's minutes the renderer locks too — the lock screen shows without waiting
// for the next call to fail. WARN_BEFORE_MS before that a warning counts down (继续工作 keeps the
// session: it is activity, reported to main at once), so a half-filled form is never lost unseen.
import { useCallback, useEffect, useRef, useState } from 'react';

const TOUCH_EVERY_MS = 30_000;
const CHECK_EVERY_MS = 1_000;
export const WARN_BEFORE_MS = 60_000;

/** Seconds left before the idle lock while the warning shows, else null. */
export function idleWarningSeconds(idleForMs: number, idleMinutes: number): number | null {
  const left = idleMinutes * 60_000 - idleForMs;
  return left > 0 && left <= WARN_BEFORE_MS ? Math.ceil(left / 1000) : null;
}

export function useIdleLock(idleMinutes: number, touch: () => void, lock: () => void): { warning: number | null; keepWorking: () => void } {
  const last = useRef(Date.now());
  const lastTouch = useRef(Date.now());
  const [warning, setWarning] = useState<number | null>(null);
  const warningRef = useRef<number | null>(null);
  const keepWorking = useCallback(() => {
    last.current = lastTouch.current = Date.now();
    warningRef.current = null;
    setWarning(null);
    touch();
  }, [touch]);
  useEffect(() => {
    const onActivity = () => {
      // while the warning shows only 继续工作 counts: a stray mouse move must not hide it unread
      if (warningRef.current !== null) return;
      const now = Date.now();
      last.current = now;
      if (now - lastTouch.current >= TOUCH_EVERY_MS) {
        lastTouch.current = now;
        touch();
      }
    };
    const events = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      // main counts from the last activity it was told about: activity not reported yet (within
      // TOUCH_EVERY_MS) is reported before a warning would start, so both count from one moment
      if (last.current > lastTouch.current && Date.now() - lastTouch.current >= idleMinutes * 60_000 - WARN_BEFORE_MS - CHECK_EVERY_MS) {
        lastTouch.current = last.current; // main now counts from a moment later: the renderer locks first
        touch();
      }
      const idleFor = Date.now() - lastTouch.current;
      if (idleFor >= idleMinutes * 60_000) {
        warningRef.current = null;
        setWarning(null);
        lock();
        return;
      }
      const w = idleWarningSeconds(idleFor, idleMinutes);
      warningRef.current = w;
      setWarning(w);
    }, CHECK_EVERY_MS);
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity);
      window.clearInterval(timer);
    };
  }, [idleMinutes, touch, lock]);
  return { warning, keepWorking };
}
