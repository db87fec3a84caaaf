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

type Lang = 'zh' | 'en';
const isLabel = (v: unknown): v is { zh: string; en: string } => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** A policy value in words, compact: a chain of steps by their labels (a → b), a record field by
 *  field with nested records in brackets, a list joined; for the page and the register. */
export function valueSummary(v: unknown, lang: Lang = 'zh'): string {
  if (v === null || v === undefined) return '—';
  if (isLabel(v)) return v[lang];
  if (Array.isArray(v)) {
    if (!v.length) return '—';
    if (v.every((s) => isObj(s) && isLabel(s.label))) return v.map((s) => (s as { label: { zh: string; en: string } }).label[lang]).join(' → ');
    return v.map((x) => (isObj(x) || Array.isArray(x) ? `(${valueSummary(x, lang)})` : valueSummary(x, lang))).join(', ');
  }
  if (isObj(v))
    return Object.entries(v)
      .map(([k, x]) => (isObj(x) ? `${k}(${valueSummary(x, lang)})` : `${k}: ${valueSummary(x, lang)}`))
      .join('; ');
  return String(v);
}
