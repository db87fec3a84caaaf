// Small timing helpers for the benchmark.
export const nowMs = () => performance.now();

export function time(fn: () => void): number {
  const t0 = nowMs();
  fn();
  return nowMs() - t0;
}

export function percentile(sortedAsc: readonly number[], p: number): number {
  if (sortedAsc.length === 0) return NaN;
  const i = Math.min(sortedAsc.length - 1, Math.max(0, Math.ceil((p / 100) * sortedAsc.length) - 1));
  return sortedAsc[i]!;
}

/** Times each call separately; returns sorted samples in microseconds. */
export function sampleMicros(count: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = nowMs();
    fn(i);
    out.push((nowMs() - t0) * 1000);
  }
  return out.sort((a, b) => a - b);
}

/** mulberry32: seeded so the vault and plain runs read exactly the same ids. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
