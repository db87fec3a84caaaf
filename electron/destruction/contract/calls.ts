// Destruction calls (R-SEC-6, R-LOAN-1 'destroyed'): the appraisal list (鉴定) of items whose
// retention has expired — destroy / keep N more years / keep permanently; a destruction batch
// (销毁清册) of items appraised 'destroy' goes through the approval engine (type 'destruction',
// XH-…), waits out the cooling-off period (cancellable), then is executed: method (never sale as
// scrap, Art. 25), place, time, executor, and at least two witnesses (监销人) who are neither the
// executor nor an approver, each signing at the machine. Register and certificate print.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

export const DESTRUCTION_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** who records an appraisal decision (the appraisal group's secretary, the supervisor, the CS manager) */
export const APPRAISERS = ['operator', 'infoSupervisor', 'csManager'] as const satisfies readonly Role[];
/** who lists items into a batch and cancels it during the cooling-off period */
export const BATCH_MAKERS = ['operator', 'infoSupervisor'] as const satisfies readonly Role[];
/** who carries the destruction out and records it */
export const EXECUTORS = ['operator', 'custodian'] as const satisfies readonly Role[];

export const DECISIONS = ['destroy', 'extend', 'permanent'] as const;
export type AppraisalDecision = (typeof DECISIONS)[number];
/** Art. 25: destroyed by a method that leaves nothing legible — never sold as scrap. */
export const METHODS = ['shred', 'pulp', 'incinerate', 'degauss', 'wipe', 'physical'] as const;
export type DestructionMethod = (typeof METHODS)[number];
export const APPRAISAL_FILTERS = ['due', 'toDestroy', 'all'] as const;
export type AppraisalFilter = (typeof APPRAISAL_FILTERS)[number];
export const BATCH_STATES = ['pending', 'refused', 'coolingOff', 'ready', 'witnessing', 'executed', 'cancelled'] as const;
export type BatchState = (typeof BATCH_STATES)[number];
export const MIN_WITNESSES = 2;

const text = (min: number, max: number) => z.string().trim().min(min, 'v.required').max(max, 'v.tooLong');

export const appraiseSchema = z
  .object({
    itemId: idSchema,
    decision: z.enum(DECISIONS),
    /** keep this many more years (extend only) */
    years: z.number().int('v.wholeYears').min(1, 'v.yearsRange').max(100, 'v.yearsRange').optional().nullable(),
    reason: text(2, 500),
  })
  .strict()
  .refine((a) => a.decision !== 'extend' || (a.years ?? null) !== null, { path: ['years'], message: 'v.yearsRequired' })
  .refine((a) => a.decision === 'extend' || (a.years ?? null) === null, { path: ['years'], message: 'v.yearsOnlyExtend' });
export type AppraiseInput = z.output<typeof appraiseSchema>;

export const batchCreateSchema = z
  .object({
    itemIds: z
      .array(idSchema)
      .min(1, 'v.batchEmpty')
      .max(500, 'v.batchTooMany')
      .refine((ids) => new Set(ids).size === ids.length, 'v.batchDuplicate'),
    /** 销毁说明: the appraisal's conclusion, for the approvers */
    reason: text(2, 1000),
  })
  .strict();
export type BatchCreateInput = z.output<typeof batchCreateSchema>;
export const batchCancelSchema = z.object({ batchId: idSchema, reason: text(2, 500) }).strict();
export const batchRecordSchema = z.object({ batchId: idSchema, method: z.enum(METHODS), place: text(2, 200) }).strict();
export type BatchRecordInput = z.output<typeof batchRecordSchema>;
export const witnessSchema = z
  .object({
    batchId: idSchema,
    signerLogin: z.string().trim().min(1, 'v.required').max(64),
    signerPassword: z.string().min(1, 'v.required').max(1024),
  })
  .strict();
export type WitnessInput = z.output<typeof witnessSchema>;
export const batchIdSchema = z.object({ batchId: idSchema }).strict();
export const destructionPrintSchema = z.object({ batchId: idSchema, kind: z.enum(['register', 'certificate']), target: printTargetSchema }).strict();

export interface DestructionPolicy {
  /** days after the final approval during which the batch can still be cancelled */
  coolingOffDays: number;
}

export interface Hold {
  reason: string;
  ref: string;
}
export interface AppraisalDecisionRow {
  id: number;
  decision: AppraisalDecision;
  years: number | null;
  keepUntil: string | null;
  reason: string;
  at: string;
  byName: string;
}
export interface AppraisalRow {
  itemId: number;
  /** the item's 档号 */
  archiveNo: string;
  title: string;
  docType: string;
  docDate: string | null;
  classification: number;
  retention: string;
  retentionUntil: string;
  custodyState: string;
  /** due = to appraise; toDestroy = appraised 'destroy', not in a batch yet; inBatch = listed in a live batch */
  status: 'due' | 'toDestroy' | 'inBatch';
  last: AppraisalDecisionRow | null;
  batchNo: string | null;
  holds: Hold[];
}
export interface BatchItemRow {
  itemId: number;
  archiveNo: string;
  title: string;
  docType: string;
  docDate: string | null;
  classification: number;
  retention: string;
  retentionUntil: string | null;
  pages: number | null;
  carrier: string;
  appraisal: { reason: string; at: string; byName: string };
  custodyState: string;
  holds: Hold[];
}
export interface BatchRow {
  id: number;
  no: string;
  requestId: number;
  requestStatus: string;
  state: BatchState;
  reason: string;
  createdAt: string;
  createdByName: string;
  itemCount: number;
  approvedAt: string | null;
  /** approval + cooling-off days: execution is possible from then on */
  coolingOffEnds: string | null;
  cancelledAt: string | null;
  cancelledByName: string | null;
  cancelReason: string | null;
  method: DestructionMethod | null;
  place: string | null;
  recordedAt: string | null;
  executorId: number | null;
  executorName: string | null;
  executedAt: string | null;
  witnesses: { userId: number; name: string; at: string; valid: boolean }[];
}
export interface BatchDetail extends BatchRow {
  items: BatchItemRow[];
  approvers: { userId: number; name: string; step: string; at: string }[];
  /** the approval step waiting for its signature (pending only) */
  waitingStep: { zh: string; en: string } | null;
}

export const destructionCalls = {
  'destruction.appraisals': out<AppraisalRow[]>().call(z.object({ filter: z.enum(APPRAISAL_FILTERS).default('due') }).strict(), DESTRUCTION_READERS),
  'destruction.appraise': out<AppraisalRow | null>().call(appraiseSchema, APPRAISERS),
  'destruction.batches': out<BatchRow[]>().call(z.object({}).strict(), DESTRUCTION_READERS),
  'destruction.get': out<BatchDetail>().call(batchIdSchema, DESTRUCTION_READERS),
  'destruction.create': out<BatchDetail>().call(batchCreateSchema, BATCH_MAKERS),
  'destruction.cancel': out<BatchDetail>().call(batchCancelSchema, BATCH_MAKERS),
  'destruction.record': out<BatchDetail>().call(batchRecordSchema, EXECUTORS),
  'destruction.witness': out<BatchDetail>().call(witnessSchema, EXECUTORS),
  'destruction.execute': out<BatchDetail>().call(batchIdSchema, EXECUTORS),
  'destruction.policy': out<DestructionPolicy>().call(z.object({}).strict(), DESTRUCTION_READERS),
  'destruction.print': out<PrintResult>().call(destructionPrintSchema, DESTRUCTION_READERS),
} as const;
