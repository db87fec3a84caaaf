// 外出携带登记 (R-SEC-4): files leave the room only under an approved carry-out request, with a
// designated carrier (policy copies.carriers), the security measures, and the carrier's signed
// confidentiality pledge — signed at the machine with the carrier's own key (record type
// 'carryOutPledge', over the approved request's facts) or, on paper, recorded as evidence. While
// out the items are 'onLoan' in the archive's custody (ref carryOut); the return check
// (返回检查情况) closes the row and puts them back on their shelf.
import { requireApproved, type ApprovalRequest } from '../approvals';
import { recordCustodyEvent } from '../archive';
import { appendAudit } from '../audit/append';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import type { AppContext } from '../core/context';
import { DomainError } from '../contract/result';
import { listSignatures, signRecord, type SignableRecordType } from '../people/signatures';
import type { Actor } from '../core/context';
import { findUserByLogin } from '../people/users';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, sqlJoin } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { isCarrier } from './carriers';
import { carryOutDetailsSchema, type CarryOutDetails, type CarryOutRow, type DepartInput, type ReturnInput, type SecurityMeasure } from './contract/calls';
import { itemFacts, userName } from './items';

export const PLEDGE_RECORD_TYPE = 'carryOutPledge';

function carryOutDetails(r: ApprovalRequest): CarryOutDetails {
  const parsed = carryOutDetailsSchema.safeParse(r.details);
  if (!parsed.success) throw new DomainError('TAMPERED', `request ${r.no}: carry-out details do not parse`);
  return parsed.data;
}

function requireApprovedCarryOut(db: Db, requestId: number): ApprovalRequest {
  try {
    return requireApproved(db, requestId, 'carryOut');
  } catch (e) {
    if (e instanceof DomainError && e.code === 'BAD_STATE') throw new DomainError('NOT_APPROVED', 'carry-out request not approved', e.data);
    throw e;
  }
}

/** What the carrier pledges: the approved request's facts (number, carrier, items, destination, measures, return). */
function pledgeContent(db: Db, requestId: number): string | null {
  const r = reader(db).get<{ no: string; type: string; status: string; detailsJson: string; purpose: string }>(
    sql`SELECT no, type, status, details_json, purpose FROM requests WHERE id = ${requestId}`,
  );
  if (!r || r.type !== 'carryOut') return null;
  const items = reader(db).values<number>(sql`SELECT item_id FROM request_items WHERE request_id = ${requestId} ORDER BY item_id`);
  return sha256Hex(canonicalJson({ request: r.no, purpose: r.purpose, details: JSON.parse(r.detailsJson) as unknown, items }));
}

export const pledgeRecordType: SignableRecordType = {
  contentHash: (db, id) => (/^\d+$/.test(id) ? pledgeContent(db, Number(id)) : null),
  // the carrier may be the applicant: the pledge is theirs to sign (who signs is checked in depart)
  requesterId: () => null,
};

interface CarryOutDbRow {
  id: number;
  requestId: number;
  requestNo: string;
  carrierId: number;
  purpose: string;
  destination: string;
  measuresJson: string;
  measuresNote: string | null;
  pledge: 'signed' | 'paper';
  pledgeNote: string | null;
  expectedReturn: string;
  outAt: string;
  outBy: number;
  returnedAt: string | null;
  returnedBy: number | null;
  returnCheck: CarryOutRow['returnCheck'];
  returnNote: string | null;
}

function toRow(db: Db, r: CarryOutDbRow, now: Date): CarryOutRow {
  const ids = reader(db).values<number>(sql`SELECT item_id FROM carry_out_items WHERE carry_out_id = ${r.id} ORDER BY item_id`);
  const sig = r.pledge === 'signed' ? listSignatures(db, PLEDGE_RECORD_TYPE, String(r.requestId)).find((s) => s.signerId === r.carrierId) : undefined;
  return {
    id: r.id,
    requestId: r.requestId,
    requestNo: r.requestNo,
    carrierId: r.carrierId,
    carrierName: userName(db, r.carrierId),
    items: itemFacts(db, ids).map((f) => ({ id: f.id, archiveNo: f.archiveNo, title: f.title, classification: f.classification })),
    purpose: r.purpose,
    destination: r.destination,
    measures: JSON.parse(r.measuresJson) as SecurityMeasure[],
    measuresNote: r.measuresNote,
    pledge: r.pledge,
    pledgeNote: r.pledgeNote,
    pledgeSignature: sig ? { signerName: sig.signerName, at: sig.at, valid: sig.valid ?? false } : null,
    expectedReturn: r.expectedReturn,
    outAt: r.outAt,
    outByName: userName(db, r.outBy),
    returnedAt: r.returnedAt,
    returnedByName: r.returnedBy === null ? null : userName(db, r.returnedBy),
    returnCheck: r.returnCheck,
    returnNote: r.returnNote,
    overdue: r.returnedAt === null && new Date(r.expectedReturn).getTime() < now.getTime(),
  };
}

export function listCarryOuts(db: Db, clock: Clock, filter: { requestId?: number; open?: boolean } = {}): CarryOutRow[] {
  const where = [sql`1 = 1`];
  if (filter.requestId !== undefined) where.push(sql`request_id = ${filter.requestId}`);
  if (filter.open) where.push(sql`returned_at IS NULL`);
  return reader(db)
    .all<CarryOutDbRow>(sql`SELECT * FROM carry_outs WHERE ${sqlJoin(where, ' AND ')} ORDER BY id`)
    .map((r) => toRow(db, r, clock.now()));
}

const carryOutById = (db: Db, clock: Clock, id: number) => {
  const r = reader(db).get<CarryOutDbRow>(sql`SELECT * FROM carry_outs WHERE id = ${id}`);
  return r ? toRow(db, r, clock.now()) : null;
};

/** Everything that must hold before the carrier leaves (checked before the pledge is signed and again in the transaction). */
function checkDeparture(db: Db, requestId: number): { r: ApprovalRequest; d: CarryOutDetails } {
  const r = requireApprovedCarryOut(db, requestId);
  const d = carryOutDetails(r);
  if (reader(db).value(sql`SELECT 1 FROM carry_outs WHERE request_id = ${r.id}`)) throw new DomainError('ALREADY_RECORDED', `${r.no} already recorded`);
  if (!isCarrier(db, d.carrierId)) throw new DomainError('NOT_CARRIER', 'not a designated carrier');
  for (const f of itemFacts(db, r.itemIds)) {
    if (f.custodyState !== 'onShelf') throw new DomainError('ITEM_NOT_IN_ROOM', `${f.archiveNo} is ${f.custodyState}`, { archiveNo: f.archiveNo });
  }
  return { r, d };
}

export async function depart(ctx: AppContext, vault: Vault, clock: Clock, actor: Actor, input: DepartInput): Promise<CarryOutRow> {
  const db = vault.db;
  const { d } = checkDeparture(db, input.requestId);
  if (input.pledge.kind === 'signed') {
    // the pledge is the carrier's own: their login, their password, their key
    const signer = findUserByLogin(db, input.pledge.signerLogin);
    if (!signer || signer.id !== d.carrierId) throw new DomainError('NOT_CARRIER', 'the carrier signs the pledge');
    const already = listSignatures(db, PLEDGE_RECORD_TYPE, String(input.requestId)).some((s) => s.signerId === d.carrierId && s.valid);
    if (!already) {
      await signRecord(ctx, {
        recordType: PLEDGE_RECORD_TYPE,
        recordId: String(input.requestId),
        meaning: 'approved',
        signerLogin: input.pledge.signerLogin,
        signerPassword: input.pledge.signerPassword,
      });
    }
  }
  const id = vault.write((w) => {
    const { r, d } = checkDeparture(db, input.requestId);
    const at = clock.now().toISOString();
    const pledgeNote = input.pledge.kind === 'paper' ? input.pledge.note : null;
    const id = w.run(
      sql`INSERT INTO carry_outs(request_id, request_no, carrier_id, purpose, destination, measures_json, measures_note, pledge, pledge_note,
            expected_return, out_at, out_by)
          VALUES (${r.id}, ${r.no}, ${d.carrierId}, ${r.purpose}, ${d.destination}, ${JSON.stringify(d.measures)}, ${d.measuresNote ?? null},
            ${input.pledge.kind}, ${pledgeNote}, ${d.expectedReturn}, ${at}, ${actor.id})`,
    ).lastInsertRowid;
    for (const itemId of r.itemIds) {
      w.run(sql`INSERT INTO carry_out_items(carry_out_id, item_id) VALUES (${id}, ${itemId})`);
      recordCustodyEvent(db, { itemId, state: 'onLoan', at, byId: actor.id, refType: 'carryOut', refId: id });
    }
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'copies.carryOut.depart',
      entity: 'carryOut',
      entityId: id,
      detail: {
        requestId: r.id,
        requestNo: r.no,
        carrierId: d.carrierId,
        destination: d.destination,
        measures: d.measures,
        pledge: input.pledge.kind,
        itemIds: r.itemIds,
        archiveNos: itemFacts(db, r.itemIds).map((f) => f.archiveNo),
        expectedReturn: d.expectedReturn,
      },
    });
    return id;
  });
  return carryOutById(db, clock, id)!;
}

export function returnCarryOut(vault: Vault, clock: Clock, actor: Actor, input: ReturnInput): CarryOutRow {
  const db = vault.db;
  return vault.write((w) => {
    const row = carryOutById(db, clock, input.id);
    if (!row) throw new DomainError('NOT_FOUND', `carry-out ${input.id} not found`);
    if (row.returnedAt) throw new DomainError('ALREADY_RECORDED', 'already returned');
    const at = clock.now().toISOString();
    w.run(
      sql`UPDATE carry_outs SET returned_at = ${at}, returned_by = ${actor.id}, return_check = ${input.check}, return_note = ${input.note ?? null}
          WHERE id = ${row.id}`,
    );
    // back in the room; a missing item stays out (its loss is an incident, not a shelf position)
    for (const it of row.items) {
      if (input.check === 'missing') continue;
      recordCustodyEvent(db, { itemId: it.id, state: 'onShelf', at, byId: actor.id, refType: 'carryOut', refId: row.id });
    }
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'copies.carryOut.return',
      entity: 'carryOut',
      entityId: row.id,
      detail: { requestNo: row.requestNo, check: input.check, note: input.note ?? null, itemIds: row.items.map((i) => i.id) },
    });
    return carryOutById(db, clock, row.id)!;
  });
}
