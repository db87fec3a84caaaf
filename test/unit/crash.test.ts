// R-IT-1 crash safety: a child commits numbered transactions (row + audit entry in one
// vault.tx) and acknowledges each on stdout; we kill -9 it at random moments and reopen.
// The child is bundled once with esbuild into plain CommonJS because tsx start-up (~0.65 s)
// times 200 kills would blow the CI budget; the bundle starts in ~0.13 s.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyOpenVault } from '../../electron/audit/verify';
import { systemClock } from '../../electron/vault/clock';
import { readKeyFile } from '../../electron/vault/keyfile';
import { Vault } from '../../electron/vault/vault';
import { chainProblems } from '../fixtures/verify-chain';
import { tempDir, testVaultOptions } from './helpers';

const ROOT = join(__dirname, '..', '..');
// CI: 120 kills (was 200: the file cost ~40 s of the 30-minute CI budget). Each kill is as
// meaningful as before — every 8th lands in start-up (stratified, not left to chance), the others
// inside the commit loop — and a run now stops within 10 acknowledged commits instead of 20.
const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? (process.env.CI === 'true' ? 120 : 30));

// Replayable kill schedule: every random choice below comes from this seed. It is printed at
// each run and named in every failure message; CRASH_SEED=<n> replays that schedule (the same
// kill points, counted in acknowledged commits, and the same delays).
const SEED = (process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Math.floor(Math.random() * 2 ** 32)) >>> 0;
/** mulberry32: a small, well-known 32-bit PRNG */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(SEED);
console.log(`crash test: CRASH_SEED=${SEED} (set it to replay this run's kill schedule)`);

const t = tempDir('ar-crash-');
const childJs = join(t.dir, 'crash-child.cjs');
const keyfileChildJs = join(t.dir, 'crash-keyfile-child.cjs');
const vaultDir = join(t.dir, 'vault');
let keyHex = '';

beforeAll(async () => {
  for (const [entry, outfile] of [
    ['crash-child.ts', childJs],
    ['crash-keyfile-child.ts', keyfileChildJs],
  ] as const) {
    buildSync({
      entryPoints: [join(ROOT, 'test/fixtures', entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      external: ['better-sqlite3-multiple-ciphers'],
      logLevel: 'error',
    });
  }
  const { vault } = await Vault.create(vaultDir, testVaultOptions());
  vault.db.exec('CREATE TABLE crash_rows (n INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  keyHex = vault.withDataKey((k) => k.toString('hex'));
  vault.close();
});
afterAll(() => t.cleanup());

interface RunResult {
  acked: number[];
  ready: boolean;
  stderr: string;
  signal: NodeJS.Signals | null;
}

/** Starts the child, kills it with SIGKILL at a random moment, returns what it acknowledged. */
function runAndKill(startUp: boolean, args: string[] = [childJs, vaultDir, keyHex]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    // Where to kill: `startUp` (every 8th run) during start-up (open, WAL recovery, migrate);
    // otherwise after a random number (0–9) of acknowledged commits plus 0–5 ms, i.e.
    // somewhere inside a later transaction or commit. Counting acks (not wall time) keeps the
    // spread the same on a loaded CI machine where each fsync'd commit may take much longer.
    const killAfterAcks = startUp ? -1 : Math.floor(random() * 10);
    if (killAfterAcks < 0) timer = setTimeout(kill, random() * 150);
    let acks = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!ready && out.startsWith('ready\n')) ready = true;
      if (ready) acks = out.split('\n').length - 2;
      if (ready && !timer && acks >= killAfterAcks) timer = setTimeout(kill, random() * 5);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Safety net: a child that never becomes ready must not hang the test.
    const watchdog = setTimeout(kill, 10_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
      // Only complete lines count: a number cut mid-write was not acknowledged.
      const lines = out.split('\n').slice(0, -1);
      const acked = lines.filter((l) => l !== 'ready').map(Number);
      resolve({ acked, ready, stderr, signal });
    });
  });
}

test('R-IT-1 crash test schedule replays: the same CRASH_SEED gives the same kill points, another seed others', () => {
  const draw = (seed: number) => Array.from({ length: 16 }, seeded(seed));
  expect(draw(SEED)).toEqual(draw(SEED));
  expect(draw(SEED)).not.toEqual(draw(SEED ^ 1));
  expect(draw(SEED).every((x) => x >= 0 && x < 1)).toBe(true);
});

test(`R-IT-1 crash safety: ${ITERATIONS} kill -9 at random points lose no acknowledged transaction`, async () => {
  const key = Buffer.from(keyHex, 'hex');
  let maxAcked = 0;
  let killedMidLoop = 0;
  let verifierRuns = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const r = await runAndKill(i % 8 === 7);
    const ctx = `iteration ${i} (CRASH_SEED=${SEED}): ${JSON.stringify({ ...r, acked: r.acked.length })}`;
    expect(r.signal, ctx).toBe('SIGKILL');
    expect(r.stderr, ctx).toBe('');
    // Acks are consecutive and continue where the previous run stopped (or one past it, if
    // the previous run was killed between commit and ack).
    r.acked.forEach((n, j) => j > 0 && expect(n, ctx).toBe(r.acked[j - 1]! + 1));
    if (r.acked.length) {
      expect(r.acked[0]! - maxAcked, ctx).toBeGreaterThanOrEqual(1);
      expect(r.acked[0]! - maxAcked, ctx).toBeLessThanOrEqual(2);
      maxAcked = r.acked[r.acked.length - 1]!;
      killedMidLoop++;
    }

    const vault = Vault.openWithDataKey(vaultDir, key, testVaultOptions());
    try {
      const db = vault.db;
      expect(db.pragma('integrity_check', { simple: true }), ctx).toBe('ok');
      expect(db.pragma('cipher_integrity_check'), ctx).toEqual([]);
      const { rows, maxN } = db.prepare('SELECT count(*) AS rows, coalesce(max(n), 0) AS maxN FROM crash_rows').get() as { rows: number; maxN: number };
      // Every acknowledged row is present; at most one unacknowledged commit (killed between commit and ack).
      expect(rows, ctx).toBe(maxN);
      expect(maxN, ctx).toBeGreaterThanOrEqual(maxAcked);
      expect(maxN - maxAcked, ctx).toBeLessThanOrEqual(1);
      // The row and its audit entry committed together or not at all.
      const audited = db.prepare(`SELECT count(*) FROM audit_entry WHERE action = 'crash.row' AND CAST(entity_id AS INTEGER) <= ?`).pluck().get(maxN) as number;
      const auditTotal = db.prepare(`SELECT count(*) FROM audit_entry`).pluck().get() as number;
      expect(audited, ctx).toBe(maxN);
      expect(auditTotal, ctx).toBe(maxN);
      expect(chainProblems(db), ctx).toEqual([]);
      // …and the product's own verifier (chain, signatures, integrity, page HMACs, rollback)
      // agrees; every 10th time and at the end, to stay within the CI time budget.
      if (i % 10 === 9 || i === ITERATIONS - 1) {
        const report = verifyOpenVault(vault, { clock: systemClock, locale: 'en' });
        expect(
          report.checks.filter((c) => !c.ok),
          ctx,
        ).toEqual([]);
        expect(report.entries, ctx).toBe(maxN);
        verifierRuns++;
      }
      maxAcked = maxN;
    } finally {
      vault.close();
    }
  }
  console.log(`crash test (CRASH_SEED=${SEED}): ${ITERATIONS} kills, ${killedMidLoop} inside the commit loop, ${maxAcked} transactions survived`);
  // A test that cannot fail is a defect: make sure the kills really landed inside the commit loop.
  expect(killedMidLoop).toBeGreaterThan(ITERATIONS / 2);
  expect(maxAcked).toBeGreaterThan(ITERATIONS);
  expect(verifierRuns).toBeGreaterThan(0);
}, 300_000);

test('R-IT-1 keys.json survives kill -9 mid-write: always complete, never older than the last acknowledged write', async () => {
  const kills = Math.max(20, Math.round(ITERATIONS / 10));
  let last = 0;
  let midLoop = 0;
  const vaultId = readKeyFile(vaultDir).vaultId;
  for (let i = 0; i < kills; i++) {
    const r = await runAndKill(i % 8 === 7, [keyfileChildJs, vaultDir]);
    const ctx = `kill ${i} (CRASH_SEED=${SEED}): ${JSON.stringify({ ...r, acked: r.acked.length })}`;
    expect(r.signal, ctx).toBe('SIGKILL');
    expect(r.stderr, ctx).toBe('');
    if (r.acked.length) {
      last = r.acked[r.acked.length - 1]!;
      midLoop++;
    }
    const kf = readKeyFile(vaultDir); // throws on a torn file
    expect(kf.vaultId, ctx).toBe(vaultId);
    expect(kf.slots.length, ctx).toBeGreaterThan(0);
    const n = Number(kf.lastLogin?.match(/^n(\d+)$/)?.[1] ?? 0);
    // The file holds the last acknowledged write or the one after it (renamed, not yet acked).
    expect(n - last, ctx).toBeGreaterThanOrEqual(0);
    expect(n - last, ctx).toBeLessThanOrEqual(1);
    last = n;
  }
  expect(midLoop).toBeGreaterThan(kills / 2);
  // The vault still unlocks with its data key after all that.
  Vault.openWithDataKey(vaultDir, Buffer.from(keyHex, 'hex'), testVaultOptions()).close();
  // Only temp files of killed writers may remain; none of them is keys.json itself.
  expect(
    readdirSync(vaultDir)
      .filter((f) => f.startsWith('keys.json') && f !== 'keys.json')
      .every((f) => f.startsWith('keys.json.tmp-')),
  ).toBe(true);
}, 120_000);
