// What changed between two versions of a policy value, as dotted paths with the old and the new
// value in words (JSON for anything not a scalar). Pure: the policy page and the register share it.
import type { ValueChange } from './calls';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const shown = (v: unknown): string => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function diffValues(before: unknown, after: unknown, path = ''): ValueChange[] {
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length)
    return before.flatMap((b, i) => diffValues(b, after[i], path ? `${path}.${i}` : String(i)));
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, from: shown(before), to: shown(after) }];
}
