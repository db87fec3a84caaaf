// Sign at the machine: a second person (typically a supervisor) signs a record with their own
// name + password while the operator stays signed in. The signature covers a canonical payload
// binding record id, the record's content hash, signer, printed name, time, meaning and the
// current audit head; verification recomputes the content hash from the rows.
import { spendKdfLikeARealSlot } from '../vault/vault';
import type { AppContext } from '../core/context';
import { appendAudit, auditHead } from '../audit/append';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { DomainError } from '../contract/result';
import type { Role } from '../contract/roles';
import type { SignMeaning } from '../contract/schemas';
import type { SignatureRow } from '../contract/types';
import type { Db } from '../vault/db';
import type { Writer } from '../vault/sql';
import { unwrapSlot } from '../vault/keyslots';
import { signWithWrappedKey, verifyEd25519 } from './ed25519';
import { actorOf, requireSession } from './sessionInfo';
import { activeKey, keyById } from './userKeys';
import { findUserByLogin, rolesOf } from './users';

// ---- record registry: each signable record type says how to hash its content and who asked ----
export interface SignableRecordType {
  /** sha256 of the record's canonical content, recomputed from the rows; null = no such record */
  contentHash(db: Db, recordId: string): string | null;
  /** the user who requested / created the record: they may not sign it (separation of duties) */
  requesterId(db: Db, recordId: string): number | null;
  /** roles allowed to sign this record type; undefined = any active user */
  signerRoles?: readonly Role[];
  /** meanings the requester may sign their own record with: attesting one's own work (an auditor
   *  marking the verification they ran as reviewed) is not approving one's own request */
  ownMeanings?: readonly SignMeaning[];
}

const registry = new Map<string, SignableRecordType>();

/** Later domains (loans, approvals, destruction…) register their record types here. */
export function registerRecordType(recordType: string, spec: SignableRecordType): void {
  registry.set(recordType, spec);
}

export function recordContentHash(db: Db, recordType: string, recordId: string): string | null {
  return registry.get(recordType)?.contentHash(db, recordId) ?? null;
}

registerRecordType('auditVerification', {
  contentHash(db, id) {
    const json = db.prepare('SELECT report_json FROM audit_verifications WHERE id = ?').pluck().get(id) as string | undefined;
    return json === undefined ? null : sha256Hex(canonicalJson(JSON.parse(json)));
  },
  requesterId(db, id) {
    return (db.prepare('SELECT by_id FROM audit_verifications WHERE id = ?').pluck().get(id) as number | undefined) ?? null;
  },
  signerRoles: ['auditor', 'securityOfficer', 'gm'],
  // the auditor who ran it signs it as reviewed (issue 12); anyone else's signature is a second one
  ownMeanings: ['reviewed'],
});

// ---- payload ----
export interface SignaturePayload {
  recordType: string;
  recordId: string;
  contentHash: string;
  signerId: number;
  signerName: string;
  meaning: SignMeaning;
  at: string;
  auditHead: string;
}

export const signatureMessage = (p: SignaturePayload) =>
  canonicalJson({
    recordType: p.recordType,
    recordId: p.recordId,
    contentHash: p.contentHash,
    signerId: p.signerId,
    signerName: p.signerName,
    meaning: p.meaning,
    at: p.at,
    auditHead: p.auditHead,
  });

/** A signatures table row as SQLite returns it. */
export interface SignatureDbRow {
  id: number;
  record_type: string;
  record_id: string;
  content_hash: string;
  signer_id: number;
  signer_name: string;
  meaning: SignMeaning;
  at: string;
  audit_head: string;
  key_id: number;
  signature: string;
}

export const signatureRowFromDb = (r: SignatureDbRow): SignatureRow => ({
  id: r.id,
  recordType: r.record_type,
  recordId: r.record_id,
  contentHash: r.content_hash,
  signerId: r.signer_id,
  signerName: r.signer_name,
  meaning: r.meaning,
  at: r.at,
  auditHead: r.audit_head,
  keyId: r.key_id,
  signature: r.signature,
});

export interface SignInput {
  recordType: string;
  recordId: string;
  meaning: SignMeaning;
  signerLogin: string;
  signerPassword: string;
}

export interface SignOptions {
  /** runs inside the signature's own transaction, after the signature row and its audit entry:
   *  the record's state change (e.g. an approval step moving on) commits with the signature, and
   *  throwing here undoes both */
  within?: (w: Writer, sig: SignatureRow) => void;
}

export async function signRecord(ctx: AppContext, input: SignInput, opts: SignOptions = {}): Promise<SignatureRow> {
  const { vault, session } = requireSession(ctx);
  const spec = registry.get(input.recordType);
  if (!spec) throw new DomainError('NOT_FOUND', `unknown record type ${input.recordType}`);
  if (spec.contentHash(vault.db, input.recordId) === null) throw new DomainError('NOT_FOUND', `${input.recordType} ${input.recordId} not found`);

  const signer = findUserByLogin(vault.db, input.signerLogin);
  const slot = signer && vault.keyFile().slots.find((s) => s.kind === 'user' && s.userId === signer.id);
  const un = slot ? await unwrapSlot(vault.vaultId, slot, input.signerPassword) : null;
  if (!slot) await spendKdfLikeARealSlot(vault.keyFile(), input.signerPassword, vault.opts);
  if (!signer || !un) {
    const actor = actorOf(session);
    vault.tx((w) =>
      appendAudit(w, ctx.clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'signature.failed',
        entity: input.recordType,
        entityId: input.recordId,
        detail: { signerLogin: input.signerLogin },
      }),
    );
    throw new DomainError('WRONG_PASSWORD', 'wrong signer name or password');
  }
  un.dataKey.fill(0);
  try {
    if (signer.disabled) throw new DomainError('ACCOUNT_DISABLED', 'signer account disabled');
    if (spec.signerRoles && !rolesOf(signer).some((r) => spec.signerRoles!.includes(r)))
      throw new DomainError('FORBIDDEN_ROLE', 'signer role may not sign this');
    if (spec.requesterId(vault.db, input.recordId) === signer.id && !spec.ownMeanings?.includes(input.meaning))
      throw new DomainError('SELF_APPROVAL', 'nobody signs their own request');
    const key = activeKey(vault.db, signer.id);
    if (!key) throw new DomainError('INTERNAL', 'signer has no signing key');

    return vault.tx((w) => {
      // recomputed inside the transaction: hash and head are exactly what is being signed
      const contentHash = spec.contentHash(vault.db, input.recordId)!;
      const payload: SignaturePayload = {
        recordType: input.recordType,
        recordId: input.recordId,
        contentHash,
        signerId: signer.id,
        signerName: signer.display_name,
        meaning: input.meaning,
        at: ctx.clock.now().toISOString(),
        auditHead: auditHead(vault.db).hash,
      };
      const signature = signWithWrappedKey(signer.id, key.wrapped, un.kek, signatureMessage(payload));
      if (!signature) throw new DomainError('INTERNAL', 'signing key does not open with this password');
      const r = vault.db
        .prepare(
          `INSERT INTO signatures(record_type, record_id, content_hash, signer_id, signer_name, meaning, at, audit_head, key_id, signature)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          payload.recordType,
          payload.recordId,
          contentHash,
          signer.id,
          signer.display_name,
          payload.meaning,
          payload.at,
          payload.auditHead,
          key.id,
          signature,
        );
      const id = Number(r.lastInsertRowid);
      appendAudit(w, ctx.clock, {
        actorId: signer.id,
        actorName: signer.display_name,
        action: 'signature.sign',
        entity: input.recordType,
        entityId: input.recordId,
        detail: { signatureId: id, meaning: input.meaning, contentHash, keyId: key.id, operatorId: session.userId },
      });
      const row: SignatureRow = { id, ...payload, keyId: key.id, signature, valid: true };
      opts.within?.(w, row);
      return row;
    });
  } finally {
    un.kek.fill(0);
  }
}

/** null when the signature holds; otherwise a readable problem. Recomputes the content hash from the rows. */
export function signatureProblem(db: Db, row: SignatureRow): string | null {
  const label = `signature ${row.id} on ${row.recordType} ${row.recordId}`;
  const contentHash = recordContentHash(db, row.recordType, row.recordId);
  if (contentHash === null) return `${label}: the signed record no longer exists`;
  if (contentHash !== row.contentHash) return `${label}: the record's content changed after signing`;
  const key = keyById(db, row.keyId);
  if (!key || key.user_id !== row.signerId) return `${label}: signing key ${row.keyId} does not belong to user ${row.signerId}`;
  if (!verifyEd25519(key.public_key, signatureMessage({ ...row, contentHash }), row.signature)) return `${label}: Ed25519 signature invalid`;
  return null;
}

export const verifySignatureRow = (db: Db, row: SignatureRow): boolean => signatureProblem(db, row) === null;

export function listSignatures(db: Db, recordType: string, recordId: string): SignatureRow[] {
  const rows = db.prepare('SELECT * FROM signatures WHERE record_type = ? AND record_id = ? ORDER BY id').all(recordType, recordId) as SignatureDbRow[];
  return rows.map(signatureRowFromDb).map((r) => ({ ...r, valid: verifySignatureRow(db, r) }));
}

/** Every stored signature, checked (for the verifier). */
export function verifyAllSignatures(db: Db): { checked: number; problems: string[] } {
  const rows = (db.prepare('SELECT * FROM signatures ORDER BY id').all() as SignatureDbRow[]).map(signatureRowFromDb);
  const problems = rows.map((r) => signatureProblem(db, r)).filter((p): p is string => p !== null);
  return { checked: rows.length, problems };
}
