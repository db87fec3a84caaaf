// The keeper's to-do: approved copy / carry-out / provision requests with what is recorded so far
// (copies made per item; whether the departure or the provision is registered).
import { getRequest } from '../approvals';
import type { Db } from '../vault/db';
import { reader, sql } from '../vault/sql';
import { carryOutDetailsSchema, copyDetailsSchema, provisionDetailsSchema, type ApprovedRequestSummary } from './contract/calls';
import { copiesMade } from './copies';
import { itemFacts } from './items';

const SCHEMAS = { copy: copyDetailsSchema, carryOut: carryOutDetailsSchema, externalProvision: provisionDetailsSchema } as const;

export function approvedRequests(db: Db, type: ApprovedRequestSummary['type']): ApprovedRequestSummary[] {
  const ids = reader(db).values<number>(sql`SELECT id FROM requests WHERE type = ${type} AND status = 'approved' ORDER BY decided_at DESC, id DESC LIMIT 200`);
  const out: ApprovedRequestSummary[] = [];
  for (const id of ids) {
    const r = getRequest(db, id);
    if (!r || !r.verified) continue;
    const details = SCHEMAS[type].safeParse(r.details);
    if (!details.success) continue;
    const recorded =
      type === 'carryOut'
        ? !!reader(db).value(sql`SELECT 1 FROM carry_outs WHERE request_id = ${id}`)
        : type === 'externalProvision'
          ? !!reader(db).value(sql`SELECT 1 FROM provisions WHERE request_id = ${id}`)
          : type === 'copy' && details.success && 'copies' in details.data
            ? r.itemIds.every((itemId) => copiesMade(db, r.no, itemId) >= (details.data as { copies: number }).copies)
            : false;
    out.push({
      id: r.id,
      no: r.no,
      type,
      applicantName: r.applicant.name,
      applicantUnit: r.applicant.unit,
      purpose: r.purpose,
      items: itemFacts(db, r.itemIds).map((f) => ({
        id: f.id,
        archiveNo: f.archiveNo,
        title: f.title,
        classification: f.classification,
        made: type === 'copy' ? copiesMade(db, r.no, f.id) : 0,
      })),
      details: details.data,
      recorded,
    });
  }
  return out;
}
