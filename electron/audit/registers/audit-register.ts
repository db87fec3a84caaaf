// 审计记录登记簿: the (filtered) audit trail on paper, oldest first, for the auditor and the
// security officer to sign. Rows come from the same query the audit screen uses.
import { canonicalJson } from '../canonical';
import { allAudit } from '../query';
import type { AuditFilter } from '../../contract';
import type { AuditRow, Locale } from '../../contract/types';
import type { Vault } from '../../vault/vault';
import { actionLabel, caption } from '../../print/labels';
import { formatPrintTime, type RegisterRow, type RegisterSpec } from '../../print/register';
import { registerFrame, type PrintOptions } from '../../print/registers/common';

export const AUDIT_REGISTER_CODE = 'audit';
const DETAIL_MAX = 120;

/** One line a person can read: key=value pairs, nested values as compact JSON, cut at `max`. */
export function summarizeDetail(detail: unknown, max = DETAIL_MAX): string {
  let s: string;
  if (detail == null) s = '';
  else if (typeof detail !== 'object') s = String(detail);
  else if (Array.isArray(detail)) s = canonicalJson(detail);
  else
    s = Object.entries(detail as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${v !== null && typeof v === 'object' ? canonicalJson(v) : String(v)}`)
      .join('; ');
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

export function auditRegisterRow(r: AuditRow, locale: Locale): RegisterRow {
  return {
    seq: r.seq,
    time: formatPrintTime(r.at),
    actor: r.actorName ?? caption('system', locale),
    action: actionLabel(r.action, locale),
    // long ids (vault UUIDs) are cut: the full id is in the vault, the hash prefix pins the entry
    entity: r.entityId ? `${r.entity} #${r.entityId.length > 14 ? `${r.entityId.slice(0, 8)}…` : r.entityId}` : r.entity,
    detail: summarizeDetail(r.detail),
    hash: r.hash.slice(0, 12),
  };
}

function filterSummary(filter: AuditFilter, locale: Locale): string {
  const t = (k: Parameters<typeof caption>[0]) => caption(k, locale);
  const parts: string[] = [];
  if (filter.text) parts.push(`${t('filterText')}「${filter.text}」`);
  if (filter.action) parts.push(`${t('filterAction')} ${actionLabel(filter.action, locale)}`);
  if (filter.actorId != null) parts.push(`${t('filterActor')} ${filter.actorId}`);
  if (filter.from) parts.push(`${t('filterFrom')} ${formatPrintTime(filter.from)}`);
  if (filter.to) parts.push(`${t('filterTo')} ${formatPrintTime(filter.to)}`);
  return `${t('filter')}：${parts.length ? parts.join('，') : t('filterNone')}`;
}

export function buildAuditRegister(vault: Vault, filter: AuditFilter, opts: PrintOptions): RegisterSpec {
  const { locale } = opts;
  const t = (k: Parameters<typeof caption>[0]) => caption(k, locale);
  const rows = allAudit(vault.db, filter).map((r) => auditRegisterRow(r, locale));
  return {
    ...registerFrame(vault, opts, 2),
    title: t('auditTitle'),
    registerCode: AUDIT_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'seq', header: t('seq'), width: '6%', align: 'right' },
      { key: 'time', header: t('time'), width: '14%' },
      { key: 'actor', header: t('actor'), width: '10%' },
      { key: 'action', header: t('action'), width: '12%' },
      { key: 'entity', header: t('entity'), width: '13%' },
      { key: 'detail', header: t('detail') },
      { key: 'hash', header: t('hash'), width: '11%' },
    ],
    rows,
    summary: [filterSummary(filter, locale), caption('rowCount', locale, { n: rows.length })],
    signatureLines: [{ role: t('sigAuditor') }, { role: t('sigSecurityOfficer') }],
  };
}
