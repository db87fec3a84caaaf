// Inspection calls (R-INSP-1): plans per room or cabinet with an interval (policy, default six
// months) and their due/overdue state on the injected clock; an inspection walks cabinet by
// cabinet — every expected item confirmed present by its label's 档号 (scanner or typed), or
// marked missing / misplaced; found-but-unexpected items listed; a condition finding per item —
// then signed at the machine by the inspector and a supervisor and printed (档案检查记录).
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

/** who reads plans, inspections and counts */
export const INSPECTION_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** who walks the room: the information specialist or a custodian */
export const INSPECTORS = ['operator', 'custodian'] as const satisfies readonly Role[];
/** who plans inspections and signs as the supervisor */
export const SUPERVISORS = ['infoSupervisor', 'csManager'] as const satisfies readonly Role[];
/** who edits the inspection policy (the default interval) */
export const INSPECTION_POLICY_EDITORS = ['securityOfficer'] as const satisfies readonly Role[];

export const SCAN_RESULTS = ['pending', 'present', 'missing', 'misplaced', 'unexpected'] as const;
export type ScanResult = (typeof SCAN_RESULTS)[number];
export const FINDINGS = ['none', 'faded', 'damaged', 'mould', 'pests', 'damp', 'other'] as const;
export type Finding = (typeof FINDINGS)[number];
/** findings that need a repair (R-INSP-2) */
export const REPAIR_FINDINGS: readonly Finding[] = ['faded', 'damaged', 'mould', 'pests', 'damp'];
export const PLAN_STATES = ['ok', 'due', 'overdue'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
export const INSPECTION_STATUSES = ['open', 'inspected', 'signed'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'v.tooLong')
    .optional()
    .nullable()
    .transform((s) => (s ? s : null));

export const inspectionPolicySchema = z
  .object({
    /** months between two inspections of a plan (R-INSP-1: half-yearly) */
    intervalMonths: z.number().int().min(1, 'v.range').max(24, 'v.range'),
    /** days before the due date a plan shows as due */
    dueSoonDays: z.number().int().min(0, 'v.range').max(90, 'v.range'),
  })
  .strict();
export type InspectionPolicy = z.output<typeof inspectionPolicySchema>;
export const DEFAULT_INSPECTION_POLICY: InspectionPolicy = { intervalMonths: 6, dueSoonDays: 14 };

export const planSchema = z
  .discriminatedUnion('scope', [
    z
      .object({ scope: z.literal('room'), roomId: idSchema, intervalMonths: z.number().int().min(1, 'v.range').max(24, 'v.range').optional().nullable() })
      .strict(),
    z
      .object({ scope: z.literal('cabinet'), cabinetId: idSchema, intervalMonths: z.number().int().min(1, 'v.range').max(24, 'v.range').optional().nullable() })
      .strict(),
  ])
  .transform((p) => ({ ...p, intervalMonths: p.intervalMonths ?? null }));
export type PlanInput = z.output<typeof planSchema>;

export const scanSchema = z
  .object({
    inspectionId: idSchema,
    /** the cabinet being walked */
    cabinetId: idSchema,
    /** the label's 档号 as a person types it, or the label's QR payload as the scanner types it */
    code: z.string().trim().min(1, 'v.required').max(300, 'v.tooLong'),
  })
  .strict();
export const markSchema = z
  .object({
    inspectionId: idSchema,
    itemId: idSchema,
    result: z.enum(['present', 'missing', 'misplaced']),
    note: optText(300),
  })
  .strict()
  .refine((m) => m.result !== 'misplaced' || !!m.note, { path: ['note'], message: 'v.misplacedNote' });
/** a finding's photo (R-INSP-1): a JPEG or PNG taken on the walk, base64 (checked by its bytes in main) */
export const findingPhotoSchema = z
  .object({
    fileName: z.string().trim().min(1, 'v.required').max(200, 'v.tooLong'),
    dataBase64: z.string().min(1, 'v.required').max(14_000_000, 'v.photoTooLarge'),
  })
  .strict();
export type FindingPhotoInput = z.input<typeof findingPhotoSchema>;
export const findingSchema = z
  .object({
    inspectionId: idSchema,
    itemId: idSchema,
    finding: z.enum(FINDINGS),
    note: optText(300),
    /** a new photo replaces the item's one; absent keeps it; finding 'none' removes it */
    photo: findingPhotoSchema.optional(),
  })
  .strict()
  .refine((f) => f.finding !== 'other' || !!f.note, { path: ['note'], message: 'v.findingNote' });
export const inspectionSignSchema = z
  .object({
    inspectionId: idSchema,
    /** the inspector's signature closes the walk; the supervisor's completes the record */
    as: z.enum(['inspector', 'supervisor']),
    signerLogin: z.string().trim().min(1, 'v.required').max(64),
    signerPassword: z.string().min(1, 'v.required').max(1024),
  })
  .strict();
export type InspectionSignInput = z.output<typeof inspectionSignSchema>;

export interface PlanRow {
  id: number;
  scope: 'room' | 'cabinet';
  roomId: number;
  roomName: string;
  cabinetId: number | null;
  cabinetCode: string | null;
  /** 一号库房 or 一号库房 A01 */
  scopeName: string;
  intervalMonths: number;
  lastInspectedAt: string | null;
  lastInspectionId: number | null;
  dueAt: string;
  state: PlanState;
  /** an inspection of this plan that is not yet signed */
  openInspectionId: number | null;
}
export interface InspectionItemRow {
  id: number;
  itemId: number;
  archiveNo: string;
  title: string;
  classification: number;
  /** expected in this scope at the start (false = found but unexpected) */
  expected: boolean;
  expectedCabinetId: number | null;
  expectedLocation: string | null;
  result: ScanResult;
  foundCabinetId: number | null;
  foundCabinetCode: string | null;
  finding: Finding;
  findingNote: string | null;
  note: string | null;
  checkedAt: string | null;
  checkedByName: string | null;
  /** the finding's photo, if one was taken (its bytes: inspections.photo) */
  photo: { mime: string; size: number; sha256: string } | null;
}
export interface InspectionSignature {
  as: 'inspector' | 'supervisor';
  signerName: string;
  at: string;
  valid: boolean;
}
export interface InspectionCabinet {
  id: number;
  code: string;
  roomName: string;
  expected: number;
  checked: number;
}
export interface InspectionRow {
  id: number;
  no: string;
  planId: number;
  scopeName: string;
  status: InspectionStatus;
  startedAt: string;
  inspectorId: number;
  inspectorName: string;
  counts: { expected: number; present: number; missing: number; misplaced: number; unexpected: number; pending: number; findings: number };
  signatures: InspectionSignature[];
}
export interface InspectionDetail extends InspectionRow {
  cabinets: InspectionCabinet[];
  items: InspectionItemRow[];
}
export interface ScanOutcome {
  result: ScanResult;
  archiveNo: string;
  title: string;
  /** where it should be (misplaced) */
  expectedLocation: string | null;
  /** the same label scanned twice */
  repeated: boolean;
  inspection: InspectionDetail;
}
export interface InspectionCounts {
  due: number;
  overdue: number;
  open: number;
}

const idIn = z.object({ inspectionId: idSchema }).strict();

export const inspectionCalls = {
  'inspections.plans': out<PlanRow[]>().call(z.object({}).strict(), INSPECTION_READERS),
  'inspections.createPlan': out<PlanRow>().call(planSchema, SUPERVISORS),
  'inspections.counts': out<InspectionCounts>().call(z.object({}).strict(), INSPECTION_READERS),
  'inspections.start': out<InspectionDetail>().call(z.object({ planId: idSchema }).strict(), INSPECTORS),
  'inspections.list': out<InspectionRow[]>().call(z.object({ planId: idSchema.optional() }).strict(), INSPECTION_READERS),
  'inspections.get': out<InspectionDetail>().call(idIn, INSPECTION_READERS),
  'inspections.scan': out<ScanOutcome>().call(scanSchema, INSPECTORS),
  'inspections.mark': out<InspectionDetail>().call(markSchema, INSPECTORS),
  'inspections.finding': out<InspectionDetail>().call(findingSchema, INSPECTORS),
  'inspections.photo': out<{ mime: string; sha256: string; dataBase64: string }>().call(
    z.object({ inspectionId: idSchema, itemId: idSchema }).strict(),
    INSPECTION_READERS,
  ),
  'inspections.sign': out<InspectionDetail>().call(inspectionSignSchema, INSPECTORS),
  'inspections.print': out<PrintResult>().call(z.object({ inspectionId: idSchema, target: printTargetSchema }).strict(), INSPECTION_READERS),
  'inspections.policy': out<InspectionPolicy>().call(z.object({}).strict(), 'member'),
  'inspections.setPolicy': out<InspectionPolicy>().call(inspectionPolicySchema, INSPECTION_POLICY_EDITORS),
} as const;
