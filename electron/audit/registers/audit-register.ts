// 审计记录登记簿: the (filtered) audit trail on paper, oldest first, for the auditor and the
// security officer to sign. Rows come from the same query the audit screen uses.
import { allAudit } from '../query';
import { auditKit, describeAuditRow } from '../describe';
import type { AuditFilter } from '../../contract';
import type { DetailKit } from '../../contract/domain';
import type { AuditRow, Locale } from '../../contract/types';
import type { Vault } from '../../vault/vault';
import { actionLabel, caption } from '../../print/labels';
import { formatPrintTime, type RegisterRow, type RegisterSpec } from '../../print/register';
import { registerFrame, type PrintOptions } from '../../print/registers/common';

export const AUDIT_REGISTER_CODE = 'audit';

/** One register row: the same words as the audit screen (describe.ts), in the register's language. */
export function auditRegisterRow(r: AuditRow, kit: DetailKit, timeZone: string): RegisterRow {
  const text = describeAuditRow(r, kit);
  return {
    seq: r.seq,
    time: formatPrintTime(r.at, true, timeZone),
    actor: r.actorName ?? caption('system', kit.locale),
    action: text.actionText,
    entity: text.entityText,
    detail: text.detailText,
    hash: r.hash.slice(0, 12),
  };
}

function filterSummary(filter: AuditFilter, kit: DetailKit, timeZone: string): string {
  const locale: Locale = kit.locale;
  const t = (k: Parameters<typeof caption>[0]) => caption(k, locale);
  const parts: string[] = [];
  if (filter.text) parts.push(`${t('filterText')}「${filter.text}」`);
  if (filter.action) parts.push(`${t('filterAction')} ${actionLabel(filter.action, locale)}`);
  if (filter.actorId != null) parts.push(`${t('filterActor')} ${kit.name('user', filter.actorId)}`);
  if (filter.from) parts.push(`${t('filterFrom')} ${formatPrintTime(filter.from, true, timeZone)}`);
  if (filter.to) parts.push(`${t('filterTo')} ${formatPrintTime(filter.to, true, timeZone)}`);
  return `${t('filter')}：${parts.length ? parts.join('，') : t('filterNone')}`;
}

export function buildAuditRegister(vault: Vault, filter: AuditFilter, opts: PrintOptions): RegisterSpec {
  const { locale } = opts;
  const t = (k: Parameters<typeof caption>[0]) => caption(k, locale);
  const frame = registerFrame(vault, opts, 2);
  const timeZone = frame.timeZone!;
  const kit = auditKit(vault.db, locale, timeZone);
  const rows = allAudit(vault.db, filter).map((r) => auditRegisterRow(r, kit, timeZone));
  return {
    ...frame,
    title: t('auditTitle'),
    registerCode: AUDIT_REGISTER_CODE,
    orientation: 'landscape',
    columns: [
      { key: 'seq', header: t('seq'), width: '5%', align: 'right' },
      { key: 'time', header: t('time'), width: '13.5%' },
      { key: 'actor', header: t('actor'), width: '9%' },
      { key: 'action', header: t('action'), width: '10%' },
      // objects by name or number (档案材料 TS-2026-00001-003) need room; the detail takes the rest
      { key: 'entity', header: t('entity'), width: '17%' },
      { key: 'detail', header: t('detail') },
      { key: 'hash', header: t('hash'), width: '10%' },
    ],
    rows,
    summary: [filterSummary(filter, kit, timeZone), caption('rowCount', locale, { n: rows.length })],
    signatureLines: [{ role: t('sigAuditor') }, { role: t('sigSecurityOfficer') }],
  };
}
