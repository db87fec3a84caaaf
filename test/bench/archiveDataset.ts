// The archive at volume for the search / index / list workloads: N customers and M items, in an
// encrypted vault and in a plain SQLite file with the same schema and the same rows. Seeding
// takes minutes, so both are cached in test/output/bench-cache/, keyed by the volume, the schema
// version and the bulk-seed format; a re-run with the same key only reopens them.
//   BENCH_ARCHIVE_CUSTOMERS (default 100 000), BENCH_ARCHIVE_ITEMS (default 1 000 000)
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BULK_SEED_FORMAT, bulkSeedArchive } from '../../electron/archive/bulkSeed';
import { systemClock } from '../../electron/vault/clock';
import { openPlain, type Db } from '../../electron/vault/db';
import { FAST_TEST_KDF_PARAMS } from '../../electron/vault/kdf';
import { migrate } from '../../electron/vault/migrate';
import { LATEST_VERSION } from '../../electron/schema';
import { Vault } from '../../electron/vault/vault';
import { nowMs } from './stats';

export interface ArchiveVolume {
  customers: number;
  items: number;
}

export interface ArchiveDataset {
  volume: ArchiveVolume;
  vault: Vault;
  plain: Db;
  /** seconds the bulk seed took per target (from the cache's meta when reopened) */
  seedSeconds: { vault: number; plain: number };
  fromCache: boolean;
  cacheDir: string;
}

// Synthetic sample data only; the password just lets the cached vault be reopened.
const LOGIN = 'bench';
const PASSWORD = 'bench-archive-cache';
const SEED_CACHE_KIB = 512 * 1024;

export function archiveVolumeFromEnv(): ArchiveVolume {
  const num = (v: string | undefined, d: number) => {
    const n = v === undefined || v === '' ? d : Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`bench: bad archive volume ${v}`);
    return n;
  };
  // BENCH_QUICK=1: 1 000 customers / 10 000 items (seeded in seconds; the whole run in ≤ 2 minutes)
  const quick = process.env.BENCH_QUICK === '1';
  return {
    customers: num(process.env.BENCH_ARCHIVE_CUSTOMERS, quick ? 1_000 : 100_000),
    items: num(process.env.BENCH_ARCHIVE_ITEMS, quick ? 10_000 : 1_000_000),
  };
}

const cacheRoot = () => join(__dirname, '..', 'output', 'bench-cache');
/**
 * The last migration that changes what the archive rows or the search index look like: the key
 * names it, not LATEST_VERSION — a later migration of another domain is applied when the cached
 * vault is reopened (Vault.unlockWithPassword / migrate migrate forward), so it need not reseed
 * a million items.
 */
export const DATASET_SCHEMA = 50;
const cacheKey = (v: ArchiveVolume) => `archive-s${DATASET_SCHEMA}-f${BULK_SEED_FORMAT}-c${v.customers}-i${v.items}`;

function seed(db: Db, volume: ArchiveVolume, label: string): number {
  // A big page cache while seeding keeps the search_grams / FTS b-trees in memory; restored after.
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${SEED_CACHE_KIB}`);
  const t0 = nowMs();
  let lastLog = t0;
  bulkSeedArchive(db, systemClock, {
    ...volume,
    onProgress: ({ customers, items }) => {
      if (nowMs() - lastLog < 15_000) return;
      lastLog = nowMs();
      console.log(
        `  ${label}: ${customers.toLocaleString('en-US')} customers, ${items.toLocaleString('en-US')} items (${((lastLog - t0) / 1000).toFixed(0)} s)`,
      );
    },
  });
  const seconds = (nowMs() - t0) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma(`cache_size = ${cache}`);
  return seconds;
}

async function build(dir: string, volume: ArchiveVolume): Promise<{ vault: number; plain: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { vault } = await Vault.create(join(dir, 'vault'), { clock: systemClock, kdfParams: FAST_TEST_KDF_PARAMS });
  const plain = openPlain(join(dir, 'plain.db'));
  try {
    migrate(plain);
    (await vault.setUserSlot(1, LOGIN, PASSWORD)).kek.fill(0);
    const v = seed(vault.db, volume, 'vault');
    console.log(`  vault seeded in ${v.toFixed(1)} s`);
    const p = seed(plain, volume, 'plain');
    console.log(`  plain seeded in ${p.toFixed(1)} s`);
    return { vault: v, plain: p };
  } finally {
    vault.close();
    plain.close();
  }
}

export async function openArchiveDataset(volume: ArchiveVolume): Promise<ArchiveDataset> {
  const dir = join(cacheRoot(), cacheKey(volume));
  const metaFile = join(dir, 'meta.json');
  const fromCache = existsSync(metaFile);
  if (!fromCache) {
    console.log(
      `seeding the archive: ${volume.customers.toLocaleString('en-US')} customers / ${volume.items.toLocaleString('en-US')} items (vault, then plain) …`,
    );
    // built under another name and renamed when complete: an interrupted seed is never reused
    const partial = `${dir}.partial`;
    const seedSeconds = await build(partial, volume);
    writeFileSync(
      join(partial, 'meta.json'),
      JSON.stringify(
        { volume, schema: LATEST_VERSION, datasetSchema: DATASET_SCHEMA, format: BULK_SEED_FORMAT, seedSeconds, at: new Date().toISOString() },
        null,
        2,
      ),
    );
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
    // the same volume seeded for an older schema or seed format will never be read again
    const same = new RegExp(`^archive-s\\d+-f\\d+-c${volume.customers}-i${volume.items}$`);
    for (const d of readdirSync(cacheRoot())) if (same.test(d) && d !== cacheKey(volume)) rmSync(join(cacheRoot(), d), { recursive: true, force: true });
  } else {
    console.log(`archive dataset from cache: ${dir}`);
  }
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { seedSeconds: { vault: number; plain: number } };
  const un = await Vault.unlockWithPassword(join(dir, 'vault'), LOGIN, PASSWORD, { clock: systemClock, kdfParams: FAST_TEST_KDF_PARAMS });
  if (!un) throw new Error(`bench: cannot reopen the cached vault in ${dir}; delete it to reseed`);
  un.kek.fill(0);
  const plain = openPlain(join(dir, 'plain.db'));
  migrate(plain);
  return { volume, vault: un.vault, plain, seedSeconds: meta.seedSeconds, fromCache, cacheDir: dir };
}
