// Policy versions (R-GOV-1). A change of a registered policy value (electron/settings/policyValues)
// is proposed as a 'policy' request (ZC-…, the GM's chain) and recorded here without a version;
// the GM's approving signature gives it the next version number; from its effective date it is
// the value in force. The value in force at time t is the latest approved version whose date is
// ≤ t. The settings row every domain reads is brought up to that value in ONE place, `upkeep`,
// run at sign-in and before each call (core/session-hooks): nothing else writes a policy row.
import { appendAudit } from '../audit/append';
import type { Pair } from '../contract/domain';
import { DomainError } from '../contract/result';
import { formatTime, workstationTimeZone } from '../contract/time';
import type { Actor } from '../core/context';
import { createRequest, registerRequestType, type ApprovalRequest } from '../approvals';
import { policyValue, policyValueDef, policyValueDefs, settingsRow, type PolicyValueDef } from '../settings/policyValues';
import type { Clock } from '../vault/clock';
import type { Db } from '../vault/db';
import { reader, sql, type Reader, type Writer } from '../vault/sql';
import type { Vault } from '../vault/vault';
import {
  POLICY_PROPOSERS,
  POLICY_REQUEST_TYPE,
  RULES_PROPOSERS,
  type PolicyValueView,
  type PolicyVersionRow,
  type ProposalInput,
  type ProposalState,
} from './contract/calls';
import { changeInWords, diffValues, valueSummary } from './contract/diff';

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
import { RULES_KEY } from '../people/contract/rules';

const rd = (db: Db | Reader): Reader => ('prepare' in db ? reader(db) : db);
/** the workstation's local date of an instant: policy dates are dates people read on paper */
export const localDay = (t: Date): string => formatTime(t, 'zh-CN', workstationTimeZone(), { dateOnly: true });

interface VersionRow {
  id: number;
  key: string;
  version: number | null;
  valueJson: string;
  effectiveFrom: string;
  requestId: number | null;
  requestNo: string | null;
  requestStatus: string | null;
  reason: string | null;
  proposedByName: string | null;
  proposedAt: string;
  approvedAt: string | null;
  approvedByName: string | null;
  appliedAt: string | null;
}
const SELECT_ROWS = sql`SELECT v.id, v.key, v.version, v.value_json, v.effective_from, v.request_id, r.no AS request_no, r.status AS request_status,
                               r.reason, v.proposed_by_name, v.proposed_at, v.approved_at, v.approved_by_name, v.applied_at
                          FROM policy_versions v LEFT JOIN requests r ON r.id = v.request_id`;

function requireDef(key: string): PolicyValueDef {
  const def = policyValueDef(key);
  if (!def) throw new DomainError('UNKNOWN_POLICY', `policy value ${key} is not registered`, { path: 'key' });
  return def;
}

/** The version of `key` in force on local date `day`: the latest approved version dated ≤ day
 *  (version 1 before any date: the first-run value was always in force). */
export function versionAt(db: Db | Reader, key: string, day: string): { version: number; value: unknown; effectiveFrom: string } | null {
  const r = rd(db);
  const row =
    r.get<{ version: number; valueJson: string; effectiveFrom: string }>(
      sql`SELECT version, value_json, effective_from FROM policy_versions
           WHERE key = ${key} AND version IS NOT NULL AND effective_from <= ${day} ORDER BY version DESC LIMIT 1`,
    ) ??
    r.get<{ version: number; valueJson: string; effectiveFrom: string }>(
      sql`SELECT version, value_json, effective_from FROM policy_versions WHERE key = ${key} AND version = 1`,
    );
  return row ? { version: row.version, value: JSON.parse(row.valueJson) as unknown, effectiveFrom: row.effectiveFrom } : null;
}

/** The value of `key` in force at instant `at` (its default when no version exists yet). */
export function policyValueAt<T>(db: Db | Reader, key: string, at: Date): T {
  requireDef(key);
  return (versionAt(db, key, localDay(at))?.value ?? policyValue<T>(db, key)) as T;
}

/** Version 1 of every registered value not yet versioned: the value the vault holds now (its
 *  settings row when valid, else the default), in force from the day it was recorded. */
function ensureBaseline(w: Writer, clock: Clock): void {
  const known = new Set(w.values<string>(sql`SELECT key FROM policy_versions WHERE version = 1`));
  const missing = policyValueDefs().filter((d) => !known.has(d.key));
  if (!missing.length) return;
  const now = clock.now();
  const at = now.toISOString();
  for (const d of missing) {
    const row = settingsRow(w, d.key);
    const parsed = row === undefined ? null : d.schema.safeParse(row);
    const value = parsed?.success ? parsed.data : d.default;
    w.run(sql`INSERT INTO policy_versions(key, version, value_json, effective_from, proposed_at, approved_at, applied_at)
              VALUES (${d.key}, 1, ${JSON.stringify(value)}, ${localDay(now)}, ${at}, ${at}, ${at})`);
  }
  appendAudit(w, clock, {
    actorId: null,
    actorName: null,
    action: 'policy.baseline',
    entity: 'policy',
    detail: { count: missing.length, keys: missing.map((d) => d.key) },
  });
}

const writeRow = (w: Writer, key: string, value: unknown) =>
  w.run(sql`INSERT INTO settings(key, value_json) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json`);

/** Applies every approved version whose date has come: the settings row gets the value in force. */
function applyDue(w: Writer, clock: Clock): { def: PolicyValueDef; value: unknown }[] {
  const now = clock.now();
  const today = localDay(now);
  const keys = w.values<string>(
    sql`SELECT DISTINCT key FROM policy_versions WHERE version IS NOT NULL AND applied_at IS NULL AND effective_from <= ${today} ORDER BY key`,
  );
  const applied: { def: PolicyValueDef; value: unknown }[] = [];
  for (const key of keys) {
    const def = policyValueDef(key);
    const inForce = versionAt(w, key, today);
    if (!def || !inForce) continue; // a value no longer registered keeps its rows and its settings row
    const before = settingsRow(w, key) ?? def.default;
    writeRow(w, key, inForce.value);
    w.run(sql`UPDATE policy_versions SET applied_at = ${now.toISOString()}
               WHERE key = ${key} AND version IS NOT NULL AND applied_at IS NULL AND effective_from <= ${today}`);
    def.onApply?.(w, inForce.value, before);
    appendAudit(w, clock, {
      actorId: null,
      actorName: null,
      action: 'policy.apply',
      entity: 'policy',
      entityId: key,
      detail: { key, label: def.label.zh, labelEn: def.label.en, version: inForce.version, effectiveFrom: inForce.effectiveFrom, before, after: inForce.value },
    });
    applied.push({ def, value: inForce.value });
  }
  return applied;
}

/**
 * The one step that keeps the settings rows equal to the policy in force (core/session-hooks:
 * at sign-in and before each call). Cheap when nothing is due: one indexed read. Version 1 is
 * recorded with the first proposal (until then the value in force is the vault's own row).
 */
export function upkeep(vault: Vault, clock: Clock): void {
  const today = localDay(clock.now());
  const due = vault.read((r) =>
    r.value<number>(sql`SELECT 1 FROM policy_versions WHERE applied_at IS NULL AND version IS NOT NULL AND effective_from <= ${today} LIMIT 1`),
  );
  if (!due) return;
  const applied = vault.write((w) => applyDue(w, clock));
  for (const a of applied) a.def.afterApply?.(vault, a.value);
}

function stateOf(row: VersionRow): ProposalState {
  if (row.version !== null) return 'approved';
  if (row.requestStatus === 'rejected' || row.requestStatus === 'withdrawn' || row.requestStatus === 'expired') return row.requestStatus;
  return 'pending';
}

function viewRows(r: Reader, rows: VersionRow[]): PolicyVersionRow[] {
  return rows.map((row) => {
    const def = policyValueDef(row.key);
    const value = JSON.parse(row.valueJson) as unknown;
    const prevJson =
      row.version !== null
        ? r.value<string>(sql`SELECT value_json FROM policy_versions WHERE key = ${row.key} AND version = ${row.version - 1}`)
        : r.value<string>(sql`SELECT value_json FROM policy_versions WHERE key = ${row.key} AND version IS NOT NULL ORDER BY version DESC LIMIT 1`);
    const label: Pair = def?.label ?? { zh: row.key, en: row.key };
    return {
      id: row.id,
      key: row.key,
      label,
      version: row.version,
      value,
      effectiveFrom: row.effectiveFrom,
      requestId: row.requestId,
      requestNo: row.requestNo,
      state: stateOf(row),
      reason: row.reason,
      proposedByName: row.proposedByName,
      proposedAt: row.proposedAt,
      approvedAt: row.approvedAt,
      approvedByName: row.approvedByName,
      appliedAt: row.appliedAt,
      changes: prevJson === undefined ? [] : diffValues(JSON.parse(prevJson), value),
    };
  });
}

/** Every version and proposal (of one value, or of all), registered order then newest first. */
export function policyHistory(db: Db | Reader, key?: string): PolicyVersionRow[] {
  const r = rd(db);
  const rows = r.all<VersionRow>(key ? sql`${SELECT_ROWS} WHERE v.key = ${key} ORDER BY v.id DESC` : sql`${SELECT_ROWS} ORDER BY v.id DESC`);
  const order = new Map(policyValueDefs().map((d, i) => [d.key, i]));
  return viewRows(r, rows).sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999));
}

const mayPropose = (roles: readonly string[], key: string): boolean =>
  (key === RULES_KEY ? (RULES_PROPOSERS as readonly string[]) : (POLICY_PROPOSERS as readonly string[])).some((x) => roles.includes(x));

/** The policy page: every registered value in force today, what is scheduled, what waits for the GM. */
export function listPolicy(db: Db | Reader, clock: Clock, roles: readonly string[]): PolicyValueView[] {
  const r = rd(db);
  const today = localDay(clock.now());
  return policyValueDefs().map((d) => {
    const now = versionAt(r, d.key, today);
    const next = r.get<{ version: number; valueJson: string; effectiveFrom: string }>(
      sql`SELECT version, value_json, effective_from FROM policy_versions
           WHERE key = ${d.key} AND version > ${now?.version ?? 0} AND effective_from > ${today} ORDER BY version DESC LIMIT 1`,
    );
    const pending = r.all<{ requestId: number; requestNo: string; effectiveFrom: string }>(
      sql`SELECT v.request_id, r.no AS request_no, v.effective_from FROM policy_versions v JOIN requests r ON r.id = v.request_id
           WHERE v.key = ${d.key} AND v.version IS NULL AND r.status IN ('draft', 'submitted') ORDER BY v.id`,
    );
    return {
      key: d.key,
      label: d.label,
      domain: d.domain,
      unit: d.unit ?? null,
      value: now?.value ?? policyValue(r, d.key),
      version: now?.version ?? 1,
      effectiveFrom: now?.effectiveFrom ?? today,
      scheduled: next ? { version: next.version, effectiveFrom: next.effectiveFrom, value: JSON.parse(next.valueJson) as unknown } : null,
      pending,
      canPropose: mayPropose(roles, d.key),
    };
  });
}

function valueIssue(def: PolicyValueDef, value: unknown): unknown {
  const parsed = def.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new DomainError('BAD_INPUT', issue && /^v\./.test(issue.message) ? issue.message : 'v.policyValue', {
    path: ['value', ...(issue?.path ?? [])].join('.'),
  });
}

/** A proposed change: validated against the value's schema, recorded, and submitted to the GM. */
export function proposePolicy(vault: Vault, clock: Clock, actor: Actor, input: ProposalInput): PolicyVersionRow {
  const def = requireDef(input.key);
  if (!mayPropose(actor.roles, def.key)) throw new DomainError('POLICY_NOT_PROPOSER', `may not propose ${def.key}`);
  const value = valueIssue(def, input.value);
  const now = clock.now();
  if (input.effectiveFrom < localDay(now)) throw new DomainError('BAD_INPUT', 'v.effectivePast', { path: 'effectiveFrom' });
  return vault.write((w) => {
    ensureBaseline(w, clock);
    const latest = w.value<string>(sql`SELECT value_json FROM policy_versions WHERE key = ${def.key} AND version IS NOT NULL ORDER BY version DESC LIMIT 1`);
    const changes = latest === undefined ? [] : diffValues(JSON.parse(latest), value);
    if (latest !== undefined && !changes.length) throw new DomainError('POLICY_UNCHANGED', 'same as the latest version', { path: 'value' });
    const request = createRequest(w, clock, actor, {
      type: POLICY_REQUEST_TYPE,
      applicant: { kind: 'staff', userId: actor.id, name: actor.name, unit: '客户服务中心', contact: null, idDocKind: null, idDocNo: null, idDocIssuer: null },
      // a policy change concerns no archive item
      targets: { scope: 'items', itemIds: [] },
      // what the GM signs: the value, old → new, and the date (the approval screen shows the purpose)
      purpose: clip(`策略变更：${def.label.zh}（${changes.map((c) => changeInWords(c)).join('；') || '—'}），自 ${input.effectiveFrom} 起施行`, 200),
      reason: input.reason,
      urgency: 'normal',
      evidence: { stampPresent: false, headName: null },
      attachments: [],
      details: { key: def.key, label: def.label, value, effectiveFrom: input.effectiveFrom, changes },
      submit: true,
    });
    const id = w.run(sql`INSERT INTO policy_versions(key, value_json, effective_from, request_id, proposed_by, proposed_by_name, proposed_at)
                         VALUES (${def.key}, ${JSON.stringify(value)}, ${input.effectiveFrom}, ${request.id}, ${actor.id}, ${actor.name}, ${now.toISOString()})`).lastInsertRowid;
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'policy.propose',
      entity: 'policy',
      entityId: def.key,
      detail: {
        key: def.key,
        label: def.label.zh,
        labelEn: def.label.en,
        requestNo: request.no,
        effectiveFrom: input.effectiveFrom,
        before: JSON.parse(latest ?? 'null') as unknown,
        after: value,
      },
    });
    return viewRows(w, [w.get<VersionRow>(sql`${SELECT_ROWS} WHERE v.id = ${id}`)!])[0]!;
  });
}

/** The GM's approving signature (inside its transaction): the proposal becomes the next version. */
function onPolicyApproved(w: Writer, clock: Clock, request: ApprovalRequest): void {
  const row = w.get<{ id: number; key: string; valueJson: string; effectiveFrom: string }>(
    sql`SELECT id, key, value_json, effective_from FROM policy_versions WHERE request_id = ${request.id}`,
  );
  if (!row) throw new DomainError('NOT_FOUND', `no policy proposal for request ${request.no}`);
  const def = requireDef(row.key);
  valueIssue(def, JSON.parse(row.valueJson)); // the schema may have tightened since the proposal
  const version = (w.value<number>(sql`SELECT max(version) FROM policy_versions WHERE key = ${row.key}`) ?? 0) + 1;
  const signer = [...request.chain].reverse().find((c) => c.signature)?.signature?.signerName ?? null;
  w.run(sql`UPDATE policy_versions SET version = ${version}, approved_at = ${clock.now().toISOString()}, approved_by_name = ${signer} WHERE id = ${row.id}`);
  appendAudit(w, clock, {
    actorId: null,
    actorName: signer,
    action: 'policy.approve',
    entity: 'policy',
    entityId: row.key,
    detail: { key: row.key, label: def.label.zh, labelEn: def.label.en, version, effectiveFrom: row.effectiveFrom, requestNo: request.no },
  });
}

export function registerPolicyRequestType(): void {
  registerRequestType({ type: POLICY_REQUEST_TYPE, prefix: 'ZC', label: { zh: '策略变更申请', en: 'Policy change request' }, onApproved: onPolicyApproved });
}

/** Old → new in words, for the register. */
export const changesText = (row: PolicyVersionRow): string =>
  row.changes.length ? row.changes.map((c) => changeInWords(c)).join('；') : row.version === 1 ? `初始值：${clip(valueSummary(row.value))}` : '';
