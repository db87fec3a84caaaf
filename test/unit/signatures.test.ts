import { afterEach, describe, expect, test } from 'vitest';
import { appendAudit } from '../../electron/audit/append';
import { canonicalJson, sha256Hex } from '../../electron/audit/canonical';
import { endSession } from '../../electron/people/session';
import { listSignatures, verifyAllSignatures, verifySignatureRow } from '../../electron/people/signatures';
import type { AppContext } from '../../electron/core/context';
import type { SignatureRow } from '../../electron/contract/types';
import { ADMIN_PW, PW, auditActions, dispatcherFor, setupVault, signInMember } from './auth-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A stand-in audit verification record requested by `byId` (the verifier itself is another module). */
function insertVerification(ctx: AppContext, id: string, byId: number, report: object = { ok: true, entries: 7, head: 'ab'.repeat(32) }) {
  const vault = ctx.vault!;
  vault.tx((w) => {
    const json = JSON.stringify(report);
    vault.db
      .prepare('INSERT INTO audit_verifications(id, at, by_id, ok, report_json, content_hash) VALUES (?, ?, ?, 1, ?, ?)')
      .run(id, ctx.clock.now().toISOString(), byId, json, sha256Hex(canonicalJson(report)));
    appendAudit(w, ctx.clock, { actorId: byId, actorName: 'x', action: 'audit.verify', entity: 'auditVerification', entityId: id });
  });
}

const users = [
  { login: 'aud', roles: ['auditor' as const], name: '审计员甲' },
  { login: 'sec', roles: ['securityOfficer' as const], name: '保密员乙' },
  { login: 'op', roles: ['operator' as const], name: '专员丙' },
];

describe('signatures at the machine', () => {
  test('R-IT-1 a supervisor signs with their own password; separation of duties (the auditor only reviews their own run); wrong password refused', async () => {
    const v = await setupVault(users);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'aud');
    insertVerification(v.ctx, 'v1', v.ids.aud!);
    const sign = (signerLogin: string, signerPassword: string, recordId = 'v1', meaning: 'reviewed' | 'witnessed' = 'reviewed') =>
      call('signatures.sign', { recordType: 'auditVerification', recordId, meaning, signerLogin, signerPassword });

    // the auditor who ran it may not witness their own verification (they may mark it reviewed, below)
    expect(await sign('aud', PW, 'v1', 'witnessed')).toMatchObject({ ok: false, error: { code: 'SELF_APPROVAL' } });
    expect(await sign('sec', 'not-the-password')).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await sign('nobody', PW)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await sign('op', PW)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(await sign('sec', PW, 'missing')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const ok = await sign('sec', PW);
    expect(ok).toMatchObject({ ok: true, value: { signerId: v.ids.sec, signerName: '保密员乙', meaning: 'reviewed', valid: true } });
    const row = (ok as { value: SignatureRow }).value;
    expect(row.auditHead).toMatch(/^[0-9a-f]{64}$/);
    expect(await call('signatures.list', { recordType: 'auditVerification', recordId: 'v1' })).toMatchObject({
      ok: true,
      value: [{ id: row.id, valid: true }],
    });
    const actions = auditActions(v.ctx);
    expect(actions.filter((a) => a === 'signature.failed')).toHaveLength(2);
    expect(actions.at(-1)).toBe('signature.sign');
    // the operator's session is untouched by the signer's credentials
    expect(v.ctx.session!.login).toBe('aud');
    // issue 12: attesting one's own verification is not self-approval — the auditor signs it as reviewed
    expect(await sign('aud', PW)).toMatchObject({ ok: true, value: { signerId: v.ids.aud, meaning: 'reviewed', valid: true } });
    await endSession(v.ctx, 'signOut');
  });

  test('R-IT-1 a signature copied to another record, or over changed content, fails verification; retired keys still verify', async () => {
    const v = await setupVault(users);
    cleanup = v.cleanup;
    const call = dispatcherFor(v.ctx);
    await signInMember(v.ctx, 'aud');
    const report = { ok: true, entries: 3, head: 'cd'.repeat(32) };
    insertVerification(v.ctx, 'v1', v.ids.aud!, report);
    insertVerification(v.ctx, 'v2', v.ids.aud!, report); // identical content: only the record id differs
    const signed = (await call('signatures.sign', {
      recordType: 'auditVerification',
      recordId: 'v1',
      meaning: 'approved',
      signerLogin: 'sec',
      signerPassword: PW,
    })) as { value: SignatureRow };
    const db = v.ctx.vault!.db;
    const stored = listSignatures(db, 'auditVerification', 'v1')[0]!;
    expect(verifySignatureRow(db, stored)).toBe(true);

    // copy the signature onto v2
    v.ctx.vault!.tx(() =>
      db
        .prepare(
          `INSERT INTO signatures(record_type, record_id, content_hash, signer_id, signer_name, meaning, at, audit_head, key_id, signature)
           SELECT record_type, 'v2', content_hash, signer_id, signer_name, meaning, at, audit_head, key_id, signature FROM signatures WHERE id = ?`,
        )
        .run(signed.value.id),
    );
    const copied = listSignatures(db, 'auditVerification', 'v2')[0]!;
    expect(copied.contentHash).toBe(stored.contentHash);
    expect(copied.valid).toBe(false);
    expect(verifyAllSignatures(db)).toMatchObject({ checked: 2, problems: [expect.stringMatching(/v2: Ed25519 signature invalid/)] });

    // altering any signed field breaks it
    expect(verifySignatureRow(db, { ...stored, meaning: 'rejected' })).toBe(false);
    expect(verifySignatureRow(db, { ...stored, signerName: '别人' })).toBe(false);

    // retire sec's key by an administrator reset: the old signature still verifies
    await endSession(v.ctx, 'signOut');
    await signInMember(v.ctx, 'admin', ADMIN_PW);
    const NEW = 'reset-pass-123';
    await call('users.resetPassword', { id: v.ids.sec!, password: NEW, passwordConfirm: NEW });
    const db2 = v.ctx.vault!.db;
    expect(db2.prepare('SELECT retired_at FROM user_keys WHERE id = ?').pluck().get(stored.keyId)).not.toBeNull();
    expect(listSignatures(db2, 'auditVerification', 'v1')[0]!.valid).toBe(true);

    // tampering with the signed record's content is detected (content hash recomputed from the row)
    v.ctx.vault!.tx(() => db2.prepare(`UPDATE audit_verifications SET report_json = ? WHERE id = 'v1'`).run(JSON.stringify({ ...report, ok: false })));
    const after = listSignatures(db2, 'auditVerification', 'v1')[0]!;
    expect(after.valid).toBe(false);
    expect(verifyAllSignatures(db2).problems.join()).toMatch(/v1: the record's content changed/);
    await endSession(v.ctx, 'signOut');
  });
});
