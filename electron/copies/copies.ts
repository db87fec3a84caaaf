// 复制登记 (R-SEC-3): every copy made is one numbered row (第 n 份 under its request or grant, per
// item) with its own custody state (issued → returned / destroyed; every change an event and an
// audit entry). Copies come from two places: the keeper records photocopies / excerpts made under
// an approved copy request (recordCopies), and saving an attachment as a file is a copy too — the
// export policy below (registered with the archive) allows it only inside a grant that allows
// downloads or an approved copy request covering the item, registers it and marks the file.
import { createHash } from 'node:crypto';
import { requireApproved, type ApprovalRequest } from '../approvals';
import { grantInForce } from '../access';
import type { AttachmentExport, ExportPlan, ExportPolicy, Viewer } from '../archive';
import { appendAudit } from '../audit/append';
import { formatTime, workstationTimeZone } from '../contract/time';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, sqlJoin, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { copyDetailsSchema, type CopyDetails, type CopyRow, type CopyState, type RecordCopiesInput } from './contract/calls';
import { itemFact, itemFacts } from './items';
import { markedCopy, markedFileName, MarkError, traceMarkText, type TraceMark } from './trace-mark';

interface CopyDbRow {
  id: number;
  source: 'request' | 'grant';
  requestId: number | null;
  grantId: number | null;
  refNo: string;
  itemId: number;
  copyNo: number;
  kind: CopyRow['kind'];
  pages: string | null;
  attachmentId: number | null;
  fileName: string | null;
  forWhom: string;
  madeAt: string;
  madeByName: string;
  note: string | null;
  state: CopyState;
  stateAt: string;
  stateByName: string;
  stateNote: string | null;
}

const SELECT = sql`SELECT c.id, c.source, c.request_id, c.grant_id, c.ref_no, c.item_id, c.copy_no, c.kind, c.pages, c.attachment_id,
    t.file_name, c.for_whom, c.made_at, um.display_name AS made_by_name, c.note, c.state,
    e.at AS state_at, ue.display_name AS state_by_name, e.note AS state_note
  FROM copies c
  JOIN users um ON um.id = c.made_by
  LEFT JOIN attachments t ON t.id = c.attachment_id
  JOIN copy_events e ON e.id = (SELECT MAX(id) FROM copy_events WHERE copy_id = c.id)
  JOIN users ue ON ue.id = e.by_id`;

function toRows(db: Db, rows: CopyDbRow[]): CopyRow[] {
  const facts = new Map(itemFacts(db, [...new Set(rows.map((r) => r.itemId))]).map((f) => [f.id, f]));
  return rows.map((r) => {
    const f = facts.get(r.itemId)!;
    return {
      id: r.id,
      source: r.source,
      requestId: r.requestId,
      grantId: r.grantId,
      refNo: r.refNo,
      itemId: r.itemId,
      itemArchiveNo: f.archiveNo,
      itemTitle: f.title,
      classification: f.classification,
      copyNo: r.copyNo,
      kind: r.kind,
      pages: r.pages,
      fileName: r.fileName,
      forWhom: r.forWhom,
      madeAt: r.madeAt,
      madeByName: r.madeByName,
      note: r.note,
      state: r.state,
      stateAt: r.stateAt,
      stateByName: r.stateByName,
      stateNote: r.stateNote,
    };
  });
}

export function listCopies(db: Db, filter: { requestId?: number; open?: boolean } = {}): CopyRow[] {
  const where = [sql`1 = 1`];
  if (filter.requestId !== undefined) where.push(sql`c.request_id = ${filter.requestId}`);
  if (filter.open) where.push(sql`c.state = 'issued'`);
  return toRows(db, reader(db).all<CopyDbRow>(sql`${SELECT} WHERE ${sqlJoin(where, ' AND ')} ORDER BY c.id`));
}

const copyById = (db: Db, id: number): CopyRow | undefined => toRows(db, reader(db).all<CopyDbRow>(sql`${SELECT} WHERE c.id = ${id}`))[0];

/** Copies made so far of one item under one request / grant number. */
const madeCount = (r: Reader, refNo: string, itemId: number) =>
  r.value<number>(sql`SELECT COUNT(*) FROM copies WHERE ref_no = ${refNo} AND item_id = ${itemId}`) ?? 0;

export const copiesMade = (db: Db, refNo: string, itemId: number) => madeCount(reader(db), refNo, itemId);

/** The copy request's details, parsed by this domain's schema (a row that fails is not a copy request). */
export function copyDetails(r: ApprovalRequest): CopyDetails {
  const parsed = copyDetailsSchema.safeParse(r.details);
  if (!parsed.success) throw new DomainError('TAMPERED', `request ${r.no}: copy details do not parse`);
  return parsed.data;
}

/** Who the copies are for: the details say, else the applicant (and their unit). */
export const forWhomOf = (r: ApprovalRequest, d: CopyDetails) => d.forWhom ?? `${r.applicant.name}（${r.applicant.unit}）`;

/** who records: the signed-in actor or the viewer the content gate checked */
type Who = Pick<Actor, 'id'> & { name: string | null };

interface NewCopy {
  source: 'request' | 'grant';
  requestId: number | null;
  grantId: number | null;
  refNo: string;
  itemId: number;
  kind: CopyRow['kind'];
  pages: string | null;
  attachmentId?: number | null;
  fileSha256?: string | null;
  markText?: string | null;
  forWhom: string;
  note?: string | null;
}

/** Inserts copies numbered after those already made (inside the caller's transaction). */
function insertCopies(w: Writer, clock: Clock, actor: Who, c: NewCopy, count: number, firstNo?: number): number[] {
  const at = clock.now().toISOString();
  const next = madeCount(w, c.refNo, c.itemId) + 1;
  if (firstNo !== undefined && firstNo !== next) throw new DomainError('DUPLICATE', 'copy number taken meanwhile');
  const ids: number[] = [];
  for (let n = next; n < next + count; n++) {
    const id = w.run(
      sql`INSERT INTO copies(source, request_id, grant_id, ref_no, item_id, copy_no, kind, pages, attachment_id, file_sha256, mark_text, for_whom, made_at, made_by, note)
          VALUES (${c.source}, ${c.requestId}, ${c.grantId}, ${c.refNo}, ${c.itemId}, ${n}, ${c.kind}, ${c.pages}, ${c.attachmentId ?? null},
                  ${c.fileSha256 ?? null}, ${c.markText ?? null}, ${c.forWhom}, ${at}, ${actor.id}, ${c.note ?? null})`,
    ).lastInsertRowid;
    w.run(sql`INSERT INTO copy_events(copy_id, state, at, by_id, note) VALUES (${id}, 'issued', ${at}, ${actor.id}, ${null})`);
    ids.push(id);
  }
  return ids;
}

/** The keeper records photocopies / excerpts made under an approved copy request (the record-copies dialog). */
export function recordCopies(vault: Vault, clock: Clock, actor: Actor, input: RecordCopiesInput): CopyRow[] {
  return vault.write((w) => {
    const r = requireApprovedCopy(vault.db, input.requestId);
    if (!r.itemIds.includes(input.itemId)) throw new DomainError('COPY_NOT_ALLOWED', 'item not covered by this request');
    const d = copyDetails(r);
    const made = madeCount(w, r.no, input.itemId);
    if (made + input.count > d.copies) throw new DomainError('COPY_LIMIT', 'too many copies', { made, allowed: d.copies });
    const ids = insertCopies(
      w,
      clock,
      actor,
      {
        source: 'request',
        requestId: r.id,
        grantId: null,
        refNo: r.no,
        itemId: input.itemId,
        kind: d.mode,
        pages: d.pages ?? null,
        forWhom: forWhomOf(r, d),
        note: input.note,
      },
      input.count,
    );
    const f = itemFact(vault.db, input.itemId);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'copies.copy.record',
      entity: 'copy',
      entityId: ids[0]!,
      detail: {
        requestId: r.id,
        refNo: r.no,
        itemId: f.id,
        archiveNo: f.archiveNo,
        count: input.count,
        copyNos: ids.map((_, i) => made + 1 + i),
        copyIds: ids,
      },
    });
    return listCopies(vault.db, { requestId: r.id }).filter((c) => ids.includes(c.id));
  });
}

function requireApprovedCopy(db: Db, requestId: number): ApprovalRequest {
  try {
    return requireApproved(db, requestId, 'copy');
  } catch (e) {
    if (e instanceof DomainError && e.code === 'BAD_STATE') throw new DomainError('NOT_APPROVED', 'copy request not approved', e.data);
    throw e;
  }
}

const NEXT_STATES: Record<CopyState, readonly CopyState[]> = { issued: ['returned', 'destroyed'], returned: ['destroyed'], destroyed: [] };

export function setCopyState(vault: Vault, clock: Clock, actor: Who, input: { copyId: number; state: 'returned' | 'destroyed'; note?: string }): CopyRow {
  return vault.write((w) => {
    const c = copyById(vault.db, input.copyId);
    if (!c) throw new DomainError('NOT_FOUND', `copy ${input.copyId} not found`);
    if (!NEXT_STATES[c.state].includes(input.state)) throw new DomainError('COPY_STATE', `copy is ${c.state}`);
    const at = clock.now().toISOString();
    w.run(sql`INSERT INTO copy_events(copy_id, state, at, by_id, note) VALUES (${c.id}, ${input.state}, ${at}, ${actor.id}, ${input.note ?? null})`);
    w.run(sql`UPDATE copies SET state = ${input.state} WHERE id = ${c.id}`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'copies.copy.state',
      entity: 'copy',
      entityId: c.id,
      detail: { refNo: c.refNo, itemId: c.itemId, archiveNo: c.itemArchiveNo, copyNo: c.copyNo, from: c.state, to: input.state, note: input.note ?? null },
    });
    return copyById(vault.db, c.id)!;
  });
}

// ---- the export policy: a saved attachment is a copy ----

/** Approved copy requests covering the item that this viewer may copy under (operator or the applicant), with copies left. */
function copyRequestFor(db: Db, viewer: Viewer, itemId: number): ApprovalRequest | null {
  const ids = reader(db).values<number>(
    sql`SELECT r.id FROM requests r JOIN request_items ri ON ri.request_id = r.id
        WHERE r.type = 'copy' AND r.status = 'approved' AND ri.item_id = ${itemId} ORDER BY r.decided_at, r.id`,
  );
  for (const id of ids) {
    let r: ApprovalRequest;
    try {
      r = requireApproved(db, id, 'copy');
    } catch {
      continue;
    }
    if (!viewer.roles.includes('operator') && r.applicant.userId !== viewer.id) continue;
    const d = copyDetailsSchema.safeParse(r.details);
    if (!d.success || madeCount(reader(db), r.no, itemId) >= d.data.copies) continue;
    return r;
  }
  return null;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function refuse(vault: Vault, clock: Clock, e: AttachmentExport, code: 'COPY_NOT_ALLOWED' | 'MARK_FAILED', message: string): never {
  const f = itemFact(vault.db, e.itemId);
  vault.write((w) =>
    appendAudit(w, clock, {
      actorId: e.viewer.id,
      actorName: e.viewer.name,
      action: 'copies.copy.refused',
      entity: 'attachment',
      entityId: e.attachment.id,
      detail: { itemId: f.id, archiveNo: f.archiveNo, fileName: e.attachment.fileName, code },
    }),
  );
  throw new DomainError(code, message);
}

export const copyExportPolicy: ExportPolicy = {
  async prepare(vault, clock, e): Promise<ExportPlan> {
    const db = vault.db;
    const f = itemFact(db, e.itemId);
    // a grant that allows downloads (the gate let it through only then), else an approved copy request
    let source: Omit<NewCopy, 'itemId' | 'kind' | 'pages'>;
    // the gate passes the grant it opened the item under; a keeper who sees the item by role may
    // still be copying for a reader under a grant (a reading-desk consultation)
    const grant = e.grant ?? grantInForce(db, e.viewer, e.itemId, clock.now());
    if (grant?.allows.download) {
      const reader = grantInForce(db, e.viewer, e.itemId, clock.now());
      const forWhom =
        reader && reader.grantId === grant.grantId ? `${reader.readerName}${reader.readerUnit ? `（${reader.readerUnit}）` : ''}` : (e.viewer.name ?? '');
      source = { source: 'grant', requestId: null, grantId: grant.grantId, refNo: grant.no, forWhom };
    } else {
      const r = copyRequestFor(db, e.viewer, e.itemId);
      if (!r) refuse(vault, clock, e, 'COPY_NOT_ALLOWED', 'no grant or approved copy request allows this copy');
      source = { source: 'request', requestId: r.id, grantId: null, refNo: r.no, forWhom: forWhomOf(r, copyDetails(r)) };
    }
    const copyNo = madeCount(reader(db), source.refNo, e.itemId) + 1;
    const mark: TraceMark = {
      refNo: source.refNo,
      person: e.viewer.name ?? '',
      at: formatTime(clock.now().toISOString(), 'zh-CN', workstationTimeZone(), { seconds: false }),
      copyNo,
      archiveNo: f.archiveNo,
    };
    let bytes: Uint8Array;
    try {
      bytes = await markedCopy(e.bytes, e.attachment.mime, mark);
    } catch (err) {
      if (err instanceof MarkError) refuse(vault, clock, e, 'MARK_FAILED', err.message);
      throw err;
    }
    const fileName = markedFileName(e.attachment.fileName, mark);
    const fileSha256 = sha256(bytes);
    // registered before the save dialog opens: a file never leaves unregistered (a cancelled
    // dialog records the copy as destroyed, so its number is accounted for)
    const copyId = vault.write((w) => {
      const [id] = insertCopies(
        w,
        clock,
        e.viewer,
        { ...source, itemId: e.itemId, kind: 'download', pages: null, attachmentId: e.attachment.id, fileSha256, markText: traceMarkText(mark) },
        1,
        copyNo,
      );
      appendAudit(w, clock, {
        actorId: e.viewer.id,
        actorName: e.viewer.name,
        action: 'copies.copy.export',
        entity: 'copy',
        entityId: id!,
        detail: { refNo: source.refNo, itemId: f.id, archiveNo: f.archiveNo, attachmentId: e.attachment.id, fileName, copyNo, sha256: fileSha256 },
      });
      return id!;
    });
    return {
      bytes,
      fileName,
      detail: { copyId, copyRef: source.refNo, copyNo, markedSha256: fileSha256, savedAs: fileName },
      cancelled: () => {
        setCopyState(vault, clock, e.viewer, { copyId, state: 'destroyed', note: '保存已取消，文件未导出' });
      },
    };
  },
};
