// The copies domain's objects as the audit trail names them: a copy by its request number, item
// 档号 and copy number; a carry-out and a provision by their request number; the three registers.
import type { EntityNamer } from '../audit/entityNames';
import { reader, sql } from '../vault/sql';
import { itemFact } from './items';
import { REGISTER_NAMES } from './registers';

const id = (s: string) => (/^\d+$/.test(s) ? Number(s) : null);

export const copiesEntityNames: Record<string, EntityNamer> = {
  copy: (db, sid, kit) => {
    const n = id(sid);
    const r =
      n === null
        ? undefined
        : reader(db).get<{ refNo: string; itemId: number; copyNo: number }>(sql`SELECT ref_no, item_id, copy_no FROM copies WHERE id = ${n}`);
    if (!r) return null;
    const item = itemFact(db, r.itemId).archiveNo;
    return kit.t({ zh: `${r.refNo} ${item} 第 ${r.copyNo} 份`, en: `${r.refNo} ${item} copy ${r.copyNo}` });
  },
  carryOut: (db, sid) => {
    const n = id(sid);
    return n === null ? null : (reader(db).value<string>(sql`SELECT request_no FROM carry_outs WHERE id = ${n}`) ?? null);
  },
  provision: (db, sid) => {
    const n = id(sid);
    return n === null ? null : (reader(db).value<string>(sql`SELECT request_no FROM provisions WHERE id = ${n}`) ?? null);
  },
  register: (_db, sid, kit) => {
    const r = REGISTER_NAMES[sid as keyof typeof REGISTER_NAMES];
    return r ? kit.t(r) : null;
  },
  settings: (_db, sid, kit) => (sid === 'copies.carriers' ? kit.t({ zh: '指定携带人', en: 'designated carriers' }) : null),
};
