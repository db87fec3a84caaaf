// Report templates and their versions (R-REP-3). A change is proposed as a 'reportTemplate' request
// (MB, GM chain); it has no effect until the GM's approving signature, inside whose transaction the
// new version is filed (onTemplateChangeApproved). Versions are never changed or deleted.
import { appendAudit } from '../audit/append';
import { createRequest } from '../approvals';
import type { ApprovalRequest } from '../approvals';
import { DomainError } from '../contract/result';
import type { Actor } from '../core/context';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import {
  definitionSchema,
  templateChangeDetailsSchema,
  type ProposeTemplateInput,
  type TemplateDefinition,
  type TemplateDetail,
  type TemplateSummary,
  type TemplateVersion,
} from './contract/calls';
import { templateDiff } from './contract/diff';

export const TEMPLATE_CHANGE_TYPE = 'reportTemplate';

interface VersionDbRow {
  templateId: number;
  version: number;
  name: string;
  definitionJson: string;
  requestNo: string | null;
  createdAt: string | null;
}
const toVersion = (v: VersionDbRow): TemplateVersion => ({
  version: v.version,
  name: v.name,
  definition: definitionSchema.parse(JSON.parse(v.definitionJson)),
  requestNo: v.requestNo,
  createdAt: v.createdAt,
});

/** The version in force (the latest filed). */
export function currentVersion(r: Reader, templateId: number): TemplateVersion | null {
  const v = r.get<VersionDbRow>(
    sql`SELECT template_id, version, name, definition_json, request_no, created_at FROM report_template_versions
         WHERE template_id = ${templateId} ORDER BY version DESC LIMIT 1`,
  );
  return v ? toVersion(v) : null;
}
export function templateVersion(r: Reader, templateId: number, version: number): TemplateVersion | null {
  const v = r.get<VersionDbRow>(
    sql`SELECT template_id, version, name, definition_json, request_no, created_at FROM report_template_versions
         WHERE template_id = ${templateId} AND version = ${version}`,
  );
  return v ? toVersion(v) : null;
}

function pendingChanges(r: Reader): Map<number | null, { requestId: number; no: string }[]> {
  const rows = r.all<{ id: number; no: string; detailsJson: string }>(
    sql`SELECT id, no, details_json FROM requests WHERE type = ${TEMPLATE_CHANGE_TYPE} AND status = 'submitted' ORDER BY id`,
  );
  const out = new Map<number | null, { requestId: number; no: string }[]>();
  for (const x of rows) {
    const t = (JSON.parse(x.detailsJson) as { templateId?: number | null }).templateId ?? null;
    out.set(t, [...(out.get(t) ?? []), { requestId: x.id, no: x.no }]);
  }
  return out;
}

export function listTemplates(db: Db): TemplateSummary[] {
  const r = reader(db);
  const pending = pendingChanges(r);
  return r.values<number>(sql`SELECT id FROM report_templates ORDER BY id`).map((id) => {
    const v = currentVersion(r, id)!;
    return { id, name: v.name, version: v.version, figures: v.definition.figures.length, pending: pending.get(id) ?? [] };
  });
}

export function getTemplate(db: Db, templateId: number): TemplateDetail {
  const r = reader(db);
  const summary = listTemplates(db).find((t) => t.id === templateId);
  if (!summary) throw new DomainError('NOT_FOUND', `report template ${templateId} not found`);
  const versions = r
    .all<VersionDbRow>(
      sql`SELECT template_id, version, name, definition_json, request_no, created_at FROM report_template_versions
           WHERE template_id = ${templateId} ORDER BY version`,
    )
    .map(toVersion);
  return { ...summary, versions };
}

/** R-REP-3: the change goes to the GM as a request; nothing about the template changes here. */
export function proposeTemplateChange(vault: Vault, clock: Clock, actor: Actor, input: ProposeTemplateInput): { requestId: number; no: string } {
  return vault.write((w) => {
    const cur = input.templateId === null ? null : currentVersion(w, input.templateId);
    if (input.templateId !== null && !cur) throw new DomainError('NOT_FOUND', `report template ${input.templateId} not found`);
    const diff = templateDiff(cur, { name: input.name, definition: input.definition });
    if (cur && !diff.name && diff.figures.length === 0) throw new DomainError('TEMPLATE_UNCHANGED', 'nothing changed');
    const req = createRequest(w, clock, actor, {
      type: TEMPLATE_CHANGE_TYPE,
      applicant: { kind: 'staff', userId: actor.id, name: actor.name, unit: '客服部', contact: null, idDocNo: null, idDocIssuer: null },
      // a template change concerns no archive item
      targets: { scope: 'items', itemIds: [] },
      purpose: cur ? `修改报表模板《${cur.name}》（第 ${cur.version} 版 → 第 ${cur.version + 1} 版）` : `新建报表模板《${input.name}》`,
      reason: input.reason,
      urgency: 'normal',
      evidence: { stampPresent: false, headName: null },
      attachments: [],
      details: { templateId: input.templateId, baseVersion: cur?.version ?? 0, name: input.name, definition: input.definition },
      submit: true,
    });
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'report.templateProposed',
      entity: 'reportTemplate',
      entityId: input.templateId,
      detail: { no: req.no, requestId: req.id, name: input.name, baseVersion: cur?.version ?? 0, changes: diff.figures.length },
    });
    return { requestId: req.id, no: req.no };
  });
}

/** Inside the GM's approving signature's transaction: file the next version (or the new template). */
export function onTemplateChangeApproved(w: Writer, clock: Clock, request: ApprovalRequest): void {
  const d = templateChangeDetailsSchema.parse(request.details);
  let templateId = d.templateId;
  const cur = templateId === null ? null : currentVersion(w, templateId);
  if ((cur?.version ?? 0) !== d.baseVersion) throw new DomainError('TEMPLATE_CHANGED', 'errors.TEMPLATE_CHANGED');
  if (templateId === null) templateId = w.run(sql`INSERT INTO report_templates DEFAULT VALUES`).lastInsertRowid;
  const version = d.baseVersion + 1;
  const definition: TemplateDefinition = d.definition;
  w.run(
    sql`INSERT INTO report_template_versions(template_id, version, name, definition_json, request_id, request_no, created_at)
        VALUES (${templateId}, ${version}, ${d.name}, ${JSON.stringify(definition)}, ${request.id}, ${request.no}, ${clock.now().toISOString()})`,
  );
  const diff = templateDiff(cur, { name: d.name, definition });
  const last = request.chain[request.chain.length - 1]?.signature;
  appendAudit(w, clock, {
    actorId: last?.signerId ?? null,
    actorName: last?.signerName ?? '',
    action: 'report.templateVersion',
    entity: 'reportTemplate',
    entityId: templateId,
    detail: { no: request.no, requestId: request.id, name: d.name, version, changes: diff.figures.length + (diff.name ? 1 : 0) },
  });
}
