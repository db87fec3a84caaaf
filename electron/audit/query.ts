// Reading the audit trail: one filtered page + its total, and the distinct actions for the
// filter drop-down. Newest entries first. Uses the indexes on action / actor_id / at; free text
// is a LIKE scan (timed at 100k entries by `npm run bench`, 'audit query').
import type { AuditFilter } from '../contract';
import { ACTION_LABELS } from '../contract/labels';
import type { AuditPage, AuditRow, Locale } from '../contract/types';
import type { Db } from '../vault/db';
import type { AuditEntryRecord } from './append';
import { auditKit, auditTimeZone, describeAuditRow } from './describe';

/** LIKE with %, _ and \ taken literally. */
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Stored times are UTC ISO strings (toISOString); the filter may carry any offset, e.g. +08:00. */
const toStoredTime = (s: string) => new Date(s).toISOString();

function whereClause(filter: AuditFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.action) {
    parts.push('action = ?');
    params.push(filter.action);
  }
  if (filter.actorId != null) {
    parts.push('actor_id = ?');
    params.push(filter.actorId);
  }
  if (filter.from) {
    parts.push('at >= ?');
    params.push(toStoredTime(filter.from));
  }
  if (filter.to) {
    parts.push('at <= ?');
    params.push(toStoredTime(filter.to));
  }
  const text = filter.text?.trim();
  if (text) {
    const p = likePattern(text);
    // the screen shows actions in words: 「新建用户」 finds user.create too
    const needle = text.toLowerCase();
    const labelled = Object.entries(ACTION_LABELS)
      .filter(([, l]) => l.zh.includes(text) || l.en.toLowerCase().includes(needle))
      .map(([code]) => code);
    parts.push(
      `(action LIKE ? ESCAPE '\\' OR entity LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\'
        OR actor_name LIKE ? ESCAPE '\\' OR detail_json LIKE ? ESCAPE '\\'${labelled.length ? ` OR action IN (${labelled.map(() => '?').join(', ')})` : ''})`,
    );
    params.push(p, p, p, p, p, ...labelled);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function toAuditRow(r: AuditEntryRecord): AuditRow {
  let detail: unknown;
  try {
    detail = JSON.parse(r.detail_json);
  } catch {
    // a tampered entry may hold anything; show it raw rather than failing the whole page
    detail = r.detail_json;
  }
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** One page of raw rows (newest first) and the total. */
export interface RawAuditPage {
  rows: AuditRow[];
  total: number;
}

export function listAudit(db: Db, filter: AuditFilter, offset: number, limit: number): RawAuditPage {
  const { sql, params } = whereClause(filter);
  const total = db
    .prepare(`SELECT count(*) FROM audit_entry ${sql}`)
    .pluck()
    .get(...params) as number;
  const rows = db.prepare(`SELECT * FROM audit_entry ${sql} ORDER BY seq DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as AuditEntryRecord[];
  return { rows: rows.map(toAuditRow), total };
}

/** audit.list: the same page with every row in words, in the caller's language (ctx.locale). */
export function auditPage(db: Db, filter: AuditFilter, offset: number, limit: number, locale: Locale): AuditPage {
  const page = listAudit(db, filter, offset, limit);
  const timeZone = auditTimeZone();
  const kit = auditKit(db, locale, timeZone);
  return { rows: page.rows.map((r) => ({ ...r, ...describeAuditRow(r, kit) })), total: page.total, timeZone };
}

/** Every matching row, oldest first (printing the register). */
export function allAudit(db: Db, filter: AuditFilter): AuditRow[] {
  const { sql, params } = whereClause(filter);
  const rows = db.prepare(`SELECT * FROM audit_entry ${sql} ORDER BY seq ASC`).all(...params) as AuditEntryRecord[];
  return rows.map(toAuditRow);
}

export function auditActions(db: Db): string[] {
  // DISTINCT over the action index: one index walk, no table scan
  return db.prepare('SELECT DISTINCT action FROM audit_entry ORDER BY action').pluck().all() as string[];
}
