// R-IT-1 idle lock: the main process checks every 15 s (the decision and the key wipe are
// checkIdle's, tested with the session code); a slow check never overlaps the next one.
import { afterEach, describe, expect, test, vi } from 'vitest';

let release: (() => void) | null = null;
const checkIdle = vi.fn(
  () =>
    new Promise<boolean>((resolve) => {
      release = () => resolve(false);
    }),
);
vi.mock('../../electron/people/session', () => ({ checkIdle }));
const { IDLE_CHECK_INTERVAL_MS, startIdleLock } = await import('../../electron/shell/idle-lock');

describe('R-IT-1 idle-lock timer', () => {
  afterEach(() => vi.useRealTimers());

  test('R-IT-1 checks every 15 s, never two checks at once, stops when disposed', async () => {
    vi.useFakeTimers();
    expect(IDLE_CHECK_INTERVAL_MS).toBe(15_000);
    const ctx = {} as never;
    const stop = startIdleLock(ctx);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(checkIdle).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(checkIdle).toHaveBeenCalledTimes(1);
    expect(checkIdle).toHaveBeenLastCalledWith(ctx);
    await vi.advanceTimersByTimeAsync(30_000); // first check still running
    expect(checkIdle).toHaveBeenCalledTimes(1);
    release!();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(checkIdle).toHaveBeenCalledTimes(2);
    release!();
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(checkIdle).toHaveBeenCalledTimes(2);
  });
});
