// Copies domain calls (R-SEC-3..5): the copy register (复制登记), carry-out / transmission
// (外出携带登记) and external provision (对外提供登记), the carriers policy. Each register row
// cites the approval request (electron/approvals) that allowed it.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, roleSchema, type Role } from '../../contract/roles';
import { anyPasswordSchema, idSchema, loginSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';

/** Who reads the registers: the business roles (三员 see the audit trail instead). */
export const REGISTER_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** Who keeps the registers: the operator (档案管理员) records copies, departures, returns, provisions. */
export const KEEPERS = ['operator'] as const satisfies readonly Role[];
/** Who may ask: any business role (an operator also records requests for outsiders). */
export const REQUESTERS = BUSINESS_ROLES satisfies readonly Role[];

const text = (max: number) => z.string().trim().max(max, 'v.tooLong');
const reqText = (max: number) => text(max).min(1, 'v.required');
const optText = (max: number) =>
  text(max)
    .optional()
    .transform((s) => (s ? s : undefined));
const isoTime = z.iso.datetime({ offset: true, message: 'v.dateTime' });

// ---- vocabularies ----
export const COPY_MODES = ['full', 'excerpt'] as const;
export type CopyMode = (typeof COPY_MODES)[number];
export const COPY_KINDS = ['full', 'excerpt', 'download'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];
export const COPY_STATES = ['issued', 'returned', 'destroyed'] as const;
export type CopyState = (typeof COPY_STATES)[number];
export const SECURITY_MEASURES = ['sealedEnvelope', 'escort', 'encryptedMedia', 'lockedCase', 'other'] as const;
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number];
export const RETURN_CHECKS = ['intact', 'sealBroken', 'damaged', 'missing'] as const;
export type ReturnCheck = (typeof RETURN_CHECKS)[number];
export const PROVISION_METHODS = ['paper', 'electronic', 'onSite'] as const;
export type ProvisionMethod = (typeof PROVISION_METHODS)[number];

// ---- request details (stored as the request's details, parsed by this schema on every use) ----
export const copyDetailsSchema = z
  .object({
    /** copies per item */
    copies: z.number().int('v.range').min(1, 'v.range').max(20, 'v.range'),
    mode: z.enum(COPY_MODES),
    /** which pages, e.g. 1-3, 7 (empty = all) */
    pages: optText(100).refine((p) => p === undefined || /^[0-9\s,，、\-–]+$/.test(p), 'v.pages'),
    /** for whom the copies are made (default: the applicant) */
    forWhom: optText(60),
  })
  .strict();
export type CopyDetails = z.output<typeof copyDetailsSchema>;

export const carryOutDetailsSchema = z
  .object({
    carrierId: idSchema,
    destination: reqText(100),
    measures: z.array(z.enum(SECURITY_MEASURES)).min(1, 'v.measures').max(SECURITY_MEASURES.length),
    measuresNote: optText(200),
    expectedReturn: isoTime,
  })
  .strict()
  .refine((d) => !d.measures.includes('other') || !!d.measuresNote, { path: ['measuresNote'], message: 'v.measuresNote' });
export type CarryOutDetails = z.output<typeof carryOutDetailsSchema>;

export const provisionDetailsSchema = z
  .object({
    recipientOrg: reqText(100),
    legalBasis: reqText(200),
    agreementRef: optText(60),
    providedWhat: reqText(300),
    method: z.enum(PROVISION_METHODS),
  })
  .strict();
export type ProvisionDetails = z.output<typeof provisionDetailsSchema>;

// ---- policy ----
export const carriersPolicySchema = z
  .object({
    roles: z.array(roleSchema).max(20).default([]),
    userIds: z.array(idSchema).max(200).default([]),
  })
  .strict();
export type CarriersPolicy = z.output<typeof carriersPolicySchema>;
export interface CarrierPerson {
  id: number;
  name: string;
  login: string;
}

// ---- inputs ----
export const recordCopiesSchema = z
  .object({
    requestId: idSchema,
    itemId: idSchema,
    count: z.number().int('v.range').min(1, 'v.range').max(20, 'v.range'),
    note: optText(200),
  })
  .strict();
export type RecordCopiesInput = z.output<typeof recordCopiesSchema>;

export const copyStateSchema = z
  .object({
    copyId: idSchema,
    state: z.enum(['returned', 'destroyed']),
    note: optText(200),
  })
  .strict();

const pledgeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('signed'), signerLogin: loginSchema, signerPassword: anyPasswordSchema }).strict(),
  z.object({ kind: z.literal('paper'), note: reqText(200) }).strict(),
]);
export const departSchema = z.object({ requestId: idSchema, pledge: pledgeSchema }).strict();
export type DepartInput = z.output<typeof departSchema>;

export const returnSchema = z
  .object({ id: idSchema, check: z.enum(RETURN_CHECKS), note: optText(300) })
  .strict()
  .refine((r) => r.check === 'intact' || !!r.note, { path: ['note'], message: 'v.returnNote' });
export type ReturnInput = z.output<typeof returnSchema>;

export const provideSchema = z
  .object({
    requestId: idSchema,
    providedAt: isoTime.optional(),
    receivedBy: optText(60),
    note: optText(300),
  })
  .strict();
export type ProvideInput = z.output<typeof provideSchema>;

// ---- rows ----
export interface CopyRow {
  id: number;
  source: 'request' | 'grant';
  requestId: number | null;
  grantId: number | null;
  refNo: string;
  itemId: number;
  itemArchiveNo: string;
  itemTitle: string;
  classification: number;
  copyNo: number;
  kind: CopyKind;
  pages: string | null;
  fileName: string | null;
  forWhom: string;
  madeAt: string;
  madeByName: string;
  note: string | null;
  state: CopyState;
  stateAt: string;
  stateByName: string;
  stateNote: string | null;
}

export interface CarryOutRow {
  id: number;
  requestId: number;
  requestNo: string;
  carrierId: number;
  carrierName: string;
  items: { id: number; archiveNo: string; title: string; classification: number }[];
  purpose: string;
  destination: string;
  measures: SecurityMeasure[];
  measuresNote: string | null;
  pledge: 'signed' | 'paper';
  pledgeNote: string | null;
  pledgeSignature: { signerName: string; at: string; valid: boolean } | null;
  expectedReturn: string;
  outAt: string;
  outByName: string;
  returnedAt: string | null;
  returnedByName: string | null;
  returnCheck: ReturnCheck | null;
  returnNote: string | null;
  overdue: boolean;
}

export interface ProvisionRow {
  id: number;
  requestId: number;
  requestNo: string;
  recipientOrg: string;
  legalBasis: string;
  agreementRef: string | null;
  providedWhat: string;
  method: ProvisionMethod;
  items: { id: number; archiveNo: string; title: string; classification: number }[];
  providedAt: string;
  providedByName: string;
  receivedBy: string | null;
  note: string | null;
  /** the approvals that let it leave: step label, signer, time, verified */
  approvals: { step: string; signerName: string; at: string; valid: boolean }[];
}

/** What a keeper needs to record against an approved request (the record dialogs). */
export interface ApprovedRequestSummary {
  id: number;
  no: string;
  type: 'copy' | 'carryOut' | 'externalProvision';
  applicantName: string;
  applicantUnit: string | null;
  purpose: string;
  items: { id: number; archiveNo: string; title: string; classification: number; made: number }[];
  details: CopyDetails | CarryOutDetails | ProvisionDetails;
  /** fully recorded: the carry-out / provision row exists (one per request), or every approved copy is made */
  recorded: boolean;
}

const listFilter = z.object({ requestId: idSchema.optional(), open: z.boolean().optional() }).strict();

export const copiesCalls = {
  /** 复制登记: every copy with its number and custody state */
  'copies.list': out<CopyRow[]>().call(listFilter, REGISTER_READERS),
  /** count and number the copies made under an approved copy request (the record-copies dialog) */
  'copies.record': out<CopyRow[]>().call(recordCopiesSchema, KEEPERS),
  /** a copy's custody: issued → returned / destroyed (audited, kept as events) */
  'copies.setState': out<CopyRow>().call(copyStateSchema, KEEPERS),
  'copies.print': out<PrintResult>().call(z.object({ target: printTargetSchema }).strict(), REGISTER_READERS),
  /** approved copy / carry-out / provision requests still to be recorded (the keeper's to-do) */
  'copies.approved': out<ApprovedRequestSummary[]>().call(z.object({ type: z.enum(['copy', 'carryOut', 'externalProvision']) }).strict(), REGISTER_READERS),

  /** 外出携带登记 */
  'carryOuts.list': out<CarryOutRow[]>().call(listFilter, REGISTER_READERS),
  /** the carrier leaves: pledge signed at the machine (or on paper), items marked out */
  'carryOuts.depart': out<CarryOutRow>().call(departSchema, KEEPERS),
  /** 返回检查情况: the check closes the row, the items are back in the room */
  'carryOuts.return': out<CarryOutRow>().call(returnSchema, KEEPERS),
  'carryOuts.print': out<PrintResult>().call(z.object({ target: printTargetSchema }).strict(), REGISTER_READERS),
  /** the policy, who it designates now, and (for the security officer's editor) the active people to choose from */
  'carryOuts.carriers': out<CarriersPolicy & { people: CarrierPerson[]; candidates: (CarrierPerson & { roles: Role[] })[] }>().call(z.object({}).strict(), [
    ...BUSINESS_ROLES,
    'securityOfficer',
  ]),
  /** the security officer names who may carry files out (roles and/or named people) */
  'carryOuts.setCarriers': out<CarriersPolicy>().call(carriersPolicySchema, ['securityOfficer']),

  /** 对外提供登记 */
  'provisions.list': out<ProvisionRow[]>().call(listFilter, REGISTER_READERS),
  /** record what left under an approved external-provision request (both approvals in place) */
  'provisions.record': out<ProvisionRow>().call(provideSchema, KEEPERS),
  'provisions.print': out<PrintResult>().call(z.object({ target: printTargetSchema }).strict(), REGISTER_READERS),
} as const;
