// Executing a destruction batch (R-SEC-6, R-LOAN-1). Three steps, each its own transaction:
//   1. record: after the cooling-off period, the executor records method, place and time;
//   2. witness: each 监销人 signs that record at the machine with their own password (record type
//      'destructionExecution'); a witness is neither the executor nor an approver of the batch;
//   3. execute: the executor confirms. Re-checked then: the cooling-off has passed, ≥ 2 distinct
//      valid witness signatures, no item on hold, every item still on the shelf. Each item's
//      custody becomes 'destroyed' and its content leaves the vault file (purge.ts); the index
//      lines and the batch stay.
import { appendAudit } from '../audit/append';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { DomainError } from '../contract/result';
import { BUSINESS_ROLES } from '../contract/roles';
import type { Actor, AppContext } from '../core/context';
import { signRecord, type SignableRecordType } from '../people/signatures';
import { findUserByLogin } from '../people/users';
import type { Clock } from '../vault/clock';
import { reader, sql, type Reader } from '../vault/sql';
import type { Vault } from '../vault/vault';
import { recordCustodyEvent } from '../archive';
import { approversOf, batchDb, batchItems, DESTROYABLE_CUSTODY, getBatch, refuseHeld, stateOf } from './batches';
import { MIN_WITNESSES, type BatchDetail, type BatchRecordInput, type WitnessInput } from './contract/calls';
import { purgeItemContent, rewriteFreedPages, withSecureDelete } from './purge';

/** What the witnesses sign: the batch, its items' index lines and the execution facts. */
export const executionRecordType: SignableRecordType = {
  contentHash(db, id) {
    const r = reader(db);
    const b = r.get(
      sql`SELECT id, no, request_id, method, place, recorded_at, executor_id, executor_name FROM destruction_batches WHERE id = ${Number(id)} AND recorded_at IS NOT NULL`,
    );
    if (!b) return null;
    const items = r.all(sql`SELECT item_id, archive_no, title FROM destruction_batch_items WHERE batch_id = ${Number(id)} ORDER BY item_id`);
    return sha256Hex(canonicalJson({ ...b, items }));
  },
  // separation is checked by witnessBatch (executor and approvers may not witness)
  requesterId: (db, id) => reader(db).value<number>(sql`SELECT executor_id FROM destruction_batches WHERE id = ${Number(id)}`) ?? null,
  signerRoles: BUSINESS_ROLES,
};

export function recordExecution(vault: Vault, clock: Clock, actor: Actor, input: BatchRecordInput): BatchDetail {
  return vault.write((w) => {
    const now = clock.now();
    const b = batchDb(w, input.batchId);
    const state = stateOf(b, now);
    if (state === 'coolingOff') throw new DomainError('DESTRUCTION_COOLING_OFF', `batch ${b.no} is in its cooling-off period`);
    if (state !== 'ready') throw new DomainError('DESTRUCTION_STATE', `batch ${b.no} is ${state}`);
    w.run(sql`UPDATE destruction_batches SET method = ${input.method}, place = ${input.place}, recorded_at = ${now.toISOString()},
                     executor_id = ${actor.id}, executor_name = ${actor.name} WHERE id = ${b.id}`);
    appendAudit(w, clock, {
      actorId: actor.id,
      actorName: actor.name,
      action: 'destruction.record',
      entity: 'destructionBatch',
      entityId: b.id,
      detail: { no: b.no, method: input.method, place: input.place },
    });
    return getBatch(vault.db, b.id, now);
  });
}

function witnessConflict(r: Reader, vault: Vault, b: { id: number; requestId: number; executorId: number | null }, userId: number): void {
  if (userId === b.executorId || approversOf(vault.db, b.requestId).some((a) => a.userId === userId))
    throw new DomainError('DESTRUCTION_WITNESS_CONFLICT', 'a witness is neither the executor nor an approver');
  if (r.value(sql`SELECT 1 FROM destruction_witnesses WHERE batch_id = ${b.id} AND user_id = ${userId}`))
    throw new DomainError('DESTRUCTION_WITNESS_TWICE', 'this witness has signed');
}

export async function witnessBatch(app: AppContext, clock: Clock, actor: Actor, input: WitnessInput): Promise<BatchDetail> {
  const vault = app.vault!;
  const r = reader(vault.db);
  const b = batchDb(r, input.batchId);
  const state = stateOf(b, clock.now());
  if (state !== 'witnessing') throw new DomainError('DESTRUCTION_STATE', `batch ${b.no} is ${state}`);
  const signer = findUserByLogin(vault.db, input.signerLogin);
  if (signer) witnessConflict(r, vault, b, signer.id);
  await signRecord(
    { ...app, clock } as AppContext,
    { recordType: 'destructionExecution', recordId: String(b.id), meaning: 'witnessed', signerLogin: input.signerLogin, signerPassword: input.signerPassword },
    {
      within: (w, sig) => {
        const now = batchDb(w, b.id);
        if (stateOf(now, clock.now()) !== 'witnessing') throw new DomainError('DESTRUCTION_STATE', `batch ${b.no} changed meanwhile`);
        witnessConflict(w, vault, now, sig.signerId);
        w.run(
          sql`INSERT INTO destruction_witnesses(batch_id, user_id, name, signature_id, at) VALUES (${b.id}, ${sig.signerId}, ${sig.signerName}, ${sig.id}, ${sig.at})`,
        );
        appendAudit(w, clock, {
          actorId: actor.id,
          actorName: actor.name,
          action: 'destruction.witness',
          entity: 'destructionBatch',
          entityId: b.id,
          detail: { no: b.no, witnessId: sig.signerId, witnessName: sig.signerName, signatureId: sig.id },
        });
      },
    },
  );
  return getBatch(vault.db, b.id, clock.now());
}

export function executeBatch(vault: Vault, clock: Clock, actor: Actor, input: { batchId: number }): BatchDetail {
  const detail = withSecureDelete(vault.db, () =>
    vault.write((w) => {
      const now = clock.now();
      const b = batchDb(w, input.batchId);
      const state = stateOf(b, now);
      if (state !== 'witnessing') throw new DomainError(state === 'coolingOff' ? 'DESTRUCTION_COOLING_OFF' : 'DESTRUCTION_STATE', `batch ${b.no} is ${state}`);
      if (b.executorId !== actor.id) throw new DomainError('DESTRUCTION_NOT_EXECUTOR', 'the executor confirms');
      const current = getBatch(vault.db, b.id, now);
      const approvers = new Set(current.approvers.map((a) => a.userId));
      const witnesses = new Set(current.witnesses.filter((x) => x.valid && x.userId !== b.executorId && !approvers.has(x.userId)).map((x) => x.userId));
      if (witnesses.size < MIN_WITNESSES) throw new DomainError('DESTRUCTION_WITNESSES', `batch ${b.no} has ${witnesses.size} valid witnesses`);
      const items = batchItems(vault.db, b.id);
      refuseHeld(w, items);
      const away = items.find((i) => !DESTROYABLE_CUSTODY.includes(i.custodyState));
      if (away) throw new DomainError('DESTRUCTION_NOT_ON_SHELF', `item ${away.archiveNo} is ${away.custodyState}`);
      const at = now.toISOString();
      let attachments = 0;
      for (const it of items) {
        recordCustodyEvent(vault.db, { itemId: it.itemId, state: 'destroyed', at, byId: actor.id, refType: 'destruction', refId: b.id });
        attachments += purgeItemContent(w, it.itemId);
      }
      w.run(sql`UPDATE destruction_batches SET executed_at = ${at} WHERE id = ${b.id}`);
      appendAudit(w, clock, {
        actorId: actor.id,
        actorName: actor.name,
        action: 'destruction.execute',
        entity: 'destructionBatch',
        entityId: b.id,
        detail: { no: b.no, itemCount: items.length, itemIds: items.map((i) => i.itemId), attachments, witnesses: [...witnesses] },
      });
      return getBatch(vault.db, b.id, now);
    }),
  );
  // after the commit: no old copy of a removed page stays in the WAL or the file's free pages. The
  // destruction itself has committed (and secure_delete zeroed the freed cells): a rewrite that
  // cannot run now (e.g. a reader open) does not turn it into a failure; closing the vault
  // checkpoints the WAL again.
  try {
    rewriteFreedPages(vault.db);
  } catch (e) {
    console.error('[destruction] rewriting freed pages failed', e);
  }
  return detail;
}
