// Approval engine calls (R-GOV-1, R-USE-2, R-USE-3, R-LOAN-2, R-SEC-3..5): one request model for
// every request type (access, loan, copy, carry-out, external provision, later reports,
// destruction, policy changes). The chain of steps comes from policy; each step is a signature
// at the machine (people/signatures.ts, record type 'approvalStep').
import { z } from 'zod';
import { out } from '../../contract/call';
import { BUSINESS_ROLES, roleSchema, type Role } from '../../contract/roles';
import { anyPasswordSchema, idSchema, loginSchema } from '../../contract/schemas';

export const REQUEST_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_SCOPES = ['items', 'archive', 'customer'] as const;
export type RequestScope = (typeof REQUEST_SCOPES)[number];
export const APPLICANT_KINDS = ['staff', 'outsider'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const ID_DOC_KINDS = ['introLetter', 'workId'] as const;
export type IdDocKind = (typeof ID_DOC_KINDS)[number];
export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const DECISIONS = ['approved', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Who records, submits and looks at requests: the business roles (三员 never: separation of duties). */
export const APPROVAL_ROLES = BUSINESS_ROLES satisfies readonly Role[];

// ---- policy: chains are data ----
const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof level>;
const pairSchema = z.object({ zh: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(80) }).strict();
export const chainStepSchema = z
  .object({
    key: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, 'v.stepKey'),
    label: pairSchema,
    anyOf: z.array(roleSchema).min(1, 'v.stepRoles'),
    when: z.object({ minClassification: level.optional(), outsiderMinClassification: level.optional() }).strict().optional(),
  })
  .strict();
export type ChainStep = z.infer<typeof chainStepSchema>;
export const approvalPolicySchema = z
  .object({
    chains: z.record(z.string().min(1).max(40), z.array(chainStepSchema).min(1, 'v.chainEmpty')),
    /** a submitted request not decided within this many days expires */
    expireDays: z.number().int().min(1).max(365),
    /** a step waiting this many days is marked overdue in the inbox (urgent requests: half, at least 1 day) */
    overdueDays: z.number().int().min(1).max(60),
  })
  .strict();
export type ApprovalPolicy = z.infer<typeof approvalPolicySchema>;

// ---- the common fields of every request (the consumer's form uses <RequestFields/> for them) ----
const text = (max: number) => z.string().trim().max(max, 'v.tooLong');
const optText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((s) => (s ? s : null));
const required = (max: number, key = 'v.required') => text(max).min(1, key);

export const applicantSchema = z
  .object({
    kind: z.enum(APPLICANT_KINDS),
    /** staff with an account (they may not approve their own request) */
    userId: idSchema.optional().nullable(),
    name: required(60),
    /** department (staff) or organisation (outsider) */
    unit: required(100),
    contact: optText(60),
    idDocKind: z.enum(ID_DOC_KINDS).optional().nullable(),
    idDocNo: optText(60),
    idDocIssuer: optText(100),
  })
  .strict();
export type ApplicantInput = z.input<typeof applicantSchema>;

export const targetsSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('items'), itemIds: z.array(idSchema).min(1, 'v.targetsEmpty').max(500, 'v.targetsTooMany') }).strict(),
  z.object({ scope: z.literal('archive'), archiveId: idSchema }).strict(),
  z.object({ scope: z.literal('customer'), customerId: idSchema }).strict(),
]);
export type TargetsInput = z.input<typeof targetsSchema>;

export const evidenceSchema = z
  .object({
    /** the department stamp is on the paper form (R-USE-2, R-LOAN-2) */
    stampPresent: z.boolean(),
    /** the department head who signed the paper form */
    headName: optText(60),
  })
  .strict();

export const SCAN_KINDS = ['introLetter', 'stampedForm', 'other'] as const;
export type ScanKind = (typeof SCAN_KINDS)[number];
/** base64 length of 10 MB (one scan) */
export const SCAN_MAX_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4;
export const scanSchema = z
  .object({
    kind: z.enum(SCAN_KINDS),
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[^/\\\u0000-\u001f]+$/, 'v.scanFileName'),
    /** base64 of a PDF / JPEG / PNG scan, ≤ 10 MB */
    dataBase64: z.string().min(4).max(SCAN_MAX_BASE64, 'v.scanTooLarge'),
  })
  .strict();
export type ScanInput = z.input<typeof scanSchema>;

/** Common request fields, shared by approvals.create and every consumer's `<domain>.request`. */
export const requestFieldsSchema = z
  .object({
    applicant: applicantSchema,
    targets: targetsSchema,
    purpose: required(200),
    reason: required(1000),
    urgency: z.enum(URGENCIES).default('normal'),
    evidence: evidenceSchema.default({ stampPresent: false, headName: null }),
    /** scans: introduction letter, the stamped paper form (optional, R-USE-2) */
    attachments: z.array(scanSchema).max(5, 'v.targetsTooMany').default([]),
  })
  .strict();
export type RequestFieldsInput = z.input<typeof requestFieldsSchema>;
export type RequestFields = z.output<typeof requestFieldsSchema>;

/** R-USE-3: an outsider's introduction letter / work ID (kind, number, issuing body), required before submission. */
export function applicantProblems(a: z.output<typeof applicantSchema>): { path: string; message: string }[] {
  if (a.kind !== 'outsider') return [];
  const out: { path: string; message: string }[] = [];
  if (!a.idDocKind) out.push({ path: 'applicant.idDocKind', message: 'v.idDocRequired' });
  if (!a.idDocNo) out.push({ path: 'applicant.idDocNo', message: 'v.idDocRequired' });
  if (!a.idDocIssuer) out.push({ path: 'applicant.idDocIssuer', message: 'v.idDocRequired' });
  return out;
}

export const newRequestSchema = requestFieldsSchema
  .extend({
    type: z.string().min(1).max(40),
    /** type-specific fields, validated by the request type's own schema */
    details: z.record(z.string(), z.unknown()).default({}),
    /** submit at once (the usual case: the operator records a paper form already signed) */
    submit: z.boolean().default(false),
  })
  .strict();
export type NewRequestInput = z.input<typeof newRequestSchema>;
export type NewRequest = z.output<typeof newRequestSchema>;

export const signRequestSchema = z
  .object({
    requestId: idSchema,
    meaning: z.enum(DECISIONS),
    reason: optText(500),
    signerLogin: loginSchema,
    signerPassword: anyPasswordSchema,
  })
  .strict()
  .refine((s) => s.meaning !== 'rejected' || !!s.reason, { path: ['reason'], message: 'v.rejectReason' });

const attachmentSchema = scanSchema.extend({ requestId: idSchema }).strict();

// ---- outputs ----
export interface StepSignature {
  id: number;
  signerId: number;
  signerName: string;
  meaning: string;
  at: string;
  /** the Ed25519 signature verifies against the request as it is now */
  valid: boolean;
}
export type StepState = 'waiting' | 'current' | 'approved' | 'rejected' | 'closed';
export interface ChainEntry extends ChainStep {
  index: number;
  state: StepState;
  signature: StepSignature | null;
}
export interface RequestAttachment {
  id: number;
  kind: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  addedAt: string;
}
export interface RequestTarget {
  itemId: number;
  itemNo: string;
  title: string;
  classification: Level;
}
export interface ApprovalRequest {
  id: number;
  no: string;
  type: string;
  typeLabel: { zh: string; en: string };
  status: RequestStatus;
  scope: RequestScope;
  scopeArchiveId: number | null;
  scopeCustomerId: number | null;
  /** the scope in words for approvers: 全部档案 of 客户 X / 档案 TS-… / n 件材料 */
  scopeName: string | null;
  itemIds: number[];
  targets: RequestTarget[];
  applicant: {
    kind: ApplicantKind;
    userId: number | null;
    name: string;
    unit: string;
    contact: string | null;
    idDocKind: IdDocKind | null;
    idDocNo: string | null;
    idDocIssuer: string | null;
  };
  purpose: string;
  reason: string;
  urgency: Urgency;
  evidence: { stampPresent: boolean; headName: string | null };
  details: Record<string, unknown>;
  chain: ChainEntry[];
  /** the step waiting for a signature (submitted only) */
  currentStep: number | null;
  highestClassification: Level;
  createdBy: number;
  createdByName: string;
  createdAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  expiresAt: string | null;
  decisionReason: string | null;
  attachments: RequestAttachment[];
  /** all step signatures verify */
  verified: boolean;
}
export interface RequestSummary {
  id: number;
  no: string;
  type: string;
  typeLabel: { zh: string; en: string };
  status: RequestStatus;
  applicantName: string;
  applicantUnit: string;
  applicantKind: ApplicantKind;
  purpose: string;
  urgency: Urgency;
  highestClassification: Level;
  itemCount: number;
  createdAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  expiresAt: string | null;
  /** the waiting step (submitted only) */
  currentStep: { index: number; key: string; label: { zh: string; en: string }; anyOf: Role[] } | null;
  /** waiting longer than policy overdueDays (urgent: half) */
  overdue: boolean;
}
export interface ApprovalCounts {
  /** waiting for the signed-in user's roles */
  inbox: number;
  /** of which overdue */
  overdue: number;
  /** the user's own requests still pending */
  mine: number;
}
export interface RequestTypeInfo {
  type: string;
  prefix: string;
  label: { zh: string; en: string };
}

const listFilter = z
  .object({
    type: z.string().min(1).max(40).optional(),
    status: z.enum(REQUEST_STATUSES).optional(),
    /** created by or applied for by the signed-in user */
    mine: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
const ref = z.object({ id: idSchema }).strict();

export const approvalCalls = {
  'approvals.create': out<ApprovalRequest>().call(newRequestSchema, APPROVAL_ROLES),
  'approvals.submit': out<ApprovalRequest>().call(ref, APPROVAL_ROLES),
  'approvals.sign': out<ApprovalRequest>().call(signRequestSchema, APPROVAL_ROLES),
  'approvals.withdraw': out<ApprovalRequest>().call(z.object({ id: idSchema, reason: optText(500) }).strict(), APPROVAL_ROLES),
  'approvals.attach': out<RequestAttachment>().call(attachmentSchema, APPROVAL_ROLES),
  'approvals.get': out<ApprovalRequest>().call(ref, APPROVAL_ROLES),
  'approvals.list': out<RequestSummary[]>().call(listFilter, APPROVAL_ROLES),
  'approvals.inbox': out<RequestSummary[]>().call(z.object({}).strict(), APPROVAL_ROLES),
  'approvals.counts': out<ApprovalCounts>().call(z.object({}).strict(), APPROVAL_ROLES),
  'approvals.types': out<RequestTypeInfo[]>().call(z.object({}).strict(), APPROVAL_ROLES),
  'approvals.policy': out<ApprovalPolicy>().call(z.object({}).strict(), APPROVAL_ROLES),
} as const;
