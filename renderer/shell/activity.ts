// Idle tracking in the renderer: mouse/keyboard activity is reported to main with auth.touch
// (at most every 30 s, so the main-process idle timer restarts), and when the operator has been
// idle for the policy's minutes the renderer locks too — the lock screen shows without waiting
// for the next call to fail.
import { useEffect, useRef } from 'react';

const TOUCH_EVERY_MS = 30_000;
const CHECK_EVERY_MS = 5_000;

export function useIdleLock(idleMinutes: number, touch: () => void, lock: () => void) {
  const last = useRef(Date.now());
  const lastTouch = useRef(Date.now());
  useEffect(() => {
    const onActivity = () => {
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
      if (Date.now() - last.current >= idleMinutes * 60_000) lock();
    }, CHECK_EVERY_MS);
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity);
      window.clearInterval(timer);
    };
  }, [idleMinutes, touch, lock]);
}
