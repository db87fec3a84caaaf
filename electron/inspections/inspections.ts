// Inspections (R-INSP-1): the record — started from a plan with the expected items frozen, walked
// by label (scan / mark) with a condition finding per item. Every change is one transaction with
// its audit entry; a signed record is frozen by the 0140 triggers (signing: sign.ts).
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import { listSignatures } from '../people/signatures';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { itemArchiveNo, locationRef } from '../archive';
import { archiveNoOfItemPrefix, ITEM_NO_SEPARATOR } from '../archive/contract/itemNumber';
import type { FindingPhotoInput, InspectionDetail, InspectionItemRow, InspectionRow, InspectionSignature, ScanOutcome, ScanResult } from './contract/calls';
import { decodePhoto } from './photos';
import { getPlanDb, scopeName } from './plans';

export const INSPECTION_RECORD_TYPE = 'inspection';

// ---- the record ----
export interface InspectionDbRow {
  id: number;
  no: string;
  planId: number;
  scopeName: string;
  status: InspectionDetail['status'];
  startedAt: string;
  inspectorId: number;
  inspectorName: string;
}
interface ItemDbRow {
  id: number;
  itemId: number;
  archiveNo: string;
  title: string;
  classification: number;
  expected: number;
  expectedCabinetId: number | null;
  expectedLocation: string | null;
  result: ScanResult;
  foundCabinetId: number | null;
  foundCabinetCode: string | null;
  finding: InspectionItemRow['finding'];
  findingNote: string | null;
  note: string | null;
  checkedAt: string | null;
  checkedByName: string | null;
  photoMime: string | null;
  photoSize: number | null;
  photoSha256: string | null;
}

export function inspectionDb(r: Reader, id: number): InspectionDbRow {
  const row = r.get<InspectionDbRow>(
    sql`SELECT id, no, plan_id, scope_name, status, started_at, inspector_id, inspector_name FROM inspections WHERE id = ${id}`,
  );
  if (!row) throw new DomainError('NOT_FOUND', `inspection ${id} not found`);
  return row;
}
function itemRows(r: Reader, id: number): InspectionItemRow[] {
  return r
    .all<ItemDbRow>(
      sql`SELECT ii.id, ii.item_id, ii.archive_no, ii.title, ii.classification, ii.expected, ii.expected_cabinet_id, ii.expected_location, ii.result,
                 ii.found_cabinet_id, c.code AS found_cabinet_code, ii.finding, ii.finding_note, ii.note, ii.checked_at, ii.checked_by_name,
                 p.mime AS photo_mime, p.size AS photo_size, p.sha256 AS photo_sha256
            FROM inspection_items ii LEFT JOIN cabinets c ON c.id = ii.found_cabinet_id
                 LEFT JOIN inspection_photos p ON p.inspection_id = ii.inspection_id AND p.item_id = ii.item_id
           WHERE ii.inspection_id = ${id} ORDER BY ii.expected DESC, ii.expected_location, ii.archive_no`,
    )
    .map(({ photoMime, photoSize, photoSha256, ...x }) => ({
      ...x,
      expected: x.expected === 1,
      photo: photoMime && photoSha256 ? { mime: photoMime, size: photoSize ?? 0, sha256: photoSha256 } : null,
    }));
}

/** The signatures on a record: the inspector's ('reviewed') and the supervisor's ('approved'). */
function signaturesOf(db: Db, id: number): InspectionSignature[] {
  return listSignatures(db, INSPECTION_RECORD_TYPE, String(id))
    .filter((s) => s.meaning === 'reviewed' || s.meaning === 'approved')
    .map((s) => ({
      as: s.meaning === 'reviewed' ? ('inspector' as const) : ('supervisor' as const),
      signerName: s.signerName,
      at: s.at,
      valid: s.valid ?? false,
    }));
}

function rowOf(db: Db, r: Reader, ins: InspectionDbRow, items: InspectionItemRow[]): InspectionRow {
  const expected = items.filter((i) => i.expected);
  const n = (res: ScanResult) => items.filter((i) => i.result === res).length;
  return {
    ...ins,
    counts: {
      expected: expected.length,
      present: n('present'),
      missing: n('missing'),
      misplaced: n('misplaced'),
      unexpected: n('unexpected'),
      pending: n('pending'),
      findings: items.filter((i) => i.finding !== 'none').length,
    },
    signatures: signaturesOf(db, ins.id),
  };
}

export function getInspection(db: Db, id: number): InspectionDetail {
  const r = reader(db);
  const ins = inspectionDb(r, id);
  const items = itemRows(r, id);
  const cabinets = r.all<{ id: number; code: string; roomName: string }>(
    sql`SELECT cabinet_id AS id, code, room_name FROM inspection_cabinets WHERE inspection_id = ${id} ORDER BY room_name, code`,
  );
  return {
    ...rowOf(db, r, ins, items),
    cabinets: cabinets.map((c) => ({
      ...c,
      expected: items.filter((i) => i.expected && i.expectedCabinetId === c.id).length,
      checked: items.filter((i) => i.expected && i.expectedCabinetId === c.id && i.result !== 'pending').length,
    })),
    items,
  };
}

export function listInspections(db: Db, planId?: number): InspectionRow[] {
  const r = reader(db);
  const rows = r.all<InspectionDbRow>(
    sql`SELECT id, no, plan_id, scope_name, status, started_at, inspector_id, inspector_name FROM inspections
         WHERE ${planId ?? null} IS NULL OR plan_id = ${planId ?? null} ORDER BY started_at DESC, id DESC`,
  );
  return rows.map((ins) => rowOf(db, r, ins, itemRows(r, ins.id)));
}

export function startInspection(vault: Vault, clock: Clock, actor: Actor, planId: number): InspectionDetail {
  const id = vault.write((w) => {
    const plan = getPlanDb(w, planId);
    if (w.value(sql`SELECT 1 FROM inspections WHERE plan_id = ${planId} AND status <> 'signed'`))
      throw new DomainError('INSPECTION_OPEN', `plan ${planId} has an open inspection`);
    const now = clock.now();
    const at = now.toISOString();
    const year = Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
    const seq = (w.value<number>(sql`SELECT count(*) FROM inspections WHERE no LIKE ${`JC-${year}-%`}`) ?? 0) + 1;
    const no = `JC-${year}-${String(seq).padStart(3, '0')}`;
    const { lastInsertRowid: id } = w.run(sql`INSERT INTO inspections(no, plan_id, scope_name, status, started_at, inspector_id, inspector_name)
      VALUES (${no}, ${planId}, ${scopeName(plan)}, 'open', ${at}, ${actor.id}, ${actor.name})`);
    const cabinets = w.all<{ id: number; code: string }>(
      plan.cabinetId
        ? sql`SELECT id, code FROM cabinets WHERE id = ${plan.cabinetId}`
        : sql`SELECT id, code FROM cabinets WHERE room_id = ${plan.roomId} ORDER BY code`,
    );
    for (const c of cabinets)
      w.run(sql`INSERT INTO inspection_cabinets(inspection_id, cabinet_id, code, room_name) VALUES (${id}, ${c.id}, ${c.code}, ${plan.roomName})`);
    // the expected items: every item on the shelf in the scope's cabinets at the start
    const expected = cabinets.length
      ? w.all<{ id: number; archiveNo: string; itemNo: number; title: string; classification: number; locationId: number; cabinetId: number }>(
          sql`SELECT i.id, a.archive_no, i.item_no, i.title, i.classification, i.location_id, l.cabinet_id
                FROM items i JOIN archives a ON a.id = i.archive_id JOIN locations l ON l.id = i.location_id
               WHERE l.cabinet_id IN ${cabinets.map((c) => c.id)} AND i.custody_state = 'onShelf'
               ORDER BY l.cabinet_id, l.shelf, l.position`,
        )
      : [];
    for (const it of expected) {
      const label = locationRef(vault.db, it.locationId)?.label ?? null;
      w.run(sql`INSERT INTO inspection_items(inspection_id, item_id, archive_no, title, classification, expected, expected_cabinet_id, expected_location, result)
        VALUES (${id}, ${it.id}, ${itemArchiveNo(it.archiveNo, it.itemNo)}, ${it.title}, ${it.classification}, 1, ${it.cabinetId}, ${label}, 'pending')`);
    }
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'inspection.start',
      entity: 'inspection',
      entityId: id,
      detail: { no, planId, scopeName: scopeName(plan), expected: expected.length },
    });
    return id;
  });
  return getInspection(vault.db, id);
}

function openInspection(w: Reader, id: number): InspectionDbRow {
  const ins = inspectionDb(w, id);
  if (ins.status !== 'open') throw new DomainError('INSPECTION_STATE', `inspection ${ins.no} is ${ins.status}`);
  return ins;
}

/** The item a label names: the QR payload ({"itemArchiveNo": …}) or the 档号 typed. */
export function itemByLabel(r: Reader, code: string): { id: number; archiveNo: string; itemNo: number; title: string; classification: number } | null {
  let no = code.trim();
  if (no.startsWith('{')) {
    try {
      const j = JSON.parse(no) as { itemArchiveNo?: unknown };
      no = typeof j.itemArchiveNo === 'string' ? j.itemArchiveNo : '';
    } catch {
      no = '';
    }
  }
  no = no.toUpperCase().replace(/\s+/g, '');
  const archiveNo = archiveNoOfItemPrefix(no);
  const itemNo = Number(no.slice(no.lastIndexOf(ITEM_NO_SEPARATOR) + 1));
  if (!archiveNo || !Number.isInteger(itemNo) || itemNo < 1) return null;
  const it = r.get<{ id: number; archiveNo: string; itemNo: number; title: string; classification: number }>(
    sql`SELECT i.id, a.archive_no, i.item_no, i.title, i.classification FROM items i JOIN archives a ON a.id = i.archive_id
         WHERE a.archive_no = ${archiveNo} AND i.item_no = ${itemNo}`,
  );
  return it && itemArchiveNo(it.archiveNo, it.itemNo) === no ? it : null;
}

function checkAudit(
  w: Writer,
  clock: Clock,
  actor: Actor,
  ins: InspectionDbRow,
  archiveNo: string,
  result: ScanResult,
  via: 'scan' | 'mark',
  note: string | null,
) {
  appendAudit(w, clock, {
    actorId: actor.id,
    actorName: actor.name,
    action: 'inspection.check',
    entity: 'inspection',
    entityId: ins.id,
    detail: { no: ins.no, itemArchiveNo: archiveNo, result, via, note },
  });
}

export function scanLabel(vault: Vault, clock: Clock, actor: Actor, input: { inspectionId: number; cabinetId: number; code: string }): ScanOutcome {
  const outcome = vault.write((w) => {
    const ins = openInspection(w, input.inspectionId);
    if (!w.value(sql`SELECT 1 FROM inspection_cabinets WHERE inspection_id = ${ins.id} AND cabinet_id = ${input.cabinetId}`))
      throw new DomainError('NOT_IN_CABINET', `cabinet ${input.cabinetId} is not in ${ins.no}`);
    const it = itemByLabel(w, input.code);
    if (!it) throw new DomainError('UNKNOWN_LABEL', `no item labelled ${input.code}`, { path: 'code' });
    const archiveNo = itemArchiveNo(it.archiveNo, it.itemNo);
    const at = clock.now().toISOString();
    const row = w.get<{
      id: number;
      expected: number;
      expectedCabinetId: number | null;
      expectedLocation: string | null;
      result: ScanResult;
      foundCabinetId: number | null;
    }>(
      sql`SELECT id, expected, expected_cabinet_id, expected_location, result, found_cabinet_id FROM inspection_items WHERE inspection_id = ${ins.id} AND item_id = ${it.id}`,
    );
    let result: ScanResult;
    let repeated = false;
    if (!row) {
      result = 'unexpected';
      w.run(sql`INSERT INTO inspection_items(inspection_id, item_id, archive_no, title, classification, expected, result, found_cabinet_id, checked_at, checked_by, checked_by_name)
        VALUES (${ins.id}, ${it.id}, ${archiveNo}, ${it.title}, ${it.classification}, 0, 'unexpected', ${input.cabinetId}, ${at}, ${actor.id}, ${actor.name})`);
    } else {
      result = row.expected === 0 ? 'unexpected' : row.expectedCabinetId === input.cabinetId ? 'present' : 'misplaced';
      repeated = row.result === result && (result === 'present' || row.foundCabinetId === input.cabinetId);
      if (!repeated)
        w.run(sql`UPDATE inspection_items SET result = ${result}, found_cabinet_id = ${result === 'present' ? null : input.cabinetId},
                         checked_at = ${at}, checked_by = ${actor.id}, checked_by_name = ${actor.name} WHERE id = ${row.id}`);
    }
    if (!repeated) checkAudit(w, clock, actor, ins, archiveNo, result, 'scan', null);
    return { result, archiveNo, title: it.title, expectedLocation: row?.expectedLocation ?? null, repeated };
  });
  return { ...outcome, inspection: getInspection(vault.db, input.inspectionId) };
}

function itemRowFor(w: Reader, inspectionId: number, itemId: number) {
  const row = w.get<{ id: number; archiveNo: string; expected: number; result: ScanResult }>(
    sql`SELECT id, archive_no, expected, result FROM inspection_items WHERE inspection_id = ${inspectionId} AND item_id = ${itemId}`,
  );
  if (!row) throw new DomainError('NOT_FOUND', `item ${itemId} is not on this inspection`);
  return row;
}

export function markItem(
  vault: Vault,
  clock: Clock,
  actor: Actor,
  input: { inspectionId: number; itemId: number; result: 'present' | 'missing' | 'misplaced'; note: string | null },
): InspectionDetail {
  vault.write((w) => {
    const ins = openInspection(w, input.inspectionId);
    const row = itemRowFor(w, ins.id, input.itemId);
    if (row.expected === 0) throw new DomainError('BAD_INPUT', 'v.unexpectedMark', { path: 'result' });
    const at = clock.now().toISOString();
    w.run(sql`UPDATE inspection_items SET result = ${input.result}, note = ${input.note}, found_cabinet_id = NULL,
                     finding = CASE WHEN ${input.result} = 'missing' THEN 'none' ELSE finding END,
                     finding_note = CASE WHEN ${input.result} = 'missing' THEN NULL ELSE finding_note END,
                     checked_at = ${at}, checked_by = ${actor.id}, checked_by_name = ${actor.name} WHERE id = ${row.id}`);
    checkAudit(w, clock, actor, ins, row.archiveNo, input.result, 'mark', input.note);
  });
  return getInspection(vault.db, input.inspectionId);
}

export function recordFinding(
  vault: Vault,
  clock: Clock,
  actor: Actor,
  input: { inspectionId: number; itemId: number; finding: InspectionItemRow['finding']; note: string | null; photo?: FindingPhotoInput },
): InspectionDetail {
  const photo = input.photo ? decodePhoto(input.photo) : null;
  vault.write((w) => {
    const ins = openInspection(w, input.inspectionId);
    const row = itemRowFor(w, ins.id, input.itemId);
    if (row.result === 'pending' || row.result === 'missing') throw new DomainError('BAD_INPUT', 'v.findingNotFound', { path: 'finding' });
    w.run(sql`UPDATE inspection_items SET finding = ${input.finding}, finding_note = ${input.note} WHERE id = ${row.id}`);
    if (input.finding === 'none') w.run(sql`DELETE FROM inspection_photos WHERE inspection_id = ${ins.id} AND item_id = ${input.itemId}`);
    else if (photo)
      w.run(sql`INSERT INTO inspection_photos(inspection_id, item_id, mime, size, sha256, data, added_at, added_by)
                VALUES (${ins.id}, ${input.itemId}, ${photo.mime}, ${photo.bytes.length}, ${photo.sha256}, ${photo.bytes}, ${clock.now().toISOString()}, ${actor.id})
                ON CONFLICT (inspection_id, item_id) DO UPDATE SET mime = excluded.mime, size = excluded.size, sha256 = excluded.sha256,
                  data = excluded.data, added_at = excluded.added_at, added_by = excluded.added_by`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'inspection.finding',
      entity: 'inspection',
      entityId: ins.id,
      detail: {
        no: ins.no,
        itemId: input.itemId,
        itemArchiveNo: row.archiveNo,
        finding: input.finding,
        note: input.note,
        ...(photo && input.finding !== 'none' ? { photoSha256: photo.sha256, photoSize: photo.bytes.length } : {}),
      },
    });
  });
  return getInspection(vault.db, input.inspectionId);
}
