// The loans domain's objects as the audit trail names them: a register row by its number and
// item (第 12 号 TS-2026-00001-003), a calendar by its year.
import type { EntityNamer } from '../audit/entityNames';

const loan: EntityNamer = (db, id, kit) => {
  if (!/^\d+$/.test(id)) return null;
  const r = db.prepare('SELECT item_archive_no FROM loans WHERE id = ?').get(Number(id)) as { item_archive_no: string } | undefined;
  if (!r) return null;
  return kit.t({ zh: `第 ${id} 号（${r.item_archive_no}）`, en: `no. ${id} (${r.item_archive_no})` });
};
const loanCalendar: EntityNamer = (_db, id, kit) => (/^\d{4}$/.test(id) ? kit.t({ zh: `${id} 年`, en: id }) : null);

export const loanEntityNames = { loan, loanCalendar };
