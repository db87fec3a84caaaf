// The inspection record's two signatures at the machine (R-INSP-1): the inspector's closes the walk
// (every expected item checked), a supervisor's — another person, information supervisor or CS
// manager — completes it; both cover the same content hash. Later domains act on a completed record
// (onInspectionSigned) inside the supervisor's signature's transaction.
import { appendAudit } from '../audit/append';
import { canonicalJson, sha256Hex } from '../audit/canonical';
import { DomainError } from '../contract/result';
import type { Actor, AppContext } from '../core/context';
import { signRecord, type SignableRecordType } from '../people/signatures';
import { findUserByLogin, rolesOf } from '../people/users';
import type { Clock } from '../vault/clock';
import { reader, sql, type Writer } from '../vault/sql';
import { SUPERVISORS, type InspectionDetail, type InspectionSignInput } from './contract/calls';
import { getInspection, INSPECTION_RECORD_TYPE, inspectionDb, type InspectionDbRow } from './inspections';

/** What both signers sign: the record's facts and every item row (not the status the signatures move). */
export const inspectionRecordType: SignableRecordType = {
  contentHash(db, id) {
    const r = reader(db);
    const ins = r.get<InspectionDbRow>(
      sql`SELECT id, no, plan_id, scope_name, started_at, inspector_id, inspector_name FROM inspections WHERE id = ${Number(id)}`,
    );
    if (!ins) return null;
    const items = r.all(
      sql`SELECT item_id, archive_no, expected, expected_cabinet_id, expected_location, result, found_cabinet_id, finding, finding_note, note, checked_by
            FROM inspection_items WHERE inspection_id = ${ins.id} ORDER BY item_id`,
    );
    const cabinets = r.values<number>(sql`SELECT cabinet_id FROM inspection_cabinets WHERE inspection_id = ${ins.id} ORDER BY cabinet_id`);
    // the findings' photos by their hash; left out when there are none (records signed before photos existed keep their hash)
    const photos = r.all(sql`SELECT item_id, sha256 FROM inspection_photos WHERE inspection_id = ${ins.id} ORDER BY item_id`);
    return sha256Hex(canonicalJson({ ...ins, status: undefined, cabinets, items, photos: photos.length ? photos : undefined }));
  },
  // the inspector signs their own record (the separation is enforced by inspections.sign: the supervisor is another person)
  requesterId: () => null,
};

export interface SignedInspectionHook {
  (w: Writer, clock: Clock, actor: Actor, inspection: InspectionDetail): void;
}
const signedHooks: SignedInspectionHook[] = [];
/** Later domains (repairs) act on a completed record, inside the supervisor's signature's transaction. */
export function onInspectionSigned(hook: SignedInspectionHook): void {
  signedHooks.push(hook);
}

export async function signInspection(app: AppContext, clock: Clock, actor: Actor, input: InspectionSignInput): Promise<InspectionDetail> {
  const db = app.vault!.db;
  const r = reader(db);
  const ins = inspectionDb(r, input.inspectionId);
  const signer = findUserByLogin(db, input.signerLogin);
  if (input.as === 'inspector') {
    if (ins.status !== 'open') throw new DomainError('INSPECTION_STATE', `inspection ${ins.no} is ${ins.status}`);
    if (r.value(sql`SELECT 1 FROM inspection_items WHERE inspection_id = ${ins.id} AND result = 'pending'`))
      throw new DomainError('INSPECTION_PENDING', `inspection ${ins.no} has unchecked items`);
    if (signer && signer.id !== ins.inspectorId) throw new DomainError('INSPECTION_SIGNER', 'the inspector signs in person');
  } else {
    if (ins.status === 'open') throw new DomainError('INSPECTION_SIGN_ORDER', 'the inspector signs first');
    if (ins.status === 'signed') throw new DomainError('INSPECTION_STATE', `inspection ${ins.no} is signed`);
    if (signer && (signer.id === ins.inspectorId || !rolesOf(signer).some((x) => (SUPERVISORS as readonly string[]).includes(x))))
      throw new DomainError('INSPECTION_SIGNER', 'the supervisor is an information supervisor or CS manager other than the inspector');
  }
  await signRecord(
    { ...app, clock } as AppContext,
    {
      recordType: INSPECTION_RECORD_TYPE,
      recordId: String(ins.id),
      meaning: input.as === 'inspector' ? 'reviewed' : 'approved',
      signerLogin: input.signerLogin,
      signerPassword: input.signerPassword,
    },
    {
      within: (w, sig) => {
        const at = sig.at;
        if (input.as === 'inspector') w.run(sql`UPDATE inspections SET status = 'inspected', inspected_at = ${at} WHERE id = ${ins.id} AND status = 'open'`);
        else w.run(sql`UPDATE inspections SET status = 'signed', signed_at = ${at} WHERE id = ${ins.id} AND status = 'inspected'`);
        if (w.value<string>(sql`SELECT status FROM inspections WHERE id = ${ins.id}`) !== (input.as === 'inspector' ? 'inspected' : 'signed'))
          throw new DomainError('INSPECTION_STATE', `inspection ${ins.no} changed meanwhile`);
        appendAudit(w, clock, {
          actorId: actor.id,
          actorName: actor.name,
          action: 'inspection.sign',
          entity: 'inspection',
          entityId: ins.id,
          detail: { no: ins.no, as: input.as, signerId: sig.signerId, signatureId: sig.id },
        });
        if (input.as === 'supervisor') {
          const detail = getInspection(db, ins.id);
          for (const hook of signedHooks) hook(w, clock, actor, detail);
        }
      },
    },
  );
  return getInspection(db, ins.id);
}
