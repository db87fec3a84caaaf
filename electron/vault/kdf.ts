// Password → key-encryption key. scrypt from Node's own crypto (no native dependency);
// parameters are stored per slot so they can be raised later without breaking old slots.
import { randomBytes, scrypt as scryptCb } from 'node:crypto';

export interface KdfSpec {
  name: 'scrypt';
  params: { N: number; r: number; p: number };
  /** base64 */
  salt: string;
}

/** ~330 ms and 64 MiB on the reference 2-core machine (the issue asks for ≥ 250 ms). */
export const DEFAULT_KDF_PARAMS = { N: 1 << 16, r: 8, p: 1 } as const;
/** Test-only profile: same code path, cheap parameters. Never selected by the app. */
export const FAST_TEST_KDF_PARAMS = { N: 1 << 10, r: 8, p: 1 } as const;

export function newKdfSpec(params: KdfSpec['params'] = DEFAULT_KDF_PARAMS): KdfSpec {
  return { name: 'scrypt', params: { ...params }, salt: randomBytes(16).toString('base64') };
}

export function deriveKek(secret: string, spec: KdfSpec): Promise<Buffer> {
  if (spec.name !== 'scrypt') throw new Error(`unsupported KDF ${String(spec.name)}`);
  const { N, r, p } = spec.params;
  return new Promise((resolve, reject) => {
    scryptCb(secret.normalize('NFKC'), Buffer.from(spec.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}
