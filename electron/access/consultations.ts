// The access register (查阅登记, R-USE-1): each consultation at the reading desk — who (and their
// unit), which items, under which grant, time in, time out, the operator. The operator records
// the time in while the grant is in force; for a reader without an account the content then
// opens in that operator's session until the time out (or the grant's end, whichever is first).
// Rows are never edited or deleted: a time out is recorded once.
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../people/users';
import type { Clock } from '../vault/clock';
import { sql, sqlJoin, type Reader, type Sql } from '../vault/sql';
import type { Vault } from '../vault/vault';
import type { ConsultationRow, ReaderKind, RegisterFilter } from './contract/calls';
import { grantState, itemsOf } from './grants';
import { nextDate, zonedInstant } from './policy';

interface ConsultationDbRow {
  id: number;
  grantId: number;
  grantNo: string;
  readerKind: ReaderKind;
  readerName: string;
  readerUnit: string | null;
  timeIn: string;
  timeOut: string | null;
  operatorId: number;
  operatorName: string;
  timeOutByName: string | null;
  remarks: string | null;
}

/** Register rows matching `where` (on c = access_consultations, g = access_grants), in time-in order. */
export function consultationsOf(r: Reader, where: Sql): ConsultationRow[] {
  const rows = r.all<ConsultationDbRow>(sql`SELECT c.id, c.grant_id, g.no AS grant_no, g.reader_kind, g.reader_name, g.reader_unit, c.time_in, c.time_out,
      c.operator_id, uo.display_name AS operator_name, ut.display_name AS time_out_by_name, c.remarks
    FROM access_consultations c JOIN access_grants g ON g.id = c.grant_id JOIN users uo ON uo.id = c.operator_id
    LEFT JOIN users ut ON ut.id = c.time_out_by
    WHERE ${where} ORDER BY c.time_in, c.id`);
  const items = itemsOf(r, [...new Set(rows.map((c) => c.grantId))]);
  return rows.map((c) => ({ ...c, items: items.get(c.grantId) ?? [] }));
}

const one = (r: Reader, id: number): ConsultationRow => {
  const row = consultationsOf(r, sql`c.id = ${id}`)[0];
  if (!row) throw new DomainError('NOT_FOUND', `consultation ${id} not found`);
  return row;
};

const auditDetail = (c: ConsultationRow) => ({
  grantId: c.grantId,
  grantNo: c.grantNo,
  readerName: c.readerName,
  readerUnit: c.readerUnit,
  itemIds: c.items.map((i) => i.itemId),
  itemArchiveNos: c.items.map((i) => i.itemArchiveNo),
});

/** Time in: only while the grant is in force, one open consultation per grant. */
export function startConsultation(vault: Vault, clock: Clock, actor: Actor, grantId: number, remarks?: string): ConsultationRow {
  return vault.write((w) => {
    const g = w.get<{ validFrom: string; validUntil: string; endedAt: string | null }>(
      sql`SELECT valid_from, valid_until, ended_at FROM access_grants WHERE id = ${grantId}`,
    );
    if (!g) throw new DomainError('NOT_FOUND', `grant ${grantId} not found`);
    if (grantState(g, clock.now()) !== 'current') throw new DomainError('GRANT_NOT_CURRENT', 'grant not in force');
    if (w.value(sql`SELECT 1 FROM access_consultations WHERE grant_id = ${grantId} AND time_out IS NULL`)) {
      throw new DomainError('CONSULTATION_OPEN', 'a consultation is open');
    }
    const id = w.run(
      sql`INSERT INTO access_consultations(grant_id, operator_id, time_in, remarks) VALUES (${grantId}, ${actor.id}, ${clock.now().toISOString()}, ${remarks ?? null})`,
    ).lastInsertRowid;
    const row = one(w, id);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'access.consultation.start',
      entity: 'consultation',
      entityId: id,
      detail: { ...auditDetail(row), timeIn: row.timeIn },
    });
    return row;
  });
}

/** Time out (once): the reader has left and the material is back. */
export function endConsultation(vault: Vault, clock: Clock, actor: Actor, id: number, remarks?: string): ConsultationRow {
  return vault.write((w) => {
    const before = one(w, id);
    if (before.timeOut !== null) throw new DomainError('CONSULTATION_CLOSED', 'consultation already ended');
    const at = clock.now().toISOString();
    w.run(
      sql`UPDATE access_consultations SET time_out = ${at}, time_out_by = ${actor.id}, remarks = ${remarks ?? before.remarks} WHERE id = ${id} AND time_out IS NULL`,
    );
    const row = one(w, id);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'access.consultation.end',
      entity: 'consultation',
      entityId: id,
      detail: { ...auditDetail(row), timeIn: row.timeIn, timeOut: at },
    });
    return row;
  });
}

/** The register's rows for a filter (dates are the workstation's local days). */
export function registerRows(r: Reader, f: RegisterFilter): ConsultationRow[] {
  const where: Sql[] = [sql`1 = 1`];
  if (f.from) where.push(sql`c.time_in >= ${zonedInstant(f.from, '00:00').toISOString()}`);
  if (f.to) where.push(sql`c.time_in < ${zonedInstant(nextDate(f.to), '00:00').toISOString()}`);
  if (f.open) where.push(sql`c.time_out IS NULL`);
  return consultationsOf(r, sqlJoin(where, ' AND '));
}
