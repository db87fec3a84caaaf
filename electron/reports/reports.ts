// Compiled reports (R-REP-1, R-REP-2, R-REP-4, R-REP-5): a department's periodic report request
// (BQ: CS-manager review, GM approval); a report compiled from live data at a period with the
// template version in force, which it names; reviewed by the information supervisor and the CS
// manager, each signing at the machine; released in N numbered copies; each copy's distribution
// recorded once, and a copy recalled or destroyed struck off (never deleted).
import { appendAudit } from '../audit/append';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { createRequest, requireApproved } from '../approvals';
import { DomainError } from '../contract/result';
import type { Actor, AppContext } from '../core/context';
import { signRecord, type SignableRecordType } from '../people/signatures';
import { findUserByLogin, rolesOf } from '../people/users';
import { getSettings } from '../settings/settings';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import {
  reportRequestDetailsSchema,
  type CompileInput,
  type CopyRow,
  type DistributeInput,
  type FigureResult,
  type ReportDetail,
  type ReportRequestInput,
  type ReportRequestRow,
  type ReportStatus,
  type ReportSummary,
  type ReviewInput,
  type ReviewRole,
  type StrikeInput,
} from './contract/calls';
import { computeFigures } from './sources';
import { currentVersion } from './templates';

export const REPORT_REQUEST_TYPE = 'reportRequest';
export const REPORT_RECORD_TYPE = 'statReport';

interface ReportDbRow {
  id: number;
  no: string;
  templateId: number;
  templateVersion: number;
  templateName: string;
  periodFrom: string;
  periodTo: string;
  requestId: number | null;
  requestNo: string | null;
  figuresJson: string;
  compiledAt: string;
  compiledBy: number;
  compiledByName: string;
  status: ReportStatus;
  releasedAt: string | null;
  releasedByName: string | null;
  copiesTotal: number | null;
}

const reportRow = (r: Reader, id: number) => r.get<ReportDbRow>(sql`SELECT * FROM reports WHERE id = ${id}`);
function requireReport(r: Reader, id: number): ReportDbRow {
  const row = reportRow(r, id);
  if (!row) throw new DomainError('NOT_FOUND', `report ${id} not found`);
  return row;
}

/** What both reviewers sign: the compiled report itself (figures, template version, period, request). */
export const reportRecordType: SignableRecordType = {
  contentHash(db, id) {
    const r = reader(db);
    const x = r.get<Record<string, unknown>>(
      sql`SELECT id, no, template_id, template_version, template_name, period_from, period_to, request_id, request_no, figures_json, compiled_at, compiled_by
            FROM reports WHERE id = ${Number(id)}`,
    );
    return x ? sha256Hex(canonicalJson(x)) : null;
  },
  // separation of duties: whoever compiled the report does not review it
  requesterId: (db, id) => reader(db).value<number>(sql`SELECT compiled_by FROM reports WHERE id = ${Number(id)}`) ?? null,
  signerRoles: ['infoSupervisor', 'csManager'],
};

const summaryOf = (x: ReportDbRow): ReportSummary => ({
  id: x.id,
  no: x.no,
  templateId: x.templateId,
  templateName: x.templateName,
  templateVersion: x.templateVersion,
  period: { from: x.periodFrom, to: x.periodTo },
  requestNo: x.requestNo,
  status: x.status,
  compiledAt: x.compiledAt,
  compiledByName: x.compiledByName,
  copiesTotal: x.copiesTotal,
});

export function listReports(db: Db): ReportSummary[] {
  return reader(db)
    .all<ReportDbRow>(sql`SELECT * FROM reports ORDER BY id DESC LIMIT 500`)
    .map(summaryOf);
}

export function getReport(db: Db, id: number): ReportDetail {
  const r = reader(db);
  const x = requireReport(r, id);
  const hash = reportRecordType.contentHash(db, String(id));
  const reviews = r
    .all<{ asRole: ReviewRole; signerName: string; at: string; signatureId: number; contentHash: string | null }>(
      sql`SELECT v.as_role, v.signer_name, v.at, v.signature_id, s.content_hash FROM report_reviews v LEFT JOIN signatures s ON s.id = v.signature_id
           WHERE v.report_id = ${id} ORDER BY v.at, v.rowid`,
    )
    .map((v) => ({ as: v.asRole, signerName: v.signerName, at: v.at, signatureId: v.signatureId, verified: v.contentHash === hash }));
  const copies = r
    .all<{
      copyNo: number;
      recipientName: string | null;
      recipientUnit: string | null;
      receivedAt: string | null;
      dBy: string | null;
      kind: 'recalled' | 'destroyed' | null;
      reason: string | null;
      sAt: string | null;
      sBy: string | null;
    }>(
      sql`SELECT c.copy_no, d.recipient_name, d.recipient_unit, d.received_at, d.by_name AS d_by, s.kind, s.reason, s.at AS s_at, s.by_name AS s_by
            FROM report_copies c
            LEFT JOIN report_distributions d ON d.report_id = c.report_id AND d.copy_no = c.copy_no
            LEFT JOIN report_copy_strikes s ON s.report_id = c.report_id AND s.copy_no = c.copy_no
           WHERE c.report_id = ${id} ORDER BY c.copy_no`,
    )
    .map((c): CopyRow => ({
      copyNo: c.copyNo,
      distribution: c.receivedAt ? { recipientName: c.recipientName!, recipientUnit: c.recipientUnit!, receivedAt: c.receivedAt, byName: c.dBy! } : null,
      strike: c.kind ? { kind: c.kind, reason: c.reason!, at: c.sAt!, byName: c.sBy! } : null,
    }));
  return {
    ...summaryOf(x),
    figures: JSON.parse(x.figuresJson) as FigureResult[],
    reviews,
    copies,
    releasedAt: x.releasedAt,
    releasedByName: x.releasedByName,
  };
}

// ---- R-REP-2: a department's request ----
export function requestReport(vault: Vault, clock: Clock, actor: Actor, input: ReportRequestInput): { requestId: number; no: string } {
  return vault.write((w) => {
    const t = currentVersion(w, input.templateId);
    if (!t) throw new DomainError('NOT_FOUND', `report template ${input.templateId} not found`);
    const req = createRequest(w, clock, actor, {
      type: REPORT_REQUEST_TYPE,
      applicant: { kind: 'staff', userId: null, name: input.requesterName, unit: input.department, contact: null, idDocNo: null, idDocIssuer: null },
      // a report request concerns no archive item
      targets: { scope: 'items', itemIds: [] },
      purpose: input.purpose,
      reason: `申请《${t.name}》${input.period.from} 至 ${input.period.to}，共 ${input.copies} 份`,
      urgency: 'normal',
      evidence: { stampPresent: false, headName: null },
      attachments: [],
      details: { templateId: input.templateId, period: input.period, frequency: input.frequency, copies: input.copies },
      submit: true,
    });
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.requested',
      entity: 'request',
      entityId: req.id,
      detail: { no: req.no, department: input.department, requesterName: input.requesterName, ...input.period, copies: input.copies },
    });
    return { requestId: req.id, no: req.no };
  });
}

export function listReportRequests(db: Db): ReportRequestRow[] {
  const r = reader(db);
  return r
    .all<{ id: number; no: string; status: string; applicantName: string; applicantUnit: string; purpose: string; detailsJson: string }>(
      sql`SELECT id, no, status, applicant_name, applicant_unit, purpose, details_json FROM requests WHERE type = ${REPORT_REQUEST_TYPE} ORDER BY id DESC LIMIT 300`,
    )
    .flatMap((x) => {
      const d = reportRequestDetailsSchema.safeParse(JSON.parse(x.detailsJson));
      if (!d.success) return [];
      return [
        {
          id: x.id,
          no: x.no,
          status: x.status,
          department: x.applicantUnit,
          requesterName: x.applicantName,
          purpose: x.purpose,
          templateId: d.data.templateId,
          period: d.data.period,
          frequency: d.data.frequency,
          copies: d.data.copies,
          reports: r.values<string>(sql`SELECT no FROM reports WHERE request_id = ${x.id} ORDER BY id`),
        },
      ];
    });
}

function nextReportNo(r: Reader, now: Date): string {
  const year = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4);
  const n = (r.value<number>(sql`SELECT count(*) FROM reports WHERE no LIKE ${`BB-${year}-%`}`) ?? 0) + 1;
  return `BB-${year}-${String(n).padStart(4, '0')}`;
}

// ---- R-REP-1: compiled from live data, naming the template version (R-REP-3) ----
export function compileReport(vault: Vault, clock: Clock, actor: Actor, input: CompileInput): ReportDetail {
  const id = vault.write((w) => {
    const t = currentVersion(w, input.templateId);
    if (!t) throw new DomainError('NOT_FOUND', `report template ${input.templateId} not found`);
    let requestNo: string | null = null;
    if (input.requestId !== null) {
      const req = requireApproved(vault.db, input.requestId, REPORT_REQUEST_TYPE);
      const d = reportRequestDetailsSchema.parse(req.details);
      if (d.templateId !== input.templateId || d.period.from !== input.period.from || d.period.to !== input.period.to)
        throw new DomainError('REPORT_REQUEST', 'errors.REPORT_REQUEST');
      requestNo = req.no;
    }
    const figures = computeFigures(w, t.definition, input.period, getSettings(vault.db).classificationLabels);
    const now = clock.now();
    const no = nextReportNo(w, now);
    const reportId = w.run(
      sql`INSERT INTO reports(no, template_id, template_version, template_name, period_from, period_to, request_id, request_no, figures_json,
            compiled_at, compiled_by, compiled_by_name, status)
          VALUES (${no}, ${input.templateId}, ${t.version}, ${t.name}, ${input.period.from}, ${input.period.to}, ${input.requestId}, ${requestNo},
            ${JSON.stringify(figures)}, ${now.toISOString()}, ${actor.id}, ${actor.name}, 'compiled')`,
    ).lastInsertRowid;
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.compile',
      entity: 'report',
      entityId: reportId,
      detail: { no, templateId: input.templateId, templateName: t.name, version: t.version, ...input.period, requestNo },
    });
    return reportId;
  });
  return getReport(vault.db, id);
}

// ---- R-REP-5: reviewed by the information supervisor and the CS manager, both signing ----
export async function reviewReport(app: AppContext, clock: Clock, actor: Actor, input: ReviewInput): Promise<ReportDetail> {
  const db = app.vault!.db;
  const r = reader(db);
  const x = requireReport(r, input.reportId);
  if (x.status !== 'compiled') throw new DomainError('REPORT_STATE', 'errors.REPORT_STATE');
  if (r.value(sql`SELECT 1 FROM report_reviews WHERE report_id = ${x.id} AND as_role = ${input.as}`))
    throw new DomainError('REPORT_REVIEWED', 'errors.REPORT_REVIEWED');
  const signer = findUserByLogin(db, input.signerLogin);
  if (signer) {
    const other = r.value<number>(sql`SELECT signer_id FROM report_reviews WHERE report_id = ${x.id}`);
    if (!rolesOf(signer).includes(input.as) || signer.id === other || signer.id === x.compiledBy)
      throw new DomainError('REPORT_REVIEWER', 'errors.REPORT_REVIEWER');
  }
  await signRecord(
    { ...app, clock } as AppContext,
    { recordType: REPORT_RECORD_TYPE, recordId: String(x.id), meaning: 'reviewed', signerLogin: input.signerLogin, signerPassword: input.signerPassword },
    {
      within: (w, sig) => {
        w.run(
          sql`INSERT INTO report_reviews(report_id, as_role, signature_id, signer_id, signer_name, at)
              VALUES (${x.id}, ${input.as}, ${sig.id}, ${sig.signerId}, ${sig.signerName}, ${sig.at})`,
        );
        const both = w.value<number>(sql`SELECT count(*) FROM report_reviews WHERE report_id = ${x.id}`) === 2;
        if (both) w.run(sql`UPDATE reports SET status = 'reviewed' WHERE id = ${x.id} AND status = 'compiled'`);
        appendAudit(w, clock, {
          actorId: actor.id,
          actorName: actor.name,
          action: 'report.review',
          entity: 'report',
          entityId: x.id,
          detail: { no: x.no, as: input.as, signerId: sig.signerId, signerName: sig.signerName, signatureId: sig.id },
        });
      },
    },
  );
  return getReport(db, x.id);
}

// ---- R-REP-4: released in N numbered copies; distribution; strike-off ----
export function releaseReport(vault: Vault, clock: Clock, actor: Actor, input: { reportId: number; copies: number }): ReportDetail {
  vault.write((w) => {
    const x = requireReport(w, input.reportId);
    if (x.status !== 'reviewed') throw new DomainError('REPORT_STATE', 'errors.REPORT_STATE');
    const at = clock.now().toISOString();
    w.run(
      sql`UPDATE reports SET status = 'released', released_at = ${at}, released_by_name = ${actor.name}, copies_total = ${input.copies} WHERE id = ${x.id}`,
    );
    for (let n = 1; n <= input.copies; n++) w.run(sql`INSERT INTO report_copies(report_id, copy_no) VALUES (${x.id}, ${n})`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.release',
      entity: 'report',
      entityId: x.id,
      detail: { no: x.no, copies: input.copies },
    });
  });
  return getReport(vault.db, input.reportId);
}

/** The copy, released and not struck off (and, for a distribution, not yet handed out). */
export function requireCopy(r: Reader, reportId: number, copyNo: number, forDistribution: boolean): ReportDbRow {
  const x = requireReport(r, reportId);
  if (x.status !== 'released') throw new DomainError('REPORT_STATE', 'errors.REPORT_STATE');
  const exists = r.value(sql`SELECT 1 FROM report_copies WHERE report_id = ${reportId} AND copy_no = ${copyNo}`);
  const struck = r.value(sql`SELECT 1 FROM report_copy_strikes WHERE report_id = ${reportId} AND copy_no = ${copyNo}`);
  const given = forDistribution && r.value(sql`SELECT 1 FROM report_distributions WHERE report_id = ${reportId} AND copy_no = ${copyNo}`);
  if (!exists || struck || given) throw new DomainError('REPORT_COPY', 'errors.REPORT_COPY', { copyNo });
  return x;
}

export function distributeCopy(vault: Vault, clock: Clock, actor: Actor, input: DistributeInput): ReportDetail {
  vault.write((w) => {
    const x = requireCopy(w, input.reportId, input.copyNo, true);
    w.run(
      sql`INSERT INTO report_distributions(report_id, copy_no, recipient_name, recipient_unit, received_at, by_id, by_name)
          VALUES (${x.id}, ${input.copyNo}, ${input.recipientName}, ${input.recipientUnit}, ${clock.now().toISOString()}, ${actor.id}, ${actor.name})`,
    );
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.distribute',
      entity: 'report',
      entityId: x.id,
      detail: { no: x.no, copyNo: input.copyNo, recipientName: input.recipientName, recipientUnit: input.recipientUnit },
    });
  });
  return getReport(vault.db, input.reportId);
}

export function strikeCopy(vault: Vault, clock: Clock, actor: Actor, input: StrikeInput): ReportDetail {
  vault.write((w) => {
    const x = requireCopy(w, input.reportId, input.copyNo, false);
    w.run(
      sql`INSERT INTO report_copy_strikes(report_id, copy_no, kind, reason, at, by_id, by_name)
          VALUES (${x.id}, ${input.copyNo}, ${input.kind}, ${input.reason}, ${clock.now().toISOString()}, ${actor.id}, ${actor.name})`,
    );
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.strikeCopy',
      entity: 'report',
      entityId: x.id,
      detail: { no: x.no, copyNo: input.copyNo, kind: input.kind, reason: input.reason },
    });
  });
  return getReport(vault.db, input.reportId);
}
