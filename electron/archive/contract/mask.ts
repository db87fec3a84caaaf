// Personal identifiers on screen (R-SEC-2, issue 12): resident ID and passport numbers and phone
// numbers are masked by default (110105********002X); customers.reveal shows one, audited, to a
// role allowed to see the archive's content. A unified social credit code identifies an
// organisation, not a person: it stays readable. Pure: main masks, the renderer shows.
import type { IdKind } from './calls';

export const MASKABLE_FIELDS = ['idNumber', 'phone'] as const;
export type MaskableField = (typeof MASKABLE_FIELDS)[number];

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** 110105199001010023 → 110105********0023; passports and other numbers keep 2 + 2. */
export function maskIdNumber(kind: IdKind, v: string | null): string | null {
  if (!v || kind === 'uscc') return v;
  if (kind === 'residentId' && v.length >= 15) return `${v.slice(0, 6)}${stars(v.length - 10)}${v.slice(-4)}`;
  if (v.length <= 4) return stars(v.length);
  return `${v.slice(0, 2)}${stars(v.length - 4)}${v.slice(-2)}`;
}

/** 13812345678 → 138****5678, 010-61234567 → 010-****4567 (digits only are hidden). */
export function maskPhone(v: string | null): string | null {
  if (!v) return v;
  const digits = [...v].filter((c) => /\d/.test(c)).length;
  if (digits <= 4) return v.replace(/\d/g, '*');
  let seen = 0;
  return [...v]
    .map((c) => {
      if (!/\d/.test(c)) return c;
      seen++;
      return seen <= 3 || seen > digits - 4 ? c : '*';
    })
    .join('');
}

export function isMaskedIdKind(kind: IdKind): boolean {
  return kind !== 'uscc';
}
