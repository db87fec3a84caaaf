// KDF calibration without wall-clock time (R-IT-1, R-GOV-1): a scripted monotonic timer.

/** A fake monotonic timer: each derivation "costs" the next scripted duration (ms). */
export function scriptedTimer(durations: number[]) {
  let t = 0;
  let calls = 0;
  const pending = [...durations];
  return {
    // called once before and once after each derivation; the pair spans one scripted duration
    now: () => (calls++ % 2 === 0 ? t : (t += pending.shift() ?? 0)),
    get derivations() {
      return Math.floor(calls / 2);
    },
  };
}
