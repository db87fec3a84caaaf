// Password → key-encryption key. scrypt from Node's own crypto (no native dependency);
// parameters are stored per slot so they can be raised later without breaking old slots.
//
// The cost of a new slot is CALIBRATED on the machine that writes it (as LUKS and VeraCrypt
// do), not hard-coded: N starts at the floor and doubles until one derivation costs at least
// the target time (default 300 ms), never below the floor and never above KDF_MAX_N.
import { randomBytes, scrypt as scryptCb } from 'node:crypto';

export interface KdfSpec {
  name: 'scrypt';
  params: { N: number; r: number; p: number };
  /** base64 */
  salt: string;
}

export type KdfParams = KdfSpec['params'];

/** The floor for new slots (OWASP's scrypt minimum: N=2^17, r=8, p=1, 128 MiB). Slots below it
 *  are re-wrapped at their next successful use (see signIn and Vault.unlockWithRecovery). */
export const KDF_FLOOR = { N: 1 << 17, r: 8, p: 1 } as const;
/** Calibration never goes above this N (2^20 with r=8 needs 1 GiB per derivation). */
export const KDF_MAX_N = 1 << 20;
/** Default target: one derivation costs at least this long on the machine that writes the slot. */
export const DEFAULT_KDF_TARGET_MS = 300;
/** Test-only profile: same code path, cheap parameters. Never selected by the app. */
export const FAST_TEST_KDF_PARAMS = { N: 1 << 10, r: 8, p: 1 } as const;

/** How new slots get their KDF cost. Without kdfParams, N is calibrated (the app, the CLI). */
export interface KdfOptions {
  /** fixed parameters for new slots (tests: FAST_TEST_KDF_PARAMS); disables calibration and the
   *  upgrade of slots below the floor */
  kdfParams?: KdfParams;
  /** calibration target for one derivation, ms (default DEFAULT_KDF_TARGET_MS) */
  kdfTargetMs?: number;
  /** monotonic ms timer used by calibration (default performance.now); tests inject a fake */
  kdfNow?: () => number;
}

export const isCalibrated = (o: KdfOptions | undefined): boolean => !o?.kdfParams;

/** true when a slot's parameters are weaker than the floor in any dimension. */
export function belowFloor(params: KdfParams): boolean {
  return params.N < KDF_FLOOR.N || params.r < KDF_FLOOR.r || params.p < KDF_FLOOR.p;
}

export function newKdfSpec(params: KdfParams = KDF_FLOOR): KdfSpec {
  return { name: 'scrypt', params: { ...params }, salt: randomBytes(16).toString('base64') };
}

/** scrypt needs 128·N·r bytes (+ 128·r·p); Node's default maxmem is 32 MiB, so N=2^17 r=8
 *  (128 MiB) would be refused. Twice the need plus 1 MiB leaves room for Node's own check. */
export const scryptMaxmem = ({ N, r, p }: KdfParams) => 2 * 128 * N * r + 128 * r * p + 1024 * 1024;

export function deriveKek(secret: string, spec: KdfSpec): Promise<Buffer> {
  if (spec.name !== 'scrypt') throw new Error(`unsupported KDF ${String(spec.name)}`);
  const { N, r, p } = spec.params;
  return new Promise((resolve, reject) => {
    scryptCb(secret.normalize('NFKC'), Buffer.from(spec.salt, 'base64'), 32, { N, r, p, maxmem: scryptMaxmem(spec.params) }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export interface CalibratedKek {
  spec: KdfSpec;
  kek: Buffer;
  /** cost of the derivation that produced kek, as measured by the timer */
  ms: number;
  /** every derivation tried, in order (the last one is kept) */
  trials: { N: number; ms: number }[];
}

/**
 * Derives the KEK of a NEW slot with calibrated cost. Each trial derives the real KEK (same
 * secret, same salt), so the last trial is the slot's key and calibration costs nothing extra
 * when the floor already meets the target. scrypt's time is linear in N, so after a too-fast
 * trial N jumps to the power of two expected to reach the target (at least doubling).
 * `derive` is injectable so the algorithm can be tested without real scrypt or real time.
 */
export async function deriveKekCalibrated(
  secret: string,
  opts: Pick<KdfOptions, 'kdfTargetMs' | 'kdfNow'> = {},
  derive: (secret: string, spec: KdfSpec) => Promise<Buffer> = deriveKek,
): Promise<CalibratedKek> {
  const target = opts.kdfTargetMs ?? DEFAULT_KDF_TARGET_MS;
  const now = opts.kdfNow ?? (() => performance.now());
  const salt = randomBytes(16).toString('base64');
  const trials: { N: number; ms: number }[] = [];
  let N: number = KDF_FLOOR.N;
  for (;;) {
    const spec: KdfSpec = { name: 'scrypt', params: { N, r: KDF_FLOOR.r, p: KDF_FLOOR.p }, salt };
    const t0 = now();
    const kek = await derive(secret, spec);
    const ms = now() - t0;
    trials.push({ N, ms });
    if (ms >= target || N >= KDF_MAX_N) return { spec, kek, ms, trials };
    kek.fill(0);
    const factor = ms > 0 ? target / ms : Infinity;
    const step = Math.max(2, 2 ** Math.ceil(Math.log2(factor)));
    N = Math.min(KDF_MAX_N, N * step);
  }
}

/** A new slot's KDF spec and KEK: fixed parameters when given, otherwise calibrated. */
export async function deriveNewKek(secret: string, kdf: KdfOptions | KdfParams | undefined): Promise<{ spec: KdfSpec; kek: Buffer }> {
  const opts: KdfOptions = kdf && 'N' in kdf ? { kdfParams: kdf } : (kdf ?? {});
  if (opts.kdfParams) {
    const spec = newKdfSpec(opts.kdfParams);
    return { spec, kek: await deriveKek(secret, spec) };
  }
  const { spec, kek } = await deriveKekCalibrated(secret, opts);
  return { spec, kek };
}
