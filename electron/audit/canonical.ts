// Canonical JSON: keys sorted, no whitespace. Hashes and signatures are computed over this,
// so the same record always yields the same bytes regardless of property order.
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in canonical JSON');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export const sha256Hex = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** Hash of the first link: fixed, so an empty chain has a well-defined head. */
export const GENESIS_HASH = '0'.repeat(64);
