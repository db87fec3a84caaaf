// The evidence freeze (R-SEC-7): at the report, the affected items' access, loan, copy and custody
// history as it stands is written into the incident as canonical JSON, and its sha256 goes into the
// report's audit trail entry (hash-chained). Later checks recompute the hash over the stored bytes
// and compare with that entry: a changed evidence text (or a changed stored hash) shows.
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { itemArchiveNo } from '../archive';
import { sql, type Reader } from '../vault/sql';
import type { EvidenceCheck } from './contract/calls';

export const EVIDENCE_PURPOSE = 'archive-room/incident-evidence/v1';

export interface AffectedItem {
  itemId: number;
  archiveNo: string;
  title: string;
  classification: number;
  customerId: number;
  custodyState: string;
}

/** The items named plus every item of the customers named, in id order. */
export function affectedItems(r: Reader, itemIds: number[], customerIds: number[]): AffectedItem[] {
  const ids = [...new Set(itemIds)];
  const cs = [...new Set(customerIds)];
  const rows = r.all<AffectedItem & { baseNo: string; itemNo: number }>(sql`
    SELECT i.id AS item_id, a.archive_no AS base_no, i.item_no, i.title, i.classification, a.customer_id, i.custody_state
      FROM items i JOIN archives a ON a.id = i.archive_id
     WHERE i.id IN ${ids.length ? ids : [0]} OR a.customer_id IN ${cs.length ? cs : [0]}
     ORDER BY i.id`);
  return rows.map(({ baseNo, itemNo, ...x }) => ({ ...x, archiveNo: itemArchiveNo(baseNo, itemNo) }));
}

function itemHistory(r: Reader, it: AffectedItem) {
  const grants = r.all<{
    id: number;
    no: string;
    readerName: string;
    readerUnit: string | null;
    purpose: string | null;
    validFrom: string;
    validUntil: string;
    allowPrint: number;
    allowDownload: number;
    createdAt: string;
    endedAt: string | null;
    endReason: string | null;
  }>(sql`
    SELECT g.id, g.no, g.reader_name, g.reader_unit, g.purpose, g.valid_from, g.valid_until, g.allow_print, g.allow_download, g.created_at, g.ended_at, g.end_reason
      FROM access_grant_items gi JOIN access_grants g ON g.id = gi.grant_id WHERE gi.item_id = ${it.itemId} ORDER BY g.id`);
  const access = grants.map(({ id, ...g }) => ({
    ...g,
    consultations: r.all(sql`SELECT c.time_in, c.time_out, u.display_name AS operator FROM access_consultations c JOIN users u ON u.id = c.operator_id
                              WHERE c.grant_id = ${id} ORDER BY c.id`),
  }));
  const loanRows = r.all<{ id: number }>(sql`SELECT id, request_no, borrower_name, borrower_unit, reason, approver, out_at, due_at, issued_by_name, copies
                                               FROM loans WHERE item_id = ${it.itemId} ORDER BY id`);
  const loans = loanRows.map(({ id, ...l }) => ({
    ...l,
    returns: r.all(sql`SELECT returned_at, copies, page_check, missing_pages, received_by_name FROM loan_returns WHERE loan_id = ${id} ORDER BY id`),
  }));
  const copyRows = r.all<{
    id: number;
  }>(sql`SELECT c.id, c.ref_no, c.copy_no, c.kind, c.pages, c.for_whom, c.made_at, u.display_name AS made_by, c.state, c.file_sha256
                                               FROM copies c JOIN users u ON u.id = c.made_by WHERE c.item_id = ${it.itemId} ORDER BY c.id`);
  const copies = copyRows.map(({ id, ...c }) => ({
    ...c,
    events: r.all(
      sql`SELECT e.state, e.at, u.display_name AS by, e.note FROM copy_events e JOIN users u ON u.id = e.by_id WHERE e.copy_id = ${id} ORDER BY e.id`,
    ),
  }));
  const custody = r.all(sql`SELECT state, at, ref_type, ref_id FROM custody_events WHERE item_id = ${it.itemId} ORDER BY id`);
  return {
    itemId: it.itemId,
    archiveNo: it.archiveNo,
    title: it.title,
    classification: it.classification,
    custodyState: it.custodyState,
    access,
    loans,
    copies,
    custody,
  };
}

/** The frozen evidence: canonical JSON and its sha256. */
export function freezeEvidence(
  r: Reader,
  head: { no: string; frozenAt: string },
  items: AffectedItem[],
  customers: { customerId: number; name: string; archiveNo: string | null }[],
): { json: string; sha256: string } {
  const json = canonicalJson({
    purpose: EVIDENCE_PURPOSE,
    incidentNo: head.no,
    frozenAt: head.frozenAt,
    customers,
    items: items.map((it) => itemHistory(r, it)),
  });
  return { json, sha256: sha256Hex(json) };
}

/** Recomputes the stored evidence's hash and compares it with the one in the report's audit entry. */
export function checkEvidence(r: Reader, incidentId: number, evidenceJson: string): EvidenceCheck {
  const computed = sha256Hex(evidenceJson);
  const detail = r.value<string>(
    sql`SELECT detail_json FROM audit_entry WHERE action = 'incident.report' AND entity = 'incident' AND entity_id = ${String(incidentId)} ORDER BY seq LIMIT 1`,
  );
  const recorded = detail ? ((JSON.parse(detail) as { evidenceSha256?: unknown }).evidenceSha256 ?? null) : null;
  return { computed, recorded: typeof recorded === 'string' ? recorded : null, ok: computed === recorded };
}
