// Loan calls (R-LOAN-1..4): the loan request (a 'loan' approval request with the loan's own
// details), issue from an approved request, return with the page check, renewal (a new approval
// on the same register row), the register and its print, overdue counts and the 催还通知单, the
// loan policy and the working-day calendar. Spread into `contract` in index.ts.
import { z } from 'zod';
import { out } from '../../contract/call';
import { printTargetSchema } from '../../contract/print';
import { BUSINESS_ROLES, type Role } from '../../contract/roles';
import { idSchema } from '../../contract/schemas';
import type { PrintResult } from '../../contract/types';
import { requestFieldsSchema, type ApprovalRequest } from '../../approvals/contract/calls';
import { DUE_MODES, MAX_LOAN_DAYS, isValidDate, type CalendarYear, type DueMode } from './calendar';

/** who reads the register and its counts: the business roles (三员分立) */
export const LOAN_ROLES = BUSINESS_ROLES satisfies readonly Role[];
/** who issues and receives: the information specialist, and the custodian for 机密/绝密 items */
export const ISSUERS = ['operator', 'custodian'] as const satisfies readonly Role[];
/** who records a loan request from the paper form */
export const RECORDERS = ['operator'] as const satisfies readonly Role[];
/** who edits the loan period and the calendar */
export const POLICY_EDITORS = ['securityOfficer'] as const satisfies readonly Role[];

export const PAGE_CHECKS = ['complete', 'damaged', 'missingPages'] as const;
export type PageCheck = (typeof PAGE_CHECKS)[number];
export const LOAN_FILTERS = ['all', 'open', 'overdue', 'returned'] as const;
export type LoanFilter = (typeof LOAN_FILTERS)[number];

const text = (max: number) => z.string().trim().max(max, 'v.tooLong');
const optText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((s) => (s ? s : null));
const dateSchema = z.string().refine(isValidDate, 'v.date');

// ---- the request ----
export const loanItemSchema = z
  .object({
    itemId: idSchema,
    copies: z.number().int().min(1, 'v.range').max(1000, 'v.range').default(1),
  })
  .strict();
/** The loan-specific details stored in the request (details_json), parsed back with this schema. */
export const loanDetailsSchema = z
  .object({
    items: z.array(loanItemSchema).min(1, 'v.targetsEmpty').max(50, 'v.targetsTooMany'),
    /** the date the borrower means to bring it back (must fit the loan period) */
    intendedReturn: dateSchema.optional().nullable(),
    /** a renewal: the register row it extends (R-LOAN-3) */
    renewalOf: idSchema.optional().nullable(),
  })
  .strict()
  .refine((d) => new Set(d.items.map((i) => i.itemId)).size === d.items.length, { path: ['items'], message: 'v.duplicateItem' });
export type LoanDetails = z.output<typeof loanDetailsSchema>;

/** loans.request: the common request fields (without targets: the items are the targets) + the loan's details. */
export const loanRequestSchema = requestFieldsSchema
  .omit({ targets: true })
  .extend({
    items: loanDetailsSchema.shape.items,
    intendedReturn: dateSchema.optional().nullable(),
    renewalOf: idSchema.optional().nullable(),
  })
  .strict()
  .refine((d) => new Set(d.items.map((i) => i.itemId)).size === d.items.length, { path: ['items'], message: 'v.duplicateItem' });
export type LoanRequestInput = z.input<typeof loanRequestSchema>;
export type LoanRequest = z.output<typeof loanRequestSchema>;

// ---- issue / return / renew ----
/** a PNG of the signature pad, base64 (≤ 300 kB) */
export const SIGNATURE_MAX_BASE64 = 400_000;
export const borrowerSignatureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pad'), pngBase64: z.string().min(100, 'v.signatureEmpty').max(SIGNATURE_MAX_BASE64, 'v.signatureTooLarge') }).strict(),
  z.object({ kind: z.literal('slip') }).strict(),
]);
export type BorrowerSignature = z.output<typeof borrowerSignatureSchema>;

export const issueSchema = z.object({ requestId: idSchema, signature: borrowerSignatureSchema }).strict();
export type IssueInput = z.output<typeof issueSchema>;

export const returnSchema = z
  .object({
    loanId: idSchema,
    copies: z.number().int().min(1, 'v.range').max(1000, 'v.range'),
    pageCheck: z.enum(PAGE_CHECKS),
    missingPages: optText(200),
    note: optText(500),
    /** another shelf position (e.g. the one proposed); absent = back to where it came from */
    locationId: idSchema.optional().nullable(),
  })
  .strict()
  .refine((r) => r.pageCheck !== 'missingPages' || !!r.missingPages, { path: ['missingPages'], message: 'v.missingPages' })
  .refine((r) => r.pageCheck !== 'damaged' || !!r.note, { path: ['note'], message: 'v.damageNote' });
export type ReturnInput = z.output<typeof returnSchema>;

export const renewSchema = z.object({ loanId: idSchema, requestId: idSchema }).strict();

// ---- policy and calendar ----
export const loanPolicySchema = z
  .object({
    days: z.number().int().min(1, 'v.range').max(MAX_LOAN_DAYS, 'v.loanDaysMax'),
    mode: z.enum(DUE_MODES),
    dueTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time'),
  })
  .strict();
export type LoanPolicy = z.output<typeof loanPolicySchema>;

export const calendarDaySchema = z
  .object({
    date: dateSchema,
    kind: z.enum(['holiday', 'workday']),
    name: text(40).min(1, 'v.required'),
  })
  .strict();
export const calendarYearInputSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    days: z.array(calendarDaySchema).max(120, 'v.tooMany'),
    source: text(200).min(1, 'v.required'),
    confirmed: z.boolean(),
  })
  .strict()
  .superRefine((y, ctx) => {
    const seen = new Set<string>();
    y.days.forEach((d, i) => {
      if (!d.date.startsWith(`${y.year}-`)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'v.calendarYear' });
      if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'v.calendarDuplicate' });
      seen.add(d.date);
    });
  });
export type CalendarYearInput = z.output<typeof calendarYearInputSchema>;

// ---- outputs ----
export interface LoanReturnRow {
  id: number;
  copies: number;
  pageCheck: PageCheck;
  missingPages: string | null;
  note: string | null;
  receivedByName: string;
  returnedAt: string;
  locationLabel: string | null;
}
export interface LoanRenewalRow {
  id: number;
  requestId: number;
  requestNo: string;
  approver: string;
  prevDueAt: string;
  dueAt: string;
  at: string;
  byName: string;
}
/** What a loan row records when issued (the register's fixed facts; the DB row and LoanRow share them). */
export interface LoanFacts {
  /** 序号 */
  id: number;
  requestId: number;
  requestNo: string;
  itemId: number;
  itemArchiveNo: string;
  itemTitle: string;
  classification: number;
  copies: number;
  pages: number | null;
  borrowerKind: 'staff' | 'outsider';
  borrowerName: string;
  borrowerUnit: string;
  borrowerContact: string | null;
  reason: string;
  approver: string;
  outAt: string;
  signatureKind: 'pad' | 'slip';
  issuedByName: string;
  fromLocation: string | null;
}
export interface LoanRow extends LoanFacts {
  /** the due time the loan was issued with */
  originalDueAt: string;
  /** the current due time (the last renewal's) */
  dueAt: string;
  returns: LoanReturnRow[];
  renewals: LoanRenewalRow[];
  copiesOut: number;
  struck: { at: string; byName: string } | null;
  /** whole days overdue at the injected clock's now (0 = not overdue) */
  overdueDays: number;
}
export interface LoanDetail extends LoanRow {
  /** the borrower's signature as a data: URL (pad), else null */
  signatureDataUrl: string | null;
}
export interface LoanCounts {
  open: number;
  overdue: number;
}
export interface DuePreview {
  /** ISO: when a loan issued at `from` (default now) would be due */
  dueAt: string;
  days: number;
  mode: DueMode;
  /** the item ids the request names that are out right now */
  unavailable: number[];
}
export interface CalendarYearView extends CalendarYear {
  /** true when the security officer edited this year (else the shipped list, or none) */
  edited: boolean;
  updatedAt: string | null;
  updatedByName: string | null;
}

export const loanCalls = {
  'loans.request': out<ApprovalRequest>().call(loanRequestSchema, RECORDERS),
  'loans.issue': out<LoanRow[]>().call(issueSchema, ISSUERS),
  'loans.return': out<LoanRow>().call(returnSchema, ISSUERS),
  'loans.renew': out<LoanRow>().call(renewSchema, ISSUERS),
  'loans.list': out<LoanRow[]>().call(
    z.object({ filter: z.enum(LOAN_FILTERS).default('all'), itemId: idSchema.optional(), requestId: idSchema.optional() }).strict(),
    LOAN_ROLES,
  ),
  'loans.get': out<LoanDetail>().call(z.object({ id: idSchema }).strict(), LOAN_ROLES),
  'loans.counts': out<LoanCounts>().call(z.object({}).strict(), LOAN_ROLES),
  'loans.duePreview': out<DuePreview>().call(
    z.object({ from: z.iso.datetime({ offset: true }).optional(), requestId: idSchema.optional() }).strict(),
    'member',
  ),
  'loans.print': out<PrintResult>().call(z.object({ filter: z.enum(LOAN_FILTERS).default('all'), target: printTargetSchema }).strict(), LOAN_ROLES),
  'loans.printNotice': out<PrintResult>().call(z.object({ loanId: idSchema, target: printTargetSchema }).strict(), LOAN_ROLES),
  'loans.policy': out<LoanPolicy>().call(z.object({}).strict(), 'member'),
  'loans.setPolicy': out<LoanPolicy>().call(loanPolicySchema, POLICY_EDITORS),
  'loans.calendar': out<CalendarYearView>().call(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), 'member'),
  'loans.setCalendarYear': out<CalendarYearView>().call(calendarYearInputSchema, POLICY_EDITORS),
} as const;
