// Access calls (查阅, R-USE-1..3): the grants an approved access request creates, consultations
// at the reading desk (time in / time out) and the access register (查阅登记). Pure TS + zod.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import { requestFieldsSchema, type ApprovalRequest } from '../../approvals/contract/calls';
import type { PrintResult } from '../../contract/types';

const text = (max: number) => z.string().trim().max(max, 'v.tooLong');
const optText = (max: number) =>
  text(max)
    .optional()
    .transform((s) => (s ? s : undefined));
const isoTime = z.iso.datetime({ offset: true, message: 'v.grantTime' });

/** Who reads: a staff member with an account (their own session sees the content) or an outsider
 *  (no account: the content opens at the reading desk, in the operator's session, during a consultation). */
export const READER_KINDS = ['staff', 'outsider'] as const;
export type ReaderKind = (typeof READER_KINDS)[number];
export const GRANT_STATES = ['upcoming', 'current', 'ended'] as const;
export type GrantState = (typeof GRANT_STATES)[number];

/** Everyone with a business role sees the grants list (index-level facts: who may read which item). */
export const ACCESS_READERS = BUSINESS_ROLES satisfies readonly Role[];
/** the reading desk: 信息管理专员 */
export const DESK = ['operator'] as const satisfies readonly Role[];
/** ending a grant early */
export const GRANT_ENDERS = ['operator', 'infoSupervisor', 'csManager'] as const satisfies readonly Role[];
/** the access register on screen and on paper */
export const REGISTER_READERS = ['operator', 'infoSupervisor', 'csManager', 'gm'] as const satisfies readonly Role[];

/**
 * The access-specific part of an access request (the engine's details_json): the window and what
 * the grant allows besides viewing. Omitted times: from the approval, until the same day's end
 * (policy, 18:00). Print / download are copies (R-SEC-3): counted by the copy register.
 */
export const accessDetailsSchema = z
  .object({
    validFrom: isoTime.optional(),
    validUntil: isoTime.optional(),
    allowPrint: z.boolean().default(false),
    allowDownload: z.boolean().default(false),
  })
  .strict()
  .refine((d) => !d.validFrom || !d.validUntil || Date.parse(d.validUntil) > Date.parse(d.validFrom), {
    path: ['validUntil'],
    message: 'v.untilAfterFrom',
  });
export type AccessDetails = z.output<typeof accessDetailsSchema>;

/** access.request: the engine's common request fields + the access details (the form and main parse with it). */
export const accessRequestSchema = requestFieldsSchema
  .extend({
    details: accessDetailsSchema.default({ allowPrint: false, allowDownload: false }),
    /** false: keep it as a draft (the engine's approvals.submit sends it later) */
    submit: z.boolean().default(true),
  })
  .strict();
export type AccessRequestInput = z.input<typeof accessRequestSchema>;
export type AccessRequest = z.output<typeof accessRequestSchema>;

export const grantListSchema = z.object({ state: z.enum(['current', 'ended', 'all']).default('current') }).strict();
export const registerFilterSchema = z
  .object({
    from: z.iso.date('v.date').optional(),
    to: z.iso.date('v.date').optional(),
    /** only rows still without a time out */
    open: z.boolean().optional(),
  })
  .strict();
export type RegisterFilter = z.output<typeof registerFilterSchema>;

// ---- outputs ----
export interface GrantItem {
  itemId: number;
  itemArchiveNo: string;
  title: string;
  customerName: string;
  classification: 0 | 1 | 2 | 3;
}
export interface ConsultationRow {
  id: number;
  grantId: number;
  grantNo: string;
  readerKind: ReaderKind;
  readerName: string;
  readerUnit: string | null;
  items: GrantItem[];
  timeIn: string;
  timeOut: string | null;
  operatorId: number;
  operatorName: string;
  timeOutByName: string | null;
  remarks: string | null;
}
/** What a grant records (the DB row and GrantRow share these; the flags differ: 0/1 there, boolean here). */
export interface GrantFacts {
  id: number;
  /** the approved request's number, e.g. CY-2026-0001 */
  no: string;
  requestId: number | null;
  readerKind: ReaderKind;
  /** staff with an account: whose session sees the content; null = reading desk */
  readerUserId: number | null;
  readerName: string;
  readerUnit: string | null;
  readerContact: string | null;
  idDoc: string | null;
  purpose: string | null;
  validFrom: string;
  validUntil: string;
}
export interface GrantRow extends GrantFacts {
  allowPrint: boolean;
  allowDownload: boolean;
  state: GrantState;
  ended: { at: string; byName: string; reason: string } | null;
  items: GrantItem[];
  highestClassification: 0 | 1 | 2 | 3;
  /** the consultation at the desk now (time in, no time out yet) */
  openConsultation: { id: number; timeIn: string; operatorId: number; operatorName: string } | null;
  createdAt: string;
}
export interface GrantDetail extends GrantRow {
  consultations: ConsultationRow[];
}

export const accessCalls = {
  /** records an access request (查阅申请, CY-…) through the approval engine (R-USE-2, R-USE-3) */
  'access.request': out<ApprovalRequest>().call(accessRequestSchema, ACCESS_READERS),
  'access.grants': out<GrantRow[]>().call(grantListSchema, ACCESS_READERS),
  'access.grant': out<GrantDetail>().call(z.object({ id: idSchema }).strict(), ACCESS_READERS),
  'access.endGrant': out<GrantRow>().call(z.object({ id: idSchema, reason: text(200).min(1, 'v.required') }).strict(), GRANT_ENDERS),
  /** time in: the reader sits down at the desk (R-USE-1) */
  'access.consultationStart': out<ConsultationRow>().call(z.object({ grantId: idSchema, remarks: optText(200) }).strict(), DESK),
  /** time out: the reader leaves, the material is back */
  'access.consultationEnd': out<ConsultationRow>().call(z.object({ id: idSchema, remarks: optText(200) }).strict(), DESK),
  'access.register': out<ConsultationRow[]>().call(z.object({ filter: registerFilterSchema.default({}) }).strict(), REGISTER_READERS),
  'access.printRegister': out<PrintResult>().call(z.object({ filter: registerFilterSchema.default({}), target: printTargetSchema }).strict(), REGISTER_READERS),
} as const;
