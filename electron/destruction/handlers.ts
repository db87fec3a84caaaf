// Handlers for the destruction calls: one domain function each; the domain function owns the
// transaction and the audit entry.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import { registerRegisterSource } from '../print/page-marks';
import { printRegister, registerMeta } from '../print/print-register';
import { appraise, listAppraisals } from './appraisal';
import { cancelBatch, createBatch, getBatch, listBatches } from './batches';
import type { destructionCalls } from './contract/calls';
import { executeBatch, recordExecution, witnessBatch } from './execution';
import { coolingOffDays } from './policy';
import {
  buildDestructionCertificate,
  buildDestructionRegister,
  DESTRUCTION_CERTIFICATE_CODE,
  DESTRUCTION_REGISTER_CODE,
} from './registers/destruction-register';

type DestructionCallName = Extract<CallName, keyof typeof destructionCalls>;

export const destructionHandlers: { [N in DestructionCallName]: Handler<N> } = {
  'destruction.appraisals': (input, cx) => listAppraisals(cx.db, cx.clock, input),
  'destruction.appraise': (input, cx) => appraise(cx.vault, cx.clock, cx.actor, input),
  'destruction.batches': (_input, cx) => listBatches(cx.db, cx.clock),
  'destruction.get': ({ batchId }, cx) => getBatch(cx.db, batchId, cx.clock.now()),
  'destruction.create': (input, cx) => createBatch(cx.vault, cx.clock, cx.actor, input),
  'destruction.cancel': (input, cx) => cancelBatch(cx.vault, cx.clock, cx.actor, input),
  'destruction.record': (input, cx) => recordExecution(cx.vault, cx.clock, cx.actor, input),
  'destruction.witness': (input, cx) => witnessBatch(cx.app, cx.clock, cx.actor, input),
  'destruction.execute': (input, cx) => executeBatch(cx.vault, cx.clock, cx.actor, input),
  'destruction.policy': (_input, cx) => ({ coolingOffDays: coolingOffDays(cx.db) }),
  'destruction.print': ({ batchId, kind, target }, cx) =>
    printRegister(cx, (kind === 'register' ? buildDestructionRegister : buildDestructionCertificate)(cx.vault, batchId, registerMeta(cx)), target, {
      batchId,
    }),
};

// print verification: the register and the certificate built again from the batch they were printed for
const batchOf = (p: unknown) => (p as { batchId: number }).batchId;
registerRegisterSource(DESTRUCTION_REGISTER_CODE, {
  rebuild: (vault, p, opts) => buildDestructionRegister(vault, batchOf(p), opts),
  rowKey: (row) => String(row.archiveNo),
});
registerRegisterSource(DESTRUCTION_CERTIFICATE_CODE, {
  rebuild: (vault, p, opts) => buildDestructionCertificate(vault, batchOf(p), opts),
  rowKey: (row) => String(row.archiveNo),
});
