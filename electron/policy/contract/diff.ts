// What changed between two versions of a policy value, as dotted paths with the old and the new
// value in words (JSON for anything not a scalar). Pure: the policy page and the register share it.
import { FIELD_LABELS } from '../../contract/detail-words';
import { ROLE_LABELS } from '../../contract/roles';
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

// Policy values in words: a record's keys are code; the page and the register show words instead
// (field names from the one field-word table, request types, roles, modes). Unknown keys show as-is.

/** The request types, as keys of the approval chains. */
const CHAIN_TYPE_WORDS: Record<string, { zh: string; en: string }> = {
  access: { zh: '查阅申请', en: 'Access request' },
  loan: { zh: '借阅申请', en: 'Loan request' },
  copy: { zh: '复制摘录申请', en: 'Copy request' },
  carryOut: { zh: '外出携带申请', en: 'Carry-out request' },
  externalProvision: { zh: '对外提供申请', en: 'External provision request' },
  destruction: { zh: '销毁申请', en: 'Destruction request' },
  policy: { zh: '策略变更', en: 'Policy change' },
  reportTemplate: { zh: '报表模板变更', en: 'Report template change' },
  reportRequest: { zh: '报表申请', en: 'Report request' },
};
/** string values: the roles (in anyOf, contentRoles) and the loan due-date modes */
const VALUE_WORDS: Record<string, { zh: string; en: string }> = {
  ...ROLE_LABELS,
  calendar: { zh: '按工作日', en: 'working days' },
  datedue: { zh: '按自然日，遇休息日顺延', en: 'calendar days, moved off closed days' },
  days: { zh: '按自然日', en: 'calendar days' },
};
const inWords = (table: Record<string, { zh: string; en: string }>, k: string, lang: Lang): string => (Object.hasOwn(table, k) ? table[k]![lang] : k);
/** a record key: a request type (chains) or a field of the one field-word table (detail-words.ts) */
export const word = (k: string, lang: Lang): string => (Object.hasOwn(CHAIN_TYPE_WORDS, k) ? CHAIN_TYPE_WORDS[k]![lang] : inWords(FIELD_LABELS, k, lang));

/** A diff path (carriers.paper.tMin) in words (载体 · 纸质 · 温度下限 °C); list positions stay numbers. */
export function pathInWords(path: string, lang: Lang = 'zh'): string {
  return path
    .split('.')
    .map((k) => word(k, lang))
    .join(' · ');
}

/** A policy value in words, compact: a chain of steps by their labels (a → b), a record field by
 *  field with nested records in brackets, a list joined; for the page and the register. */
export function valueSummary(v: unknown, lang: Lang = 'zh'): string {
  if (v === null || v === undefined) return '—';
  if (isLabel(v)) return v[lang];
  if (Array.isArray(v)) {
    if (!v.length) return '—';
    if (v.every((s) => isObj(s) && isLabel(s.label))) return v.map((s) => (s as { label: { zh: string; en: string } }).label[lang]).join(' → ');
    return v.map((x) => (isObj(x) || Array.isArray(x) ? `(${valueSummary(x, lang)})` : valueSummary(x, lang))).join(lang === 'zh' ? '、' : ', ');
  }
  if (isObj(v))
    return Object.entries(v)
      .map(([k, x]) =>
        isObj(x)
          ? lang === 'zh'
            ? `${word(k, lang)}（${valueSummary(x, lang)}）`
            : `${word(k, lang)} (${valueSummary(x, lang)})`
          : `${word(k, lang)}${lang === 'zh' ? '：' : ': '}${valueSummary(x, lang)}`,
      )
      .join(lang === 'zh' ? '；' : '; ');
  return typeof v === 'string' ? inWords(VALUE_WORDS, v, lang) : String(v);
}

const parsed = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return s; // shown() leaves strings unquoted
  }
};
/** One change in words: 借阅期限 · 天数 3 → 2, 计算方式 按工作日 → 按自然日. */
export function changeInWords(c: ValueChange, lang: Lang = 'zh'): string {
  const v = (s: string) => (s === '—' ? s : valueSummary(parsed(s), lang));
  return `${c.path ? `${pathInWords(c.path, lang)} ` : ''}${v(c.from)} → ${v(c.to)}`;
}
