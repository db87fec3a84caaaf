// A verification run is a record: stored with the hash of its canonical report so that an
// auditor (or a second person) can sign it — the 'auditVerification' record type in
// auth/signatures.ts recomputes exactly this hash.
import { randomUUID } from 'node:crypto';
import type { VerifyReport } from '../contract/types';
import type { Actor } from '../people/users';
import type { Clock } from '../vault/clock';
import type { Vault } from '../vault/vault';
import type { CallContext } from '../core/context';
import { appendAudit } from './append';
import { verifyOpenVault } from './verify';
import { canonicalJson, sha256Hex } from './canonical';

/** Stores the report and its audit entry in one transaction; returns the record id. */
export function recordVerification(vault: Vault, clock: Clock, actor: Actor & { id: number }, report: VerifyReport, via: 'app' | 'cli'): string {
  const id = randomUUID();
  const reportJson = canonicalJson(report);
  const contentHash = sha256Hex(reportJson);
  vault.tx((w) => {
    vault.db
      .prepare('INSERT INTO audit_verifications(id, at, by_id, ok, report_json, content_hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, clock.now().toISOString(), actor.id, report.ok ? 1 : 0, reportJson, contentHash);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'audit.verify',
      entity: 'auditVerification',
      entityId: id,
      detail: {
        ok: report.ok,
        via,
        entries: report.entries,
        head: report.head,
        failed: report.checks.filter((c) => !c.ok).map((c) => c.name),
        contentHash,
      },
    });
  });
  return id;
}

/** audit.verify: runs every check in the caller's language and records the report (which can then be signed). */
export function verifyAndRecord(cx: CallContext): VerifyReport & { id: string } {
  const report = verifyOpenVault(cx.vault, { clock: cx.clock, locale: cx.locale });
  const id = recordVerification(cx.vault, cx.clock, cx.actor, report, 'app');
  return { ...report, id };
}
