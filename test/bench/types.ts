// The benchmark's extension point. A workload runs the same code against the encrypted vault
// and against plain SQLite; the runner prints each metric side by side with the ratio.
// Later domains (search, printing, …) add a file under workloads/ and list it in workloads/index.ts.
import type { Clock } from '../../electron/vault/clock';
import type { Db } from '../../electron/vault/db';

export type TargetName = 'vault' | 'plain';

export interface Metric {
  /** e.g. 'insert 10k rows, one tx' */
  name: string;
  unit: 'ms' | 'µs' | 'rows/s' | 'ops/s';
  value: number;
  /** for the ratio column: time-like metrics are better low, rate-like high */
  better: 'lower' | 'higher';
}

export interface BenchContext {
  /** a migrated database (vault: SQLCipher; plain: unencrypted), same schema */
  db: Db;
  clock: Clock;
  target: TargetName;
  /** deterministic pseudo-random numbers so both targets see the same access pattern */
  random: () => number;
  /** set for dataset workloads: the size of the seeded archive db holds */
  volume?: { customers: number; items: number };
}

export interface Workload {
  name: string;
  /**
   * 'archive': runs on the shared, pre-seeded archive (archiveDataset.ts; read-only use) instead
   * of a fresh empty database per repetition.
   */
  dataset?: 'archive';
  /** creates tables/data it needs; not timed */
  setup?(ctx: BenchContext): void;
  run(ctx: BenchContext): Metric[];
}
