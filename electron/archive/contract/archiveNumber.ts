// Archive-number pattern expansion (档号, R-ARCH-1), pure: the domain (electron/archive/numbering.ts)
// uses it to generate numbers and the settings screen uses it for its live preview, so the
// preview can never drift from what creation really produces.
import type { CustomerCategory } from './calls';

export const CATEGORY_CODES: Record<CustomerCategory, string> = { general: 'YB', special: 'TS' };

/** Expands everything but {seq}: the result is the counter's scope. */
export function expandArchiveScope(pattern: string, category: CustomerCategory, now: Date): string {
  const yyyy = String(now.getFullYear());
  return pattern
    .replaceAll('{cat}', CATEGORY_CODES[category])
    .replaceAll('{yyyy}', yyyy)
    .replaceAll('{yy}', yyyy.slice(2))
    .replaceAll('{mm}', String(now.getMonth() + 1).padStart(2, '0'));
}

/** Fills {seq} / {seq:N} (zero-padded to N digits). */
export const withArchiveSeq = (scope: string, seq: number): string =>
  scope.replace(/\{seq(?::(\d))?\}/g, (_m, w: string | undefined) => String(seq).padStart(w ? Number(w) : 1, '0'));
