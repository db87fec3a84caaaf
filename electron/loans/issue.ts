// Issue, return and renewal (R-LOAN-1..4). Each is ONE transaction: the register row(s), the
// custody event through the archive's entry (onShelf → onLoan → onShelf), a move to another
// shelf position when one is chosen, and the audit entry — a crash leaves all or nothing.
// An item is issued only from an approved 'loan' request (the approval engine's requireApproved),
// only while it is on the shelf, only to the request's applicant (nobody lends on), and 机密/绝密
// items only by their custodian (R-SEC-2).
import { appendAudit } from '../audit/append';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import { sql, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { itemArchiveNo, locationRef, placeItem, recordCustodyEvent } from '../archive';
import { requireApproved, type ApprovalRequest } from '../approvals';
import { atTime, calendarDate, dueAt } from './contract/calendar';
import { loanDetailsSchema, type BorrowerSignature, type IssueInput, type LoanDetails, type LoanRow, type ReturnInput } from './contract/calls';
import { getLoanPolicy, workCalendar } from './policy';
import { getLoanRow } from './register';
import { createHash } from 'node:crypto';

const CLASSIFIED_FROM = 2;

export interface LendableItem {
  id: number;
  archiveNo: string;
  itemNo: number;
  title: string;
  classification: number;
  pages: number | null;
  copies: number;
  custodyState: string;
  custodianId: number | null;
  locationId: number | null;
}

export function lendableItem(w: Pick<Writer, 'get'>, itemId: number): LendableItem {
  const it =
    w.get<LendableItem>(sql`SELECT i.id, a.archive_no, i.item_no, i.title, i.classification, i.pages, i.copies, i.custody_state, i.custodian_id, i.location_id
                                       FROM items i JOIN archives a ON a.id = i.archive_id WHERE i.id = ${itemId}`);
  if (!it) throw new DomainError('NOT_FOUND', `item ${itemId} not found`);
  return it;
}

/** R-LOAN-1: an item out cannot go out again; only what is on the shelf can be lent. */
export function assertOnShelf(it: LendableItem): void {
  if (it.custodyState === 'onLoan') throw new DomainError('ALREADY_ON_LOAN', `item ${it.id} is on loan`, { itemId: it.id });
  if (it.custodyState !== 'onShelf') throw new DomainError('NOT_ON_SHELF', `item ${it.id} is ${it.custodyState}`, { itemId: it.id });
}

/** R-SEC-2: 机密/绝密 only by their custodian; the rest by an information specialist. */
function assertHandler(it: LendableItem, actor: Actor): void {
  if (it.classification >= CLASSIFIED_FROM) {
    if (it.custodianId !== actor.id) throw new DomainError('NOT_CUSTODIAN', 'only the designated custodian handles a classified item');
  } else if (!actor.roles.includes('operator')) throw new DomainError('FORBIDDEN_ROLE', 'the information specialist issues and receives ordinary items');
}

/** The names of the people who signed the request's approving steps. */
export function approverNames(req: ApprovalRequest): string {
  return req.chain
    .filter((s) => s.signature && s.signature.meaning === 'approved')
    .map((s) => s.signature!.signerName)
    .join('、');
}

export function loanDetails(req: ApprovalRequest): LoanDetails {
  const d = loanDetailsSchema.safeParse(req.details);
  if (!d.success) throw new DomainError('BAD_STATE', `request ${req.no} carries no loan details`);
  return d.data;
}

/** The due time of a loan out at `out`: the loan period on the working-day calendar, earlier when the borrower said so. */
export function loanDueAt(w: Pick<Writer, 'get' | 'all' | 'value' | 'values'>, out: Date, intendedReturn: string | null | undefined): Date {
  const policy = getLoanPolicy(w);
  const due = dueAt(workCalendar(w, out), out, policy);
  if (!intendedReturn || intendedReturn < calendarDate(out)) return due;
  const intended = atTime(intendedReturn, policy.dueTime);
  return intended < due ? intended : due;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The pad's PNG, checked: PNG signature, an IHDR of a sane size. */
export function signaturePng(sig: BorrowerSignature): Buffer | null {
  if (sig.kind === 'slip') return null;
  const bad = () => new DomainError('BAD_INPUT', 'v.signaturePng', { path: 'signature.pngBase64' });
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(sig.pngBase64)) throw bad();
  const png = Buffer.from(sig.pngBase64, 'base64');
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_MAGIC) || png.subarray(12, 16).toString('latin1') !== 'IHDR') throw bad();
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width < 10 || height < 10 || width > 2000 || height > 1000) throw bad();
  return png;
}

export function issueLoan(vault: Vault, clock: Clock, actor: Actor, input: IssueInput): LoanRow[] {
  const png = signaturePng(input.signature);
  return vault.write((w) => {
    const db = vault.db;
    const req = requireApproved(db, input.requestId, 'loan');
    const details = loanDetails(req);
    if (details.renewalOf) throw new DomainError('NOT_RENEWAL', `request ${req.no} renews loan ${details.renewalOf}: use loans.renew`);
    if (w.value(sql`SELECT 1 FROM loans WHERE request_id = ${req.id}`)) throw new DomainError('ALREADY_ISSUED', `request ${req.no} already issued`);
    const out = clock.now();
    const at = out.toISOString();
    const due = loanDueAt(w, out, details.intendedReturn).toISOString();
    const approver = approverNames(req);
    const sha = png ? createHash('sha256').update(png).digest('hex') : null;
    const ids: number[] = [];
    details.items.forEach((li, index) => {
      const it = lendableItem(w, li.itemId);
      assertOnShelf(it);
      assertHandler(it, actor);
      if (li.copies > it.copies) throw new DomainError('BAD_INPUT', 'v.copiesExceed', { path: `items.${index}.copies` });
      const archiveNo = itemArchiveNo(it.archiveNo, it.itemNo);
      const { lastInsertRowid: id } = w.run(sql`INSERT INTO loans(request_id, request_no, item_id, item_archive_no, item_title, classification, copies, pages,
                                   borrower_kind, borrower_user_id, borrower_name, borrower_unit, borrower_contact, reason, approver,
                                   out_at, due_at, signature_kind, signature_png, signature_sha256, issued_by, issued_by_name,
                                   from_location_id, from_location)
        VALUES (${req.id}, ${req.no}, ${it.id}, ${archiveNo}, ${it.title}, ${it.classification}, ${li.copies}, ${it.pages},
                ${req.applicant.kind}, ${req.applicant.userId}, ${req.applicant.name}, ${req.applicant.unit}, ${req.applicant.contact}, ${req.reason}, ${approver},
                ${at}, ${due}, ${input.signature.kind}, ${png}, ${sha}, ${actor.id}, ${actor.name},
                ${it.locationId}, ${locationRef(db, it.locationId)?.label ?? null})`);
      recordCustodyEvent(db, { itemId: it.id, state: 'onLoan', at, byId: actor.id, refType: 'loan', refId: id });
      appendAudit(w, clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'loan.issue',
        entity: 'loan',
        entityId: id,
        detail: {
          itemId: it.id,
          itemArchiveNo: archiveNo,
          copies: li.copies,
          requestId: req.id,
          requestNo: req.no,
          borrowerName: req.applicant.name,
          borrowerUnit: req.applicant.unit,
          dueAt: due,
          signatureKind: input.signature.kind,
          signatureSha256: sha,
        },
      });
      ids.push(id);
    });
    return ids.map((id) => getLoanRow(w, id, out));
  });
}

export function returnLoan(vault: Vault, clock: Clock, actor: Actor, input: ReturnInput): LoanRow {
  return vault.write((w) => {
    const db = vault.db;
    const now = clock.now();
    const loan = getLoanRow(w, input.loanId, now);
    if (loan.struck) throw new DomainError('LOAN_STRUCK', `loan ${loan.id} is struck off`);
    if (input.copies > loan.copiesOut) throw new DomainError('BAD_INPUT', 'v.copiesOut', { path: 'copies' });
    const it = lendableItem(w, loan.itemId);
    assertHandler(it, actor);
    const at = now.toISOString();
    const last = input.copies === loan.copiesOut;
    // the last copy back: the item returns to its position (or the one chosen) and the row is struck off
    let location: string | null = null;
    if (last) {
      recordCustodyEvent(db, { itemId: it.id, state: 'onShelf', at, byId: actor.id, refType: 'loan', refId: loan.id });
      if (input.locationId && input.locationId !== it.locationId)
        location = placeItem(vault, clock, actor as Actor & { id: number }, it.id, input.locationId, `借阅归还（第 ${loan.id} 号）`).label;
      else location = locationRef(db, it.locationId)?.label ?? null;
    }
    w.run(sql`INSERT INTO loan_returns(loan_id, copies, page_check, missing_pages, note, received_by, received_by_name, returned_at, location_id, location_label)
              VALUES (${loan.id}, ${input.copies}, ${input.pageCheck}, ${input.missingPages}, ${input.note}, ${actor.id}, ${actor.name}, ${at},
                      ${last ? (input.locationId ?? it.locationId) : null}, ${location})`);
    if (last) w.run(sql`INSERT INTO loan_strikes(loan_id, at, by_id, by_name) VALUES (${loan.id}, ${at}, ${actor.id}, ${actor.name})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'loan.return',
      entity: 'loan',
      entityId: loan.id,
      detail: {
        itemId: it.id,
        itemArchiveNo: loan.itemArchiveNo,
        copies: input.copies,
        pageCheck: input.pageCheck,
        missingPages: input.missingPages,
        note: input.note,
        location,
        struck: last,
        overdueDays: loan.overdueDays,
      },
    });
    return getLoanRow(w, loan.id, now);
  });
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').replace(/\s+/g, '') === (b ?? '').replace(/\s+/g, '');

/** R-LOAN-3: a renewal is a new approved request by the same borrower, shown on the same register row. */
export function assertSameBorrower(loan: Pick<LoanRow, 'borrowerName' | 'borrowerUnit'>, applicant: { name: string; unit: string }): void {
  if (!same(loan.borrowerName, applicant.name) || !same(loan.borrowerUnit, applicant.unit))
    throw new DomainError('LEND_ON', `renewal applicant ${applicant.name} is not the borrower ${loan.borrowerName}`);
}

export function renewLoan(vault: Vault, clock: Clock, actor: Actor, input: { loanId: number; requestId: number }): LoanRow {
  return vault.write((w) => {
    const now = clock.now();
    const loan = getLoanRow(w, input.loanId, now);
    if (loan.struck) throw new DomainError('LOAN_STRUCK', `loan ${loan.id} is struck off`);
    const req = requireApproved(vault.db, input.requestId, 'loan');
    const details = loanDetails(req);
    if (details.renewalOf !== loan.id || details.items.length !== 1 || details.items[0]!.itemId !== loan.itemId)
      throw new DomainError('NOT_RENEWAL', `request ${req.no} does not renew loan ${loan.id}`);
    if (w.value(sql`SELECT 1 FROM loan_renewals WHERE request_id = ${req.id}`)) throw new DomainError('ALREADY_ISSUED', `request ${req.no} already used`);
    assertSameBorrower(loan, req.applicant);
    assertHandler(lendableItem(w, loan.itemId), actor);
    const due = loanDueAt(w, now, details.intendedReturn).toISOString();
    const at = now.toISOString();
    const approver = approverNames(req);
    w.run(sql`INSERT INTO loan_renewals(loan_id, request_id, request_no, approver, prev_due_at, due_at, at, by_id, by_name)
              VALUES (${loan.id}, ${req.id}, ${req.no}, ${approver}, ${loan.dueAt}, ${due}, ${at}, ${actor.id}, ${actor.name})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'loan.renew',
      entity: 'loan',
      entityId: loan.id,
      detail: { itemId: loan.itemId, itemArchiveNo: loan.itemArchiveNo, requestId: req.id, requestNo: req.no, prevDueAt: loan.dueAt, dueAt: due },
    });
    return getLoanRow(w, loan.id, now);
  });
}
