// 对外提供登记 (R-SEC-5): nothing leaves for another organisation before BOTH approvals — the
// information supervisor's and the CS manager's, two different people (the engine's chain for
// 'externalProvision' and its SAME_SIGNER_TWICE rule; requireApproved checks every step verifies).
// The row says to whom, on what legal basis / agreement, what, how, when and by whom.
import { getRequest, requireApproved, type ApprovalRequest } from '../approvals';
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, sqlJoin } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { provisionDetailsSchema, type ProvideInput, type ProvisionDetails, type ProvisionRow } from './contract/calls';
import { itemFacts, userName } from './items';

function provisionDetails(r: ApprovalRequest): ProvisionDetails {
  const parsed = provisionDetailsSchema.safeParse(r.details);
  if (!parsed.success) throw new DomainError('TAMPERED', `request ${r.no}: provision details do not parse`);
  return parsed.data;
}

interface ProvisionDbRow {
  id: number;
  requestId: number;
  requestNo: string;
  recipientOrg: string;
  legalBasis: string;
  agreementRef: string | null;
  providedWhat: string;
  method: ProvisionRow['method'];
  providedAt: string;
  providedBy: number;
  receivedBy: string | null;
  note: string | null;
}

function toRow(db: Db, r: ProvisionDbRow): ProvisionRow {
  const ids = reader(db).values<number>(sql`SELECT item_id FROM provision_items WHERE provision_id = ${r.id} ORDER BY item_id`);
  const req = getRequest(db, r.requestId);
  return {
    id: r.id,
    requestId: r.requestId,
    requestNo: r.requestNo,
    recipientOrg: r.recipientOrg,
    legalBasis: r.legalBasis,
    agreementRef: r.agreementRef,
    providedWhat: r.providedWhat,
    method: r.method,
    items: itemFacts(db, ids).map((f) => ({ id: f.id, archiveNo: f.archiveNo, title: f.title, classification: f.classification })),
    providedAt: r.providedAt,
    providedByName: userName(db, r.providedBy),
    receivedBy: r.receivedBy,
    note: r.note,
    approvals: (req?.chain ?? []).flatMap((s) =>
      s.signature ? [{ step: s.label.zh, signerName: s.signature.signerName, at: s.signature.at, valid: s.signature.valid }] : [],
    ),
  };
}

export function listProvisions(db: Db, filter: { requestId?: number } = {}): ProvisionRow[] {
  const where = [sql`1 = 1`];
  if (filter.requestId !== undefined) where.push(sql`request_id = ${filter.requestId}`);
  return reader(db)
    .all<ProvisionDbRow>(sql`SELECT * FROM provisions WHERE ${sqlJoin(where, ' AND ')} ORDER BY id`)
    .map((r) => toRow(db, r));
}

export function recordProvision(vault: Vault, clock: Clock, actor: Actor, input: ProvideInput): ProvisionRow {
  const db = vault.db;
  const id = vault.write((w) => {
    let r: ApprovalRequest;
    try {
      r = requireApproved(db, input.requestId, 'externalProvision');
    } catch (e) {
      if (e instanceof DomainError && e.code === 'BAD_STATE') throw new DomainError('NOT_APPROVED', 'both approvals are needed first', e.data);
      throw e;
    }
    // belt and braces over the chain policy: two approvals by two different people
    const signers = r.chain.map((s) => s.signature?.signerId).filter((s): s is number => s !== undefined);
    if (signers.length < 2 || new Set(signers).size !== signers.length) throw new DomainError('NOT_APPROVED', 'two different approvers are needed');
    if (reader(db).value(sql`SELECT 1 FROM provisions WHERE request_id = ${r.id}`)) throw new DomainError('ALREADY_RECORDED', `${r.no} already recorded`);
    const d = provisionDetails(r);
    const at = input.providedAt ?? clock.now().toISOString();
    const id = w.run(
      sql`INSERT INTO provisions(request_id, request_no, recipient_org, legal_basis, agreement_ref, provided_what, method, provided_at, provided_by, received_by, note)
          VALUES (${r.id}, ${r.no}, ${d.recipientOrg}, ${d.legalBasis}, ${d.agreementRef ?? null}, ${d.providedWhat}, ${d.method}, ${at}, ${actor.id},
                  ${input.receivedBy ?? null}, ${input.note ?? null})`,
    ).lastInsertRowid;
    for (const itemId of r.itemIds) w.run(sql`INSERT INTO provision_items(provision_id, item_id) VALUES (${id}, ${itemId})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'copies.provision.record',
      entity: 'provision',
      entityId: id,
      detail: {
        requestId: r.id,
        requestNo: r.no,
        recipientOrg: d.recipientOrg,
        method: d.method,
        itemIds: r.itemIds,
        archiveNos: itemFacts(db, r.itemIds).map((f) => f.archiveNo),
        approvers: signers,
      },
    });
    return id;
  });
  return listProvisions(db).find((p) => p.id === id)!;
}
